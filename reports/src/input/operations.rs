//! Finance, operational plans, risks and data-quality notes as the report receives them.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::NodeLevel;

/// Revenue or expense.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinanceKind {
    /// Revenue line.
    Revenue,
    /// Expense line.
    Expense,
}

impl FinanceKind {
    /// The machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Revenue => "revenue",
            Self::Expense => "expense",
        }
    }
}

/// One line of the financial plan with its execution, in CHF thousands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinanceLine {
    /// Org unit code, e.g. `GS`, `BR`, `TSB`, `BDT`.
    pub unit: String,
    /// Revenue or expense.
    pub kind: FinanceKind,
    /// Category, e.g. `assessed_contributions`, `staff`, `non_staff`.
    pub category: String,
    /// Year.
    pub year: i32,
    /// Amount in the financial plan, CHF thousands.
    pub plan_amount: Decimal,
    /// Executed amount, CHF thousands; `None` when not yet reported.
    pub actual_amount: Option<Decimal>,
    /// Provenance (`verified`, `illustrative`, …).
    pub provenance: String,
}

/// Cost of a result node in year Y, derived from budget allocations and contribution weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeCost {
    /// Node code.
    pub node_code: String,
    /// Node level.
    pub level: NodeLevel,
    /// Node name.
    pub name: String,
    /// Cost in CHF thousands.
    pub amount: Decimal,
    /// Provenance of the allocations behind it.
    pub provenance: String,
}

/// Finance part of the report.
///
/// Reconciliation (stated in the report): [`crate::reconcile::checks`] of `books`, each comparing a sum
/// with an independent reference exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinanceInput {
    /// Financial-plan lines per unit, kind, category and year, with execution.
    pub lines: Vec<FinanceLine>,
    /// Cost per result node for year Y (at least goals, thematic priorities and enablers).
    pub cost_by_node: Vec<NodeCost>,
    /// The sums the reconciliation compares: year Y's biennium (adopted totals and lines) and year Y
    /// (each unit's budget and allocations, cost totals). Empty in snapshots frozen before it existed.
    #[serde(default)]
    pub books: crate::reconcile::Books,
}

/// An operational-plan item for year Y.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationalItem {
    /// Responsible org unit.
    pub unit: String,
    /// Item code.
    pub code: String,
    /// Item name.
    pub name: String,
    /// Code of the output it delivers.
    pub output_code: String,
    /// Budget, CHF thousands.
    pub budget: Decimal,
    /// Planned quantity.
    pub planned: Decimal,
    /// Delivered quantity.
    pub delivered: Decimal,
    /// Unit of measure of the quantities, e.g. `workshops`.
    pub unit_of_measure: String,
    /// Status (`planned`, `in_progress`, `delivered`, `delayed`, `cancelled`).
    pub status: String,
    /// Provenance.
    pub provenance: String,
}

impl OperationalItem {
    /// The item's quantities as [`crate::delivery`] sees them.
    pub fn quantities(&self) -> crate::delivery::Quantities<'_> {
        crate::delivery::Quantities {
            planned: self.planned,
            delivered: self.delivered,
            status: &self.status,
        }
    }

    /// The item's delivery rate ([`crate::delivery::item_rate`]: delivered ÷ planned, not capped).
    pub fn rate(&self) -> Option<Decimal> {
        crate::delivery::item_rate(self.planned, self.delivered)
    }
}

/// A risk from the risk register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskInput {
    /// Risk code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Category (`strategic`, `financial`, …).
    pub category: String,
    /// Likelihood, 1 (rare) to 5 (almost certain).
    pub likelihood: u8,
    /// Impact, 1 (minor) to 5 (severe).
    pub impact: u8,
    /// Mitigation measures.
    pub mitigation: String,
    /// Owning org unit.
    pub owner_unit: String,
    /// Status (`open`, `mitigating`, `closed`).
    pub status: String,
    /// Date of the last review.
    pub reviewed_on: NaiveDate,
    /// Codes of the result nodes the risk threatens.
    pub linked_nodes: Vec<String>,
    /// Provenance.
    pub provenance: String,
}

impl RiskInput {
    /// Likelihood × impact (1–25).
    pub fn score(&self) -> u32 {
        u32::from(self.likelihood) * u32::from(self.impact)
    }
}

/// Kind of a data-quality note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataQualityKind {
    /// The value is provisional.
    Provisional,
    /// The value is estimated.
    Estimated,
    /// An earlier year's value stands in.
    Stale,
    /// No usable value.
    Missing,
}

impl DataQualityKind {
    /// Every kind, in report order.
    pub const ALL: [DataQualityKind; 4] = [
        DataQualityKind::Provisional,
        DataQualityKind::Estimated,
        DataQualityKind::Stale,
        DataQualityKind::Missing,
    ];

    /// The machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisional => "provisional",
            Self::Estimated => "estimated",
            Self::Stale => "stale",
            Self::Missing => "missing",
        }
    }
}

/// A data-quality note on one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataQualityEntry {
    /// Indicator code.
    pub indicator_code: String,
    /// Kind of note.
    pub kind: DataQualityKind,
    /// What is wrong, in words.
    pub detail: String,
}
