//! `GET /api/v1/plans/{plan}/finance/reconciliation`: does the money add up? Per unit and year, the
//! expense budget against what is allocated to results; per biennium, revenue against expense.

use crate::api::plans::plan_by_code;
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppError, AppResult, Problem};
use crate::models::finance;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{Path, State};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Query of the reconciliation.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReconciliationParams {
    /// Only this year's unit rows and the biennium holding it; every year when absent.
    pub year: Option<i32>,
}

/// One unit-year: expense budget against allocations.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UnitYearCheck {
    /// Org unit code.
    pub unit: String,
    /// Year.
    pub year: i32,
    /// Expense lines of the financial plan, CHF thousands.
    #[schema(value_type = String)]
    pub budget: Decimal,
    /// Sum of its allocations to results, CHF thousands.
    #[schema(value_type = String)]
    pub allocated: Decimal,
    /// budget − allocated.
    #[schema(value_type = String)]
    pub difference: Decimal,
    /// The difference is zero.
    pub reconciled: bool,
}

/// One biennium: revenue against expense.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct BienniumCheck {
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// Revenue lines, CHF thousands.
    #[schema(value_type = String)]
    pub revenue: Decimal,
    /// Expense lines, CHF thousands.
    #[schema(value_type = String)]
    pub expense: Decimal,
    /// revenue − expense.
    #[schema(value_type = String)]
    pub difference: Decimal,
    /// The difference is zero.
    pub reconciled: bool,
}

/// The reconciliation of a plan's finance.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Reconciliation {
    /// Plan code.
    pub plan: String,
    /// The year asked for, if any.
    pub year: Option<i32>,
    /// Every unit-year with a budget or allocations.
    pub units: Vec<UnitYearCheck>,
    /// Every biennium with lines.
    pub bienniums: Vec<BienniumCheck>,
    /// Every row above reconciles.
    pub reconciled: bool,
}

/// `GET /api/v1/plans/{plan}/finance/reconciliation?year=Y`: budget versus allocations per unit-year and
/// revenue versus expense per biennium, exactly.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/reconciliation", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ReconciliationParams),
    responses((status = 200, body = Reconciliation), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn get_reconciliation(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<ReconciliationParams>,
) -> AppResult<axum::Json<Reconciliation>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    if let Some(y) = p.year
        && !(plan.start_year..=plan.end_year).contains(&y)
    {
        return Err(AppError::field(
            "year",
            format!("{y} is outside the plan ({}-{})", plan.start_year, plan.end_year),
        ));
    }
    let units: Vec<UnitYearCheck> = finance::allocation_reconciliation(&st.db, plan.id)
        .await?
        .into_iter()
        .filter(|c| p.year.is_none_or(|y| c.year == y))
        .map(|c| UnitYearCheck {
            difference: (c.budget - c.allocated).normalize(),
            reconciled: c.budget == c.allocated,
            unit: c.unit_code,
            year: c.year,
            budget: c.budget,
            allocated: c.allocated,
        })
        .collect();
    let holding = p.year.map(|y| finance::biennium_of(y, plan.start_year));
    let bienniums: Vec<BienniumCheck> = finance::biennium_balances(&st.db, plan.id)
        .await?
        .into_iter()
        .filter(|b| holding.as_ref().is_none_or(|h| &b.biennium == h))
        .map(|b| BienniumCheck {
            difference: (b.revenue - b.expense).normalize(),
            reconciled: b.revenue == b.expense,
            biennium: b.biennium,
            revenue: b.revenue,
            expense: b.expense,
        })
        .collect();
    let reconciled = units.iter().all(|u| u.reconciled) && bienniums.iter().all(|b| b.reconciled);
    Ok(axum::Json(Reconciliation {
        plan: plan.code,
        year: p.year,
        units,
        bienniums,
        reconciled,
    }))
}
