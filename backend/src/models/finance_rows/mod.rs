//! Financial-plan lines and execution actuals: two tables of one shape (plan, biennium, year, unit, kind,
//! category, amount in CHF thousands), handled by one set of use cases chosen by [`FinanceTable`]. The
//! tables differ only in who may write: lines are the admin's, actuals are also their unit's planner's.
//!
//! Here: the vocabulary of a row (kinds, categories, provenances, bienniums) and the rules it must
//! satisfy ([`check`]); the queries on either table in [`store`]; reading in [`read`]; creating,
//! changing and deleting (each audited in its transaction) in [`write`].

pub mod read;
pub mod store;
pub mod write;

pub use read::{MoneyListParams, Only, all, get, list};
pub use store::{FinanceFilter, FinanceRow};
pub use write::{CreateFinanceLine, UpdateFinanceLine, create, delete, update};

use crate::auth::Actor;
use crate::error::{AppResult, FieldError, Said};
use crate::fixed::Fixed;
use crate::policy::{Action, authorize};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

/// Which of the two tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinanceTable {
    /// `finance_lines`: the Decision 5 financial plan.
    Lines,
    /// `finance_actuals`: execution per year.
    Actuals,
}

impl FinanceTable {
    /// The entity type written to the audit log.
    pub fn entity_type(self) -> &'static str {
        match self {
            FinanceTable::Lines => "finance_line",
            FinanceTable::Actuals => "finance_actual",
        }
    }

    /// What a row is called in messages.
    pub fn what(self, id: i32, plan: &str) -> crate::error::Said {
        let key = match self {
            FinanceTable::Lines => "said-what-finance-line",
            FinanceTable::Actuals => "said-what-finance-actual",
        };
        crate::error::Said::new(key, [("id", i64::from(id).into()), ("plan", plan.into())])
    }

    /// What row `id` of this table is called in a stale version's refusal (`financial plan line 7`).
    pub fn what_id(self, id: i32) -> crate::error::Said {
        let key = match self {
            FinanceTable::Lines => "said-what-finance-line-id",
            FinanceTable::Actuals => "said-what-finance-actual-id",
        };
        crate::error::Said::new(key, [("id", i64::from(id).into())])
    }
}

/// May `actor` write rows of table `t` for some unit at all? Asked before the body is read, so a reviewer
/// is refused whatever they send. For actuals this asks about the actor's own unit; the unit of the row
/// itself is checked by [`may_write_unit`].
pub fn may_write(actor: &Actor, t: FinanceTable) -> AppResult<()> {
    match t {
        FinanceTable::Lines => authorize(actor, Action::Administer),
        FinanceTable::Actuals => authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1))),
    }
}

/// May `actor` write a row of table `t` that belongs to unit `unit_id`?
pub fn may_write_unit(actor: &Actor, t: FinanceTable, unit_id: i32) -> AppResult<()> {
    match t {
        FinanceTable::Lines => authorize(actor, Action::Administer),
        FinanceTable::Actuals => authorize(actor, Action::WriteUnit(unit_id)),
    }
}

/// A row as published (and audited): its plan and unit named by code, its amount exact. The API shows
/// it as `MoneyView`.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = MoneyView, description = "A financial-plan line or an execution actual.")]
pub struct FinanceEntry {
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

impl FinanceEntry {
    /// The entry of `r`, with its plan and unit codes.
    pub fn new(r: &FinanceRow, plan: &str, unit: &str) -> Self {
        FinanceEntry {
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

/// Every category of a financial-plan line.
pub const CATEGORIES: &[&str] = &[
    "assessed_contributions",
    "cost_recovery",
    "interest_and_other",
    "reserve_account",
    "staff",
    "non_staff",
];

/// Revenue categories (Decision 5).
pub const REVENUE: &[&str] = &[
    "assessed_contributions",
    "cost_recovery",
    "interest_and_other",
    "reserve_account",
];

/// Expense categories.
pub const EXPENSE: &[&str] = &["staff", "non_staff"];

/// The provenance values a row may carry.
pub const PROVENANCES: &[&str] = &["verified", "verified-2nd", "illustrative", "entered"];

/// Checks that `category` belongs to `kind` (revenue or expense).
pub fn check_category(kind: &str, category: &str) -> Result<(), Said> {
    let ok = match kind {
        "revenue" => REVENUE.contains(&category),
        "expense" => EXPENSE.contains(&category),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Said::new(
            "said-not-a-category",
            [("category", category.into()), ("kind", kind.into())],
        ))
    }
}

/// The two years of a biennium written `YYYY-YYYY`, which must be consecutive; `None` otherwise.
pub fn biennium_years(b: &str) -> Option<(i32, i32)> {
    let (a, z) = b.split_once('-')?;
    let digits = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(z) {
        return None;
    }
    let (a, z): (i32, i32) = (a.parse().ok()?, z.parse().ok()?);
    (z == a + 1).then_some((a, z))
}

/// The biennium of `year` in a plan whose first biennium starts in `plan_start` (2028 → `2028-2029`,
/// 2031 → `2030-2031`).
pub fn biennium_of(year: i32, plan_start: i32) -> String {
    let first = year - (year - plan_start).rem_euclid(2);
    format!("{first}-{}", first + 1)
}

/// Every rule a row must satisfy on its own, for a plan running `start..=end`; returns every broken one.
/// (Uniqueness needs the database and is checked by [`write`].)
pub fn check(r: &FinanceRow, start: i32, end: i32) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
    if !["revenue", "expense"].contains(&r.kind.as_str()) {
        bad("kind", Said::new("said-revenue-or-expense", []).into());
    } else if let Err(e) = check_category(&r.kind, &r.category) {
        bad("category", e.into());
    }
    if !(start..=end).contains(&r.year) {
        bad(
            "year",
            crate::models::checks::outside_the_plan(r.year.to_string(), start, end),
        );
    }
    match biennium_years(&r.biennium) {
        None => bad("biennium", Said::new("said-biennium-form", []).into()),
        Some((a, b)) if a < start || b > end => {
            bad(
                "biennium",
                crate::models::checks::outside_the_plan(r.biennium.clone(), start, end),
            );
        }
        Some((a, b)) if r.year != a && r.year != b => {
            bad(
                "year",
                Said::new(
                    "said-not-in-biennium",
                    [
                        ("year", r.year.to_string().into()),
                        ("biennium", r.biennium.as_str().into()),
                    ],
                )
                .into(),
            );
        }
        Some(_) => {}
    }
    if r.amount < Fixed::ZERO {
        bad("amount", Said::not_negative().into());
    }
    if !PROVENANCES.contains(&r.provenance.as_str()) {
        bad("provenance", Said::one_of(PROVENANCES).into());
    }
    errs
}

#[cfg(test)]
mod biennium_tests {
    use super::*;

    #[test]
    fn a_biennium_is_two_consecutive_years() {
        assert_eq!(biennium_years("2028-2029"), Some((2028, 2029)));
        assert_eq!(biennium_years("2028-2030"), None);
        assert_eq!(biennium_years("2028/2029"), None);
        assert_eq!(biennium_years("28-29"), None);
    }

    #[test]
    fn a_year_falls_in_the_biennium_counted_from_the_plan_start() {
        assert_eq!(biennium_of(2028, 2028), "2028-2029");
        assert_eq!(biennium_of(2029, 2028), "2028-2029");
        assert_eq!(biennium_of(2031, 2028), "2030-2031");
    }
}
