//! Operational plans and items as JSON, with delivery rates; quantities and budgets are exact decimal
//! strings, things are named by code.

use crate::entities::{operational_items as oi, operational_plans as op};
use crate::models::operational_items::{ItemContext, ItemEntry};
use crate::models::operational_plans::PlanWithItems;
use crate::models::operations::{self, PlanDelivery};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use stratrack_reports::delivery::Quantities;

/// An operational-plan item.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ItemView {
    /// Item id.
    pub id: i32,
    /// Id of its operational plan.
    pub operational_plan_id: i32,
    /// Strategic plan code.
    pub plan: String,
    /// Org unit of the operational plan (whose planner writes the item).
    pub unit: String,
    /// Year of the operational plan.
    pub year: i32,
    /// Item code, e.g. `BR-01`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the output delivered.
    pub output: String,
    /// Org unit that runs it (e.g. a regional office).
    pub responsible_unit: String,
    /// Budget, CHF thousands.
    #[schema(value_type = String)]
    pub budget: Decimal,
    /// Planned quantity.
    #[schema(value_type = String)]
    pub planned_quantity: Decimal,
    /// Delivered quantity.
    #[schema(value_type = String)]
    pub delivered_quantity: Decimal,
    /// Delivered ÷ planned, not capped (above 1 when more was delivered than planned), four places, the
    /// figure the annual report prints; `null` when nothing is planned.
    #[schema(value_type = Option<String>)]
    pub delivery_rate: Option<Decimal>,
    /// What is counted.
    pub unit_of_measure: String,
    /// Milestones, free text.
    pub milestones: String,
    /// planned, in_progress, delivered, delayed or cancelled.
    pub status: String,
    /// Provenance.
    pub provenance: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl ItemView {
    /// The view of `i`, with codes from `cx`.
    pub fn new(i: &oi::Model, cx: &ItemContext) -> Self {
        ItemEntry::new(i, cx).into()
    }
}

impl From<ItemEntry> for ItemView {
    fn from(e: ItemEntry) -> Self {
        ItemView {
            id: e.id,
            operational_plan_id: e.operational_plan_id,
            plan: e.plan,
            unit: e.unit,
            year: e.year,
            code: e.code,
            name: e.name,
            output: e.output,
            responsible_unit: e.responsible_unit,
            budget: e.budget,
            planned_quantity: e.planned_quantity,
            delivered_quantity: e.delivered_quantity,
            delivery_rate: e.delivery_rate,
            unit_of_measure: e.unit_of_measure,
            milestones: e.milestones,
            status: e.status,
            provenance: e.provenance,
            version: e.version,
            created_at: e.created_at,
            updated_at: e.updated_at,
        }
    }
}

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
