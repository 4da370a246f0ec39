//! Concurrent changes to the framework and the risk register: many tasks changing the same record each
//! get either their change (200) or a conflict to retry (409), never a server error, and no change is
//! lost. On SQLite this holds because every write transaction takes the write lock before it reads.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};
use std::sync::Arc;

const TASKS: usize = 12;

/// Runs [`TASKS`] tasks that each read `path` and PATCH it with `change(current)` and the version read,
/// retrying on 409 until their change is in; returns the conflicts seen.
async fn race(app: &Arc<TestApp>, token: &str, path: &str, change: fn(&Value) -> Value) -> usize {
    let mut handles = Vec::new();
    for _ in 0..TASKS {
        let (app, token, path) = (app.clone(), token.to_owned(), path.to_owned());
        handles.push(tokio::spawn(async move {
            for tries in 0..500 {
                let (s, cur) = app.call("GET", &path, Some(&token), None).await;
                assert_eq!(s, StatusCode::OK, "{cur}");
                let mut body = change(&cur);
                body["version"] = cur["version"].clone();
                let (s, p) = app.call("PATCH", &path, Some(&token), Some(body)).await;
                match s {
                    StatusCode::OK => return tries,
                    StatusCode::CONFLICT => continue,
                    other => panic!("{other} (never a server error or a refusal): {p}"),
                }
            }
            panic!("no success after 500 tries");
        }));
    }
    let mut conflicts = 0;
    for h in handles {
        conflicts += h.await.unwrap();
    }
    conflicts
}

both_backends! {
    async fn concurrent_changes_to_one_node_and_one_risk_lose_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = Arc::new(app);
        let admin = app.tokens.admin.clone();

        let node = "/api/v1/plans/SP2028-2031/nodes/TP-R1.O1";
        let (_, before) = app.get_json(node).await;
        let conflicts = race(&app, &admin, node, |n| json!({"sort_order": n["sort_order"].as_i64().unwrap() + 1})).await;
        let (_, after) = app.get_json(node).await;
        assert_eq!(after["sort_order"].as_i64(), before["sort_order"].as_i64().map(|s| s + TASKS as i64), "{conflicts} conflicts retried");
        assert_eq!(after["version"].as_i64(), before["version"].as_i64().map(|v| v + TASKS as i64));

        let risk = "/api/v1/plans/SP2028-2031/risks/RSK-01";
        let (_, before) = app.get_json(risk).await;
        let conflicts = race(&app, &admin, risk, |r| json!({"mitigation": format!("{}+", r["mitigation"].as_str().unwrap())})).await;
        let (_, after) = app.get_json(risk).await;
        let added = after["mitigation"].as_str().unwrap().len() - before["mitigation"].as_str().unwrap().len();
        assert_eq!(added, TASKS, "every task's change is in ({conflicts} conflicts retried)");
        assert_eq!(after["version"].as_i64(), before["version"].as_i64().map(|v| v + TASKS as i64));
    }
}
