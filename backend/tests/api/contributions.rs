//! Contribution links: listing, linking, re-weighting with versions, unlinking, and their effect on roll-ups.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const LINKS: &str = "/api/v1/plans/SP2028-2031/contributions";

both_backends! {
    async fn links_list_by_from_and_to_with_the_total(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, all) = app.get_json(&format!("{LINKS}?per_page=2")).await;
        assert_eq!(s, StatusCode::OK, "{all}");
        assert_eq!(all["items"].as_array().unwrap().len(), 2);
        assert!(all["total"].as_u64().unwrap() > 2);
        let (_, from) = app.get_json(&format!("{LINKS}?from=TP-R1")).await;
        let to: Vec<&str> = from["items"].as_array().unwrap().iter().map(|l| l["to"].as_str().unwrap()).collect();
        assert_eq!(to, ["G1", "G2"]);
        assert_eq!(from["total"], 2);
        let (_, g2) = app.get_json(&format!("{LINKS}?to=G2&from=TP-R1.O1")).await;
        assert_eq!((g2["total"].as_u64(), g2["items"][0]["weight"].as_str()), (Some(1), Some("0.3")));
        let (_, heavy) = app.get_json(&format!("{LINKS}?sort=-weight&per_page=1")).await;
        assert_eq!(heavy["items"][0]["weight"], "1", "the heaviest link first: {heavy}");
        let (s, p) = app.get_json(&format!("{LINKS}?from=NOPE&to=G9")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["from".to_owned(), "to".to_owned()]));
    }
}

both_backends! {
    async fn a_new_link_is_counted_in_the_goal_it_contributes_to(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, before) = app.get_json("/api/v1/plans/SP2028-2031/nodes/G2/rollup?year=2028").await;
        let (s, link) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "EN-6", "to": "G2", "weight": "0.25"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{link}");
        assert_eq!((link["from"].as_str(), link["to"].as_str(), link["weight"].as_str()), (Some("EN-6"), Some("G2"), Some("0.25")));
        let (_, after) = app.get_json("/api/v1/plans/SP2028-2031/nodes/G2/rollup?year=2028").await;
        let n = |r: &serde_json::Value| r["indicators"].as_array().unwrap().len();
        assert_eq!(n(&after), n(&before) + 1, "KPI-EN10 now counts for G2");
        assert!(after["indicators"].as_array().unwrap().iter().any(|i| i["code"] == "KPI-EN10"));
        assert_eq!(audit_rows(&app, "contribution_link", "create").await, 1);
        let (s, _) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "EN-6", "to": "G2"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "the link exists");
    }
}

both_backends! {
    async fn a_bad_link_is_refused_with_every_field_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("contribution_links").await;
        let (s, p) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "NOPE", "to": "G1", "weight": "1.5"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["from", "weight"]);
        let (_, p) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "G1", "to": "G1", "weight": -0.1}))).await;
        assert_eq!(fields(&p), ["to", "weight"]);
        let (_, p) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "EN-6", "to": "G1", "weight": "N/A"}))).await;
        assert_eq!(fields(&p), ["weight"]);
        let (_, p) = app.call("POST", LINKS, Some(&admin), Some(json!({"from": "EN-6", "to": "G1", "strength": 1}))).await;
        assert_eq!(fields(&p), ["strength"]);
        assert_eq!(app.count("contribution_links").await, before);
    }
}

both_backends! {
    async fn a_weight_changes_only_at_the_current_version_and_a_link_can_be_removed(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, l) = app.get_json(&format!("{LINKS}?from=TP-R1&to=G2")).await;
        let id = l["items"][0]["id"].as_i64().unwrap();
        let v = l["items"][0]["version"].as_i64().unwrap();
        let path = format!("{LINKS}/{id}");
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "weight": "0.2"}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        assert_eq!((up["weight"].as_str(), up["version"].as_i64()), (Some("0.2"), Some(v + 1)));
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "weight": "0.9"}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        let (s, _) = app.as_(&admin).patch(&path).if_match(v).json(&json!({"weight": "0.9"})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v + 1, "weight": "2"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["weight".to_owned()]));
        let (s, cleared) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v + 1, "weight": null}))).await;
        assert_eq!(s, StatusCode::OK);
        assert!(cleared["weight"].is_null());
        let (_, read) = app.get_json(&path).await;
        assert_eq!(read["version"], v + 2);
        let (s, _) = app.get_json(&format!("/api/v1/plans/SP2024-2027/contributions/{id}")).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "a link is read through its own plan");
        for (method, target, body) in [
            ("POST", LINKS.to_owned(), Some(json!({"from": "EN-6", "to": "G2"}))),
            ("PATCH", path.clone(), Some(json!({"version": v + 2, "weight": "0.5"}))),
            ("DELETE", path.clone(), None),
        ] {
            for who in [&app.tokens.planner_br, &app.tokens.planner_bdt, &app.tokens.reviewer] {
                let (s, _) = app.call(method, &target, Some(who), body.clone()).await;
                assert_eq!(s, StatusCode::FORBIDDEN, "{method} {target}");
            }
            let (s, _) = app.call(method, &target, None, body.clone()).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "{method} {target}");
        }
        let (s, _) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = app.get_json(&path).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(audit_rows(&app, "contribution_link", "update").await, 2);
        assert_eq!(audit_rows(&app, "contribution_link", "delete").await, 1);
    }
}
