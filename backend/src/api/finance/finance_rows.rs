//! `/api/v1/plans/{plan}/finance/lines` and `/finance/actuals`: the Decision 5 financial plan (one line per
//! year, unit, kind and category) and its execution (one actual per the same key). One door serves both
//! tables: [`finance_rows_door`] writes the five handlers once and is given, per table, its paths, its
//! handler names and the words of its documentation; the use cases are
//! [`crate::models::finance_rows`], chosen by [`FinanceTable`]. Everyone reads; only the
//! Secretary-General's office writes lines; a planner creates and updates the actuals of their own unit,
//! the admin any; only the admin deletes.

use crate::api::common::if_match;
use crate::api::common::{ApiJson, Page, Tagged};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::finance_rows::{self, CreateFinanceLine, FinanceTable, MoneyListParams, UpdateFinanceLine};
use crate::state::AppState;
use crate::views::finance::MoneyView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

/// The five handlers of one table: `$t` the table, `$list` and `$item` its paths, `$id` the description
/// of its id, then each handler's name after its documentation (which becomes its OpenAPI summary).
macro_rules! finance_rows_door {
    (
        $t:expr, $list_path:tt, $item_path:tt, $id:tt,
        $(#[doc = $ld:tt])* list $list:ident;
        $(#[doc = $gd:tt])* get $get:ident;
        $(#[doc = $cd:tt])* create $create:ident;
        $(#[doc = $ud:tt])* update $update:ident;
        $(#[doc = $dd:tt])* delete $delete:ident;
    ) => {
        $(#[doc = $ld])*
        #[utoipa::path(get, path = $list_path, tag = "finance",
            params(("plan" = String, Path, description = "Plan code"), MoneyListParams),
            responses((status = 200, body = Page<MoneyView>)))]
        pub async fn $list(
            actor: Actor,
            State(st): State<AppState>,
            Path(code): Path<String>,
            ApiQuery(p): ApiQuery<MoneyListParams>,
        ) -> AppResult<axum::Json<Page<MoneyView>>> {
            let page = finance_rows::list(&st.db, &actor, $t, &code, p).await?;
            Ok(axum::Json(page))
        }

        $(#[doc = $gd])*
        #[utoipa::path(get, path = $item_path, tag = "finance",
            params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = $id)),
            responses((status = 200, body = MoneyView)))]
        pub async fn $get(
            actor: Actor,
            State(st): State<AppState>,
            Path((code, id)): Path<(String, i32)>,
        ) -> AppResult<Tagged<MoneyView>> {
            let e = finance_rows::get(&st.db, &actor, $t, &code, id).await?;
            Ok(Tagged(e.version, e))
        }

        $(#[doc = $cd])*
        #[utoipa::path(post, path = $list_path, tag = "finance",
            params(("plan" = String, Path, description = "Plan code")), request_body = CreateFinanceLine,
            responses((status = 201, body = MoneyView), (status = 409, body = Problem)))]
        pub async fn $create(
            actor: Actor,
            State(st): State<AppState>,
            Path(code): Path<String>,
            ApiJson(body): ApiJson<CreateFinanceLine>,
        ) -> AppResult<(StatusCode, Tagged<MoneyView>)> {
            let e = finance_rows::create(&st.db, &actor, $t, &code, body).await?;
            Ok((StatusCode::CREATED, Tagged(e.version, e)))
        }

        $(#[doc = $ud])*
        #[utoipa::path(patch, path = $item_path, tag = "finance",
            params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = $id),
                ("If-Match" = Option<String>, Header, description = "The version read, e.g. \"3\"")),
            request_body = UpdateFinanceLine,
            responses((status = 200, body = MoneyView), (status = 409, body = Problem), (status = 412, body = Problem)))]
        pub async fn $update(
            actor: Actor,
            State(st): State<AppState>,
            Path((code, id)): Path<(String, i32)>,
            headers: HeaderMap,
            ApiJson(body): ApiJson<UpdateFinanceLine>,
        ) -> AppResult<Tagged<MoneyView>> {
            let e = finance_rows::update(&st.db, &actor, $t, &code, id, if_match(&headers), body).await?;
            Ok(Tagged(e.version, e))
        }

        $(#[doc = $dd])*
        #[utoipa::path(delete, path = $item_path, tag = "finance",
            params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = $id),
                ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
            responses((status = 204, description = "Deleted"), (status = 412, body = Problem)))]
        pub async fn $delete(
            actor: Actor,
            State(st): State<AppState>,
            Path((code, id)): Path<(String, i32)>,
            headers: HeaderMap,
        ) -> AppResult<StatusCode> {
            finance_rows::delete(&st.db, &actor, $t, &code, id, if_match(&headers)).await?;
            Ok(StatusCode::NO_CONTENT)
        }
    };
}

finance_rows_door! {
    FinanceTable::Lines, "/api/v1/plans/{plan}/finance/lines", "/api/v1/plans/{plan}/finance/lines/{id}", "Line id",
    /// `GET /api/v1/plans/{plan}/finance/lines`: the plan's lines, filtered, sorted and paginated.
    list list_finance_lines;
    /// `GET /api/v1/plans/{plan}/finance/lines/{id}`: one line, with its version as ETag.
    get get_finance_line;
    /// `POST /api/v1/plans/{plan}/finance/lines`: a new line (admin). The amount is ≥ 0, the category belongs
    /// to the kind, the year lies in the plan and the biennium, and (plan, year, unit, kind, category) is
    /// unique (409 otherwise).
    create create_finance_line;
    /// `PATCH /api/v1/plans/{plan}/finance/lines/{id}`: change a line (admin); needs `version` or `If-Match`.
    update update_finance_line;
    /// `DELETE /api/v1/plans/{plan}/finance/lines/{id}`: remove a line (admin).
    delete delete_finance_line;
}

finance_rows_door! {
    FinanceTable::Actuals, "/api/v1/plans/{plan}/finance/actuals", "/api/v1/plans/{plan}/finance/actuals/{id}",
    "Actual id",
    /// `GET /api/v1/plans/{plan}/finance/actuals`: the plan's actuals, filtered, sorted and paginated.
    list list_finance_actuals;
    /// `GET /api/v1/plans/{plan}/finance/actuals/{id}`: one actual, with its version as ETag.
    get get_finance_actual;
    /// `POST /api/v1/plans/{plan}/finance/actuals`: a new actual (the unit's planner or the admin). The amount is ≥ 0, the category belongs
    /// to the kind, the year lies in the plan and the biennium, and (plan, year, unit, kind, category) is
    /// unique (409 otherwise).
    create create_finance_actual;
    /// `PATCH /api/v1/plans/{plan}/finance/actuals/{id}`: change an actual (the unit's planner or the admin; moving it to another unit needs the right to both); needs `version` or `If-Match`.
    update update_finance_actual;
    /// `DELETE /api/v1/plans/{plan}/finance/actuals/{id}`: remove an actual (admin).
    delete delete_finance_actual;
}
