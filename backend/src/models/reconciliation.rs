//! Loads the [`Books`] of a plan — per biennium the adopted totals and the sums of the lines, per year
//! each unit's budget and allocations and the cost totals — for
//! [`stratrack_reports::reconcile::checks`], the one reconciliation rule the API, the pages and the
//! report share.

use crate::entities::plans;
use crate::models::{adopted_totals, cost, finance_rows, finance_totals};
use sea_orm::{ConnectionTrait, DbErr};
use std::collections::{BTreeMap, BTreeSet};
use stratrack_reports::reconcile::{BienniumBooks, Books, Totals, UnitBooks, YearBooks};

/// The books of `plan` for `year` and its biennium, or for every biennium and year that has lines,
/// adopted totals or allocations when `year` is `None`.
pub async fn books(db: &impl ConnectionTrait, plan: &plans::Model, year: Option<i32>) -> Result<Books, DbErr> {
    let holding = year.map(|y| finance_rows::biennium_of(y, plan.start_year));
    let mut lines: BTreeMap<String, Totals> = finance_totals::biennium_balances(db, plan.id)
        .await?
        .into_iter()
        .map(|b| {
            let t = Totals {
                revenue: b.revenue,
                expense: b.expense,
            };
            (b.biennium, t)
        })
        .collect();
    let adopted = adopted_totals::by_biennium(db, plan.id).await?;
    let mut names: BTreeSet<String> = lines.keys().chain(adopted.keys()).cloned().collect();
    if let Some(h) = &holding {
        names = BTreeSet::from([h.clone()]);
    }
    let bienniums = names
        .into_iter()
        .map(|b| BienniumBooks {
            adopted: adopted.get(&b).map(adopted_totals::totals),
            lines: lines.remove(&b).unwrap_or_default(),
            biennium: b,
        })
        .collect();

    let mut by_year: BTreeMap<i32, Vec<UnitBooks>> = BTreeMap::new();
    if let Some(y) = year {
        by_year.insert(y, Vec::new());
    }
    for c in finance_totals::allocation_reconciliation(db, plan.id).await? {
        if year.is_none_or(|y| y == c.year) {
            by_year.entry(c.year).or_default().push(UnitBooks {
                unit: c.unit_code,
                budget: c.budget,
                allocated: c.allocated,
            });
        }
    }
    let mut years = Vec::with_capacity(by_year.len());
    for (y, units) in by_year {
        let c = cost::load_year(db, plan.id, y).await?;
        years.push(YearBooks {
            year: y,
            expense: finance_totals::year_total(db, plan.id, y, "expense").await?,
            units,
            goals: c.goals,
            thematic_priorities: c.level_total("thematic_priority").normalize(),
            enablers: c.enablers,
        });
    }
    Ok(Books { bienniums, years })
}
