//! The collection of a year: the calendar the office sets (default and per-unit dates, versioned,
//! audited) and the completeness board, whose counts follow the values as they are entered, submitted,
//! returned and approved, and which says what is overdue once the due date has passed.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{draft, step};
use axum::http::StatusCode;
use serde_json::{Value, json};

const CAL: &str = "/api/v1/plans/SP2028-2031/years/2029/collection";
const BOARD: &str = "/api/v1/plans/SP2028-2031/years/2029/completeness";

fn dates(opens: &str, due: &str, version: Option<i64>) -> Value {
    let mut b = json!({"opens_on": opens, "due_on": due});
    if let Some(v) = version {
        b["version"] = json!(v);
    }
    b
}

/// The line of unit `code` in a calendar or board answer.
fn unit<'a>(v: &'a Value, code: &str) -> &'a Value {
    v["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == code)
        .unwrap_or_else(|| panic!("no line for {code} in {v}"))
}

async fn audit_rows(app: &TestApp, kind: &str) -> i64 {
    app.count(&format!("audit_log WHERE entity_type = '{kind}'")).await
}

both_backends! {
    async fn the_office_sets_the_dates_of_a_year_and_gives_one_unit_its_own_each_change_versioned_and_audited(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, c) = app.call("GET", CAL, Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{c}");
        assert_eq!((c["opens_on"].clone(), c["version"].clone()), (Value::Null, Value::Null), "not set yet: {c}");
        // A unit cannot get its own dates before the year has dates for every unit.
        let (s, p) = app.call("PUT", &format!("{CAL}/units/BR"), Some(&admin), Some(dates("2030-01-15", "2030-03-31", None))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        // Bad dates and a year outside the plan are named together, and nothing is stored.
        let (s, p) = app.call("PUT", "/api/v1/plans/SP2028-2031/years/2040/collection", Some(&admin), Some(dates("2030-03-31", "2030-01-15", None))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["year", "due_on"], "{p}");
        let (s, p) = app.call("PUT", CAL, Some(&admin), Some(dates("1899-12-31", "2201-01-01", None))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["opens_on", "due_on"], "dates outside 1900-2200: {p}");
        assert_eq!(app.count("collection_calendars").await, 0);
        let (s, c) = app.call("PUT", CAL, Some(&admin), Some(dates("2030-01-15", "2030-02-28", None))).await;
        assert_eq!(s, StatusCode::CREATED, "{c}");
        assert_eq!((c["due_on"].as_str(), c["version"].as_i64()), (Some("2030-02-28"), Some(1)));
        assert!(c["units"].as_array().unwrap().iter().all(|u| u["due_on"] == "2030-02-28" && u["own_dates"] == false), "{c}");
        // Once set, a change names the version it was based on: none, or a stale one, is refused.
        let (s, p) = app.call("PUT", CAL, Some(&admin), Some(dates("2030-01-15", "2030-03-15", None))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let (s, p) = app.call("PUT", CAL, Some(&admin), Some(dates("2030-01-15", "2030-03-15", Some(7)))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, c) = app.call("PUT", CAL, Some(&admin), Some(dates("2030-01-15", "2030-03-15", Some(1)))).await;
        assert_eq!((s, c["version"].as_i64()), (StatusCode::OK, Some(2)), "{c}");
        // BR gets its own dates; the other units keep the default.
        let (s, c) = app.call("PUT", &format!("{CAL}/units/BR"), Some(&admin), Some(dates("2030-01-15", "2030-04-30", None))).await;
        assert_eq!(s, StatusCode::CREATED, "{c}");
        assert_eq!((unit(&c, "BR")["due_on"].as_str(), unit(&c, "BR")["own_dates"].as_bool()), (Some("2030-04-30"), Some(true)));
        assert_eq!(unit(&c, "BDT")["due_on"], "2030-03-15");
        let (s, _) = app.call("PUT", &format!("{CAL}/units/XX"), Some(&admin), Some(dates("2030-01-15", "2030-04-30", None))).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = app.call("DELETE", &format!("{CAL}/units/BR"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, c) = app.call("GET", CAL, Some(&admin), None).await;
        assert_eq!((unit(&c, "BR")["due_on"].as_str(), unit(&c, "BR")["own_dates"].as_bool()), (Some("2030-03-15"), Some(false)));
        let (s, _) = app.call("DELETE", &format!("{CAL}/units/BR"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "nothing left to clear");
        assert_eq!(audit_rows(&app, "collection_calendar").await, 2, "set, then changed");
        assert_eq!(audit_rows(&app, "collection_override").await, 2, "set, then cleared");
    }
}

both_backends! {
    async fn only_the_office_sets_dates_and_the_board_shows_each_planner_their_own_unit_and_no_reviewer(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        for who in [&t.planner_br, &t.reviewer] {
            let (s, _) = app.call("PUT", CAL, Some(who), Some(dates("2030-01-15", "2030-02-28", None))).await;
            assert_eq!(s, StatusCode::FORBIDDEN);
        }
        assert_eq!(app.count("collection_calendars").await, 0);
        let (s, _) = app.call("GET", BOARD, Some(&t.reviewer), None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "reviewers read approved data only");
        let (s, b) = app.call("GET", BOARD, Some(&t.planner_br), None).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let units: Vec<&str> = b["units"].as_array().unwrap().iter().map(|u| u["unit"].as_str().unwrap()).collect();
        assert_eq!(units, ["BR"]);
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        let units: Vec<&str> = b["units"].as_array().unwrap().iter().map(|u| u["unit"].as_str().unwrap()).collect();
        assert_eq!(units, ["BDT", "BR", "GS", "TSB"], "every unit that owns indicators");
        assert_eq!(b["total"]["expected"], 53, "every indicator of the plan: {b}");
    }
}

both_backends! {
    async fn completeness_counts_follow_a_value_as_it_is_entered_submitted_returned_and_approved(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let br = || async {
            let (s, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
            assert_eq!(s, StatusCode::OK, "{b}");
            let c = unit(&b, "BR")["counts"].clone();
            let n = |k: &str| c[k].as_u64().unwrap();
            (n("none"), n("draft"), n("returned"), n("submitted"), n("approved"), c["complete"].clone())
        };
        let (s, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        let expected = unit(&b, "BR")["counts"]["expected"].as_u64().unwrap();
        assert_eq!(expected, 9, "BR owns nine indicators of the plan");
        assert_eq!(br().await, (9, 0, 0, 0, 0, json!("0")));
        let m1 = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let m2 = draft(&app, &t.planner_br, "KPI-R2", 2029, "5").await;
        assert_eq!(br().await, (7, 2, 0, 0, 0, json!("0")));
        // A breakdown (TSB's count of women trained) is not the headline value: it counts for nothing.
        let (s, m) = crate::measurements::create(&app, &t.admin, crate::measurements::body("KPI-S6", 2029, json!("7"), json!({"disaggregation": {"sex": "female"}}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert_eq!(unit(&b, "TSB")["counts"]["none"], unit(&b, "TSB")["counts"]["expected"], "{b}");
        assert_eq!(step(&app, &t.planner_br, &m1["id"], "submit", None).await.0, StatusCode::OK);
        assert_eq!(step(&app, &t.planner_br, &m2["id"], "submit", None).await.0, StatusCode::OK);
        assert_eq!(br().await, (7, 0, 0, 2, 0, json!("0.2222")));
        assert_eq!(step(&app, &t.admin, &m2["id"], "return", Some(json!({"note": "check the source"}))).await.0, StatusCode::OK);
        assert_eq!(step(&app, &t.admin, &m1["id"], "approve", None).await.0, StatusCode::OK);
        assert_eq!(br().await, (7, 0, 1, 0, 1, json!("0.1111")));
        // A correction under way leaves the approved value counting: the indicator stays approved.
        let (s, r) = app.call("POST", &format!("/api/v1/measurements/{}/revise", m1["id"]), Some(&t.planner_br), Some(json!({"value": "132"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(br().await, (7, 0, 1, 0, 1, json!("0.1111")));
        // The planner sees the same line.
        let (_, own) = app.call("GET", BOARD, Some(&t.planner_br), None).await;
        assert_eq!(unit(&own, "BR")["counts"]["returned"], 1);
    }
}

both_backends! {
    async fn what_is_not_submitted_after_the_due_date_is_overdue_unless_the_unit_has_later_dates(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert!(b["units"].as_array().unwrap().iter().all(|u| u["overdue"] == 0), "no dates, nothing overdue: {b}");
        // Due dates in the past (2026) and far ahead (2099), so the test holds on any day it runs.
        let (s, _) = app.call("PUT", CAL, Some(&t.admin), Some(dates("2026-01-01", "2026-01-31", None))).await;
        assert_eq!(s, StatusCode::CREATED);
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        assert_eq!(step(&app, &t.planner_br, &m["id"], "submit", None).await.0, StatusCode::OK);
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert_eq!(unit(&b, "BR")["overdue"], 8, "nine expected, one submitted: {b}");
        assert_eq!(unit(&b, "BDT")["overdue"], unit(&b, "BDT")["counts"]["expected"]);
        let (s, _) = app.call("PUT", &format!("{CAL}/units/BR"), Some(&t.admin), Some(dates("2026-01-01", "2099-12-31", None))).await;
        assert_eq!(s, StatusCode::CREATED);
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert_eq!((unit(&b, "BR")["overdue"].as_u64(), unit(&b, "BR")["due_on"].as_str()), (Some(0), Some("2099-12-31")), "{b}");
        assert!(unit(&b, "GS")["overdue"].as_u64().unwrap() > 0);
    }
}

both_backends! {
    async fn the_office_is_told_once_of_each_unit_overdue_however_often_the_check_runs(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let writer = stratrack::models::transactions::Writer::new(app.db.clone());
        let today = chrono::NaiveDate::from_ymd_opt(2030, 3, 1).unwrap();
        let tell = || stratrack::models::collection::completeness::tell_overdue(&writer, today);
        assert_eq!(tell().await.unwrap(), 0, "no dates, nobody overdue");
        let (s, _) = app.call("PUT", CAL, Some(&t.admin), Some(dates("2030-01-01", "2030-01-31", None))).await;
        assert_eq!(s, StatusCode::CREATED);
        // BR gets later dates: not overdue on 1 March 2030.
        let (s, _) = app.call("PUT", &format!("{CAL}/units/BR"), Some(&t.admin), Some(dates("2030-01-01", "2030-06-30", None))).await;
        assert_eq!(s, StatusCode::CREATED);
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        let units = b["units"].as_array().unwrap().len() as i64;
        let told = tell().await.unwrap();
        assert!(told > 0, "the units past their due date are told");
        assert_eq!(tell().await.unwrap(), 0, "a second check tells nobody again");
        let overdue = app.count("notifications WHERE kind = 'overdue'").await;
        assert_eq!(overdue as usize, told, "one notice recorded per mail");
        let br = app.count("notifications WHERE kind = 'overdue' AND message LIKE 'BR %'").await;
        assert_eq!(br, 0, "BR's own due date is later");
        let admins = app.count("users WHERE role = 'admin' AND active").await;
        assert!(overdue <= units * admins, "at most once per admin and unit: {overdue}");
    }
}

both_backends! {
    async fn a_board_kept_by_another_process_moves_as_soon_as_a_value_is_submitted(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        // A second server process on the same database: its own pool and its own cache.
        let pool = stratrack::db::connect(&app.url).await.expect("second pool");
        let other = stratrack::app(stratrack::state::AppState::new(pool.clone()));
        let br_there = || async {
            use tower::ServiceExt;
            let req = axum::http::Request::get(BOARD)
                .header("authorization", format!("Bearer {}", t.admin))
                .body(axum::body::Body::empty())
                .unwrap();
            let resp = other.clone().oneshot(req).await.expect("the second process answers");
            assert_eq!(resp.status(), StatusCode::OK);
            let bytes = http_body_util::BodyExt::collect(resp.into_body()).await.unwrap().to_bytes();
            let b: Value = serde_json::from_slice(&bytes).unwrap();
            let c = unit(&b, "BR")["counts"].clone();
            (c["none"].as_u64().unwrap(), c["draft"].as_u64().unwrap(), c["submitted"].as_u64().unwrap())
        };
        assert_eq!(br_there().await, (9, 0, 0));
        assert_eq!(br_there().await, (9, 0, 0), "read again while nothing changed");
        // Entered and submitted through the first process: the second one's board moves at once.
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        assert_eq!(br_there().await, (8, 1, 0), "a draft moves one indicator from no value to draft");
        assert_eq!(step(&app, &t.planner_br, &m["id"], "submit", None).await.0, StatusCode::OK);
        assert_eq!(br_there().await, (8, 0, 1), "the submitted value is counted as submitted");
        let (_, b) = app.call("GET", BOARD, Some(&t.admin), None).await;
        assert_eq!(unit(&b, "BR")["counts"]["submitted"], 1, "both processes agree: {b}");
        pool.close().await.ok();
    }
}
