//! JSON handlers under `/api/v1`, one module per resource, each exporting `router()`.

pub mod plans;

use crate::state::AppState;
use axum::Router;

/// Every JSON route.
pub fn router() -> Router<AppState> {
    Router::new().merge(plans::router())
}
