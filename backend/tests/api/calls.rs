//! Helpers the finance, operations, risk and audit tests share: conditional requests (`If-Match`), the
//! fields a problem document names, and audit-row counts per entity type.

use crate::helpers::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// Sends `method path` with a bearer token, an `If-Match` header and an optional JSON body.
pub async fn call_if_match(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    version: i64,
    body: Option<serde_json::Value>,
) -> (StatusCode, serde_json::Value) {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .header("if-match", format!("\"{version}\""))
        .header("content-type", "application/json");
    let req = req
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap();
    let (s, b) = app.send(req).await;
    (s, serde_json::from_slice(&b).unwrap_or(serde_json::Value::Null))
}

/// The ETag of `GET path` as the admin.
pub async fn etag(app: &TestApp, path: &str) -> Option<String> {
    let req = Request::builder()
        .uri(path)
        .header("authorization", format!("Bearer {}", app.tokens.admin))
        .body(Body::empty())
        .unwrap();
    let resp = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    resp.headers().get("etag").map(|v| v.to_str().unwrap().to_owned())
}

/// The fields a problem document names, in order.
pub fn fields(problem: &serde_json::Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|a| a.iter().map(|e| e["field"].as_str().unwrap_or("").to_owned()).collect())
        .unwrap_or_default()
}

/// Audit rows about `entity_type`.
pub async fn audit_rows(app: &TestApp, entity_type: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    stratrack::entities::audit_log::Entity::find()
        .filter(stratrack::entities::audit_log::Column::EntityType.eq(entity_type))
        .count(&app.db)
        .await
        .unwrap() as i64
}
