//! `/api/v1/reports`: frozen runs of the annual report to Council. The Secretary-General's office
//! freezes a run for a plan and year, publishes it, and can verify it still rebuilds byte for byte;
//! everyone downloads its files and its zip, Council reviewers only once it is published (an
//! unpublished run is 404 to them, as if it did not exist).

pub mod read;
pub mod write;

use crate::auth::Actor;
use crate::error::AppError;
use crate::models::report_runs::{self, RunSummary};
use crate::policy::sees_unapproved;
use crate::state::AppState;
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read::list_reports, write::create_report))
        .routes(routes!(read::get_report))
        .routes(routes!(read::get_report_zip))
        .routes(routes!(write::publish_report))
        .routes(routes!(write::verify_report))
        .merge(files())
}

/// The file route takes a path with slashes (`charts/cost-by-goal.svg`), which axum matches with a
/// wildcard (`{*path}`) and OpenAPI writes as a plain parameter (`{path}`): routed and documented apart.
fn files() -> OpenApiRouter<AppState> {
    #[derive(OpenApi)]
    #[openapi(paths(read::get_report_file))]
    struct FileDoc;
    OpenApiRouter::with_openapi(FileDoc::openapi()).route(
        "/api/v1/reports/{id}/files/{*path}",
        axum::routing::get(read::get_report_file),
    )
}

/// Run `id` as `actor` may see it: reviewers see published runs only; anything else is 404.
pub async fn visible_run(db: &impl sea_orm::ConnectionTrait, actor: &Actor, id: i32) -> Result<RunSummary, AppError> {
    match report_runs::summary(db, id).await? {
        Some(run) if run.status == "published" || sees_unapproved(actor) => Ok(run),
        _ => Err(AppError::NotFound(format!("report run {id}"))),
    }
}
