//! Operational plans and items as JSON, with delivery rates; quantities and budgets are exact decimal
//! strings, things are named by code.

use crate::entities::{operational_items as oi, operational_plans as op};
use crate::models::operational_items::ItemContext;
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
        let opp = cx.plans.get(&i.operational_plan_id);
        let code = |m: &std::collections::HashMap<i32, String>, id: Option<i32>| {
            id.and_then(|id| m.get(&id)).cloned().unwrap_or_default()
        };
        let (planned, delivered) = (i.planned_quantity.to_decimal(), i.delivered_quantity.to_decimal());
        ItemView {
            id: i.id,
            operational_plan_id: i.operational_plan_id,
            plan: code(&cx.plan_codes, opp.map(|p| p.plan_id)),
            unit: code(&cx.units, opp.map(|p| p.org_unit_id)),
            year: opp.map_or(0, |p| p.year),
            code: i.code.clone(),
            name: i.name.clone(),
            output: code(&cx.nodes, Some(i.output_node_id)),
            responsible_unit: code(&cx.units, Some(i.responsible_unit_id)),
            budget: i.budget.to_decimal(),
            planned_quantity: planned,
            delivered_quantity: delivered,
            delivery_rate: operations::item_rate(planned, delivered),
            unit_of_measure: i.unit_of_measure.clone(),
            milestones: i.milestones.clone(),
            status: i.status.clone(),
            provenance: i.provenance.clone(),
            version: i.version,
            created_at: i.created_at.to_utc(),
            updated_at: i.updated_at.to_utc(),
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

/// An operational plan with every item.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OperationalPlanDetail {
    /// The plan and its delivery.
    #[serde(flatten)]
    pub plan: OperationalPlanView,
    /// Its items, by code.
    pub items: Vec<ItemView>,
}
