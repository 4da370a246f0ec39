//! The router: a table of contents of everything the server answers.

use crate::api;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::routing::get;
use axum::{Json, Router};
use sea_orm::ConnectionTrait;
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Content-Security-Policy of every response: no inline scripts, nothing from elsewhere, no framing.
/// Inline styles are allowed for the API explorer and inline SVG charts; scripts never.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
     font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Largest request body accepted (imports included).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Builds the application used by `serve` and by the tests.
pub fn app(state: AppState) -> Router {
    let hsts = crate::auth::cookies::hsts_layer(&state.config);
    let (api, openapi) = api::split();
    let openapi = std::sync::Arc::new(openapi);
    Router::new()
        .route(
            "/api/openapi.json",
            get(move || async move { Json(openapi.as_ref().clone()) }),
        )
        .merge(api)
        .merge(crate::pages::router())
        .merge(
            utoipa_swagger_ui::SwaggerUi::new("/api/docs").config(utoipa_swagger_ui::Config::from("/api/openapi.json")),
        )
        .with_state(state)
        // Innermost, so the 500 it makes of a panic still gets the headers, the trace and the count.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            crate::logging::panic_response,
        ))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(hsts)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Outermost but for the two below, so it sees every request and the final response, errors from
        // inner layers included.
        .layer(TraceLayer::new_for_http().make_span_with(crate::logging::request_span))
        // Counts every answer under its route template (each layer here wraps each route, so the
        // matched template is known) and times it, timeouts included.
        .layer(axum::middleware::from_fn(crate::metrics::http::track))
        // Before the trace span is made, which carries the id.
        .layer(axum::middleware::from_fn(crate::logging::request_id))
}

/// Liveness, readiness and metrics, documented with the API.
pub fn health_router() -> utoipa_axum::router::OpenApiRouter<AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .merge(crate::metrics::http::router())
}

/// What the health routes answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok` (alive), `ready`, or why the database is not ready.
    pub status: String,
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, body = Health, description = "The process is alive")))]
async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Readiness: the database answers a query and stores a change.
#[utoipa::path(get, path = "/readyz", tag = "health",
    responses((status = 200, body = Health, description = "The database answers and stores changes"),
        (status = 503, body = Health, description = "The database does not answer, or cannot store a change (e.g. its disk is full)")))]
async fn readyz(State(st): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    let read = tokio::time::timeout(crate::db::ACQUIRE_TIMEOUT * 2, st.db.execute_unprepared("SELECT 1")).await;
    let problem = match read {
        Err(_) => Some("database unavailable: no answer in time".to_owned()),
        Ok(Err(e)) => Some(format!("database unavailable: {e}")),
        Ok(Ok(_)) => st
            .writer
            .can_write()
            .await
            .err()
            .map(|e| format!("database cannot write: {e}")),
    };
    match problem {
        None => (StatusCode::OK, Json(serde_json::json!({ "status": "ready" }))),
        Some(why) => {
            tracing::warn!(problem = %why, "Readiness check failed.");
            let status = if why.starts_with("database cannot write") {
                "database cannot write"
            } else {
                "database unavailable"
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": status })),
            )
        }
    }
}
