//! `GET /api/v1/plans/{plan}/finance/reconciliation`: does the money add up? Every check of
//! [`stratrack_reports::reconcile::checks`] — the rule the annual report prints — with its computed sum,
//! its independent reference and difference = computed − reference.

use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::plans::plan_by_code;
use crate::models::reconciliation;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{Path, State};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use stratrack_reports::reconcile::{self, Check};

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

/// `GET /api/v1/plans/{plan}/finance/reconciliation?year=Y`: every reconciliation check of year Y and its
/// biennium (or of the whole plan), each a computed sum against an independent reference, compared
/// exactly.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/reconciliation", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ReconciliationParams),
    responses((status = 200, body = Reconciliation)))]
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
    let books = reconciliation::books(&st.db, &plan, p.year).await?;
    let checks: Vec<CheckView> = reconcile::checks(&books).into_iter().map(CheckView::from).collect();
    Ok(axum::Json(Reconciliation {
        reconciled: checks.iter().all(|c| c.reconciles),
        plan: plan.code,
        year: p.year,
        checks,
    }))
}
