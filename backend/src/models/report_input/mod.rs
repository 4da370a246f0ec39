//! Builds the annual report's input ([`ReportInput`]) from the database for one plan and year.
//!
//! Every status, progress, expected value and roll-up comes from [`evaluation::evaluate`] (the one
//! status rule); this module only reads and arranges. The reads are shaped for large plans: the status
//! rule reads only the years it needs, the series are the approved headline values (1 row in 25 at the
//! benchmark's scale, through a partial index), and breakdowns are read for the report year only.
//!
//! - [`values`]: series and breakdowns; [`cycles`]: which predecessor values continue a series;
//!   [`framework`]: nodes and indicators; [`finance`]: lines, totals
//!   and cost per node; [`operations`]: operational items and risks; [`quality`]: data-quality notes;
//!   [`mandates`]: the resolutions, SDG targets, WSIS action lines and decisions the results serve;
//! - [`assessment`]: the four-year assessment's input, from the same pieces;
//! - [`charts`]: the report's charts for the web pages (dashboard, indicator page).

pub mod assessment;
pub mod charts;
pub mod cycles;
pub mod finance;
pub mod framework;
pub mod mandates;
pub mod operations;
pub mod quality;
pub mod questions;
pub mod texts;
pub mod values;

pub use charts::{dashboard_charts, indicator_chart};

use crate::entities::{indicators, plans};
use crate::models::evaluation::{self, Evaluation};
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Condition, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use stratrack_reports::ReportInput;
use stratrack_reports::input::{DisaggregatedValue, IndicatorInput, PlanInfo, RunInfo, SeriesPoint, Thresholds};

/// The latest change recorded among the rows a report reads (`updated_at`; for measurements the time
/// they were approved or last changed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp(pub Option<DateTime<Utc>>);

impl Stamp {
    /// Takes `at` into account.
    pub fn see(&mut self, at: sea_orm::prelude::DateTimeWithTimeZone) {
        let at = at.to_utc();
        if self.0.is_none_or(|s| at > s) {
            self.0 = Some(at);
        }
    }

    /// Takes `at` into account when there is one.
    pub fn see_opt(&mut self, at: Option<sea_orm::prelude::DateTimeWithTimeZone>) {
        if let Some(at) = at {
            self.see(at);
        }
    }

    /// Takes another stamp into account.
    pub fn merge(&mut self, other: Stamp) {
        if let Some(at) = other.0
            && self.0.is_none_or(|s| at > s)
        {
            self.0 = Some(at);
        }
    }
}

/// A report input read from the database, before it is given a run.
pub struct Built {
    /// The input; its `run` is a placeholder until [`Built::for_run`].
    pub input: ReportInput,
    /// The latest change recorded in the rows read.
    pub latest_change: Stamp,
}

impl Built {
    /// The input for run `run_id` dated `generated_at` (whole seconds, as in the manifest), with the
    /// snapshot id of its data.
    pub fn for_run(self, run_id: impl Into<String>, generated_at: DateTime<Utc>) -> ReportInput {
        let mut input = self.input;
        input.run = run_info(run_id.into(), snapshot_id(&input), generated_at);
        input
    }
}

/// The run a report belongs to: its id, the snapshot id of its data, and its date in whole seconds (as in
/// the manifest).
pub fn run_info(run_id: String, snapshot_id: String, generated_at: DateTime<Utc>) -> RunInfo {
    RunInfo {
        run_id,
        snapshot_id,
        generated_at: generated_at.trunc_subsecs(0),
        symbol: None,
        session: None,
    }
}

/// Everything of an input but its run: what the snapshot id identifies.
#[derive(Serialize)]
struct DataPart<'a> {
    plan: &'a PlanInfo,
    year: i32,
    nodes: &'a [stratrack_reports::input::NodeInput],
    indicators: &'a [stratrack_reports::input::IndicatorInput],
    finance: &'a stratrack_reports::input::FinanceInput,
    operational: &'a [stratrack_reports::input::OperationalItem],
    risks: &'a [stratrack_reports::input::RiskInput],
    data_quality: &'a [stratrack_reports::input::DataQualityEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    restatements: Option<&'a stratrack_reports::input::Restatements>,
    /// Left out when nobody asked, so an input without questions keeps the id it had before.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    questions: &'a [stratrack_reports::input::QuestionInput],
    /// Left out when no result serves a mandate, as in inputs built before mandates were reported.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    mandates: &'a [stratrack_reports::input::MandateInput],
}

/// The sha256 (hex) of the input's data as JSON, run excluded: the same data always gives the same id,
/// and any changed figure gives another.
pub fn snapshot_id(input: &ReportInput) -> String {
    let part = DataPart {
        plan: &input.plan,
        year: input.year,
        nodes: &input.nodes,
        indicators: &input.indicators,
        finance: &input.finance,
        operational: &input.operational,
        risks: &input.risks,
        data_quality: &input.data_quality,
        restatements: input.restatements.as_ref(),
        questions: &input.questions,
        mandates: &input.mandates,
    };
    let mut hasher = Sha256::new();
    // Streamed into the hash: a 10,000-indicator input is never held as one string.
    serde_json::to_writer(&mut hasher, &part).unwrap_or_default();
    hex::encode(hasher.finalize())
}

/// The plan and its status-rule thresholds as the report states them.
pub fn plan_info(plan: &plans::Model) -> PlanInfo {
    let th = evaluation::thresholds(plan);
    PlanInfo {
        code: plan.code.clone(),
        name: plan.name.clone(),
        resolution: plan.resolution.clone(),
        start_year: plan.start_year,
        end_year: plan.end_year,
        thresholds: Thresholds {
            on_track: th.on_track,
            at_risk: th.at_risk,
            maintain_on_track_pct: th.maintain_on_track_pct,
            maintain_at_risk_pct: th.maintain_at_risk_pct,
            max_age_years: u32::try_from(th.max_age_years).unwrap_or(0),
        },
    }
}

/// The ids of the evaluated plan's indicators and of their predecessors in the previous plan cycle.
fn with_predecessors(plan_id: i32) -> SelectStatement {
    let predecessors = Query::select()
        .column(indicators::Column::PredecessorId)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan_id))
        .and_where(indicators::Column::PredecessorId.is_not_null())
        .to_owned();
    Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .cond_where(
            Condition::any()
                .add(indicators::Column::PlanId.eq(plan_id))
                .add(indicators::Column::Id.in_subquery(predecessors)),
        )
        .to_owned()
}

/// The aggregation rule and unit of every indicator of `ev` and of their predecessors (`known`).
fn rules(ev: &Evaluation, known: &HashMap<i32, cycles::Earlier>) -> Result<HashMap<i32, values::Rule>, DbErr> {
    ev.indicators
        .iter()
        .chain(known.values().map(|e| &e.indicator))
        .map(|i| Ok((i.id, framework::rule(i)?)))
        .collect()
}

/// Builds the input of plan `plan` for `year`, calling `step(what)` as each part is read.
pub async fn build(
    db: &impl ConnectionTrait,
    plan: plans::Model,
    year: i32,
    step: &mut (dyn FnMut(&str) + Send),
) -> Result<Built, DbErr> {
    let mut stamp = Stamp::default();
    stamp.see(plan.updated_at);
    let info = plan_info(&plan);
    let plan_id = plan.id;
    let plan_row = plan.clone();
    let ev = evaluation::evaluate(db, plan, year).await?;
    // The year before, for the change since last year: one more evaluation, compared by the one rule. A
    // plan's first year has no earlier year of the plan to compare with.
    let since_year = (year > plan_row.start_year).then_some(year - 1);
    let mut last_year = match since_year {
        Some(y) => framework::last_year(&evaluation::evaluate(db, plan_row.clone(), y).await?, &ev),
        None => HashMap::new(),
    };
    step("status of every indicator");
    for n in &ev.nodes {
        stamp.see(n.updated_at);
    }
    let units = crate::models::units::codes(db).await?;
    let node_codes: HashMap<i32, String> = ev.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let known = cycles::predecessors(db, &ev.indicators).await?;
    let rules = rules(&ev, &known)?;
    let (series, s) = values::series(db, with_predecessors(plan_id), year, &rules).await?;
    stamp.merge(s);
    step("series of approved values");
    let plan_ids: Vec<i32> = ev.indicators.iter().map(|i| i.id).collect();
    let (mut breakdowns, s) = values::breakdowns(db, &plan_ids, year, &rules).await?;
    stamp.merge(s);
    step("values by sex and region");
    let nodes = framework::nodes(&ev, &units)?;
    let values = Values {
        known: &known,
        series: &series,
        breakdowns: &mut breakdowns,
        last_year: &mut last_year,
    };
    let mut list = indicator_inputs(&ev, values, &units, &node_codes, &mut stamp)?;
    // Each indicator's narratives of the year (their rows are in the series read above, so in its stamp).
    let mut narratives = values::narratives(db, plan_id, year).await?;
    let indicator_codes: HashMap<i32, String> = ev.indicators.iter().map(|i| (i.id, i.code.clone())).collect();
    let by_code: HashMap<&str, i32> = indicator_codes.iter().map(|(id, c)| (c.as_str(), *id)).collect();
    for item in &mut list {
        if let Some(id) = by_code.get(item.code.as_str()) {
            item.narratives = narratives.remove(id).unwrap_or_default();
        }
    }
    let mandates = mandates::of_plan(db, plan_id, &node_codes, &indicator_codes).await?;
    step("narratives and mandates");
    let (finance, s) = finance::finance(db, &plan_row, year, &units).await?;
    stamp.merge(s);
    step("finance and cost per result");
    let (operational, s) = operations::operational(db, plan_id, year, &units, &node_codes).await?;
    stamp.merge(s);
    let (risks, s) = operations::risks(db, plan_id, &units).await?;
    stamp.merge(s);
    step("operational plans and risks");
    let data_quality = quality::notes(&list, year);
    // What changed since the report for the year before was published ("Restatements of figures
    // reported last year").
    let restatements = crate::models::restatements::last_year(db, (plan_id, &plan_row.code), year)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    step("restatements of last year's report");
    let questions = questions::annex(db, plan_id, &mut stamp).await?;
    step("questions from Council");
    let framework_text = texts::framework_text(
        db,
        texts::Codes {
            plan: plan_id,
            nodes: &node_codes,
            indicators: &indicator_codes,
            units: &units,
        },
    )
    .await?;
    step("framework text in every language");
    Ok(Built {
        input: ReportInput {
            plan: info,
            year,
            run: RunInfo {
                run_id: String::new(),
                snapshot_id: String::new(),
                generated_at: DateTime::<Utc>::UNIX_EPOCH,
                symbol: None,
                session: None,
            },
            nodes,
            indicators: list,
            finance,
            operational,
            risks,
            data_quality,
            unit_rules: framework::unit_rules(),
            since_year,
            restatements,
            questions,
            form: stratrack_reports::input::FORM,
            mandates,
            language: stratrack_reports::input::Lang::En,
            framework_text,
            csv_headings_in_language: false,
        },
        latest_change: stamp,
    })
}

/// The values gathered for the report's indicators: predecessors, series and breakdowns.
struct Values<'v> {
    known: &'v HashMap<i32, cycles::Earlier>,
    series: &'v HashMap<i32, Vec<SeriesPoint>>,
    breakdowns: &'v mut HashMap<i32, Vec<DisaggregatedValue>>,
    /// Each indicator's figures of the year before and how they changed ([`framework::last_year`]).
    last_year: &'v mut HashMap<i32, stratrack_reports::input::LastYear>,
}

/// Every assessed indicator in report order, with its milestones, series, predecessor, breakdowns and
/// projection.
fn indicator_inputs(
    ev: &Evaluation,
    values: Values<'_>,
    units: &HashMap<i32, String>,
    node_codes: &HashMap<i32, String>,
    stamp: &mut Stamp,
) -> Result<Vec<IndicatorInput>, DbErr> {
    let mut list = Vec::with_capacity(ev.indicators.len());
    let thresholds = evaluation::thresholds(&ev.plan);
    for ind in framework::ordered(ev) {
        stamp.see(ind.updated_at);
        let Some(assessment) = ev.assessments.get(&ind.id) else {
            continue;
        };
        let (own, predecessor) = cycles::series(ind, values.known, values.series)?;
        list.push(framework::indicator(
            ind,
            framework::Parts {
                assessment,
                milestones: ev.milestones.get(&ind.id).map_or(&[][..], Vec::as_slice),
                node_code: node_codes.get(&ind.node_id).cloned().unwrap_or_default(),
                owner_unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
                series: own,
                predecessor,
                disaggregations: values.breakdowns.remove(&ind.id).unwrap_or_default(),
                revisions: ev.revisions.get(&ind.id).map_or(&[][..], Vec::as_slice),
                thresholds: Some(&thresholds),
                last_year: values.last_year.remove(&ind.id),
            },
        )?);
    }
    Ok(list)
}

/// The plan `code`, or when absent the adopted plan whose period holds `year` (else any plan that does).
pub async fn plan_for(db: &impl ConnectionTrait, code: Option<&str>, year: i32) -> Result<Option<plans::Model>, DbErr> {
    if let Some(code) = code {
        return plans::Entity::find().filter(plans::Column::Code.eq(code)).one(db).await;
    }
    let mut holding: Vec<plans::Model> = plans::Entity::find()
        .filter(plans::Column::StartYear.lte(year))
        .filter(plans::Column::EndYear.gte(year))
        .all(db)
        .await?;
    holding.sort_by_key(|p| (p.status != "adopted", p.id));
    Ok(holding.into_iter().next())
}
