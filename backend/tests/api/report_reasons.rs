//! The status rule's reasons in a frozen run's language (report form 7): the input keeps them as the
//! interface's messages, the French report says them in French, and the run rebuilds byte for byte.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::listed_file;
use axum::http::StatusCode;
use serde_json::{Value, json};

/// The row of indicator `code` in the CSV table `csv`.
fn row<'c>(csv: &'c str, code: &str) -> &'c str {
    csv.lines()
        .find(|l| l.starts_with(&format!("{code},")))
        .unwrap_or_else(|| panic!("{code} in {csv}"))
}

async fn text(app: &TestApp, run: &Value, path: &str) -> String {
    String::from_utf8(listed_file(app, &run["files"], path).await).unwrap()
}

both_backends! {
    async fn a_run_frozen_in_french_says_why_an_indicator_has_no_data_in_french(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "languages": ["fr", "en"]}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");

        // KPI-T1.2 has no target: the status rule says so, in French in the French report.
        let html = text(&app, &run, "report.html").await;
        assert!(html.contains("pas de cible"), "the French reason in report.html");
        let csv = text(&app, &run, "tables/indicators.csv").await;
        let t12 = row(&csv, "KPI-T1.2");
        assert!(t12.contains(",no_data,") && t12.contains("pas de cible"), "{t12}");
        assert!(!t12.contains("no target"), "{t12}");

        // The English version of the same run keeps the English, word for word.
        let english = run["language_files"].as_array().unwrap().iter()
            .find(|l| l["language"] == "en").expect("English in the run");
        let csv = String::from_utf8(listed_file(&app, &english["files"], "tables/indicators.csv").await).unwrap();
        assert!(row(&csv, "KPI-T1.2").contains(",no_data,no target"), "{csv}");

        // The frozen input carries the reasons as messages.
        let id = run["id"].as_i64().unwrap();
        use sea_orm::EntityTrait;
        let stored = stratrack::entities::report_runs::Entity::find_by_id(id as i32).one(&app.db).await.unwrap().unwrap();
        let input: stratrack_reports::ReportInput = serde_json::from_str(&stored.snapshot).unwrap();
        let t12 = input.indicators.iter().find(|i| i.code == "KPI-T1.2").expect("KPI-T1.2");
        assert!(t12.reasons.iter().any(|m| m.key == "nodata-no-target"), "{:?}", t12.reasons);

        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "every language rebuilds byte for byte: {v}");
    }
}
