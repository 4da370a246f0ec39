//! The finance, operations, risk and audit routes are in the OpenAPI document with their methods, and
//! every schema the document references exists.

use crate::helpers::{Backend, TestApp, block_on};
use axum::http::StatusCode;

fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(r)) = m.get("$ref") {
                out.push(r.clone());
            }
            m.values().for_each(|x| refs(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[test]
fn finance_operations_risk_and_audit_routes_are_documented() {
    block_on(async {
        let Some(app) = TestApp::empty(Backend::Sqlite).await else {
            return;
        };
        let (s, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        let paths = doc["paths"].as_object().unwrap();
        let expect = [
            ("/api/v1/plans/{plan}/finance/lines", &["get", "post"][..]),
            ("/api/v1/plans/{plan}/finance/lines/{id}", &["get", "patch", "delete"]),
            ("/api/v1/plans/{plan}/finance/actuals", &["get", "post"]),
            ("/api/v1/plans/{plan}/finance/actuals/{id}", &["get", "patch", "delete"]),
            ("/api/v1/plans/{plan}/finance/allocations", &["get", "post"]),
            (
                "/api/v1/plans/{plan}/finance/allocations/{id}",
                &["get", "patch", "delete"],
            ),
            ("/api/v1/plans/{plan}/finance/adopted-totals", &["get"]),
            ("/api/v1/plans/{plan}/finance/adopted-totals/{biennium}", &["put"]),
            ("/api/v1/plans/{plan}/finance/reconciliation", &["get"]),
            ("/api/v1/plans/{plan}/finance/cost", &["get"]),
            ("/api/v1/plans/{plan}/operational-plans", &["get"]),
            ("/api/v1/plans/{plan}/operational-plans/{id}", &["get"]),
            ("/api/v1/operational-items", &["get", "post"]),
            ("/api/v1/operational-items/{id}", &["get", "patch", "delete"]),
            ("/api/v1/plans/{plan}/risks", &["get", "post"]),
            ("/api/v1/plans/{plan}/risks/{risk}", &["get", "patch", "delete"]),
            ("/api/v1/plans/{plan}/risks/{risk}/links", &["post"]),
            ("/api/v1/plans/{plan}/risks/{risk}/links/{node}", &["delete"]),
            ("/api/v1/audit", &["get"]),
            ("/api/v1/audit/{id}", &["get"]),
        ];
        for (path, methods) in expect {
            let item = paths.get(path).unwrap_or_else(|| panic!("{path} is not documented"));
            let mut have: Vec<&str> = item
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .filter(|k| ["get", "post", "put", "patch", "delete"].contains(k))
                .collect();
            have.sort();
            let mut want = methods.to_vec();
            want.sort();
            assert_eq!(have, want, "{path}");
            for m in methods {
                let op = &item[*m];
                assert!(op["responses"]["401"].is_object(), "{m} {path} documents 401");
            }
        }
        let mut found = Vec::new();
        refs(&doc, &mut found);
        for r in found {
            assert!(
                r.starts_with("#/components/schemas/") || r.starts_with("#/components/responses/"),
                "{r} points outside the components"
            );
            assert!(
                doc.pointer(r.trim_start_matches('#')).is_some(),
                "{r} is referenced but not defined"
            );
        }
    });
}
