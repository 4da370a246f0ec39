//! The finance part of the report: the year's financial-plan lines with their execution, the books the
//! report reconciles ([`crate::models::reconciliation`]), and the cost per result node from
//! [`crate::models::cost`].

use super::Stamp;
use crate::entities::{budget_allocations, finance_actuals, finance_lines, plans};
use crate::models::words;
use crate::models::{adopted_totals, cost, reconciliation};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use stratrack_reports::input::{FinanceInput, FinanceKind, FinanceLine, NodeCost, NodeLevel};

/// The levels whose cost the report shows (goals and thematic priorities reconcile with enablers;
/// outputs are where units allocate their budgets).
const COSTED: [NodeLevel; 4] = [
    NodeLevel::Goal,
    NodeLevel::ThematicPriority,
    NodeLevel::Enabler,
    NodeLevel::Output,
];

/// The weakest provenance of a set: `illustrative` beats `verified-2nd` beats anything else.
fn weakest<'a>(all: impl Iterator<Item = &'a str>) -> String {
    let mut out = "verified".to_owned();
    for p in all {
        if p == stratrack_reports::input::ILLUSTRATIVE {
            return p.to_owned();
        }
        if p != "verified" {
            out = p.to_owned();
        }
    }
    out
}

/// Finance of plan `plan` for `year`.
pub async fn finance(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    year: i32,
    units: &HashMap<i32, String>,
) -> Result<(FinanceInput, Stamp), DbErr> {
    let mut stamp = Stamp::default();
    let lines = plan_lines(db, plan.id, year, units, &mut stamp).await?;
    let cost_by_node = costed_nodes(db, plan.id, year, &mut stamp).await?;
    for a in adopted_totals::by_biennium(db, plan.id).await?.values() {
        stamp.see(a.updated_at);
    }
    let books = reconciliation::books(db, plan, Some(year)).await?;
    Ok((
        FinanceInput {
            lines,
            cost_by_node,
            books,
        },
        stamp,
    ))
}

/// The year's financial-plan lines by unit, kind and category, each with its execution actual if any.
async fn plan_lines(
    db: &impl ConnectionTrait,
    plan_id: i32,
    year: i32,
    units: &HashMap<i32, String>,
    stamp: &mut Stamp,
) -> Result<Vec<FinanceLine>, DbErr> {
    let actuals: HashMap<(i32, String, String), finance_actuals::Model> = finance_actuals::Entity::find()
        .filter(finance_actuals::Column::PlanId.eq(plan_id))
        .filter(finance_actuals::Column::Year.eq(year))
        .all(db)
        .await?
        .into_iter()
        .map(|a| ((a.org_unit_id, a.kind.clone(), a.category.clone()), a))
        .collect();
    let rows = finance_lines::Entity::find()
        .filter(finance_lines::Column::PlanId.eq(plan_id))
        .filter(finance_lines::Column::Year.eq(year))
        .order_by_asc(finance_lines::Column::OrgUnitId)
        .order_by_asc(finance_lines::Column::Kind)
        .order_by_asc(finance_lines::Column::Category)
        .all(db)
        .await?;
    let mut lines = Vec::with_capacity(rows.len());
    for l in rows {
        stamp.see(l.updated_at);
        let actual = actuals.get(&(l.org_unit_id, l.kind.clone(), l.category.clone()));
        if let Some(a) = actual {
            stamp.see(a.updated_at);
        }
        lines.push(FinanceLine {
            unit: units.get(&l.org_unit_id).cloned().unwrap_or_default(),
            kind: if l.kind == "revenue" {
                FinanceKind::Revenue
            } else {
                FinanceKind::Expense
            },
            category: l.category,
            year: l.year,
            plan_amount: l.amount.to_decimal(),
            actual_amount: actual.map(|a| a.amount.to_decimal()),
            provenance: l.provenance,
        });
    }
    Ok(lines)
}

/// The cost of every node of a [`COSTED`] level in `year` (the cost roll-up, [`cost::load_year`]), with the
/// weakest provenance of the year's allocations.
pub(super) async fn costed_nodes(
    db: &impl ConnectionTrait,
    plan_id: i32,
    year: i32,
    stamp: &mut Stamp,
) -> Result<Vec<NodeCost>, DbErr> {
    let allocations = budget_allocations::Entity::find()
        .filter(budget_allocations::Column::PlanId.eq(plan_id))
        .filter(budget_allocations::Column::Year.eq(year))
        .all(db)
        .await?;
    for a in &allocations {
        stamp.see(a.updated_at);
    }
    let provenance = weakest(allocations.iter().map(|a| a.provenance.as_str()));
    let breakdown = cost::load_year(db, plan_id, year).await?;
    let mut cost_by_node = Vec::new();
    for n in breakdown.nodes {
        let level: NodeLevel = words::stored(&n.level, || format!("node {}", n.code))?;
        if COSTED.contains(&level) {
            cost_by_node.push(NodeCost {
                node_code: n.code,
                level,
                name: n.name,
                amount: n.amount,
                provenance: provenance.clone(),
            });
        }
    }
    Ok(cost_by_node)
}
