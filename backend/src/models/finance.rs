//! The financial plan: categories per kind of line.

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

/// Checks that `category` belongs to `kind` (revenue or expense).
pub fn check_category(kind: &str, category: &str) -> Result<(), String> {
    let ok = match kind {
        "revenue" => REVENUE.contains(&category),
        "expense" => EXPENSE.contains(&category),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("`{category}` is not a {kind} category"))
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

use crate::entities::{budget_allocations, finance_lines};
use crate::fixed::{Fixed, sum_of};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::BTreeMap;

/// Revenue and expense of one biennium of a plan's financial plan (CHF thousands).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BienniumBalance {
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// Total revenue.
    pub revenue: Decimal,
    /// Total expense.
    pub expense: Decimal,
}

/// Totals per biennium and kind, summed in SQL exactly.
pub async fn biennium_balances(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<BienniumBalance>, DbErr> {
    let rows: Vec<(String, String, Option<i64>)> = finance_lines::Entity::find()
        .select_only()
        .column(finance_lines::Column::Biennium)
        .column(finance_lines::Column::Kind)
        .column_as(sum_of(finance_lines::Column::Amount), "total")
        .filter(finance_lines::Column::PlanId.eq(plan_id))
        .group_by(finance_lines::Column::Biennium)
        .group_by(finance_lines::Column::Kind)
        .order_by_asc(finance_lines::Column::Biennium)
        .into_tuple()
        .all(db)
        .await?;
    let mut out: BTreeMap<String, BienniumBalance> = BTreeMap::new();
    for (b, kind, total) in rows {
        let e = out.entry(b.clone()).or_insert(BienniumBalance {
            biennium: b,
            revenue: Decimal::ZERO,
            expense: Decimal::ZERO,
        });
        let v = Fixed::from_raw(total.unwrap_or(0)).to_decimal();
        if kind == "revenue" {
            e.revenue = v;
        } else {
            e.expense = v;
        }
    }
    Ok(out.into_values().collect())
}

/// One unit-year: its expense budget and what is allocated to results.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AllocationCheck {
    /// Org unit code.
    pub unit_code: String,
    /// Year.
    pub year: i32,
    /// Expense budget in the financial plan.
    pub budget: Decimal,
    /// Sum of its allocations to outputs, thematic priorities and enablers.
    pub allocated: Decimal,
}

/// Budget versus allocations per unit and year, for every unit-year that has either.
pub async fn allocation_reconciliation(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<AllocationCheck>, DbErr> {
    let budgets: Vec<(i32, i32, Option<i64>)> = finance_lines::Entity::find()
        .select_only()
        .column(finance_lines::Column::OrgUnitId)
        .column(finance_lines::Column::Year)
        .column_as(sum_of(finance_lines::Column::Amount), "total")
        .filter(finance_lines::Column::PlanId.eq(plan_id))
        .filter(finance_lines::Column::Kind.eq("expense"))
        .group_by(finance_lines::Column::OrgUnitId)
        .group_by(finance_lines::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    let allocs: Vec<(i32, i32, Option<i64>)> = budget_allocations::Entity::find()
        .select_only()
        .column(budget_allocations::Column::OrgUnitId)
        .column(budget_allocations::Column::Year)
        .column_as(sum_of(budget_allocations::Column::Amount), "total")
        .filter(budget_allocations::Column::PlanId.eq(plan_id))
        .group_by(budget_allocations::Column::OrgUnitId)
        .group_by(budget_allocations::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    let units = super::units::codes(db).await?;
    let mut map: BTreeMap<(String, i32), (Decimal, Decimal)> = BTreeMap::new();
    for (u, y, t) in budgets {
        map.entry((units[&u].clone(), y)).or_default().0 = Fixed::from_raw(t.unwrap_or(0)).to_decimal();
    }
    for (u, y, t) in allocs {
        map.entry((units[&u].clone(), y)).or_default().1 = Fixed::from_raw(t.unwrap_or(0)).to_decimal();
    }
    Ok(map
        .into_iter()
        .map(|((unit_code, year), (budget, allocated))| AllocationCheck {
            unit_code,
            year,
            budget,
            allocated,
        })
        .collect())
}

/// Total of the `kind` (revenue or expense) lines of plan `plan_id` in `year`, summed in SQL exactly.
pub async fn year_total(db: &impl ConnectionTrait, plan_id: i32, year: i32, kind: &str) -> Result<Decimal, DbErr> {
    let total: Option<Option<i64>> = finance_lines::Entity::find()
        .select_only()
        .column_as(sum_of(finance_lines::Column::Amount), "total")
        .filter(finance_lines::Column::PlanId.eq(plan_id))
        .filter(finance_lines::Column::Year.eq(year))
        .filter(finance_lines::Column::Kind.eq(kind))
        .into_tuple()
        .one(db)
        .await?;
    Ok(Fixed::from_raw(total.flatten().unwrap_or(0)).to_decimal())
}
