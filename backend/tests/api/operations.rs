//! Operational plans and items: delivery rates on the seed, filters, the planner of the plan's unit
//! writing items, every validation failure named, versions and audit.

use crate::both_backends;
use crate::calls::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const ITEMS: &str = "/api/v1/operational-items";

/// The id of `unit`'s 2028 operational plan.
async fn plan_id(app: &TestApp, unit: &str) -> i64 {
    let (_, p) = app
        .get_json(&format!(
            "/api/v1/plans/SP2028-2031/operational-plans?unit={unit}&year=2028"
        ))
        .await;
    p["items"][0]["id"].as_i64().unwrap()
}

/// The item with `code`.
async fn item(app: &TestApp, code: &str) -> serde_json::Value {
    let (_, p) = app.get_json(&format!("{ITEMS}?per_page=500")).await;
    p["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .unwrap()
        .clone()
}

both_backends! {
    async fn each_operational_plan_shows_its_delivery_rate(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.call("GET", "/api/v1/plans/SP2028-2031/operational-plans?year=2028", Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 4);
        let of = |unit: &str| p["items"].as_array().unwrap().iter().find(|o| o["unit"] == unit).unwrap().clone();
        let br = of("BR");
        assert_eq!(br["delivery"], json!({"items": 7, "counted": 7, "delivered_in_full": 4, "cancelled": 0, "rate": "0.9149"}));
        let bdt = of("BDT");
        assert_eq!((bdt["delivery"]["cancelled"].as_u64(), bdt["delivery"]["counted"].as_u64()), (Some(1), Some(7)));
        assert_eq!(bdt["delivery"]["rate"], "0.95", "the cancelled item is not counted");
        assert_eq!(of("GS")["delivery"]["rate"], "0.7");
        let (s, d) = app.get_json(&format!("/api/v1/plans/SP2028-2031/operational-plans/{}", br["id"])).await;
        assert_eq!(s, StatusCode::OK, "{d}");
        assert_eq!((d["unit"].as_str(), d["delivery"]["rate"].as_str()), (Some("BR"), Some("0.9149")));
        let rates: Vec<(&str, &serde_json::Value)> = d["items"].as_array().unwrap().iter()
            .map(|i| (i["code"].as_str().unwrap(), &i["delivery_rate"])).take(2).collect();
        assert_eq!(rates, [("BR-01", &json!("1.0057")), ("BR-02", &json!("0.5"))]);
        assert_eq!(d["items"][0]["output"], "TP-R1.O1.P1");
        assert_eq!(app.get_json("/api/v1/plans/SP2028-2031/operational-plans/999999").await.0, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn items_filter_by_plan_unit_year_output_and_status(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let total = |p: &serde_json::Value| p["total"].as_u64().unwrap();
        assert_eq!(total(&app.get_json(&format!("{ITEMS}?plan=SP2028-2031&year=2028")).await.1), 27);
        assert_eq!(total(&app.get_json(&format!("{ITEMS}?unit=BDT")).await.1), 8);
        let (_, p) = app.get_json(&format!("{ITEMS}?unit=BR&status=delivered&sort=-delivered_quantity")).await;
        assert_eq!(total(&p), 5);
        assert_eq!(p["items"][0]["code"], "BR-01");
        let (_, p) = app.get_json(&format!("{ITEMS}?plan=SP2028-2031&output=TP-D1.O1.P1")).await;
        assert_eq!((total(&p), p["items"][0]["code"].as_str(), p["items"][0]["responsible_unit"].as_str()), (1, Some("BDT-01"), Some("RO-AFR")));
        assert_eq!(total(&app.get_json(&format!("{ITEMS}?year=2031")).await.1), 0);
        let (s, p) = app.get_json(&format!("{ITEMS}?plan=NOPE&unit=XX&output=NOPE&status=done&year=x")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year"]);
        let (s, p) = app.get_json(&format!("{ITEMS}?plan=NOPE&unit=XX&output=NOPE&status=done")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["plan", "unit", "output", "status"].map(String::from).to_vec()));
    }
}

both_backends! {
    async fn a_planner_writes_the_items_of_their_units_operational_plan(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let br = app.tokens.planner_br.clone();
        let opp = plan_id(&app, "BR").await;
        let body = json!({"operational_plan_id": opp, "code": "BR-08", "name": "Regional radiocommunication seminar",
                          "output": "TP-R1.O2.P1", "budget": "120", "planned_quantity": 10, "unit_of_measure": "seminars"});
        let (s, it) = app.call("POST", ITEMS, Some(&br), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{it}");
        assert_eq!((it["status"].as_str(), it["delivery_rate"].as_str(), it["responsible_unit"].as_str(), it["unit"].as_str()),
                   (Some("planned"), Some("0"), Some("BR"), Some("BR")));
        let path = format!("{ITEMS}/{}", it["id"]);
        let (s, it) = app.call("PATCH", &path, Some(&br), Some(json!({"version": 1, "delivered_quantity": "4", "status": "in_progress"}))).await;
        assert_eq!(s, StatusCode::OK, "{it}");
        assert_eq!((it["delivery_rate"].as_str(), it["version"].as_i64()), (Some("0.4"), Some(2)));
        let (s, p) = app.call("DELETE", &path, Some(&br), None).await;
        assert_eq!(s, StatusCode::CONFLICT, "an item with deliveries stays on record: {p}");
        assert!(p["detail"].as_str().unwrap().contains("cancelled"));
        let (s, _) = app.as_(&br).patch(&path).if_match(2).json(&json!({"delivered_quantity": 0})).await.status_and_json();
        assert_eq!(s, StatusCode::OK);
        assert_eq!(app.as_(&br).delete(&path).if_match(3).await.status, StatusCode::NO_CONTENT);
        assert_eq!(app.count("operational_items").await, 27);
        assert_eq!(audit_rows(&app, "operational_item").await, 4, "create, two updates, delete");
    }
}

both_backends! {
    async fn a_planner_cannot_write_another_units_items(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let br01 = item(&app, "BR-01").await;
        let path = format!("{ITEMS}/{}", br01["id"]);
        let patch = json!({"version": 1, "delivered_quantity": "1"});
        assert_eq!(app.call("PATCH", &path, None, Some(patch.clone())).await.0, StatusCode::UNAUTHORIZED);
        for who in [&t.planner_bdt, &t.reviewer] {
            let (s, p) = app.call("PATCH", &path, Some(who), Some(patch.clone())).await;
            assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")));
            assert_eq!(app.call("DELETE", &path, Some(who), None).await.0, StatusCode::FORBIDDEN);
            let body = json!({"operational_plan_id": plan_id(&app, "BR").await, "code": "X", "name": "X", "output": "TP-R1.O2.P1", "planned_quantity": 1});
            assert_eq!(app.call("POST", ITEMS, Some(who), Some(body)).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("GET", &path, Some(who), None).await.0, StatusCode::OK);
        }
        // The plan's unit decides, not the responsible unit: BDT's planner updates an item a regional office runs.
        let bdt01 = item(&app, "BDT-01").await;
        let (s, it) = app.call("PATCH", &format!("{ITEMS}/{}", bdt01["id"]), Some(&t.planner_bdt), Some(json!({"version": 1, "delivered_quantity": "9500"}))).await;
        assert_eq!(s, StatusCode::OK, "{it}");
        assert_eq!(item(&app, "BR-01").await["version"], 1);
        assert_eq!(audit_rows(&app, "operational_item").await, 1);
    }
}

both_backends! {
    async fn every_invalid_field_of_an_item_is_named_and_nothing_is_written(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let opp = plan_id(&app, "BR").await;
        let cases = [
            (json!({"operational_plan_id": opp, "code": "BR-09", "name": "n", "output": "TP-R1", "responsible_unit": "XX",
                    "budget": "-1", "planned_quantity": -2, "delivered_quantity": "-3", "status": "done"}),
             vec!["output", "responsible_unit", "budget", "planned_quantity", "delivered_quantity", "status"]),
            (json!({"operational_plan_id": opp, "code": "BR-09", "name": "n", "output": "TP-D1.O1.P1", "planned_quantity": 1}), vec!["output"]),
            (json!({"operational_plan_id": opp, "code": "BR-09", "name": "n", "output": "NOPE", "planned_quantity": "N/A"}), vec!["planned_quantity"]),
            (json!({"operational_plan_id": opp}), vec!["code", "name", "output", "planned_quantity"]),
            (json!({"operational_plan_id": 999999, "code": "X"}), vec!["operational_plan_id"]),
            (json!({"code": "X"}), vec!["operational_plan_id"]),
        ];
        for (body, want) in cases {
            let (s, p) = app.call("POST", ITEMS, Some(&admin), Some(body.clone())).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {p}");
            assert_eq!(fields(&p), want, "{body}");
        }
        let dup = json!({"operational_plan_id": opp, "code": "BR-01", "name": "n", "output": "TP-R1.O1.P1", "planned_quantity": 1});
        assert_eq!(app.call("POST", ITEMS, Some(&admin), Some(dup)).await.0, StatusCode::CONFLICT);
        let br02 = item(&app, "BR-02").await;
        let path = format!("{ITEMS}/{}", br02["id"]);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "code": "BR-01"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "delivered_quantity": "-1", "status": "lost"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["delivered_quantity".to_owned(), "status".to_owned()]));
        assert_eq!(app.count("operational_items").await, 27);
        assert_eq!(app.count("audit_log").await, 0, "a refused write leaves no audit row");
    }
}

both_backends! {
    async fn a_stale_item_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let br = app.tokens.planner_br.clone();
        let path = format!("{ITEMS}/{}", item(&app, "BR-03").await["id"]);
        assert_eq!(app.call("PATCH", &path, Some(&br), Some(json!({"version": 1, "delivered_quantity": "115000"}))).await.0, StatusCode::OK);
        let (s, p) = app.call("PATCH", &path, Some(&br), Some(json!({"version": 1, "delivered_quantity": "1"}))).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")));
        let (s, p) = app.as_(&br).patch(&path).if_match(1).json(&json!({"delivered_quantity": "1"})).await.status_and_json();
        assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")));
        let (_, now) = app.get_json(&path).await;
        assert_eq!((now["delivered_quantity"].as_str(), now["version"].as_i64()), (Some("115000"), Some(2)));
    }
}

both_backends! {
    async fn an_over_delivered_items_rate_is_the_same_in_the_api_and_the_report(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // TSB-07 delivered 16 of 13 planned Recommendations: 1.2308, not capped at 1 anywhere.
        let (_, p) = app.get_json("/api/v1/operational-items?plan=SP2028-2031&year=2028&per_page=500").await;
        let item = p["items"].as_array().unwrap().iter().find(|i| i["code"] == "TSB-07").expect("TSB-07");
        assert_eq!(item["delivery_rate"], "1.2308");
        let run = crate::reports::freeze(&app).await;
        let path = format!("/api/v1/reports/{}/files/tables/operational_delivery.csv", run["id"]);
        let (_, _, csv) = crate::reports::get_raw(&app, &path, &app.tokens.admin.clone()).await;
        let csv = String::from_utf8(csv).unwrap();
        let row = csv.lines().find(|l| l.contains(",TSB-07,")).expect("TSB-07 row");
        assert!(row.contains(",13,16,Recommendations,1.2308,true,delivered,"), "{row}");
    }
}

both_backends! {
    async fn one_planned_unit_of_measure_is_said_in_the_singular_on_the_page_and_in_the_report(backend: Backend) {
        // The seed plans one World Telecommunication Standardization Assembly (TSB-01) and one
        // publication (BDT-04) in 2028: "1 assembly", never "1 assemblies".
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = crate::pages::login(&app, "admin@test.org").await;
        let page = crate::pages::get(&app, Some(&admin), "/operations?plan=SP2028-2031&year=2028").await;
        assert!(page.body.contains("1 assembly</td>") && page.body.contains("1 publication</td>"));
        assert!(!page.body.contains("1 assemblies") && !page.body.contains("1 publications"));
        let run = crate::reports::freeze(&app).await;
        let path = format!("/api/v1/reports/{}/files/report.html", run["id"]);
        let (_, _, html) = crate::reports::get_raw(&app, &path, &app.tokens.admin.clone()).await;
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains(">1 assembly</td>") && !html.contains(">1 assemblies<"));
    }
}
