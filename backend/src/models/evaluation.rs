//! Evaluating a plan for a year: every indicator's assessment and every node's roll-up, computed by
//! the one rule in [`crate::status`]. Pages, API and reports all come through here.

use crate::entities::{
    contribution_links, framework_revisions, indicator_milestones, indicators, measurements, plans, result_nodes,
};
use crate::models::{bulk, words};
use crate::status::{self, Assessment, IndicatorSpec, Observation, RollUp, Thresholds, Unit};
use sea_orm::sea_query::{Expr, IntoCondition, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, TryGetableMany,
};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// A plan's thresholds as the status rule takes them.
pub fn thresholds(plan: &plans::Model) -> Thresholds {
    Thresholds {
        on_track: plan.on_track_threshold.to_decimal(),
        at_risk: plan.at_risk_threshold.to_decimal(),
        maintain_on_track_pct: plan.maintain_on_track_pct.to_decimal(),
        maintain_at_risk_pct: plan.maintain_at_risk_pct.to_decimal(),
        max_age_years: plan.max_age_years,
    }
}

/// The unit of an indicator row; an unknown stored unit is an error ([`words::stored`]).
pub fn unit(ind: &indicators::Model) -> Result<Unit, DbErr> {
    words::stored(&ind.unit, || format!("indicator {}", ind.code))
}

/// The rule's view of one indicator row and its milestones.
pub fn spec(ind: &indicators::Model, milestones: &[(i32, rust_decimal::Decimal)]) -> Result<IndicatorSpec, DbErr> {
    let row = || format!("indicator {}", ind.code);
    Ok(IndicatorSpec {
        direction: words::stored(&ind.direction, row)?,
        aggregation: words::stored(&ind.aggregation, row)?,
        unit: unit(ind)?,
        baseline: ind
            .baseline_value
            .zip(ind.baseline_year)
            .map(|(v, y)| (y, v.to_decimal())),
        milestones: milestones.to_vec(),
        target: ind.target_value.zip(ind.target_year).map(|(v, y)| (y, v.to_decimal())),
    })
}

/// A plan evaluated for one year.
pub struct Evaluation {
    /// The plan.
    pub plan: plans::Model,
    /// The year evaluated.
    pub year: i32,
    /// Nodes in tree order (sort_order, code).
    pub nodes: Vec<result_nodes::Model>,
    /// Indicators ordered by code, with the fields in force for the year.
    pub indicators: Vec<indicators::Model>,
    /// Milestones per indicator id, as in force for the year.
    pub milestones: HashMap<i32, Vec<(i32, rust_decimal::Decimal)>>,
    /// The assessment per indicator id.
    pub assessments: HashMap<i32, Assessment>,
    /// The roll-up per node id.
    pub rollups: HashMap<i32, RollUp>,
    /// Per node id, the ids of the indicators its roll-up counts ([`status::indicators_under`]: on it,
    /// below it and contributing to it, each once), so a filter by goal or priority counts the same
    /// indicators as the goal's or priority's roll-up.
    pub under: HashMap<i32, std::collections::BTreeSet<i32>>,
    /// Per indicator id, its framework revisions in force for the year (decided on or before its
    /// 31 December), oldest decision first.
    pub revisions: HashMap<i32, Vec<framework_revisions::Model>>,
    /// Where each node id sits in `nodes`: built once with the evaluation, so every page and list served
    /// from the cached evaluation finds a node by id without a search or a map of its own.
    node_at: HashMap<i32, usize>,
}

impl Evaluation {
    /// The node with this id, if it is in the plan.
    pub fn node(&self, id: i32) -> Option<&result_nodes::Model> {
        self.node_at.get(&id).map(|&k| &self.nodes[k])
    }
}

/// indicator id, year, quarter, raw value, raw numerator, raw denominator, id.
type ValueRow = (i32, i32, Option<i32>, i64, Option<i64>, Option<i64>, i32);

/// The rows the status rule reads: approved headline values (no disaggregation). Spelled as literals,
/// not bound parameters, so that SQLite and PostgreSQL use the partial index
/// `ix_measurements_approved_headline` (migration 400000) instead of walking every breakdown.
pub const APPROVED_HEADLINE: &str = "measurements.state = 'approved' AND measurements.disaggregation = ''";

/// Headline values of every state (no disaggregation), as a literal for the same reason: the partial
/// index `ix_measurements_headline_slots` (migration m20261220_100000) serves only a query whose text says
/// `disaggregation = ''`. Bound as a parameter, PostgreSQL's generic plan (which a prepared statement
/// switches to after five runs) cannot use it and walks every breakdown instead.
pub const HEADLINE: &str = "measurements.disaggregation = ''";

/// The ids of plan `plan_id`'s indicators, as a subquery.
pub fn plan_indicators(plan_id: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan_id))
        .to_owned()
}

/// The approved headline values the status rule needs to assess plan `plan_id`'s indicators for
/// `year`, grouped by indicator id.
///
/// The rule looks at `year` itself and, when it has no value, at the newest earlier year no older than
/// `max_age_years`; anything older only decides the wording of the `no_data` reason ("latest approved
/// value is from 2024 …"). So only the years `year - max_age_years ..= year` are read in full; for an
/// indicator without a value in that window, the newest older year is read as one aggregate and stands
/// in as a single placeholder observation. [`status::actual`] refuses it as too old before looking at
/// its value, so every assessment is the same as with the full history, while a plan with many years
/// of values reads a bounded number of rows.
pub async fn approved_headline_values(
    db: &impl ConnectionTrait,
    plan_id: i32,
    year: i32,
    max_age_years: i32,
) -> Result<HashMap<i32, Vec<Observation>>, DbErr> {
    let oldest = year.saturating_sub(max_age_years.max(0));
    let years = measurements::Column::Year.between(oldest, year);
    let ids = plan_indicators(plan_id);
    let rows: Vec<ValueRow> = approved_headline_rows(db, &[measurements::Column::Id], years, ids, &["id"]).await?;
    let dec = |raw: i64| crate::fixed::Fixed(raw).to_decimal();
    let mut by_ind: HashMap<i32, Vec<Observation>> = HashMap::new();
    for (ind, y, q, v, n, d, _) in rows {
        by_ind.entry(ind).or_default().push(Observation {
            year: y,
            quarter: q.and_then(|q| u8::try_from(q).ok()),
            value: dec(v),
            numerator: n.map(dec),
            denominator: d.map(dec),
        });
    }
    let select = measurements::Entity::find()
        .select_only()
        .column(measurements::Column::IndicatorId)
        .column_as(measurements::Column::Year.max(), "latest")
        .filter(Expr::cust(APPROVED_HEADLINE))
        .filter(measurements::Column::Year.lt(oldest))
        .filter(measurements::Column::IndicatorId.in_subquery(plan_indicators(plan_id)))
        .group_by(measurements::Column::IndicatorId)
        .into_query();
    let older: Vec<(i32, Option<i32>)> = bulk::rows(db, select, &["indicator_id", "latest"], &["indicator_id"]).await?;
    for (ind, latest) in older {
        if let (Some(latest), std::collections::hash_map::Entry::Vacant(slot)) = (latest, by_ind.entry(ind)) {
            // Only its year matters: it is older than the maximum age, so the rule never uses the value.
            slot.insert(vec![Observation {
                year: latest,
                quarter: None,
                value: rust_decimal::Decimal::ZERO,
                numerator: None,
                denominator: None,
            }]);
        }
    }
    Ok(by_ind)
}

/// The columns every reading of approved headline values starts with: an observation's indicator,
/// period and figures.
const OBSERVED: [measurements::Column; 6] = [
    measurements::Column::IndicatorId,
    measurements::Column::Year,
    measurements::Column::Quarter,
    measurements::Column::Value,
    measurements::Column::Numerator,
    measurements::Column::Denominator,
];

/// The approved headline values of the indicators `ids` selects (a subquery), in the years `years`
/// keeps: the [`OBSERVED`] columns then `extra`, read in bulk ([`bulk::rows`]) sorted by `order`.
pub async fn approved_headline_rows<T>(
    db: &impl ConnectionTrait,
    extra: &[measurements::Column],
    years: impl IntoCondition,
    ids: SelectStatement,
    order: &[&str],
) -> Result<Vec<T>, DbErr>
where
    T: DeserializeOwned + TryGetableMany,
{
    let columns: Vec<measurements::Column> = OBSERVED.iter().chain(extra).copied().collect();
    let select = measurements::Entity::find()
        .select_only()
        .columns(columns.iter().copied())
        .filter(Expr::cust(APPROVED_HEADLINE))
        .filter(years)
        .filter(measurements::Column::IndicatorId.in_subquery(ids))
        .into_query();
    bulk::rows(db, select, &bulk::names(&columns), order).await
}

/// Milestones of every indicator of plan `plan_id`, per indicator id, by year: what the expected value
/// ([`status::expected`]) of any year is drawn through.
pub async fn plan_milestones(
    db: &impl ConnectionTrait,
    plan_id: i32,
) -> Result<HashMap<i32, Vec<(i32, rust_decimal::Decimal)>>, DbErr> {
    let plan_inds = plan_indicators(plan_id);
    let mut milestones: HashMap<i32, Vec<(i32, rust_decimal::Decimal)>> = HashMap::new();
    let columns = [
        indicator_milestones::Column::IndicatorId,
        indicator_milestones::Column::Year,
        indicator_milestones::Column::Value,
        indicator_milestones::Column::Id,
    ];
    let select = indicator_milestones::Entity::find()
        .select_only()
        .columns(columns)
        .filter(indicator_milestones::Column::IndicatorId.in_subquery(plan_inds))
        .into_query();
    let rows: Vec<(i32, i32, i64, i32)> = bulk::rows(db, select, &bulk::names(&columns), &["year", "id"]).await?;
    for (ind, year, value, _) in rows {
        milestones
            .entry(ind)
            .or_default()
            .push((year, crate::fixed::Fixed(value).to_decimal()));
    }
    Ok(milestones)
}

/// Evaluates plan `plan_id` for `year`, against its indicators' baselines, targets, milestones, units
/// and directions as in force on 31 December of `year` ([`super::as_of`]).
pub async fn evaluate(db: &impl ConnectionTrait, plan: plans::Model, year: i32) -> Result<Evaluation, DbErr> {
    let nodes = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan.id))
        .order_by_asc(result_nodes::Column::SortOrder)
        .order_by_asc(result_nodes::Column::Code)
        .all(db)
        .await?;
    let mut inds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .order_by_asc(indicators::Column::Code)
        .all(db)
        .await?;
    let mut milestones = plan_milestones(db, plan.id).await?;
    // A year is assessed against the framework in force on its 31 December: a later revision does
    // not change an earlier year's status, here or in that year's report.
    let revisions = super::as_of::of_plan(db, plan.id).await?;
    super::as_of::in_force_for_year(&mut inds, &mut milestones, &revisions, year)?;
    let revisions = super::as_of::in_force(revisions, year);
    let values = approved_headline_values(db, plan.id, year, plan.max_age_years).await?;
    let th = thresholds(&plan);
    let assessments: HashMap<i32, Assessment> = inds
        .iter()
        .map(|i| {
            let s = spec(i, milestones.get(&i.id).map_or(&[][..], Vec::as_slice))?;
            let obs = values.get(&i.id).map_or(&[][..], Vec::as_slice);
            Ok((i.id, status::assess(&s, obs, year, &th)))
        })
        .collect::<Result<_, DbErr>>()?;

    let node_ids: Vec<i32> = nodes.iter().map(|n| n.id).collect();
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    for n in &nodes {
        if let Some(p) = n.parent_id {
            children.entry(p).or_default().push(n.id);
        }
    }
    let mut contributors: HashMap<i32, Vec<i32>> = HashMap::new();
    for l in contribution_links::Entity::find()
        .filter(contribution_links::Column::ToNodeId.is_in(node_ids.clone()))
        .all(db)
        .await?
    {
        contributors.entry(l.to_node_id).or_default().push(l.from_node_id);
    }
    let mut by_node: HashMap<i32, Vec<i32>> = HashMap::new();
    for i in &inds {
        by_node.entry(i.node_id).or_default().push(i.id);
    }
    let under: HashMap<i32, std::collections::BTreeSet<i32>> = node_ids
        .iter()
        .map(|&n| (n, status::indicators_under(n, &children, &contributors, &by_node)))
        .collect();
    let rollups = under
        .iter()
        .map(|(&n, ids)| (n, status::roll_up(ids.iter().filter_map(|i| assessments.get(i)))))
        .collect();
    let node_at = nodes.iter().enumerate().map(|(k, n)| (n.id, k)).collect();
    Ok(Evaluation {
        plan,
        year,
        nodes,
        node_at,
        indicators: inds,
        milestones,
        assessments,
        rollups,
        under,
        revisions,
    })
}
