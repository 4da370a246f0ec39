//! The finishing of the OpenAPI document: what the annotations leave unsaid but every operation or
//! schema shares, added once over the whole document so that client generators and linters read it as
//! the server behaves — who must sign in, where the server is, the error answers, and one schema per
//! shape.

use super::problems;
use utoipa::openapi::path::Operation;
use utoipa::openapi::schema::{ArrayItems, Schema};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::{OpenApi, Ref, RefOr};

/// The names of the two ways to sign in, as declared under `components.securitySchemes`.
pub const SCHEMES: [&str; 2] = ["bearer", "session"];

/// Completes `doc`: the licence by its SPDX identifier, the server (this one: the document is served by
/// the API it describes), who may call each operation ([`require_credentials`]), the error answers
/// ([`problems::declare`]), a description on every response (the status's standard reason where the
/// annotation wrote none, as OpenAPI requires one), and list items by reference ([`refer_page_items`]).
pub fn finish(doc: &mut OpenApi) {
    doc.info.license = Some(
        utoipa::openapi::LicenseBuilder::new()
            .name("Apache-2.0")
            .identifier(Some("Apache-2.0"))
            .build(),
    );
    doc.servers = Some(vec![
        utoipa::openapi::server::ServerBuilder::new()
            .url("/")
            .description(Some("The server that serves this document"))
            .build(),
    ]);
    problems::each_operation(doc, |_, op| require_credentials(op));
    problems::declare(doc);
    problems::each_operation(doc, |_, op| {
        for (code, resp) in op.responses.responses.iter_mut() {
            if let RefOr::T(r) = resp
                && r.description.is_empty()
            {
                r.description = code
                    .parse::<u16>()
                    .ok()
                    .and_then(|c| axum::http::StatusCode::from_u16(c).ok())
                    .and_then(|c| c.canonical_reason())
                    .unwrap_or("Response")
                    .to_owned();
            }
        }
    });
    refer_page_items(doc);
}

/// States who may call `op`, so that a client generator knows when to send credentials. An operation
/// that says nothing needs either scheme (a bearer token or the session cookie): that is every route
/// behind [`crate::auth::Actor`]. One that anyone may call says `security(())` in its annotation, which
/// becomes `security: []` (no requirement); one that allows both (`/metrics`: an allowed address, or an
/// admin) lists the empty requirement beside the schemes and is kept as it is.
fn require_credentials(op: &mut Operation) {
    let anyone = SecurityRequirement::default();
    op.security = match op.security.take() {
        None => Some(
            SCHEMES
                .iter()
                .map(|s| SecurityRequirement::new(*s, Vec::<String>::new()))
                .collect(),
        ),
        Some(reqs) if reqs.iter().all(|r| *r == anyone) => Some(Vec::new()),
        Some(reqs) => Some(reqs),
    };
}

/// utoipa writes a generic page (`Page_AuditView`) with a copy of its item's schema inside, beside the
/// item's own component: two schemas of one shape, which a client generator turns into two classes.
/// The copy becomes a reference to the component when the two are the same.
fn refer_page_items(doc: &mut OpenApi) {
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    let named = components.schemas.clone();
    for (name, schema) in components.schemas.iter_mut() {
        let Some(item) = name.strip_prefix("Page_") else {
            continue;
        };
        let Some(component) = named.get(item) else {
            continue;
        };
        let RefOr::T(Schema::Object(page)) = schema else {
            continue;
        };
        let Some(RefOr::T(Schema::Array(items))) = page.properties.get_mut("items") else {
            continue;
        };
        if let ArrayItems::RefOrSchema(inline) = &mut items.items
            && **inline == *component
        {
            **inline = RefOr::Ref(Ref::from_schema_name(item));
        }
    }
}
