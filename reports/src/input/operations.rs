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

/// A data-quality note the report's builder writes itself (rather than a status rule's reason or a
/// note typed elsewhere), with the years it names: the report can say it in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrittenNote {
    /// "No approved value for {year}; the {from} value stands in."
    Stale {
        /// The report year.
        year: i32,
        /// The year whose value stands in.
        from: i32,
    },
    /// "The {from} value used is provisional."
    Provisional {
        /// The year of the value used.
        from: i32,
    },
    /// "The {from} value used is estimated."
    Estimated {
        /// The year of the value used.
        from: i32,
    },
}

impl WrittenNote {
    /// The note's English, as the builder writes it into [`DataQualityEntry::detail`].
    pub fn english(self) -> String {
        match self {
            Self::Stale { year, from } => format!("No approved value for {year}; the {from} value stands in."),
            Self::Provisional { from } => format!("The {from} value used is provisional."),
            Self::Estimated { from } => format!("The {from} value used is estimated."),
        }
    }

    /// The kind of note it is.
    pub fn kind(self) -> DataQualityKind {
        match self {
            Self::Stale { .. } => DataQualityKind::Stale,
            Self::Provisional { .. } => DataQualityKind::Provisional,
            Self::Estimated { .. } => DataQualityKind::Estimated,
        }
    }
}

impl DataQualityEntry {
    /// The note `written` on indicator `indicator_code`, its detail in English.
    pub fn written(indicator_code: impl Into<String>, written: WrittenNote) -> Self {
        Self {
            indicator_code: indicator_code.into(),
            kind: written.kind(),
            detail: written.english(),
        }
    }

    /// The note the builder wrote, when the detail is exactly one of its sentences (of the entry's kind);
    /// `None` for any other detail (a status rule's reason, a note of a run frozen from other text).
    pub fn written_note(&self) -> Option<WrittenNote> {
        let year_in = |s: &str| s.parse::<i32>().ok();
        let note = match self.kind {
            DataQualityKind::Stale => {
                let rest = self.detail.strip_prefix("No approved value for ")?;
                let (year, rest) = rest.split_once("; the ")?;
                let from = rest.strip_suffix(" value stands in.")?;
                WrittenNote::Stale {
                    year: year_in(year)?,
                    from: year_in(from)?,
                }
            }
            DataQualityKind::Provisional => WrittenNote::Provisional {
                from: year_in(
                    self.detail
                        .strip_prefix("The ")?
                        .strip_suffix(" value used is provisional.")?,
                )?,
            },
            DataQualityKind::Estimated => WrittenNote::Estimated {
                from: year_in(
                    self.detail
                        .strip_prefix("The ")?
                        .strip_suffix(" value used is estimated.")?,
                )?,
            },
            DataQualityKind::Missing => return None,
        };
        (note.english() == self.detail).then_some(note)
    }
}

#[cfg(test)]
mod written_tests {
    use super::*;

    #[test]
    fn a_note_the_builder_wrote_is_recognised_and_any_other_is_not() {
        for note in [
            WrittenNote::Stale { year: 2028, from: 2027 },
            WrittenNote::Provisional { from: 2028 },
            WrittenNote::Estimated { from: 2027 },
        ] {
            assert_eq!(DataQualityEntry::written("X", note).written_note(), Some(note));
        }
        let typed = |kind, detail: &str| DataQualityEntry {
            indicator_code: "X".into(),
            kind,
            detail: detail.into(),
        };
        assert_eq!(
            typed(
                DataQualityKind::Provisional,
                "2028 value is provisional pending the survey."
            )
            .written_note(),
            None
        );
        assert_eq!(
            typed(DataQualityKind::Estimated, "The 2028 value used is provisional.").written_note(),
            None,
            "a sentence of another kind"
        );
        assert_eq!(
            typed(
                DataQualityKind::Stale,
                "No approved value for 2028; the 02027 value stands in."
            )
            .written_note(),
            None
        );
        assert_eq!(
            typed(DataQualityKind::Missing, "No approved value for 2028.").written_note(),
            None
        );
    }
}
