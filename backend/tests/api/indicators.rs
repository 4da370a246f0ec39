//! Indicators: the list with statuses, one indicator in full, and changes by the Secretary-General's office.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};
use std::collections::BTreeMap;

const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

fn codes(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["code"].as_str().unwrap().to_owned())
        .collect()
}

fn tree_statuses(nodes: &Value, out: &mut BTreeMap<String, Value>) {
    for n in nodes.as_array().unwrap() {
        for i in n["indicators"].as_array().unwrap() {
            out.insert(
                i["code"].as_str().unwrap().to_owned(),
                json!([i["status"], i["actual"], i["expected"], i["progress"]]),
            );
        }
        tree_statuses(&n["children"], out);
    }
}

both_backends! {
    async fn the_indicator_list_shows_the_same_figures_as_the_tree(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for year in [2028, 2029] {
            let (_, tree) = app.get_json(&format!("/api/v1/plans/SP2028-2031/tree?year={year}")).await;
            let mut expected = BTreeMap::new();
            tree_statuses(&tree["nodes"], &mut expected);
            let (s, list) = app.call("GET", &format!("{INDICATORS}?year={year}&per_page=500"), Some(&app.tokens.reviewer.clone()), None).await;
            assert_eq!(s, StatusCode::OK, "{list}");
            assert_eq!((list["total"].as_u64(), list["year"].as_i64()), (Some(53), Some(year)));
            let got: BTreeMap<String, Value> = list["items"].as_array().unwrap().iter()
                .map(|i| (i["code"].as_str().unwrap().to_owned(), json!([i["status"], i["actual"], i["expected"], i["progress"]])))
                .collect();
            assert_eq!(got, expected, "{year}");
        }
    }
}

both_backends! {
    async fn the_indicator_list_filters_sorts_and_pages(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, br) = app.get_json(&format!("{INDICATORS}?unit=BR&year=2028")).await;
        assert_eq!(br["total"], 9);
        assert!(br["items"].as_array().unwrap().iter().all(|i| i["owner_unit"] == "BR"));
        let (_, achieved) = app.get_json(&format!("{INDICATORS}?status=achieved&year=2028")).await;
        assert!(achieved["total"].as_u64().unwrap() > 0);
        assert!(achieved["items"].as_array().unwrap().iter().all(|i| i["status"] == "achieved"));
        let (_, en2) = app.get_json(&format!("{INDICATORS}?node=EN-2")).await;
        assert_eq!(codes(&en2), ["KPI-EN2", "KPI-EN3", "KPI-EN4"]);
        let (_, enablers) = app.get_json(&format!("{INDICATORS}?level=enabler&key=true")).await;
        assert_eq!(codes(&enablers), ["KPI-EN2", "KPI-EN3"]);
        assert!(enablers["items"].as_array().unwrap().iter().all(|i| i["node_level"] == "enabler" && i["is_key"] == true));
        let (_, q) = app.get_json(&format!("{INDICATORS}?q=kpi-t2.")).await;
        assert_eq!(q["total"], 5, "search ignores case");

        let (_, page) = app.get_json(&format!("{INDICATORS}?per_page=10&page=6&sort=code")).await;
        assert_eq!((page["total"].as_u64(), page["items"].as_array().unwrap().len()), (Some(53), 3));
        let (_, by_progress) = app.get_json(&format!("{INDICATORS}?year=2028&sort=-progress&per_page=500")).await;
        let progress: Vec<Option<f64>> = by_progress["items"].as_array().unwrap().iter()
            .map(|i| i["progress"].as_str().map(|p| p.parse().unwrap()))
            .collect();
        let rated: Vec<f64> = progress.iter().map_while(|p| *p).collect();
        assert!(rated.windows(2).all(|w| w[0] >= w[1]), "descending: {rated:?}");
        assert!(progress[rated.len()..].iter().all(Option::is_none), "indicators without progress last");
        let (_, by_status) = app.get_json(&format!("{INDICATORS}?year=2028&sort=status&per_page=500")).await;
        let order = ["achieved", "on_track", "at_risk", "off_track", "no_data"];
        let ranks: Vec<usize> = by_status["items"].as_array().unwrap().iter()
            .map(|i| order.iter().position(|s| *s == i["status"]).unwrap())
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "best first");
    }
}

both_backends! {
    async fn bad_indicator_list_parameters_are_each_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json(&format!("{INDICATORS}?year=1900&status=great&level=x&sort=colour&unit=XX&per_page=0")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year", "status", "level", "sort", "per_page", "unit"]);
        let (_, p) = app.get_json(&format!("{INDICATORS}?node=NOPE")).await;
        assert_eq!(fields(&p), ["node"]);
        let (_, p) = app.get_json(&format!("{INDICATORS}?key=maybe")).await;
        assert_eq!(fields(&p), ["key"]);
        let (s, _) = app.call("GET", INDICATORS, None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        let (s, _) = app.get_json("/api/v1/plans/NOPE/indicators").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn an_indicator_reads_with_milestones_series_mandates_dimensions_and_assessment(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, i) = app.get_json(&format!("{INDICATORS}/KPI-T1.1?year=2028")).await;
        assert_eq!(s, StatusCode::OK, "{i}");
        assert_eq!((i["node"].as_str(), i["owner_unit"].as_str(), i["unit"].as_str()), (Some("T1.1"), Some("BDT"), Some("percent")));
        assert_eq!((i["baseline_value"].as_str(), i["baseline_year"].as_i64(), i["target_value"].as_str(), i["target_year"].as_i64()),
            (Some("68"), Some(2024), Some("100"), Some(2030)));
        let ms: Vec<(i64, &str)> = i["milestones"].as_array().unwrap().iter().map(|m| (m["year"].as_i64().unwrap(), m["value"].as_str().unwrap())).collect();
        assert_eq!(ms[..2], [(2028, "89.3"), (2029, "94.7")]);
        assert_eq!(i["predecessor"], json!({"plan": "SP2024-2027", "code": "KPI-G1.1", "relation": "carried_over", "continues_series": true}));
        let dims: Vec<&str> = i["dimensions"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
        assert_eq!(dims, ["region", "sex"]);
        assert_eq!(i["dimensions"][1]["values"][0]["code"], "female");
        assert_eq!((i["sdg_tags"].clone(), i["wsis_tags"].clone()), (json!(["17.8", "9.c"]), json!(["C2"])));
        assert_eq!(i["has_measurements"], true);
        assert_eq!(i["revisions"], json!([]));
        let (_, list) = app.get_json(&format!("{INDICATORS}?year=2028&q=KPI-T1.1")).await;
        assert_eq!(i["assessment"]["status"], list["items"][0]["status"]);
        assert_eq!(app.as_(&app.tokens.admin).get(&format!("{INDICATORS}/KPI-T1.1")).await.etag(), format!("\"{}\"", i["version"]));

        let (_, old) = app.get_json("/api/v1/plans/SP2024-2027/indicators/KPI-G1.1").await;
        assert_eq!(old["successors"], json!([{"plan": "SP2028-2031", "code": "KPI-T1.1", "relation": "carried_over", "continues_series": true}]));
        let (_, en2) = app.get_json(&format!("{INDICATORS}/KPI-EN2")).await;
        let m: Vec<String> = en2["mandates"].as_array().unwrap().iter().map(|m| format!("{} {}", m["vocabulary"].as_str().unwrap(), m["code"].as_str().unwrap())).collect();
        assert_eq!(m, ["decision 5", "resolution 72"]);
        let (s, _) = app.get_json(&format!("{INDICATORS}/KPI-NOPE")).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
}

fn new_indicator() -> Value {
    json!({
        "code": "KPI-R10", "node": "TP-R1.O2.P1", "name": "Terrestrial notices processed within 60 days",
        "unit": "percent", "direction": "increase", "baseline_value": "71.5", "baseline_year": 2026,
        "target_value": 90, "target_year": 2031, "is_key": true, "sdg_tags": ["9.1"], "wsis_tags": ["C2"],
        "dimensions": ["region"], "predecessor": {"plan": "SP2024-2027", "code": "KPI-R2", "relation": "redefined"},
        "milestones": [{"year": 2028, "value": "75"}, {"year": 2029, "value": 80}]
    })
}

both_backends! {
    async fn the_admin_creates_an_indicator_with_its_milestones_and_links(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, i) = app.call("POST", INDICATORS, Some(&app.tokens.admin.clone()), Some(new_indicator())).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        assert_eq!((i["owner_unit"].as_str(), i["node_level"].as_str(), i["version"].as_i64()), (Some("BR"), Some("output"), Some(1)),
            "the owner defaults to the node's");
        let (_, d) = app.get_json(&format!("{INDICATORS}/KPI-R10?year=2028")).await;
        assert_eq!((d["baseline_value"].as_str(), d["target_value"].as_str()), (Some("71.5"), Some("90")));
        assert_eq!(d["milestones"].as_array().unwrap().len(), 2);
        assert_eq!(d["predecessor"]["code"], "KPI-R2");
        assert_eq!(d["dimensions"][0]["code"], "region");
        assert_eq!(d["assessment"]["status"], "no_data");
        assert_eq!(d["has_measurements"], false);
        let (_, list) = app.get_json(&format!("{INDICATORS}?node=TP-R1.O2.P1")).await;
        assert_eq!(codes(&list), ["KPI-R10"]);
        assert_eq!(audit_rows(&app, "indicator", "create").await, 1);
        let (s, _) = app.call("POST", INDICATORS, Some(&app.tokens.admin.clone()), Some(new_indicator())).await;
        assert_eq!(s, StatusCode::CONFLICT, "the code is taken");
    }
}

both_backends! {
    async fn an_indicator_with_bad_values_is_refused_with_every_field_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("indicators").await;
        let mut bad = new_indicator();
        bad["baseline_value"] = json!("120");
        bad["target_year"] = json!(2040);
        bad["milestones"] = json!([{"year": 2035, "value": "75"}, {"year": 2029, "value": "-1"}]);
        bad["node"] = json!("NOPE");
        bad["dimensions"] = json!(["colour"]);
        bad["predecessor"] = json!({"plan": "SP1999", "code": "X", "relation": "cousin"});
        bad["direction"] = json!("sideways");
        let (s, p) = app.call("POST", INDICATORS, Some(&admin), Some(bad)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["direction", "baseline_value", "target_year", "milestones[0].year", "milestones[1].value",
            "node", "dimensions[0]", "predecessor.relation", "predecessor.plan"]);

        let mut bad = new_indicator();
        bad["unit"] = json!("furlongs");
        bad["owner_unit"] = json!("XX");
        bad["target_value"] = Value::Null;
        let (_, p) = app.call("POST", INDICATORS, Some(&admin), Some(bad)).await;
        assert_eq!(fields(&p), ["unit", "target_value", "owner_unit"]);
        let mut bad = new_indicator();
        bad["target_value"] = json!("N/A");
        let (_, p) = app.call("POST", INDICATORS, Some(&admin), Some(bad)).await;
        assert_eq!(fields(&p), ["target_value"], "text in a numeric field");
        let mut bad = new_indicator();
        bad["colour"] = json!("red");
        let (_, p) = app.call("POST", INDICATORS, Some(&admin), Some(bad)).await;
        assert_eq!(fields(&p), ["colour"]);
        let mut early = new_indicator();
        early["baseline_year"] = json!(2019);
        let (s, p) = app.call("POST", INDICATORS, Some(&admin), Some(early)).await;
        assert_eq!(s, StatusCode::CREATED, "a baseline may precede the plan: {p}");
        assert_eq!(app.count("indicators").await, before + 1, "only the good one was stored");
    }
}

both_backends! {
    async fn only_the_secretary_generals_office_changes_indicators(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let ind = format!("{INDICATORS}/KPI-R3");
        for (method, path, body) in [
            ("POST", INDICATORS.to_owned(), Some(new_indicator())),
            ("PATCH", ind.clone(), Some(json!({"version": 1, "name": "x"}))),
            ("PUT", format!("{ind}/milestones/2030"), Some(json!({"value": "80"}))),
            ("DELETE", format!("{ind}/milestones/2028"), None),
            ("POST", format!("{ind}/mandates"), Some(json!({"vocabulary": "resolution", "code": "71"}))),
        ] {
            app.assert_only_the_admin_may(method, &path, body).await;
        }
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn an_indicator_update_with_a_stale_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-R3");
        let v = app.version_of(&path).await;
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "name": "Notices on time", "is_key": true, "sdg_tags": ["9.1", "17.6"]}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        assert_eq!((up["name"].as_str(), up["is_key"].as_bool(), up["version"].as_i64()), (Some("Notices on time"), Some(true), Some(v + 1)));
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "name": "Lost"}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        let (s, _) = app.as_(&admin).patch(&path).if_match(v).json(&json!({"name": "Lost"})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED);
        let (_, d) = app.get_json(&path).await;
        assert_eq!((d["name"].as_str(), d["sdg_tags"].clone()), (Some("Notices on time"), json!(["9.1", "17.6"])));
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v + 1, "node": "NOPE", "owner_unit": "XX", "frequency": "hourly"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["frequency".to_owned(), "node".to_owned(), "owner_unit".to_owned()]));
        assert_eq!(audit_rows(&app, "indicator", "update").await, 1);
    }
}

both_backends! {
    async fn a_change_of_dimensions_alone_is_a_new_version_so_a_concurrent_one_is_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, i) = app.call("POST", INDICATORS, Some(&admin), Some(new_indicator())).await;
        assert_eq!((s, i["version"].as_i64()), (StatusCode::CREATED, Some(1)), "{i}");
        let path = format!("{INDICATORS}/KPI-R10");
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "dimensions": ["region", "sex"]}))).await;
        assert_eq!((s, up["version"].as_i64()), (StatusCode::OK, Some(2)), "{up}");
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "dimensions": ["region"]}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "the second editor read version 1: their dimensions must not win silently");
        let (_, d) = app.get_json(&path).await;
        let dims: Vec<&str> = d["dimensions"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
        assert_eq!((dims, d["version"].as_i64()), (vec!["region", "sex"], Some(2)));
        let (s, same) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 2, "dimensions": ["sex", "region"]}))).await;
        assert_eq!((s, same["version"].as_i64()), (StatusCode::OK, Some(2)), "the same set again is no change");
        assert_eq!(audit_rows(&app, "indicator", "update").await, 1);
    }
}

both_backends! {
    async fn milestones_are_added_replaced_and_removed_with_versions(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, _) = app.call("POST", INDICATORS, Some(&admin), Some(new_indicator())).await;
        assert_eq!(s, StatusCode::CREATED);
        let path = format!("{INDICATORS}/KPI-R10/milestones/2030");
        let (s, m) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "85"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!((m["year"].as_i64(), m["value"].as_str(), m["version"].as_i64()), (Some(2030), Some("85"), Some(1)));
        let (s, p) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "86"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["version".to_owned()]), "replacing needs the version");
        let (s, m) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "86", "version": 1}))).await;
        assert_eq!((s, m["version"].as_i64()), (StatusCode::OK, Some(2)));
        let (s, _) = app.as_(&admin).put(&path).if_match(1).json(&json!({"value": "87"})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED);
        let (s, p) = app.call("PUT", &format!("{INDICATORS}/KPI-R10/milestones/2035"), Some(&admin), Some(json!({"value": "101"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["year".to_owned(), "value".to_owned()]));
        let (_, d) = app.get_json(&format!("{INDICATORS}/KPI-R10")).await;
        let years: Vec<i64> = d["milestones"].as_array().unwrap().iter().map(|m| m["year"].as_i64().unwrap()).collect();
        assert_eq!(years, [2028, 2029, 2030]);
        let (s, _) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(audit_rows(&app, "indicator_milestone", "create").await, 1);
        assert_eq!(audit_rows(&app, "indicator_milestone", "update").await, 1);
        assert_eq!(audit_rows(&app, "indicator_milestone", "delete").await, 1);
        assert_eq!(app.count("framework_revisions").await, 0, "no values yet: no revisions");
    }
}
