//! The data entry and approval pages: a planner enters a value on an indicator's form (a share as
//! numerator and denominator), submits it, and the admin approves it from the queue, through the same
//! use cases as the API.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

/// The form of indicator `code` in the plan and year of [`VIEW`].
fn form_path(code: &str) -> String {
    format!("/entry/{code}?{VIEW}")
}

/// The fields of the entry form, as a browser sends them.
fn entry(csrf: &str, numerator: &str, denominator: &str, action: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("year", "2028".into()),
        ("quarter", "1".into()),
        ("value", String::new()),
        ("numerator", numerator.into()),
        ("denominator", denominator.into()),
        ("quality", "provisional".into()),
        ("narrative", String::new()),
        ("evidence_url", String::new()),
        ("action", action.into()),
    ]
}

both_backends! {
    async fn a_percentage_aggregated_as_a_ratio_is_entered_as_numerator_and_denominator_and_approved_from_the_queue(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let share = json!({
            "code": "KPI-R11", "node": "TP-R1.O2.P1", "name": "Filings published on time",
            "unit": "percent", "direction": "increase", "aggregation": "ratio", "frequency": "quarterly",
            "baseline_value": "50", "baseline_year": 2026, "target_value": "80", "target_year": 2031
        });
        let (s, i) = app.call("POST", "/api/v1/plans/SP2028-2031/indicators", Some(&admin), Some(share)).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        let cookie = login(&app, "planner.br@test.org").await;
        // A percentage that is not aggregated as a ratio is entered as a value only.
        let plain = get(&app, Some(&cookie), &form_path("KPI-R3")).await;
        assert_eq!(plain.status, StatusCode::OK, "{}", plain.body);
        assert!(!plain.body.contains(r#"name="numerator""#), "{}", plain.body);
        let page = get(&app, Some(&cookie), &form_path("KPI-R11")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains(r#"name="numerator""#) && page.body.contains(r#"name="denominator""#));
        let csrf = csrf_of(&page.body);
        // A decimal comma is refused naming the field, and nothing is stored.
        let bad = post(&app, Some(&cookie), &form_path("KPI-R11"), &entry(&csrf, "1,5", "160", "draft")).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert!(bad.body.contains("decimal commas are not accepted"), "{}", bad.body);
        let saved = post(&app, Some(&cookie), &form_path("KPI-R11"), &entry(&csrf, "40", "160", "submit")).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert_eq!(saved.done().as_deref(), Some("Submitted KPI-R11 for approval"), "{:?}", saved.location);
        let (s, list) = app.call("GET", "/api/v1/measurements?indicator=KPI-R11", Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{list}");
        assert_eq!(list["total"], 1, "{list}");
        let m = &list["items"][0];
        assert_eq!((m["value"].as_str(), m["state"].as_str()), (Some("25"), Some("submitted")), "{m}");
        assert_eq!((m["numerator"].as_str(), m["denominator"].as_str()), (Some("40"), Some("160")), "{m}");
        let entered = get(&app, Some(&cookie), &form_path("KPI-R11")).await.body;
        assert!(entered.contains("2028 Q1") && entered.contains("submitted"), "{entered}");
        // The admin approves it from the queue.
        let admin_cookie = login(&app, "admin@test.org").await;
        let queue = get(&app, Some(&admin_cookie), "/approvals").await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert!(queue.body.contains("KPI-R11"), "{}", queue.body);
        let decide = vec![
            ("csrf", csrf_of(&queue.body)),
            ("ids", m["id"].to_string()),
            ("action", "approve".to_owned()),
            ("note", String::new()),
        ];
        let done = post(&app, Some(&admin_cookie), "/approvals", &decide).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert!(done.location.as_deref().unwrap().starts_with("/approvals"), "{:?}", done.location);
        assert!(done.done().unwrap().starts_with("Approved 1 value(s): KPI-R11 2028 Q1"), "{:?}", done.done());
        let (s, m) = app.call("GET", &format!("/api/v1/measurements/{}", m["id"]), Some(&admin), None).await;
        assert_eq!((s, m["state"].as_str()), (StatusCode::OK, Some("approved")), "{m}");
    }
}

/// The entry grid of the plan of [`VIEW`] in 2029, a year with no value yet (the seed's are of 2028).
const GRID: &str = "/entry?plan=SP2028-2031&year=2029";

/// One row of the grid's form: row `i` enters `value` for `code`, ticked for submission when `submit`.
fn grid_row(i: usize, code: &str, value: &str, submit: bool) -> Vec<(String, String)> {
    let mut f = vec![
        (format!("code_{i}"), code.to_owned()),
        (format!("quarter_{i}"), String::new()),
        (format!("value_{i}"), value.to_owned()),
        (format!("quality_{i}"), "provisional".to_owned()),
        (format!("narrative_{i}"), format!("{code} in 2029")),
        (format!("evidence_{i}"), String::new()),
    ];
    if submit {
        f.push((format!("submit_{i}"), "yes".to_owned()));
    }
    f
}

/// The grid's form with the CSRF token and `rows`.
fn grid_form(csrf: &str, rows: Vec<Vec<(String, String)>>) -> Vec<(String, String)> {
    let mut f = vec![("csrf".to_owned(), csrf.to_owned())];
    f.extend(rows.into_iter().flatten());
    f
}

/// `POST path` with owned field names.
async fn post_owned(app: &TestApp, cookie: &str, path: &str, form: &[(String, String)]) -> Answer {
    let form: Vec<(&str, String)> = form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    post(app, Some(cookie), path, &form).await
}

/// The 2029 headline values of the BR planner's indicators, as the admin reads them: (code, value, state).
async fn values_2029(app: &TestApp) -> Vec<(String, String, String)> {
    let (s, list) = app
        .call(
            "GET",
            "/api/v1/measurements?year=2029&per_page=100",
            Some(&app.tokens.admin),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{list}");
    let mut out: Vec<_> = (list["items"].as_array().unwrap().iter())
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or_default().to_owned();
            (s("indicator_code"), s("value"), s("state"))
        })
        .collect();
    out.sort();
    out
}

both_backends! {
    async fn the_grid_shows_each_indicator_with_its_unit_baseline_expected_value_and_last_years_value(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), GRID).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        for column in ["Unit of measure", "Baseline", "Expected 2029", "Approved 2028", "Value", "State and quality", "Narrative and evidence"] {
            assert!(page.body.contains(column), "{column}");
        }
        let row = row_of(&page.body, "KPI-R1");
        // Baseline 128 (2026), the 2029 milestone 135 is the expected value, 2028's approved value 133.
        assert!(row.contains("128 (2026)") && row.contains("135") && row.contains("133"), "{row}");
        assert!(row.contains(">count<") && row.contains("no value") && row.contains(r#"name="value_"#), "{row}");
        // Only the BR planner's unit: nine indicators, none of BDT's.
        assert!(page.body.contains("9 indicator(s) match"), "{}", page.body);
        assert!(!page.body.contains("KPI-D"), "another unit's indicator is listed");
        // In 2028 every value is approved: read only, with a link to revise it.
        let y2028 = get(&app, Some(&cookie), "/entry?plan=SP2028-2031&year=2028").await.body;
        let row = row_of(&y2028, "KPI-R1");
        assert!(row.contains("approved") && !row.contains(r#"name="value_"#) && row.contains("Revise"), "{row}");
    }
}

/// The HTML of the grid's row of indicator `code`.
fn row_of(html: &str, code: &str) -> String {
    let at = html
        .find(&format!(r#"<tr id="row-{code}""#))
        .unwrap_or_else(|| panic!("no row for {code}: {html}"));
    let rest = &html[at..];
    rest[..rest.find("</tr>").unwrap()].to_owned()
}

both_backends! {
    async fn a_batch_of_five_with_one_bad_row_stores_the_four_good_ones_and_names_the_bad_rows_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), GRID).await.body);
        let before = app.count("audit_log").await;
        let form = grid_form(&csrf, vec![
            grid_row(0, "KPI-R1", "136", true),
            grid_row(1, "KPI-R3", "70.5", false),
            grid_row(2, "KPI-R4", "1,5", true),
            grid_row(3, "KPI-R5", "90", true),
            grid_row(4, "KPI-R6", "75", false),
        ]);
        let sent = post_owned(&app, &cookie, GRID, &form).await;
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", sent.body);
        assert!(sent.body.contains("4 saved (2 submitted for approval), 1 not saved: see the row"), "{}", sent.body);
        let bad = row_of(&sent.body, "KPI-R4");
        assert!(bad.contains("Not saved: value:") && bad.contains("decimal commas are not accepted"), "{bad}");
        assert!(bad.contains(r#"value="1,5""#), "the bad row shows what was typed: {bad}");
        let stored = values_2029(&app).await;
        let want = [("KPI-R1", "136", "submitted"), ("KPI-R3", "70.5", "draft"), ("KPI-R5", "90", "submitted"), ("KPI-R6", "75", "draft")];
        let want: Vec<_> = want.iter().map(|(c, v, s)| (c.to_string(), v.to_string(), s.to_string())).collect();
        assert_eq!(stored, want, "the bad row stored nothing");
        // Four creations and two submissions, audited one by one.
        assert_eq!(app.count("audit_log").await, before + 6);
        // The corrected row alone, sent again, is saved; the drafts are left as they were.
        let again = grid_form(&csrf, vec![grid_row(0, "KPI-R4", "520", false)]);
        let ok = post_owned(&app, &cookie, GRID, &again).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        assert_eq!(ok.done().as_deref(), Some("1 saved"));
        assert_eq!(values_2029(&app).await.len(), 5);
    }
}

both_backends! {
    async fn the_grid_is_searched_filtered_and_paged_with_the_total_shown(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), GRID).await.body);
        let form = grid_form(&csrf, vec![grid_row(0, "KPI-R1", "136", false), grid_row(1, "KPI-R3", "70", true)]);
        assert_eq!(post_owned(&app, &cookie, GRID, &form).await.status, StatusCode::SEE_OTHER);
        let page = |q: &str| {
            let (app, cookie) = (&app, &cookie);
            let path = format!("{GRID}&{q}");
            async move { get(app, Some(cookie), &path).await }
        };
        let p1 = page("per_page=4").await;
        assert!(p1.body.contains("9 indicator(s) match; showing 1–4, page 1 of 3"), "{}", p1.body);
        assert!(p1.body.contains(r#"href="/entry?plan=SP2028-2031&#38;year=2029&#38;per_page=4&#38;page=2" rel="next""#), "{}", p1.body);
        let p3 = page("per_page=4&page=3").await;
        assert!(p3.body.contains("showing 9–9, page 3 of 3") && p3.body.contains("row-KPI-R9"), "{}", p3.body);
        let none = page("state=none").await.body;
        assert!(none.contains("7 indicator(s) match of 9") && !none.contains("row-KPI-R1\""), "{none}");
        let drafts = page("state=draft").await.body;
        assert!(drafts.contains("1 indicator(s) match of 9") && drafts.contains("row-KPI-R1\""), "{drafts}");
        let with = page("has_value=yes").await.body;
        assert!(with.contains("2 indicator(s) match of 9"), "{with}");
        let searched = page("q=notices").await.body;
        assert!(searched.contains("1 indicator(s) match") && searched.contains("row-KPI-R2\""), "{searched}");
        // Indicators on TP-R2 or below it: KPI-R8 and KPI-R9.
        let node = page("node=TP-R2").await.body;
        assert!(node.contains("2 indicator(s) match") && node.contains("row-KPI-R8\"") && node.contains("row-KPI-R9\""), "{node}");
        assert!(node.contains(r#"<option value="TP-R2" selected>"#), "the filter stays chosen: {node}");
        let bad = page("state=done&page=0").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert!(bad.body.contains("state") && bad.body.contains("page"), "{}", bad.body);
    }
}

/// The id and version of the 2029 value of `code`, as the admin reads it.
async fn value_of(app: &TestApp, code: &str, year: i32) -> (i64, i64, String) {
    let path = format!("/api/v1/measurements?indicator={code}&year={year}");
    let (_, list) = app.call("GET", &path, Some(&app.tokens.admin), None).await;
    let m = list["items"]
        .as_array()
        .unwrap()
        .last()
        .unwrap_or_else(|| panic!("no value of {code}: {list}"))
        .clone();
    (
        m["id"].as_i64().unwrap(),
        m["version"].as_i64().unwrap(),
        m["state"].as_str().unwrap().to_owned(),
    )
}

both_backends! {
    async fn a_returned_value_is_corrected_on_its_page_and_submitted_again_and_its_history_shows_every_step(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), GRID).await.body);
        let form = grid_form(&csrf, vec![grid_row(0, "KPI-R1", "136", true)]);
        assert_eq!(post_owned(&app, &cookie, GRID, &form).await.status, StatusCode::SEE_OTHER);
        let (id, _, _) = value_of(&app, "KPI-R1", 2029).await;
        let note = json!({"note": "136 counts the earth stations twice: check the ITU-R list"});
        let (s, r) = app.call("POST", &format!("/api/v1/measurements/{id}/return"), Some(&app.tokens.admin), Some(note)).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        // The grid shows it returned with its note, open to be typed again.
        let row = row_of(&get(&app, Some(&cookie), GRID).await.body, "KPI-R1");
        assert!(row.contains("returned") && row.contains("counts the earth stations twice"), "{row}");
        let path = format!("/entry/values/{id}?plan=SP2028-2031&year=2029");
        let page = get(&app, Some(&cookie), &path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains(r#"id="return-note""#) && page.body.contains("counts the earth stations twice"));
        let (_, version, _) = value_of(&app, "KPI-R1", 2029).await;
        let edit = |value: &str, version: i64| {
            vec![
                ("csrf", csrf.clone()),
                ("version", version.to_string()),
                ("value", value.to_owned()),
                ("quality", "final".to_owned()),
                ("narrative", "Counted once".to_owned()),
                ("evidence_url", String::new()),
                ("action", "submit".to_owned()),
            ]
        };
        let action = format!("/entry/values/{id}?plan=SP2028-2031&year=2029");
        // A stale version is refused and changes nothing.
        let stale = post(&app, Some(&cookie), &action, &edit("134", version - 1)).await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", stale.body);
        assert!(stale.body.contains("reload it"), "{}", stale.body);
        let done = post(&app, Some(&cookie), &action, &edit("134", version)).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.done().as_deref(), Some("Submitted KPI-R1 for approval"));
        let (_, _, state) = value_of(&app, "KPI-R1", 2029).await;
        assert_eq!(state, "submitted");
        assert!(values_2029(&app).await.contains(&("KPI-R1".into(), "134".into(), "submitted".into())));
        let history = get(&app, Some(&cookie), &path).await.body;
        let steps = &history[history.find(r#"id="steps""#).unwrap()..];
        let order: Vec<usize> = ["<td>entered</td>", "<td>submitted</td>", "<td>returned</td>", "<td>edited</td>"]
            .iter()
            .map(|s| steps.find(s).unwrap_or_else(|| panic!("{s} missing: {steps}")))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "steps in order: {steps}");
        assert!(steps.contains("counts the earth stations twice") && steps.contains("planner.br@test.org"), "{steps}");
        assert_eq!(steps.matches("<td>submitted</td>").count(), 2, "submitted twice: {steps}");
    }
}

both_backends! {
    async fn revising_an_approved_value_needs_a_reason_and_keeps_the_old_value_counting_until_approved(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let (id, version, state) = value_of(&app, "KPI-R1", 2028).await;
        assert_eq!(state, "approved");
        let path = format!("/entry/values/{id}?plan=SP2028-2031&year=2028");
        let page = get(&app, Some(&cookie), &path).await;
        assert!(page.body.contains("Revise the approved value") && page.body.contains(r#"name="reason""#), "{}", page.body);
        let csrf = csrf_of(&page.body);
        let revise = |reason: &str| {
            vec![
                ("csrf", csrf.clone()),
                ("version", version.to_string()),
                ("value", "131".to_owned()),
                ("quality", "final".to_owned()),
                ("narrative", String::new()),
                ("evidence_url", String::new()),
                ("reason", reason.to_owned()),
                ("action", "submit".to_owned()),
            ]
        };
        let action = format!("/entry/values/{id}/revise?plan=SP2028-2031&year=2028");
        let before = app.count("measurements").await;
        let refused = post(&app, Some(&cookie), &action, &revise("  ")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
        assert!(refused.body.contains("say why the approved value is corrected"), "{}", refused.body);
        assert_eq!(app.count("measurements").await, before, "nothing stored without a reason");
        let done = post(&app, Some(&cookie), &action, &revise("Two stations were counted twice")).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let to = done.location.clone().unwrap();
        assert!(to.starts_with("/entry/values/") && !to.starts_with(&format!("/entry/values/{id}?")), "{to}");
        assert!(done.done().unwrap().contains("revision 2"), "{:?}", done.done());
        // The approved 133 still counts: the status of 2028 reads it, and the old value is readable.
        let (s, ind) = app.call("GET", "/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=500", Some(&app.tokens.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{ind}");
        let r1 = ind["items"].as_array().unwrap().iter().find(|i| i["code"] == "KPI-R1").unwrap().clone();
        assert!(r1["actual"].as_str().is_some_and(|a| a.trim_end_matches('0').trim_end_matches('.') == "133"), "{r1}");
        let old = get(&app, Some(&cookie), &path).await.body;
        assert!(old.contains("A correction is pending") && old.contains("approved"), "{old}");
        let new = get(&app, Some(&cookie), &to).await.body;
        assert!(new.contains("The approved value 133 (revision 1) counts"), "{new}");
        assert!(new.contains("Two stations were counted twice"), "the reason is in the history: {new}");
        let row = row_of(&get(&app, Some(&cookie), "/entry?plan=SP2028-2031&year=2028").await.body, "KPI-R1");
        assert!(row.contains("submitted") && row.contains("approved 133 (revision 1) counts"), "{row}");
    }
}

both_backends! {
    async fn a_refused_number_is_explained_in_the_readers_language_at_its_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let session = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&session), &form_path("KPI-R3")).await;
        let csrf = csrf_of(&page.body);
        let typed = |value: &str| {
            let mut f = entry(&csrf, "", "", "draft");
            f.retain(|(k, _)| *k != "value");
            f.push(("value", value.to_owned()));
            f
        };
        // In French: the parser's own reason, in French, at the field, not marked English.
        let fr = format!("{session}; stratrack_lang=fr");
        let bad = post(&app, Some(&fr), &form_path("KPI-R3"), &typed("12,5")).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        let said = "`12,5` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez 12.5";
        assert!(bad.body.contains(r#"<span class="field-error" id="e-value">"#), "not marked English: {}", bad.body);
        assert!(bad.body.contains(&said.replace('`', "&#96;")) || bad.body.contains(said), "{}", bad.body);
        // In Arabic likewise; in English word for word what it always said.
        let ar = post(&app, Some(&format!("{session}; stratrack_lang=ar")), &form_path("KPI-R3"), &typed("50%")).await;
        assert!(ar.body.contains("علامة وحدة") && ar.body.contains("(50)"), "{}", ar.body);
        let en = post(&app, Some(&session), &form_path("KPI-R3"), &typed("1 234")).await;
        assert!(en.body.contains("thousands separators are not accepted: write 1234"), "{}", en.body);
        // The evidence link's reason is said in the reader's language too (issue 17.1), unmarked.
        let url = {
            let mut f = typed("50");
            f.retain(|(k, _)| *k != "evidence_url");
            f.push(("evidence_url", "not a url".to_owned()));
            f
        };
        let marked = post(&app, Some(&fr), &form_path("KPI-R3"), &url).await;
        assert_eq!(marked.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", marked.body);
        assert!(marked.body.contains(r#"<span class="field-error">doit être un lien http:// ou https://</span>"#), "{}", marked.body);
        assert_eq!(app.count("measurements").await, before, "nothing stored");
    }
}

both_backends! {
    async fn a_row_refused_by_a_lock_says_it_in_the_readers_language_unmarked(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = format!("{}; stratrack_lang=fr", login(&app, "planner.br@test.org").await);
        let csrf = csrf_of(&get(&app, Some(&cookie), GRID).await.body);
        // The year is locked after the page was drawn: the row sent is refused by the lock.
        let (s, lock) = app.call("POST", "/api/v1/plans/SP2028-2031/periods/2029/lock", Some(&app.tokens.admin), Some(serde_json::json!({"note": "Closed"}))).await;
        assert_eq!(s, StatusCode::OK, "{lock}");
        let since = lock["locked_at"].as_str().unwrap();
        let sent = post_owned(&app, &cookie, GRID, &grid_form(&csrf, vec![grid_row(0, "KPI-R1", "136", false)])).await;
        let row = row_of(&sent.body, "KPI-R1");
        let said = format!("la période de rapport 2029 de SP2028-2031 a été verrouillée le {since} par admin@test.org : Closed</span>");
        assert!(row.contains(&said), "{row}");
        let error = &row[row.find(r#"<span class="field-error""#).unwrap()..];
        let error = &error[..error.find("</span>").unwrap()];
        assert!(!error.contains(r#"lang="en""#), "not marked English: {error}");
    }
}
