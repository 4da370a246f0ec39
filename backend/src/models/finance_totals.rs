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
