//! Disaggregation dimensions, read only.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

both_backends! {
    async fn dimensions_list_with_their_values_in_order(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, d) = app.call("GET", "/api/v1/dimensions", Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{d}");
        assert_eq!(d["total"], 2);
        assert_eq!((d["items"][0]["code"].as_str(), d["items"][1]["code"].as_str()), (Some("region"), Some("sex")));
        let sex: Vec<&str> = d["items"][1]["values"].as_array().unwrap().iter().map(|v| v["code"].as_str().unwrap()).collect();
        assert_eq!(sex, ["female", "male"]);
        assert_eq!(d["items"][0]["values"][0]["code"], "africa");
    }
}
