//! Users (admin): list, create, change role/unit/active, reset a password; and changing one's own password.

use super::common::{ApiJson, Page, Tagged, claimed_version};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::users::accounts::{self, ChangePassword, CreateUser, UpdateUser, UserListParams};
use crate::models::users::manage;
use crate::state::AppState;
use crate::views::users::{CreatedUser, PasswordReset, UserView};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_user))
        .routes(routes!(get_user, update_user))
        .routes(routes!(reset_password))
        .routes(routes!(change_password))
}

/// `GET /api/v1/users`: every user (admin).
#[utoipa::path(get, path = "/api/v1/users", tag = "users", params(UserListParams),
    responses((status = 200, body = Page<UserView>), (status = 400, body = Problem, description = "A query parameter cannot be read")  ))]
pub async fn list_users(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<UserListParams>,
) -> AppResult<axum::Json<Page<UserView>>> {
    let page = accounts::list(&st.db, &actor, p).await?;
    Ok(axum::Json(page))
}

/// `POST /api/v1/users`: create a user (admin).
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = CreateUser,
    responses((status = 201, body = CreatedUser),
        (status = 409, body = Problem)))]
pub async fn create_user(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateUser>,
) -> AppResult<(StatusCode, axum::Json<CreatedUser>)> {
    let (user, one_time_password) = accounts::create(&st.db, &actor, &b).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(CreatedUser {
            user,
            one_time_password,
        }),
    ))
}

/// `GET /api/v1/users/{id}`: one user (admin, or the user themself).
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users", params(("id" = i32, Path, description = "User id")),
    responses((status = 200, body = UserView)  ))]
pub async fn get_user(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<Tagged<UserView>> {
    let u = accounts::get(&st.db, &actor, id).await?;
    Ok(Tagged(u.version, u))
}

/// `PATCH /api/v1/users/{id}`: change role, unit, name or active flag (admin). Nobody disables their
/// own account (422), and the last active admin is neither disabled nor demoted (409).
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "users", params(("id" = i32, Path, description = "User id")),
    request_body = UpdateUser,
    responses((status = 200, body = UserView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_user(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateUser>,
) -> AppResult<Tagged<UserView>> {
    let claimed = claimed_version(&headers, b.version);
    let u = accounts::update(&st.db, &actor, id, claimed, &b).await?;
    Ok(Tagged(u.version, u))
}

/// `POST /api/v1/users/{id}/reset-password`: set a random one-time password and end the user's sessions (admin).
#[utoipa::path(post, path = "/api/v1/users/{id}/reset-password", tag = "users", params(("id" = i32, Path, description = "User id")),
    responses((status = 200, body = PasswordReset)  ))]
pub async fn reset_password(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<PasswordReset>> {
    let (_, one_time_password) = accounts::reset_password(&st.db, &actor, id).await?;
    Ok(axum::Json(PasswordReset { one_time_password }))
}

/// `POST /api/v1/auth/password`: change one's own password; other sessions of the user end. Five wrong
/// current passwords within 15 minutes refuse further tries (429). The new password is checked against
/// the rules of docs/SECURITY.md (V2.1): 12–128 characters, not blank or repetitive, not a common one.
#[utoipa::path(post, path = "/api/v1/auth/password", tag = "auth", request_body = ChangePassword,
    responses((status = 204), (status = 429, body = Problem)))]
pub async fn change_password(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<ChangePassword>,
) -> AppResult<StatusCode> {
    manage::change_own_password(&st.db, &st.config, &actor, &b.current_password, &b.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}
