//! The audit log: read only, admin only, filtered by record, actor and time, newest first; no route
//! changes or deletes an entry.

use crate::both_backends;
use crate::calls::fields;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

/// Three audited writes: the admin creates a finance line and a risk, the BR planner follows up RSK-01.
async fn three_writes(app: &TestApp) {
    let t = app.tokens.clone();
    let line = json!({"year": 2029, "unit": "RO-AFR", "kind": "expense", "category": "staff", "amount": "10"});
    assert_eq!(
        app.call(
            "POST",
            "/api/v1/plans/SP2028-2031/finance/lines",
            Some(&t.admin),
            Some(line)
        )
        .await
        .0,
        StatusCode::CREATED
    );
    let risk =
        json!({"code": "RSK-12", "title": "t", "category": "strategic", "likelihood": 1, "impact": 2, "owner": "GS"});
    assert_eq!(
        app.call("POST", "/api/v1/plans/SP2028-2031/risks", Some(&t.admin), Some(risk))
            .await
            .0,
        StatusCode::CREATED
    );
    let follow = json!({"version": 1, "status": "closed"});
    assert_eq!(
        app.call(
            "PATCH",
            "/api/v1/plans/SP2028-2031/risks/RSK-01",
            Some(&t.planner_br),
            Some(follow)
        )
        .await
        .0,
        StatusCode::OK
    );
}

both_backends! {
    async fn only_the_secretary_generals_office_reads_the_audit_log(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        three_writes(&app).await;
        let t = app.tokens.clone();
        assert_eq!(app.call("GET", "/api/v1/audit", None, None).await.0, StatusCode::UNAUTHORIZED);
        for who in [&t.reviewer, &t.planner_br, &t.planner_bdt] {
            let (s, p) = app.call("GET", "/api/v1/audit", Some(who), None).await;
            assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")));
            assert_eq!(app.call("GET", "/api/v1/audit/1", Some(who), None).await.0, StatusCode::FORBIDDEN);
        }
        let (s, p) = app.call("GET", "/api/v1/audit", Some(&t.admin2), None).await;
        assert_eq!((s, p["total"].as_u64()), (StatusCode::OK, Some(3)));
    }
}

both_backends! {
    async fn the_audit_log_filters_by_record_actor_and_time_newest_first(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        three_writes(&app).await;
        let (_, all) = app.get_json("/api/v1/audit").await;
        let items = all["items"].as_array().unwrap();
        let kinds: Vec<&str> = items.iter().map(|e| e["entity_type"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["risk", "risk", "finance_line"], "newest first");
        assert!(items.windows(2).all(|w| w[0]["id"].as_i64() > w[1]["id"].as_i64()));
        let follow_up = &items[0];
        assert_eq!((follow_up["action"].as_str(), follow_up["before"]["status"].as_str(), follow_up["after"]["status"].as_str()),
                   (Some("update"), Some("mitigating"), Some("closed")));
        assert!(follow_up["actor"].as_str().unwrap().starts_with("planner.br@test.org"));
        let total = |p: &serde_json::Value| p["total"].as_u64().unwrap();
        assert_eq!(total(&app.get_json("/api/v1/audit?actor=planner.br@test.org").await.1), 1);
        let planner_id = follow_up["actor_id"].as_i64().unwrap();
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?actor={planner_id}")).await.1), 1);
        assert_eq!(total(&app.get_json("/api/v1/audit?actor=admin@test.org&entity_type=risk").await.1), 1);
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?entity_type=risk&entity_id={}", follow_up["entity_id"].as_str().unwrap())).await.1), 1);
        let today = chrono::Utc::now().date_naive();
        let (yesterday, tomorrow) = (today.pred_opt().unwrap(), today.succ_opt().unwrap());
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?from={today}&to={today}")).await.1), 3, "a date covers its whole day");
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?to={yesterday}")).await.1), 0);
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?from={tomorrow}")).await.1), 0);
        assert_eq!(total(&app.get_json(&format!("/api/v1/audit?from={yesterday}T23:00:00Z")).await.1), 3);
        let (_, page) = app.get_json("/api/v1/audit?per_page=2&page=2").await;
        assert_eq!((total(&page), page["items"].as_array().unwrap().len()), (3, 1));
        assert_eq!(page["items"][0]["entity_type"], "finance_line");
        let (s, p) = app.get_json("/api/v1/audit?from=last%20week&actor=nobody@test.org&to=2028-02-30").await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["actor", "from", "to"].map(String::from).to_vec()));
        let (s, p) = app.get_json("/api/v1/audit?colour=red&page=0").await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["colour".to_owned()]));
        let (s, one) = app.get_json(&format!("/api/v1/audit/{}", follow_up["id"])).await;
        assert_eq!((s, &one), (StatusCode::OK, follow_up));
        assert_eq!(app.get_json("/api/v1/audit/999999").await.0, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn no_route_changes_or_deletes_an_audit_entry(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        three_writes(&app).await;
        let admin = app.tokens.admin.clone();
        let (_, before) = app.get_json("/api/v1/audit").await;
        let id = before["items"][0]["id"].as_i64().unwrap();
        let body = json!({"action": "nothing happened", "after": null});
        for path in ["/api/v1/audit".to_owned(), format!("/api/v1/audit/{id}")] {
            for method in ["PUT", "PATCH", "DELETE", "POST"] {
                let (s, _) = app.call(method, &path, Some(&admin), Some(body.clone())).await;
                assert!(s == StatusCode::METHOD_NOT_ALLOWED || s == StatusCode::NOT_FOUND, "{method} {path} answered {s}");
            }
        }
        let (_, after) = app.get_json("/api/v1/audit").await;
        assert_eq!(before, after, "every entry is unchanged");
        assert_eq!(app.count("audit_log").await, 3);
    }
}
