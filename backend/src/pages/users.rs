//! Users (admin) and one's own API tokens, through the same use cases as the JSON API so the rules and
//! the audit are the same.

use super::forms::{CsrfForm, Refusal};
use super::listing::{self, Choice, Pager, page_of};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::models::tokens::{self, CreateToken};
use crate::models::users::accounts::{self, CreateUser, UpdateUser, UserListParams};
use crate::state::AppState;
use crate::views::users::{TokenView, UserView};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
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
    users: Vec<UserView>,
    search: String,
    roles: Vec<Choice>,
    pager: Pager,
    units: Vec<String>,
    tokens: Vec<TokenView>,
    one_time: Option<(String, String)>,
    new_token: Option<String>,
}

/// Turns a refused action into a redirect back with the message, so the page shows it (a refusal of the
/// right itself, or a server failure, is the error page).
fn back_with(e: AppError) -> PageResult<Response> {
    Ok(super::frame::refused("/users", &Refusal::of(e)?.said()))
}

/// The user list's search and filter, as the address carries them (empty means any).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    q: String,
    role: String,
    page: String,
    per_page: String,
}

async fn page(
    st: &AppState,
    user: &PageUser,
    (q, f): (&ContextQuery, &Filters),
    one_time: Option<(String, String)>,
    new_token: Option<String>,
) -> PageResult<Response> {
    let ctx = context(st, user, "/users", q).await?;
    let is_admin = user.0.role == Role::Admin;
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let (users, total) = if is_admin {
        let any = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let params = UserListParams {
            role: any(&f.role),
            q: any(&f.q),
            page: Some(page),
            per_page: Some(per_page),
            sort: Some("email".into()),
        };
        let page = accounts::list(&st.db, &user.0, params).await?;
        (page.items, page.total)
    } else {
        (Vec::new(), 0)
    };
    let pager = Pager::new(
        "/users",
        &[("q", &f.q), ("role", &f.role)],
        (total, page, per_page),
        "users",
    );
    let mut units: Vec<String> = crate::models::units::codes(&st.db)
        .await
        .map_err(AppError::from)?
        .into_values()
        .collect();
    units.sort();
    let tokens = tokens::list(&st.db, &user.0, None).await?;
    render(&UsersPage {
        csrf: user.csrf().to_owned(),
        is_admin,
        users,
        search: f.q.trim().to_owned(),
        roles: listing::choices(crate::auth::Role::NAMES, &f.role),
        pager,
        units,
        tokens,
        one_time,
        new_token,
        layout: ctx.layout.translated(),
    })
}

async fn users_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    page(&st, &user, (&q, &f), None, None).await
}

#[derive(Debug, Deserialize)]
struct NewUserForm {
    email: String,
    display_name: String,
    role: String,
    unit: String,
}

async fn create_user(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<NewUserForm>,
) -> PageResult<Response> {
    let body = CreateUser {
        email: f.email,
        display_name: f.display_name,
        role: f.role,
        unit: Some(f.unit).filter(|u| !u.is_empty()),
        password: None,
    };
    match accounts::create(&st.db, &user.0, &body).await {
        Ok((created, one_time_password)) => {
            let mut user = user;
            user.1.push(super::Flash {
                kind: "ok",
                text: crate::language::text_with("users-created-user", &[("email", created.email.as_str().into())]),
            });
            page(
                &st,
                &user,
                (&ContextQuery::default(), &Filters::default()),
                one_time_password.map(|p| (created.email, p)),
                None,
            )
            .await
        }
        Err(e) => back_with(e),
    }
}

#[derive(Debug, Deserialize)]
struct ActiveForm {
    version: i32,
    active: bool,
}

async fn set_active(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ActiveForm>,
) -> PageResult<Response> {
    let body = UpdateUser {
        version: Some(f.version),
        display_name: None,
        role: None,
        unit: None,
        active: Some(f.active),
    };
    match accounts::update(&st.db, &user.0, id, Ok((f.version, false)), &body).await {
        Ok(_) => Ok(super::frame::done(
            "/users",
            &crate::language::text(if f.active { "users-enabled" } else { "users-disabled" }),
        )),
        Err(e) => back_with(e),
    }
}

async fn reset(State(st): State<AppState>, user: PageUser, Path(id): Path<i32>, _: CsrfForm) -> PageResult<Response> {
    let one_time = accounts::reset_password(&st.db, &user.0, id).await?;
    page(
        &st,
        &user,
        (&ContextQuery::default(), &Filters::default()),
        Some(one_time),
        None,
    )
    .await
}

#[derive(Debug, Deserialize)]
struct TokenForm {
    name: String,
    expires_in_days: String,
}

async fn create_token(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<TokenForm>,
) -> PageResult<Response> {
    let days = match f.expires_in_days.trim() {
        "" => None,
        d => match d.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                return back_with(AppError::field(
                    "expires_in_days",
                    crate::error::Said::new("said-is-not-whole-number", []),
                ));
            }
        },
    };
    let body = CreateToken {
        name: f.name,
        expires_in_days: days,
        user_id: None,
    };
    match tokens::create_token(&st.db, &user.0, &body).await {
        Ok((token, _)) => {
            page(
                &st,
                &user,
                (&ContextQuery::default(), &Filters::default()),
                None,
                Some(token),
            )
            .await
        }
        Err(e) => back_with(e),
    }
}

async fn revoke(State(st): State<AppState>, user: PageUser, Path(id): Path<i32>, _: CsrfForm) -> PageResult<Response> {
    tokens::revoke(&st.db, &user.0, id).await?;
    Ok(super::frame::done(
        "/users",
        &crate::language::text("users-token-revoked"),
    ))
}
