//! Operational delivery and risks as the report receives them: every item of the plan's operational
//! plans for the year, and the risk register with the result nodes each risk threatens.

use super::Stamp;
use crate::entities::{operational_items, operational_plans, result_nodes, risk_links, risks};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use stratrack_reports::input::{OperationalItem, RiskInput};

/// Items of every operational plan of plan `plan_id` for `year`, by unit (in org-unit order) and code.
pub async fn operational(
    db: &impl ConnectionTrait,
    plan_id: i32,
    year: i32,
    units: &HashMap<i32, String>,
    node_codes: &HashMap<i32, String>,
) -> Result<(Vec<OperationalItem>, Stamp), DbErr> {
    let mut stamp = Stamp::default();
    let plans: HashMap<i32, operational_plans::Model> = operational_plans::Entity::find()
        .filter(operational_plans::Column::PlanId.eq(plan_id))
        .filter(operational_plans::Column::Year.eq(year))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    for p in plans.values() {
        stamp.see(p.updated_at);
    }
    let mut items = operational_items::Entity::find()
        .filter(operational_items::Column::OperationalPlanId.is_in(plans.keys().copied()))
        .all(db)
        .await?;
    items.sort_by_key(|i| {
        let unit = plans.get(&i.operational_plan_id).map_or(i32::MAX, |p| p.org_unit_id);
        (unit, i.code.clone())
    });
    let out = items
        .into_iter()
        .map(|i| {
            stamp.see(i.updated_at);
            OperationalItem {
                unit: units.get(&i.responsible_unit_id).cloned().unwrap_or_default(),
                code: i.code,
                name: i.name,
                output_code: node_codes.get(&i.output_node_id).cloned().unwrap_or_default(),
                budget: i.budget.to_decimal(),
                planned: i.planned_quantity.to_decimal(),
                delivered: i.delivered_quantity.to_decimal(),
                unit_of_measure: i.unit_of_measure,
                status: i.status,
                provenance: i.provenance,
            }
        })
        .collect();
    Ok((out, stamp))
}

/// The risk register of plan `plan_id`, by code, each with the codes of the nodes it threatens.
pub async fn risks(
    db: &impl ConnectionTrait,
    plan_id: i32,
    units: &HashMap<i32, String>,
) -> Result<(Vec<RiskInput>, Stamp), DbErr> {
    let mut stamp = Stamp::default();
    let mut linked: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    let plan_risks = Query::select()
        .column(risks::Column::Id)
        .from(risks::Entity)
        .and_where(risks::Column::PlanId.eq(plan_id))
        .to_owned();
    let links = risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.in_subquery(plan_risks))
        .all(db)
        .await?;
    let codes: HashMap<i32, String> = result_nodes::Entity::find()
        .filter(result_nodes::Column::Id.is_in(links.iter().map(|l| l.node_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.code))
        .collect();
    for l in links {
        if let Some(c) = codes.get(&l.node_id) {
            linked.entry(l.risk_id).or_default().push(c.clone());
        }
    }
    let out = risks::Entity::find()
        .filter(risks::Column::PlanId.eq(plan_id))
        .order_by_asc(risks::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            stamp.see(r.updated_at);
            let mut nodes = linked.remove(&r.id).unwrap_or_default();
            nodes.sort();
            RiskInput {
                code: r.code,
                title: r.title,
                category: r.category,
                likelihood: u8::try_from(r.likelihood).unwrap_or(0),
                impact: u8::try_from(r.impact).unwrap_or(0),
                mitigation: r.mitigation,
                owner_unit: units.get(&r.owner_unit_id).cloned().unwrap_or_default(),
                status: r.status,
                reviewed_on: r.reviewed_on,
                linked_nodes: nodes,
                provenance: r.provenance,
            }
        })
        .collect();
    Ok((out, stamp))
}
