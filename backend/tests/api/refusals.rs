//! The domain's refusals in the reader's language (issue 17.1): a stale version (412), a duplicate (409),
//! a locked year (423), a record not found and the rarer field reasons give their `detail` or `reason` in
//! the language `Accept-Language` asks for, English word for word without it; the `code` never changes.
//! A page says a locked year in the reader's language, no longer marked English. So are a refusal of the
//! right (403), an invalid request's summary (422), a body of another media type (415) and malformed
//! JSON (400, the parser's own words kept inside the lead), and the 403 page.

use crate::both_backends;
use crate::helpers::request::Call;
use crate::helpers::{Backend, TestApp};
use crate::languages::reason_of;
use crate::measurements::draft;
use crate::pages::login;
use crate::pages::translations::page_in;
use axum::http::StatusCode;
use serde_json::json;

/// English (no header), French and Russian.
const LANGS: [Option<&str>; 3] = [None, Some("fr"), Some("ru")];

/// `call` asking for `accept` in `Accept-Language` (none: the header left out).
fn asking<'a>(call: Call<'a>, accept: Option<&str>) -> Call<'a> {
    match accept {
        Some(a) => call.header("accept-language", a),
        None => call,
    }
}

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
            let call = app.as_(&t.planner_br).patch(&format!("/api/v1/measurements/{id}")).if_match(5).json(&json!({"value": "132"}));
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")), "{p}");
            assert_eq!(p["detail"], stale[i], "{accept:?}");
            let call = app.as_(&t.admin).post("/api/v1/plans/SP2028-2031/nodes").json(&node);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")), "{p}");
            assert_eq!(p["detail"], duplicate[i], "{accept:?}");
            let call = app.as_(&t.admin).patch("/api/v1/plans/SP2028-2031/nodes/TP-R1").if_match(99).json(&json!({"name": "Renamed"}));
            let (s, p) = asking(call, accept).await.status_and_json();
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
            let call = app.as_(&t.planner_br).post("/api/v1/measurements").json(&value);
            let (s, p) = asking(call, accept).await.status_and_json();
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
                let call = app.as_(&admin).get(path);
                let (s, p) = asking(call, accept).await.status_and_json();
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
            let call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/contributions").json(&link);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("validation_failed")), "{p}");
            assert_eq!(reason_of(&p, "weight"), said[i].0, "{accept:?}");
            let call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/indicators").json(&indicator);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!(reason_of(&p, "dimensions[1]"), said[i].1, "{accept:?}");
        }
    }
}

both_backends! {
    async fn a_refusal_of_the_right_and_an_invalid_request_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let node = json!({"code": "TP-NEW", "level": "thematic_priority", "name": "New"});
        let forbidden = [
            "the planner role may not do this",
            "le rôle planificateur ne permet pas de faire ceci",
            "роль «планировщик» не позволяет это сделать",
        ];
        let invalid = ["the request is invalid", "la requête n’est pas valide", "запрос недействителен"];
        let link = json!({"from": "EN-6", "to": "G2", "weight": "1.5"});
        for (i, accept) in LANGS.into_iter().enumerate() {
            let call = app.as_(&t.planner_br).post("/api/v1/plans/SP2028-2031/nodes").json(&node);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")), "{p}");
            assert_eq!(p["detail"], forbidden[i], "{accept:?}");
            let call = app.as_(&t.admin).post("/api/v1/plans/SP2028-2031/contributions").json(&link);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("validation_failed")), "{p}");
            assert_eq!(p["detail"], invalid[i], "{accept:?}");
        }
    }
}

both_backends! {
    async fn another_media_type_and_malformed_json_are_said_in_the_asked_language_with_the_parsers_words_kept(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let media = [
            "the body must be JSON with Content-Type: application/json",
            "le corps doit être du JSON avec Content-Type: application/json",
            "тело запроса должно быть в формате JSON с Content-Type: application/json",
        ];
        let leads = ["malformed JSON: ", "le corps JSON n’est pas valide : ", "тело JSON недействительно: "];
        let mut parser_said = None;
        for (i, accept) in LANGS.into_iter().enumerate() {
            let call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/nodes").body("text/plain", r#"{"code": "X"}"#);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some("unsupported_media_type")), "{p}");
            assert_eq!(p["detail"], media[i], "{accept:?}");
            let call = app.as_(&admin).post("/api/v1/plans/SP2028-2031/nodes").body("application/json", r#"{"code": "#);
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!((s, p["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_request")), "{p}");
            let detail = p["detail"].as_str().unwrap_or_else(|| panic!("{p}"));
            let said = detail.strip_prefix(leads[i]).unwrap_or_else(|| panic!("{accept:?}: {detail}"));
            // serde's own words (where, at which line and column) stay as they are in every language.
            assert!(said.starts_with("Failed to parse the request body as JSON: ") && said.contains("line 1 column"), "{said}");
            assert_eq!(said, *parser_said.get_or_insert_with(|| said.to_owned()), "{accept:?}");
        }
    }
}

both_backends! {
    async fn a_refused_page_says_why_in_the_readers_language_unmarked(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let path = "/indicators/KPI-T1.1/sheet/edit?plan=SP2028-2031";
        let fr = page_in(&app, &cookie, path, "fr").await;
        assert_eq!(fr.status, StatusCode::FORBIDDEN);
        assert!(fr.body.contains("<p>seul le bureau du Secrétaire général modifie les fiches de référence</p>"), "{}", fr.body);
        let en = page_in(&app, &cookie, path, "en").await;
        assert_eq!(en.status, StatusCode::FORBIDDEN);
        assert!(en.body.contains("<p>only the Secretary-General&#39;s office edits reference sheets</p>"), "{}", en.body);
    }
}
