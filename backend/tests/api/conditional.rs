//! Requests the plain `TestApp::call` cannot make: with `If-Match`, and reading the `ETag`; plus the
//! decision body framework revisions need.

use crate::helpers::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};

/// Sends `method path` as `token` with `If-Match: "version"` and a JSON body.
pub async fn if_match(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    version: i64,
    body: Value,
) -> (StatusCode, Value) {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .header("if-match", format!("\"{version}\""))
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s, b) = app.send(req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// The `ETag` of a GET as the admin.
pub async fn etag(app: &TestApp, path: &str) -> String {
    let req = Request::builder()
        .uri(path)
        .header("authorization", format!("Bearer {}", app.tokens.admin))
        .body(Body::empty())
        .unwrap();
    let resp = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK, "GET {path}");
    resp.headers()["etag"].to_str().unwrap().to_owned()
}

/// A complete decision for a framework revision.
pub fn decision(reference: &str) -> Value {
    json!({
        "decided_on": "2029-05-12",
        "deciding_body": "Council",
        "reference": reference,
        "reason_category": "methodology",
        "justification": "The survey method changed."
    })
}

/// The field names of a problem document's `errors`, in order.
pub fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Audit rows of `entity_type` with `action`.
pub async fn audit_rows(app: &TestApp, entity_type: &str, action: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    use stratrack::entities::audit_log;
    audit_log::Entity::find()
        .filter(audit_log::Column::EntityType.eq(entity_type))
        .filter(audit_log::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap() as i64
}
