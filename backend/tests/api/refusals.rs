//! The domain's refusals in the reader's language (issue 17.1): a stale version (412), a duplicate (409),
//! a locked year (423), a record not found and the rarer field reasons give their `detail` or `reason` in
//! the language `Accept-Language` asks for, English word for word without it; the `code` never changes.
//! A page says a locked year in the reader's language, no longer marked English.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::languages::reason_of;
use crate::measurements::draft;
use crate::pages::login;
use crate::pages::translations::page_in;
use axum::http::StatusCode;
use serde_json::json;

/// English (no header), French and Russian.
const LANGS: [Option<&str>; 3] = [None, Some("fr"), Some("ru")];

both_backends! {
    async fn a_stale_version_and_a_duplicate_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let id = m["id"].as_i64().unwrap();
        let stale = [
            format!("measurement {id} is at version 1, not 5: reload it and apply your change again"),
            format!("valeur {id} est à la version 1, et non 5 : rechargez et appliquez à nouveau votre modification"),
            format!("значение {id}: текущая версия 1, а не 5; перезагрузите и внесите изменение снова"),
        ];
        let duplicate = [
            "plan SP2028-2031 already has a node TP-R1",
            "le plan SP2028-2031 a déjà un élément TP-R1",
            "в плане SP2028-2031 уже есть элемент TP-R1",
        ];
        let node = json!({"code": "TP-R1", "level": "thematic_priority", "name": "Again"});
        // A node's stale version names it in the language too.
        let (_, tp) = app.get_json("/api/v1/plans/SP2028-2031/nodes/TP-R1").await;
        let v = tp["version"].as_i64().unwrap_or_else(|| panic!("{tp}"));
        let node_stale = [
            format!("node TP-R1 is at version {v}, not 99: reload it and apply your change again"),
            format!("élément TP-R1 est à la version {v}, et non 99 : rechargez et appliquez à nouveau votre modification"),
            format!("элемент TP-R1: текущая версия {v}, а не 99; перезагрузите и внесите изменение снова"),
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let mut call = app.as_(&t.planner_br).patch(&format!("/api/v1/measurements/{id}")).if_match(5).json(&json!({"value": "132"}));
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")), "{p}");
            assert_eq!(p["detail"], stale[i], "{accept:?}");
            let mut call = app.as_(&t.admin).post("/api/v1/plans/SP2028-2031/nodes").json(&node);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")), "{p}");
            assert_eq!(p["detail"], duplicate[i], "{accept:?}");
            let mut call = app.as_(&t.admin).patch("/api/v1/plans/SP2028-2031/nodes/TP-R1").if_match(99).json(&json!({"name": "Renamed"}));
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!(s, StatusCode::PRECONDITION_FAILED, "{p}");
            assert_eq!(p["detail"], node_stale[i], "{accept:?}");
        }
    }
}

both_backends! {
    async fn a_locked_year_is_said_in_the_asked_language_and_on_the_page_unmarked(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, lock) = app.call("POST", "/api/v1/plans/SP2028-2031/periods/2029/lock", Some(&t.admin), Some(json!({"note": "Books closed"}))).await;
        assert_eq!(s, StatusCode::OK, "{lock}");
        let since = lock["locked_at"].as_str().unwrap().to_owned();
        let locked = [
            format!("reporting period 2029 of SP2028-2031 was locked on {since} by admin@test.org: Books closed"),
            format!("la période de rapport 2029 de SP2028-2031 a été verrouillée le {since} par admin@test.org : Books closed"),
            format!("отчётный период 2029 плана SP2028-2031 заблокирован {since} пользователем admin@test.org: Books closed"),
        ];
        let value = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R2", "year": 2029, "value": "5"});
        for (i, accept) in LANGS.into_iter().enumerate() {
            let mut call = app.as_(&t.planner_br).post("/api/v1/measurements").json(&value);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::LOCKED, Some("period_locked")), "{p}");
            assert_eq!(p["detail"], locked[i], "{accept:?}");
        }
        // Locking it again is a conflict, said in the language too.
        let mut call = app.as_(&t.admin).post("/api/v1/plans/SP2028-2031/periods/2029/lock").json(&json!({"note": "again"}));
        call = call.header("accept-language", "fr");
        let (s, p) = call.await.status_and_json();
        assert_eq!((s, p["detail"].as_str()), (StatusCode::CONFLICT, Some("la période de rapport 2029 de SP2028-2031 est déjà verrouillée")), "{p}");
        // The entry grid says the lock in French, not marked English.
        let cookie = login(&app, "planner.br@test.org").await;
        let fr = page_in(&app, &cookie, "/entry?plan=SP2028-2031&year=2029", "fr").await;
        assert_eq!(fr.status, StatusCode::OK);
        let said = format!(r#"<div class="flash error" role="status">{}</div>"#, locked[1]);
        assert!(fr.body.contains(&said), "{}", fr.body);
        let en = page_in(&app, &cookie, "/entry?plan=SP2028-2031&year=2029", "en").await;
        assert!(en.body.contains(&format!(r#"<div class="flash error" role="status">{}</div>"#, locked[0])), "{}", en.body);
    }
}

both_backends! {
    async fn a_missing_finance_line_or_dimension_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let cases = [
            ("/api/v1/plans/SP2028-2031/finance/lines/999999", [
                "financial plan line 999999 of plan SP2028-2031 not found",
                "ligne 999999 du plan financier du plan SP2028-2031 : introuvable",
                "строка финансового плана 999999 плана SP2028-2031: не найдено",
            ]),
            ("/api/v1/dimensions/no_such/translations", [
                "dimension no_such not found",
                "dimension no_such : introuvable",
                "измерение no_such: не найдено",
            ]),
        ];
        for (path, details) in cases {
            for (i, accept) in LANGS.into_iter().enumerate() {
                let mut call = app.as_(&admin).get(path);
                if let Some(a) = accept {
                    call = call.header("accept-language", a);
                }
                let (s, p) = call.await.status_and_json();
                assert_eq!((s, p["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")), "{path}: {p}");
                assert_eq!(p["detail"], details[i], "{path} {accept:?}");
            }
        }
    }
}

both_backends! {
    async fn a_weight_outside_0_1_and_a_dimension_given_twice_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let link = json!({"from": "EN-6", "to": "G2", "weight": "1.5"});
        let indicator = json!({"code": "KPI-NEW", "node": "TP-R1.O2.P1", "name": "x", "unit": "count", "direction": "increase",
            "dimensions": ["region", "region"]});
        let said = [
            ("1.5 is outside 0..1", "`region` is given twice"),
            ("1.5 est hors de 0..1", "`region` est donné deux fois"),
            ("1.5 вне диапазона 0..1", "`region` указан дважды"),
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let mut call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/contributions").json(&link);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("validation_failed")), "{p}");
            assert_eq!(reason_of(&p, "weight"), said[i].0, "{accept:?}");
            let mut call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/indicators").json(&indicator);
            if let Some(a) = accept {
                call = call.header("accept-language", a);
            }
            let (s, p) = call.await.status_and_json();
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!(reason_of(&p, "dimensions[1]"), said[i].1, "{accept:?}");
        }
    }
}
