//! Finance as JSON: financial-plan lines and actuals, budget allocations, reconciliation and cost per
//! node. Amounts are CHF thousands written as exact decimal strings; things are named by code. The
//! domain's records are already the answers' shapes.

/// A financial-plan line or an execution actual.
pub use crate::models::finance_rows::FinanceEntry as MoneyView;

/// A unit's budget allocated to an output, a thematic priority or an enabler.
pub use crate::models::allocations::AllocationEntry as AllocationView;
