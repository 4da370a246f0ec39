//! JSON handlers under `/api/v1`, one module per resource, each exporting `router()`; the OpenAPI
//! document is collected from the same registrations, so it lists exactly the routes served.

pub mod audit;
pub mod auth;
pub mod collection;
pub mod common;
pub mod comparison;
pub mod contributions;
pub mod dimensions;
pub mod document;
pub mod finance;
pub mod framework_workbook;
pub mod health;
pub mod iati;
pub mod imports;
pub mod indicators;
pub mod mandates;
pub mod measurements;
pub mod milestones;
pub mod nodes;
pub mod operations;
pub mod periods;
pub mod plan_cycle;
pub mod plans;
pub mod problems;
pub mod query;
pub mod questions;
pub mod reports;
pub mod revisions;
pub mod risks;
pub mod serde_said;
pub mod status;
pub mod tokens;
pub mod translations;
pub mod users;

use crate::state::AppState;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

/// Top-level OpenAPI information.
#[derive(OpenApi)]
#[openapi(
    info(title = "stratrack API", version = "1", description = "Results framework, data entry and approval, finance, operational plans, risks and reports."),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&Security)
)]
pub struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
        let c = openapi.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            document::SCHEMES[0],
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        c.add_security_scheme(
            document::SCHEMES[1],
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// The whole API: routes and their finished OpenAPI document (health routes included); see
/// [`document::finish`] for what is added to what the annotations say.
pub fn split() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let (routes, mut doc) = router()
        .layer(axum::middleware::map_response(problems::problem_for_rejection))
        .merge(health::router())
        .split_for_parts();
    document::finish(&mut doc);
    (routes, doc)
}

/// Every JSON route with its documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(auth::router())
        .merge(audit::router())
        .merge(plans::router())
        .merge(tokens::router())
        .merge(users::router())
        .merge(finance::router())
        .merge(operations::router())
        .merge(risks::router())
        .merge(nodes::router())
        .merge(contributions::router())
        .merge(indicators::router())
        .merge(milestones::router())
        .merge(mandates::router())
        .merge(revisions::router())
        .merge(framework_workbook::router())
        .merge(iati::router())
        .merge(dimensions::router())
        .merge(translations::router())
        .merge(status::router())
        .merge(comparison::router())
        .merge(plan_cycle::router())
        .merge(periods::router())
        .merge(collection::router())
        .merge(measurements::router())
        .merge(imports::router())
        .merge(reports::router())
        .merge(questions::router())
}
