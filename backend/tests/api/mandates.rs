//! Mandates and their links to nodes and indicators.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

both_backends! {
    async fn mandate_links_are_added_listed_and_removed(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, all) = app.get_json("/api/v1/mandates?vocabulary=wsis&per_page=5").await;
        assert_eq!(s, StatusCode::OK, "{all}");
        assert_eq!((all["total"].as_u64(), all["items"].as_array().unwrap().len()), (Some(11), 5));
        let (_, p) = app.get_json("/api/v1/mandates?vocabulary=poetry").await;
        assert_eq!(fields(&p), ["vocabulary"]);
        let links = format!("{INDICATORS}/KPI-R3/mandates");
        let (s, m) = app.call("POST", &links, Some(&admin), Some(json!({"vocabulary": "resolution", "code": "71"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!(m["title"], "Strategic plan for the Union");
        let (s, _) = app.call("POST", &links, Some(&admin), Some(json!({"vocabulary": "resolution", "code": "71"}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        let (s, p) = app.call("POST", &links, Some(&admin), Some(json!({"vocabulary": "resolution", "code": "9999"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["code".to_owned()]));
        let (_, listed) = app.get_json(&links).await;
        assert_eq!((listed["total"].as_u64(), listed["items"][0]["code"].as_str()), (Some(1), Some("71")));
        let (_, d) = app.get_json(&format!("{INDICATORS}/KPI-R3")).await;
        assert_eq!(d["mandates"][0]["code"], "71");
        let (s, _) = app.call("DELETE", &format!("{links}/resolution/71"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = app.call("DELETE", &format!("{links}/resolution/71"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        let node_links = "/api/v1/plans/SP2028-2031/nodes/EN-6/mandates";
        let (s, _) = app.call("POST", node_links, Some(&admin), Some(json!({"vocabulary": "sdg", "code": "9.c"}))).await;
        assert_eq!(s, StatusCode::CREATED);
        let (_, n) = app.get_json("/api/v1/plans/SP2028-2031/nodes/EN-6").await;
        assert!(n["mandates"].as_array().unwrap().iter().any(|m| m["code"] == "9.c"));
        let (s, _) = app.call("DELETE", &format!("{node_links}/sdg/9.c"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(audit_rows(&app, "mandate_link", "create").await, 2);
        assert_eq!(audit_rows(&app, "mandate_link", "delete").await, 2);
    }
}

both_backends! {
    async fn the_database_keeps_one_link_per_mandate_and_node_or_indicator(backend: Backend) {
        use sea_orm::ConnectionTrait;
        let Some(app) = TestApp::seeded(backend).await else { return };
        let insert = "INSERT INTO mandate_links (mandate_id, node_id) \
            SELECT m.id, n.id FROM mandates m, result_nodes n WHERE m.vocabulary = 'resolution' AND m.code = '71' AND n.code = 'EN-6'";
        assert!(app.db.execute_unprepared(insert).await.is_ok());
        assert!(app.db.execute_unprepared(insert).await.is_err(), "a second identical link is refused even past the API");
    }
}
