//! "Clone as the next plan": a draft plan for the period after a plan (2032-2035 after 2028-2031), made
//! from it in one transaction and audited as one `clone` entry.
//!
//! What is copied: the result nodes (same codes: codes are unique per plan, so they may stay), their
//! contribution links with weights, the indicators (same codes, every field but the target) with their
//! disaggregation dimensions, and the mandate links of nodes and indicators. Each new indicator names
//! the old one as its `carried_over` predecessor, so its series runs on across both periods. Its
//! baseline is proposed from the old indicator's latest approved headline value (that value's year as
//! the baseline year, the year's quarters combined by the indicator's rule); without any approved
//! value the old baseline stays. Targets and milestones are left empty for the office to set before
//! adopting ([`super::lifecycle::adopt`]). Risks, allocations, periods and values are not copied:
//! they belong to a plan period. Nothing in the old plan changes.
//!
//! Refused (409) when a plan already follows this one, or a plan already has the new code.

use super::lifecycle::DRAFT;
use super::{Plan, PlanView, plan_by_code};
use crate::auth::Actor;
use crate::entities::{
    contribution_links, indicator_dimensions, indicators, mandate_links, measurements, plans, result_nodes,
};
use crate::error::{AppError, AppResult};
use crate::fixed::Fixed;
use crate::models::{audit, evaluation, transactions};
use crate::policy::{Action, authorize};
use crate::status::{self, Observation};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use std::collections::HashMap;

/// What cloning made.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NextPlan {
    /// The new draft plan.
    pub plan: PlanView,
    /// Code of the plan it follows.
    pub predecessor: String,
    /// Result nodes copied.
    pub nodes: usize,
    /// Contribution links copied (with their weights).
    pub links: usize,
    /// Indicators copied, each carrying over its old one.
    pub indicators: usize,
    /// Indicators whose baseline was proposed from their latest approved value.
    pub baselines_from_values: usize,
    /// Indicators without any approved value, which kept their old baseline (codes).
    pub baselines_kept: Vec<String>,
}

/// The period after `p`, as long as `p`: (first year, last year).
pub fn next_years(p: &Plan) -> (i32, i32) {
    let len = p.end_year - p.start_year + 1;
    (p.end_year + 1, p.end_year + len)
}

/// `text` with the period of `p` ("2028-2031") replaced by the next one; without it, the next period
/// is appended.
pub fn next_name(p: &Plan, text: &str) -> String {
    let (start, end) = next_years(p);
    let old = format!("{}-{}", p.start_year, p.end_year);
    if text.contains(&old) {
        text.replace(&old, &format!("{start}-{end}"))
    } else {
        format!("{text} {start}-{end}")
    }
}

/// The latest year with an approved headline value among `obs` (one indicator's) and its value,
/// combined by `rule`; years whose values make no value (a ratio without denominators) are skipped.
pub fn latest_value(
    rule: status::Aggregation,
    unit: status::Unit,
    obs: &[Observation],
) -> Option<(i32, rust_decimal::Decimal)> {
    let mut years: Vec<i32> = obs.iter().map(|o| o.year).collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .rev()
        .find_map(|y| status::annual_value(rule, unit, y, obs).ok().flatten().map(|v| (y, v)))
}

/// Every approved headline observation of plan `plan_id`'s indicators, by indicator id.
async fn observations(db: &impl ConnectionTrait, plan_id: i32) -> AppResult<HashMap<i32, Vec<Observation>>> {
    let ids = Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan_id))
        .to_owned();
    type Row = (i32, i32, Option<i32>, i64, Option<i64>, Option<i64>, i32);
    let rows: Vec<Row> = evaluation::approved_headline_rows(
        db,
        &[measurements::Column::Id],
        measurements::Column::Year.is_not_null(),
        ids,
        &["id"],
    )
    .await?;
    let dec = |raw: i64| Fixed(raw).to_decimal();
    let mut by_ind: HashMap<i32, Vec<Observation>> = HashMap::new();
    for (ind, year, q, v, n, d, _) in rows {
        by_ind.entry(ind).or_default().push(Observation {
            year,
            quarter: q.and_then(|q| u8::try_from(q).ok()),
            value: dec(v),
            numerator: n.map(dec),
            denominator: d.map(dec),
        });
    }
    Ok(by_ind)
}

/// Refuses a clone when a plan already follows `src` or already has `code`.
async fn refuse_second(db: &impl ConnectionTrait, src: &Plan, code: &str) -> AppResult<()> {
    let follows = plans::Entity::find()
        .filter(plans::Column::PredecessorId.eq(src.id))
        .one(db)
        .await?;
    if let Some(f) = follows {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-plan-follows",
            [("plan", f.code.clone().into()), ("source", src.code.clone().into())],
        )));
    }
    if plans::Entity::find()
        .filter(plans::Column::Code.eq(code))
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-plan-exists",
            [("code", code.into())],
        )));
    }
    Ok(())
}

/// The new draft plan after `src`.
async fn insert_plan(db: &impl ConnectionTrait, src: &Plan, code: String) -> AppResult<Plan> {
    let now = chrono::Utc::now();
    let (start, end) = next_years(src);
    let mut am = plans::ActiveModel::from(src.clone()).reset_all();
    am.id = NotSet;
    am.code = Set(code);
    am.name = Set(next_name(src, &src.name));
    am.resolution = Set(String::new());
    am.start_year = Set(start);
    am.end_year = Set(end);
    am.status = Set(DRAFT.into());
    am.predecessor_id = Set(Some(src.id));
    am.provenance = Set("entered".into());
    am.source = Set(format!("cloned from {}", src.code));
    am.version = Set(1);
    am.created_at = Set(now.into());
    am.updated_at = Set(now.into());
    Ok(am.insert(db).await?)
}

/// Copies the nodes of `src` into plan `to` (parents before children); returns old id → new id.
async fn copy_nodes(db: &impl ConnectionTrait, src: &Plan, to: &Plan) -> AppResult<HashMap<i32, i32>> {
    let now = chrono::Utc::now();
    let mut pending = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(src.id))
        .order_by_asc(result_nodes::Column::Id)
        .all(db)
        .await?;
    let mut ids = HashMap::new();
    while !pending.is_empty() {
        let (ready, rest): (Vec<_>, Vec<_>) = pending
            .into_iter()
            .partition(|n| n.parent_id.is_none_or(|p| ids.contains_key(&p)));
        if ready.is_empty() {
            return Err(AppError::Internal(format!(
                "the nodes of plan {} do not form a tree (e.g. {})",
                src.code, rest[0].code
            )));
        }
        for n in ready {
            let mut am = result_nodes::ActiveModel::from(n.clone()).reset_all();
            am.id = NotSet;
            am.plan_id = Set(to.id);
            am.parent_id = Set(n.parent_id.and_then(|p| ids.get(&p).copied()));
            am.provenance = Set("entered".into());
            am.version = Set(1);
            am.created_at = Set(now.into());
            am.updated_at = Set(now.into());
            let saved = am.insert(db).await?;
            ids.insert(n.id, saved.id);
        }
        pending = rest;
    }
    Ok(ids)
}

/// Copies the contribution links between the nodes of `nodes` (old id → new id); returns how many.
async fn copy_links(db: &impl ConnectionTrait, nodes: &HashMap<i32, i32>) -> AppResult<usize> {
    let links = contribution_links::Entity::find()
        .filter(contribution_links::Column::FromNodeId.is_in(nodes.keys().copied()))
        .order_by_asc(contribution_links::Column::Id)
        .all(db)
        .await?;
    let mut n = 0;
    for l in links {
        let (Some(from), Some(to)) = (nodes.get(&l.from_node_id), nodes.get(&l.to_node_id)) else {
            continue;
        };
        let mut am = contribution_links::ActiveModel::from(l.clone()).reset_all();
        am.id = NotSet;
        am.from_node_id = Set(*from);
        am.to_node_id = Set(*to);
        am.provenance = Set("entered".into());
        am.version = Set(1);
        am.insert(db).await?;
        n += 1;
    }
    Ok(n)
}

/// Copies the indicators of `src` into `to` as carried over, with proposed baselines and no targets;
/// returns old id → new id and the counts the answer reports.
async fn copy_indicators(
    db: &impl ConnectionTrait,
    src: &Plan,
    to: &Plan,
    nodes: &HashMap<i32, i32>,
    made: &mut NextPlan,
) -> AppResult<HashMap<i32, i32>> {
    let now = chrono::Utc::now();
    let olds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(src.id))
        .order_by_asc(indicators::Column::Code)
        .all(db)
        .await?;
    let values = observations(db, src.id).await?;
    let mut ids = HashMap::new();
    for old in olds {
        let node = *nodes
            .get(&old.node_id)
            .ok_or_else(|| AppError::Internal(format!("indicator {} hangs on no node of its plan", old.code)))?;
        let spec = evaluation::spec(&old, &[])?;
        let latest = values
            .get(&old.id)
            .and_then(|obs| latest_value(spec.aggregation, spec.unit, obs));
        let mut am = indicators::ActiveModel::from(old.clone()).reset_all();
        am.id = NotSet;
        am.plan_id = Set(to.id);
        am.node_id = Set(node);
        match latest {
            Some((year, v)) => {
                let v = Fixed::from_decimal(v.round_dp(4))
                    .map_err(|e| AppError::Internal(format!("baseline of {}: {e}", old.code)))?;
                am.baseline_value = Set(Some(v));
                am.baseline_year = Set(Some(year));
                made.baselines_from_values += 1;
            }
            None => made.baselines_kept.push(old.code.clone()),
        }
        am.target_value = Set(None);
        am.target_year = Set(None);
        am.predecessor_id = Set(Some(old.id));
        am.predecessor_relation = Set(Some("carried_over".into()));
        am.provenance = Set("entered".into());
        am.source = Set(format!("carried over from {} of {}", old.code, src.code));
        am.version = Set(1);
        am.created_at = Set(now.into());
        am.updated_at = Set(now.into());
        let saved = am.insert(db).await?;
        ids.insert(old.id, saved.id);
    }
    made.indicators = ids.len();
    Ok(ids)
}

/// Copies the dimensions of the indicators and the mandate links of the nodes and indicators.
async fn copy_attachments(
    db: &impl ConnectionTrait,
    nodes: &HashMap<i32, i32>,
    inds: &HashMap<i32, i32>,
) -> AppResult<()> {
    let dims = indicator_dimensions::Entity::find()
        .filter(indicator_dimensions::Column::IndicatorId.is_in(inds.keys().copied()))
        .all(db)
        .await?;
    for d in dims {
        indicator_dimensions::ActiveModel {
            indicator_id: Set(inds[&d.indicator_id]),
            dimension_id: Set(d.dimension_id),
        }
        .insert(db)
        .await?;
    }
    let mut mandates = mandate_links::Entity::find()
        .filter(mandate_links::Column::NodeId.is_in(nodes.keys().copied()))
        .all(db)
        .await?;
    mandates.extend(
        mandate_links::Entity::find()
            .filter(mandate_links::Column::IndicatorId.is_in(inds.keys().copied()))
            .all(db)
            .await?,
    );
    for m in mandates {
        let mut am = mandate_links::ActiveModel::from(m.clone()).reset_all();
        am.id = NotSet;
        am.node_id = Set(m.node_id.and_then(|n| nodes.get(&n).copied()));
        am.indicator_id = Set(m.indicator_id.and_then(|i| inds.get(&i).copied()));
        am.insert(db).await?;
    }
    Ok(())
}

/// Clones plan `code` as the draft plan of the following period (admin); see the module documentation.
pub async fn clone_next(db: &DatabaseConnection, actor: &Actor, code: &str) -> AppResult<NextPlan> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let src = plan_by_code(&txn, code).await?;
    let new_code = next_name(&src, &src.code).replace(' ', "-");
    refuse_second(&txn, &src, &new_code).await?;
    let plan = insert_plan(&txn, &src, new_code).await?;
    let nodes = copy_nodes(&txn, &src, &plan).await?;
    let mut made = NextPlan {
        plan: PlanView::from(&plan),
        predecessor: src.code.clone(),
        nodes: nodes.len(),
        links: copy_links(&txn, &nodes).await?,
        indicators: 0,
        baselines_from_values: 0,
        baselines_kept: Vec::new(),
    };
    let inds = copy_indicators(&txn, &src, &plan, &nodes, &mut made).await?;
    copy_attachments(&txn, &nodes, &inds).await?;
    audit::record(
        &txn,
        Some(actor),
        "clone",
        "plan",
        plan.id,
        None,
        Some(&made),
        &format!("next plan after {}", src.code),
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn obs(year: i32, quarter: Option<u8>, value: rust_decimal::Decimal) -> Observation {
        Observation {
            year,
            quarter,
            value,
            numerator: None,
            denominator: None,
        }
    }

    #[test]
    fn the_latest_year_with_a_value_is_the_baseline_its_quarters_combined_by_the_rule() {
        let o = [
            obs(2028, None, dec!(5)),
            obs(2030, Some(1), dec!(2)),
            obs(2030, Some(2), dec!(3)),
            obs(2029, None, dec!(9)),
        ];
        let got = latest_value(status::Aggregation::Sum, status::Unit::Count, &o);
        assert_eq!(got, Some((2030, dec!(5))));
        assert_eq!(latest_value(status::Aggregation::Sum, status::Unit::Count, &[]), None);
    }
}
