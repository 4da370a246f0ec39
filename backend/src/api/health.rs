//! Liveness (`/healthz`), readiness (`/readyz`) and the metrics route, documented with the API.

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

/// Liveness, readiness and metrics, documented with the API.
pub fn router() -> utoipa_axum::router::OpenApiRouter<AppState> {
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
#[utoipa::path(get, path = "/healthz", tag = "health", security(()),
    responses((status = 200, body = Health, description = "The process is alive")))]
async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Readiness: the database answers a query and stores a change.
#[utoipa::path(get, path = "/readyz", tag = "health", security(()),
    responses((status = 200, body = Health, description = "The database answers and stores changes"),
        (status = 503, body = Health, description = "The database does not answer, or cannot store a change (e.g. its disk is full)")))]
async fn readyz(State(st): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    let problem = crate::models::readiness::problem(&st.db, &st.writer).await;
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
