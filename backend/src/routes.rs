//! The router: a table of contents of everything the server answers.

use crate::api;
use crate::state::AppState;
use axum::http::{HeaderValue, StatusCode, header};
use axum::routing::get;
use axum::{Json, Router};
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Content-Security-Policy of every response: no inline scripts, nothing from elsewhere, no framing.
/// Inline styles are allowed for the API explorer and inline SVG charts; scripts never.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
     font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub use crate::config::MAX_BODY_BYTES;

/// How long a request may take before it is answered 408 (with no body).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How long freezing or verifying a report run may take: it renders every language of the run (seconds
/// each in a release build, tens of seconds in a debug one), holding no transaction meanwhile.
pub const RENDERING_TIMEOUT: Duration = Duration::from_secs(600);

/// Whether a request renders every language of a report run: freezing (`POST /api/v1/reports`, the
/// freeze form `POST /reports`) or verifying (`POST /api/v1/reports/{id}/verify`).
fn renders_a_run(method: &axum::http::Method, path: &str) -> bool {
    *method == axum::http::Method::POST
        && (path == "/api/v1/reports"
            || path == "/reports"
            || path.strip_prefix("/api/v1/reports/").is_some_and(|rest| {
                rest.strip_suffix("/verify")
                    .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
            }))
}

/// Answers 408 (no body) when a request takes longer than [`REQUEST_TIMEOUT`], or
/// [`RENDERING_TIMEOUT`] for one that renders a report run.
async fn deadline(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::response::IntoResponse;
    let limit = if renders_a_run(req.method(), req.uri().path()) {
        RENDERING_TIMEOUT
    } else {
        REQUEST_TIMEOUT
    };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(answer) => answer,
        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

/// Builds the application used by `serve` and by the tests.
pub fn app(state: AppState) -> Router {
    let hsts = crate::auth::cookies::hsts_layer(&state.config);
    let language = axum::middleware::from_fn_with_state(state.clone(), crate::language::choose);
    let (api, openapi) = api::split();
    let openapi = std::sync::Arc::new(openapi);
    Router::new()
        .route(
            "/api/openapi.json",
            get(move || async move { Json(openapi.as_ref().clone()) }),
        )
        .merge(api)
        .merge(crate::pages::router().layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::pages::frame::carry,
        )))
        .merge(
            utoipa_swagger_ui::SwaggerUi::new("/api/docs").config(utoipa_swagger_ui::Config::from("/api/openapi.json")),
        )
        .fallback(crate::pages::frame::not_found)
        .with_state(state)
        // Every page and problem document of the request in its language (`language::current`).
        .layer(language)
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
        .layer(axum::middleware::from_fn(deadline))
        // Outermost but for the two below, so it sees every request and the final response, errors from
        // inner layers included.
        .layer(TraceLayer::new_for_http().make_span_with(crate::logging::request_span))
        // Counts every answer under its route template (each layer here wraps each route, so the
        // matched template is known) and times it, timeouts included.
        .layer(axum::middleware::from_fn(crate::metrics::http::track))
        // Before the trace span is made, which carries the id.
        .layer(axum::middleware::from_fn(crate::logging::request_id))
}
