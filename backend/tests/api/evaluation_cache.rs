//! The evaluation cache: a process serves statuses again only while the data version is unchanged, and a
//! change made by any process (another pool, another cache) is seen by the next read.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{draft, step};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::sync::Arc;
use stratrack::entities::{indicators, plans};
use stratrack::models::cache::Cache;

both_backends! {
    async fn a_cached_evaluation_is_served_until_any_process_changes_the_data(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        // A second process: its own pool and its own cache, on the same database.
        let other = stratrack::db::connect(&app.url).await.expect("second pool");
        let cache = Cache::default();
        let plan = plans::Entity::find()
            .filter(plans::Column::Code.eq("SP2028-2031"))
            .one(&other)
            .await
            .unwrap()
            .expect("seeded plan");
        let r4 = indicators::Entity::find()
            .filter(indicators::Column::Code.eq("KPI-R4"))
            .one(&other)
            .await
            .unwrap()
            .expect("KPI-R4")
            .id;
        let first = cache.evaluate(&other, plan.clone(), 2029).await.unwrap();
        let again = cache.evaluate(&other, plan.clone(), 2029).await.unwrap();
        assert!(Arc::ptr_eq(&first, &again), "unchanged data is served from the cache");
        assert_eq!(first.assessments[&r4].actual.map(|a| a.normalize().to_string()).as_deref(), Some("570"));

        // A draft and a submission are writes too: the cache recomputes, but the figures stay.
        let m = draft(&app, &t.planner_br, "KPI-R4", 2029, "560").await;
        let (_, m) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        let submitted = cache.evaluate(&other, plan.clone(), 2029).await.unwrap();
        assert!(!Arc::ptr_eq(&first, &submitted), "a write by another process invalidates the entry");
        assert_eq!(submitted.assessments[&r4].actual.map(|a| a.normalize().to_string()).as_deref(), Some("570"));

        // The approval, made through the first process's API, shows at once in the second process.
        let (s, m) = step(&app, &t.admin, &m["id"], "approve", Some(serde_json::json!({"version": m["version"]}))).await;
        assert_eq!(s, axum::http::StatusCode::OK, "{m}");
        let approved = cache.evaluate(&other, plan.clone(), 2029).await.unwrap();
        assert_eq!(approved.assessments[&r4].actual.map(|a| a.normalize().to_string()).as_deref(), Some("560"));
        assert_eq!(cache.len(), 1, "one entry per plan and year; older versions are dropped");
        other.close().await.ok();
    }
}
