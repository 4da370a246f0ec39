//! The domain's remaining refusals in the reader's language (issue 17.1, after `refusals`): the records a
//! stale version names (a financial plan line, an allocation, a translation, collection dates), dates not
//! set any more or not the unit's own, a node still in use and what holds it (Russian plurals), an
//! output without its kind or owner, a mandate link already there or not there, a revoked exception
//! revoked again, an import's row of another unit or a slot twice, a finance row already there, and the
//! framework workbook's own problems, in the API (`detail`, `errors[].reason`) and on the pages that show
//! them, unmarked; English word for word without `Accept-Language`.

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

/// What a refused request sends.
enum Sent {
    /// A JSON body (or none, for `{}` on a delete).
    Json(Value),
    /// A CSV file to the measurement import; the case's `path` is then the import's query.
    Csv(&'static str),
}

/// Where the answer says why: its `detail`, or the `reason` of the error naming a field.
enum At {
    Detail,
    Reason(&'static str),
}

/// One refused request and what it says in English, French and Russian.
struct Case<'a> {
    token: &'a str,
    method: &'static str,
    path: String,
    if_match: Option<i64>,
    sent: Sent,
    status: StatusCode,
    at: At,
    said: [String; 3],
}

impl Case<'_> {
    /// Sends the request in each of [`LANGS`] and checks the status and what the answer says.
    async fn is_said_in_each_language(&self, app: &TestApp) {
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = match &self.sent {
                Sent::Csv(csv) => import_in(app, self.token, &self.path, *csv, accept).await,
                Sent::Json(body) => {
                    let who = app.as_(self.token);
                    let mut call = match self.method {
                        "PUT" => who.put(&self.path),
                        "PATCH" => who.patch(&self.path),
                        "DELETE" => who.delete(&self.path),
                        _ => who.post(&self.path),
                    }
                    .json(body);
                    if let Some(v) = self.if_match {
                        call = call.if_match(v);
                    }
                    if let Some(a) = accept {
                        call = call.header("accept-language", a);
                    }
                    call.await.status_and_json()
                }
            };
            assert_eq!(s, self.status, "{} {}: {p}", self.method, self.path);
            let got = match self.at {
                At::Detail => p["detail"].as_str().unwrap_or_default(),
                At::Reason(field) => reason_of(&p, field),
            };
            assert_eq!(got, self.said[i], "{} {} {accept:?}", self.method, self.path);
        }
    }
}

/// A request by `token` refused with `status`, saying `said` at `at`.
fn case<'a>(
    token: &'a str,
    (method, path): (&'static str, String),
    sent: Sent,
    (status, at): (StatusCode, At),
    said: [&str; 3],
) -> Case<'a> {
    Case {
        token,
        method,
        path,
        if_match: None,
        sent,
        status,
        at,
        said: said.map(str::to_owned),
    }
}

/// A write at version 99 of `path` (`If-Match`), refused as stale naming `what` at version `current`.
fn stale<'a>(
    token: &'a str,
    (method, path): (&'static str, String),
    body: Value,
    what: [String; 3],
    current: i64,
) -> Case<'a> {
    let [en, fr, ru] = what;
    let said = [
        format!("{en} is at version {current}, not 99: reload it and apply your change again"),
        format!("{fr} est à la version {current}, et non 99 : rechargez et appliquez à nouveau votre modification"),
        format!("{ru}: текущая версия {current}, а не 99; перезагрузите и внесите изменение снова"),
    ];
    let status = (StatusCode::PRECONDITION_FAILED, At::Detail);
    Case {
        if_match: Some(99),
        said,
        ..case(token, (method, path), Sent::Json(body), status, ["", "", ""])
    }
}

both_backends! {
    async fn a_stale_line_allocation_or_translation_and_missing_dates_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, lines) = app.get_json(&format!("{PLAN}/finance/lines")).await;
        let (line, lv) = (lines["items"][0]["id"].as_i64().unwrap(), lines["items"][0]["version"].as_i64().unwrap());
        let (_, allocs) = app.get_json(&format!("{PLAN}/finance/allocations")).await;
        let (alloc, av) = (allocs["items"][0]["id"].as_i64().unwrap(), allocs["items"][0]["version"].as_i64().unwrap());
        let es = "/api/v1/units/BR/translations/es".to_owned();
        let (s, t) = app.call("PUT", &es, Some(&admin), Some(json!({"name": "Oficina"}))).await;
        assert!(s.is_success(), "{t}");
        let dates = "/api/v1/plans/SP2028-2031/years/2031/collection".to_owned();
        let stale_cases = [
            stale(&admin, ("PATCH", format!("{PLAN}/finance/lines/{line}")), json!({}), [
                format!("financial plan line {line}"), format!("ligne {line} du plan financier"), format!("строка финансового плана {line}"),
            ], lv),
            stale(&admin, ("PATCH", format!("{PLAN}/finance/allocations/{alloc}")), json!({}), [
                format!("allocation {alloc}"), format!("affectation {alloc}"), format!("распределение {alloc}"),
            ], av),
            stale(&admin, ("PUT", es), json!({"name": "Otra"}), [
                "the es text of org unit BR".to_owned(), "le texte en es (unité BR)".to_owned(), "текст на языке es (подразделение BR)".to_owned(),
            ], 1),
            // Dates claimed at a version while there are none.
            case(&admin, ("PUT", dates.clone()), Sent::Json(json!({"opens_on": "2031-01-15", "due_on": "2031-02-28", "version": 3})),
                (StatusCode::CONFLICT, At::Detail), [
                "the collection dates of 2031 of SP2028-2031 are not set any more: reload the page",
                "les dates de collecte 2031 de SP2028-2031 ne sont plus fixées : rechargez la page",
                "даты сбора данных за 2031 по плану SP2028-2031 больше не заданы: перезагрузите страницу",
            ]),
        ];
        for c in &stale_cases {
            c.is_said_in_each_language(&app).await;
        }
        // With the year's dates set, the unit's own dates that are not there.
        let (s, p) = app.call("PUT", &dates, Some(&admin), Some(json!({"opens_on": "2031-01-15", "due_on": "2031-02-28"}))).await;
        assert!(s.is_success(), "{p}");
        case(&admin, ("DELETE", format!("{dates}/units/BR")), Sent::Json(json!({})), (StatusCode::NOT_FOUND, At::Detail), [
            "the collection dates of BR for 2031 (the unit has no dates of its own) not found",
            "les dates de collecte de BR pour 2031 (l’unité n’a pas de dates propres) : introuvable",
            "даты сбора данных подразделения BR за 2031 (у подразделения нет собственных дат): не найдено",
        ]).is_said_in_each_language(&app).await;
    }
}

both_backends! {
    async fn a_node_in_use_an_output_without_kind_and_a_mandate_link_twice_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        // What holds the node, counted with the plural forms of each language.
        let blocked = [
            "node TP-R1.O1 cannot be deleted while it has 2 child nodes, 1 indicator",
            "l’élément TP-R1.O1 ne peut pas être supprimé tant qu’il a 2 éléments enfants, 1 indicateur",
            "элемент TP-R1.O1 нельзя удалить, пока у него есть: 2 дочерних элемента, 1 показатель",
        ];
        let links = format!("{PLAN}/nodes/TP-R1.O1/mandates");
        let sdg = || Sent::Json(json!({"vocabulary": "sdg", "code": "4.4"}));
        let (s, p) = app.call("POST", &links, Some(&admin), Some(json!({"vocabulary": "sdg", "code": "4.4"}))).await;
        assert!(s.is_success(), "{p}");
        let output = || Sent::Json(json!({"code": "X.P1", "level": "output", "name": "x", "parent": "TP-R1.O1"}));
        let invalid = |field| (StatusCode::UNPROCESSABLE_ENTITY, At::Reason(field));
        let cases = [
            case(&admin, ("DELETE", format!("{PLAN}/nodes/TP-R1.O1")), Sent::Json(json!({})), (StatusCode::CONFLICT, At::Detail), blocked),
            case(&admin, ("POST", format!("{PLAN}/nodes")), output(), invalid("output_kind"), [
                "an output must say whether it is a product or a service",
                "un produit doit dire s’il est un bien ou un service",
                "для намеченного результата нужно указать, продукт это или услуга",
            ]),
            case(&admin, ("POST", format!("{PLAN}/nodes")), output(), invalid("owner_unit"), [
                "an output must be owned by one org unit",
                "un produit doit appartenir à une unité",
                "намеченный результат должен принадлежать одному подразделению",
            ]),
            case(&admin, ("POST", links.clone()), sdg(), (StatusCode::CONFLICT, At::Detail), [
                "node TP-R1.O1 already refers to sdg 4.4",
                "élément TP-R1.O1 renvoie déjà à sdg 4.4",
                "элемент TP-R1.O1 уже ссылается на sdg 4.4",
            ]),
            case(&admin, ("DELETE", format!("{links}/sdg/9.9")), Sent::Json(json!({})), (StatusCode::NOT_FOUND, At::Detail), [
                "a link from node TP-R1.O1 to sdg 9.9 not found",
                "un lien entre élément TP-R1.O1 et sdg 9.9 : introuvable",
                "связь элемент TP-R1.O1 с sdg 9.9: не найдено",
            ]),
        ];
        for c in &cases {
            c.is_said_in_each_language(&app).await;
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
        let mut again = case(&t.admin, ("POST", revoke), Sent::Json(json!({"note": "again"})), (StatusCode::CONFLICT, At::Detail), ["", "", ""]);
        again.said = [
            format!("lock exception {id} of reporting period 2029 of SP2028-2031 is already revoked"),
            format!("l’exception de verrouillage {id} de la période de rapport 2029 de SP2028-2031 est déjà révoquée"),
            format!("исключение из закрытия {id} отчётного периода 2029 плана SP2028-2031 уже отозвано"),
        ];
        let import = |field| (StatusCode::UNPROCESSABLE_ENTITY, At::Reason(field));
        let query = || ("POST", "plan=SP2028-2031".to_owned());
        let cases = [
            again,
            case(&t.planner_br, query(), Sent::Csv("indicator_code,year,value\nKPI-D2,2031,1\n"), import("line 2, column indicator_code"), [
                "KPI-D2 belongs to another org unit; a planner may import only their own unit's indicators",
                "KPI-D2 appartient à une autre unité ; un planificateur ne peut importer que les indicateurs de sa propre unité",
                "KPI-D2 принадлежит другому подразделению; специалист по планированию может импортировать только показатели своего подразделения",
            ]),
            case(&t.admin, query(), Sent::Csv("indicator_code,year,value\nKPI-D2,2031,1\nKPI-D2,2031,2\n"), import("line 3, column indicator_code"), [
                "KPI-D2 2031 is also on line 2; a slot takes one value",
                "KPI-D2 2031 est aussi à la ligne 2 ; un emplacement ne prend qu’une valeur",
                "KPI-D2 2031 есть также в строке 2; в ячейку можно внести только одно значение",
            ]),
        ];
        for c in &cases {
            c.is_said_in_each_language(&app).await;
        }
    }
}

both_backends! {
    async fn the_framework_workbooks_own_problems_are_said_in_the_asked_language_and_on_its_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        let cells = [
            ("indicators", ("code", "KPI-R3"), ("is_key", "maybe", "P"), [
                "`maybe` is not true or false",
                "`maybe` n’est ni true ni false",
                "`maybe` — не true и не false",
            ]),
            ("result_nodes", ("code", "TP-R1.O1"), ("level", "goal", "C"), [
                "is fixed: add a new node with the level instead",
                "est fixe : ajoutez plutôt un nouvel élément de ce niveau",
                "не изменяется: вместо этого добавьте новый элемент с нужным уровнем",
            ]),
        ];
        let named: Vec<(String, [&str; 3])> = cells
            .iter()
            .map(|(sheet, key, (column, value, letter), said)| {
                let row = set(&mut sh, sheet, &[*key], column, value);
                (format!("sheet {sheet}, row {row}, column {letter} ({column})"), *said)
            })
            .collect();
        let file = write(&names, &sh);
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = upload_in(&app, &file, false, &[], accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            for (cell, said) in &named {
                assert_eq!(reason_of(&p, cell), said[i], "{cell} {accept:?}");
            }
        }
        // The workbook page lists them in French, not marked English.
        let cookie = login(&app, "admin@test.org").await;
        let page = upload_page(&app, &format!("{cookie}; stratrack_lang=fr"), &file, &[]).await;
        for (cell, said) in &named {
            let shown = format!("<li><strong>{cell}</strong>: {}</li>", said[1]);
            assert!(page.body.contains(&shown), "{shown} in {}", page.body);
        }
    }
}

both_backends! {
    async fn a_finance_row_already_there_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let lines = format!("{PLAN}/finance/lines");
        let (_, list) = app.get_json(&format!("{lines}?year=2028&unit=BR&kind=expense&category=staff")).await;
        let id = list["items"][0]["id"].as_i64().unwrap();
        let dup = json!({"year": 2028, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1"});
        let key = format!("2028 BR expense staff (id {id})");
        case(&admin, ("POST", lines), Sent::Json(dup), (StatusCode::CONFLICT, At::Detail), [
            &format!("plan SP2028-2031 already has a financial plan line for {key}"),
            &format!("le plan SP2028-2031 a déjà une ligne du plan financier pour {key}"),
            &format!("в плане SP2028-2031 уже есть строка финансового плана для {key}"),
        ])
        .is_said_in_each_language(&app)
        .await;
    }
}

both_backends! {
    async fn an_allocation_to_a_node_of_the_wrong_level_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let to_goal = json!({"year": 2030, "unit": "BR", "node": "G1", "amount": "1"});
        let field = (StatusCode::UNPROCESSABLE_ENTITY, At::Reason("node"));
        case(&admin, ("POST", format!("{PLAN}/finance/allocations")), Sent::Json(to_goal), field, [
            "G1 is a goal: allocate to an output, a thematic priority or an enabler",
            "G1 est un élément de niveau but : allouez à un produit, une priorité thématique ou un catalyseur",
            "G1 — элемент уровня «цель»: распределяйте средства на продукт, тематический приоритет или вспомогательный фактор",
        ])
        .is_said_in_each_language(&app)
        .await;
    }
}

both_backends! {
    async fn a_translation_key_not_of_its_form_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        let g1_fr = [("kind", "node"), ("key", "SP2028-2031/G1"), ("lang", "fr")];
        let row = set(&mut sh, "translations", &g1_fr, "key", "G1");
        let cell = format!("sheet translations, row {row}, column B (key)");
        let file = write(&names, &sh);
        let said = [
            "`G1` is not of the form `first/second`",
            "`G1` n’est pas de la forme `premier/second`",
            "`G1` не имеет вида `первый/второй`",
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let (s, p) = upload_in(&app, &file, false, &[], accept).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!(reason_of(&p, &cell), said[i], "{accept:?}");
        }
    }
}
