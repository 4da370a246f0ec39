//! Login, logout and the account page (password change).

use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::api::auth::{ClientAddr, session_cookie};
use crate::auth::Via;
use crate::error::AppError;
use crate::models::sessions::{self, LoginError};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login_submit))
        .route("/logout", post(logout))
        .route("/account", get(account_page))
        .route("/account/password", post(change_password))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    next: String,
    email: String,
    error: Option<String>,
}

fn bare_layout() -> Layout {
    Layout {
        user: None,
        nav: Vec::new(),
        path: "/login".into(),
        plans: Vec::new(),
        plan: String::new(),
        year: 0,
        flashes: Vec::new(),
    }
}

/// Only local paths may be a redirect target (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/".to_owned(),
    }
}

#[derive(Debug, Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_page(Query(q): Query<NextQuery>) -> PageResult<Response> {
    render(&LoginPage {
        layout: bare_layout(),
        next: safe_next(q.next.as_deref()),
        email: String::new(),
        error: None,
    })
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

async fn login_submit(
    State(st): State<AppState>,
    ClientAddr(addr): ClientAddr,
    Form(f): Form<LoginForm>,
) -> PageResult<Response> {
    let next = safe_next(f.next.as_deref());
    match sessions::login(&st.db, &st.config, &f.email, &f.password, &addr).await? {
        Ok(s) => {
            let cookie = session_cookie(&s.cookie, &st, st.config.session_absolute.num_seconds());
            let target = if s.user.must_change_password {
                "/account?error=Please+choose+a+new+password".to_owned()
            } else {
                next
            };
            Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&target)).into_response())
        }
        Err(e) => {
            let msg = match e {
                LoginError::BadCredentials => "Wrong email or password.".to_owned(),
                t @ LoginError::Throttled { .. } => format!("Login refused: {t}."),
            };
            let mut resp = render(&LoginPage {
                layout: bare_layout(),
                next,
                email: f.email,
                error: Some(msg),
            })?;
            *resp.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
            Ok(resp)
        }
    }
}

#[derive(Debug, Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(State(st): State<AppState>, user: PageUser, Form(f): Form<CsrfForm>) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    if let Via::Session { id, .. } = user.0.via {
        sessions::logout(&st.db, id).await?;
    }
    Ok((
        [(header::SET_COOKIE, session_cookie("", &st, 0))],
        Redirect::to("/login"),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    email: String,
    role: &'static str,
    csrf: String,
    err_current: Option<String>,
    err_new: Option<String>,
}

async fn account_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st.db, &user, "/account", &q).await?;
    let role = ctx.layout.user.as_ref().map_or("", |u| u.role);
    render(&AccountPage {
        email: user.0.email.clone(),
        role,
        csrf: user.csrf().to_owned(),
        layout: ctx.layout,
        err_current: None,
        err_new: None,
    })
}

#[derive(Debug, Deserialize)]
struct PasswordForm {
    csrf: String,
    current_password: String,
    new_password: String,
}

async fn change_password(
    State(st): State<AppState>,
    user: PageUser,
    Form(f): Form<PasswordForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let result = crate::api::users::change_password(
        user.0.clone(),
        State(st.clone()),
        crate::api::common::ApiJson(crate::api::users::ChangePassword {
            current_password: f.current_password,
            new_password: f.new_password,
        }),
    )
    .await;
    match result {
        Ok(_) => Ok(Redirect::to("/account?ok=Your+password+was+changed").into_response()),
        Err(AppError::Invalid(errs)) => {
            let ctx = context(&st.db, &user, "/account", &ContextQuery::default()).await?;
            let find = |f: &str| errs.iter().find(|e| e.field == f).map(|e| format!("This {}", e.reason));
            let role = ctx.layout.user.as_ref().map_or("", |u| u.role);
            let mut resp = render(&AccountPage {
                email: user.0.email.clone(),
                role,
                csrf: user.csrf().to_owned(),
                err_current: find("current_password"),
                err_new: find("new_password"),
                layout: ctx.layout,
            })?;
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
        Err(e) => Err(PageError::App(e)),
    }
}
