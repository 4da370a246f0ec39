//! Framework text in the reader's language on the pages (issue 17.3, 17.6): the tree, a node's and an
//! indicator's page show a translation in its own `lang` and `dir`, and an English name standing in for
//! a missing one marked `lang="en"` with a visible "in English"; the office's form sets the texts of
//! every language at once, without a script, and refuses everyone else.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

/// `GET path` as the session `cookie`, asking for `accept` in `Accept-Language`.
pub(crate) async fn page_in(app: &TestApp, cookie: &str, path: &str, accept: &str) -> Answer {
    let req = Request::get(path)
        .header(header::COOKIE, cookie)
        .header(header::ACCEPT_LANGUAGE, accept)
        .body(Body::empty())
        .unwrap();
    send(app, req).await.0
}

both_backends! {
    async fn the_tree_shows_names_in_the_readers_language_and_marks_english_fallbacks(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let fr = page_in(&app, &cookie, &format!("/framework?{VIEW}"), "fr").await;
        assert_eq!(fr.status, StatusCode::OK);
        // G1 is translated in the seed; its target T1.1 is not.
        assert!(fr.body.contains(r#"<span lang="fr" dir="ltr">Connectivité universelle</span>"#), "{}", fr.body);
        assert!(fr.body.contains(r#"<span lang="en" dir="ltr">Universal Internet use</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>"#));

        let ar = page_in(&app, &cookie, &format!("/framework/G1?{VIEW}"), "ar").await;
        assert!(ar.body.contains(r#"<span lang="ar" dir="rtl">التوصيلية الشاملة</span>"#), "{}", ar.body);
        // The description was not translated: English, marked, in the Arabic reader's words.
        assert!(ar.body.contains(r#"<small class="in-english" lang="ar" dir="rtl">(بالإنكليزية)</small>"#));

        let en = page_in(&app, &cookie, &format!("/framework?{VIEW}"), "en").await;
        assert!(en.body.contains("Universal connectivity") && !en.body.contains("in-english"));
        assert!(!en.body.contains("Connectivité"));
    }
}

both_backends! {
    async fn the_office_translates_an_indicator_with_a_plain_form_and_readers_see_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let form_path = "/translations/indicator/SP2028-2031/KPI-T1.1";
        let admin = login(&app, "admin@test.org").await;
        let form = get(&app, Some(&admin), form_path).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        for lang in ["ar", "es", "fr", "ru", "zh"] {
            assert!(form.body.contains(&format!(r#"<label for="name-{lang}">"#)), "{lang}");
            assert!(form.body.contains(&format!(r#"id="definition-{lang}""#)), "an indicator has a definition: {lang}");
        }
        assert!(form.body.contains(r#"id="name-ar" name="name_ar" value="" lang="ar" dir="rtl""#));
        assert!(!form.body.contains("<script"), "the form works without a script");

        let csrf = csrf_of(&form.body);
        let mut fields = vec![("csrf", csrf.clone()), ("name_es", "Uso universal de Internet".to_owned()), ("provenance_es", "illustrative".to_owned())];
        for version in ["version_ar", "version_es", "version_fr", "version_ru", "version_zh"] {
            fields.push((version, "0".to_owned()));
        }
        let saved = post(&app, Some(&admin), form_path, &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert!(saved.done().is_some(), "{:?}", saved.messages());

        let reader = login(&app, "planner.br@test.org").await;
        let es = page_in(&app, &reader, &format!("/indicators/KPI-T1.1?{VIEW}"), "es").await;
        assert!(es.body.contains(r#"<span lang="es" dir="ltr">Uso universal de Internet</span>"#), "{}", es.body);
        assert!(es.body.contains(r#"<small class="in-english" lang="es" dir="ltr">(en inglés)</small>"#), "the definition stays English, marked");

        // The same form again, read before the save (version 0): refused, nothing overwritten.
        fields[1].1 = "Otro nombre".to_owned();
        let stale = post(&app, Some(&admin), form_path, &fields).await;
        assert!(stale.refused().is_some_and(|r| r.contains("changed by someone else")), "{:?}", stale.messages());
        let (_, t) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-T1.1/translations").await;
        assert_eq!(t["items"][0]["name"], "Uso universal de Internet");
        assert_eq!(t["items"][0]["provenance"], "illustrative");

        // A bad field is named with its language.
        let too_long = vec![("csrf", csrf), ("name_fr", "x".repeat(501)), ("version_fr", "0".to_owned())];
        let refused = post(&app, Some(&admin), form_path, &too_long).await;
        assert!(refused.refused().is_some_and(|r| r.contains("fr.name")), "{:?}", refused.messages());
    }
}

both_backends! {
    async fn only_the_office_opens_or_submits_the_translation_form(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let path = "/translations/node/SP2028-2031/G1";
        let a = get(&app, None, path).await;
        assert!(a.location.is_some_and(|l| l.starts_with("/login")), "anonymous");
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let a = get(&app, Some(&cookie), path).await;
            let want = if role == "admin" { StatusCode::OK } else { StatusCode::FORBIDDEN };
            assert_eq!(a.status, want, "{role} opens the form");
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let a = post(&app, Some(&cookie), path, &[("csrf", csrf), ("name_fr", "Autre".to_owned()), ("version_fr", "1".to_owned())]).await;
            if role == "admin" {
                assert_eq!(a.status, StatusCode::SEE_OTHER);
            } else {
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} submits the form");
            }
        }
        let (_, t) = app.get_json("/api/v1/plans/SP2028-2031/nodes/G1/translations").await;
        let fr = t["items"].as_array().unwrap().iter().find(|i| i["lang"] == "fr").unwrap();
        assert_eq!((fr["name"].as_str(), fr["version"].as_i64()), (Some("Autre"), Some(2)), "only the office's change landed");
        let a = get(&app, Some(&login(&app, "admin@test.org").await), "/translations/nothing/X").await;
        assert_eq!(a.status, StatusCode::NOT_FOUND);
    }
}

/// The `<option>` of `html` whose value is `value`, up to its end.
fn option_of<'a>(html: &'a str, value: &str) -> &'a str {
    let at = html
        .find(&format!(r#"<option value="{value}">"#))
        .unwrap_or_else(|| panic!("an option {value}: {html}"));
    &html[at..at + html[at..].find("</option>").expect("the option closes")]
}

both_backends! {
    async fn the_cycle_allocations_and_risk_pages_name_the_framework_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let goal = r#"<span lang="fr" dir="ltr">Connectivité universelle</span>"#;
        let in_english = r#"</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>"#;

        // The plan cycle: G1 is translated in both plans (the nodes' table), the indicators are not.
        let cycle = page_in(&app, &cookie, "/cycle?plan=SP2028-2031", "fr").await;
        assert_eq!(cycle.status, StatusCode::OK, "{}", cycle.body);
        let nodes = &cycle.body[cycle.body.find(r#"id="plan-cycle-nodes""#).expect("the nodes' table")..];
        assert!(nodes.contains(&format!("<td>{goal}</td><td>{goal}</td>")), "{nodes}");
        let indicators = &cycle.body[cycle.body.find(r#"<table id="cycle">"#).unwrap()..cycle.body.find(r#"id="plan-cycle-nodes""#).unwrap()];
        assert!(indicators.contains(r#"<span lang="en" dir="ltr">"#) && indicators.contains(in_english), "{indicators}");
        assert!(!indicators.contains(goal), "indicators are not named after their goals");
        assert!(option_of(&cycle.body, "G1").contains("G1 — Connectivité universelle"), "the goal filter");

        // The allocation sheet: a thematic priority translated, an output named in English, marked.
        let sheet = page_in(&app, &cookie, "/finance/allocations?plan=SP2028-2031&year=2028&unit=GS", "fr").await;
        assert_eq!(sheet.status, StatusCode::OK, "{}", sheet.body);
        assert!(sheet.body.contains(r#"<td><span lang="fr" dir="ltr">Technologies émergentes : IA et espace</span></td>"#), "{}", sheet.body);
        assert!(sheet.body.contains(in_english), "{}", sheet.body);

        // A risk's form to link a node: the options name the nodes in French where they are translated.
        let risk = page_in(&app, &cookie, "/risks/RSK-01?plan=SP2028-2031&year=2028", "fr").await;
        assert_eq!(risk.status, StatusCode::OK, "{}", risk.body);
        assert!(option_of(&risk.body, "G1").ends_with("G1 — Connectivité universelle"), "{}", risk.body);

        // English readers see the English names, unmarked, as before.
        for path in ["/cycle?plan=SP2028-2031", "/finance/allocations?plan=SP2028-2031&year=2028&unit=GS", "/risks/RSK-01?plan=SP2028-2031&year=2028"] {
            let en = page_in(&app, &cookie, path, "en").await;
            assert!(en.body.contains("Universal connectivity") || en.body.contains("Emerging technologies"), "{path}: {}", en.body);
            assert!(!en.body.contains("Connectivité") && !en.body.contains("in-english"), "{path}");
        }
    }
}
