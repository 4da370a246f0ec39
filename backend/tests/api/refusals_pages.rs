//! The last English refusals of the pages and of the domain's checks, said in the reader's language
//! (issue 17.1): the reports page's own form checks, the translation form's language check and its
//! page's title, a "must be one of …" of the domain (one rule, `Said::one_of`), a text too long, a
//! list's filters refused on its page, and the import template's 400. English word for word as before.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::languages::reason_of;
use crate::pages::translations::page_in;
use crate::pages::{Answer, csrf_of, login, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::json;

/// English (no header), French and Russian.
const LANGS: [Option<&str>; 3] = [None, Some("fr"), Some("ru")];

/// `POST path` with `form` fields, as a browser in `accept` sends a form.
async fn post_in(app: &TestApp, cookie: &str, path: &str, form: &[(&str, String)], accept: &str) -> Answer {
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .header(header::ACCEPT_LANGUAGE, accept)
        .body(Body::from(serde_urlencoded::to_string(form).unwrap()))
        .unwrap();
    send(app, req).await.0
}

both_backends! {
    async fn the_domains_list_checks_language_check_and_lengths_are_said_in_the_asked_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let long = "x".repeat(501);
        // (method, path, body, field, [en, fr, ru])
        let cases = [
            ("GET", "/api/v1/reports?status=bogus".to_owned(), None, "status", [
                "must be frozen or published",
                "doit être frozen ou published",
                "должно быть frozen или published",
            ]),
            ("GET", "/api/v1/plans/SP2028-2031/risks?status=bogus".to_owned(), None, "status", [
                "must be one of open, mitigating, closed",
                "doit être l’un de : open, mitigating, closed",
                "должно быть одним из: open, mitigating, closed",
            ]),
            ("PUT", "/api/v1/plans/SP2028-2031/translations/en".to_owned(), Some(json!({"name": "Plan"})), "lang", [
                "must be one of ar, es, fr, ru, zh (English is the record's own text)",
                "doit être l’un de : ar, es, fr, ru, zh (l’anglais est le texte propre de l’enregistrement)",
                "должно быть одним из: ar, es, fr, ru, zh (английский — собственный текст записи)",
            ]),
            ("PUT", "/api/v1/plans/SP2028-2031/translations/fr".to_owned(), Some(json!({"name": long})), "name", [
                "is longer than 500 characters",
                "dépasse 500 caractères",
                "длиннее допустимого (500 зн.)",
            ]),
        ];
        for (method, path, body, field, said) in &cases {
            for (i, accept) in LANGS.into_iter().enumerate() {
                let who = app.as_(&admin);
                let mut call = match *method {
                    "PUT" => who.put(path).json(body.as_ref().unwrap()),
                    _ => who.get(path),
                };
                if let Some(a) = accept {
                    call = call.header("accept-language", a);
                }
                let (s, p) = call.await.status_and_json();
                assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{method} {path}: {p}");
                assert_eq!(reason_of(&p, field), said[i], "{method} {path} {accept:?}");
            }
        }
    }
}

both_backends! {
    async fn the_reports_pages_own_form_checks_are_said_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = page_in(&app, &cookie, "/reports?plan=SP2028-2031&year=2028", "en").await;
        let csrf = csrf_of(&page.body);
        let form = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
            let mut f: Vec<(&'static str, String)> =
                vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".into()), ("year", "2028".into())];
            f.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
            f
        };
        // No language ticked and a symbol too long: both named, joined, as one sentence.
        let symbol = "S".repeat(65);
        let refused = form(&[("languages_listed", "yes"), ("symbol", symbol.as_str())]);
        let said = [
            ("en", "languages: give at least one of ar, en, es, fr, ru, zh; symbol: give 1 to 64 characters on one line, or leave it out."),
            ("fr", "languages : donnez au moins l’un de : ar, en, es, fr, ru, zh ; symbol : donnez de 1 à 64 caractères sur une ligne, ou laissez-le vide."),
        ];
        for (lang, text) in said {
            let a = post_in(&app, &cookie, "/reports", &refused, lang).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
            assert_eq!(a.refused().as_deref(), Some(text), "{lang}");
        }
        assert_eq!(app.count("report_runs").await, 0, "nothing frozen");
        // A kind the form does not know: a 400 page saying so.
        let bogus = form(&[("kind", "bogus")]);
        let said = [
            ("en", "kind: `bogus` is not annual or assessment"),
            ("fr", "kind : `bogus` n’est ni annual ni assessment"),
        ];
        for (lang, text) in said {
            let a = post_in(&app, &cookie, "/reports", &bogus, lang).await;
            assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
            assert!(a.body.contains(text), "{lang}: {}", a.body);
        }
    }
}

both_backends! {
    async fn the_translation_pages_title_names_the_record_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let path = "/translations/node/SP2028-2031/G1";
        let fr = page_in(&app, &cookie, path, "fr").await;
        assert_eq!(fr.status, StatusCode::OK);
        assert!(fr.body.contains("<h1>Traductions de élément G1 du plan SP2028-2031</h1>"), "{}", fr.body);
        let en = page_in(&app, &cookie, path, "en").await;
        assert!(en.body.contains("<h1>Translations of node G1 of plan SP2028-2031</h1>"), "{}", en.body);
    }
}

both_backends! {
    async fn a_grid_filter_a_list_filter_and_the_templates_400_are_said_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        // The entry grid drops a filter it does not understand and says why, no longer marked English.
        let path = "/entry?plan=SP2028-2031&year=2029&state=bogus";
        let fr = page_in(&app, &cookie, path, "fr").await;
        // The page is drawn unfiltered, answered as refused (422).
        assert_eq!(fr.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            fr.body.contains("state : doit être l’un de : none, draft, submitted, returned, approved, et non `bogus`</div>"),
            "{}",
            fr.body
        );
        let en = page_in(&app, &cookie, path, "en").await;
        assert!(
            en.body.contains("state: must be one of none, draft, submitted, returned, approved, not `bogus`</div>"),
            "{}",
            en.body
        );
        // A list page's refused filter: the risk register.
        let path = "/risks?plan=SP2028-2031&status=bogus";
        let fr = page_in(&app, &cookie, path, "fr").await;
        assert!(
            fr.body.contains(r#"<div class="flash error" role="status">status : doit être l’un de : open, mitigating, closed</div>"#),
            "{}",
            fr.body
        );
        let en = page_in(&app, &cookie, path, "en").await;
        assert!(
            en.body.contains(r#"<div class="flash error" role="status">status: must be one of open, mitigating, closed</div>"#),
            "{}",
            en.body
        );
        // The import template for a unit that does not exist: a 400 naming the parameter.
        let path = "/entry/template.csv?plan=SP2028-2031&year=2029&unit=NOPE";
        let fr = page_in(&app, &cookie, path, "fr").await;
        assert_eq!(fr.status, StatusCode::BAD_REQUEST);
        assert!(fr.body.contains("unit : il n’y a pas d’unité `NOPE`"), "{}", fr.body);
        let en = page_in(&app, &cookie, path, "en").await;
        assert!(en.body.contains("unit: there is no org unit `NOPE`"), "{}", en.body);
    }
}
