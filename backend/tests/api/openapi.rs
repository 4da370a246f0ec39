//! The OpenAPI document and the offline API explorer.

use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

#[test]
fn the_openapi_document_is_3_1_and_documents_responses_and_errors() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (s, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            doc["openapi"].as_str().unwrap().starts_with("3.1"),
            "{}",
            doc["openapi"]
        );
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.len() >= 10, "{} paths", paths.len());
        for (path, item) in paths {
            for (method, op) in item.as_object().unwrap() {
                if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                    continue;
                }
                let responses = op["responses"]
                    .as_object()
                    .unwrap_or_else(|| panic!("{method} {path} has no responses"));
                assert!(!responses.is_empty(), "{method} {path} documents no response");
                if path.starts_with("/api/v1/") && path != "/api/v1/auth/login" {
                    assert!(responses.contains_key("401"), "{method} {path} does not document 401");
                }
                // Every path parameter is declared.
                for seg in path.split('/').filter(|s| s.starts_with('{')) {
                    let name = seg.trim_matches(|c| c == '{' || c == '}');
                    let declared = op["parameters"]
                        .as_array()
                        .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path"));
                    assert!(declared, "{method} {path} does not declare path parameter {name}");
                }
            }
        }
        assert!(doc["components"]["schemas"]["Problem"].is_object());
        app.cleanup().await;
    });
}

#[test]
fn the_api_explorer_works_offline() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (s, body) = app
            .send(
                axum::http::Request::get("/api/docs/")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(s, StatusCode::OK);
        let html = String::from_utf8(body).unwrap();
        assert!(html.contains("swagger-ui"), "{html}");
        assert!(
            !html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"),
            "no outside URL: {html}"
        );
        for asset in [
            "/api/docs/swagger-ui.css",
            "/api/docs/swagger-ui-bundle.js",
            "/api/docs/swagger-initializer.js",
        ] {
            let (s, body) = app
                .send(axum::http::Request::get(asset).body(axum::body::Body::empty()).unwrap())
                .await;
            assert_eq!(s, StatusCode::OK, "{asset} is served from the binary");
            assert!(body.len() > 100);
        }
        let (_, init) = app
            .send(
                axum::http::Request::get("/api/docs/swagger-initializer.js")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(String::from_utf8(init).unwrap().contains("/api/openapi.json"));
        app.cleanup().await;
    });
}
