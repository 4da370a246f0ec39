//! The four-year assessment (issue 16.5): `stratrack report --assessment --plan P` on the seed, the same
//! bytes twice; its cost per goal each year is the cost roll-up's; only open targets are projected; a
//! frozen assessment run rebuilds byte for byte, and Council reviewers see it once it is published.

use crate::both_backends;
use crate::helpers::{Backend, TestApp, run_binary};
use crate::reports::get_raw;
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// The rows of a CSV file as maps from column to text.
fn csv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let head: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records()
        .map(|rec| {
            head.iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// Every file under `dir` with its bytes, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|_| panic!("{s} is a number"))
}

both_backends! {
    async fn the_assessment_command_sets_every_year_side_by_side_and_writes_the_same_bytes_twice(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        for out in [&a, &b] {
            let (ok, text) = run_binary(&app.url, &["report", "--assessment", "--plan", "SP2028-2031", "--out", out.to_str().unwrap()], &[]);
            assert!(ok, "{text}");
            assert!(text.contains("four-year assessment of SP2028-2031 up to"), "{text}");
        }
        let first = files(&a);
        assert_eq!(first, files(&b), "two runs on the same data give the same bytes");
        let manifest: Value = serde_json::from_slice(&first["manifest.json"]).unwrap();
        assert_eq!(manifest["kind"], "assessment");
        assert_eq!(manifest["run_id"], "preview");
        let closing = manifest["year"].as_i64().unwrap() as i32;
        assert!((2028..=2031).contains(&closing), "{closing}");
        let listed = manifest["files"].as_array().unwrap();
        assert_eq!(first.len(), listed.len() + 1);
        for must in ["report.html", "report.xlsx", "tables/indicator_achievement.csv", "tables/indicator_years.csv",
            "tables/node_years.csv", "tables/cost_by_node.csv", "charts/status-by-year.svg", "charts/status-by-year.png",
            "charts/cost-by-goal.svg", "charts/cost-by-goal.png"] {
            assert!(first.contains_key(must), "{must}");
        }
        // Every year of the plan up to the closing year, for every indicator.
        let years = csv_rows(&a.join("tables/indicator_years.csv"));
        let achievement = csv_rows(&a.join("tables/indicator_achievement.csv"));
        let expected_years: Vec<String> = (2028..=closing).map(|y| y.to_string()).collect();
        assert_eq!(years.len(), achievement.len() * expected_years.len());
        for (i, row) in achievement.iter().enumerate() {
            let mine: Vec<&String> = years[i * expected_years.len()..(i + 1) * expected_years.len()].iter()
                .inspect(|r| assert_eq!(r["code"], row["code"])).map(|r| &r["year"]).collect();
            assert_eq!(mine, expected_years.iter().collect::<Vec<_>>());
            let last = &years[(i + 1) * expected_years.len() - 1];
            assert_eq!(row["status"], last["status"], "{}: the achievement at the end is the closing year's status", row["code"]);
            // Only what remains open is projected.
            if row["status"] == "achieved" {
                assert_eq!(row["projection_outlook"], "", "{}", row["code"]);
            } else {
                assert!(["likely", "unlikely", "too_early"].contains(&row["projection_outlook"].as_str()), "{row:?}");
            }
        }
        // The cost per goal each year is the cost roll-up's (the finance cost answer), and the period's the sum.
        let costs = csv_rows(&a.join("tables/cost_by_node.csv"));
        for goal in ["G1", "G2"] {
            let mut sum = Decimal::ZERO;
            for y in 2028..=closing {
                let (s, c) = app.call("GET", &format!("/api/v1/plans/SP2028-2031/finance/cost?year={y}"), Some(&app.tokens.reviewer), None).await;
                assert_eq!(s, StatusCode::OK, "{c}");
                let rolled = c["by_goal"].as_array().unwrap().iter().find(|l| l["code"] == goal).unwrap()["cost"].as_str().unwrap().to_owned();
                let row = costs.iter().find(|r| r["code"] == goal && r["year"] == y.to_string()).unwrap();
                assert_eq!(dec(&row["cost"]), dec(&rolled), "{goal} {y}");
                sum += dec(&rolled);
                assert_eq!(dec(&row["cumulative_cost"]), sum, "{goal} {y}");
            }
        }
        let html = String::from_utf8(first["report.html"].clone()).unwrap();
        for y in 2028..=closing {
            assert!(html.contains(&format!("<th scope=\"col\">{y}</th>")), "a column for {y}");
        }
        for outside in ["http://", "https://", "<script", "<link"] {
            assert!(!html.contains(outside), "report.html contains {outside}");
        }
        let (ok, text) = run_binary(&app.url, &["report", "--assessment", "--out", dir.path().join("c").to_str().unwrap()], &[]);
        assert!(!ok, "the assessment needs its plan: {text}");
    }
}

both_backends! {
    async fn a_frozen_assessment_rebuilds_byte_identical_and_reaches_council_once_published(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&t.admin), Some(json!({"plan": "SP2028-2031", "kind": "assessment"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        assert_eq!(run["kind"], "assessment");
        assert_eq!(run["manifest"]["kind"], "assessment");
        assert_eq!(run["year"], run["manifest"]["year"]);
        let id = run["id"].as_i64().unwrap();
        // New approvals after the freeze do not change the run's bytes.
        {
            use sea_orm::ConnectionTrait;
            app.db.execute_unprepared("UPDATE measurements SET state = 'approved' WHERE state = 'submitted'").await.unwrap();
        }
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "{v}");
        assert_eq!(v["files"].as_array().unwrap().len(), run["files"].as_array().unwrap().len());
        let dir = tempfile::tempdir().unwrap();
        let (ok, text) = run_binary(&app.url, &["report", "--run", &id.to_string(), "--out", dir.path().to_str().unwrap()], &[]);
        assert!(ok, "{text}");
        assert!(text.contains("identical"), "{text}");
        // Council reviewers: not before it is published.
        let (_, list) = app.call("GET", "/api/v1/reports", Some(&t.reviewer), None).await;
        assert_eq!(list["total"], 0, "{list}");
        let (s, _, _) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &t.reviewer).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, p) = app.call("POST", &format!("/api/v1/reports/{id}/publish"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        let (_, list) = app.call("GET", "/api/v1/reports", Some(&t.reviewer), None).await;
        assert_eq!(list["items"][0]["kind"], "assessment", "{list}");
        let (s, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &t.reviewer).await;
        assert_eq!(s, StatusCode::OK);
        assert!(String::from_utf8(html).unwrap().contains("assessment of the results"));
        let (s, r) = app.call("GET", &format!("/api/v1/reports/{id}/restatements"), Some(&t.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        // An assessment run is not the annual report of its year: the next year's report does not restate it.
        let (s, annual) = app.call("POST", "/api/v1/reports", Some(&t.admin), Some(json!({"plan": "SP2028-2031", "year": 2028}))).await;
        assert_eq!(s, StatusCode::CREATED, "{annual}");
        assert_eq!(annual["kind"], "annual");
    }
}

both_backends! {
    async fn freezing_an_assessment_names_a_year_given_or_missing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "SP2028-2031", "kind": "assessment", "year": 2029}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "year");
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "SP2028-2031"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "year");
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "SP2028-2031", "kind": "decade"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let (s, _) = app.call("POST", "/api/v1/reports", Some(&app.tokens.planner_br), Some(json!({"plan": "SP2028-2031", "kind": "assessment"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
    }
}

both_backends! {
    async fn an_assessment_is_frozen_in_french_and_english_and_each_rebuilds_byte_for_byte(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "kind": "assessment", "languages": ["fr", "en"]}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        assert_eq!(run["kind"], "assessment");
        assert_eq!(run["languages"], json!(["fr", "en"]));
        let id = run["id"].as_i64().unwrap();
        // French at the run's root, English under en/.
        let (s, _, french) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &admin).await;
        assert_eq!(s, StatusCode::OK);
        let french = String::from_utf8(french).unwrap();
        assert!(french.contains(r#"<html lang="fr" dir="ltr">"#), "the French page says its language");
        assert!(french.contains("Résumé : toutes les années côte à côte"), "French headings");
        assert!(french.contains("évaluation des résultats"), "the French title");
        let (s, _, english) = get_raw(&app, &format!("/api/v1/reports/{id}/languages/en/files/report.html"), &admin).await;
        assert_eq!(s, StatusCode::OK);
        let english = String::from_utf8(english).unwrap();
        assert!(english.contains(r#"<html lang="en">"#));
        assert!(english.contains("Summary: every year side by side"));
        // The input is frozen once, in the first language, in the assessment's language form.
        use sea_orm::EntityTrait;
        let row = stratrack::entities::report_runs::Entity::find_by_id(id as i32).one(&app.db).await.unwrap().unwrap();
        let input: stratrack_reports::AssessmentInput = serde_json::from_str(&row.snapshot).unwrap();
        assert_eq!(input.language, stratrack_reports::input::Lang::Fr);
        assert_eq!(input.form, stratrack_reports::input::ASSESSMENT_FORM);
        // It carries the framework's names in every language (the seed names the goals), shown in French.
        let g1 = &input.framework_text.nodes["G1"]["fr"].name;
        assert!(!g1.is_empty() && french.contains(&format!("<h3>G1 · {g1}</h3>")), "the goal named in French");
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "every language rebuilds byte for byte: {v}");
        assert_eq!(v["languages"].as_array().map(Vec::len), Some(2), "{v}");
        // The command line writes the assessment in the languages asked, as a run holds them.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().to_str().unwrap();
        let (ok, text) = run_binary(&app.url, &["report", "--assessment", "--plan", "SP2028-2031", "--lang", "fr,en", "--out", out], &[]);
        assert!(ok, "{text}");
        let page = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
        assert!(page.contains(r#"<html lang="fr" dir="ltr">"#), "--lang fr: French at the root");
        let page = std::fs::read_to_string(dir.path().join("en/report.html")).unwrap();
        assert!(page.contains(r#"<html lang="en">"#), "English under en/");
        let (ok, text) = run_binary(&app.url, &["report", "--assessment", "--plan", "SP2028-2031", "--lang", "fr,xx", "--out", out], &[]);
        assert!(!ok && text.contains("--lang"), "a bad list is refused naming --lang: {text}");
    }
}
