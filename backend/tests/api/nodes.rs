//! Result nodes: the flat list, one node with its roll-up, and changes by the Secretary-General's office.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};

const NODES: &str = "/api/v1/plans/SP2028-2031/nodes";

fn codes(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Every node of a tree response, flattened.
fn tree_nodes(nodes: &Value, out: &mut Vec<Value>) {
    for n in nodes.as_array().unwrap() {
        out.push(n.clone());
        tree_nodes(&n["children"], out);
    }
}

both_backends! {
    async fn the_node_list_filters_pages_sorts_and_says_the_total(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json(&format!("{NODES}?level=target&per_page=3&page=2&sort=-code")).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 10, "five targets under each goal");
        assert_eq!(codes(&p), ["T2.2", "T2.1", "T1.5"]);
        assert_eq!((p["page"].as_u64(), p["per_page"].as_u64()), (Some(2), Some(3)));
        let (_, first_year) = app.get_json(&format!("{NODES}?level=target&per_page=3&page=2&sort=-code&year=2028")).await;
        assert!(p["items"][0]["rollup"]["rated"].is_u64(), "every listed node carries its roll-up: {p}");
        assert_eq!(p["items"], first_year["items"], "without a year, the roll-ups are those of the plan's first year");

        let (_, p) = app.get_json(&format!("{NODES}?unit=BR&parent=TP-R1")).await;
        assert_eq!(codes(&p), ["TP-R1.O1", "TP-R1.O2", "TP-R1.O3", "TP-R1.O4"]);
        assert!(p["items"].as_array().unwrap().iter().all(|n| n["owner_unit"] == "BR" && n["parent"] == "TP-R1"));

        let (_, p) = app.get_json(&format!("{NODES}?q=tp-r1.o1&sort=code")).await;
        assert_eq!(codes(&p), ["TP-R1.O1", "TP-R1.O1.P1", "TP-R1.O1.P2"], "search ignores case");
        let (_, p) = app.get_json(&format!("{NODES}?level=output&unit=BDT&per_page=500")).await;
        assert!(p["items"].as_array().unwrap().iter().all(|n| n["output_kind"].is_string()));
    }
}

both_backends! {
    async fn the_status_filter_keeps_the_nodes_whose_rollup_counts_that_status(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2028").await;
        let mut all = Vec::new();
        tree_nodes(&tree["nodes"], &mut all);
        let mut expected: Vec<String> = all
            .iter()
            .filter(|n| n["rollup"]["off_track"].as_u64().unwrap() > 0)
            .map(|n| n["code"].as_str().unwrap().to_owned())
            .collect();
        expected.sort();
        let (s, p) = app.get_json(&format!("{NODES}?status=off_track&year=2028&per_page=500")).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert!(!expected.is_empty());
        assert_eq!(codes(&p), expected);
        for n in p["items"].as_array().unwrap() {
            let t = all.iter().find(|t| t["code"] == n["code"]).unwrap();
            assert_eq!(n["rollup"], t["rollup"], "the list's roll-up is the tree's");
        }
    }
}

both_backends! {
    async fn bad_list_parameters_are_each_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json(&format!("{NODES}?level=planet&unit=XX&parent=NOPE&status=great")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["code"], "validation_failed");
        assert_eq!(fields(&p), ["level", "status", "unit", "parent"]);
        let (s, p) = app.get_json(&format!("{NODES}?colour=red")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["colour".to_owned()]));
        let (s, p) = app.get_json(&format!("{NODES}?year=soon")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["year".to_owned()]));
        let (s, p) = app.get_json(&format!("{NODES}?sort=colour")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["sort".to_owned()]));
        let (s, _) = app.call("GET", NODES, None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
}

both_backends! {
    async fn a_node_reads_with_its_rollup_indicators_children_and_links(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, g1) = app.call("GET", &format!("{NODES}/G1?year=2028"), Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{g1}");
        assert_eq!(g1["children"], json!(["T1.1", "T1.2", "T1.3", "T1.4", "T1.5"]));
        assert!(g1["mandates"].as_array().unwrap().iter().any(|m| m["vocabulary"] == "resolution" && m["code"] == "71"));
        assert!(g1["contributions_from"].as_array().unwrap().iter().any(|l| l["from"] == "TP-R1" && l["weight"] == "0.85"));
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2028").await;
        let tree_g1 = tree["nodes"].as_array().unwrap().iter().find(|n| n["code"] == "G1").unwrap();
        assert_eq!(g1["rollup"], tree_g1["rollup"]);
        assert_eq!(app.as_(&app.tokens.admin).get(&format!("{NODES}/G1")).await.etag(), format!("\"{}\"", g1["version"]));

        let (_, t12) = app.get_json(&format!("{NODES}/T1.2?year=2028")).await;
        assert_eq!(t12["parent"], "G1");
        assert_eq!(t12["indicators"][0]["code"], "KPI-T1.2");
        assert!(t12["indicators"][0]["status"].is_string());
        assert!(t12["contributions_from"].as_array().unwrap().iter().any(|l| l["from"] == "TP-R1.O1" && l["weight"] == "0.7"));

        let (_, out) = app.get_json(&format!("{NODES}/TP-R1.O1")).await;
        assert_eq!(out["year"], 2028, "the year defaults to the plan's first");
        assert!(out["contributes_to"].as_array().unwrap().iter().any(|l| l["to"] == "T1.2"));
        let (s, p) = app.get_json(&format!("{NODES}/NOPE")).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    }
}

both_backends! {
    async fn the_rollup_route_names_every_indicator_it_counts(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, r) = app.get_json(&format!("{NODES}/G1/rollup?year=2028")).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        let counted = r["indicators"].as_array().unwrap();
        let total: u64 = ["achieved", "on_track", "at_risk", "off_track", "no_data"].iter().map(|k| r["rollup"][k].as_u64().unwrap()).sum();
        assert_eq!(counted.len() as u64, total);
        assert!(counted.iter().any(|i| i["code"] == "KPI-T1.1"), "an indicator below it");
        assert!(counted.iter().any(|i| i["node"].as_str().unwrap().starts_with("TP-R1")), "an indicator contributing to it");
        let off = counted.iter().filter(|i| i["status"] == "off_track").count() as u64;
        assert_eq!(off, r["rollup"]["off_track"].as_u64().unwrap());
    }
}

fn new_output() -> Value {
    json!({"code": "TP-R1.O1.P9", "level": "output", "name": "Satellite filing helpdesk", "parent": "TP-R1.O1",
           "owner_unit": "BR", "output_kind": "service", "sort_order": 9})
}

both_backends! {
    async fn the_admin_creates_a_node_and_the_audit_log_records_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, n) = app.call("POST", NODES, Some(&admin), Some(new_output())).await;
        assert_eq!(s, StatusCode::CREATED, "{n}");
        assert_eq!((n["parent"].as_str(), n["owner_unit"].as_str(), n["version"].as_i64()), (Some("TP-R1.O1"), Some("BR"), Some(1)));
        let (s, read) = app.get_json(&format!("{NODES}/TP-R1.O1.P9")).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(read["output_kind"], "service");
        let (_, parent) = app.get_json(&format!("{NODES}/TP-R1.O1")).await;
        assert!(parent["children"].as_array().unwrap().iter().any(|c| c == "TP-R1.O1.P9"));
        assert_eq!(audit_rows(&app, "result_node", "create").await, 1);
        let (s, p) = app.call("POST", NODES, Some(&admin), Some(new_output())).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")), "the code is taken");
    }
}

both_backends! {
    async fn a_node_that_breaks_the_framework_rules_is_refused_with_every_field_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("result_nodes").await;
        let (s, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "T 9", "level": "target", "name": "", "parent": "TP-R1"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["code", "name", "parent"], "a target belongs under a goal");
        let (_, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "X.P1", "level": "output", "name": "x", "parent": "TP-R1.O1"}))).await;
        assert_eq!(fields(&p), ["output_kind", "owner_unit"], "an output needs a kind and an owner");
        let (_, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "X.P1", "level": "output", "name": "x", "parent": "NOPE", "owner_unit": "XX", "output_kind": "gadget"}))).await;
        assert_eq!(fields(&p), ["parent", "owner_unit", "output_kind"]);
        let (_, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "G9", "level": "galaxy", "name": "x"}))).await;
        assert_eq!(fields(&p), ["level"]);
        let (_, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "G9", "level": "goal", "name": "x", "output_kind": "product"}))).await;
        assert_eq!(fields(&p), ["output_kind"], "only outputs have a kind");
        let (_, p) = app.call("POST", NODES, Some(&admin), Some(json!({"code": "G9", "level": "goal", "name": "x", "colour": "red"}))).await;
        assert_eq!(fields(&p), ["colour"]);
        assert_eq!(app.count("result_nodes").await, before, "nothing was stored");
    }
}

both_backends! {
    async fn only_the_secretary_generals_office_changes_nodes(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let patch = json!({"version": 1, "name": "Renamed"});
        for (method, path, body) in [
            ("POST", NODES.to_owned(), Some(new_output())),
            ("PATCH", format!("{NODES}/G1"), Some(patch.clone())),
            ("DELETE", format!("{NODES}/EN-6"), None),
        ] {
            app.assert_only_the_admin_may(method, &path, body).await;
        }
        let (_, g1) = app.get_json(&format!("{NODES}/G1")).await;
        assert_ne!(g1["name"], "Renamed");
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn a_node_update_with_a_stale_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{NODES}/TP-R1.O1");
        let v = app.version_of(&path).await;
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "name": "Space services", "sort_order": 7}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        assert_eq!((up["name"].as_str(), up["sort_order"].as_i64(), up["version"].as_i64()), (Some("Space services"), Some(7), Some(v + 1)));
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "name": "Lost"}))).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")));
        let (s, p) = app.as_(&admin).patch(&path).if_match(v).json(&json!({"name": "Lost"})).await.status_and_json();
        assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")));
        let (s, _) = app.as_(&admin).patch(&path).if_match(v + 1).json(&json!({"description": "Notices"})).await.status_and_json();
        assert_eq!(s, StatusCode::OK);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"name": "No version"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["version".to_owned()]));
        let (_, after) = app.get_json(&path).await;
        assert_eq!((after["name"].as_str(), after["description"].as_str()), (Some("Space services"), Some("Notices")));
        assert_eq!(audit_rows(&app, "result_node", "update").await, 2, "one row per accepted change");
    }
}

both_backends! {
    async fn moving_a_node_follows_the_level_rules(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("PATCH", &format!("{NODES}/T1.1"), Some(&admin), Some(json!({"version": 1, "parent": "TP-R1"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["parent".to_owned()]));
        let (_, p) = app.call("PATCH", &format!("{NODES}/T1.1"), Some(&admin), Some(json!({"version": 1, "parent": null}))).await;
        assert_eq!(fields(&p), ["parent"], "a target cannot stand alone");
        let (_, p) = app.call("PATCH", &format!("{NODES}/TP-R1.O1.P1"), Some(&admin), Some(json!({"version": 1, "owner_unit": null, "output_kind": null}))).await;
        assert_eq!(fields(&p), ["output_kind", "owner_unit"]);
        let (s, p) = app.call("PATCH", &format!("{NODES}/T1.1"), Some(&admin), Some(json!({"version": 1, "parent": "G2"}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["parent"], "G2");
        let (_, g2) = app.get_json(&format!("{NODES}/G2")).await;
        assert!(g2["children"].as_array().unwrap().iter().any(|c| c == "T1.1"));
    }
}

both_backends! {
    async fn a_node_something_depends_on_cannot_be_deleted_and_a_free_one_can(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("DELETE", &format!("{NODES}/TP-R1.O1"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.contains("child nodes") && detail.contains("1 indicator"), "{detail}");
        let (s, p) = app.call("DELETE", &format!("{NODES}/TP-R1.O1.P1"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::CONFLICT);
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.contains("budget allocation") && detail.contains("operational plan item"), "{detail}");

        let (s, _) = app.call("POST", NODES, Some(&admin), Some(new_output())).await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, _) = app.call("POST", "/api/v1/plans/SP2028-2031/contributions", Some(&admin), Some(json!({"from": "TP-R1.O1.P9", "to": "G1"}))).await;
        assert_eq!(s, StatusCode::CREATED);
        let path = format!("{NODES}/TP-R1.O1.P9");
        let (s, _) = app.as_(&admin).delete(&path).if_match(7).json(&json!({})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED);
        let links = app.count("contribution_links").await;
        let (s, _) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(app.count("contribution_links").await, links - 1, "its links went with it");
        let (s, _) = app.get_json(&path).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(audit_rows(&app, "result_node", "delete").await, 1);
    }
}
