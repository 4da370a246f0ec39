//! `/api/v1/plans/{plan}/finance/lines`: the Decision 5 financial plan, one line per year, unit, kind and
//! category. Everyone reads; only the Secretary-General's office writes.

use super::money::{self, CreateFinanceLine, MoneyListParams, UpdateFinanceLine};
use crate::api::common::{ApiJson, Page, Tagged};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::money::MoneyTable;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::MoneyView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

const T: MoneyTable = MoneyTable::Lines;

/// `GET /api/v1/plans/{plan}/finance/lines`: the plan's lines, filtered, sorted and paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/lines", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), MoneyListParams),
    responses((status = 200, body = Page<MoneyView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_finance_lines(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<MoneyListParams>,
) -> AppResult<axum::Json<Page<MoneyView>>> {
    authorize(&actor, Action::Read)?;
    Ok(axum::Json(money::list(&st, T, &code, p).await?))
}

/// `GET /api/v1/plans/{plan}/finance/lines/{id}`: one line, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/lines/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Line id")),
    responses((status = 200, body = MoneyView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_finance_line(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<Tagged<MoneyView>> {
    authorize(&actor, Action::Read)?;
    money::get(&st, T, &code, id).await
}

/// `POST /api/v1/plans/{plan}/finance/lines`: a new line (admin). The amount is ≥ 0, the category belongs
/// to the kind, the year lies in the plan and the biennium, and (plan, year, unit, kind, category) is
/// unique (409 otherwise).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/finance/lines", tag = "finance",
    params(("plan" = String, Path, description = "Plan code")), request_body = CreateFinanceLine,
    responses((status = 201, body = MoneyView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_finance_line(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(body): ApiJson<CreateFinanceLine>,
) -> AppResult<(StatusCode, Tagged<MoneyView>)> {
    crate::limits::enforce(&body)?;
    money::may_write(&actor, T)?;
    money::create(&st, &actor, T, &code, body).await
}

/// `PATCH /api/v1/plans/{plan}/finance/lines/{id}`: change a line (admin); needs `version` or `If-Match`.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/finance/lines/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Line id"),
        ("If-Match" = Option<String>, Header, description = "The version read, e.g. \"3\"")),
    request_body = UpdateFinanceLine,
    responses((status = 200, body = MoneyView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_finance_line(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateFinanceLine>,
) -> AppResult<Tagged<MoneyView>> {
    crate::limits::enforce(&body)?;
    money::may_write(&actor, T)?;
    money::update(&st, &actor, T, &code, id, &headers, body).await
}

/// `DELETE /api/v1/plans/{plan}/finance/lines/{id}`: remove a line (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/finance/lines/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Line id"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_finance_line(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    money::delete(&st, &actor, T, &code, id, &headers).await
}
