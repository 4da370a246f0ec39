//! Login, logout and the account page (password change). The login form is protected against login CSRF
//! (a foreign site logging the victim in to the attacker's account) by a double submit: the form page
//! sets a random pre-session cookie and puts the same value in a hidden field; a login whose field does
//! not match its cookie is refused. A foreign site can make the browser send the cookie but cannot read
//! it to fill the field (and behind HTTPS its `__Host-` name stops a sibling subdomain from planting one).

use super::forms::CsrfForm;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::client_addr::ClientAddr;
use crate::auth::{SESSION_COOKIE, Via, cookies, secrets};
use crate::error::AppError;
use crate::language::{text, text_with};
use crate::models::sessions::{self, LoginError};
use crate::models::users::manage::change_own_password;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
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
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
}

/// Only a path on this site may be a redirect target (no open redirect): it starts with one `/`, and
/// neither it nor its percent-decoded form has a second leading `/`, a backslash, a control character
/// (browsers drop tabs and newlines, so `/\t/evil.example` would become `//evil.example`) or anything
/// but ASCII.
pub(super) fn safe_next(next: Option<&str>) -> String {
    let local = |n: &[u8]| {
        n.first() == Some(&b'/')
            && n.get(1) != Some(&b'/')
            && n.iter().all(|b| b.is_ascii() && !b.is_ascii_control() && *b != b'\\')
    };
    match next {
        Some(n) if local(n.as_bytes()) && local(&percent_decoded(n.as_bytes())) => n.to_owned(),
        _ => "/".to_owned(),
    }
}

/// `%XX` sequences decoded (others left as they are).
fn percent_decoded(s: &[u8]) -> Vec<u8> {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match (
            s[i],
            s.get(i + 1).copied().and_then(hex),
            s.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push(u8::try_from(h * 16 + l).unwrap_or(0));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// The login form's CSRF value: the one the browser already holds (other tabs keep working), else new.
fn login_csrf(headers: &HeaderMap, st: &AppState) -> String {
    cookies::read(headers, cookies::LOGIN_CSRF, &st.config)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_alphanumeric()))
        .unwrap_or_else(|| secrets::random(32))
}

/// The `Set-Cookie` value of the session cookie (`""` with age 0 ends it), as the API's login sets it.
fn session_cookie(value: &str, st: &AppState, max_age_secs: i64) -> String {
    cookies::set(SESSION_COOKIE, value, &st.config, Some(max_age_secs))
}

/// The login page with `csrf` in its form and its cookie, answering `status`.
fn login_form(st: &AppState, page: LoginPage, status: StatusCode) -> PageResult<Response> {
    let cookie = cookies::set(cookies::LOGIN_CSRF, &page.csrf, &st.config, None);
    let mut resp = render(&page)?;
    *resp.status_mut() = status;
    resp.headers_mut().append(
        header::SET_COOKIE,
        cookie
            .parse()
            .map_err(|_| AppError::Internal("login CSRF cookie".into()))?,
    );
    Ok(resp)
}

#[derive(Debug, Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_page(
    State(st): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<NextQuery>,
) -> PageResult<Response> {
    let page = LoginPage {
        layout: Layout::bare().translated(),
        csrf: login_csrf(&headers, &st),
        next: safe_next(q.next.as_deref()),
        email: String::new(),
        error: None,
    };
    login_form(&st, page, StatusCode::OK)
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
    #[serde(default)]
    csrf: String,
}

async fn login_submit(
    State(st): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> PageResult<Response> {
    let next = safe_next(f.next.as_deref());
    let expected = cookies::read(&headers, cookies::LOGIN_CSRF, &st.config);
    if f.csrf.is_empty() || expected.as_deref() != Some(f.csrf.as_str()) {
        tracing::warn!(client = %addr, "Login form refused: missing or wrong login CSRF token.");
        let page = LoginPage {
            layout: Layout::bare().translated(),
            csrf: secrets::random(32),
            next,
            email: f.email,
            error: Some(text("login-expired")),
        };
        return login_form(&st, page, StatusCode::FORBIDDEN);
    }
    match sessions::login(&st.db, &st.config, &f.email, &f.password, &addr).await? {
        Ok(s) => {
            let cookie = session_cookie(&s.cookie, &st, st.config.session_absolute.num_seconds());
            let spent = cookies::set(cookies::LOGIN_CSRF, "", &st.config, Some(0));
            let to = if s.user.must_change_password {
                super::frame::refused("/account", &text("account-must-change"))
            } else {
                Redirect::to(&next).into_response()
            };
            Ok((
                AppendHeaders([(header::SET_COOKIE, cookie), (header::SET_COOKIE, spent)]),
                to,
            )
                .into_response())
        }
        Err(e) => {
            let msg = match &e {
                LoginError::BadCredentials => text("login-wrong"),
                LoginError::Throttled { minutes } => text_with("login-throttled", &[("minutes", minutes.into())]),
            };
            let page = LoginPage {
                layout: Layout::bare().translated(),
                csrf: f.csrf,
                next,
                email: f.email,
                error: Some(msg),
            };
            let status = match e {
                LoginError::BadCredentials => StatusCode::UNAUTHORIZED,
                LoginError::Throttled { .. } => StatusCode::TOO_MANY_REQUESTS,
            };
            login_form(&st, page, status)
        }
    }
}

async fn logout(State(st): State<AppState>, user: PageUser, _: CsrfForm) -> PageResult<Response> {
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
    err_current: Option<super::forms::FieldReason>,
    err_new: Option<super::forms::FieldReason>,
}

async fn account_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/account", &q).await?;
    let role = ctx.layout.user.as_ref().map_or("", |u| u.role);
    render(&AccountPage {
        email: user.0.email.clone(),
        role,
        csrf: user.csrf().to_owned(),
        layout: ctx.layout.translated(),
        err_current: None,
        err_new: None,
    })
}

#[derive(Debug, Deserialize)]
struct PasswordForm {
    current_password: String,
    new_password: String,
}

async fn change_password(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<PasswordForm>,
) -> PageResult<Response> {
    let result = change_own_password(&st.db, &st.config, &user.0, &f.current_password, &f.new_password).await;
    let errs = match result {
        Ok(()) => return Ok(super::frame::done("/account", &text("account-changed"))),
        Err(AppError::Invalid(errs)) => errs,
        Err(AppError::Throttled(why)) => vec![crate::error::FieldError::new(
            "current_password",
            crate::error::Said::new("said-wrong-too-often", [("why", why.into())]),
        )],
        Err(e) => return Err(PageError::App(e)),
    };
    let ctx = context(&st, &user, "/account", &ContextQuery::default()).await?;
    // "This is not your current password": in the reader's language where the domain said it as a
    // message, else the English as it always was.
    let find = |f: &str| {
        errs.iter().find(|e| e.field == f).map(|e| {
            let r = super::forms::FieldReason::of(e);
            super::forms::FieldReason {
                text: if r.own {
                    text_with("account-this", &[("reason", r.text.as_str().into())])
                } else {
                    format!("This {}", r.text)
                },
                ..r
            }
        })
    };
    let role = ctx.layout.user.as_ref().map_or("", |u| u.role);
    let mut resp = render(&AccountPage {
        email: user.0.email.clone(),
        role,
        csrf: user.csrf().to_owned(),
        err_current: find("current_password"),
        err_new: find("new_password"),
        layout: ctx.layout.translated(),
    })?;
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}
