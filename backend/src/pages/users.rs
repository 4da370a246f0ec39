//! Users (admin) and one's own API tokens, driven through the same handlers as the JSON API so the
//! rules and the audit are the same.

use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::api::common::ApiJson;
use crate::api::{tokens as tapi, users as uapi};
use crate::auth::Role;
use crate::error::AppError;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use sea_orm::EntityTrait;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users", get(users_page).post(create_user))
        .route("/users/{id}/active", post(set_active))
        .route("/users/{id}/reset", post(reset))
        .route("/tokens", post(create_token))
        .route("/tokens/{id}/revoke", post(revoke))
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    layout: Layout,
    csrf: String,
    is_admin: bool,
    users: Vec<uapi::UserView>,
    units: Vec<String>,
    tokens: Vec<tapi::TokenView>,
    one_time: Option<(String, String)>,
    new_token: Option<String>,
}

/// Turns a refused action into a redirect back with the message, so the page shows it.
fn back_with(e: AppError) -> Response {
    let msg = match &e {
        AppError::Invalid(errs) => errs
            .iter()
            .map(|f| format!("{} {}", f.field, f.reason))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    let q = serde_urlencoded::to_string([("error", msg)]).unwrap_or_default();
    Redirect::to(&format!("/users?{q}")).into_response()
}

async fn page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    one_time: Option<(String, String)>,
    new_token: Option<String>,
) -> PageResult<Response> {
    let ctx = context(&st.db, user, "/users", q).await?;
    let is_admin = user.0.role == Role::Admin;
    let users = if is_admin {
        let params = uapi::UserListParams {
            role: None,
            page: Some(1),
            per_page: Some(500),
            sort: Some("email".into()),
        };
        uapi::list_users(user.0.clone(), State(st.clone()), Query(params))
            .await?
            .0
            .items
    } else {
        Vec::new()
    };
    let mut units: Vec<String> = crate::entities::org_units::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|u| u.code)
        .collect();
    units.sort();
    let tokens = tapi::list_tokens(
        user.0.clone(),
        State(st.clone()),
        Query(tapi::TokenListParams { user_id: None }),
    )
    .await?
    .0;
    render(&UsersPage {
        csrf: user.csrf().to_owned(),
        is_admin,
        users,
        units,
        tokens,
        one_time,
        new_token,
        layout: ctx.layout,
    })
}

async fn users_page(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    page(&st, &user, &q, None, None).await
}

#[derive(Debug, Deserialize)]
struct NewUserForm {
    csrf: String,
    email: String,
    display_name: String,
    role: String,
    unit: String,
}

async fn create_user(State(st): State<AppState>, user: PageUser, Form(f): Form<NewUserForm>) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let body = uapi::CreateUser {
        email: f.email,
        display_name: f.display_name,
        role: f.role,
        unit: Some(f.unit).filter(|u| !u.is_empty()),
        password: None,
    };
    match uapi::create_user(user.0.clone(), State(st.clone()), ApiJson(body)).await {
        Ok((_, created)) => {
            let c = created.0;
            page(
                &st,
                &user,
                &ContextQuery {
                    ok: Some(format!("Created {}", c.user.email)),
                    ..Default::default()
                },
                c.one_time_password.map(|p| (c.user.email, p)),
                None,
            )
            .await
        }
        Err(e @ AppError::Forbidden(_)) => Err(PageError::App(e)),
        Err(e) => Ok(back_with(e)),
    }
}

#[derive(Debug, Deserialize)]
struct ActiveForm {
    csrf: String,
    version: i32,
    active: bool,
}

async fn set_active(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Form(f): Form<ActiveForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let body = uapi::UpdateUser {
        version: Some(f.version),
        display_name: None,
        role: None,
        unit: None,
        active: Some(f.active),
    };
    match uapi::update_user(user.0.clone(), State(st), Path(id), HeaderMap::new(), ApiJson(body)).await {
        Ok(_) => Ok(Redirect::to(if f.active {
            "/users?ok=User+enabled"
        } else {
            "/users?ok=User+disabled"
        })
        .into_response()),
        Err(e @ AppError::Forbidden(_)) => Err(PageError::App(e)),
        Err(e) => Ok(back_with(e)),
    }
}

#[derive(Debug, Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn reset(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Form(f): Form<CsrfForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let pw = uapi::reset_password(user.0.clone(), State(st.clone()), Path(id))
        .await?
        .0;
    let email = crate::entities::users::Entity::find_by_id(id)
        .one(&st.db)
        .await?
        .map(|u| u.email)
        .unwrap_or_default();
    page(
        &st,
        &user,
        &ContextQuery::default(),
        Some((email, pw.one_time_password)),
        None,
    )
    .await
}

#[derive(Debug, Deserialize)]
struct TokenForm {
    csrf: String,
    name: String,
    expires_in_days: String,
}

async fn create_token(State(st): State<AppState>, user: PageUser, Form(f): Form<TokenForm>) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let days = match f.expires_in_days.trim() {
        "" => None,
        d => match d.parse() {
            Ok(n) => Some(n),
            Err(_) => return Ok(back_with(AppError::field("expires_in_days", "is not a whole number"))),
        },
    };
    let body = tapi::CreateToken {
        name: f.name,
        expires_in_days: days,
        user_id: None,
    };
    match tapi::create_token(user.0.clone(), State(st.clone()), ApiJson(body)).await {
        Ok((_, t)) => page(&st, &user, &ContextQuery::default(), None, Some(t.0.token)).await,
        Err(e) => Ok(back_with(e)),
    }
}

async fn revoke(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Form(f): Form<CsrfForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    tapi::revoke_token(user.0.clone(), State(st), Path(id)).await?;
    Ok(Redirect::to("/users?ok=Token+revoked").into_response())
}
