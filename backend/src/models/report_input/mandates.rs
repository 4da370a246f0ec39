//! The mandates the plan's results serve, as the report receives them: each resolution, SDG target,
//! WSIS action line or decision linked to a result node or an indicator of the plan, with the codes of
//! those linked (the links as the office keeps them, [`crate::models::mandates`]).

use crate::entities::{mandate_links, mandates, result_nodes};
use crate::models::evaluation::plan_indicators;
use crate::models::words;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use stratrack_reports::input::MandateInput;

/// Every mandate linked to a node or an indicator of plan `plan_id` (`nodes` and `indicators`: id → code), in the order of the mandates' ids, each with its linked codes in the order of the links.
pub async fn of_plan(
    db: &impl ConnectionTrait,
    plan_id: i32,
    nodes: &HashMap<i32, String>,
    indicators: &HashMap<i32, String>,
) -> Result<Vec<MandateInput>, DbErr> {
    let plan_nodes = Query::select()
        .column(result_nodes::Column::Id)
        .from(result_nodes::Entity)
        .and_where(result_nodes::Column::PlanId.eq(plan_id))
        .to_owned();
    let links = mandate_links::Entity::find()
        .filter(
            Condition::any()
                .add(mandate_links::Column::NodeId.in_subquery(plan_nodes))
                .add(mandate_links::Column::IndicatorId.in_subquery(plan_indicators(plan_id))),
        )
        .order_by_asc(mandate_links::Column::Id)
        .all(db)
        .await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let mut linked: BTreeMap<i32, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for l in &links {
        let entry = linked.entry(l.mandate_id).or_default();
        if let Some(code) = l.node_id.and_then(|n| nodes.get(&n)) {
            entry.0.push(code.clone());
        }
        if let Some(code) = l.indicator_id.and_then(|i| indicators.get(&i)) {
            entry.1.push(code.clone());
        }
    }
    let found = mandates::Entity::find()
        .filter(mandates::Column::Id.is_in(linked.keys().copied()))
        .order_by_asc(mandates::Column::Id)
        .all(db)
        .await?;
    found
        .into_iter()
        .map(|m| {
            let (nodes, indicators) = linked.remove(&m.id).unwrap_or_default();
            Ok(MandateInput {
                vocabulary: words::stored(&m.vocabulary, || format!("mandate {}", m.code))?,
                code: m.code,
                title: m.title,
                nodes,
                indicators,
            })
        })
        .collect()
}
