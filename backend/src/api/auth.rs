//! Logging in and out of a web session from a script or the pages' login form.

use super::common::ApiJson;
pub use crate::auth::client_addr::ClientAddr;
use crate::auth::{Actor, Role, SESSION_COOKIE, Via, cookies};
use crate::error::{AppError, AppResult, Problem};
use crate::models::sessions::{self, LoginError};
use crate::models::users::language;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(whoami, update_me))
}

/// Email and password.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// Email.
    pub email: String,
    /// Password.
    pub password: String,
}

/// The logged-in user.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    /// User id.
    pub id: i32,
    /// Email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Org unit id of a planner.
    pub unit_id: Option<i32>,
    /// CSRF token to send as `X-CSRF-Token` on state-changing requests made with the session cookie.
    pub csrf_token: Option<String>,
    /// Whether the password must be changed (`POST /api/v1/auth/password`) before anything else works.
    pub must_change_password: bool,
    /// The interface language the user chose for the pages (`ar`, `en`, `es`, `fr`, `ru`, `zh`); null
    /// until they choose, when the browser decides. The API itself follows `Accept-Language`.
    pub language: Option<String>,
}

/// What a user may change of their own account here.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMe {
    /// The interface language of the pages: `ar`, `en`, `es`, `fr`, `ru` or `zh`; null (or absent) to
    /// have none, so that the browser's language decides.
    pub language: Option<String>,
}

/// Builds the `Set-Cookie` value of a session (`__Host-` prefixed and `Secure` behind HTTPS).
pub fn session_cookie(value: &str, st: &AppState, max_age_secs: i64) -> String {
    cookies::set(SESSION_COOKIE, value, &st.config, Some(max_age_secs))
}

/// `POST /api/v1/auth/login`: starts a session (cookie) after checking the password. Throttled: 5 failures
/// for one account from one client address, or 20 from one address, refuse further tries from that
/// address for 15 minutes (429); the rightful user elsewhere is not affected.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = Login, security(()),
    responses((status = 200, body = Me), (status = 401, body = Problem, description = "Wrong email or password, or a disabled account"),
        (status = 429, body = Problem)))]
pub async fn login(
    State(st): State<AppState>,
    ClientAddr(addr): ClientAddr,
    ApiJson(body): ApiJson<Login>,
) -> AppResult<Response> {
    match sessions::login(&st.db, &st.config, &body.email, &body.password, &addr).await? {
        Ok(s) => {
            let me = Me {
                id: s.user.id,
                email: s.user.email.clone(),
                name: s.user.display_name.clone(),
                role: crate::models::words::stored(&s.user.role, || format!("user {}", s.user.id))?,
                unit_id: s.user.org_unit_id,
                csrf_token: Some(s.csrf.clone()),
                must_change_password: s.user.must_change_password,
                language: s.user.language.clone(),
            };
            let cookie = session_cookie(&s.cookie, &st, st.config.session_absolute.num_seconds());
            Ok(([(header::SET_COOKIE, cookie)], axum::Json(me)).into_response())
        }
        Err(LoginError::BadCredentials) => Err(AppError::Unauthenticated),
        Err(LoginError::Throttled { minutes }) => Err(AppError::throttled(crate::error::Said::new(
            "said-throttled-login",
            [("minutes", minutes.into())],
        ))),
    }
}

/// `POST /api/v1/auth/logout`: ends the current session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 204)))]
pub async fn logout(actor: Actor, State(st): State<AppState>) -> AppResult<Response> {
    if let Via::Session { id, .. } = actor.via {
        sessions::logout(&st.db, id).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, session_cookie("", &st, 0))],
    )
        .into_response())
}

/// `GET /api/v1/auth/me`: who is logged in.
#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth", responses((status = 200, body = Me)))]
pub async fn whoami(actor: Actor, State(st): State<AppState>) -> AppResult<axum::Json<Me>> {
    let csrf_token = match &actor.via {
        Via::Session { csrf, .. } => Some(csrf.clone()),
        Via::Token => None,
    };
    let must_change_password = crate::models::users::must_change_password(&st.db, actor.id).await?;
    Ok(axum::Json(Me {
        id: actor.id,
        email: actor.email,
        name: actor.name,
        role: actor.role,
        unit_id: actor.unit_id,
        csrf_token,
        must_change_password,
        language: actor.language.map(|l| l.code().to_owned()),
    }))
}

/// `PATCH /api/v1/auth/me`: sets the caller's own interface language (the same preference the pages'
/// language switch stores).
#[utoipa::path(patch, path = "/api/v1/auth/me", tag = "auth", request_body = UpdateMe,
    responses((status = 200, body = Me)))]
pub async fn update_me(
    mut actor: Actor,
    State(st): State<AppState>,
    ApiJson(body): ApiJson<UpdateMe>,
) -> AppResult<axum::Json<Me>> {
    let language = body.language.as_deref().map(language::parse).transpose()?;
    language::set_language(&st.db, &actor, language).await?;
    actor.language = language;
    whoami(actor, State(st)).await
}
