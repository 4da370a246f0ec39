//! Status counts of a plan for a year.

use crate::both_backends;
use crate::conditional::fields;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

both_backends! {
    async fn the_plan_status_counts_each_indicator_once_and_each_top_level_node(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, st) = app.get_json("/api/v1/plans/SP2028-2031/status?year=2028").await;
        assert_eq!(s, StatusCode::OK, "{st}");
        let (_, list) = app.get_json(&format!("{INDICATORS}?year=2028&per_page=500")).await;
        for status in ["achieved", "on_track", "at_risk", "off_track", "no_data"] {
            let n = list["items"].as_array().unwrap().iter().filter(|i| i["status"] == status).count() as u64;
            assert_eq!(st["overall"][status].as_u64(), Some(n), "{status}");
        }
        let levels: Vec<&str> = st["nodes"].as_array().unwrap().iter().map(|n| n["level"].as_str().unwrap()).collect();
        assert!(levels.iter().all(|l| ["goal", "thematic_priority", "enabler"].contains(l)));
        assert_eq!(levels.len(), 2 + 12 + 6);
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2028").await;
        assert_eq!(st["nodes"][0]["rollup"], tree["nodes"][0]["rollup"]);
        let (s, p) = app.get_json("/api/v1/plans/SP2028-2031/status?year=1066").await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["year".to_owned()]));
    }
}
