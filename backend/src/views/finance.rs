//! Finance as JSON: financial-plan lines and actuals, budget allocations, reconciliation and cost per
//! node. Amounts are CHF thousands written as exact decimal strings; things are named by code.

use crate::models::allocations::AllocationEntry;
use crate::models::finance_rows::FinanceEntry;
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

impl From<FinanceEntry> for MoneyView {
    fn from(e: FinanceEntry) -> Self {
        MoneyView {
            id: e.id,
            plan: e.plan,
            biennium: e.biennium,
            year: e.year,
            unit: e.unit,
            kind: e.kind,
            category: e.category,
            description: e.description,
            amount: e.amount,
            provenance: e.provenance,
            source: e.source,
            version: e.version,
            created_at: e.created_at,
            updated_at: e.updated_at,
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

impl From<AllocationEntry> for AllocationView {
    fn from(a: AllocationEntry) -> Self {
        AllocationView {
            id: a.id,
            plan: a.plan,
            year: a.year,
            unit: a.unit,
            node: a.node,
            node_level: a.node_level,
            amount: a.amount,
            provenance: a.provenance,
            version: a.version,
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}
