//! The projection to the target year, as Council reads it: in the indicator's API answer, on its page
//! (drawn dashed and labelled on the trajectory, said in words), and in the frozen report (a column of
//! the indicator table, a sentence of the summary, the method in the annex).

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::{freeze, get_raw};
use axum::http::StatusCode;
use rust_decimal::{Decimal, dec};
use serde_json::Value;

/// The projection of `code` of the 2028-2031 plan for 2028, as a reviewer reads it.
async fn projection(app: &TestApp, code: &str) -> Value {
    let path = format!("/api/v1/plans/SP2028-2031/indicators/{code}?year=2028");
    let (s, d) = app.call("GET", &path, Some(&app.tokens.reviewer), None).await;
    assert_eq!(s, StatusCode::OK, "{d}");
    d["projection"].clone()
}

/// A decimal of the answer (sent as a string).
fn num(v: &Value) -> Decimal {
    v.as_str()
        .unwrap_or_else(|| panic!("a decimal, not {v}"))
        .parse()
        .unwrap()
}

both_backends! {
    async fn the_indicator_answer_projects_its_one_series_to_the_target_year(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let p = projection(&app, "KPI-T1.1").await;
        assert_eq!(p["method"], "least_squares");
        // The baseline (68 in 2024), the carried-over predecessor's 73, 75 and 77, and its own 78.6: a
        // line rising 2.52 a year, 84.4 in 2030 against a target of 100.
        assert_eq!(p["points_used"], 5, "{p}");
        assert_eq!((p["target_year"].as_i64(), p["last_year"].as_i64()), (Some(2030), Some(2028)));
        assert_eq!(num(&p["value_at_target_year"]), dec!(84.4));
        assert_eq!(num(&p["value_at_last_year"]), dec!(79.36));
        assert_eq!((p["outlook"].as_str(), p["reason"].is_null()), (Some("unlikely"), true));
    }
}

both_backends! {
    async fn quarters_combine_and_only_approved_values_after_the_baseline_count(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // KPI-R2 sums its quarters (2,655 in 2028) after the carried-over 2,480 of 2027 and the baseline
        // 2,400 of 2026: 3,021.6667 by 2031, above the target of 3,000.
        let p = projection(&app, "KPI-R2").await;
        assert_eq!((p["points_used"].as_i64(), p["outlook"].as_str()), (Some(3), Some("likely")), "{p}");
        assert_eq!(num(&p["value_at_target_year"]), dec!(3021.6667), "shown to 4 decimal places");
        // KPI-X2's one value of 2028 is submitted, not approved: the baseline alone is too early to tell.
        let p = projection(&app, "KPI-X2").await;
        assert_eq!((p["points_used"].as_i64(), p["outlook"].as_str()), (Some(1), Some("too_early")), "{p}");
        assert!(p["value_at_target_year"].is_null());
        assert!(p["reason"].as_str().unwrap().contains("no approved annual value after the baseline year 2026"), "{p}");
        // KPI-T1.5 has a target but no baseline to start from.
        let p = projection(&app, "KPI-T1.5").await;
        assert_eq!((p["outlook"].as_str(), p["reason"].as_str()), (Some("too_early"), Some("no baseline")));
    }
}

both_backends! {
    async fn the_indicator_page_draws_the_projection_dashed_and_says_whether_the_target_is_likely(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = crate::pages::login(&app, "reviewer@test.org").await;
        let a = crate::pages::get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        assert_eq!(a.status, StatusCode::OK);
        let html = a.body;
        assert!(html.contains(r#"<p id="projection" data-outlook="unlikely">"#), "{html}");
        assert!(html.contains("Projection: the target is unlikely to be met."));
        assert!(html.contains("84.4 in 2030, by a least-squares line through the baseline and 4 approved annual values"));
        let group = &html[html.find(r#"<g class="projection">"#).expect("the projected stretch is drawn")..];
        let group = &group[..group.find("</g>").unwrap()];
        assert!(group.contains("stroke-dasharray") && group.contains("projection 2030: 84.4%"), "{group}");
        assert!(html.contains("projection (dashed, a least-squares line through 5 points) 84.4% in 2030, target unlikely to be met"),
            "the chart's text alternative says it too");
        let a = crate::pages::get(&app, Some(&cookie), "/indicators/KPI-D6?plan=SP2028-2031&year=2028").await;
        assert!(a.body.contains("Projection: too early to tell.") && !a.body.contains(r#"<g class="projection">"#), "{}", a.body);
    }
}

both_backends! {
    async fn the_frozen_report_shows_every_projection_and_counts_them_in_the_summary(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let run = freeze(&app).await;
        let id = run["id"].as_i64().unwrap();
        let admin = app.tokens.admin.clone();
        let (s, _, csv) = get_raw(&app, &format!("/api/v1/reports/{id}/files/tables/indicators.csv"), &admin).await;
        assert_eq!(s, StatusCode::OK);
        let csv = String::from_utf8(csv).unwrap();
        assert!(csv.lines().next().unwrap().ends_with(",projected_value,projection_outlook,projection_points"));
        let t11 = csv.lines().find(|l| l.starts_with("KPI-T1.1,")).unwrap();
        assert!(t11.ends_with(",84.4,unlikely,5"), "{t11}");
        let (_, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &admin).await;
        let html = String::from_utf8(html).unwrap();
        assert!(
            html.contains("Projection: of 53 indicators, 25 are projected to meet their end-of-plan target and 23 are \
                not; for 5 it is too early to tell"),
            "the summary counts the same outlooks as the API"
        );
        let (s, check) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!((s, &check["identical"]), (StatusCode::OK, &Value::Bool(true)), "{check}");
    }
}
