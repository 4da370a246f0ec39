//! Questions from Council: a reviewer asks, the office assigns, the assigned unit's planner replies, the
//! office marks the thread answered; who may do what, stale versions, the list's filters, the audit
//! log, and the annex a later frozen run carries.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use crate::reports::{freeze, get_raw};
use axum::http::StatusCode;
use serde_json::{Value, json};

const ASK: &str = "/api/v1/plans/SP2028-2031/questions";

/// The code of an indicator of the seeded plan.
async fn an_indicator(app: &TestApp) -> String {
    let (s, p) = app.get_json("/api/v1/plans/SP2028-2031/indicators?per_page=1").await;
    assert_eq!(s, StatusCode::OK, "{p}");
    p["items"][0]["code"].as_str().unwrap().to_owned()
}

/// POST `body` to `path` of question `id` as `token`.
async fn step(app: &TestApp, token: &str, id: &Value, what: &str, body: Value) -> (StatusCode, Value) {
    app.call(
        "POST",
        &format!("/api/v1/questions/{id}/{what}"),
        Some(token),
        Some(body),
    )
    .await
}

/// The titles of a list answer.
fn titles(p: &Value) -> Vec<String> {
    p["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap().to_owned())
        .collect()
}

both_backends! {
    async fn a_reviewer_asks_the_office_assigns_bdt_replies_and_the_office_marks_it_answered(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let code = an_indicator(&app).await;
        let ask = json!({"subject_kind": "indicator", "subject": code, "title": "Why the drop?",
                         "body": "The value fell in 2028: what happened?"});
        assert_eq!(app.call("POST", ASK, Some(&t.planner_br), Some(ask.clone())).await.0, StatusCode::FORBIDDEN);
        let (s, q) = app.call("POST", ASK, Some(&t.reviewer), Some(ask)).await;
        assert_eq!(s, StatusCode::CREATED, "{q}");
        assert_eq!((q["status"].as_str(), q["version"].as_i64(), q["assigned_unit"].clone()), (Some("open"), Some(1), Value::Null));
        assert!(q["asked_by"].as_str().unwrap().contains("Council member"), "{q}");
        assert_eq!(q["messages"][0]["body"], "The value fell in 2028: what happened?");
        let id = q["id"].clone();
        // Unassigned, only the office replies; a reviewer replies, assigns and marks nothing.
        for token in [&t.planner_br, &t.planner_bdt, &t.reviewer] {
            let (s, p) = step(&app, token, &id, "replies", json!({"version": 1, "body": "x"})).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{p}");
        }
        assert_eq!(step(&app, &t.reviewer, &id, "assign", json!({"version": 1, "unit": "BDT"})).await.0, StatusCode::FORBIDDEN);
        assert_eq!(step(&app, &t.reviewer, &id, "status", json!({"version": 1, "status": "answered"})).await.0, StatusCode::FORBIDDEN);
        assert_eq!(step(&app, &t.planner_bdt, &id, "assign", json!({"version": 1, "unit": "BDT"})).await.0, StatusCode::FORBIDDEN);
        let (s, p) = step(&app, &t.admin, &id, "assign", json!({"version": 1, "unit": "NOPE"})).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["unit".to_owned()]));
        let (s, q) = step(&app, &t.admin, &id, "assign", json!({"version": 1, "unit": "BDT"})).await;
        assert_eq!((s, q["assigned_unit"].as_str(), q["version"].as_i64()), (StatusCode::OK, Some("BDT"), Some(2)), "{q}");
        // BDT's planners are told in the product, and nobody else (the office assigned it itself).
        let assigned = app.count(&format!("notifications WHERE kind = 'assigned' AND link = '/questions/{id}'")).await;
        let to_bdt = app.count(&format!(
            "notifications n JOIN users u ON u.id = n.user_id JOIN org_units o ON o.id = u.org_unit_id \
             WHERE n.kind = 'assigned' AND n.link = '/questions/{id}' AND u.role = 'planner' AND o.code = 'BDT'"
        )).await;
        let bdt_planners = app.count("users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.role = 'planner' AND u.active AND o.code = 'BDT'").await;
        assert!(bdt_planners > 0);
        assert_eq!((assigned, to_bdt), (bdt_planners, bdt_planners), "one notice to each of BDT's planners, none to others");
        // Assigned to BDT: a planner of another unit still may not reply; BDT's planner may, at the
        // version they read.
        assert_eq!(step(&app, &t.planner_br, &id, "replies", json!({"version": 2, "body": "x"})).await.0, StatusCode::FORBIDDEN);
        let (s, p) = step(&app, &t.planner_bdt, &id, "replies", json!({"version": 1, "body": "Stale."})).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, p) = step(&app, &t.planner_bdt, &id, "replies", json!({"version": 2, "body": "   "})).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["body".to_owned()]));
        let (s, q) = step(&app, &t.planner_bdt, &id, "replies", json!({"version": 2, "body": "A survey was late."})).await;
        assert_eq!((s, q["version"].as_i64()), (StatusCode::OK, Some(3)), "{q}");
        assert_eq!(q["messages"].as_array().unwrap().len(), 2);
        assert!(q["messages"][1]["author"].as_str().unwrap().contains("planner, BDT"), "{q}");
        let (s, p) = step(&app, &t.admin, &id, "status", json!({"version": 2, "status": "answered"})).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, p) = step(&app, &t.admin, &id, "status", json!({"version": 3, "status": "closed"})).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["status".to_owned()]));
        let (s, q) = step(&app, &t.admin, &id, "status", json!({"version": 3, "status": "answered"})).await;
        assert_eq!((s, q["status"].as_str(), q["version"].as_i64()), (StatusCode::OK, Some("answered"), Some(4)), "{q}");
        let (s, p) = app.call("GET", &format!("/api/v1/questions/{id}"), Some(&t.reviewer), None).await;
        assert_eq!((s, p["status"].as_str()), (StatusCode::OK, Some("answered")));
        assert_eq!(app.call("GET", "/api/v1/questions/999999", Some(&t.reviewer), None).await.0, StatusCode::NOT_FOUND);
        // Every change is in the audit log.
        assert_eq!(audit_rows(&app, "question", "create").await, 1);
        assert_eq!(audit_rows(&app, "question", "update").await, 3);
        // A second question, about a result node, still open: the filters tell them apart.
        let ask = json!({"subject_kind": "node", "subject": "G1", "title": "Goal 1?", "body": "How is goal 1 doing?"});
        assert_eq!(app.call("POST", ASK, Some(&t.admin), Some(ask)).await.0, StatusCode::CREATED);
        let list = |q: String| { let app = &app; async move { app.call("GET", &format!("{ASK}{q}"), Some(&app.tokens.reviewer), None).await } };
        assert_eq!(titles(&list(String::new()).await.1), ["Goal 1?", "Why the drop?"], "the latest change first");
        assert_eq!(titles(&list("?status=answered".into()).await.1), ["Why the drop?"]);
        assert_eq!(titles(&list("?status=open".into()).await.1), ["Goal 1?"]);
        assert_eq!(titles(&list(format!("?indicator={code}")).await.1), ["Why the drop?"]);
        assert_eq!(titles(&list("?node=G1".into()).await.1), ["Goal 1?"]);
        assert_eq!(titles(&list("?indicator=NOPE".into()).await.1), Vec::<String>::new());
        let (s, p) = list("?status=closed".into()).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["status".to_owned()]));
    }
}

both_backends! {
    async fn a_question_names_every_bad_field_and_a_long_body_is_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, p) = app.call("POST", ASK, Some(&t.reviewer), Some(json!({}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["subject_kind", "subject", "title", "body"].map(String::from).to_vec()));
        let bad = json!({"subject_kind": "section", "subject": "gossip", "title": "T", "body": "B"});
        let (s, p) = app.call("POST", ASK, Some(&t.reviewer), Some(bad)).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["subject", "run"].map(String::from).to_vec()));
        let bad = json!({"subject_kind": "indicator", "subject": "NOPE", "title": "T", "body": "B", "run": 999999});
        let (s, p) = app.call("POST", ASK, Some(&t.reviewer), Some(bad)).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["subject", "run"].map(String::from).to_vec()));
        let long = json!({"subject_kind": "node", "subject": "G1", "title": "T", "body": "x".repeat(10_001)});
        let (s, p) = app.call("POST", ASK, Some(&t.reviewer), Some(long)).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["body".to_owned()]));
        assert_eq!(app.count("question_threads").await, 0, "a refused question stores nothing");
        assert_eq!(audit_rows(&app, "question", "create").await, 0);
    }
}

both_backends! {
    async fn a_question_on_a_published_run_is_in_the_annex_of_the_next_frozen_run(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let first = freeze(&app).await;
        let run = first["id"].clone();
        let ask = json!({"subject_kind": "section", "subject": "finance", "run": run, "title": "Execution",
                         "body": "Why is execution low?"});
        // Unpublished, the run does not exist for a reviewer.
        let (s, p) = app.call("POST", ASK, Some(&t.reviewer), Some(ask.clone())).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["run".to_owned()]));
        let (s, _) = app.call("POST", &format!("/api/v1/reports/{run}/publish"), Some(&t.admin2), None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, q) = app.call("POST", ASK, Some(&t.reviewer), Some(ask)).await;
        assert_eq!(s, StatusCode::CREATED, "{q}");
        let (s, _) = step(&app, &t.admin, &q["id"], "replies", json!({"version": 1, "body": "Recruitment was delayed."})).await;
        assert_eq!(s, StatusCode::OK);
        let (_, p) = app.call("GET", &format!("{ASK}?run={run}"), Some(&t.reviewer), None).await;
        assert_eq!(titles(&p), ["Execution"]);
        let files = |r: &Value| -> Vec<String> { r["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_owned()).collect() };
        assert!(!files(&first).contains(&"tables/questions.csv".to_owned()), "no question, no table");
        let second = freeze(&app).await;
        assert!(files(&second).contains(&"tables/questions.csv".to_owned()), "{second}");
        let (s, _, html) = get_raw(&app, &format!("/api/v1/reports/{}/files/report.html", second["id"]), &t.admin).await;
        let html = String::from_utf8(html).unwrap();
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("Annex: questions from Council members and replies"));
        assert!(html.contains("Why is execution low?") && html.contains("Recruitment was delayed."));
        let (_, _, first_html) = get_raw(&app, &format!("/api/v1/reports/{run}/files/report.html"), &t.admin).await;
        assert!(!String::from_utf8(first_html).unwrap().contains("questions from Council"));
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{}/verify", second["id"]), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "{v}");
    }
}
