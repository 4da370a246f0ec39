//! The evaluation cache: a process serves statuses again only while the data version is unchanged, and a
//! change made by any process (another pool, another cache) is seen by the next read.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{draft, step};
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;
use std::sync::Arc;
use stratrack::entities::{indicators, plans};
use stratrack::models::cache::Cache;
use stratrack::models::data_version;

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

both_backends! {
    async fn the_version_read_with_the_token_serves_the_cache_but_never_a_revoked_token(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let list = "/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100";
        let (s, created) = app.call("POST", "/api/v1/tokens", Some(&app.tokens.reviewer), Some(json!({"name": "script"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{created}");
        let token = created["token"].as_str().unwrap().to_owned();
        let (s, before) = app.call("GET", list, Some(&token), None).await;
        assert_eq!(s, StatusCode::OK, "{before}");
        let name_of = |page: &serde_json::Value| {
            page["items"].as_array().unwrap().iter().find(|i| i["code"] == "KPI-R4").map(|i| i["name"].clone())
        };

        // A change made by another process, with its version raised, shows on the next read from the cache.
        let other = stratrack::db::connect(&app.url).await.expect("second pool");
        other.execute_unprepared("UPDATE indicators SET name = 'Renamed elsewhere' WHERE code = 'KPI-R4'").await.unwrap();
        data_version::bump(&other).await.unwrap();
        let (_, after) = app.call("GET", list, Some(&token), None).await;
        assert_eq!(name_of(&after), Some(json!("Renamed elsewhere")), "{after}");

        // Revoked behind the API's back: no audit row, so the data version stays and the list itself would
        // come from the cache, yet the token is refused on the very next request.
        let version = data_version::current(&other).await.unwrap();
        let now = chrono::Utc::now().to_rfc3339();
        other.execute_unprepared(&format!("UPDATE api_tokens SET revoked_at = '{now}' WHERE id = {}", created["record"]["id"])).await.unwrap();
        assert_eq!(data_version::current(&other).await.unwrap(), version);
        assert_eq!(app.call("GET", list, Some(&token), None).await.0, StatusCode::UNAUTHORIZED);
        other.close().await.ok();
    }
}

/// The server process of `txn`'s connection picks its part of the data version (PostgreSQL only).
async fn part_of(txn: &sea_orm::DatabaseTransaction) -> i32 {
    let sql = "SELECT pg_backend_pid() % 64 AS part";
    let row = txn
        .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, sql))
        .await
        .unwrap();
    row.expect("one row").try_get::<i32>("", "part").unwrap()
}

both_backends! {
    async fn the_version_counts_committed_writes_and_writers_do_not_wait_for_each_other(backend: Backend) {
        use sea_orm::TransactionTrait;
        use stratrack::models::audit;
        let Some(app) = TestApp::seeded(backend).await else { return };
        let pool = stratrack::db::connect(&app.url).await.expect("second pool");
        let before = data_version::current(&pool).await.unwrap();
        let first = pool.begin().await.unwrap();
        audit::created(&first, None, "indicator", 1, &json!({"writer": 1})).await.unwrap();
        assert_eq!(data_version::current(&pool).await.unwrap(), before, "a write not yet committed is not counted");
        let mut held = vec![first];
        let mut writes = 1;
        if backend == Backend::Postgres {
            // A second writer, on a server process other than the first's part, appends its audit row while
            // the first still holds its own: it must not wait for the first to commit (when the version was
            // one row, it waited for the row's lock, and every writer committed one after the other).
            let taken = part_of(&held[0]).await;
            loop {
                let txn = pool.begin().await.unwrap();
                let part = part_of(&txn).await;
                if part == taken {
                    held.push(txn);
                    continue;
                }
                let after = json!({"writer": 2});
                let second = audit::created(&txn, None, "indicator", 2, &after);
                tokio::time::timeout(std::time::Duration::from_secs(10), second)
                    .await
                    .expect("the second writer waited for the first one's commit")
                    .unwrap();
                held.push(txn);
                writes += 1;
                break;
            }
            assert_eq!(data_version::current(&pool).await.unwrap(), before, "neither write is committed yet");
        }
        for txn in held {
            txn.commit().await.unwrap();
        }
        assert_eq!(data_version::current(&pool).await.unwrap(), before + writes, "each committed write counts once");
        pool.close().await.ok();
    }
}
