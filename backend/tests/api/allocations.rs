//! Budget allocations: the admin's CRUD, node and unit by code, the rules on what may be funded.

use crate::both_backends;
use crate::calls::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const ALLOC: &str = "/api/v1/plans/SP2028-2031/finance/allocations";

both_backends! {
    async fn the_seeded_allocations_list_by_year_unit_and_node(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.call("GET", &format!("{ALLOC}?per_page=1"), Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 188);
        let (_, p) = app.get_json(&format!("{ALLOC}?year=2028&unit=BR&sort=-amount")).await;
        assert_eq!(p["total"], 10);
        let items = p["items"].as_array().unwrap();
        assert!(items.iter().all(|a| a["unit"] == "BR" && a["year"] == 2028));
        assert!(items.windows(2).all(|w| w[0]["amount"].as_str().unwrap().parse::<f64>().unwrap() >= w[1]["amount"].as_str().unwrap().parse::<f64>().unwrap()));
        let (_, p) = app.get_json(&format!("{ALLOC}?node=EN-6")).await;
        assert!(p["items"].as_array().unwrap().iter().all(|a| a["node"] == "EN-6" && a["node_level"] == "enabler"));
        let (s, p) = app.get_json(&format!("{ALLOC}?node=NOPE&unit=XX")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["unit".to_owned(), "node".to_owned()]));
    }
}

both_backends! {
    async fn the_admin_creates_updates_and_deletes_an_allocation_with_audit(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        // TSB's 2030 budget is allocated in full: it makes room by lowering one allocation by 20.
        let (_, tsb) = app.get_json(&format!("{ALLOC}?year=2030&unit=TSB")).await;
        let first = &tsb["items"][0];
        let lower: rust_decimal::Decimal = first["amount"].as_str().unwrap().parse().unwrap();
        let (s, p) = app.call("PATCH", &format!("{ALLOC}/{}", first["id"]), Some(&admin),
            Some(json!({"version": first["version"], "amount": (lower - rust_decimal::Decimal::from(20)).to_string()}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        // TSB funds an enabler it did not fund before.
        let (s, a) = app.call("POST", ALLOC, Some(&admin), Some(json!({"year": 2030, "unit": "TSB", "node": "EN-4", "amount": "12.5"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{a}");
        assert_eq!((a["node"].as_str(), a["unit"].as_str(), a["amount"].as_str()), (Some("EN-4"), Some("TSB"), Some("12.5")));
        let path = format!("{ALLOC}/{}", a["id"]);
        let (s, a) = app.as_(&admin).patch(&path).if_match(1).json(&json!({"amount": 20, "node": "TP-X1"})).await.status_and_json();
        assert_eq!(s, StatusCode::OK, "{a}");
        assert_eq!((a["node"].as_str(), a["amount"].as_str(), a["version"].as_i64()), (Some("TP-X1"), Some("20"), Some(2)));
        let (s, p) = app.as_(&admin).patch(&path).if_match(1).json(&json!({"amount": 21})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED, "{p}");
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": 21}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        assert_eq!(app.call("DELETE", &path, Some(&admin), None).await.0, StatusCode::NO_CONTENT);
        assert_eq!(app.count("budget_allocations").await, 188);
        assert_eq!(audit_rows(&app, "budget_allocation").await, 4);
    }
}

both_backends! {
    async fn an_allocation_that_would_take_a_unit_above_its_budget_is_refused_naming_the_amount(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        // BR's 2028 expense budget (28,300) is allocated in full: one franc more is refused, and nothing is stored.
        let (s, p) = app.call("POST", ALLOC, Some(&admin), Some(json!({"year": 2028, "unit": "BR", "node": "EN-1", "amount": "0.001"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["amount".to_owned()]), "{p}");
        let reason = p["errors"][0]["reason"].as_str().unwrap_or_default().to_owned();
        assert!(reason.contains("28300.001") && reason.contains("budget of 28300"), "{p}");
        let (_, a) = app.get_json(&format!("{ALLOC}?year=2028&unit=BR&node=TP-R1.O1.P1")).await;
        let path = format!("{ALLOC}/{}", a["items"][0]["id"]);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": "8490.5"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["amount".to_owned()]), "{p}");
        assert_eq!(app.count("budget_allocations").await, 188);
        assert_eq!(app.count("audit_log").await, 0);
        // Lowering it is allowed, and then the room it left may be allocated again.
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": "8489"}))).await;
        assert_eq!(s, StatusCode::OK);
        let (s, p) = app.call("POST", ALLOC, Some(&admin), Some(json!({"year": 2028, "unit": "BR", "node": "EN-1", "amount": "1"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
    }
}

both_backends! {
    async fn an_allocation_goes_only_to_a_units_own_outputs_priorities_and_enablers(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let cases = [
            (json!({"year": 2028, "unit": "BR", "node": "G1", "amount": "1"}), vec!["node"]),
            (json!({"year": 2028, "unit": "BR", "node": "TP-R1.O1", "amount": "1"}), vec!["node"]),
            (json!({"year": 2028, "unit": "BR", "node": "TP-D1.O1.P1", "amount": "1"}), vec!["node"]),
            (json!({"year": 2027, "unit": "XX", "node": "NOPE", "amount": "-1"}), vec!["unit", "node", "year", "amount"]),
            (json!({"amount": "N/A"}), vec!["amount"]),
            (json!({}), vec!["year", "unit", "node", "amount"]),
        ];
        for (body, want) in cases {
            let (s, p) = app.call("POST", ALLOC, Some(&admin), Some(body.clone())).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {p}");
            assert_eq!(fields(&p), want, "{body}");
        }
        let (_, a) = app.get_json(&format!("{ALLOC}?year=2028&unit=BR&node=TP-R1.O1.P1")).await;
        let taken = json!({"year": 2028, "unit": "BR", "node": "TP-R1.O1.P1", "amount": "1"});
        let (s, p) = app.call("POST", ALLOC, Some(&admin), Some(taken)).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert!(p["detail"].as_str().unwrap().contains(&a["items"][0]["id"].to_string()), "{p}");
        assert_eq!(app.count("budget_allocations").await, 188);
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn only_the_admin_writes_allocations(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (_, a) = app.get_json(&format!("{ALLOC}?year=2028&unit=BR&node=TP-R1.O1.P1")).await;
        let path = format!("{ALLOC}/{}", a["items"][0]["id"]);
        let body = json!({"year": 2031, "unit": "BR", "node": "EN-1", "amount": "1"});
        assert_eq!(app.call("POST", ALLOC, None, Some(body.clone())).await.0, StatusCode::UNAUTHORIZED);
        for who in [&t.reviewer, &t.planner_br, &t.planner_bdt] {
            assert_eq!(app.call("GET", &path, Some(who), None).await.0, StatusCode::OK);
            assert_eq!(app.call("POST", ALLOC, Some(who), Some(body.clone())).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("PATCH", &path, Some(who), Some(json!({"version": 1, "amount": "1"}))).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("DELETE", &path, Some(who), None).await.0, StatusCode::FORBIDDEN);
        }
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn parallel_updates_of_one_allocation_lose_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = std::sync::Arc::new(app);
        let (_, a) = app.get_json(&format!("{ALLOC}?year=2028&unit=BR&node=TP-R1.O1.P1")).await;
        let path = format!("{ALLOC}/{}", a["items"][0]["id"]);
        let start: rust_decimal::Decimal = a["items"][0]["amount"].as_str().unwrap().parse().unwrap();
        let (tasks, each) = (8, 5);
        let mut handles = Vec::new();
        for _ in 0..tasks {
            let (app, path) = (app.clone(), path.clone());
            handles.push(tokio::spawn(async move {
                let mut codes = Vec::new();
                for _ in 0..each {
                    loop {
                        let (_, cur) = app.get_json(&path).await;
                        let amount: rust_decimal::Decimal = cur["amount"].as_str().unwrap().parse().unwrap();
                        // Down, not up: the unit-year's budget is allocated in full.
                        let body = json!({"version": cur["version"], "amount": (amount - rust_decimal::Decimal::ONE).to_string()});
                        let (s, _) = app.call("PATCH", &path, Some(&app.tokens.admin), Some(body)).await;
                        codes.push(s);
                        if s == StatusCode::OK { break; }
                    }
                }
                codes
            }));
        }
        let mut codes = Vec::new();
        for h in handles { codes.extend(h.await.unwrap()); }
        assert!(codes.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT), "only successes and conflicts: {codes:?}");
        let (_, now) = app.get_json(&path).await;
        let end: rust_decimal::Decimal = now["amount"].as_str().unwrap().parse().unwrap();
        assert_eq!(start - end, rust_decimal::Decimal::from(tasks * each), "every decrement landed exactly once");
        assert_eq!(now["version"], 1 + tasks * each);
        assert_eq!(crate::calls::audit_rows(&app, "budget_allocation").await, (tasks * each) as i64, "one audit row per successful update");
    }
}
