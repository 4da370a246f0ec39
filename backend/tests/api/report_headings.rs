//! The CSV tables' row of names in the report's language (issue 17.4, report form 5): asked for when a
//! run is frozen (`csv_headings_in_language` of `POST /api/v1/reports`, the box of the freeze form on
//! `/reports`), kept in the run's snapshot, so the run rebuilds byte for byte; the codes stay below it.
//! The run's answer (`csv_headings_in_language`) and its page say whether it was chosen.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::listed_file;
use axum::http::StatusCode;
use serde_json::{Value, json};

/// The text of `path` in language `lang` of run `run`, as the office downloads it.
async fn language_csv(app: &TestApp, run: &Value, lang: &str, path: &str) -> String {
    let language = run["language_files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["language"] == lang)
        .unwrap_or_else(|| panic!("{lang} in the run: {}", run["languages"]));
    String::from_utf8(listed_file(app, &language["files"], path).await).unwrap()
}

both_backends! {
    async fn a_run_frozen_with_csv_headings_names_the_columns_in_each_language_above_the_codes(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let ask = |value: Value| json!({"plan": "SP2028-2031", "year": 2028, "languages": ["fr", "en"], "csv_headings_in_language": value});
        // A wrong type is a field error naming the field.
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(ask(json!("yes")))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "csv_headings_in_language", "{p}");
        // The four-year assessment's tables keep their codes only.
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "kind": "assessment", "csv_headings_in_language": true}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "csv_headings_in_language", "{p}");
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");

        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin), Some(ask(json!(true)))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        assert_eq!(run["csv_headings_in_language"], true, "the answer says the option was chosen: {run}");
        let french = language_csv(&app, &run, "fr", "tables/indicators.csv").await;
        let mut lines = french.lines();
        let names = lines.next().unwrap();
        assert!(names.starts_with("\u{feff}Code de l’indicateur,Indicateur,Code du résultat,"), "{names}");
        assert!(lines.next().unwrap().starts_with("code,name,node_code,owner_unit,"), "the codes stay, second");
        let english = language_csv(&app, &run, "en", "tables/indicators.csv").await;
        assert!(english.starts_with("\u{feff}Indicator code,Indicator,Result code,"), "English names in English");
        // Below the names, each language's file has the same rows and the same codes and dot decimals in
        // every column; only the prose column `reason` (why an indicator has no status) is in the
        // report's language since form 7.
        let rows = |text: &str| -> Vec<csv::StringRecord> {
            let body = text.split_once('\n').unwrap().1;
            csv::Reader::from_reader(body.as_bytes()).records().map(Result::unwrap).collect()
        };
        let header = csv::Reader::from_reader(french.split_once('\n').unwrap().1.as_bytes())
            .headers()
            .unwrap()
            .clone();
        let reason = header.iter().position(|h| h == "reason").expect("a reason column");
        let (fr_rows, en_rows) = (rows(&french), rows(&english));
        assert_eq!(fr_rows.len(), en_rows.len());
        let mut translated = 0;
        for (fr, en) in fr_rows.iter().zip(&en_rows) {
            for (i, (f, e)) in fr.iter().zip(en.iter()).enumerate() {
                if i == reason {
                    translated += usize::from(f != e);
                } else {
                    assert_eq!(f, e, "column {} of {en:?}", &header[i]);
                }
            }
        }
        assert!(translated > 0, "KPI-T1.2 has no target: its reason is said in French");

        let id = run["id"].as_i64().unwrap();
        use sea_orm::EntityTrait;
        let row = stratrack::entities::report_runs::Entity::find_by_id(id as i32).one(&app.db).await.unwrap().unwrap();
        let input: stratrack_reports::ReportInput = serde_json::from_str(&row.snapshot).unwrap();
        assert!(input.csv_headings_in_language, "the choice is frozen with the run");
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "both languages rebuild byte for byte: {v}");

        // Left out, the CSV files have their codes only, as always.
        let (s, plain) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "language": "fr"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{plain}");
        let codes = language_csv(&app, &plain, "fr", "tables/indicators.csv").await;
        assert_eq!(codes, french.split_once('\n').unwrap().1);

        // The run's answer and its page say which runs start their tables with names, as frozen.
        let plain_id = plain["id"].as_i64().unwrap();
        assert_eq!(plain["csv_headings_in_language"], false, "{plain}");
        for (run, chosen) in [(id, true), (plain_id, false)] {
            let (s, v) = app.call("GET", &format!("/api/v1/reports/{run}"), Some(&admin), None).await;
            assert_eq!(s, StatusCode::OK, "{v}");
            assert_eq!(v["csv_headings_in_language"], chosen, "run {run}: {v}");
        }
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let french = format!("{cookie}; stratrack_lang=fr");
        let page = crate::pages::get(&app, Some(&french), &format!("/reports/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("<dt>Tableaux CSV</dt><dd id=\"csv-headings\">Chacun commence par une ligne avec le nom des colonnes"),
            "{}", page.body);
        let page = crate::pages::get(&app, Some(&cookie), &format!("/reports/{plain_id}")).await;
        assert!(page.body.contains("<dd id=\"csv-headings\">Column codes only, without a row of names"), "{}", page.body);
    }
}

both_backends! {
    async fn the_office_ticks_the_csv_names_on_the_freeze_form_in_its_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let french = format!("{cookie}; stratrack_lang=fr");
        let page = crate::pages::get(&app, Some(&french), "/reports?plan=SP2028-2031&year=2028").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(r#"<input type="checkbox" id="r-csv-headings" name="csv_headings_in_language" value="yes""#), "{}", page.body);
        assert!(page.body.contains("Commencer chaque tableau CSV par une ligne avec le nom des colonnes"), "the label is French");
        assert!(!page.body.contains(r#"name="csv_headings_in_language" value="yes" checked"#), "unticked by default");
        let token = crate::pages::csrf_of(&page.body);
        let form = |extra: Option<&str>| {
            let mut f = vec![("csrf", token.clone()), ("plan", "SP2028-2031".to_owned()), ("year", "2028".to_owned()),
                ("languages_listed", "yes".to_owned()), ("languages", "en".to_owned())];
            if let Some(v) = extra {
                f.push(("csv_headings_in_language", v.to_owned()));
            }
            f
        };
        let done = crate::pages::post(&app, Some(&cookie), "/reports", &form(Some("yes"))).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let done = crate::pages::post(&app, Some(&cookie), "/reports", &form(None)).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        use sea_orm::{EntityTrait, QueryOrder};
        use stratrack::entities::report_runs;
        let runs = report_runs::Entity::find().order_by_asc(report_runs::Column::Id).all(&app.db).await.unwrap();
        let asked: Vec<bool> = runs
            .iter()
            .map(|r| serde_json::from_str::<stratrack_reports::ReportInput>(&r.snapshot).unwrap().csv_headings_in_language)
            .collect();
        assert_eq!(asked, [true, false], "ticked, then not");
    }
}
