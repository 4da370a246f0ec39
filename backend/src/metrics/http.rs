//! The HTTP side of the metrics: the middleware that counts every request under its route template, the
//! `/metrics` route, and who may read it (an admin, or anyone from an address of
//! `STRATRACK_METRICS_ALLOW`, so a Prometheus server can scrape without an account).

use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::time::Instant;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The route of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_metrics))
}

/// Middleware: counts the request under the route template it matched (never the raw path, which
/// clients choose) with its status, and how long the answer took.
pub async fn track(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = req.method().clone();
    let resp = next.run(req).await;
    let route = route.as_ref().map_or(super::UNMATCHED, MatchedPath::as_str);
    super::observe_request(route, &method, resp.status().as_u16(), started.elapsed());
    resp
}

/// `GET /metrics`: the figures of this process in the Prometheus text format (admins, or clients from an
/// address of `STRATRACK_METRICS_ALLOW` without logging in).
#[utoipa::path(get, path = "/metrics", tag = "health",
    responses(
        (status = 200, description = "Prometheus text exposition format 0.0.4", body = String,
            content_type = "text/plain; version=0.0.4; charset=utf-8"),
        (status = 401, body = Problem, content_type = "application/problem+json",
            description = "Not logged in and not from an allowed address"),
        (status = 403, body = Problem, content_type = "application/problem+json",
            description = "Logged in, but not an admin")),
    security((), ("bearer" = []), ("session" = [])))]
pub async fn get_metrics(State(st): State<AppState>, req: Request) -> AppResult<Response> {
    let (mut parts, _) = req.into_parts();
    let from = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if !from.is_some_and(|ip| st.config.metrics_allow.allows(ip)) {
        let actor = Actor::from_request_parts(&mut parts, &st).await?;
        authorize(&actor, Action::ReadMetrics)?;
    }
    let body = super::render(&st.db, st.writer.conn());
    Ok(([(header::CONTENT_TYPE, super::CONTENT_TYPE)], body).into_response())
}

pub use crate::addr_ranges::{AddrRange, AllowList};
