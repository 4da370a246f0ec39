//! API tokens: created by a user for themselves (an admin for anyone), shown once, revocable.

use super::common::ApiJson;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::tokens::{self, CreateToken};
use crate::state::AppState;
use crate::views::users::{CreatedToken, TokenView};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_tokens, create_token))
        .routes(routes!(revoke_token))
}

/// Whose tokens to list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenListParams {
    /// Another user's tokens (admin only); default: one's own.
    pub user_id: Option<i32>,
}

/// `GET /api/v1/tokens`: one's own tokens (an admin may ask for another user's).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens", params(TokenListParams),
    responses((status = 200, body = Vec<TokenView>), (status = 400, body = Problem, description = "A query parameter cannot be read")  ))]
pub async fn list_tokens(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<TokenListParams>,
) -> AppResult<axum::Json<Vec<TokenView>>> {
    let rows = tokens::list(&st.db, &actor, p.user_id).await?;
    Ok(axum::Json(rows))
}

/// `POST /api/v1/tokens`: create a token (for oneself; an admin for anyone).
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = CreateToken,
    responses((status = 201, body = CreatedToken)  ))]
pub async fn create_token(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateToken>,
) -> AppResult<(StatusCode, axum::Json<CreatedToken>)> {
    let (token, record) = tokens::create_token(&st.db, &actor, &b).await?;
    Ok((StatusCode::CREATED, axum::Json(CreatedToken { token, record })))
}

/// `DELETE /api/v1/tokens/{id}`: revoke a token (its owner, or an admin). It stops working at once.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens", params(("id" = i32, Path, description = "Token id")),
    responses((status = 204)  ))]
pub async fn revoke_token(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<StatusCode> {
    tokens::revoke(&st.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
