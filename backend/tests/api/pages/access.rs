//! Every page route × role: anonymous visitors are sent to the login page; reviewers, planners and the
//! admin get what the access rules give them; every form refuses the roles the API refuses.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

/// Page routes every logged-in role may open (KPI-G1.1 of the 2024 plan has values with evidence links).
const PAGES: &[&str] = &[
    "/",
    "/framework",
    "/framework/workbook",
    "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028",
    "/indicators/KPI-G1.1?plan=SP2024-2027&year=2024",
    "/account",
    "/users",
    "/finance",
    "/finance?plan=SP2028-2031&year=2029&biennium=2028-2029&line_year=2029&unit=BR&kind=expense&category=staff",
    "/finance/allocations",
    "/finance/allocations?plan=SP2028-2031&year=2030&unit=GS",
    "/framework/TP-R1.O1.P1?plan=SP2028-2031&year=2028",
    "/operations",
    "/risks",
    "/notifications",
    "/periods",
    "/plans",
    "/risks/RSK-01?plan=SP2028-2031&year=2028",
    "/mandates",
    "/compare",
    "/compare?plan=SP2028-2031&a=2028&b=2029&goal=G1&unit=BR&change=worsened",
    "/cycle",
    "/cycle?plan=SP2028-2031&class=dropped&goal=G1",
    "/questions",
    "/questions?plan=SP2028-2031&status=open&indicator=KPI-T1.1",
];

both_backends! {
    async fn every_page_sends_anonymous_visitors_to_the_login_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for path in PAGES.iter().chain(&["/audit", "/collection", "/approvals", "/framework/nodes/new", "/framework/TP-R1/edit", "/indicators/new", "/indicators/KPI-R1/edit"]) {
            let a = get(&app, None, path).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{path}");
            assert!(a.location.as_deref().unwrap().starts_with("/login?next="), "{path}: {:?}", a.location);
        }
        let (id, _) = br_actual(&app).await;
        let (item_id, _, _) = item(&app, "BR-02").await;
        for path in [
            "/finance/actuals".to_owned(),
            "/finance/actuals/new".to_owned(),
            format!("/finance/actuals/{id}"),
            "/finance/lines".to_owned(),
            format!("/finance/lines/{id}"),
            "/finance/allocations".to_owned(),
            format!("/operations/items/{item_id}"),
            "/risks/RSK-01".to_owned(),
            "/collection/dates".to_owned(),
            "/collection/units/BR".to_owned(),
            "/approvals".to_owned(),
            "/notifications/read".to_owned(),
            "/notifications/1/read".to_owned(),
            "/periods/lock".to_owned(),
            "/periods/unlock".to_owned(),
            "/periods/exceptions".to_owned(),
            "/periods/exceptions/1/revoke".to_owned(),
            "/framework/workbook".to_owned(),
            "/plans/SP2028-2031/clone".to_owned(),
            "/plans/SP2028-2031/adopt".to_owned(),
            "/plans/SP2028-2031/close".to_owned(),
            "/risks".to_owned(),
            "/risks/RSK-01/edit".to_owned(),
            "/risks/RSK-01/close".to_owned(),
            "/risks/RSK-01/links".to_owned(),
            "/risks/RSK-01/links/EN-2/delete".to_owned(),
            "/framework/nodes/new".to_owned(),
            "/framework/TP-R1/edit".to_owned(),
            "/framework/TP-R1/retire".to_owned(),
            "/indicators/new".to_owned(),
            "/indicators/KPI-R1/edit".to_owned(),
            "/indicators/KPI-R1/milestones".to_owned(),
            "/mandates/links".to_owned(),
            "/mandates/links/remove".to_owned(),
            "/questions".to_owned(),
            "/questions/1/reply".to_owned(),
            "/questions/1/assign".to_owned(),
            "/questions/1/status".to_owned(),
        ] {
            let a = post(&app, None, &path, &actual_update("x", 1, "1")).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{path}");
            assert!(a.location.unwrap().starts_with("/login"), "{path}");
        }
    }
}

both_backends! {
    async fn every_role_opens_every_page_and_only_the_admin_the_audit_log_and_the_approval_queue(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            for &path in PAGES {
                let variants = if path.contains('?') { vec![path.to_owned()] } else { vec![path.to_owned(), format!("{path}?{VIEW}")] };
                for p in variants {
                    let a = get(&app, Some(&cookie), &p).await;
                    assert_eq!(a.status, StatusCode::OK, "{role} on {p}: {}", a.body);
                    assert_self_contained(&p, &a.body);
                    if p.contains("KPI-G1.1") {
                        assert!(a.body.contains(r#"<a href="https://"#), "evidence links are the one outside URL allowed");
                    }
                }
            }
            for admin_only in ["/audit", "/approvals"] {
                let a = get(&app, Some(&cookie), admin_only).await;
                let want = if role == "admin" { StatusCode::OK } else { StatusCode::FORBIDDEN };
                assert_eq!(a.status, want, "{role} on {admin_only}");
                assert_self_contained(admin_only, &a.body);
            }
        }
    }
}

both_backends! {
    async fn each_form_accepts_the_roles_the_api_accepts_and_refuses_the_others(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (actual_id, _) = br_actual(&app).await;
        let (item_id, _, _) = item(&app, "BR-02").await;
        let actual_path = format!("/finance/actuals/{actual_id}");
        let item_path = format!("/operations/items/{item_id}");
        // Those refused first, so that nothing at all may have changed before the BR planner's turn.
        for (role, email) in [ROLES[0], ROLES[2], ROLES[1]] {
            let before_audit = app.count("audit_log").await;
            let cookie = login(&app, email).await;
            let csrf = csrf_of(&get(&app, Some(&cookie), &format!("/finance?{VIEW}")).await.body);
            let (_, av) = br_actual(&app).await;
            let (_, iv, _) = item(&app, "BR-02").await;
            let (rv, _) = risk(&app, "RSK-01").await;
            let sends = [
                ("/finance/actuals".to_owned(), actual_create(&csrf, "staff", "20100")),
                ("/finance/actuals/new".to_owned(), new_row(&csrf, ("2030", "BR", "expense", "staff"), "20200")),
                (actual_path.clone(), actual_update(&csrf, av, "25000")),
                (item_path.clone(), delivery(&csrf, "BR-02", iv, "2", "delivered")),
                ("/risks/RSK-01".to_owned(), risk_update(&csrf, rv, "closed", "2028-12-01")),
            ];
            for (path, form) in sends {
                let a = post(&app, Some(&cookie), &path, &form).await;
                let allowed = role == "planner BR";
                if allowed {
                    assert_eq!(a.status, StatusCode::SEE_OTHER, "{role} → {path}: {}", a.body);
                    let (to, page) = (a.location.clone().unwrap(), path.split('/').nth(1).unwrap());
                    assert!(to.starts_with(&format!("/{page}?")) && a.done().is_some(), "{role} → {path}: {to}");
                } else {
                    assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
                    assert_self_contained(&path, &a.body);
                    assert_eq!(app.count("audit_log").await, before_audit, "{role} → {path} changed something");
                }
            }
        }
        assert_eq!(actuals_of(&app, "BR", 2029).await, 1, "the BR planner recorded one actual");
        assert_eq!(actuals_of(&app, "BR", 2030).await, 1, "and one more from the add form");
        assert_eq!(risk(&app, "RSK-01").await.1, "closed");
        assert_eq!(item(&app, "BR-02").await.2, "2");
        // The admin may use every form too.
        let cookie = login(&app, "admin@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
        let (_, av) = br_actual(&app).await;
        let (rv, _) = risk(&app, "RSK-01").await;
        for (path, form) in [
            ("/finance/actuals".to_owned(), actual_create(&csrf, "non_staff", "9000")),
            (actual_path.clone(), actual_update(&csrf, av, "25100")),
            ("/risks/RSK-01".to_owned(), risk_update(&csrf, rv, "open", "2028-12-02")),
        ] {
            let a = post(&app, Some(&cookie), &path, &form).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "admin → {path}");
            assert!(a.done().is_some(), "admin → {path}");
        }
        assert_eq!(actuals_of(&app, "BR", 2029).await, 2);
    }
}

both_backends! {
    async fn only_the_office_saves_allocations_and_plan_lines_from_the_pages(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, l) = app.get_json("/api/v1/plans/SP2028-2031/finance/lines?year=2028&unit=BR&kind=expense&category=staff").await;
        let line = format!("/finance/lines/{}", l["items"][0]["id"]);
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let before = app.count("audit_log").await;
            let version = app.version_of(&format!("/api/v1/plans/SP2028-2031{line}")).await;
            let sheet = vec![
                ("csrf", csrf.clone()), ("plan", "SP2028-2031".to_owned()), ("year", "2028".to_owned()),
                ("unit", "BR".to_owned()), ("node_0", "TP-R1.O1.P1".to_owned()), ("version_0", "1".to_owned()),
                ("amount_0", "8480".to_owned()),
            ];
            let sends = [
                ("/finance/allocations".to_owned(), sheet),
                (line.clone(), actual_update(&csrf, version, "20300")),
                ("/finance/lines".to_owned(), new_row(&csrf, ("2031", "RO-AFR", "expense", "staff"), "100")),
            ];
            for (path, form) in sends {
                let a = post(&app, Some(&cookie), &path, &form).await;
                if role == "admin" {
                    assert_eq!(a.status, StatusCode::SEE_OTHER, "{role} → {path}: {}", a.body);
                    assert!(a.done().is_some(), "{role} → {path}: {:?}", a.refused());
                } else {
                    assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
                    assert_self_contained(&path, &a.body);
                    assert_eq!(app.count("audit_log").await, before, "{role} → {path} changed something");
                }
            }
        }
    }
}

both_backends! {
    async fn pages_for_a_year_outside_the_plan_say_so_rather_than_fail(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let alloc = get(&app, Some(&cookie), "/finance/allocations?plan=SP2028-2031&year=2040").await;
        assert_eq!(alloc.status, StatusCode::OK);
        assert!(alloc.body.contains("2040 lies outside the plan SP2028-2031"));
        let node = get(&app, Some(&cookie), "/framework/G1?plan=SP2028-2031&year=2040").await;
        assert_eq!(node.status, StatusCode::OK);
        assert!(node.body.contains("2040 lies outside the plan SP2028-2031"));
        let finance = get(&app, Some(&cookie), "/finance?plan=SP2028-2031&year=2040").await;
        assert_eq!(finance.status, StatusCode::OK);
        assert!(finance.body.contains("2040 lies outside the plan SP2028-2031"));
        assert!(finance.body.contains("Biennium 2030-2031"), "the plan's lines are still shown");
        let ops = get(&app, Some(&cookie), "/operations?plan=SP2028-2031&year=2040").await;
        assert_eq!(ops.status, StatusCode::OK);
        assert!(ops.body.contains("No operational plan of SP2028-2031 starts in 2040"));
        let unknown = get(&app, Some(&cookie), "/risks?plan=SP1900").await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    }
}

/// The import template downloads by role: planners get their own unit's (naming another unit is
/// refused), the admin any unit's or all, reviewers none.
const TEMPLATES: [(&str, [StatusCode; 4]); 4] = {
    use StatusCode as S;
    [
        (
            "/entry/template.csv?plan=SP2028-2031&year=2029",
            [S::FORBIDDEN, S::OK, S::OK, S::OK],
        ),
        (
            "/entry/template.xlsx?plan=SP2028-2031&year=2029",
            [S::FORBIDDEN, S::OK, S::OK, S::OK],
        ),
        (
            "/entry/template.csv?plan=SP2028-2031&year=2029&unit=BDT",
            [S::FORBIDDEN, S::FORBIDDEN, S::OK, S::OK],
        ),
        (
            "/entry/template.xlsx?plan=SP2028-2031&year=2029&unit=BR",
            [S::FORBIDDEN, S::OK, S::FORBIDDEN, S::OK],
        ),
    ]
};

both_backends! {
    async fn the_import_templates_go_to_the_roles_that_enter_values_for_their_unit(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (path, _) in TEMPLATES {
            let a = get(&app, None, path).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "anonymous on {path}");
        }
        for (i, (role, email)) in ROLES.iter().enumerate() {
            let cookie = login(&app, email).await;
            for (path, want) in TEMPLATES {
                let req = axum::http::Request::get(path)
                    .header(axum::http::header::COOKIE, &cookie)
                    .body(axum::body::Body::empty())
                    .unwrap();
                let (status, _, _) = app.exchange(req).await;
                assert_eq!(status, want[i], "{role} on {path}");
            }
        }
    }
}

/// The report preview × role (reviewer, planner BR, planner BDT, admin): built from today's data, so the
/// office and planners download it and Council reviewers, who see published runs only, are refused.
const PREVIEW: (&str, [StatusCode; 4]) = (
    "/reports/preview?plan=SP2028-2031&year=2028",
    [StatusCode::FORBIDDEN, StatusCode::OK, StatusCode::OK, StatusCode::OK],
);

both_backends! {
    async fn the_report_preview_goes_to_the_office_and_planners_and_never_to_council_reviewers(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (path, want) = PREVIEW;
        let a = get(&app, None, path).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "anonymous on {path}");
        for (i, (role, email)) in ROLES.iter().enumerate() {
            let cookie = login(&app, email).await;
            let req = axum::http::Request::get(path)
                .header(axum::http::header::COOKIE, &cookie)
                .body(axum::body::Body::empty())
                .unwrap();
            let (status, headers, body) = app.exchange(req).await;
            assert_eq!(status, want[i], "{role} on {path}");
            if want[i] == StatusCode::FORBIDDEN {
                let body = String::from_utf8(body).unwrap();
                assert!(body.contains("only published report runs are shown to Council members"), "{role}: {body}");
                assert_self_contained(path, &body);
            } else {
                assert_eq!(headers[axum::http::header::CONTENT_TYPE], "application/zip", "{role} on {path}");
            }
            let page = get(&app, Some(&cookie), "/reports?plan=SP2028-2031&year=2028").await;
            assert_eq!(page.status, StatusCode::OK, "{role} on /reports");
            assert_eq!(
                page.body.contains("/reports/preview?"),
                want[i] == StatusCode::OK,
                "{role}: the preview link is shown exactly to those who may follow it"
            );
        }
    }
}

/// The entry pages × role: (path, reviewer, planner BR, planner BDT, admin) for reading; BR's 2028 value
/// of KPI-R1 is `{id}`. Reviewers enter nothing; a planner opens only their own unit's values.
const ENTRY_PAGES: [(&str, [StatusCode; 4]); 5] = [
    (
        "/entry?plan=SP2028-2031&year=2029",
        [StatusCode::FORBIDDEN, StatusCode::OK, StatusCode::OK, StatusCode::OK],
    ),
    (
        "/entry?plan=SP2028-2031&year=2029&unit=BDT",
        [
            StatusCode::FORBIDDEN,
            StatusCode::FORBIDDEN,
            StatusCode::OK,
            StatusCode::OK,
        ],
    ),
    (
        "/entry/values/{id}?plan=SP2028-2031&year=2028",
        [
            StatusCode::FORBIDDEN,
            StatusCode::OK,
            StatusCode::FORBIDDEN,
            StatusCode::OK,
        ],
    ),
    (
        "/entry/KPI-R1?plan=SP2028-2031&year=2029",
        [
            StatusCode::FORBIDDEN,
            StatusCode::OK,
            StatusCode::FORBIDDEN,
            StatusCode::OK,
        ],
    ),
    (
        "/entry/values/999999?plan=SP2028-2031&year=2028",
        [
            StatusCode::FORBIDDEN,
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
        ],
    ),
];

both_backends! {
    async fn the_entry_pages_and_forms_open_to_the_roles_that_enter_the_units_values(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, list) = app.call("GET", "/api/v1/measurements?indicator=KPI-R1&year=2028", Some(&app.tokens.admin), None).await;
        let id = list["items"][0]["id"].as_i64().unwrap();
        for (path, _) in ENTRY_PAGES {
            let a = get(&app, None, &path.replace("{id}", &id.to_string())).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "anonymous on {path}");
        }
        for (i, (role, email)) in ROLES.iter().enumerate() {
            let cookie = login(&app, email).await;
            for (path, want) in ENTRY_PAGES {
                let p = path.replace("{id}", &id.to_string());
                let a = get(&app, Some(&cookie), &p).await;
                assert_eq!(a.status, want[i], "{role} on {p}: {}", a.body);
                assert_self_contained(&p, &a.body);
            }
            // The forms: the grid's save, a value's edit and its revision. Only BR's planner and the
            // admin may change BR's values; the others change nothing.
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let before = app.count("audit_log").await;
            let grid = vec![
                ("csrf", csrf.clone()),
                ("code_0", "KPI-R7".to_owned()),
                ("quarter_0", String::new()),
                ("value_0", "1".to_owned()),
                ("quality_0", "final".to_owned()),
            ];
            let a = post(&app, Some(&cookie), "/entry?plan=SP2028-2031&year=2029", &grid).await;
            let (version, _) = (app.version_of(&format!("/api/v1/measurements/{id}")).await, ());
            let revise = vec![
                ("csrf", csrf.clone()),
                ("version", version.to_string()),
                ("value", "134".to_owned()),
                ("quality", "final".to_owned()),
                ("reason", format!("checked by {role}")),
                ("action", "draft".to_owned()),
            ];
            let r = post(&app, Some(&cookie), &format!("/entry/values/{id}/revise?plan=SP2028-2031&year=2028"), &revise).await;
            let edit = post(&app, Some(&cookie), &format!("/entry/values/{id}?plan=SP2028-2031&year=2028"), &revise).await;
            match *role {
                "reviewer" | "planner BDT" => {
                    assert_eq!(a.status, if *role == "reviewer" { StatusCode::FORBIDDEN } else { StatusCode::UNPROCESSABLE_ENTITY }, "{role} grid: {}", a.body);
                    assert_eq!(r.status, StatusCode::FORBIDDEN, "{role} revise: {}", r.body);
                    assert_eq!(edit.status, StatusCode::FORBIDDEN, "{role} edit: {}", edit.body);
                    assert_eq!(app.count("audit_log").await, before, "{role} changed something");
                }
                "planner BR" => {
                    assert_eq!(a.status, StatusCode::SEE_OTHER, "{role} grid: {}", a.body);
                    assert_eq!(r.status, StatusCode::SEE_OTHER, "{role} revise: {}", r.body);
                    // An approved value is revised, never edited in place.
                    assert_eq!(edit.status, StatusCode::UNPROCESSABLE_ENTITY, "{role} edit: {}", edit.body);
                }
                _ => {
                    // The admin may enter for any unit; BR's value already has a pending revision.
                    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{role} revise: {}", r.body);
                    assert!(r.body.contains("pending"), "{}", r.body);
                }
            }
        }
    }
}

both_backends! {
    async fn the_collection_page_opens_for_the_office_and_planners_and_only_the_office_sets_its_dates(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let view = "/collection?plan=SP2028-2031&year=2029";
        let fields = |csrf: &str| vec![
            ("csrf", csrf.to_owned()), ("plan", "SP2028-2031".to_owned()), ("year", "2029".to_owned()),
            ("version", String::new()), ("opens_on", "2030-01-15".to_owned()), ("due_on", "2030-02-28".to_owned()),
        ];
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let page = get(&app, Some(&cookie), view).await;
            let want = if role == "reviewer" { StatusCode::FORBIDDEN } else { StatusCode::OK };
            assert_eq!(page.status, want, "{role} on {view}: {}", page.body);
            assert_self_contained(view, &page.body);
            let csrf = csrf_of(&get(&app, Some(&cookie), &format!("/?{VIEW}")).await.body);
            for path in ["/collection/dates", "/collection/units/BR"] {
                let before = app.count("audit_log").await;
                let a = post(&app, Some(&cookie), path, &fields(&csrf)).await;
                if role == "admin" {
                    assert_eq!(a.status, StatusCode::SEE_OTHER, "{role} → {path}: {}", a.body);
                    assert!(a.location.as_deref().unwrap().starts_with("/collection?"), "{:?}", a.location);
                    assert_eq!(app.count("audit_log").await, before + 1, "{role} → {path}");
                } else {
                    assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
                    assert_eq!(app.count("audit_log").await, before, "{role} → {path} changed something");
                }
            }
        }
    }
}

both_backends! {
    async fn every_role_marks_its_own_notices_read_and_only_the_admin_decides_on_the_queue(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let view = [("csrf", csrf.clone()), ("plan", "SP2028-2031".to_owned()), ("year", "2028".to_owned())];
            let a = post(&app, Some(&cookie), "/notifications/read", &view).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{role} marks their notices read: {}", a.body);
            let a = post(&app, Some(&cookie), "/notifications/read", &[("csrf", "forged".to_owned())]).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{role}: a forged form is refused");
            let decide = [("csrf", csrf), ("action", "approve".to_owned())];
            let a = post(&app, Some(&cookie), "/approvals", &decide).await;
            // The admin gets the queue back naming what is missing; the others are refused outright.
            let want = if role == "admin" { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::FORBIDDEN };
            assert_eq!(a.status, want, "{role} → POST /approvals: {}", a.body);
            assert_self_contained("/approvals", &a.body);
        }
    }
}

both_backends! {
    async fn only_the_office_adds_edits_and_links_risks_and_the_owner_unit_may_close_one(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (rv, _) = risk(&app, "RSK-01").await;
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let page = get(&app, Some(&cookie), "/risks/RSK-01?plan=SP2028-2031&year=2028").await;
            assert_eq!(page.body.contains(r#"id="edit-risk""#), role == "admin", "{role}: the edit form");
            assert_eq!(page.body.contains(r#"id="close-risk""#), role == "admin" || role == "planner BR", "{role}: the close form");
            let mut form = risk_update(&csrf, rv, "open", "2028-12-01");
            form.extend([("code", "RSK-01".to_owned()), ("title", "t".into()), ("category", "financial".into()),
                ("likelihood", "1".into()), ("impact", "1".into()), ("owner", "BR".into()), ("node", "G1".into())]);
            for path in ["/risks", "/risks/RSK-01/edit", "/risks/RSK-01/links", "/risks/RSK-01/links/EN-2/delete", "/risks/RSK-01/close"] {
                if role == "admin" || (role == "planner BR" && path.ends_with("/close")) {
                    continue;
                }
                let before = app.count("audit_log").await;
                let a = post(&app, Some(&cookie), path, &form).await;
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
                assert_eq!(app.count("audit_log").await, before, "{role} → {path} changed something");
            }
        }
        let cookie = login(&app, "planner.br@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
        let a = post(&app, Some(&cookie), "/risks/RSK-01/close", &risk_update(&csrf, rv, "", "")).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-01 was closed."), "{:?}", a.refused());
    }
}

/// The framework editing pages (GET) and their forms (POST, with what each form sends).
const FRAMEWORK_PAGES: [&str; 5] = [
    "/framework/nodes/new?plan=SP2028-2031",
    "/framework/TP-R1.O1/edit?plan=SP2028-2031",
    "/indicators/new?plan=SP2028-2031",
    "/indicators/KPI-R1/edit?plan=SP2028-2031",
    "/framework/nodes/edit?plan=SP2028-2031&node=TP-R1.O1",
];

both_backends! {
    async fn only_the_office_opens_the_framework_editing_pages_and_every_other_role_is_refused_every_form(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let admin = role == "admin";
            for path in FRAMEWORK_PAGES {
                let a = get(&app, Some(&cookie), path).await;
                let want = match (admin, path.starts_with("/framework/nodes/edit")) {
                    (true, true) => StatusCode::SEE_OTHER,
                    (true, false) => StatusCode::OK,
                    (false, _) => StatusCode::FORBIDDEN,
                };
                assert_eq!(a.status, want, "{role} on {path}: {}", a.body);
                if !admin {
                    assert_self_contained(path, &a.body);
                }
            }
            let f = get(&app, Some(&cookie), "/framework?plan=SP2028-2031").await;
            assert_eq!(f.body.contains("/framework/nodes/new"), admin, "{role}: editing links on the framework page");
            let i = get(&app, Some(&cookie), "/indicators/KPI-R1?plan=SP2028-2031").await;
            assert_eq!(i.body.contains("/indicators/KPI-R1/edit"), admin, "{role}: the edit link on the indicator page");
            let m = get(&app, Some(&cookie), "/mandates?plan=SP2028-2031").await;
            assert_eq!(m.status, StatusCode::OK, "{role} reads the mandates");
            assert!(!m.body.contains("/mandates/links"), "{role}: the mandates page itself has no forms");
            if admin {
                continue;
            }
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let before = app.count("audit_log").await;
            let c = |extra: &[(&'static str, &str)]| {
                let mut v = vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".to_owned())];
                v.extend(extra.iter().map(|(k, x)| (*k, (*x).to_owned())));
                v
            };
            let sends = [
                ("/framework/nodes/new", c(&[("code", "X1"), ("level", "goal"), ("name", "X"), ("link_to", "G1"), ("link_weight", "0.5")])),
                ("/framework/TP-R1/edit", c(&[("name", "X"), ("version", "1")])),
                ("/framework/TP-R1.O1.P1/retire", c(&[("version", "1")])),
                ("/indicators/new", c(&[("code", "X1"), ("node", "G1"), ("name", "X"), ("unit", "count"), ("target_value", "N/A")])),
                ("/indicators/KPI-R1/edit", c(&[("name", "X"), ("version", "1")])),
                ("/indicators/KPI-R1/milestones", c(&[("year", "2029"), ("value", "1")])),
                ("/mandates/links", c(&[("owner", "node"), ("code", "G1"), ("mandate", "sdg|4.4")])),
                ("/mandates/links/remove", c(&[("owner", "node"), ("code", "G1"), ("mandate", "resolution|71")])),
            ];
            for (path, form) in sends {
                let a = post(&app, Some(&cookie), path, &form).await;
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
                assert_self_contained(path, &a.body);
            }
            assert_eq!(app.count("audit_log").await, before, "{role} changed nothing");
        }
    }
}

/// The pages of the framework as of a day, its revisions and the indicator reference sheets: every
/// logged-in role reads them; only the admin opens the sheet's form.
const REVISION_PAGES: [&str; 5] = [
    "/framework?plan=SP2028-2031&year=2028&as_of=adopted",
    "/framework/revisions?plan=SP2028-2031",
    "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028&as_of=2029-06-30",
    "/indicators/KPI-T1.1/sheet?plan=SP2028-2031",
    "/indicators/KPI-T1.1/sheet/edit?plan=SP2028-2031",
];

both_backends! {
    async fn every_role_reads_the_revisions_and_sheets_and_only_the_admin_edits_a_sheet(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for path in REVISION_PAGES {
            let a = get(&app, None, path).await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "anonymous on {path}");
        }
        let a = post(&app, None, "/indicators/KPI-T1.1/sheet/edit", &[("plan", "SP2028-2031".to_owned())]).await;
        assert!(a.location.unwrap().starts_with("/login"), "anonymous form");
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            for path in REVISION_PAGES {
                let a = get(&app, Some(&cookie), path).await;
                let want = if role != "admin" && path.ends_with("/edit?plan=SP2028-2031") { StatusCode::FORBIDDEN } else { StatusCode::OK };
                assert_eq!(a.status, want, "{role} on {path}: {}", a.body);
                assert_self_contained(path, &a.body);
            }
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            let form = [("csrf", csrf), ("plan", "SP2028-2031".to_owned()), ("version", "1".to_owned()), ("rationale", "Why.".to_owned())];
            let a = post(&app, Some(&cookie), "/indicators/KPI-T1.1/sheet/edit", &form).await;
            if role == "admin" {
                assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
                assert!(a.done().is_some());
            } else {
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → the sheet form");
            }
        }
    }
}
