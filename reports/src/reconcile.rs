//! Reconciliation of the report's finance figures with the financial plan's totals, to the franc.

use rust_decimal::Decimal;

use crate::format::chf_k;
use crate::input::{FinanceKind, NodeLevel, ReportInput};

/// One comparison of a computed sum with a financial-plan total (CHF thousands).
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// What was summed, e.g. `Cost by strategic goal plus enablers`.
    pub label: String,
    /// The sum computed from the report's own figures.
    pub computed: Decimal,
    /// The financial plan's total it must equal.
    pub reference: Decimal,
}

impl Check {
    /// computed − reference, CHF thousands.
    pub fn difference(&self) -> Decimal {
        self.computed - self.reference
    }

    /// True when the difference rounds to zero francs.
    pub fn reconciles(&self) -> bool {
        self.difference().round_dp(3).is_zero()
    }
}

/// All reconciliation checks for year Y.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciliation {
    /// Reporting year.
    pub year: i32,
    /// The checks, in report order.
    pub checks: Vec<Check>,
}

impl Reconciliation {
    /// Computes the checks from the input's lines, costs and plan totals.
    pub fn new(input: &ReportInput) -> Self {
        let f = &input.finance;
        let lines = |kind| {
            f.lines
                .iter()
                .filter(|l| l.year == input.year && l.kind == kind)
                .map(|l| l.plan_amount)
                .sum::<Decimal>()
        };
        let cost = |level| {
            f.cost_by_node
                .iter()
                .filter(|c| c.level == level)
                .map(|c| c.amount)
                .sum::<Decimal>()
        };
        let enablers = cost(NodeLevel::Enabler);
        let expense = f.plan_totals.expense;
        let check = |label: &str, computed, reference| Check {
            label: label.to_owned(),
            computed,
            reference,
        };
        Reconciliation {
            year: input.year,
            checks: vec![
                check("Expense lines of all units", lines(FinanceKind::Expense), expense),
                check(
                    "Revenue lines of all units",
                    lines(FinanceKind::Revenue),
                    f.plan_totals.revenue,
                ),
                check(
                    "Cost by strategic goal plus enablers",
                    cost(NodeLevel::Goal) + enablers,
                    expense,
                ),
                check(
                    "Cost by thematic priority plus enablers",
                    cost(NodeLevel::ThematicPriority) + enablers,
                    expense,
                ),
            ],
        }
    }

    /// True when every check reconciles.
    pub fn reconciles(&self) -> bool {
        self.checks.iter().all(Check::reconciles)
    }

    /// The sentence the report prints.
    pub fn statement(&self) -> String {
        if self.reconciles() {
            return format!(
                "Finance totals reconcile with the financial plan to the franc: for {}, the expense \
                 lines of all units, the cost by strategic goal and the cost by thematic priority \
                 (each with enablers) sum to the plan's total expense, and the revenue lines to its \
                 total revenue.",
                self.year
            );
        }
        let gaps: Vec<String> = self
            .checks
            .iter()
            .filter(|c| !c.reconciles())
            .map(|c| {
                format!(
                    "{} sum to CHF {} thousand against CHF {} thousand in the plan (difference CHF {} thousand)",
                    c.label,
                    chf_k(c.computed),
                    chf_k(c.reference),
                    signed(c.difference())
                )
            })
            .collect();
        format!(
            "Finance totals do NOT reconcile with the financial plan for {}: {}.",
            self.year,
            gaps.join("; ")
        )
    }
}

fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", chf_k(d))
    } else {
        chf_k(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn check(computed: Decimal, reference: Decimal) -> Check {
        Check {
            label: "x".into(),
            computed,
            reference,
        }
    }

    #[test]
    fn a_check_reconciles_only_to_the_franc() {
        assert!(check(dec!(162000), dec!(162000)).reconciles());
        assert!(
            check(dec!(162000.0004), dec!(162000)).reconciles(),
            "0.4 francs rounds to zero"
        );
        assert!(
            !check(dec!(162000.001), dec!(162000)).reconciles(),
            "one franc does not"
        );
        assert_eq!(check(dec!(10), dec!(12.5)).difference(), dec!(-2.5));
    }

    #[test]
    fn the_sample_reconciles_and_a_missing_enabler_cost_does_not() {
        let mut input = crate::fixtures::sample();
        assert!(Reconciliation::new(&input).reconciles());
        input.finance.cost_by_node.retain(|c| c.level != NodeLevel::Enabler);
        let r = Reconciliation::new(&input);
        assert!(!r.reconciles());
        assert_eq!(r.checks[2].difference(), dec!(-30000));
        assert!(
            r.statement().contains("difference CHF -30,000 thousand"),
            "{}",
            r.statement()
        );
    }
}
