//! JSON handlers under `/api/v1`, one module per resource, each exporting `router()`; the OpenAPI
//! document is collected from the same registrations, so it lists exactly the routes served.

pub mod auth;
pub mod common;
pub mod imports;
pub mod measurements;
pub mod periods;
pub mod plans;

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
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        c.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// Every JSON route with its documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(auth::router())
        .merge(plans::router())
        .merge(periods::router())
        .merge(measurements::router())
        .merge(imports::router())
}
