//! Shares reported as numerator and denominator: a percent indicator's quarters combine to
//! 100 × Σnumerator ÷ Σdenominator and its status follows that figure; a single value is checked against
//! its numerator and denominator with the same factor; pairs of unit and aggregation that make no sense
//! are refused when an indicator is created or changed.

use crate::both_backends;
use crate::conditional::fields;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{body, create, step};
use axum::http::StatusCode;
use serde_json::{Value, json};

const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

/// Filings published on time over filings received, reported each quarter: 50 % in 2026, 80 % by 2031,
/// so 62 % is expected in 2028.
fn on_time_share() -> Value {
    json!({
        "code": "KPI-R11", "node": "TP-R1.O2.P1", "name": "Filings published on time",
        "unit": "percent", "direction": "increase", "aggregation": "ratio", "frequency": "quarterly",
        "baseline_value": "50", "baseline_year": 2026, "target_value": "80", "target_year": 2031
    })
}

/// Enters, submits (as the BR planner) and approves (as the admin) a 2028 quarter of KPI-R11; `value`
/// null leaves it to be computed from numerator and denominator.
async fn approved_quarter(app: &TestApp, quarter: i64, value: Value, numerator: &str, denominator: &str) {
    let t = app.tokens.clone();
    let extra = json!({"quarter": quarter, "numerator": numerator, "denominator": denominator});
    let (s, m) = create(app, &t.planner_br, body("KPI-R11", 2028, value, extra)).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let (s, m) = step(app, &t.planner_br, &m["id"], "submit", None).await;
    assert_eq!(s, StatusCode::OK, "{m}");
    let (s, m) = step(
        app,
        &t.admin,
        &m["id"],
        "approve",
        Some(json!({"version": m["version"]})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{m}");
}

fn reasons(problem: &Value) -> String {
    problem["errors"].to_string()
}

both_backends! {
    async fn percent_quarters_combine_to_a_percentage_and_the_status_follows_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, i) = app.call("POST", INDICATORS, Some(&admin), Some(on_time_share())).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        approved_quarter(&app, 1, json!("40"), "40", "100").await;
        approved_quarter(&app, 2, json!("80"), "160", "200").await;
        let (s, d) = app.get_json(&format!("{INDICATORS}/KPI-R11?year=2028")).await;
        assert_eq!(s, StatusCode::OK, "{d}");
        // 200 of 300 filings on time: 66.67 %, not 0.6667; against an expected 62 % that is on track.
        assert_eq!(d["assessment"]["actual"], "66.6667", "{d}");
        assert_eq!(d["assessment"]["expected"].as_str().map(|e| e.parse::<f64>().unwrap()), Some(62.0));
        assert_eq!(d["assessment"]["status"], "on_track");
        let (_, list) = app.get_json(&format!("{INDICATORS}?year=2028&node=TP-R1.O2.P1")).await;
        let listed = list["items"].as_array().unwrap().iter().find(|i| i["code"] == "KPI-R11").unwrap();
        assert_eq!((listed["actual"].as_str(), listed["status"].as_str()), (Some("66.6667"), Some("on_track")));
        app.cleanup().await;
    }
}

both_backends! {
    async fn a_single_percentage_must_be_a_hundred_times_its_numerator_over_its_denominator(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (t, before) = (app.tokens.clone(), app.count("measurements").await);
        let (s, _) = app.call("POST", INDICATORS, Some(&t.admin), Some(on_time_share())).await;
        assert_eq!(s, StatusCode::CREATED);
        let share = |value: &str| body("KPI-R11", 2028, json!(value), json!({"quarter": 3, "numerator": "160", "denominator": "200"}));
        let (s, p) = create(&app, &t.planner_br, share("0.8")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "the fraction is not the percentage: {p}");
        assert_eq!((p["code"].as_str(), fields(&p)), (Some("validation_failed"), vec!["value".to_owned()]));
        assert!(reasons(&p).contains("100 × 160 ÷ 200 = 80"), "{p}");
        assert_eq!(app.count("measurements").await, before);
        let (s, m) = create(&app, &t.planner_br, share("80")).await;
        assert_eq!((s, m["value"].as_str()), (StatusCode::CREATED, Some("80")), "{m}");
        // Left out, the value is computed with the same factor.
        let computed = body("KPI-R11", 2028, Value::Null, json!({"quarter": 4, "numerator": "150", "denominator": "200"}));
        let (s, m) = create(&app, &t.planner_br, computed).await;
        assert_eq!((s, m["value"].as_str()), (StatusCode::CREATED, Some("75")), "{m}");
        // A ratio indicator keeps the fraction.
        let ratio = body("KPI-T2.2", 2029, json!("75"), json!({"numerator": "66", "denominator": "88"}));
        let (s, p) = create(&app, &t.admin, ratio).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["value".to_owned()]), "{p}");
        app.cleanup().await;
    }
}

both_backends! {
    async fn a_pair_of_unit_and_aggregation_that_makes_no_sense_is_refused_on_create_and_on_change(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("indicators").await;
        for (unit, aggregation) in [("percent", "sum"), ("yes_no", "mean"), ("count", "ratio")] {
            let mut bad = on_time_share();
            (bad["unit"], bad["aggregation"]) = (json!(unit), json!(aggregation));
            (bad["baseline_value"], bad["target_value"]) = (json!("0"), json!("1"));
            let (s, p) = app.call("POST", INDICATORS, Some(&admin), Some(bad)).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{unit} {aggregation}: {p}");
            assert_eq!((p["code"].as_str(), fields(&p)), (Some("validation_failed"), vec!["aggregation".to_owned()]));
            assert!(reasons(&p).contains(&format!("`{aggregation}` does not suit unit `{unit}`")), "{p}");
        }
        assert_eq!(app.count("indicators").await, before, "nothing was stored");

        let (s, i) = app.call("POST", INDICATORS, Some(&admin), Some(on_time_share())).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        let path = format!("{INDICATORS}/KPI-R11");
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "aggregation": "sum"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["aggregation".to_owned()]), "{p}");
        // Changing the unit alone is judged against the aggregation the indicator keeps.
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "unit": "index"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["unit".to_owned()]), "{p}");
        assert!(reasons(&p).contains("`ratio` does not suit unit `index`"), "{p}");
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "unit": "ratio", "baseline_value": "0.5", "target_value": "0.8"}))).await;
        assert_eq!(s, StatusCode::OK, "a ratio may aggregate as a ratio: {p}");
        let (_, d) = app.get_json(&path).await;
        assert_eq!((d["unit"].as_str(), d["aggregation"].as_str(), d["version"].as_i64()), (Some("ratio"), Some("ratio"), Some(2)));
        app.cleanup().await;
    }
}
