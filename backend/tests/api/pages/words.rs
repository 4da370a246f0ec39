//! The pages' own words in the reader's language beyond their templates (issue 17.1): the dashboard's
//! and the finance page's charts (titles, legends, text alternatives), each language's charts kept apart
//! in the dashboard's cache, and the quarters of a year.

use super::translations::page_in;
use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

both_backends! {
    async fn the_dashboard_draws_its_charts_in_the_readers_language_and_keeps_each_languages_apart(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let dashboard = format!("/?{VIEW}");
        let english = "<figcaption>Budget against actual expense by org unit, 2028</figcaption>";
        let french = "<figcaption>Budget et dépenses effectives par unité, 2028</figcaption>";

        let fr = page_in(&app, &cookie, &dashboard, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        assert!(fr.body.contains(french), "{}", fr.body);
        let svg = &fr.body[fr.body.find("<svg").expect("a chart")..];
        assert!(svg.contains("Connectivité universelle"), "the goals' chart names a translated goal in French");
        assert!(svg.contains(">Réel<"), "the legend is in French: {svg}");
        assert!(!fr.body.contains("Budget against actual expense"), "nothing of the English chart");

        // The same data version read in English right after: English charts, as before.
        let en = page_in(&app, &cookie, &dashboard, "en").await;
        assert!(en.body.contains(english), "{}", en.body);
        assert!(!en.body.contains("Budget et dépenses") && !en.body.contains("Connectivité"));
        // And French again, from the cache: still French.
        assert!(page_in(&app, &cookie, &dashboard, "fr").await.body.contains(french));

        // Arabic words sit in a right-to-left embedding, so they read right to left in the chart.
        let ar = page_in(&app, &cookie, &dashboard, "ar").await;
        let svg = &ar.body[ar.body.find("<svg").expect("a chart")..];
        assert!(svg.contains('\u{202B}'), "{svg}");
    }
}

both_backends! {
    async fn the_finance_chart_is_drawn_in_the_readers_language_and_in_english_as_before(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let finance = format!("/finance?{VIEW}");
        let fr = page_in(&app, &cookie, &finance, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        let svg = &fr.body[fr.body.find("<svg").expect("the chart")..fr.body.find("</svg>").unwrap()];
        assert!(svg.contains("Graphique à barres des montants prévus et réels par unité et par nature"), "{svg}");
        assert!(svg.contains("dépense"), "the kind of a line in French: {svg}");
        assert!(!svg.contains("Bar chart of planned") && !svg.contains("expense"), "{svg}");

        let en = page_in(&app, &cookie, &finance, "en").await;
        let svg = &en.body[en.body.find("<svg").expect("the chart")..en.body.find("</svg>").unwrap()];
        assert!(svg.contains("Bar chart of planned against actual amounts by unit and kind, CHF thousands. "), "{svg}");
        assert!(svg.contains(" expense: plan "), "{svg}");
    }
}

both_backends! {
    async fn a_quarter_is_named_in_the_readers_language_and_submitted_as_stored(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let quarterly = json!({
            "code": "KPI-R11", "node": "TP-R1.O2.P1", "name": "Filings published on time",
            "unit": "percent", "direction": "increase", "aggregation": "latest", "frequency": "quarterly",
            "baseline_value": "50", "baseline_year": 2026, "target_value": "80", "target_year": 2031
        });
        let (s, i) = app.call("POST", "/api/v1/plans/SP2028-2031/indicators", Some(&app.tokens.admin), Some(quarterly)).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        let value = json!({"plan_code": "SP2028-2031", "indicator_code": "KPI-R11", "year": 2028, "quarter": 3, "value": "61", "quality": "provisional"});
        let (s, m) = app.call("POST", "/api/v1/measurements", Some(&app.tokens.admin), Some(value)).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let cookie = login(&app, "admin@test.org").await;
        let form = format!("/entry/KPI-R11?{VIEW}");
        for (lang, label) in [("en", "2028 Q3"), ("fr", "T3 2028"), ("es", "T3 2028"), ("ru", "3-й кв. 2028"), ("zh", "2028年第3季度")] {
            let page = page_in(&app, &cookie, &form, lang).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            assert!(page.body.contains(&format!("<td>{label}</td>")), "{lang}: {}", page.body);
        }
        let value = page_in(&app, &cookie, &format!("/entry/values/{}", m["id"]), "ru").await;
        assert!(value.body.contains("KPI-R11 — 3-й кв. 2028"), "{}", value.body);
        // The stored quarter is what the API still says.
        let (_, list) = app.call("GET", "/api/v1/measurements?indicator=KPI-R11", Some(&app.tokens.admin), None).await;
        assert_eq!(list["items"][0]["quarter"], 3, "{list}");
    }
}

both_backends! {
    async fn why_an_indicator_has_no_status_is_said_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        // KPI-T1.2 of the seed has no target, so the rule gives it no status and says why.
        let page = format!("/indicators/KPI-T1.2?{VIEW}");
        let fr = page_in(&app, &cookie, &page, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        // Beside the status, in French and not marked English (the indicator's chart is still English).
        assert!(fr.body.contains(" · pas de cible"), "{}", fr.body);
        assert!(!fr.body.contains(" · <span lang=\"en\" dir=\"ltr\">no target"), "{}", fr.body);
        // And so is why no value is projected.
        assert!(fr.body.contains("projetée : pas de cible</p>"), "{}", fr.body);
        let ru = page_in(&app, &cookie, &page, "ru").await;
        assert!(ru.body.contains(" · нет целевого значения"), "{}", ru.body);
        let en = page_in(&app, &cookie, &page, "en").await;
        assert!(en.body.contains(" · no target"), "English word for word as before: {}", en.body);

        // The dashboard's table of indicators needing attention says it in French too, not marked English.
        let dashboard = page_in(&app, &cookie, &format!("/?{VIEW}"), "fr").await;
        let row = dashboard.body.find("KPI-T1.2").map(|i| &dashboard.body[i..]).expect("KPI-T1.2 needs attention");
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(row.contains("<td>pas de cible"), "in French and its cell not marked English: {row}");
    }
}

both_backends! {
    async fn the_approval_queue_and_the_entry_form_name_the_indicator_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // The office gives KPI-D4 (BDT's, with a value submitted for 2028 in the seed) a French name.
        let form_path = "/translations/indicator/SP2028-2031/KPI-D4";
        let admin = login(&app, "admin@test.org").await;
        let form = page_in(&app, &admin, form_path, "fr").await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        let mut fields = vec![
            ("csrf", csrf_of(&form.body)),
            ("name_fr", "Femmes parmi les stagiaires de l'Académie de l'UIT".to_owned()),
            ("provenance_fr", "illustrative".to_owned()),
        ];
        for version in ["version_ar", "version_es", "version_fr", "version_ru", "version_zh"] {
            fields.push((version, "0".to_owned()));
        }
        let saved = post(&app, Some(&admin), form_path, &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let french = r#"<span lang="fr" dir="ltr">Femmes parmi les stagiaires de l&#39;Académie de l&#39;UIT</span>"#;

        let queue = page_in(&app, &admin, "/approvals?plan=SP2028-2031&year=2028", "fr").await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert!(queue.body.contains(french), "{}", queue.body);
        // One not translated stays English, marked so.
        assert!(queue.body.contains(r#"<span lang="en" dir="ltr">WSIS Stocktaking entries submitted</span> <small class="in-english""#), "{}", queue.body);

        let bdt = login(&app, "planner.bdt@test.org").await;
        let entry = page_in(&app, &bdt, &format!("/entry/KPI-D4?{VIEW}"), "fr").await;
        assert_eq!(entry.status, StatusCode::OK, "{}", entry.body);
        assert!(entry.body.contains(&format!("<h1>KPI-D4 — {french}</h1>")), "{}", entry.body);
        assert!(entry.body.contains("sens hausse"), "the direction is the vocabulary's word: {}", entry.body);

        // English readers see the record's own name, unmarked, as before.
        let en = page_in(&app, &bdt, &format!("/entry/KPI-D4?{VIEW}"), "en").await;
        assert!(en.body.contains("<h1>KPI-D4 — Women among ITU Academy trainees</h1>"), "{}", en.body);
    }
}

both_backends! {
    async fn a_notice_is_read_in_the_readers_language_and_an_older_one_in_english_marked(backend: Backend) {
        use sea_orm::ConnectionTrait;
        let Some(app) = TestApp::seeded(backend).await else { return };
        let planner = app.tokens.planner_br.clone();
        crate::pages::approvals::submitted(&app, &planner, "KPI-R1", 2029, "135").await;
        let admin = login(&app, "admin@test.org").await;

        let fr = page_in(&app, &admin, "/notifications", "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        assert!(fr.body.contains("<p>Valeur KPI-R1 2029 (Countries with satellite networks"), "{}", fr.body);
        assert!(fr.body.contains(") de BR soumise pour approbation par planner.br@test.org."), "{}", fr.body);
        // The indicator is named in French once it has a French name, in notices recorded before too.
        let body = json!({"name": "Pays dotés de réseaux à satellite"});
        app.as_(&app.tokens.admin).put("/api/v1/plans/SP2028-2031/indicators/KPI-R1/translations/fr").json(&body).await.expect(StatusCode::OK);
        let fr = page_in(&app, &admin, "/notifications", "fr").await;
        assert!(fr.body.contains("<p>Valeur KPI-R1 2029 (Pays dotés de réseaux à satellite) de BR soumise pour approbation par planner.br@test.org."), "{}", fr.body);
        assert!(!fr.body.contains("was submitted for approval"), "nothing of the English: {}", fr.body);
        let ar = page_in(&app, &admin, "/notifications", "ar").await;
        assert!(ar.body.contains("قدّم planner.br@test.org القيمة KPI-R1 2029 ("), "{}", ar.body);
        // English readers read what notices always said, word for word.
        let english = "KPI-R1 2029 (Countries with satellite networks";
        let en = page_in(&app, &admin, "/notifications", "en").await;
        assert!(en.body.contains(&format!("<p>{english}")), "{}", en.body);
        assert!(en.body.contains(") of BR was submitted for approval by planner.br@test.org."), "{}", en.body);

        // A notice recorded before notices were kept as messages has only its English: marked so.
        app.db.execute_unprepared("UPDATE notifications SET message_key = NULL, message_args = NULL").await.unwrap();
        let old = page_in(&app, &admin, "/notifications", "fr").await;
        assert!(old.body.contains(&format!(r#"<p><span lang="en" dir="ltr">{english}"#)), "{}", old.body);
        assert!(old.body.contains(") of BR was submitted for approval by planner.br@test.org.</span>"), "{}", old.body);
    }
}

both_backends! {
    async fn a_values_breakdown_is_named_in_the_readers_language_on_the_collection_pages(backend: Backend) {
        use crate::measurements::{body, create, step};
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin_token = app.tokens.admin.clone();
        // The office names the dimension sex and its value female in French; the region stays English.
        for (path, name) in [("/api/v1/dimensions/sex/translations/fr", "Sexe"), ("/api/v1/dimensions/sex/values/female/translations/fr", "Femme")] {
            app.as_(&admin_token).put(path).json(&json!({"name": name})).await.expect(StatusCode::OK);
        }
        let bdt_token = app.tokens.planner_bdt.clone();
        let (s, m) = create(&app, &bdt_token, body("KPI-D3", 2029, json!("7"), json!({"disaggregation": "sex=female; region=europe"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let french = r#"<span lang="en" dir="ltr">ITU region</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>: <span lang="en" dir="ltr">Europe</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>, <span lang="fr" dir="ltr">Sexe</span>: <span lang="fr" dir="ltr">Femme</span>"#;

        let bdt = login(&app, "planner.bdt@test.org").await;
        let view = "plan=SP2028-2031&year=2029";
        let form = page_in(&app, &bdt, &format!("/entry/KPI-D3?{view}"), "fr").await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        assert!(form.body.contains(&format!("<td>{french}</td>")), "{}", form.body);
        // The form's choices are named in French too (text: an option cannot hold a mark).
        assert!(form.body.contains(r#"<label for="f-dim-sex">Sexe (vide pour le total)</label>"#), "{}", form.body);
        assert!(form.body.contains(r#"<option value="female">Femme</option>"#), "{}", form.body);
        let value = page_in(&app, &bdt, &format!("/entry/values/{}?{view}", m["id"]), "fr").await;
        assert!(value.body.contains(&format!(" ({french})</h1>")), "{}", value.body);

        let (s, _) = step(&app, &bdt_token, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK);
        let admin = login(&app, "admin@test.org").await;
        let queue = page_in(&app, &admin, &format!("/approvals?{view}"), "fr").await;
        assert!(queue.body.contains(french), "{}", queue.body);
        assert!(queue.body.contains("ITU region: Europe, Sexe: Femme\""), "the checkbox's name, in text: {}", queue.body);

        // The indicator page's values: KPI-T1.1 has a value for women in 2028 in the seed.
        let reviewer = login(&app, "reviewer@test.org").await;
        let ind = page_in(&app, &reviewer, &format!("/indicators/KPI-T1.1?{VIEW}"), "fr").await;
        assert!(ind.body.contains(r#"<td><span lang="fr" dir="ltr">Sexe</span>: <span lang="fr" dir="ltr">Femme</span></td>"#), "{}", ind.body);

        // English readers: the stored English names, unmarked, as before.
        let en = page_in(&app, &bdt, &format!("/entry/KPI-D3?{view}"), "en").await;
        assert!(en.body.contains("<td>ITU region: Europe, Sex: Female</td>"), "{}", en.body);
        let ind = page_in(&app, &reviewer, &format!("/indicators/KPI-T1.1?{VIEW}"), "en").await;
        assert!(ind.body.contains("<td>Sex: Female</td>"), "{}", ind.body);
    }
}

both_backends! {
    async fn the_indicator_pages_chart_is_drawn_in_the_readers_language_and_in_english_as_before(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let body = json!({"name": "Usage d’Internet sans cible"});
        app.as_(&admin).put("/api/v1/plans/SP2028-2031/indicators/KPI-T1.2/translations/fr").json(&body).await.expect(StatusCode::OK);
        let cookie = login(&app, "reviewer@test.org").await;
        // KPI-T1.2 has no target: its chart says why it has no status.
        let page = format!("/indicators/KPI-T1.2?{VIEW}");
        let chart = |body: &str| body[body.find("<svg").expect("a chart")..body.find("</svg>").unwrap()].to_owned();
        let fr = page_in(&app, &cookie, &page, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        let svg = chart(&fr.body);
        assert!(svg.contains("Statut 2028"), "{svg}");
        assert!(svg.contains("Graphique linéaire de l’indicateur KPI-T1.2 Usage d’Internet sans cible"), "{svg}");
        assert!(svg.contains("pas de cible"), "why, as the page says it: {svg}");
        assert!(!svg.contains("Status 2028") && !svg.contains("Line chart") && !svg.contains("no target"), "{svg}");
        let ar = page_in(&app, &cookie, &page, "ar").await;
        let svg = chart(&ar.body);
        assert!(svg.contains('\u{202B}') && svg.contains("الحالة في 2028"), "Arabic, right to left: {svg}");

        let en = page_in(&app, &cookie, &page, "en").await;
        let svg = chart(&en.body);
        assert!(svg.contains("Status 2028: No data"), "{svg}");
        assert!(svg.contains("Line chart of indicator KPI-T1.2 "), "{svg}");
        assert!(!svg.contains("Usage d’Internet"), "{svg}");
    }
}

both_backends! {
    async fn the_report_runs_restated_rows_name_indicators_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let run = crate::reports::freeze(&app).await;
        // The seed's submitted 2028 value of KPI-X2, approved after the freeze: a late value the run's
        // page restates.
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-X2&year=2028&state=submitted").await;
        let (s, a) = crate::measurements::step(&app, &admin, &l["items"][0]["id"], "approve", None).await;
        assert_eq!(s, StatusCode::OK, "{a}");
        let body = json!({"name": "Indicateur X2 en français"});
        app.as_(&admin).put("/api/v1/plans/SP2028-2031/indicators/KPI-X2/translations/fr").json(&body).await.expect(StatusCode::OK);

        let cookie = login(&app, "admin@test.org").await;
        let path = format!("/reports/{}", run["id"]);
        let fr = page_in(&app, &cookie, &path, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        assert!(fr.body.contains(r#"KPI-X2</a> <span lang="fr" dir="ltr">Indicateur X2 en français</span><br>"#), "{}", fr.body);
        let en = page_in(&app, &cookie, &path, "en").await;
        let (_, ind) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-X2").await;
        let english = ind["name"].as_str().unwrap().replace('\'', "&#39;");
        assert!(en.body.contains(&format!("KPI-X2</a> {english}<br>")), "{}", en.body);
    }
}

both_backends! {
    async fn the_report_runs_restated_breakdowns_are_named_in_the_readers_language(backend: Backend) {
        use crate::measurements::{body, create, step};
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let run = crate::reports::freeze(&app).await;
        // A value for women in Europe, approved after the freeze: a late value the run's page restates.
        let bdt = app.tokens.planner_bdt.clone();
        let (s, m) = create(&app, &bdt, body("KPI-D3", 2028, json!("7"), json!({"disaggregation": "sex=female; region=europe"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        for to in ["submit", "approve"] {
            let (s, a) = step(&app, if to == "submit" { &bdt } else { &admin }, &m["id"], to, None).await;
            assert_eq!(s, StatusCode::OK, "{a}");
        }
        for (path, name) in [("/api/v1/dimensions/sex/translations/fr", "Sexe"), ("/api/v1/dimensions/sex/values/female/translations/fr", "Femme")] {
            app.as_(&admin).put(path).json(&json!({"name": name})).await.expect(StatusCode::OK);
        }

        let cookie = login(&app, "admin@test.org").await;
        let path = format!("/reports/{}", run["id"]);
        let fr = page_in(&app, &cookie, &path, "fr").await;
        assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
        let french = r#"<span lang="en" dir="ltr">ITU region</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>: <span lang="en" dir="ltr">Europe</span> <small class="in-english" lang="fr" dir="ltr">(en anglais)</small>, <span lang="fr" dir="ltr">Sexe</span>: <span lang="fr" dir="ltr">Femme</span>"#;
        assert!(fr.body.contains(&format!(r#"<span class="muted">{french}</span>"#)), "{}", fr.body);
        assert!(!fr.body.contains("sex=female"), "no stored code: {}", fr.body);
        // English readers see the stored pairs, as before.
        let en = page_in(&app, &cookie, &path, "en").await;
        assert!(en.body.contains(r#"<span class="muted">region=europe;sex=female</span>"#), "{}", en.body);
    }
}
