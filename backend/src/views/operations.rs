//! Operational plans and items as JSON, with delivery rates; quantities and budgets are exact decimal
//! strings, things are named by code.

use crate::entities::{operational_items as oi, operational_plans as op};
use crate::models::operational_items::ItemContext;
use crate::models::operational_plans::PlanWithItems;
use crate::models::operations::{self, PlanDelivery};
use rust_decimal::Decimal;
use serde::Serialize;
use stratrack_reports::delivery::Quantities;

/// An operational-plan item: the domain's record, which is already the answer's shape.
pub use crate::models::operational_items::ItemEntry as ItemView;

/// An operational plan with its delivery.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OperationalPlanView {
    /// Operational plan id.
    pub id: i32,
    /// Strategic plan code.
    pub plan: String,
    /// Org unit code.
    pub unit: String,
    /// First year.
    pub year: i32,
    /// Last year of the rolling horizon.
    pub horizon_end_year: i32,
    /// Title.
    pub title: String,
    /// draft or approved.
    pub status: String,
    /// Sum of the items' budgets, CHF thousands.
    #[schema(value_type = String)]
    pub budget: Decimal,
    /// Delivery of the plan's items.
    pub delivery: PlanDelivery,
    /// Concurrency version.
    pub version: i32,
}

impl OperationalPlanView {
    /// The view of `p` with its `items`.
    pub fn new(p: &op::Model, items: &[&oi::Model], cx: &ItemContext) -> Self {
        let quantities: Vec<(Decimal, Decimal)> = items
            .iter()
            .map(|i| (i.planned_quantity.to_decimal(), i.delivered_quantity.to_decimal()))
            .collect();
        OperationalPlanView {
            id: p.id,
            plan: cx.plan_codes.get(&p.plan_id).cloned().unwrap_or_default(),
            unit: cx.units.get(&p.org_unit_id).cloned().unwrap_or_default(),
            year: p.year,
            horizon_end_year: p.horizon_end_year,
            title: p.title.clone(),
            status: p.status.clone(),
            budget: items.iter().map(|i| i.budget.to_decimal()).sum::<Decimal>().normalize(),
            delivery: operations::plan_delivery(items.iter().zip(&quantities).map(|(i, &(planned, delivered))| {
                Quantities {
                    planned,
                    delivered,
                    status: &i.status,
                }
            })),
            version: p.version,
        }
    }
}

impl OperationalPlanView {
    /// The view of `p` and its items.
    pub fn of(p: &PlanWithItems, cx: &ItemContext) -> Self {
        let items: Vec<&oi::Model> = p.items.iter().collect();
        OperationalPlanView::new(&p.plan, &items, cx)
    }
}

/// An operational plan with every item.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OperationalPlanDetail {
    /// The plan and its delivery.
    #[serde(flatten)]
    pub plan: OperationalPlanView,
    /// Its items, by code.
    pub items: Vec<ItemView>,
}

impl OperationalPlanDetail {
    /// The view of `p` with every item.
    pub fn of(p: &PlanWithItems, cx: &ItemContext) -> Self {
        OperationalPlanDetail {
            plan: OperationalPlanView::of(p, cx),
            items: p.items.iter().map(|i| ItemView::new(i, cx)).collect(),
        }
    }
}
