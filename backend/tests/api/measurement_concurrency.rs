//! Concurrency: many tasks editing one value lose no update, of simultaneous approvals of one
//! submission exactly one succeeds, and simultaneous entries keep one value per slot.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{PLAN, audits, body, create, draft, step};
use axum::http::StatusCode;
use serde_json::{Value, json};
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
    }
}

both_backends! {
    async fn simultaneous_entries_store_one_value_per_slot_and_nothing_of_a_refused_one(backend: Backend) {
        // Entries arriving together are committed together on SQLite; the refused ones (a slot taken
        // by another entry of the same moment, a locked year) must leave nothing behind and must not
        // take the accepted ones down with them.
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = Arc::new(app);
        let t = app.tokens.clone();
        let (s, lock) = app
            .call("POST", &format!("/api/v1/plans/{PLAN}/periods/2030/lock"), Some(&t.admin), Some(json!({"note": "closed"})))
            .await;
        assert_eq!(s, StatusCode::OK, "{lock}");
        let before = app.count("measurements").await;
        let creates_before = audits(&app, "create").await;
        let mut handles = Vec::new();
        for attempt in 0..3 {
            for quarter in [None, Some(1), Some(2), Some(3), Some(4)] {
                for year in [2029, 2030] {
                    let (app, token) = (app.clone(), t.planner_br.clone());
                    let extra = quarter.map_or(json!({}), |q| json!({"quarter": q}));
                    let value = json!(format!("{}", 10 * attempt + quarter.unwrap_or(0)));
                    handles.push(tokio::spawn(async move {
                        let (s, m) = create(&app, &token, body("KPI-R8", year, value, extra)).await;
                        (year, quarter, s, m)
                    }));
                }
            }
        }
        let mut accepted = std::collections::HashMap::new();
        for h in handles {
            let (year, quarter, s, m) = h.await.unwrap();
            match (year, s) {
                (2029, StatusCode::CREATED) => {
                    assert!(accepted.insert(quarter, m["value"].clone()).is_none(), "two values accepted for 2029 {quarter:?}");
                }
                (2029, StatusCode::CONFLICT) => assert_eq!(m["code"], "conflict", "{m}"),
                (2030, StatusCode::LOCKED) => assert_eq!(m["code"], "period_locked", "{m}"),
                other => panic!("unexpected {other:?}: {m}"),
            }
        }
        assert_eq!(accepted.len(), 5, "one value for each slot of 2029: {accepted:?}");
        assert_eq!(app.count("measurements").await, before + 5, "the refused entries stored nothing");
        assert_eq!(audits(&app, "create").await, creates_before + 5, "one audit row per stored value");
        for (quarter, value) in &accepted {
            let q = quarter.map_or(String::new(), |q| format!("&quarter={q}"));
            let (s, list) = app
                .call("GET", &format!("/api/v1/measurements?plan={PLAN}&indicator=KPI-R8&year=2029{q}"), Some(&t.admin), None)
                .await;
            assert_eq!(s, StatusCode::OK, "{list}");
            let stored: Vec<&Value> = list["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| m["quarter"] == json!(quarter))
                .map(|m| &m["value"])
                .collect();
            assert_eq!(stored, vec![value], "the accepted value of 2029 {quarter:?} is the stored one");
        }
    }
}
