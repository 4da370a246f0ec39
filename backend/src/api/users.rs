//! Users (admin): list, create, change role/unit/active, reset a password; and changing one's own password.

use super::common::{ApiJson, Page, PageParams, Tagged, check_version, claimed_version, paginate};
use crate::auth::Actor;
use crate::entities::users;
use crate::error::{AppError, AppResult, Problem};
use crate::models::transactions;
use crate::models::users::manage;
use crate::models::{audit, users as model};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_user))
        .routes(routes!(get_user, update_user))
        .routes(routes!(reset_password))
        .routes(routes!(change_password))
}

/// A user as shown by the API: never the password hash.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UserView {
    /// Id.
    pub id: i32,
    /// Email.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// admin, planner or reviewer.
    pub role: String,
    /// Org unit code of a planner.
    pub unit: Option<String>,
    /// Whether the account may log in.
    pub active: bool,
    /// Whether the user must change the password at next login.
    pub must_change_password: bool,
    /// Concurrency version.
    pub version: i32,
}

fn view(u: &users::Model, units: &std::collections::HashMap<i32, String>) -> UserView {
    UserView {
        id: u.id,
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        role: u.role.clone(),
        unit: u.org_unit_id.and_then(|id| units.get(&id).cloned()),
        active: u.active,
        must_change_password: u.must_change_password,
        version: u.version,
    }
}

/// Filters of the user list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserListParams {
    /// Only this role.
    pub role: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Items per page (1..=500).
    pub per_page: Option<u64>,
    /// Sort: email, role, id (prefix `-` for descending).
    pub sort: Option<String>,
}

/// `GET /api/v1/users`: every user (admin).
#[utoipa::path(get, path = "/api/v1/users", tag = "users", params(UserListParams),
    responses((status = 200, body = Page<UserView>), (status = 400, body = Problem, description = "A query parameter cannot be read"), (status = 401, body = Problem), (status = 403, body = Problem)))]
pub async fn list_users(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<UserListParams>,
) -> AppResult<axum::Json<Page<UserView>>> {
    authorize(&actor, Action::ManageUsers)?;
    let mut q = users::Entity::find();
    if let Some(r) = &p.role {
        q = q.filter(users::Column::Role.eq(r.as_str()));
    }
    let pp = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let col = |s: &str| match s {
        "email" => Some(users::Column::Email),
        "role" => Some(users::Column::Role),
        "id" => Some(users::Column::Id),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, q, &pp, col, users::Column::Email, users::Column::Id).await?;
    let units = crate::models::units::codes(&st.db).await?;
    Ok(axum::Json(Page {
        items: rows.iter().map(|u| view(u, &units)).collect(),
        total,
        page,
        per_page,
    }))
}

/// A new user.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// Login email: one `@`, a dotted domain, no control or invisible characters; stored lower-cased.
    #[schema(max_length = 254)]
    pub email: String,
    /// Display name (not empty, no control or invisible characters).
    #[schema(max_length = 120)]
    pub display_name: String,
    /// admin, planner or reviewer.
    pub role: String,
    /// Org unit code (required for planners).
    pub unit: Option<String>,
    /// Initial password (same rules as a changed one, see `ChangePassword`); omitted: a random one is
    /// generated and returned once, to be changed at first login.
    pub password: Option<String>,
}

/// A created user, with the one-time password when it was generated.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedUser {
    /// The user.
    pub user: UserView,
    /// The generated password, shown once.
    pub one_time_password: Option<String>,
}

/// `POST /api/v1/users`: create a user (admin).
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = CreateUser,
    responses((status = 201, body = CreatedUser), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_user(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateUser>,
) -> AppResult<(StatusCode, axum::Json<CreatedUser>)> {
    authorize(&actor, Action::ManageUsers)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let checked = manage::check(
        &txn,
        &manage::UserFields {
            email: Some(&b.email),
            display_name: &b.display_name,
            role: &b.role,
            unit: b.unit.as_deref(),
            password: b.password.as_deref(),
        },
    )
    .await?;
    let generated = b.password.is_none().then(model::random_password);
    let password = b.password.clone().or(generated.clone()).unwrap_or_default();
    let u = model::create(
        &txn,
        model::NewUser {
            email: &checked.email,
            display_name: &checked.display_name,
            role: &b.role,
            org_unit_id: checked.unit_id,
            password: &password,
            must_change_password: generated.is_some(),
        },
    )
    .await?;
    let units = crate::models::units::codes(&txn).await?;
    let v = view(&u, &units);
    audit::created(&txn, Some(&actor), "user", u.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(CreatedUser {
            user: v,
            one_time_password: generated,
        }),
    ))
}

/// `GET /api/v1/users/{id}`: one user (admin, or the user themself).
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users", params(("id" = i32, Path, description = "User id")),
    responses((status = 200, body = UserView), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn get_user(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<Tagged<UserView>> {
    if actor.id != id {
        authorize(&actor, Action::ManageUsers)?;
    }
    let u = users::Entity::find_by_id(id)
        .one(&st.db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("user {id}")))?;
    Ok(Tagged(u.version, view(&u, &crate::models::units::codes(&st.db).await?)))
}

/// Changes to a user. Absent fields stay as they are.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// The version read (or send If-Match).
    pub version: Option<i32>,
    /// Display name (not empty, no control or invisible characters).
    #[schema(max_length = 120)]
    pub display_name: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Org unit code; `null` with role admin/reviewer.
    pub unit: Option<String>,
    /// `false` disables the account and ends its sessions.
    pub active: Option<bool>,
}

/// `PATCH /api/v1/users/{id}`: change role, unit, name or active flag (admin). Nobody disables their
/// own account (422), and the last active admin is neither disabled nor demoted (409).
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "users", params(("id" = i32, Path, description = "User id")),
    request_body = UpdateUser,
    responses((status = 200, body = UserView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn update_user(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateUser>,
) -> AppResult<Tagged<UserView>> {
    authorize(&actor, Action::ManageUsers)?;
    let claimed = claimed_version(&headers, b.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let u = users::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("user {id}")))?;
    check_version(claimed, u.version, &format!("user {id}"))?;
    let role = b.role.clone().unwrap_or_else(|| u.role.clone());
    let units = crate::models::units::codes(&txn).await?;
    let unit = b.unit.clone().or_else(|| {
        if b.role.is_some() {
            None
        } else {
            u.org_unit_id.and_then(|i| units.get(&i).cloned())
        }
    });
    let checked = manage::check(
        &txn,
        &manage::UserFields {
            email: None,
            display_name: b.display_name.as_deref().unwrap_or(&u.display_name),
            role: &role,
            unit: unit.as_deref(),
            password: None,
        },
    )
    .await?;
    let active = b.active.unwrap_or(u.active);
    manage::guard_admins(&txn, Some(actor.id), &u, &role, active).await?;
    let mut am: users::ActiveModel = u.clone().into();
    am.role = Set(role);
    am.org_unit_id = Set(checked.unit_id);
    if b.display_name.is_some() {
        am.display_name = Set(checked.display_name);
    }
    am.active = Set(active);
    am.version = Set(u.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated: users::Model = crate::models::versioned::update(&txn, am, id, u.version).await?;
    if !updated.active {
        crate::entities::sessions::Entity::delete_many()
            .filter(crate::entities::sessions::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
    }
    let (before, after) = (view(&u, &units), view(&updated, &units));
    audit::updated(&txn, Some(&actor), "user", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(updated.version, after))
}

/// A new one-time password.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PasswordReset {
    /// Shown once; the user must change it at next login.
    pub one_time_password: String,
}

/// `POST /api/v1/users/{id}/reset-password`: set a random one-time password and end the user's sessions (admin).
#[utoipa::path(post, path = "/api/v1/users/{id}/reset-password", tag = "users", params(("id" = i32, Path, description = "User id")),
    responses((status = 200, body = PasswordReset), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn reset_password(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<PasswordReset>> {
    authorize(&actor, Action::ManageUsers)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let pw = model::reset_password(&txn, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("user {id}")))?;
    audit::record::<()>(&txn, Some(&actor), "reset_password", "user", id, None, None, "").await?;
    transactions::commit(txn, turn).await?;
    Ok(axum::Json(PasswordReset { one_time_password: pw }))
}

/// Changing one's own password.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePassword {
    /// The current password.
    pub current_password: String,
    /// The new password: 12 to 128 characters, not only spaces, not one piece repeated, not a run like
    /// `123456789012`, not the email, not one of the 49,233 most common passwords.
    pub new_password: String,
}

/// `POST /api/v1/auth/password`: change one's own password; other sessions of the user end. Five wrong
/// current passwords within 15 minutes refuse further tries (429). The new password is checked against
/// the rules of docs/SECURITY.md (V2.1): 12–128 characters, not blank or repetitive, not a common one.
#[utoipa::path(post, path = "/api/v1/auth/password", tag = "auth", request_body = ChangePassword,
    responses((status = 204), (status = 401, body = Problem), (status = 422, body = Problem), (status = 429, body = Problem)))]
pub async fn change_password(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<ChangePassword>,
) -> AppResult<StatusCode> {
    manage::change_own_password(&st.db, &st.config, &actor, &b.current_password, &b.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}
