//! The framework as of a day: an indicator's fields as adopted or on any date, what changed since, and
//! the rule that a year is assessed and reported against the framework in force on its 31 December.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::get_raw;
use axum::http::StatusCode;
use serde_json::{Value, json};

const PATH: &str = "/api/v1/plans/SP2028-2031/indicators/KPI-T1.1";

/// A decision taken on `day`.
fn decided(day: &str, reference: &str) -> Value {
    json!({
        "decided_on": day,
        "deciding_body": "Council",
        "reference": reference,
        "reason_category": "methodology",
        "justification": "The survey method changed."
    })
}

/// Revises KPI-T1.1's target (adopted 100) to `target` by a decision of `day`.
async fn revise_target(app: &TestApp, target: &str, day: &str, reference: &str) {
    let v = app.version_of(PATH).await;
    let body = json!({"version": v, "target_value": target, "revision": decided(day, reference)});
    let (s, p) = app
        .call("PATCH", PATH, Some(&app.tokens.admin.clone()), Some(body))
        .await;
    assert_eq!(s, StatusCode::OK, "{p}");
}

/// The KPI-T1.1 row of the `year` report's indicators.csv, frozen now, and its report.html.
async fn reported(app: &TestApp, year: i32) -> (Vec<String>, String) {
    let admin = app.tokens.admin.clone();
    let (s, run) = app
        .call(
            "POST",
            "/api/v1/reports",
            Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": year})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{run}");
    let id = run["id"].as_i64().unwrap();
    let (_, _, csv) = get_raw(
        app,
        &format!("/api/v1/reports/{id}/files/tables/indicators.csv"),
        &admin,
    )
    .await;
    let csv = String::from_utf8(csv).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let row = csv
        .lines()
        .find(|l| l.starts_with("KPI-T1.1,"))
        .expect("KPI-T1.1 is reported");
    let cells: Vec<String> = row.split(',').map(str::to_owned).collect();
    let target = header.iter().position(|h| *h == "target").unwrap();
    let (_, _, html) = get_raw(app, &format!("/api/v1/reports/{id}/files/report.html"), &admin).await;
    (
        vec![cells[0].clone(), cells[target].clone()],
        String::from_utf8(html).unwrap(),
    )
}

both_backends! {
    async fn an_indicator_reads_as_adopted_or_as_of_any_day_with_what_changed_since(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        revise_target(&app, "95", "2029-05-12", "Council Decision 620").await;
        revise_target(&app, "97.5", "2030-03-01", "Council Decision 631").await;

        let (_, now) = app.get_json(PATH).await;
        assert_eq!((now["target_value"].as_str(), now["as_of"].clone()), (Some("97.5"), Value::Null));
        assert!(now["changed_since"].as_array().unwrap().is_empty());

        let (s, adopted) = app.call("GET", &format!("{PATH}?as_of=adopted"), Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{adopted}");
        assert_eq!((adopted["target_value"].as_str(), adopted["as_of"].as_str()), (Some("100"), Some("adopted")));
        let changes = adopted["changed_since"].as_array().unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!((changes[0]["field"].as_str(), changes[0]["then"].as_str(), changes[0]["now"].as_str()),
            (Some("target_value"), Some("100"), Some("97.5")));
        let refs: Vec<&str> = changes[0]["decisions"].as_array().unwrap().iter().map(|d| d["reference"].as_str().unwrap()).collect();
        assert_eq!(refs, ["Council Decision 620", "Council Decision 631"]);

        let (_, end_2029) = app.get_json(&format!("{PATH}?as_of=2029-12-31")).await;
        assert_eq!(end_2029["target_value"], "95", "the 2029 decision counts, the 2030 one not yet");
        assert_eq!(end_2029["changed_since"][0]["then"], "95");
        let (_, eve) = app.get_json(&format!("{PATH}?as_of=2029-05-11")).await;
        assert_eq!(eve["target_value"], "100", "a revision counts from the day it was decided");
        let (_, on_the_day) = app.get_json(&format!("{PATH}?as_of=2030-03-01")).await;
        assert_eq!(on_the_day["target_value"], "97.5");
        assert!(on_the_day["changed_since"].as_array().unwrap().is_empty());

        let (s, p) = app.get_json(&format!("{PATH}?as_of=last%20spring")).await;
        assert_eq!((s, p["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("as_of")));
    }
}

both_backends! {
    async fn a_revision_dated_in_2030_changes_the_2030_report_but_not_the_2029_one(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        revise_target(&app, "95", "2030-03-01", "Council Decision 631").await;

        let (row, html) = reported(&app, 2029).await;
        assert_eq!(row[1], "100", "the 2029 report keeps the target in force on 31 December 2029");
        assert!(!html.contains("Council Decision 631") && html.contains("was revised by a decision in force for 2029"),
            "no revision is in force for 2029, and its section says so");
        let (_, y2029) = app.get_json(&format!("{PATH}?year=2029")).await;
        let (_, y2030) = app.get_json(&format!("{PATH}?year=2030")).await;
        let expected = |d: &Value| d["assessment"]["expected"].as_str().map(|e| e.parse::<f64>().unwrap());
        assert_eq!((expected(&y2029), expected(&y2030)), (Some(94.7), Some(95.0)),
            "E(2029) is the 2029 milestone; E(2030) the target in force on 31 December 2030");

        let (row, html) = reported(&app, 2030).await;
        assert_eq!(row[1], "95", "the 2030 report uses the revised target");
        assert!(html.contains("Framework revisions") && html.contains("Council Decision 631"), "the section \"Framework revisions in force\" names it");
        assert!(html.contains("31 December 2030"), "and states the rule");
    }
}

both_backends! {
    async fn the_list_of_2029_assesses_against_the_target_in_force_then(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        revise_target(&app, "95", "2030-03-01", "Council Decision 631").await;
        let list = |year: i32| format!("/api/v1/plans/SP2028-2031/indicators?year={year}&q=KPI-T1.1");
        let (_, l2029) = app.get_json(&list(2029)).await;
        let (_, l2030) = app.get_json(&list(2030)).await;
        let item = |l: &Value| l["items"].as_array().unwrap().iter().find(|i| i["code"] == "KPI-T1.1").unwrap().clone();
        assert_eq!(item(&l2029)["target_value"], "100");
        assert_eq!(item(&l2030)["target_value"], "95");
        assert_eq!(item(&l2030)["expected"].as_str().map(|e| e.parse::<f64>().unwrap()), Some(95.0), "E(2030) is the revised target in its year");
    }
}
