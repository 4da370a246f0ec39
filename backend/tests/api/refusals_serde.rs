//! The last English refusals of the API's readers in the reader's language (issue 17.1, after
//! `refusals_more`): what serde says of a JSON body (a wrong type, an unknown variant, our number
//! parser's words, an unknown field, the place "at line 1 column 20"), the same rule for the measurement
//! steps' optional body, a query string's reasons, and the import reader's own reasons (a date cell, an
//! empty sheet, a file that is no workbook). French and Russian as `Accept-Language` asks; English word
//! for word, as serde and the readers always said it, without the header.

use crate::both_backends;
use crate::helpers::request::Call;
use crate::helpers::{Backend, TestApp};
use crate::imports::import_in;
use crate::languages::reason_of;
use crate::measurements::draft;
use axum::http::StatusCode;
use serde_json::{Value, json};

/// English (no header), French and Russian.
const LANGS: [Option<&str>; 3] = [None, Some("fr"), Some("ru")];
const PLAN: &str = "/api/v1/plans/SP2028-2031";

/// `call` asking for `accept` in `Accept-Language` (none: the header left out).
fn asking<'a>(call: Call<'a>, accept: Option<&str>) -> Call<'a> {
    match accept {
        Some(a) => call.header("accept-language", a),
        None => call,
    }
}

/// Sends `body` to `path` (POST, or PATCH) in each of [`LANGS`] and checks that it is refused with 422
/// and that `field`'s reason is `said` in each.
async fn body_said(
    app: &TestApp,
    token: &str,
    (method, path): (&str, &str),
    body: Value,
    field: &str,
    said: [&str; 3],
) {
    for (i, accept) in LANGS.into_iter().enumerate() {
        let who = app.as_(token);
        let call = if method == "PATCH" {
            who.patch(path)
        } else {
            who.post(path)
        };
        let (s, p) = asking(call.json(&body), accept).await.status_and_json();
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{method} {path} {body}: {p}");
        assert_eq!(reason_of(&p, field), said[i], "{method} {path} {body} {accept:?}");
    }
}

both_backends! {
    async fn what_serde_refuses_in_a_json_body_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let nodes = format!("{PLAN}/nodes");
        // A wrong type: the kind of value found said in words of the language, serde's type name kept.
        body_said(&app, &admin, ("POST", &nodes), json!({"code": 5, "level": "goal", "name": "x"}), "code", [
            "invalid type: integer `5`, expected a string at line 1 column 9",
            "type non valide : l’entier `5`, attendu : une chaîne (ligne 1, colonne 9)",
            "недопустимый тип: целое число `5`, ожидалось: строка (строка 1, столбец 9)",
        ]).await;
        // An unknown variant: the variants as they are.
        body_said(&app, &admin, ("POST", "/api/v1/reports"), json!({"kind": "weekly"}), "kind", [
            "unknown variant `weekly`, expected `annual` or `assessment` at line 1 column 16",
            "variante inconnue `weekly`, attendu : `annual` ou `assessment` (ligne 1, colonne 16)",
            "неизвестный вариант `weekly`, ожидалось: `annual` или `assessment` (строка 1, столбец 16)",
        ]).await;
        // Our own number parser inside serde: its words, said as everywhere else.
        let indicator = format!("{PLAN}/indicators/KPI-R1");
        body_said(&app, &admin, ("PATCH", &indicator), json!({"baseline_value": "12,5"}), "baseline_value", [
            "`12,5` has a comma; decimal commas are not accepted, nor are thousands separators: write 12.5 at line 1 column 24",
            "`12,5` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez 12.5 (ligne 1, colonne 24)",
            "в `12,5` есть запятая; десятичная запятая не принимается, как и разделители тысяч: напишите 12.5 (строка 1, столбец 24)",
        ]).await;
        // A field the body does not have (named by serde_path_to_error before serde's sentence).
        let m = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R1", "year": 2029, "value": "1", "colour": "red"});
        let fields = "`plan_code`, `indicator_code`, `year`, `quarter`, `disaggregation`, `value`, `numerator`, `denominator`, `quality`, `narrative`, `evidence_url`";
        body_said(&app, &admin, ("POST", "/api/v1/measurements"), m, "colour", [
            &format!("unknown field `colour`, expected one of {fields} at line 1 column 9"),
            &format!("champ inconnu `colour`, attendu : l’un de {fields} (ligne 1, colonne 9)"),
            &format!("неизвестное поле `colour`, ожидалось: одно из {fields} (строка 1, столбец 9)"),
        ]).await;
    }
}

both_backends! {
    async fn a_workflow_steps_body_is_refused_by_the_same_rule_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let submit = format!("/api/v1/measurements/{}/submit", m["id"]);
        body_said(&app, &t.planner_br, ("POST", &submit), json!({"colour": 1}), "colour", [
            "is not a known field", "n’est pas un champ connu", "не является известным полем",
        ]).await;
        body_said(&app, &t.planner_br, ("POST", &submit), json!({"note": 5}), "body", [
            "invalid type: integer `5`, expected a string at line 1 column 9",
            "type non valide : l’entier `5`, attendu : une chaîne (ligne 1, colonne 9)",
            "недопустимый тип: целое число `5`, ожидалось: строка (строка 1, столбец 9)",
        ]).await;
        let (_, after) = app.get_json(&format!("/api/v1/measurements/{}", m["id"])).await;
        assert_eq!(after["state"], "draft", "nothing was submitted: {after}");
    }
}

both_backends! {
    async fn a_query_strings_reasons_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let said = [
            ("page", ["must be a whole number", "doit être un nombre entier", "должно быть целым числом"]),
            ("per_page", ["is out of range", "est hors limites", "вне допустимого диапазона"]),
            ("colour", ["is not a known parameter", "n’est pas un paramètre connu", "не является известным параметром"]),
        ];
        for (i, accept) in LANGS.into_iter().enumerate() {
            let call = app.as_(&admin).get("/api/v1/audit?page=abc&per_page=99999999999999999999999&colour=red");
            let (s, p) = asking(call, accept).await.status_and_json();
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            for (field, reasons) in &said {
                assert_eq!(reason_of(&p, field), reasons[i], "{field} {accept:?}");
            }
        }
    }
}

/// A workbook with one sheet `Values`: the header, then one row whose value is a date.
fn with_a_date() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Values").unwrap();
    for (c, h) in ["plan_code", "indicator_code", "year", "value"].into_iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    ws.write_string(1, 0, "SP2028-2031").unwrap();
    ws.write_string(1, 1, "KPI-R1").unwrap();
    ws.write_number(1, 2, 2029.0).unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2029, 3, 1).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(1, 3, &date, &format).unwrap();
    book.save_to_buffer().unwrap()
}

/// A workbook whose only sheet, `Values`, is empty.
fn empty_sheet() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("Values").unwrap();
    book.save_to_buffer().unwrap()
}

both_backends! {
    async fn the_import_readers_own_reasons_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("measurements").await;
        let cases: [(Vec<u8>, &str, [&str; 3]); 3] = [
            (with_a_date(), "sheet Values, row 2, column D (value)", [
                "holds a date; this column takes a number or text: format the cell as General or Text",
                "contient une date ; cette colonne prend un nombre ou du texte : mettez la cellule au format Standard ou Texte",
                "содержит дату; в этом столбце допускается число или текст: задайте ячейке формат «Общий» или «Текстовый»",
            ]),
            (empty_sheet(), "sheet Values, row 1", [
                "sheet Values is empty: its first row must be the header",
                "la feuille Values est vide : sa première ligne doit être l’en-tête",
                "лист Values пуст: первая строка должна быть заголовком",
            ]),
            // The zip's signature and nothing after it.
            (b"PK\x03\x04 not a workbook".to_vec(), "line 1", [
                "the file looks like a workbook but cannot be read as .xlsx (",
                "le fichier ressemble à un classeur mais ne peut pas être lu comme .xlsx (",
                "файл похож на книгу, но не читается как .xlsx (",
            ]),
        ];
        for (book, field, said) in &cases {
            for (i, accept) in LANGS.into_iter().enumerate() {
                let (s, p) = import_in(&app, &admin, "", book.clone(), accept).await;
                assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
                let errors = p["errors"].as_array().unwrap_or_else(|| panic!("{p}"));
                assert_eq!(errors.len(), 1, "{p}");
                let reason = errors[0]["reason"].as_str().unwrap_or_default();
                if field.starts_with("sheet") {
                    assert_eq!((errors[0]["field"].as_str(), reason), (Some(*field), said[i]), "{accept:?}");
                } else {
                    assert!(reason.starts_with(said[i]), "{accept:?}: {p}");
                }
            }
        }
        assert_eq!(app.count("measurements").await, before, "nothing was stored");
    }
}
