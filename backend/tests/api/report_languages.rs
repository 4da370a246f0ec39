//! One report run in several languages: frozen once, each language rendered from the same input, served
//! per language, and every language rebuilt byte for byte.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::{get_raw, listed_file};
use axum::http::StatusCode;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

/// The bytes of `path` in language `lang` of run `run`, as the office downloads it from the language's
/// own route.
async fn language_file(app: &TestApp, run: &Value, lang: &str, path: &str) -> Vec<u8> {
    let language = run["language_files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["language"] == lang)
        .unwrap_or_else(|| panic!("{lang} in the run: {}", run["languages"]));
    listed_file(app, &language["files"], path).await
}

both_backends! {
    async fn a_run_frozen_in_english_arabic_and_chinese_rebuilds_every_language_identically(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let started = Instant::now();
        let (s, one) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028}))).await;
        assert_eq!(s, StatusCode::CREATED, "{one}");
        let english_alone = started.elapsed();
        assert_eq!(one["languages"], json!(["en"]), "English alone, as before: {}", one["languages"]);

        // While the three languages render, another write goes through at once: no transaction or write
        // lock is held during rendering.
        let started = Instant::now();
        let freeze = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "languages": ["en", "ar", "zh"]})));
        let meanwhile = async {
            tokio::time::sleep(Duration::from_secs(3)).await;
            let at = Instant::now();
            let (s, me) = app.call("PATCH", "/api/v1/auth/me", Some(&admin), Some(json!({"language": "fr"}))).await;
            (s, me, at.elapsed())
        };
        let ((s, run), (ws, me, waited)) = tokio::join!(freeze, meanwhile);
        let three = started.elapsed();
        eprintln!("{backend:?}: froze en in {english_alone:?}, en+ar+zh in {three:?}; a write meanwhile took {waited:?}");
        assert_eq!(s, StatusCode::CREATED, "{run}");
        assert_eq!(ws, StatusCode::OK, "{me}");
        assert!(waited < Duration::from_secs(2), "a write made while the run rendered waited {waited:?}");

        assert_eq!(run["languages"], json!(["en", "ar", "zh"]));
        let folders: Vec<&Value> = run["language_files"].as_array().unwrap().iter().map(|l| &l["folder"]).collect();
        assert_eq!(folders, [&json!(""), &json!("ar/"), &json!("zh/")], "the first at the root, the others in folders");
        for l in run["language_files"].as_array().unwrap() {
            let paths: Vec<&str> = l["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
            for needed in ["report.html", "report.pdf", "report.xlsx", "tables/indicators.csv", "manifest.json"] {
                assert!(paths.contains(&needed), "{} has {needed}: {paths:?}", l["language"]);
            }
        }
        let english = String::from_utf8(language_file(&app, &run, "en", "report.html").await).unwrap();
        assert!(english.contains(r#"<html lang="en""#), "English at the root");
        let arabic = String::from_utf8(language_file(&app, &run, "ar", "report.html").await).unwrap();
        assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "the Arabic page is right to left");
        let chinese = String::from_utf8(language_file(&app, &run, "zh", "report.html").await).unwrap();
        assert!(chinese.contains(r#"<html lang="zh""#), "the Chinese page says its language");
        let id = run["id"].as_i64().unwrap();
        let (s, _, stored) = get_raw(&app, &format!("/api/v1/reports/{id}/files/ar/report.html"), &admin).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(String::from_utf8(stored).unwrap(), arabic, "the language route serves the run's ar/ file");

        // The data is frozen once: every language's manifest names the same run, snapshot and date.
        let manifest = |bytes: Vec<u8>| -> Value { serde_json::from_slice(&bytes).unwrap() };
        let root = manifest(language_file(&app, &run, "en", "manifest.json").await);
        let zh = manifest(language_file(&app, &run, "zh", "manifest.json").await);
        for key in ["run_id", "snapshot_id", "generated_at"] {
            assert_eq!(root[key], zh[key], "{key}");
        }
        // Each language's zip is the report as if the run held that language alone.
        let (s, headers, zip) = get_raw(&app, &format!("/api/v1/reports/{id}/languages/zh/zip"), &admin).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(headers["content-type"], "application/zip");
        let (_, _, again) = get_raw(&app, &format!("/api/v1/reports/{id}/languages/zh/zip"), &admin).await;
        assert_eq!(zip, again, "the same bytes every time");
        let (s, _, _) = get_raw(&app, &format!("/api/v1/reports/{id}/languages/fr/zip"), &admin).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "a language the run does not hold");
        let (s, _, _) = get_raw(&app, &format!("/api/v1/reports/{id}/languages/zh/files/ar/report.html"), &admin).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "a language's route serves its own files only");

        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "{v}");
        let checked: Vec<(&str, bool)> = v["languages"].as_array().unwrap().iter()
            .map(|l| (l["language"].as_str().unwrap(), l["identical"].as_bool().unwrap())).collect();
        assert_eq!(checked, [("en", true), ("ar", true), ("zh", true)], "every language byte for byte");
        assert_eq!(v["files"].as_array().unwrap().len(), run["files"].as_array().unwrap().len());

        // The run's page lists each language with its files.
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let page = crate::pages::get(&app, Some(&cookie), &format!("/reports/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        for code in ["en", "ar", "zh"] {
            assert!(page.body.contains(&format!(r#"id="language-{code}""#)), "{code} on the run's page");
            assert!(page.body.contains(&format!("/api/v1/reports/{id}/languages/{code}/files/report.pdf")));
        }
    }
}

both_backends! {
    async fn a_bad_list_of_languages_is_refused_naming_the_field_and_nothing_is_frozen(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        for body in [
            json!({"plan": "SP2028-2031", "year": 2028, "languages": ["en", "en"]}),
            json!({"plan": "SP2028-2031", "year": 2028, "languages": ["en", "de"]}),
            json!({"plan": "SP2028-2031", "year": 2028, "languages": []}),
            json!({"plan": "SP2028-2031", "year": 2028, "language": "ar", "languages": ["ar"]}),
            json!({"plan": "SP2028-2031", "kind": "assessment", "languages": ["ar", "ar"]}),
        ] {
            let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(body.clone())).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {p}");
            assert_eq!(p["errors"][0]["field"], "languages", "{body}: {p}");
        }
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "languages": "ar"}))).await;
        assert!(s.is_client_error(), "a code where a list belongs: {p}");
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
    }
}

both_backends! {
    async fn the_freeze_form_offers_the_six_languages_and_refuses_none_ticked(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let page = crate::pages::get(&app, Some(&cookie), "/reports?plan=SP2028-2031&year=2028").await;
        for code in ["ar", "en", "es", "fr", "ru", "zh"] {
            assert!(page.body.contains(&format!(r#"id="r-lang-{code}" name="languages" value="{code}""#)), "{code}");
            assert!(page.body.contains(&format!(r#"<label for="r-lang-{code}""#)), "{code} is labelled");
        }
        assert!(page.body.contains(r#"value="en" checked"#), "English is ticked by default");
        let csrf = crate::pages::csrf_of(&page.body);
        let form = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
            let mut f: Vec<(&'static str, String)> = vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".into()),
                ("year", "2028".into()), ("languages_listed", "yes".into())];
            f.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
            f
        };
        let a = crate::pages::post(&app, Some(&cookie), "/reports", &form(&[])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER);
        assert!(a.flash.is_some(), "the refusal is said");
        assert_eq!(app.count("report_runs").await, 0, "none ticked: nothing frozen");
        let a = crate::pages::post(&app, Some(&cookie), "/reports", &form(&[("languages", "en"), ("languages", "fr")])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER);
        let (s, list) = app.call("GET", "/api/v1/reports", Some(&app.tokens.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(list["items"][0]["languages"], json!(["en", "fr"]), "{list}");
        let id = list["items"][0]["id"].as_i64().unwrap();
        let page = crate::pages::get(&app, Some(&cookie), "/reports?plan=SP2028-2031&year=2028").await;
        assert!(page.body.contains(&format!("/api/v1/reports/{id}/languages/fr/files/report.html")), "the list links each language");
    }
}
