//! `/api/v1/plans/{plan}/finance/adopted-totals`: the total revenue and expense the financial plan adopts
//! for each biennium (Decision 5), a plan parameter the reconciliation compares the lines with. Everyone
//! reads; the admin sets them.

use crate::api::common::{ApiJson, Tagged, claimed_version};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::adopted_totals::{self, SetTotals};
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The totals adopted for one biennium, CHF thousands.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdoptedTotalsView {
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// Total revenue adopted.
    #[schema(value_type = String)]
    pub revenue: Decimal,
    /// Total expense adopted.
    #[schema(value_type = String)]
    pub expense: Decimal,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Source of the figures.
    pub source: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl From<&adopted_totals::AdoptedTotals> for AdoptedTotalsView {
    fn from(a: &adopted_totals::AdoptedTotals) -> Self {
        AdoptedTotalsView {
            biennium: a.biennium.clone(),
            revenue: a.revenue.to_decimal(),
            expense: a.expense.to_decimal(),
            provenance: a.provenance.clone(),
            source: a.source.clone(),
            version: a.version,
            updated_at: a.updated_at.to_utc(),
        }
    }
}

/// The adopted totals of a plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdoptedTotalsList {
    /// Plan code.
    pub plan: String,
    /// One entry per biennium that has totals, in order.
    pub items: Vec<AdoptedTotalsView>,
}

/// The totals adopted for a biennium. `revenue` and `expense` are required; `version` too when the
/// biennium already has totals.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetAdoptedTotals {
    /// The version read (or send `If-Match`); required to replace existing totals.
    pub version: Option<i32>,
    /// Total revenue, CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, example = "346000", max_length = 64)]
    pub revenue: Option<Decimal>,
    /// Total expense, CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, example = "346000", max_length = 64)]
    pub expense: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
    /// Source of the figures (e.g. the Decision 5 reference).
    #[schema(max_length = 2000)]
    pub source: Option<String>,
}

/// `GET /api/v1/plans/{plan}/finance/adopted-totals`: the totals adopted per biennium.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/adopted-totals", tag = "finance",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = AdoptedTotalsList)))]
pub async fn list_adopted_totals(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<axum::Json<AdoptedTotalsList>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let items = adopted_totals::by_biennium(&st.db, plan.id).await?;
    Ok(axum::Json(AdoptedTotalsList {
        plan: plan.code,
        items: items.values().map(AdoptedTotalsView::from).collect(),
    }))
}

/// `PUT /api/v1/plans/{plan}/finance/adopted-totals/{biennium}`: set the totals adopted for a biennium of
/// the plan (admin); replacing existing totals needs `version` or `If-Match`.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/finance/adopted-totals/{biennium}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"),
        ("biennium" = String, Path, description = "A biennium of the plan, e.g. `2028-2029`"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = SetAdoptedTotals,
    responses((status = 200, body = AdoptedTotalsView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn set_adopted_totals(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, biennium)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<SetAdoptedTotals>,
) -> AppResult<Tagged<AdoptedTotalsView>> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let version = (b.version.is_some() || headers.contains_key(header::IF_MATCH))
        .then(|| claimed_version(&headers, b.version))
        .transpose()?;
    let input = SetTotals {
        version,
        revenue: b.revenue,
        expense: b.expense,
        provenance: b.provenance,
        source: b.source,
    };
    let saved = adopted_totals::set(&st.db, &actor, &plan, &biennium, input).await?;
    Ok(Tagged(saved.version, AdoptedTotalsView::from(&saved)))
}
