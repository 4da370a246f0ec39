//! The domain's remaining refusals in the reader's language (issue 17.1, after `refusals`): the records a
//! stale version names (a financial plan line, an allocation, a translation, collection dates), dates not
//! set any more or not the unit's own, a node still in use and what holds it (Russian plurals), an
//! output without its kind or owner, a mandate link already there or not there, a revoked exception
//! revoked again, an import's row of another unit or a slot twice, and the framework workbook's own
//! problems, in the API (`detail`, `errors[].reason`) and on the pages that show them, unmarked; English
//! word for word without `Accept-Language`.

use crate::both_backends;
use crate::framework_workbook::{download, upload_in, upload_page};
use crate::helpers::{Backend, TestApp};
use crate::imports::import_in;
use crate::languages::reason_of;
use crate::pages::translations::page_in;
use crate::pages::{csrf_of, get, login, post};
use crate::xlsx_sheets::{set, sheets, write};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// English (no header), French and Russian.
const LANGS: [Option<&str>; 3] = [None, Some("fr"), Some("ru")];
const PLAN: &str = "/api/v1/plans/SP2028-2031";

/// `method path` with `body` as `token`, in `accept` when given: status and answer.
async fn call_in(
    app: &TestApp,
    token: &str,
    (method, path): (&str, &str),
    if_match: Option<i64>,
    body: Value,
    accept: Option<&str>,
) -> (StatusCode, Value) {
    let who = app.as_(token);
    let mut call = match method {
        "PUT" => who.put(path),
        "PATCH" => who.patch(path),
        "POST" => who.post(path),
        "DELETE" => who.delete(path),
        _ => who.get(path),
    }
    .json(&body);
    if let Some(v) = if_match {
        call = call.if_match(v);
    }
    if let Some(a) = accept {
        call = call.header("accept-language", a);
    }
    call.await.status_and_json()
}

/// The stale-version sentence of `what` in English, French and Russian.
fn stale(what: [String; 3], current: i64, claimed: i64) -> [String; 3] {
    let [en, fr, ru] = what;
    [
        format!("{en} is at version {current}, not {claimed}: reload it and apply your change again"),
        format!(
            "{fr} est à la version {current}, et non {claimed} : rechargez et appliquez à nouveau votre modification"
        ),
        format!("{ru}: текущая версия {current}, а не {claimed}; перезагрузите и внесите изменение снова"),
    ]
}

both_backends! {
    async fn a_stale_line_allocation_or_translation_and_missing_dates_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, lines) = app.get_json(&format!("{PLAN}/finance/lines")).await;
        let (line, lv) = (lines["items"][0]["id"].as_i64().unwrap(), lines["items"][0]["version"].as_i64().unwrap());
        let (_, allocs) = app.get_json(&format!("{PLAN}/finance/allocations")).await;
        let (alloc, av) = (allocs["items"][0]["id"].as_i64().unwrap(), allocs["items"][0]["version"].as_i64().unwrap());
        let (s, t) = call_in(&app, &admin, ("PUT", "/api/v1/units/BR/translations/es"), None, json!({"name": "Oficina"}), None).await;
        assert!(s.is_success(), "{t}");
        let cases = [
            (("PATCH", format!("{PLAN}/finance/lines/{line}")), json!({}), stale([
                format!("financial plan line {line}"), format!("ligne {line} du plan financier"), format!("строка финансового плана {line}"),
            ], lv, 99)),
            (("PATCH", format!("{PLAN}/finance/allocations/{alloc}")), json!({}), stale([
                format!("allocation {alloc}"), format!("affectation {alloc}"), format!("распределение {alloc}"),
            ], av, 99)),
            (("PUT", "/api/v1/units/BR/translations/es".to_owned()), json!({"name": "Otra"}), stale([
                "the es text of org unit BR".to_owned(), "le texte en es (unité BR)".to_owned(), "текст на языке es (подразделение BR)".to_owned(),
            ], 1, 99)),
        ];
        for ((method, path), body, said) in &cases {
            for (i, accept) in LANGS.into_iter().enumerate() {
                let (s, p) = call_in(&app, &admin, (method, path), Some(99), body.clone(), accept).await;
                assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")), "{path}: {p}");
                assert_eq!(p["detail"], said[i], "{path} {accept:?}");
            }
        }
        // Dates claimed at a version while there are none; then the unit's own dates that are not there.
        let dates = "/api/v1/plans/SP2028-2031/years/2031/collection";
        let body = json!({"opens_on": "2031-01-15", "due_on": "2031-02-28", "version": 3});
        let gone = [
            "the collection dates of 2031 of SP2028-2031 are not set any more: reload the page",
            "les dates de collecte 2031 de SP2028-2031 ne sont plus fixées : rechargez la page",
            "даты сбора данных за 2031 по плану SP2028-2031 больше не заданы: перезагрузите страницу",
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = call_in(&app, &admin, ("PUT", dates), None, body.clone(), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::CONFLICT, Some(gone[i])), "{p}");
        }
        let (s, p) = call_in(&app, &admin, ("PUT", dates), None, json!({"opens_on": "2031-01-15", "due_on": "2031-02-28"}), None).await;
        assert!(s.is_success(), "{p}");
        let own = [
            "the collection dates of BR for 2031 (the unit has no dates of its own) not found",
            "les dates de collecte de BR pour 2031 (l’unité n’a pas de dates propres) : introuvable",
            "даты сбора данных подразделения BR за 2031 (у подразделения нет собственных дат): не найдено",
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = call_in(&app, &admin, ("DELETE", &format!("{dates}/units/BR")), None, json!({}), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::NOT_FOUND, Some(own[i])), "{p}");
        }
    }
}

both_backends! {
    async fn a_node_in_use_an_output_without_kind_and_a_mandate_link_twice_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let blocked = [
            "node TP-R1.O1 cannot be deleted while it has 2 child nodes, 1 indicator",
            "l’élément TP-R1.O1 ne peut pas être supprimé tant qu’il a 2 éléments enfants, 1 indicateur",
            "элемент TP-R1.O1 нельзя удалить, пока у него есть: 2 дочерних элемента, 1 показатель",
        ];
        let output = json!({"code": "X.P1", "level": "output", "name": "x", "parent": "TP-R1.O1"});
        let needs = [
            ("an output must say whether it is a product or a service", "an output must be owned by one org unit"),
            ("un produit doit dire s’il est un bien ou un service", "un produit doit appartenir à une unité"),
            ("для намеченного результата нужно указать, продукт это или услуга", "намеченный результат должен принадлежать одному подразделению"),
        ];
        let links = format!("{PLAN}/nodes/TP-R1.O1/mandates");
        let (s, p) = call_in(&app, &admin, ("POST", &links), None, json!({"vocabulary": "sdg", "code": "4.4"}), None).await;
        assert!(s.is_success(), "{p}");
        let twice = [
            "node TP-R1.O1 already refers to sdg 4.4",
            "élément TP-R1.O1 renvoie déjà à sdg 4.4",
            "элемент TP-R1.O1 уже ссылается на sdg 4.4",
        ];
        let absent = [
            "a link from node TP-R1.O1 to sdg 9.9 not found",
            "un lien entre élément TP-R1.O1 et sdg 9.9 : introuvable",
            "связь элемент TP-R1.O1 с sdg 9.9: не найдено",
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = call_in(&app, &admin, ("DELETE", &format!("{PLAN}/nodes/TP-R1.O1")), None, json!({}), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::CONFLICT, Some(blocked[i])), "{p}");
            let (s, p) = call_in(&app, &admin, ("POST", &format!("{PLAN}/nodes")), None, output.clone(), accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!((reason_of(&p, "output_kind"), reason_of(&p, "owner_unit")), needs[i], "{accept:?}");
            let (s, p) = call_in(&app, &admin, ("POST", &links), None, json!({"vocabulary": "sdg", "code": "4.4"}), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::CONFLICT, Some(twice[i])), "{p}");
            let (s, p) = call_in(&app, &admin, ("DELETE", &format!("{links}/sdg/9.9")), None, json!({}), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::NOT_FOUND, Some(absent[i])), "{p}");
        }
        // The pages: retiring the node is refused in French, and a translation form of nothing is not found.
        let cookie = login(&app, "admin@test.org").await;
        let fr = format!("{cookie}; stratrack_lang=fr");
        let csrf = csrf_of(&get(&app, Some(&fr), "/framework/nodes/new?plan=SP2028-2031").await.body);
        let form = [("csrf", csrf), ("plan", "SP2028-2031".to_owned()), ("version", String::new())];
        let a = post(&app, Some(&fr), "/framework/TP-R1.O1/retire", &form).await;
        let why = a.refused().expect("a refusal");
        assert!(why.ends_with(&format!(": {}", blocked[1])), "{why}");
        let page = page_in(&app, &cookie, "/translations/nosuch/x", "fr").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(page.body.contains("nosuch x : introuvable"), "{}", page.body);
        let page = page_in(&app, &cookie, "/translations/nosuch/x", "en").await;
        assert!(page.body.contains("nosuch x not found"), "{}", page.body);
    }
}

both_backends! {
    async fn a_revoked_exception_and_an_imports_other_unit_and_slot_twice_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, p) = app.call("POST", &format!("{PLAN}/periods/2029/lock"), Some(&t.admin), Some(json!({"note": "closed"}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        let until = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let exc = format!("{PLAN}/periods/2029/exceptions");
        let (s, e) = app.call("POST", &exc, Some(&t.admin), Some(json!({"unit": "BR", "until": until, "note": "late"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{e}");
        let id = e["id"].as_i64().unwrap();
        let revoke = format!("{exc}/{id}/revoke");
        let (s, r) = app.call("POST", &revoke, Some(&t.admin), Some(json!({"note": "done"}))).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        let revoked = [
            format!("lock exception {id} of reporting period 2029 of SP2028-2031 is already revoked"),
            format!("l’exception de verrouillage {id} de la période de rapport 2029 de SP2028-2031 est déjà révoquée"),
            format!("исключение из закрытия {id} отчётного периода 2029 плана SP2028-2031 уже отозвано"),
        ];
        let other_unit = [
            "KPI-D2 belongs to another org unit; a planner may import only their own unit's indicators",
            "KPI-D2 appartient à une autre unité ; un planificateur ne peut importer que les indicateurs de sa propre unité",
            "KPI-D2 принадлежит другому подразделению; специалист по планированию может импортировать только показатели своего подразделения",
        ];
        let twice = [
            "KPI-D2 2031 is also on line 2; a slot takes one value",
            "KPI-D2 2031 est aussi à la ligne 2 ; un emplacement ne prend qu’une valeur",
            "KPI-D2 2031 есть также в строке 2; в ячейку можно внести только одно значение",
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = call_in(&app, &t.admin, ("POST", &revoke), None, json!({"note": "again"}), accept).await;
            assert_eq!((s, p["detail"].as_str()), (StatusCode::CONFLICT, Some(revoked[i].as_str())), "{p}");
            let (s, p) = import_in(&app, &t.planner_br, "plan=SP2028-2031", "indicator_code,year,value\nKPI-D2,2031,1\n", accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!(reason_of(&p, "line 2, column indicator_code"), other_unit[i], "{accept:?}");
            let csv = "indicator_code,year,value\nKPI-D2,2031,1\nKPI-D2,2031,2\n";
            let (s, p) = import_in(&app, &t.admin, "plan=SP2028-2031", csv, accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!(reason_of(&p, "line 3, column indicator_code"), twice[i], "{accept:?}");
        }
    }
}

both_backends! {
    async fn the_framework_workbooks_own_problems_are_said_in_the_asked_language_and_on_its_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        let key_row = set(&mut sh, "indicators", &[("code", "KPI-R3")], "is_key", "maybe");
        let level_row = set(&mut sh, "result_nodes", &[("code", "TP-R1.O1")], "level", "goal");
        let file = write(&names, &sh);
        let key_cell = format!("sheet indicators, row {key_row}, column P (is_key)");
        let level_cell = format!("sheet result_nodes, row {level_row}, column C (level)");
        let said = [
            ("`maybe` is not true or false", "is fixed: add a new node with the level instead"),
            ("`maybe` n’est ni true ni false", "est fixe : ajoutez plutôt un nouvel élément de ce niveau"),
            ("`maybe` — не true и не false", "не изменяется: вместо этого добавьте новый элемент с нужным уровнем"),
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = upload_in(&app, &file, false, &[], accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!((reason_of(&p, &key_cell), reason_of(&p, &level_cell)), said[i], "{accept:?}");
        }
        // The workbook page lists them in French, not marked English.
        let cookie = login(&app, "admin@test.org").await;
        let page = upload_page(&app, &format!("{cookie}; stratrack_lang=fr"), &file, &[]).await;
        let shown = format!("<li><strong>{key_cell}</strong>: {}</li>", said[1].0);
        assert!(page.body.contains(&shown), "{}", page.body);
    }
}
