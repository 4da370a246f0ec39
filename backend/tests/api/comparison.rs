//! Year against year through the API: each indicator's figures in both years are those of the year's
//! own list, the change and the status move follow from them, the filters narrow the list and the
//! counts, a new approved value shows at once, and a bad filter is named.

use crate::both_backends;
use crate::conditional::fields;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{draft, step};
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::str::FromStr;

const COMPARE: &str = "/api/v1/plans/SP2028-2031/compare";

/// The indicators of a year by code, as the indicator list gives them.
async fn year_list(app: &TestApp, year: i32) -> HashMap<String, Value> {
    let (s, list) = app
        .get_json(&format!(
            "/api/v1/plans/SP2028-2031/indicators?year={year}&per_page=500"
        ))
        .await;
    assert_eq!(s, StatusCode::OK, "{list}");
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["code"].as_str().unwrap().to_owned(), i.clone()))
        .collect()
}

fn dec(v: &Value) -> Option<Decimal> {
    v.as_str().map(|s| Decimal::from_str(s).unwrap())
}

/// The move from `a` to `b` as a Council member reads it: off track < at risk < on track < achieved.
fn moved(a: &str, b: &str) -> &'static str {
    let rank = |s: &str| {
        ["off_track", "at_risk", "on_track", "achieved"]
            .iter()
            .position(|x| *x == s)
    };
    match (rank(a), rank(b)) {
        (None, None) => "unchanged",
        (None, Some(_)) => "newly_rated",
        (Some(_), None) => "no_longer_rated",
        (Some(x), Some(y)) if y > x => "improved",
        (Some(x), Some(y)) if y < x => "worsened",
        _ => "unchanged",
    }
}

both_backends! {
    async fn every_indicator_shows_both_years_with_its_change_and_status_move(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (y28, y29) = (year_list(&app, 2028).await, year_list(&app, 2029).await);
        let (s, c) = app.call("GET", &format!("{COMPARE}?a=2028&b=2029&per_page=500"), Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{c}");
        assert_eq!((c["a"].as_i64(), c["b"].as_i64()), (Some(2028), Some(2029)));
        let items = c["items"].as_array().unwrap();
        assert_eq!(items.len(), y29.len(), "every indicator of the plan, each once");
        assert_eq!(c["total"].as_u64(), Some(items.len() as u64));
        let mut kinds: HashMap<String, u64> = HashMap::new();
        for i in items {
            let code = i["code"].as_str().unwrap();
            let (was, is) = (&y28[code], &y29[code]);
            for field in ["actual", "progress", "status"] {
                assert_eq!(i["a"][field], was[field], "{code} {field} in 2028");
                assert_eq!(i["b"][field], is[field], "{code} {field} in 2029");
            }
            let change = dec(&was["actual"]).zip(dec(&is["actual"])).map(|(x, y)| y - x);
            assert_eq!(dec(&i["change"]), change, "{code}: the change is the 2029 actual minus the 2028 one");
            let want = moved(was["status"].as_str().unwrap(), is["status"].as_str().unwrap());
            assert_eq!(i["status_move"], want, "{code}");
            *kinds.entry(want.to_owned()).or_default() += 1;
        }
        assert!(kinds.get("worsened").copied().unwrap_or(0) + kinds.get("improved").copied().unwrap_or(0) > 0,
            "the seed's statuses move between 2028 and 2029: {kinds:?}");
        for m in c["moves"].as_array().unwrap() {
            let kind = m["status_move"].as_str().unwrap();
            assert_eq!(m["count"].as_u64(), Some(kinds.get(kind).copied().unwrap_or(0)), "{kind}");
        }

        // The kind of move filters the list; the counts stay those of every kind.
        let (_, worse) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&change=worsened&per_page=2")).await;
        assert_eq!(worse["total"].as_u64(), kinds.get("worsened").copied().or(Some(0)));
        assert!(worse["items"].as_array().unwrap().iter().all(|i| i["status_move"] == "worsened"));
        assert!(worse["items"].as_array().unwrap().len() <= 2, "paged");
        assert_eq!(worse["moves"], c["moves"]);

        // Node roll-ups are those of each year's tree.
        let (_, t28) = app.get_json("/api/v1/plans/SP2028-2031/status?year=2028").await;
        let (_, t29) = app.get_json("/api/v1/plans/SP2028-2031/status?year=2029").await;
        let top = &t29["nodes"][0];
        assert_eq!(t28["nodes"][0]["code"], top["code"]);
        let node = c["nodes"].as_array().unwrap().iter().find(|n| n["code"] == top["code"]).expect("top node compared");
        assert_eq!(node["a"], t28["nodes"][0]["rollup"]);
        assert_eq!(node["b"], top["rollup"]);
    }
}

both_backends! {
    async fn a_goal_or_unit_filter_keeps_the_indicators_its_roll_up_counts(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, all) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&per_page=500")).await;
        let (s, g1) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&goal=G1&per_page=500")).await;
        assert_eq!(s, StatusCode::OK, "{g1}");
        let nodes = g1["nodes"].as_array().unwrap();
        assert_eq!(nodes[0]["code"], "G1", "the goal first, then the nodes below it");
        assert!(nodes.iter().all(|n| n["code"] == "G1" || n["level"] == "target"), "{nodes:?}");
        let counted = &nodes[0]["b"];
        let total = ["achieved", "on_track", "at_risk", "off_track", "no_data"].iter().map(|s| counted[*s].as_u64().unwrap()).sum::<u64>();
        assert_eq!(g1["total"].as_u64(), Some(total), "as many indicators as the goal's roll-up counts");
        assert!(total > 0 && total < all["total"].as_u64().unwrap());

        let (_, br) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&unit=BR&per_page=500")).await;
        let items = br["items"].as_array().unwrap();
        assert!(!items.is_empty() && items.iter().all(|i| i["owner_unit"] == "BR"));
        let sum: u64 = br["moves"].as_array().unwrap().iter().map(|m| m["count"].as_u64().unwrap()).sum();
        assert_eq!(sum, items.len() as u64, "the counts follow the unit filter");
    }
}

both_backends! {
    async fn a_value_approved_for_year_b_changes_the_comparison_at_once(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let r4 = |c: &Value| c["items"].as_array().unwrap().iter().find(|i| i["code"] == "KPI-R4").cloned().unwrap();
        let (_, before) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&unit=BR&per_page=500")).await;
        assert_eq!(r4(&before)["change"], json!("0"), "2028's value stands in for 2029: no change yet");
        let m = draft(&app, &t.planner_br, "KPI-R4", 2029, "560").await;
        let (_, m) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        let (s, m) = step(&app, &t.admin, &m["id"], "approve", Some(json!({"version": m["version"]}))).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        let (_, after) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&unit=BR&per_page=500")).await;
        let r = r4(&after);
        assert_eq!(dec(&r["b"]["actual"]), Some(Decimal::from(560)));
        assert_eq!(dec(&r["change"]), Some(Decimal::from(-10)));
    }
}

both_backends! {
    async fn every_bad_filter_is_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json(COMPARE).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["a".to_owned(), "b".to_owned()]));
        let (s, p) = app.get_json(&format!("{COMPARE}?a=1066&b=2029")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["a".to_owned()]));
        let (s, p) = app
            .get_json(&format!("{COMPARE}?a=2028&b=2029&goal=TP-R1&priority=G1&unit=XYZ&change=sideways&per_page=0"))
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let mut f = fields(&p);
        f.sort();
        assert_eq!(f, ["change", "goal", "per_page", "priority", "unit"]);
        let (s, _) = app.call("GET", "/api/v1/plans/NOPE/compare?a=2028&b=2029", Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn the_report_of_a_later_year_shows_each_status_move_as_the_comparison_does(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let freeze = |year: i32| {
            let app = &app;
            async move {
                let (s, run) = app.call("POST", "/api/v1/reports", Some(&app.tokens.admin), Some(json!({"plan": "SP2028-2031", "year": year}))).await;
                assert_eq!(s, StatusCode::CREATED, "{run}");
                run
            }
        };
        let file = |run: &Value, path: &str| {
            run["files"].as_array().unwrap().iter().find(|f| f["path"] == path).unwrap()["href"].as_str().unwrap().to_owned()
        };
        let run = freeze(2029).await;
        let (_, _, csv) = crate::reports::get_raw(&app, &file(&run, "tables/indicators.csv"), &admin).await;
        let csv = String::from_utf8(csv).unwrap();
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert!(header.join(",").contains(",actual_last_year,status_last_year,change_since_last_year,status_move"), "{header:?}");
        let at = header.iter().position(|h| *h == "status_move").unwrap();
        let moved: HashMap<&str, &str> = lines.map(|l| (l.split(',').next().unwrap(), l.rsplit(',').nth(header.len() - 1 - at).unwrap())).collect();
        let (_, c) = app.get_json(&format!("{COMPARE}?a=2028&b=2029&per_page=500")).await;
        let items = c["items"].as_array().unwrap();
        assert_eq!(moved.len(), items.len());
        for i in items {
            assert_eq!(Some(&i["status_move"].as_str().unwrap()), moved.get(i["code"].as_str().unwrap()), "{}", i["code"]);
        }
        let (_, _, html) = crate::reports::get_raw(&app, &file(&run, "report.html"), &admin).await;
        assert!(String::from_utf8(html).unwrap().contains("Indicators whose status moved since 2028"));
        let id = run["id"].as_i64().unwrap();
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!((s, &v["identical"]), (StatusCode::OK, &json!(true)), "{v}");

        // The plan's first year has no earlier year of the plan: its report compares nothing.
        let first = freeze(2028).await;
        let (_, _, csv) = crate::reports::get_raw(&app, &file(&first, "tables/indicators.csv"), &admin).await;
        let header = String::from_utf8(csv).unwrap().lines().next().unwrap().to_owned();
        assert!(header.contains(",quality,provenance,projected_value,") && !header.contains("last_year"), "{header}");
    }
}
