//! Reads a [`CostInput`] from the database, so callers need not know the tables behind the cost rule.

use super::{CostAllocation, CostBreakdown, CostInput, CostLink, CostNode, cost_per_node};
use crate::entities::{budget_allocations, contribution_links, result_nodes};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The nodes and links of plan `plan_id` and its allocations for `year`, nodes in display order
/// (sort order, then code).
pub async fn load(db: &impl ConnectionTrait, plan_id: i32, year: i32) -> Result<CostInput, DbErr> {
    let nodes: Vec<CostNode> = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .order_by_asc(result_nodes::Column::SortOrder)
        .order_by_asc(result_nodes::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|n| CostNode {
            id: n.id,
            code: n.code,
            name: n.name,
            level: n.level,
            parent_id: n.parent_id,
        })
        .collect();
    let ids: std::collections::HashSet<i32> = nodes.iter().map(|n| n.id).collect();
    let links = contribution_links::Entity::find()
        .order_by_asc(contribution_links::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|l| ids.contains(&l.from_node_id))
        .map(|l| CostLink {
            from: l.from_node_id,
            to: l.to_node_id,
            weight: l.weight.map(|w| w.to_decimal()),
        })
        .collect();
    let units = crate::models::units::codes(db).await?;
    let allocations = budget_allocations::Entity::find()
        .filter(budget_allocations::Column::PlanId.eq(plan_id))
        .filter(budget_allocations::Column::Year.eq(year))
        .order_by_asc(budget_allocations::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| CostAllocation {
            node_id: a.node_id,
            unit: units.get(&a.org_unit_id).cloned().unwrap_or_default(),
            amount: a.amount.to_decimal(),
        })
        .collect();
    Ok(CostInput {
        nodes,
        links,
        allocations,
    })
}

/// The cost of every node of plan `plan_id` in `year`: [`load`] then [`cost_per_node`].
pub async fn load_year(db: &impl ConnectionTrait, plan_id: i32, year: i32) -> Result<CostBreakdown, DbErr> {
    Ok(cost_per_node(&load(db, plan_id, year).await?))
}
