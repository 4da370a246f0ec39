//! Reconciliation of the finance figures: every check compares a sum with an independent reference, so
//! that each check can fail. [`checks`] is the one function the report, the API and the pages use.
//!
//! The checks, for each biennium and each year of the [`Books`]:
//! 1. the revenue lines of a biennium against the total revenue the financial plan adopted for it
//!    (Decision 5), and the same for expense;
//! 2. the revenue lines of a biennium against its expense lines (Decision 5 balances the budget);
//! 3. each unit's allocations to results in a year against its expense budget (its expense lines);
//! 4. the cost by strategic goal plus enablers, and the cost by thematic priority plus enablers,
//!    against the year's expense lines.
//!
//! Sign: **difference = computed − reference**, everywhere; a check reconciles when the two are
//! exactly equal (no rounding before the comparison).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::format::chf_k;
use crate::words::Words;
use stratrack_i18n::Arg;

/// Revenue and expense, CHF thousands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Revenue.
    pub revenue: Decimal,
    /// Expense.
    pub expense: Decimal,
}

/// One biennium of the books.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BienniumBooks {
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// The totals adopted for the biennium (a plan parameter, Decision 5); `None` when not set.
    pub adopted: Option<Totals>,
    /// The sums of the biennium's financial-plan lines.
    pub lines: Totals,
}

/// One unit in one year: its expense budget and its allocations to results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitBooks {
    /// Org unit code.
    pub unit: String,
    /// The unit's expense lines of the year.
    pub budget: Decimal,
    /// The unit's allocations of the year to outputs, thematic priorities and enablers.
    pub allocated: Decimal,
}

/// One year of the books.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearBooks {
    /// The year.
    pub year: i32,
    /// The year's expense lines, all units.
    pub expense: Decimal,
    /// Every unit with a budget or allocations in the year, by code.
    pub units: Vec<UnitBooks>,
    /// Cost of the strategic goals (through contribution weights).
    pub goals: Decimal,
    /// Cost of the thematic priorities.
    pub thematic_priorities: Decimal,
    /// Allocations to enablers.
    pub enablers: Decimal,
}

/// The sums the checks compare, for some bienniums and years.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Books {
    /// Bienniums, in order.
    pub bienniums: Vec<BienniumBooks>,
    /// Years, in order.
    pub years: Vec<YearBooks>,
}

/// What a check compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// A biennium's revenue lines against its adopted revenue.
    AdoptedRevenue,
    /// A biennium's expense lines against its adopted expense.
    AdoptedExpense,
    /// A biennium's revenue lines against its expense lines.
    Balance,
    /// A unit's allocations against its expense budget, in a year.
    UnitAllocations,
    /// Cost by strategic goal plus enablers against the year's expense lines.
    CostByGoal,
    /// Cost by thematic priority plus enablers against the year's expense lines.
    CostByThematicPriority,
}

impl CheckKind {
    /// The machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AdoptedRevenue => "adopted_revenue",
            Self::AdoptedExpense => "adopted_expense",
            Self::Balance => "balance",
            Self::UnitAllocations => "unit_allocations",
            Self::CostByGoal => "cost_by_goal",
            Self::CostByThematicPriority => "cost_by_thematic_priority",
        }
    }
}

/// One comparison of a computed sum with an independent reference (CHF thousands).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What is compared.
    pub kind: CheckKind,
    /// The biennium (`2028-2029`) or the year (`2028`) checked.
    pub period: String,
    /// The org unit, for [`CheckKind::UnitAllocations`].
    pub unit: Option<String>,
    /// What was summed, e.g. `Expense lines 2028-2029`.
    pub label: String,
    /// What it is compared with, e.g. `expense adopted for 2028-2029 (Decision 5)`.
    pub against: String,
    /// The computed sum.
    pub computed: Decimal,
    /// The reference; `None` when it is not set (the check then fails).
    pub reference: Option<Decimal>,
}

impl Check {
    /// computed − reference; `None` without a reference.
    pub fn difference(&self) -> Option<Decimal> {
        self.reference.map(|r| (self.computed - r).normalize())
    }

    /// True when computed and reference are exactly equal.
    pub fn reconciles(&self) -> bool {
        self.reference == Some(self.computed)
    }

    /// What the check sums and what it is compared with ([`Check::label`], [`Check::against`]) in `w`'s
    /// language: the report's finance section, and the tables' values in form
    /// [`crate::input::FORM_VERSIONS`] and later. English is the check's own text.
    pub fn texts_in(&self, w: Words) -> (String, String) {
        let kind = match self.kind {
            CheckKind::AdoptedRevenue => "adopted-revenue",
            CheckKind::AdoptedExpense => "adopted-expense",
            CheckKind::Balance => "balance",
            CheckKind::UnitAllocations => "unit-allocations",
            CheckKind::CostByGoal => "cost-goal",
            CheckKind::CostByThematicPriority => "cost-priority",
        };
        let args = [
            ("period", Arg::from(&self.period)),
            ("unit", Arg::from(self.unit.as_deref().unwrap_or(""))),
        ];
        (
            w.t_with(&format!("report-check-{kind}"), self.label.clone(), &args),
            w.t_with(&format!("report-check-{kind}-against"), self.against.clone(), &args),
        )
    }
}

/// Every check of `books`: per biennium (adopted revenue, adopted expense, balance), then per year (each
/// unit's allocations, cost by goal, cost by thematic priority).
pub fn checks(books: &Books) -> Vec<Check> {
    let mut out = Vec::new();
    for b in &books.bienniums {
        out.extend(biennium_checks(b));
    }
    for y in &books.years {
        out.extend(year_checks(y));
    }
    out
}

/// The checks of one biennium: revenue and expense lines against the adopted totals, and the balance.
fn biennium_checks(b: &BienniumBooks) -> [Check; 3] {
    let p = &b.biennium;
    let check = |kind, label: String, against: String, computed, reference| Check {
        kind,
        period: p.clone(),
        unit: None,
        label,
        against,
        computed,
        reference,
    };
    [
        check(
            CheckKind::AdoptedRevenue,
            format!("Revenue lines {p}"),
            format!("revenue adopted for {p} (Decision 5)"),
            b.lines.revenue,
            b.adopted.map(|a| a.revenue),
        ),
        check(
            CheckKind::AdoptedExpense,
            format!("Expense lines {p}"),
            format!("expense adopted for {p} (Decision 5)"),
            b.lines.expense,
            b.adopted.map(|a| a.expense),
        ),
        check(
            CheckKind::Balance,
            format!("Revenue lines {p}"),
            format!("expense lines {p} (balanced budget)"),
            b.lines.revenue,
            Some(b.lines.expense),
        ),
    ]
}

/// The checks of one year: each unit's allocations against its budget, then the cost by goal and by
/// thematic priority (each with enablers) against the expense lines.
fn year_checks(y: &YearBooks) -> Vec<Check> {
    let year = y.year;
    let mut out: Vec<Check> = y
        .units
        .iter()
        .map(|u| Check {
            kind: CheckKind::UnitAllocations,
            period: year.to_string(),
            unit: Some(u.unit.clone()),
            label: format!("Allocations of {} to results {year}", u.unit),
            against: format!("expense budget of {} {year}", u.unit),
            computed: u.allocated,
            reference: Some(u.budget),
        })
        .collect();
    for (kind, what, cost) in [
        (CheckKind::CostByGoal, "strategic goal", y.goals),
        (
            CheckKind::CostByThematicPriority,
            "thematic priority",
            y.thematic_priorities,
        ),
    ] {
        out.push(Check {
            kind,
            period: year.to_string(),
            unit: None,
            label: format!("Cost by {what} plus enablers {year}"),
            against: format!("expense lines {year}"),
            computed: cost + y.enablers,
            reference: Some(y.expense),
        });
    }
    out
}

/// The reconciliation the report shows for year Y: the checks of its books.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciliation {
    /// Reporting year.
    pub year: i32,
    /// The checks, in report order.
    pub checks: Vec<Check>,
}

impl Reconciliation {
    /// The checks of `books` for `year`.
    pub fn new(year: i32, books: &Books) -> Self {
        Reconciliation {
            year,
            checks: checks(books),
        }
    }

    /// True when every check reconciles (and there is at least one).
    pub fn reconciles(&self) -> bool {
        !self.checks.is_empty() && self.checks.iter().all(Check::reconciles)
    }

    /// The sentence the report prints.
    pub fn statement(&self) -> String {
        if self.checks.is_empty() {
            return format!("No finance figures to reconcile for {}.", self.year);
        }
        if self.reconciles() {
            return format!(
                "Finance reconciles exactly for {}: the revenue and expense lines of the biennium equal the \
                 totals adopted in the financial plan (Decision 5) and balance each other; each unit's \
                 allocations to results equal its expense budget; and the cost by strategic goal and the cost \
                 by thematic priority (each with enablers) equal the year's expense lines.",
                self.year
            );
        }
        let gaps: Vec<String> = self
            .checks
            .iter()
            .filter(|c| !c.reconciles())
            .map(|c| match (c.reference, c.difference()) {
                (Some(r), Some(d)) => format!(
                    "{}: CHF {} thousand against CHF {} thousand, the {} (difference CHF {} thousand)",
                    c.label,
                    chf_k(c.computed),
                    chf_k(r),
                    c.against,
                    signed(d)
                ),
                _ => format!(
                    "{}: CHF {} thousand, but no {} is set",
                    c.label,
                    chf_k(c.computed),
                    c.against
                ),
            })
            .collect();
        format!(
            "Finance does NOT reconcile for {} (difference = computed − reference): {}.",
            self.year,
            gaps.join("; ")
        )
    }
}

/// A difference with its sign: `+1.25`, `-0.005`, `0`.
pub fn signed(d: Decimal) -> String {
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

    fn books() -> Books {
        let totals = Totals {
            revenue: dec!(100),
            expense: dec!(100),
        };
        Books {
            bienniums: vec![BienniumBooks {
                biennium: "2028-2029".into(),
                adopted: Some(totals),
                lines: totals,
            }],
            years: vec![YearBooks {
                year: 2028,
                expense: dec!(50),
                units: vec![UnitBooks {
                    unit: "BR".into(),
                    budget: dec!(50),
                    allocated: dec!(50),
                }],
                goals: dec!(40),
                thematic_priorities: dec!(40),
                enablers: dec!(10),
            }],
        }
    }

    fn find(r: &Reconciliation, kind: CheckKind) -> &Check {
        r.checks.iter().find(|c| c.kind == kind).expect("check")
    }

    #[test]
    fn balanced_books_reconcile_in_every_check() {
        let r = Reconciliation::new(2028, &books());
        assert_eq!(r.checks.len(), 6);
        assert!(r.reconciles(), "{}", r.statement());
    }

    #[test]
    fn lines_that_differ_from_the_adopted_totals_do_not_reconcile() {
        let mut b = books();
        b.bienniums[0].adopted = Some(Totals {
            revenue: dec!(100),
            expense: dec!(100.0004),
        });
        let r = Reconciliation::new(2028, &b);
        let c = find(&r, CheckKind::AdoptedExpense);
        assert!(!c.reconciles(), "compared exactly, not to the franc");
        assert_eq!(c.difference(), Some(dec!(-0.0004)), "computed − reference");
        assert!(r.statement().contains("Finance does NOT reconcile for 2028"));
        b.bienniums[0].adopted = None;
        let r = Reconciliation::new(2028, &b);
        assert!(
            !find(&r, CheckKind::AdoptedRevenue).reconciles(),
            "no adopted total, no reconciliation"
        );
        assert!(
            r.statement()
                .contains("no revenue adopted for 2028-2029 (Decision 5) is set")
        );
    }

    #[test]
    fn a_unit_allocating_more_than_its_budget_shows_a_positive_difference() {
        let mut b = books();
        b.years[0].units[0].allocated = dec!(51.25);
        let r = Reconciliation::new(2028, &b);
        let c = find(&r, CheckKind::UnitAllocations);
        assert_eq!((c.difference(), c.reconciles()), (Some(dec!(1.25)), false));
        assert!(
            r.statement()
                .contains("Allocations of BR to results 2028: CHF 51.25 thousand against CHF 50")
        );
        assert!(
            r.statement().contains("difference CHF +1.25 thousand"),
            "{}",
            r.statement()
        );
    }

    #[test]
    fn a_missing_enabler_cost_breaks_both_cost_checks() {
        let mut b = books();
        b.years[0].enablers = Decimal::ZERO;
        let r = Reconciliation::new(2028, &b);
        assert_eq!(find(&r, CheckKind::CostByGoal).difference(), Some(dec!(-10)));
        assert!(!find(&r, CheckKind::CostByThematicPriority).reconciles());
    }
}
