//! Finance as JSON: financial-plan lines and actuals, budget allocations, reconciliation and cost per
//! node. Amounts are CHF thousands written as exact decimal strings; things are named by code.

use crate::entities::budget_allocations;
use crate::models::money::MoneyRow;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

/// A financial-plan line or an execution actual.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MoneyView {
    /// Row id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Biennium, e.g. `2028-2029`.
    pub biennium: String,
    /// Year.
    pub year: i32,
    /// Org unit code.
    pub unit: String,
    /// revenue or expense.
    pub kind: String,
    /// Category of the kind (revenue: assessed_contributions, cost_recovery, interest_and_other,
    /// reserve_account; expense: staff, non_staff).
    pub category: String,
    /// Free text.
    pub description: String,
    /// CHF thousands, exact.
    #[schema(value_type = String, example = "62660.5")]
    pub amount: Decimal,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Source URL(s).
    pub source: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl MoneyView {
    /// The view of `r`, with its plan and unit codes.
    pub fn new(r: &MoneyRow, plan: &str, unit: &str) -> Self {
        MoneyView {
            id: r.id,
            plan: plan.to_owned(),
            biennium: r.biennium.clone(),
            year: r.year,
            unit: unit.to_owned(),
            kind: r.kind.clone(),
            category: r.category.clone(),
            description: r.description.clone(),
            amount: r.amount.to_decimal(),
            provenance: r.provenance.clone(),
            source: r.source.clone(),
            version: r.version,
            created_at: r.created_at.to_utc(),
            updated_at: r.updated_at.to_utc(),
        }
    }
}

/// A unit's budget allocated to an output, a thematic priority or an enabler.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AllocationView {
    /// Row id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// Org unit code.
    pub unit: String,
    /// Code of the node funded.
    pub node: String,
    /// Level of that node.
    pub node_level: String,
    /// CHF thousands, exact.
    #[schema(value_type = String, example = "3856")]
    pub amount: Decimal,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl AllocationView {
    /// The view of `a`, with the codes it refers to.
    pub fn new(a: &budget_allocations::Model, plan: &str, unit: &str, node: &str, node_level: &str) -> Self {
        AllocationView {
            id: a.id,
            plan: plan.to_owned(),
            year: a.year,
            unit: unit.to_owned(),
            node: node.to_owned(),
            node_level: node_level.to_owned(),
            amount: a.amount.to_decimal(),
            provenance: a.provenance.clone(),
            version: a.version,
            created_at: a.created_at.to_utc(),
            updated_at: a.updated_at.to_utc(),
        }
    }
}
