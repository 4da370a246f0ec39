//! Sums over the financial plan's lines and the budget allocations, computed in SQL exactly: the balance
//! of each biennium, each unit-year's budget against its allocations, a year's total of a kind. The lines
//! themselves (rows, rules, use cases) are in [`super::finance_rows`].

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

/// The lines a unit's budget is made of: the expense lines of plan `plan_id`. A unit-year's budget is
/// their sum over that unit and year (the one definition the reconciliation, the allocation rule and
/// the allocations page use).
fn budget_lines(plan_id: i32) -> sea_orm::Select<finance_lines::Entity> {
    finance_lines::Entity::find()
        .select_only()
        .filter(finance_lines::Column::PlanId.eq(plan_id))
        .filter(finance_lines::Column::Kind.eq("expense"))
}

/// The allocations of plan `plan_id`.
fn allocations(plan_id: i32) -> sea_orm::Select<budget_allocations::Entity> {
    budget_allocations::Entity::find()
        .select_only()
        .filter(budget_allocations::Column::PlanId.eq(plan_id))
}

/// One unit-year's expense budget and what its allocations add up to, summed in SQL exactly (inside a
/// write's transaction, the allocations as that transaction sees them).
pub async fn unit_year(
    db: &impl ConnectionTrait,
    plan_id: i32,
    unit_id: i32,
    year: i32,
) -> Result<(Decimal, Decimal), DbErr> {
    let budget: Option<Option<i64>> = budget_lines(plan_id)
        .column_as(sum_of(finance_lines::Column::Amount), "total")
        .filter(finance_lines::Column::OrgUnitId.eq(unit_id))
        .filter(finance_lines::Column::Year.eq(year))
        .into_tuple()
        .one(db)
        .await?;
    let allocated: Option<Option<i64>> = allocations(plan_id)
        .column_as(sum_of(budget_allocations::Column::Amount), "total")
        .filter(budget_allocations::Column::OrgUnitId.eq(unit_id))
        .filter(budget_allocations::Column::Year.eq(year))
        .into_tuple()
        .one(db)
        .await?;
    let exact = |t: Option<Option<i64>>| Fixed::from_raw(t.flatten().unwrap_or(0)).to_decimal();
    Ok((exact(budget), exact(allocated)))
}

/// Budget versus allocations per unit and year, for every unit-year that has either.
pub async fn allocation_reconciliation(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<AllocationCheck>, DbErr> {
    let budgets: Vec<(i32, i32, Option<i64>)> = budget_lines(plan_id)
        .column(finance_lines::Column::OrgUnitId)
        .column(finance_lines::Column::Year)
        .column_as(sum_of(finance_lines::Column::Amount), "total")
        .group_by(finance_lines::Column::OrgUnitId)
        .group_by(finance_lines::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    let allocs: Vec<(i32, i32, Option<i64>)> = allocations(plan_id)
        .column(budget_allocations::Column::OrgUnitId)
        .column(budget_allocations::Column::Year)
        .column_as(sum_of(budget_allocations::Column::Amount), "total")
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

/// Execution below this share of the plan is flagged as low (50 %).
pub const LOW_EXECUTION: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// Why an execution rate stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutionFlag {
    /// More was spent (or collected) than planned: above 100 %.
    Above,
    /// Less than [`LOW_EXECUTION`] of the plan.
    Low,
}

/// Execution rate = actual ÷ plan, exact; `None` without a plan amount or an actual.
pub fn execution_rate(plan: Decimal, actual: Option<Decimal>) -> Option<Decimal> {
    actual.filter(|_| !plan.is_zero()).map(|a| a / plan)
}

/// The flag of an execution `rate`, if it is above 100 % or below [`LOW_EXECUTION`].
pub fn execution_flag(rate: Decimal) -> Option<ExecutionFlag> {
    if rate > Decimal::ONE {
        Some(ExecutionFlag::Above)
    } else if rate < LOW_EXECUTION {
        Some(ExecutionFlag::Low)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn execution_is_flagged_above_a_hundred_and_below_fifty_percent_only() {
        assert_eq!(LOW_EXECUTION, dec!(0.5));
        assert_eq!(execution_rate(dec!(200), Some(dec!(150))), Some(dec!(0.75)));
        assert_eq!(execution_rate(dec!(0), Some(dec!(150))), None);
        assert_eq!(execution_rate(dec!(200), None), None);
        assert_eq!(execution_flag(dec!(1)), None, "exactly the plan");
        assert_eq!(execution_flag(dec!(1.0001)), Some(ExecutionFlag::Above));
        assert_eq!(execution_flag(dec!(0.5)), None, "exactly the threshold");
        assert_eq!(execution_flag(dec!(0.4999)), Some(ExecutionFlag::Low));
    }
}
