//! Loads the [`Books`] of a plan — per biennium the adopted totals and the sums of the lines, per year
//! each unit's budget and allocations and the cost totals — for
//! [`stratrack_reports::reconcile::checks`], the one reconciliation rule the API, the pages and the
//! report share.

use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult};
use crate::models::plans::plan_by_code;
use crate::models::{adopted_totals, cost, finance_rows, finance_totals};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DbErr};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use stratrack_reports::reconcile::{self, Check};
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

/// Query of the reconciliation.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReconciliationParams {
    /// Only this year's checks and those of the biennium holding it; every year and biennium when absent.
    pub year: Option<i32>,
}

/// One check: a computed sum against an independent reference, CHF thousands.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CheckView {
    /// What is compared: `adopted_revenue` and `adopted_expense` (a biennium's lines against the totals
    /// adopted for it, Decision 5), `balance` (a biennium's revenue lines against its expense lines),
    /// `unit_allocations` (a unit's allocations to results against its expense budget, in a year),
    /// `cost_by_goal` and `cost_by_thematic_priority` (cost by goal, or by thematic priority, plus
    /// enablers against the year's expense lines).
    pub check: String,
    /// The biennium (`2028-2029`) or the year (`2028`) checked.
    pub period: String,
    /// The org unit, for `unit_allocations`.
    pub unit: Option<String>,
    /// What was summed.
    pub label: String,
    /// What it is compared with.
    pub against: String,
    /// The computed sum.
    #[schema(value_type = String)]
    pub computed: Decimal,
    /// The reference; `null` when it is not set (e.g. no adopted totals), and the check then fails.
    #[schema(value_type = Option<String>)]
    pub reference: Option<Decimal>,
    /// computed − reference (positive: the sum exceeds its reference, e.g. a unit allocating more than its
    /// budget); `null` without a reference.
    #[schema(value_type = Option<String>)]
    pub difference: Option<Decimal>,
    /// computed = reference exactly (no rounding).
    pub reconciles: bool,
}

impl From<Check> for CheckView {
    fn from(c: Check) -> Self {
        CheckView {
            check: c.kind.as_str().to_owned(),
            difference: c.difference(),
            reconciles: c.reconciles(),
            period: c.period,
            unit: c.unit,
            label: c.label,
            against: c.against,
            computed: c.computed.normalize(),
            reference: c.reference.map(|r| r.normalize()),
        }
    }
}

/// The reconciliation of a plan's finance.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Reconciliation {
    /// Plan code.
    pub plan: String,
    /// The year asked for, if any.
    pub year: Option<i32>,
    /// Per biennium: adopted revenue, adopted expense, balance; then per year: each unit's allocations,
    /// cost by goal, cost by thematic priority. Difference = computed − reference.
    pub checks: Vec<CheckView>,
    /// Every check reconciles.
    pub reconciled: bool,
}

/// Every reconciliation check of plan `code` for `year` and its biennium (or the whole plan), each a
/// computed sum against an independent reference, compared exactly (any signed-in reader).
pub async fn report(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    year: Option<i32>,
) -> AppResult<Reconciliation> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    if let Some(y) = year
        && !(plan.start_year..=plan.end_year).contains(&y)
    {
        return Err(AppError::field(
            "year",
            crate::models::checks::outside_the_plan(y.to_string(), plan.start_year, plan.end_year),
        ));
    }
    let books = books(db, &plan, year).await?;
    let checks: Vec<CheckView> = reconcile::checks(&books).into_iter().map(CheckView::from).collect();
    Ok(Reconciliation {
        reconciled: checks.iter().all(|c| c.reconciles),
        plan: plan.code,
        year,
        checks,
    })
}
