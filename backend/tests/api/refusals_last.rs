//! The last of the domain's English reasons in the reader's language (issue 17.1, after
//! `refusals_pages`): a disaggregation that cannot be read (`measurements::parse_disaggregation`, shared
//! by the API, the pages and the import) and a share that is not its numerator over its denominator
//! (`status::check_share`), and an `as_of` day that cannot be read (`AsOf::parse`). French and Russian as `Accept-Language` asks; English word for word as before.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::languages::reason_of;
use crate::measurements::body;
use axum::http::StatusCode;
use serde_json::{Value, json};

/// Posts `value` in English (no header), French and Russian; each is refused with 422 and `field`'s
/// reason is `said` in that language.
async fn said(app: &TestApp, value: Value, field: &str, said: [&str; 3]) {
    for (accept, want) in [None, Some("fr"), Some("ru")].into_iter().zip(said) {
        let call = app
            .as_(&app.tokens.planner_bdt)
            .post("/api/v1/measurements")
            .json(&value);
        let call = match accept {
            Some(a) => call.header("accept-language", a),
            None => call,
        };
        let (s, p) = call.await.status_and_json();
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{value} {accept:?}: {p}");
        assert_eq!(reason_of(&p, field), want, "{value} {accept:?}");
    }
}

both_backends! {
    async fn a_disaggregation_that_cannot_be_read_and_a_wrong_share_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // KPI-T2.2 is a ratio of BDT's: 66 ÷ 88 is 0.75, not 0.9.
        said(&app, body("KPI-T2.2", 2029, json!("0.9"), json!({"numerator": "66", "denominator": "88"})), "value", [
            "0.9 is not numerator ÷ denominator (66 ÷ 88 = 0.75)",
            "0.9 n’est pas numérateur ÷ dénominateur (66 ÷ 88 = 0.75)",
            "0.9 не равно числитель ÷ знаменатель (66 ÷ 88 = 0.75)",
        ]).await;
        said(&app, body("KPI-T2.1", 2029, json!("0.5"), json!({"disaggregation": "region"})), "disaggregation", [
            "`region` is not dimension=value",
            "`region` n’est pas de la forme dimension=valeur",
            "`region` не имеет вида измерение=значение",
        ]).await;
        said(&app, body("KPI-T2.1", 2029, json!("0.5"), json!({"disaggregation": "region=africa;region=asia"})), "disaggregation", [
            "dimension `region` is given twice",
            "la dimension `region` est donnée deux fois",
            "измерение `region` указано дважды",
        ]).await;
        said(&app, body("KPI-T2.1", 2029, json!("0.5"), json!({"disaggregation": {"region": 1}})), "disaggregation", [
            "the value of `region` must be a value code, not 1",
            "la valeur de `region` doit être un code de valeur, pas 1",
            "значение `region` должно быть кодом значения, а не 1",
        ]).await;
    }
}

both_backends! {
    async fn an_as_of_day_that_cannot_be_read_is_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let path = "/api/v1/plans/SP2028-2031/indicators/KPI-R1?as_of=June";
        for (accept, want) in [
            (None, "`June` is neither `adopted` nor a date YYYY-MM-DD"),
            (Some("fr"), "`June` n’est ni `adopted` ni une date AAAA-MM-JJ"),
            (Some("ru"), "`June` — это не `adopted` и не дата ГГГГ-ММ-ДД"),
        ] {
            let call = app.as_(&app.tokens.reviewer).get(path);
            let call = match accept {
                Some(a) => call.header("accept-language", a),
                None => call,
            };
            let (s, p) = call.await.status_and_json();
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}: {p}");
            assert_eq!(reason_of(&p, "as_of"), want, "{accept:?}");
        }
    }
}
