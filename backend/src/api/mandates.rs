//! Mandates (resolutions, decisions, SDG targets, WSIS action lines) and their links to result nodes
//! and indicators. Everyone reads them; the Secretary-General's office adds and removes links.

use crate::api::common::{ApiJson, ApiQuery, Page};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::mandates::{self, AddMandateLink, MandateListParams, MandatePage, Owner};
use crate::state::AppState;
use crate::views::nodes::MandateView;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_mandates))
        .routes(routes!(list_node_mandates, add_node_mandate))
        .routes(routes!(remove_node_mandate))
        .routes(routes!(list_indicator_mandates, add_indicator_mandate))
        .routes(routes!(remove_indicator_mandate))
}

fn page((rows, total, page, per_page): MandatePage) -> axum::Json<Page<MandateView>> {
    axum::Json(Page {
        items: rows.iter().map(MandateView::from).collect(),
        total,
        page,
        per_page,
    })
}

/// `GET /api/v1/mandates`: the instruments results and indicators can refer to.
#[utoipa::path(get, path = "/api/v1/mandates", tag = "mandates", params(MandateListParams),
    responses((status = 200, body = Page<MandateView>)))]
pub async fn list_mandates(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    Ok(page(mandates::list(&st.db, &actor, None, p).await?))
}

/// The three handlers of one kind of owner (list, link, unlink): `$owner` builds the [`Owner`] from the
/// plan and code, `$list_path` and `$item_path` are its paths, `$code` the description of its code, then
/// each handler's name after its documentation (which becomes its OpenAPI summary).
macro_rules! owner_mandates_door {
    (
        $owner:path, $list_path:tt, $item_path:tt, $code:tt,
        $(#[doc = $ld:tt])* list $list:ident;
        $(#[doc = $ad:tt])* add $add:ident;
        $(#[doc = $rd:tt])* remove $remove:ident;
    ) => {
        $(#[doc = $ld])*
        #[utoipa::path(get, path = $list_path, tag = "mandates",
            params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = $code), MandateListParams),
            responses((status = 200, body = Page<MandateView>)))]
        pub async fn $list(
            actor: Actor,
            State(st): State<AppState>,
            Path((plan, code)): Path<(String, String)>,
            ApiQuery(p): ApiQuery<MandateListParams>,
        ) -> AppResult<axum::Json<Page<MandateView>>> {
            Ok(page(mandates::list(&st.db, &actor, Some($owner(&plan, &code)), p).await?))
        }

        $(#[doc = $ad])*
        #[utoipa::path(post, path = $list_path, tag = "mandates",
            params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = $code)),
            request_body = AddMandateLink,
            responses((status = 201, body = MandateView), (status = 409, body = Problem)))]
        pub async fn $add(
            actor: Actor,
            State(st): State<AppState>,
            Path((plan, code)): Path<(String, String)>,
            ApiJson(body): ApiJson<AddMandateLink>,
        ) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
            crate::limits::enforce(&body)?;
            let m = mandates::add(&st.db, &actor, $owner(&plan, &code), &body).await?;
            Ok((StatusCode::CREATED, axum::Json(MandateView::from(&m))))
        }

        $(#[doc = $rd])*
        #[utoipa::path(delete, path = $item_path, tag = "mandates",
            params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = $code),
                ("vocabulary" = String, Path, description = "resolution, decision, sdg or wsis"),
                ("mandate" = String, Path, description = "Mandate code")),
            responses((status = 204, description = "Unlinked")))]
        pub async fn $remove(
            actor: Actor,
            State(st): State<AppState>,
            Path((plan, code, vocabulary, mandate)): Path<(String, String, String, String)>,
        ) -> AppResult<StatusCode> {
            mandates::remove(&st.db, &actor, $owner(&plan, &code), (&vocabulary, &mandate)).await?;
            Ok(StatusCode::NO_CONTENT)
        }
    };
}

owner_mandates_door! {
    Owner::Node, "/api/v1/plans/{plan}/nodes/{code}/mandates",
    "/api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}", "Node code",
    /// `GET /api/v1/plans/{plan}/nodes/{code}/mandates`: the mandates a node refers to.
    list list_node_mandates;
    /// `POST /api/v1/plans/{plan}/nodes/{code}/mandates`: link a node to a mandate (admin).
    add add_node_mandate;
    /// `DELETE /api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
    remove remove_node_mandate;
}

owner_mandates_door! {
    Owner::Indicator, "/api/v1/plans/{plan}/indicators/{code}/mandates",
    "/api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}", "Indicator code",
    /// `GET /api/v1/plans/{plan}/indicators/{code}/mandates`: the mandates an indicator refers to.
    list list_indicator_mandates;
    /// `POST /api/v1/plans/{plan}/indicators/{code}/mandates`: link an indicator to a mandate (admin).
    add add_indicator_mandate;
    /// `DELETE /api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
    remove remove_indicator_mandate;
}
