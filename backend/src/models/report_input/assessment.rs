//! Builds the four-year assessment's input ([`AssessmentInput`]) from the database: every year of the
//! plan from its first to the closing year (the latest year of the plan with an approved value),
//! evaluated by the one status rule ([`evaluation::evaluate`], against the framework in force that year),
//! the projection of what remains open by the one projection rule ([`framework::projection_of`]), the
//! cost per node each year from the cost roll-up ([`finance::costed_nodes`]), and the restatements of
//! each year's published annual report ([`crate::models::restatements::last_year`]). Nothing here
//! decides a status, a projection or a cost; it reads and arranges.
//!
//! Reads per build: one evaluation per year (each reads only the values its year's rule looks at), one
//! read of the approved headline values up to the closing year for the projections, and one cost
//! roll-up per year; never a read per indicator.

use super::{Stamp, cycles, finance, framework, plan_info, rules, with_predecessors};
use crate::entities::{indicators, measurements, plans};
use crate::models::evaluation::{self, APPROVED_HEADLINE};
use crate::status;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use stratrack_reports::input::{
    AssessedIndicator, AssessedNode, AssessmentInput, NodeLevel, Rollup, RunInfo, Status, YearFigures,
};

/// The levels whose cost the assessment shows: goals, thematic priorities and enablers.
const COSTED: [NodeLevel; 3] = [NodeLevel::Goal, NodeLevel::ThematicPriority, NodeLevel::Enabler];

/// An assessment input read from the database, before it is given a run.
pub struct BuiltAssessment {
    /// The input; its `run` is a placeholder until [`BuiltAssessment::for_run`].
    pub input: AssessmentInput,
    /// The latest change recorded in the rows read.
    pub latest_change: Stamp,
}

impl BuiltAssessment {
    /// The input for run `run_id` dated `generated_at` (whole seconds, as in the manifest), with the
    /// snapshot id of its data.
    pub fn for_run(self, run_id: impl Into<String>, generated_at: DateTime<Utc>) -> AssessmentInput {
        let mut input = self.input;
        input.run = super::run_info(run_id.into(), snapshot_id(&input), generated_at);
        input
    }
}

/// Everything of an assessment input but its run: what the snapshot id identifies.
#[derive(Serialize)]
struct DataPart<'a> {
    kind: &'static str,
    plan: &'a stratrack_reports::input::PlanInfo,
    years: &'a [i32],
    overall: &'a [Rollup],
    nodes: &'a [AssessedNode],
    indicators: &'a [AssessedIndicator],
    restatements: &'a [stratrack_reports::input::Restatements],
}

/// The sha256 (hex) of the assessment's data as JSON, run excluded.
pub fn snapshot_id(input: &AssessmentInput) -> String {
    let part = DataPart {
        kind: stratrack_reports::assessment::KIND,
        plan: &input.plan,
        years: &input.years,
        overall: &input.overall,
        nodes: &input.nodes,
        indicators: &input.indicators,
        restatements: &input.restatements,
    };
    let mut hasher = Sha256::new();
    serde_json::to_writer(&mut hasher, &part).unwrap_or_default();
    hex::encode(hasher.finalize())
}

/// The closing year of `plan`: the latest year of its period with an approved headline value of one of
/// its indicators; its first year when none has one yet.
pub async fn closing_year(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<i32, DbErr> {
    let ids = sea_orm::sea_query::Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan.id))
        .to_owned();
    let latest: Option<Option<i32>> = measurements::Entity::find()
        .select_only()
        .column_as(measurements::Column::Year.max(), "latest")
        .filter(Expr::cust(APPROVED_HEADLINE))
        .filter(measurements::Column::Year.between(plan.start_year, plan.end_year))
        .filter(measurements::Column::IndicatorId.in_subquery(ids))
        .into_tuple()
        .one(db)
        .await?;
    Ok(latest.flatten().unwrap_or(plan.start_year))
}

/// One year's figures of every indicator and roll-up of every node, by id, and of the whole plan.
struct Year {
    figures: HashMap<i32, YearFigures>,
    rollups: HashMap<i32, Rollup>,
    overall: Rollup,
}

/// Builds the assessment of `plan`, calling `step(what)` as each part is read.
pub async fn build(
    db: &impl ConnectionTrait,
    plan: plans::Model,
    step: &mut (dyn FnMut(&str) + Send),
) -> Result<BuiltAssessment, DbErr> {
    let mut stamp = Stamp::default();
    stamp.see(plan.updated_at);
    let info = plan_info(&plan);
    let closing = closing_year(db, &plan).await?;
    let years: Vec<i32> = (plan.start_year..=closing).collect();
    // Every year but the closing one is kept as its figures only; the closing year's evaluation also gives
    // the framework (names, baselines and targets in force at the end).
    let mut earlier = Vec::with_capacity(years.len());
    for &y in &years[..years.len() - 1] {
        let ev = evaluation::evaluate(db, plan.clone(), y).await?;
        earlier.push(year_of(&ev));
    }
    let ev = evaluation::evaluate(db, plan.clone(), closing).await?;
    let end = year_of(&ev);
    step("status of every indicator in every year");
    let units = crate::models::units::codes(db).await?;
    let node_codes: HashMap<i32, String> = ev.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let known = cycles::predecessors(db, &ev.indicators).await?;
    let rules = rules(&ev, &known)?;
    let (series, s) = super::values::series(db, with_predecessors(plan.id), closing, &rules).await?;
    stamp.merge(s);
    step("series of approved values");
    let mut costs: Vec<HashMap<String, rust_decimal::Decimal>> = Vec::with_capacity(years.len());
    for &y in &years {
        let year_cost = finance::costed_nodes(db, plan.id, y, &mut stamp).await?;
        costs.push(year_cost.into_iter().map(|c| (c.node_code, c.amount)).collect());
    }
    step("cost per result in every year");
    let all: Vec<&Year> = earlier.iter().chain(std::iter::once(&end)).collect();
    let mut nodes = Vec::with_capacity(ev.nodes.len());
    for n in framework::tree_order(&ev.nodes) {
        stamp.see(n.updated_at);
        let level = framework::level(n)?;
        nodes.push(AssessedNode {
            code: n.code.clone(),
            name: n.name.clone(),
            level,
            parent_code: n.parent_id.and_then(|p| node_codes.get(&p)).cloned(),
            provenance: n.provenance.clone(),
            rollups: all
                .iter()
                .map(|y| y.rollups.get(&n.id).cloned().unwrap_or_default())
                .collect(),
            cost: if COSTED.contains(&level) {
                costs
                    .iter()
                    .map(|c| c.get(&n.code).copied().unwrap_or_default())
                    .collect()
            } else {
                Vec::new()
            },
        });
    }
    let thresholds = evaluation::thresholds(&ev.plan);
    let mut list = Vec::with_capacity(ev.indicators.len());
    for ind in framework::ordered(&ev) {
        stamp.see(ind.updated_at);
        let figures: Vec<YearFigures> = all
            .iter()
            .map(|y| {
                y.figures.get(&ind.id).cloned().unwrap_or(YearFigures {
                    actual: None,
                    actual_year: None,
                    progress: None,
                    status: Status::NoData,
                })
            })
            .collect();
        let open = figures.last().is_none_or(|f| f.status != Status::Achieved);
        let projection = if open {
            let (own, predecessor) = cycles::series(ind, &known, &series)?;
            let line = stratrack_reports::input::line(&own, predecessor.as_ref());
            let milestones = ev.milestones.get(&ind.id).map_or(&[][..], Vec::as_slice);
            let p = framework::projection_of(ind, milestones, &line, &thresholds)?;
            Some(framework::projection_input(&p))
        } else {
            None
        };
        let (_, unit) = framework::rule(ind)?;
        list.push(AssessedIndicator {
            code: ind.code.clone(),
            name: ind.name.clone(),
            node_code: node_codes.get(&ind.node_id).cloned().unwrap_or_default(),
            unit,
            direction: crate::models::words::stored(&ind.direction, || format!("indicator {}", ind.code))?,
            baseline: ind.baseline_value.map(|v| v.to_decimal()),
            baseline_year: ind.baseline_year,
            target: ind.target_value.map(|v| v.to_decimal()),
            target_year: ind.target_year,
            is_key: ind.is_key,
            owner_unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
            provenance: ind.provenance.clone(),
            years: figures,
            projection,
        });
    }
    drop(series);
    step("achievement and projections");
    // The restatements of each year's published annual report.
    let mut restatements = Vec::new();
    for &y in &years {
        if let Some(r) = crate::models::restatements::last_year(db, (plan.id, &plan.code), y + 1)
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?
        {
            restatements.push(r);
        }
    }
    let indicator_codes: HashMap<i32, String> = ev.indicators.iter().map(|i| (i.id, i.code.clone())).collect();
    let framework_text = super::texts::framework_text(
        db,
        super::texts::Codes {
            plan: plan.id,
            nodes: &node_codes,
            indicators: &indicator_codes,
            units: &units,
        },
    )
    .await?;
    step("restatements of the annual reports");
    step("framework text in every language");
    Ok(BuiltAssessment {
        input: AssessmentInput {
            plan: info,
            run: RunInfo {
                run_id: String::new(),
                snapshot_id: String::new(),
                generated_at: DateTime::<Utc>::UNIX_EPOCH,
                symbol: None,
                session: None,
            },
            overall: all.iter().map(|y| y.overall.clone()).collect(),
            years,
            nodes,
            indicators: list,
            restatements,
            form: stratrack_reports::input::ASSESSMENT_FORM,
            language: stratrack_reports::input::Lang::En,
            framework_text,
        },
        latest_change: stamp,
    })
}

/// The figures of one evaluated year, by the status rule's assessments and roll-ups.
fn year_of(ev: &evaluation::Evaluation) -> Year {
    let figures = ev
        .assessments
        .iter()
        .map(|(id, a)| {
            (
                *id,
                YearFigures {
                    actual: a.actual,
                    actual_year: a.actual_year,
                    progress: a.progress,
                    status: a.status,
                },
            )
        })
        .collect();
    let rollups = ev.rollups.iter().map(|(id, r)| (*id, framework::rollup(r))).collect();
    // The whole plan: every indicator once, in code order.
    let overall = framework::rollup(&status::roll_up(
        ev.indicators.iter().filter_map(|i| ev.assessments.get(&i.id)),
    ));
    Year {
        figures,
        rollups,
        overall,
    }
}
