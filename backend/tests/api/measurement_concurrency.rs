//! Concurrency: many tasks editing one value lose no update, and of simultaneous approvals of one
//! submission exactly one succeeds.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{audits, draft, step};
use axum::http::StatusCode;
use serde_json::json;
use std::sync::Arc;

const TASKS: usize = 24;

both_backends! {
    async fn concurrent_edits_of_one_value_lose_no_update(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = Arc::new(app);
        let token = app.tokens.planner_br.clone();
        let m = draft(&app, &token, "KPI-R8", 2029, "0").await;
        let path = format!("/api/v1/measurements/{}", m["id"]);
        let mut handles = Vec::new();
        for _ in 0..TASKS {
            let (app, token, path) = (app.clone(), token.clone(), path.clone());
            handles.push(tokio::spawn(async move {
                let mut conflicts = 0;
                for _ in 0..1000 {
                    let (s, cur) = app.call("GET", &path, Some(&token), None).await;
                    assert_eq!(s, StatusCode::OK);
                    let next = cur["value"].as_str().unwrap().parse::<i64>().unwrap() + 1;
                    let (s, p) = app.call("PATCH", &path, Some(&token), Some(json!({"version": cur["version"], "value": next.to_string()}))).await;
                    match s {
                        StatusCode::OK => return conflicts,
                        StatusCode::CONFLICT => conflicts += 1,
                        other => panic!("unexpected {other}: {p}"),
                    }
                }
                panic!("no success after 1000 tries");
            }));
        }
        let mut conflicts = 0;
        for h in handles {
            conflicts += h.await.unwrap();
        }
        let (_, end) = app.call("GET", &path, Some(&token), None).await;
        assert_eq!(end["value"], TASKS.to_string(), "every successful update is in the value ({conflicts} conflicts retried)");
        assert_eq!(end["version"], TASKS as i64 + 1);
        assert_eq!(audits(&app, "update").await, TASKS as i64, "one audit row per successful update");
        Arc::try_unwrap(app).ok().expect("no task holds the app").cleanup().await;
    }
}

both_backends! {
    async fn of_simultaneous_approvals_of_one_submission_exactly_one_succeeds(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = Arc::new(app);
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R9", 2029, "4").await;
        let (s, _) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK);
        let mut handles = Vec::new();
        for i in 0..8 {
            let app = app.clone();
            let token = if i % 2 == 0 { t.admin.clone() } else { t.admin2.clone() };
            let id = m["id"].clone();
            handles.push(tokio::spawn(async move { step(&app, &token, &id, "approve", None).await.0 }));
        }
        let mut statuses = Vec::new();
        for h in handles {
            statuses.push(h.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 1, "{statuses:?}");
        assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT), "{statuses:?}");
        assert_eq!(audits(&app, "approve").await, 1);
        Arc::try_unwrap(app).ok().expect("no task holds the app").cleanup().await;
    }
}
