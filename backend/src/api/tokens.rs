//! API tokens: created by a user for themselves (an admin for anyone), shown once, revocable.

use super::common::ApiJson;
use crate::auth::{Actor, Role};
use crate::entities::{api_tokens, users};
use crate::error::{AppError, AppResult, Problem};
use crate::models::transactions;
use crate::models::{audit, tokens};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_tokens, create_token))
        .routes(routes!(revoke_token))
}

/// A token as listed: never the token or its hash, only a recognisable prefix.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TokenView {
    /// Id.
    pub id: i32,
    /// Owner.
    pub user_id: i32,
    /// Name given at creation.
    pub name: String,
    /// First characters of the token, to recognise it.
    pub prefix: String,
    /// Created (RFC 3339, UTC).
    pub created_at: String,
    /// Expiry, if any.
    pub expires_at: Option<String>,
    /// Revocation time, if revoked.
    pub revoked_at: Option<String>,
}

fn view(t: &api_tokens::Model) -> TokenView {
    let fmt =
        |d: &sea_orm::prelude::DateTimeWithTimeZone| d.to_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    TokenView {
        id: t.id,
        user_id: t.user_id,
        name: t.name.clone(),
        prefix: t.prefix.clone(),
        created_at: fmt(&t.created_at),
        expires_at: t.expires_at.as_ref().map(fmt),
        revoked_at: t.revoked_at.as_ref().map(fmt),
    }
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
    responses((status = 200, body = Vec<TokenView>), (status = 400, body = Problem, description = "A query parameter cannot be read"), (status = 401, body = Problem), (status = 403, body = Problem)))]
pub async fn list_tokens(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<TokenListParams>,
) -> AppResult<axum::Json<Vec<TokenView>>> {
    let user_id = p.user_id.unwrap_or(actor.id);
    if user_id != actor.id {
        authorize(&actor, Action::ManageUsers)?;
    }
    let rows = api_tokens::Entity::find()
        .filter(api_tokens::Column::UserId.eq(user_id))
        .order_by_asc(api_tokens::Column::Id)
        .all(&st.db)
        .await?;
    Ok(axum::Json(rows.iter().map(view).collect()))
}

/// A new token.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateToken {
    /// What the token is for, e.g. "nightly import".
    #[schema(max_length = 100)]
    pub name: String,
    /// Days until it expires (1..=3650); omitted: never.
    pub expires_in_days: Option<i64>,
    /// Create for another user (admin only).
    pub user_id: Option<i32>,
}

/// The created token, shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedToken {
    /// Send as `Authorization: Bearer <token>`. Not retrievable later.
    pub token: String,
    /// The stored record.
    pub record: TokenView,
}

/// `POST /api/v1/tokens`: create a token (for oneself; an admin for anyone).
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = CreateToken,
    responses((status = 201, body = CreatedToken), (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn create_token(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateToken>,
) -> AppResult<(StatusCode, axum::Json<CreatedToken>)> {
    crate::limits::enforce(&b)?;
    let user_id = b.user_id.unwrap_or(actor.id);
    if user_id != actor.id {
        authorize(&actor, Action::ManageUsers)?;
    }
    let mut errs = Vec::new();
    if b.name.trim().is_empty() {
        errs.push(crate::error::FieldError {
            field: "name".into(),
            reason: "is required".into(),
        });
    }
    if let Some(d) = b.expires_in_days
        && !(1..=3650).contains(&d)
    {
        errs.push(crate::error::FieldError {
            field: "expires_in_days".into(),
            reason: "must be between 1 and 3650".into(),
        });
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    if users::Entity::find_by_id(user_id).one(&txn).await?.is_none() {
        return Err(AppError::field("user_id", format!("no user {user_id}")));
    }
    let expires = b
        .expires_in_days
        .map(|d| chrono::Utc::now() + chrono::Duration::days(d));
    let (plain, row) = tokens::create(&txn, user_id, b.name.trim(), expires).await?;
    let v = view(&row);
    audit::created(&txn, Some(&actor), "api_token", row.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(CreatedToken {
            token: plain,
            record: v,
        }),
    ))
}

/// `DELETE /api/v1/tokens/{id}`: revoke a token (its owner, or an admin). It stops working at once.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens", params(("id" = i32, Path, description = "Token id")),
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn revoke_token(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<StatusCode> {
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let t = api_tokens::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("token {id}")))?;
    if t.user_id != actor.id && actor.role != Role::Admin {
        // Do not reveal other users' token ids.
        return Err(AppError::NotFound(format!("token {id}")));
    }
    if t.revoked_at.is_none() {
        let before = view(&t);
        let mut am: api_tokens::ActiveModel = t.into();
        am.revoked_at = Set(Some(chrono::Utc::now().into()));
        let after = sea_orm::ActiveModelTrait::update(am, &txn).await?;
        audit::record(
            &txn,
            Some(&actor),
            "revoke",
            "api_token",
            id,
            Some(&before),
            Some(&view(&after)),
            "",
        )
        .await?;
    }
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
