//! The approval queue with context and the notices, as the office and the planners use them in the
//! browser (without JavaScript): each value with its unit of measure, change from last year, expected
//! value, target, the status it would give and who entered and submitted it; approving the selected,
//! returning each with its own note (a missing note names its row and stores nothing); the notices
//! each step leaves, the header's unread count, and the planner's "Returned to you".

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{body, create, step};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// The queue of SP2028-2031 in `year` with `extra` filters.
fn queue_path(year: i32, extra: &str) -> String {
    format!("/approvals?plan=SP2028-2031&year={year}{extra}")
}

/// A value of `code` for `year` entered with a narrative and evidence and submitted by `token`.
pub async fn submitted(app: &TestApp, token: &str, code: &str, year: i64, value: &str) -> Value {
    let extra = json!({"narrative": format!("{code} from the BR registers."), "evidence_url": "https://www.itu.int/br/evidence"});
    let (s, m) = create(app, token, body(code, year, json!(value), extra)).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let (s, m) = step(app, token, &m["id"], "submit", None).await;
    assert_eq!(s, StatusCode::OK, "{m}");
    m
}

/// State and review note of measurement `id`, read through the API as the admin.
async fn state_of(app: &TestApp, id: &Value) -> (String, String) {
    let (_, m) = app.get_json(&format!("/api/v1/measurements/{id}")).await;
    (
        m["state"].as_str().unwrap().to_owned(),
        m["review_note"].as_str().unwrap_or("").to_owned(),
    )
}

/// The form of the queue deciding `ids` with `action` and a note per id.
fn decision(csrf: &str, action: &str, items: &[(&Value, &str)]) -> Vec<(String, String)> {
    let mut f = vec![
        ("csrf".to_owned(), csrf.to_owned()),
        ("plan".to_owned(), "SP2028-2031".to_owned()),
        ("year".to_owned(), "2029".to_owned()),
        ("action".to_owned(), action.to_owned()),
    ];
    for (id, note) in items {
        f.push(("ids".to_owned(), id.to_string()));
        f.push((format!("note_{id}"), (*note).to_owned()));
    }
    f
}

/// `POST /approvals` with `form` (its field names vary, so they are owned strings).
async fn send_decision(app: &TestApp, cookie: &str, form: &[(String, String)]) -> Answer {
    let fields: Vec<(&str, String)> = form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    post(app, Some(cookie), "/approvals", &fields).await
}

/// The unread count in the header of `html` (0 when it shows none).
fn unread_in_header(html: &str) -> u64 {
    html.find(r#"<span class="count">"#).map_or(0, |at| {
        let rest = &html[at + r#"<span class="count">"#.len()..];
        rest[..rest.find('<').unwrap()].parse().unwrap()
    })
}

both_backends! {
    async fn the_queue_shows_each_value_with_its_unit_change_expected_value_target_would_be_status_and_people(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        // KPI-R1: 133 approved for 2028, milestone 135 for 2029, baseline 128 (2026), target 140 by 2031.
        submitted(&app, &t.planner_br, "KPI-R1", 2029, "135").await;
        submitted(&app, &t.planner_br, "KPI-R4", 2029, "540").await;
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), &queue_path(2029, "")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained("/approvals", &page.body);
        let b = &page.body;
        let r1 = &b[b.find(r#"href="/indicators/KPI-R1"#).expect("KPI-R1 is in the queue")..];
        let r1 = &r1[..r1.find("</tr>").unwrap()];
        for want in [
            "<strong>135</strong> <span class=\"muted\">count</span>",
            "+2<br><span class=\"muted\">last year 2028: 133",
            "expected 135",
            "target 140 by 2031",
            r#"<span class="status on_track">On track</span>"#,
            "now: Off track",
            "KPI-R1 from the BR registers.",
            r#"<a href="https://www.itu.int/br/evidence" rel="noopener noreferrer">evidence</a>"#,
            "<span class=\"muted\">entered</span> <bdi>planner.br@test.org",
            "<span class=\"muted\">submitted</span> <bdi>planner.br@test.org",
        ] {
            assert!(r1.contains(want), "the KPI-R1 row shows `{want}`: {r1}");
        }
        assert!(b.contains("2 submitted value(s) of SP2028-2031 2029"), "{b}");
        assert!(b.contains(r#"<div class="scroll" role="region" aria-label="Submitted values with their context" tabindex="0">"#));
        // Filters, in the URL: unit, search, paging with the total shown.
        let bdt = get(&app, Some(&cookie), &queue_path(2029, "&unit=BDT")).await.body;
        assert!(!bdt.contains("/indicators/KPI-R1") && bdt.contains("No value of SP2028-2031 2029 is waiting for approval from BDT"), "{bdt}");
        let found = get(&app, Some(&cookie), &queue_path(2029, "&q=BACKLOG")).await.body;
        assert!(found.contains("/indicators/KPI-R4") && !found.contains("/indicators/KPI-R1"), "search is on code and name: {found}");
        let first = get(&app, Some(&cookie), &queue_path(2029, "&per_page=1")).await.body;
        assert!(first.contains("2 submitted value(s) of SP2028-2031 2029 — page 1 of 2"), "{first}");
        assert!(first.contains(r#"rel="next""#) && first.contains("page=2"), "{first}");
        let second = get(&app, Some(&cookie), &queue_path(2029, "&per_page=1&page=2")).await.body;
        assert!(second.contains("/indicators/KPI-R4") && !second.contains("/indicators/KPI-R1"), "{second}");
        // The seed's submitted values of 2028 are pointed to from 2029, so none is missed.
        assert!(b.contains("Also waiting in other plans or years") && b.contains("SP2028-2031 2028: 4"), "{b}");
        // Without a year in the URL, every year of the plan is shown (4 values of 2028 in the seed).
        let every = get(&app, Some(&cookie), "/approvals?plan=SP2028-2031").await.body;
        assert!(every.contains("6 submitted value(s) of SP2028-2031 in every year"), "{every}");
        let bad = get(&app, Some(&cookie), &queue_path(2029, "&unit=NOPE")).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert!(bad.body.contains("unit: there is no org unit `NOPE`"), "the bad filter is named: {}", bad.body);
    }
}

both_backends! {
    async fn the_office_approves_the_selected_and_returns_each_with_its_own_note_and_a_missing_note_names_its_row(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let r1 = submitted(&app, &t.planner_br, "KPI-R1", 2029, "135").await;
        let r4 = submitted(&app, &t.planner_br, "KPI-R4", 2029, "540").await;
        let r5 = submitted(&app, &t.planner_br, "KPI-R5", 2029, "90").await;
        let cookie = login(&app, "admin@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), &queue_path(2029, "")).await.body);
        let audits = app.count("audit_log").await;
        // Returning two values, one without a note: refused, naming that row, and nothing is stored.
        let refused = send_decision(&app, &cookie, &decision(&csrf, "return", &[(&r1["id"], "Check the MIFR count."), (&r4["id"], " ")])).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
        assert!(refused.body.contains("KPI-R4 2029: a note is required to return it"), "{}", refused.body);
        assert!(refused.body.contains("Check the MIFR count."), "the note typed is kept: {}", refused.body);
        assert!(refused.body.contains(&format!(r#"aria-describedby="err-{}""#, r4["id"])), "the error sits on its row");
        assert_eq!(app.count("audit_log").await, audits, "nothing was stored");
        assert_eq!(state_of(&app, &r1["id"]).await.0, "submitted");
        // Each returned with its own note.
        let done = send_decision(&app, &cookie, &decision(&csrf, "return", &[(&r1["id"], "Check the MIFR count."), (&r4["id"], "The backlog source is missing.")])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location.as_deref(), Some("/approvals?plan=SP2028-2031&year=2029&page=1"), "back to the queue as filtered");
        assert_eq!(done.done().as_deref(), Some("Returned 2 value(s): KPI-R1 2029, KPI-R4 2029"));
        assert_eq!(state_of(&app, &r1["id"]).await, ("returned".into(), "Check the MIFR count.".into()));
        assert_eq!(state_of(&app, &r4["id"]).await, ("returned".into(), "The backlog source is missing.".into()));
        // Approving the selected: only those ticked.
        let r3 = submitted(&app, &t.planner_br, "KPI-R3", 2029, "70").await;
        let done = send_decision(&app, &cookie, &decision(&csrf, "approve", &[(&r5["id"], "")])).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.done().as_deref(), Some("Approved 1 value(s): KPI-R5 2029"));
        assert_eq!(state_of(&app, &r5["id"]).await.0, "approved");
        assert_eq!(state_of(&app, &r3["id"]).await.0, "submitted", "a value not selected is left alone");
        // One row's own button returns that row alone, with its note.
        let one = vec![
            ("csrf".to_owned(), csrf.clone()), ("plan".to_owned(), "SP2028-2031".to_owned()), ("year".to_owned(), "2029".to_owned()),
            ("return_one".to_owned(), r3["id"].to_string()), (format!("note_{}", r3["id"]), "Use the final figure.".to_owned()),
        ];
        assert_eq!(send_decision(&app, &cookie, &one).await.status, StatusCode::SEE_OTHER);
        assert_eq!(state_of(&app, &r3["id"]).await, ("returned".into(), "Use the final figure.".into()));
        // Nothing selected is said so.
        let none = send_decision(&app, &cookie, &decision(&csrf, "approve", &[])).await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(none.body.contains("Select at least one value"), "{}", none.body);
    }
}

both_backends! {
    async fn an_admin_cannot_approve_a_value_they_entered_and_others_may_not_use_the_queue(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let own = submitted(&app, &t.admin, "KPI-R1", 2029, "135").await;
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), &queue_path(2029, "")).await.body;
        assert!(page.contains(&format!(r#"id="sel-{0}" aria-label="Select KPI-R1 2029 total" disabled"#, own["id"])), "{page}");
        let csrf = csrf_of(&page);
        let refused = send_decision(&app, &cookie, &decision(&csrf, "approve", &[(&own["id"], "")])).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
        assert!(refused.body.contains("KPI-R1 2029"), "the refusal names the value: {}", refused.body);
        assert_eq!(state_of(&app, &own["id"]).await.0, "submitted");
        // The second admin may.
        let other = login(&app, "admin2@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&other), &queue_path(2029, "")).await.body);
        assert_eq!(send_decision(&app, &other, &decision(&csrf, "approve", &[(&own["id"], "")])).await.status, StatusCode::SEE_OTHER);
        assert_eq!(state_of(&app, &own["id"]).await.0, "approved");
        for email in ["planner.br@test.org", "reviewer@test.org"] {
            let c = login(&app, email).await;
            assert_eq!(get(&app, Some(&c), "/approvals").await.status, StatusCode::FORBIDDEN, "{email}");
            let csrf = csrf_of(&get(&app, Some(&c), "/").await.body);
            let a = send_decision(&app, &c, &decision(&csrf, "approve", &[(&own["id"], "")])).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{email}: {}", a.body);
        }
    }
}

both_backends! {
    async fn planners_are_told_of_returns_and_approvals_and_the_office_of_submissions(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let admin = login(&app, "admin@test.org").await;
        let br = login(&app, "planner.br@test.org").await;
        let bdt = login(&app, "planner.bdt@test.org").await;
        assert_eq!(unread_in_header(&get(&app, Some(&admin), "/").await.body), 0);
        let r1 = submitted(&app, &t.planner_br, "KPI-R1", 2029, "135").await;
        let r4 = submitted(&app, &t.planner_br, "KPI-R4", 2029, "540").await;
        // Both admins are told of both submissions; the planners of nothing yet.
        for cookie in [&admin, &login(&app, "admin2@test.org").await] {
            let home = get(&app, Some(cookie), "/").await.body;
            assert_eq!(unread_in_header(&home), 2, "{home}");
        }
        let notices = get(&app, Some(&admin), "/notifications").await;
        assert_eq!(notices.status, StatusCode::OK);
        assert_self_contained("/notifications", &notices.body);
        assert!(notices.body.contains("KPI-R1 2029 (Countries with satellite networks"), "{}", notices.body);
        assert!(notices.body.contains("of BR was submitted for approval by planner.br@test.org"), "{}", notices.body);
        let newest = notices.body.find("KPI-R4 2029").unwrap();
        assert!(newest < notices.body.find("KPI-R1 2029").unwrap(), "newest first");
        let before = get(&app, Some(&br), "/").await.body;
        assert_eq!(unread_in_header(&before), 0);
        assert!(!before.contains("Returned to you"), "nothing is returned yet: {before}");
        // The office returns one and approves the other; the planner's dashboard, seen before, shows
        // the return.
        let csrf = csrf_of(&get(&app, Some(&admin), &queue_path(2029, "")).await.body);
        send_decision(&app, &admin, &decision(&csrf, "return", &[(&r1["id"], "Check the MIFR count.")])).await;
        send_decision(&app, &admin, &decision(&csrf, "approve", &[(&r4["id"], "")])).await;
        let home = get(&app, Some(&br), "/").await.body;
        assert_eq!(unread_in_header(&home), 2, "the BR planner is told of the return and the approval");
        let returned = &home[home.find(r#"<h2 id="returned-h">Returned to you</h2>"#).expect("a Returned to you section")..];
        assert!(returned.contains("KPI-R1 2029") && returned.contains("Check the MIFR count."), "{returned}");
        assert!(!returned.contains("KPI-R4 2029"), "an approved value is not returned: {returned}");
        let mine = get(&app, Some(&br), "/notifications").await.body;
        assert!(mine.contains("was returned by admin@test.org: Check the MIFR count."), "{mine}");
        assert!(mine.contains("KPI-R4 2029 (Satellite filings under treatment (backlog)) was approved by admin@test.org."), "{mine}");
        assert_eq!(unread_in_header(&get(&app, Some(&bdt), "/").await.body), 0, "another unit is not told");
        assert!(!get(&app, Some(&bdt), "/").await.body.contains("Returned to you"));
        // Marked read one by one or all at once; nobody marks another's.
        let csrf = csrf_of(&mine);
        let first = mine
            .match_indices(r#"action="/notifications/"#)
            .map(|(at, p)| &mine[at + p.len()..])
            .find(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .map(|rest| rest[..rest.find('/').unwrap()].to_owned())
            .expect("a notice with its own form");
        let view = vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".into()), ("year", "2029".into())];
        let bdt_csrf = csrf_of(&get(&app, Some(&bdt), "/").await.body);
        let theirs = post(&app, Some(&bdt), &format!("/notifications/{first}/read"), &[("csrf", bdt_csrf)]).await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{}", theirs.body);
        let a = post(&app, Some(&br), &format!("/notifications/{first}/read"), &view).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(unread_in_header(&get(&app, Some(&br), "/").await.body), 1);
        let a = post(&app, Some(&br), "/notifications/read", &view).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.done().as_deref(), Some("Marked 1 notice(s) read"));
        assert_eq!(unread_in_header(&get(&app, Some(&br), "/").await.body), 0);
        assert_eq!(unread_in_header(&get(&app, Some(&admin), "/").await.body), 2, "the admin's stay unread");
    }
}
