//! Restatements of a report run: for a run of plan P and year Y frozen at T, the values of Y whose
//! approved figure or quality changed after T (reported → now, who, when, why), the values of Y first
//! approved after T (late), and the framework revisions of P recorded after T, with their decisions.
//! The rule is [`rule`] (pure, tested apart); this module reads what it needs. Shown on the run's page
//! and in the API to whoever may see the run (`report_runs::read::restatements`), and annexed to the
//! report for Y + 1 ([`last_year`], called by the report input builder). The rule in
//! `docs/RESTATEMENTS.md`.

pub mod rule;

use crate::entities::{audit_log, framework_revisions, indicators, measurements, report_runs, users};
use crate::error::AppError;
use crate::models::words;
use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use rule::{ApprovedRevision, Kind, Recorded, Reported};
use rust_decimal::Decimal;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use stratrack_reports::input::{self as report, Quality};

/// The run being restated, as its row holds it.
#[derive(Debug, Clone)]
pub struct Run {
    /// Run id.
    pub id: i32,
    /// Plan id.
    pub plan_id: i32,
    /// Plan code.
    pub plan: String,
    /// The year it reported on.
    pub year: i32,
    /// When it was frozen.
    pub frozen_at: DateTime<Utc>,
    /// When it was published, if it was.
    pub published_at: Option<DateTime<Utc>>,
}

/// What changed in the figures of a report run since it was frozen.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunRestatements {
    /// Run id.
    pub run: i32,
    /// Plan code.
    pub plan: String,
    /// The year the run reported on.
    pub year: i32,
    /// When the run was frozen: what changed after this is listed.
    pub frozen_at: DateTime<Utc>,
    /// When it was published to Council, if it was.
    pub published_at: Option<DateTime<Utc>>,
    /// Values of the year revised or approved late since, by indicator code, breakdown and quarter.
    pub values: Vec<RestatedValue>,
    /// Framework revisions of the plan's indicators recorded since, oldest first.
    pub framework_revisions: Vec<RestatedRevision>,
}

impl RunRestatements {
    /// True when no figure the run reported has changed since.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.framework_revisions.is_empty()
    }
}

/// A value of the run's year whose approved figure or quality changed after the run was frozen, or
/// that was first approved after it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RestatedValue {
    /// Indicator code.
    pub indicator: String,
    /// Indicator name.
    pub indicator_name: String,
    /// The breakdown, e.g. `sex=female` (empty: the headline value).
    pub disaggregation: String,
    /// The quarter, for a sub-annual value.
    pub quarter: Option<i32>,
    /// `revised` (an approved value corrected since) or `late` (first approved since).
    #[schema(value_type = String, example = "revised")]
    pub kind: String,
    /// The figure the run reported (`null` for a late value).
    #[schema(value_type = Option<String>, example = "80")]
    pub reported: Option<Decimal>,
    /// Its quality as reported: provisional, estimated or final.
    pub reported_quality: Option<Quality>,
    /// The figure approved now.
    #[schema(value_type = String, example = "82")]
    pub current: Decimal,
    /// Its quality now.
    pub current_quality: Quality,
    /// Who entered the figure approved now, `email (id)` (empty when nobody did, as for seeded values).
    pub changed_by: String,
    /// Who approved it, `email (id)`.
    pub approved_by: String,
    /// When the figure approved now was approved (UTC).
    pub changed_at: DateTime<Utc>,
    /// Why: the reason given with each revision approved since, oldest first, joined by `; `.
    pub reason: String,
    /// The value approved now (its history at `/api/v1/measurements/{id}/history`).
    pub measurement: i32,
}

/// A framework revision of an indicator of the plan recorded after the run was frozen.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RestatedRevision {
    /// Indicator code.
    pub indicator: String,
    /// Indicator name.
    pub indicator_name: String,
    /// The field, e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// The value before this revision (`null`: none).
    pub before: Option<String>,
    /// The value it set (`null`: removed).
    pub after: Option<String>,
    /// Date of the decision.
    #[schema(value_type = String, format = Date)]
    pub decided_on: NaiveDate,
    /// Body that decided.
    pub deciding_body: String,
    /// The decision's reference.
    pub reference: String,
    /// methodology, data_availability, mandate_change, error_correction, external_shock or other.
    pub reason_category: String,
    /// Why the value changed.
    pub justification: String,
    /// When it was recorded (UTC).
    pub recorded_at: DateTime<Utc>,
    /// Whether it is in force for the run's year (decided on or before its 31 December), so that it
    /// changes that year's expected value and status (`docs/REVISIONS.md`).
    pub in_force_for_year: bool,
}

/// The parts of a frozen input the restatements compare with: each indicator's series and breakdowns
/// (an annual report), or the years it assessed and its figures in each (a four-year assessment).
#[derive(Deserialize)]
struct Frozen {
    indicators: Vec<FrozenIndicator>,
    #[serde(default)]
    years: Vec<i32>,
}

#[derive(Deserialize)]
struct FrozenIndicator {
    code: String,
    #[serde(default)]
    series: Vec<report::SeriesPoint>,
    #[serde(default)]
    disaggregations: Vec<report::DisaggregatedValue>,
    #[serde(default)]
    years: Vec<report::YearFigures>,
}

/// What run `snapshot` (its input as JSON) reported for `year`, keyed by indicator id (`ids`: code → id).
/// An assessment reported, of `year` (its closing year), each indicator's actual of that very year.
fn reported(snapshot: &str, year: i32, ids: &HashMap<String, i32>) -> Result<Reported, AppError> {
    let frozen: Frozen = serde_json::from_str(snapshot)
        .map_err(|e| AppError::Internal(format!("a frozen report input cannot be read: {e}")))?;
    let assessed = frozen.years.iter().position(|y| *y == year);
    let mut out = Reported::new();
    for i in frozen.indicators {
        let Some(&id) = ids.get(&i.code) else { continue };
        if let Some(p) = i.series.iter().find(|p| p.year == year) {
            out.insert((id, String::new()), (p.value, Some(p.quality)));
        }
        if let Some(f) = assessed.and_then(|k| i.years.get(k))
            && let (Some(value), Some(y)) = (f.actual, f.actual_year)
            && y == year
        {
            out.insert((id, String::new()), (value, None));
        }
        for d in i.disaggregations {
            out.insert((id, format!("{}={}", d.dimension, d.value_code)), (d.value, None));
        }
    }
    Ok(out)
}

/// `email (id)` of every user.
async fn user_labels(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, AppError> {
    Ok(users::Entity::find()
        .select_only()
        .columns([users::Column::Id, users::Column::Email])
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, email)| (id, format!("{email} ({id})")))
        .collect())
}

/// The reason a revision was given: the audit entry of `revise` says `revision N of measurement M: why`.
fn reason_of(entry: &str) -> String {
    entry.split_once(": ").map_or("", |(_, why)| why).to_owned()
}

/// Every approved revision (approved now or superseded) of the values of `year` of plan `plan_id`, with
/// the reasons of those approved after `frozen_at`.
async fn approved(
    db: &impl ConnectionTrait,
    (plan_id, year): (i32, i32),
    frozen_at: DateTime<Utc>,
) -> Result<Vec<ApprovedRevision>, AppError> {
    use measurements::Column as M;
    let of_plan = Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan_id))
        .to_owned();
    let rows = measurements::Entity::find()
        .filter(M::IndicatorId.in_subquery(of_plan))
        .filter(M::Year.eq(year))
        .filter(M::State.is_in(["approved", "superseded"]))
        .filter(M::ApprovedAt.is_not_null())
        .order_by_asc(M::Id)
        .all(db)
        .await?;
    // Only a revision approved after the run was frozen can give a reason the restatements show; read
    // those a chunk at a time (a year of a large plan has many values, few of them revised since).
    let revised: Vec<String> = rows
        .iter()
        .filter(|r| r.revision > 1 && r.approved_at.is_some_and(|t| t.to_utc().trunc_subsecs(0) > frozen_at))
        .map(|r| r.id.to_string())
        .collect();
    let mut reasons: HashMap<String, String> = HashMap::new();
    for chunk in revised.chunks(1000) {
        let entries = audit_log::Entity::find()
            .filter(audit_log::Column::EntityType.eq("measurement"))
            .filter(audit_log::Column::Action.eq("revise"))
            .filter(audit_log::Column::EntityId.is_in(chunk.iter().cloned()))
            .all(db)
            .await?;
        reasons.extend(entries.into_iter().map(|e| (e.entity_id, reason_of(&e.reason))));
    }
    let labels = user_labels(db).await?;
    let mut out = Vec::with_capacity(rows.len());
    for m in rows {
        let quality: Quality = words::stored(&m.quality, || format!("measurement {}", m.id))?;
        out.push(ApprovedRevision {
            id: m.id,
            indicator: m.indicator_id,
            quarter: m.quarter,
            revision: m.revision,
            value: m.value.into(),
            quality,
            approved_at: m.approved_at.map(|t| t.to_utc().trunc_subsecs(0)).unwrap_or_default(),
            entered_by: m.entered_by.and_then(|u| labels.get(&u).cloned()).unwrap_or_default(),
            approved_by: m.approved_by.and_then(|u| labels.get(&u).cloned()).unwrap_or_default(),
            reason: reasons.get(&m.id.to_string()).cloned().unwrap_or_default(),
            disaggregation: m.disaggregation,
        });
    }
    Ok(out)
}

/// Every framework revision of the plan's indicators and milestones.
async fn recorded(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<framework_revisions::Model>, AppError> {
    Ok(framework_revisions::Entity::find()
        .filter(framework_revisions::Column::PlanId.eq(plan_id))
        .filter(framework_revisions::Column::EntityType.is_in(["indicator", "milestone"]))
        .order_by_asc(framework_revisions::Column::Id)
        .all(db)
        .await?)
}

/// The restatements of run `run`, whose frozen input is `snapshot`, as of now. Times are compared in whole
/// seconds, as a run's freezing time is kept: a change in the second the run was frozen was read by it. Reads; checks no access
/// (the caller has: `report_runs::read::restatements`, or the report builder).
pub async fn of_run(db: &impl ConnectionTrait, run: &Run, snapshot: &str) -> Result<RunRestatements, AppError> {
    let names: Vec<(i32, String, String)> = indicators::Entity::find()
        .select_only()
        .columns([
            indicators::Column::Id,
            indicators::Column::Code,
            indicators::Column::Name,
        ])
        .filter(indicators::Column::PlanId.eq(run.plan_id))
        .into_tuple()
        .all(db)
        .await?;
    let ids: HashMap<String, i32> = names.iter().map(|(id, code, _)| (code.clone(), *id)).collect();
    let name_of: HashMap<i32, (&str, &str)> = names
        .iter()
        .map(|(id, code, name)| (*id, (code.as_str(), name.as_str())))
        .collect();
    let reported = reported(snapshot, run.year, &ids)?;
    let revisions = approved(db, (run.plan_id, run.year), run.frozen_at).await?;
    let mut values: Vec<RestatedValue> = rule::value_changes(&revisions, &reported, run.frozen_at)
        .into_iter()
        .map(|c| {
            let (code, name) = name_of.get(&c.indicator).copied().unwrap_or_default();
            RestatedValue {
                indicator: code.to_owned(),
                indicator_name: name.to_owned(),
                measurement: c.now.id,
                disaggregation: c.disaggregation,
                quarter: c.quarter,
                kind: match c.kind {
                    Kind::Revised => "revised",
                    Kind::Late => "late",
                }
                .to_owned(),
                reported: c.before,
                reported_quality: c.before_quality,
                current: c.now.value,
                current_quality: c.now.quality,
                changed_by: c.now.entered_by,
                approved_by: c.now.approved_by,
                changed_at: c.now.approved_at,
                reason: c.reasons,
            }
        })
        .collect();
    values.sort_by(|a, b| {
        (&a.indicator, &a.disaggregation, a.quarter).cmp(&(&b.indicator, &b.disaggregation, b.quarter))
    });
    let rows = recorded(db, run.plan_id).await?;
    let all: Vec<Recorded> = rows
        .iter()
        .map(|r| Recorded {
            id: r.id,
            entity_type: r.entity_type.clone(),
            indicator: r.entity_id,
            field: r.field.clone(),
            as_adopted: r.value_as_adopted.clone(),
            as_revised: r.value_as_revised.clone(),
            decided_on: r.decided_on,
            recorded_at: r.created_at.to_utc().trunc_subsecs(0),
        })
        .collect();
    let by_id: HashMap<i32, &framework_revisions::Model> = rows.iter().map(|r| (r.id, r)).collect();
    let framework_revisions = rule::framework_changes(&all, run.frozen_at, run.year)
        .into_iter()
        .filter_map(|c| {
            let row = by_id.get(&c.revision.id)?;
            let (code, name) = name_of.get(&row.entity_id).copied().unwrap_or_default();
            Some(RestatedRevision {
                indicator: code.to_owned(),
                indicator_name: name.to_owned(),
                field: row.field.clone(),
                before: c.before,
                after: row.value_as_revised.clone(),
                decided_on: row.decided_on,
                deciding_body: row.deciding_body.clone(),
                reference: row.reference.clone(),
                reason_category: row.reason_category.clone(),
                justification: row.justification.clone(),
                recorded_at: c.revision.recorded_at,
                in_force_for_year: c.in_force_for_year,
            })
        })
        .collect();
    Ok(RunRestatements {
        run: run.id,
        plan: run.plan.clone(),
        year: run.year,
        frozen_at: run.frozen_at,
        published_at: run.published_at,
        values,
        framework_revisions,
    })
}

/// The restatements of the latest published run of plan `plan` (`plan_id`) for `year` − 1, for the
/// report of `year` ("Restatements of figures reported last year"); `None` when there is no such run
/// or nothing it reported has changed.
pub async fn last_year(
    db: &impl ConnectionTrait,
    (plan_id, plan): (i32, &str),
    year: i32,
) -> Result<Option<report::Restatements>, AppError> {
    let Some(row) = report_runs::Entity::find()
        .filter(report_runs::Column::PlanId.eq(plan_id))
        .filter(report_runs::Column::Year.eq(year - 1))
        .filter(report_runs::Column::Kind.eq(report_runs::ANNUAL))
        .filter(report_runs::Column::Status.eq("published"))
        .order_by_desc(report_runs::Column::PublishedAt)
        .order_by_desc(report_runs::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let run = Run {
        id: row.id,
        plan_id,
        plan: plan.to_owned(),
        year: row.year,
        frozen_at: row.created_at.to_utc(),
        published_at: row.published_at.map(|t| t.to_utc()),
    };
    let r = of_run(db, &run, &row.snapshot).await?;
    Ok((!r.is_empty()).then(|| r.to_input()))
}

impl RunRestatements {
    /// The restatements as the report's input carries them.
    pub fn to_input(&self) -> report::Restatements {
        report::Restatements {
            run_id: self.run.to_string(),
            year: self.year,
            frozen_at: self.frozen_at,
            published_at: self.published_at,
            values: self
                .values
                .iter()
                .map(|v| report::RestatedValue {
                    indicator_code: v.indicator.clone(),
                    indicator_name: v.indicator_name.clone(),
                    disaggregation: v.disaggregation.clone(),
                    quarter: v.quarter,
                    kind: if v.kind == "late" {
                        report::RestatementKind::Late
                    } else {
                        report::RestatementKind::Revised
                    },
                    reported: v.reported,
                    reported_quality: v.reported_quality,
                    current: v.current,
                    current_quality: v.current_quality,
                    changed_by: if v.changed_by.is_empty() {
                        v.approved_by.clone()
                    } else {
                        v.changed_by.clone()
                    },
                    changed_at: v.changed_at,
                    reason: v.reason.clone(),
                })
                .collect(),
            revisions: self
                .framework_revisions
                .iter()
                .map(|f| report::RestatedRevision {
                    indicator_code: f.indicator.clone(),
                    indicator_name: f.indicator_name.clone(),
                    field: f.field.clone(),
                    before: f.before.clone(),
                    after: f.after.clone(),
                    decided_on: f.decided_on,
                    deciding_body: f.deciding_body.clone(),
                    reference: f.reference.clone(),
                    justification: f.justification.clone(),
                    in_force_for_year: f.in_force_for_year,
                })
                .collect(),
        }
    }
}
