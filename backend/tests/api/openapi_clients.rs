//! What a client generator reads from the OpenAPI document besides the answers' schemas (those are
//! checked on every answer, `openapi::check_answer`): who must sign in for each operation, as the router
//! actually decides it, and one schema per shape, so that a generated client has one class per shape.

use crate::helpers::{Backend, TestApp, block_on};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// `template` with every parameter filled with a value of the right kind (the plan code for `{plan}`,
/// a number for the others): the router's routing, not its handlers' lookups, is what is tried.
fn filled(template: &str) -> String {
    template
        .split('/')
        .map(|s| match s {
            "{plan}" => "SP2028-2031",
            s if s.starts_with('{') => "1",
            s => s,
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_operation_declares_the_credentials_the_router_asks_for() {
    block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (s, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
        assert_eq!(schemes["bearer"]["scheme"], "bearer", "{schemes:?}");
        assert_eq!(schemes["session"]["in"], "cookie", "{schemes:?}");
        let either = json!([{"bearer": []}, {"session": []}]);
        let mut public = Vec::new();
        let mut checked = 0;
        for (template, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let name = format!("{} {template}", method.to_uppercase());
                let security = op["security"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{name} declares no security requirement"));
                let anyone = security.is_empty() || security.iter().any(|r| r == &json!({}));
                let signs_in = ["bearer", "session"]
                    .iter()
                    .all(|s| security.iter().any(|r| r == &json!({ *s: [] })));
                let answer = app.anonymous().request(&method.to_uppercase(), &filled(template)).await;
                checked += 1;
                if answer.status == StatusCode::UNAUTHORIZED {
                    assert!(
                        signs_in,
                        "{name} answers 401 without credentials, but its security is {security:?}"
                    );
                } else {
                    assert!(
                        anyone,
                        "{name} answers {} without credentials, but its security is {security:?}: {}",
                        answer.status,
                        answer.text()
                    );
                    public.push(name.clone());
                }
                if !anyone {
                    assert_eq!(
                        Value::from(security.clone()),
                        either,
                        "{name}: a bearer token or the session"
                    );
                }
                if security.is_empty() {
                    assert!(
                        op["responses"].get("401").is_none() || name == "POST /api/v1/auth/login",
                        "{name} needs no credentials, so it never answers 401 for want of them"
                    );
                }
            }
        }
        assert!(checked > 100, "{checked} operations");
        public.sort();
        assert_eq!(
            public,
            ["GET /healthz", "GET /readyz", "POST /api/v1/auth/login"],
            "the operations anyone may call"
        );
        let login = &doc["paths"]["/api/v1/auth/login"]["post"];
        assert_eq!(login["security"], json!([]));
        assert_eq!(login["responses"]["401"]["$ref"], "#/components/responses/Unauthorized");
    });
}

/// Every value inside `v` with its JSON pointer, `v` itself first.
fn all_values<'a>(v: &'a Value, at: String, out: &mut Vec<(String, &'a Value)>) {
    out.push((at.clone(), v));
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| all_values(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| all_values(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn every_shape_has_one_schema_that_is_used_by_reference() {
    block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        let mut values = Vec::new();
        all_values(&doc, String::new(), &mut values);
        for (name, schema) in schemas {
            let own = format!("/components/schemas/{name}");
            let reference = format!("#{own}");
            assert!(
                values.iter().any(|(_, v)| v["$ref"] == reference.as_str()),
                "{name} is never referenced: the shape it describes is written out elsewhere"
            );
            if !(schema.get("properties").is_some() || schema.get("allOf").is_some()) {
                continue;
            }
            let copies: Vec<&String> = values
                .iter()
                .filter(|(at, v)| *at != own && *v == schema)
                .map(|(at, _)| at)
                .collect();
            assert!(
                copies.is_empty(),
                "{name} is copied at {copies:?} instead of referenced"
            );
        }
        // The node list's items, a node's detail and the node itself: one NodeView under each.
        let page = &schemas["Page_NodeListItem"]["properties"]["items"]["items"];
        assert_eq!(page["$ref"], "#/components/schemas/NodeListItem");
        for composed in ["NodeListItem", "NodeDetail"] {
            assert_eq!(
                schemas[composed]["allOf"][0]["$ref"], "#/components/schemas/NodeView",
                "{composed}"
            );
            assert!(
                schemas[composed]["allOf"][1]["required"]
                    .as_array()
                    .unwrap()
                    .contains(&json!("rollup")),
                "{composed} always carries its roll-up"
            );
        }
        assert_eq!(
            schemas["NodeDetail"]["allOf"][1]["properties"]["children"]["items"]["type"], "string",
            "a node's detail names its children by code"
        );
        assert_eq!(
            schemas["TreeNodeView"]["properties"]["children"]["items"]["$ref"], "#/components/schemas/TreeNodeView",
            "the tree nests its children"
        );
    });
}
