//! Logging in and out of a web session from a script or the pages' login form.

use super::common::ApiJson;
use crate::auth::{Actor, Role, SESSION_COOKIE, Via};
use crate::error::{AppError, AppResult, Problem};
use crate::models::sessions::{self, LoginError};
use crate::state::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(whoami))
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
}

/// The address a request came from ("unknown" when the server was not started with connect info).
pub struct ClientAddr(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

/// Builds the `Set-Cookie` value of a session.
pub fn session_cookie(value: &str, st: &AppState, max_age_secs: i64) -> String {
    format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if st.config.secure_cookies { "; Secure" } else { "" }
    )
}

/// `POST /api/v1/auth/login`: starts a session (cookie) after checking the password; throttled.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = Login,
    responses((status = 200, body = Me), (status = 401, body = Problem), (status = 429, body = Problem)))]
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
                role: Role::parse(&s.user.role).unwrap_or(Role::Reviewer),
                unit_id: s.user.org_unit_id,
                csrf_token: Some(s.csrf.clone()),
            };
            let cookie = session_cookie(&s.cookie, &st, st.config.session_absolute.num_seconds());
            Ok(([(header::SET_COOKIE, cookie)], axum::Json(me)).into_response())
        }
        Err(LoginError::BadCredentials) => Err(AppError::Unauthenticated),
        Err(e @ LoginError::Throttled { .. }) => Err(AppError::Throttled(e.to_string())),
    }
}

/// `POST /api/v1/auth/logout`: ends the current session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 204), (status = 401, body = Problem)))]
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
#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth", responses((status = 200, body = Me), (status = 401, body = Problem)))]
pub async fn whoami(actor: Actor) -> axum::Json<Me> {
    let csrf_token = match &actor.via {
        Via::Session { csrf, .. } => Some(csrf.clone()),
        Via::Token => None,
    };
    axum::Json(Me {
        id: actor.id,
        email: actor.email,
        name: actor.name,
        role: actor.role,
        unit_id: actor.unit_id,
        csrf_token,
    })
}
