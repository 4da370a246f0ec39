//! The route × role table: every route of the OpenAPI document, called as anonymous, reviewer, planner
//! of the owning unit (BR), planner of another unit (BDT) and admin, with the expected outcome for each.
//! A route without a row fails the test; so does a row for a route the server does not document.

use crate::helpers::{Backend, TestApp};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// What a role gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exp {
    /// Passes the access check: anything but 401/403 (and never a 5xx).
    Ok,
    /// Refused with exactly this status.
    No(u16),
}
use Exp::{No, Ok};

const ANON: Exp = No(401);
const FORBID: Exp = No(403);

/// Ids and codes the rows fill into their paths and bodies, looked up in the seeded database.
pub struct Ctx {
    /// A user id other than the caller (admin2).
    pub other_user: i64,
    /// A token id of admin2.
    pub other_token: i64,
    /// A financial-plan line of BR (2028 staff).
    pub br_line: i64,
    /// An execution actual of BR.
    pub br_actual: i64,
    /// A budget allocation of BR.
    pub br_allocation: i64,
    /// A published report run.
    pub published_run: i64,
    /// A frozen (unpublished) report run.
    pub frozen_run: i64,
}

/// One row: method, OpenAPI path template, concrete path, body, and the outcome per role
/// [anonymous, reviewer, planner of BR, planner of BDT, admin].
pub struct Row {
    pub method: &'static str,
    pub template: &'static str,
    pub path: fn(&Ctx) -> String,
    pub body: fn(&Ctx) -> Option<Value>,
    pub expect: [Exp; 5],
}

fn none(_: &Ctx) -> Option<Value> {
    None
}

macro_rules! row {
    ($m:literal, $t:literal, $p:expr, $b:expr, $e:expr) => {
        Row {
            method: $m,
            template: $t,
            path: $p,
            body: $b,
            expect: $e,
        }
    };
}

/// Every route. Order matters within one role's database: destructive calls come last.
pub fn table() -> Vec<Row> {
    let all_logged_in = [ANON, Ok, Ok, Ok, Ok];
    let admin_only = [ANON, FORBID, FORBID, FORBID, Ok];
    // Data owned by BR: its planner and the admin write; the BDT planner and reviewers may not.
    let unit_br = [ANON, FORBID, Ok, FORBID, Ok];
    vec![
        row!("GET", "/healthz", |_| "/healthz".into(), none, [Ok, Ok, Ok, Ok, Ok]),
        row!("GET", "/readyz", |_| "/readyz".into(), none, [Ok, Ok, Ok, Ok, Ok]),
        row!(
            "POST",
            "/api/v1/auth/login",
            |_| "/api/v1/auth/login".into(),
            |_| Some(json!({"email": "admin2@test.org", "password": "correct horse battery staple"})),
            [Ok, Ok, Ok, Ok, Ok]
        ),
        row!(
            "GET",
            "/api/v1/auth/me",
            |_| "/api/v1/auth/me".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/auth/password",
            |_| "/api/v1/auth/password".into(),
            |_| Some(json!({"current_password": "wrong", "new_password": "x"})),
            all_logged_in
        ),
        row!("GET", "/api/v1/plans", |_| "/api/v1/plans".into(), none, all_logged_in),
        row!(
            "GET",
            "/api/v1/plans/{code}",
            |_| "/api/v1/plans/SP2028-2031".into(),
            none,
            all_logged_in
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{code}",
            |_| "/api/v1/plans/SP2028-2031".into(),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/tree",
            |_| "/api/v1/plans/SP2028-2031/tree?year=2028".into(),
            none,
            all_logged_in
        ),
        row!("GET", "/api/v1/users", |_| "/api/v1/users".into(), none, admin_only),
        row!(
            "POST",
            "/api/v1/users",
            |_| "/api/v1/users".into(),
            |_| Some(json!({"email": "new@test.org", "display_name": "New", "role": "reviewer"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/users/{id}",
            |c| format!("/api/v1/users/{}", c.other_user),
            none,
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/users/{id}",
            |c| format!("/api/v1/users/{}", c.other_user),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/users/{id}/reset-password",
            |c| format!("/api/v1/users/{}/reset-password", c.other_user),
            none,
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/tokens",
            |_| "/api/v1/tokens".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/tokens",
            |_| "/api/v1/tokens".into(),
            |_| Some(json!({"name": "access test"})),
            all_logged_in
        ),
        // Finance: the financial plan and allocations are the Secretary-General's office's; execution
        // actuals belong to the unit (BR here).
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/lines",
            |_| "/api/v1/plans/SP2028-2031/finance/lines".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/lines/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/lines/{}", c.br_line),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{code}/finance/lines",
            |_| "/api/v1/plans/SP2028-2031/finance/lines".into(),
            |_| Some(json!({"unit": "BR"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{code}/finance/lines/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/lines/{}", c.br_line),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/actuals",
            |_| "/api/v1/plans/SP2028-2031/finance/actuals".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{code}/finance/actuals",
            |_| "/api/v1/plans/SP2028-2031/finance/actuals".into(),
            |_| Some(
                json!({"unit": "BR", "biennium": "2028-2029", "year": 2029, "kind": "expense", "category": "staff", "amount": "1"})
            ),
            unit_br
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{code}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            |_| Some(json!({"version": 999})),
            unit_br
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/allocations",
            |_| "/api/v1/plans/SP2028-2031/finance/allocations".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{code}/finance/allocations",
            |_| "/api/v1/plans/SP2028-2031/finance/allocations".into(),
            |_| Some(json!({"unit": "BR"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{code}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/reconciliation",
            |_| "/api/v1/plans/SP2028-2031/finance/reconciliation?year=2028".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{code}/finance/cost",
            |_| "/api/v1/plans/SP2028-2031/finance/cost?year=2028".into(),
            none,
            all_logged_in
        ),
        // Report runs: everyone reads published runs; a frozen one is 404 to reviewers; the
        // Secretary-General's office freezes, publishes and verifies. The freeze body names an unknown
        // plan, so the admin's call stops at validation (422) instead of rendering a report.
        row!(
            "GET",
            "/api/v1/reports",
            |_| "/api/v1/reports".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/reports",
            |_| "/api/v1/reports".into(),
            |_| Some(json!({"plan": "NOPE", "year": 2028})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}",
            |c| format!("/api/v1/reports/{}", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}",
            |c| format!("/api/v1/reports/{}", c.frozen_run),
            none,
            [ANON, No(404), Ok, Ok, Ok]
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/files/{path}",
            |c| format!("/api/v1/reports/{}/files/report.html", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/files/{path}",
            |c| format!("/api/v1/reports/{}/files/report.html", c.frozen_run),
            none,
            [ANON, No(404), Ok, Ok, Ok]
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/zip",
            |c| format!("/api/v1/reports/{}/zip", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/zip",
            |c| format!("/api/v1/reports/{}/zip", c.frozen_run),
            none,
            [ANON, No(404), Ok, Ok, Ok]
        ),
        row!(
            "POST",
            "/api/v1/reports/{id}/verify",
            |c| format!("/api/v1/reports/{}/verify", c.published_run),
            none,
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/reports/{id}/publish",
            |c| format!("/api/v1/reports/{}/publish", c.frozen_run),
            none,
            admin_only
        ),
        row!("GET", "/api/v1/audit", |_| "/api/v1/audit".into(), none, admin_only),
        row!(
            "GET",
            "/api/v1/audit/{id}",
            |_| "/api/v1/audit/1".into(),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{code}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{code}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{code}/finance/lines/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/lines/{}", c.br_line),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/tokens/{id}",
            |c| format!("/api/v1/tokens/{}", c.other_token),
            none,
            [ANON, No(404), No(404), No(404), Ok]
        ),
        row!(
            "POST",
            "/api/v1/auth/logout",
            |_| "/api/v1/auth/logout".into(),
            none,
            all_logged_in
        ),
    ]
}

async fn ctx(app: &TestApp) -> Ctx {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use stratrack::entities::{api_tokens, budget_allocations, finance_actuals, finance_lines, org_units, users};
    let admin2 = users::Entity::find()
        .filter(users::Column::Email.eq("admin2@test.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let token = api_tokens::Entity::find()
        .filter(api_tokens::Column::UserId.eq(admin2.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let br = org_units::Entity::find()
        .filter(org_units::Column::Code.eq("BR"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("BR");
    let br_line = finance_lines::Entity::find()
        .filter(finance_lines::Column::OrgUnitId.eq(br.id))
        .order_by_asc(finance_lines::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a BR line")
        .id;
    let br_actual = finance_actuals::Entity::find()
        .filter(finance_actuals::Column::OrgUnitId.eq(br.id))
        .order_by_asc(finance_actuals::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a BR actual")
        .id;
    let br_allocation = budget_allocations::Entity::find()
        .filter(budget_allocations::Column::OrgUnitId.eq(br.id))
        .order_by_asc(budget_allocations::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a BR allocation")
        .id;
    let (published_run, frozen_run) = (stored_run(app, "published").await, stored_run(app, "frozen").await);
    Ctx {
        published_run,
        frozen_run,
        br_line: i64::from(br_line),
        br_actual: i64::from(br_actual),
        br_allocation: i64::from(br_allocation),
        other_user: i64::from(admin2.id),
        other_token: i64::from(token.id),
    }
}

/// A report run stored directly (rendering the seed's report for every role would cost minutes): the
/// sample input as snapshot, its manifest and its `report.html`.
async fn stored_run(app: &TestApp, status: &str) -> i64 {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    use stratrack::entities::{plans, report_files, report_runs};
    let plan = plans::Entity::find().one(&app.db).await.unwrap().expect("a plan");
    let input = stratrack_reports::fixtures::sample();
    let manifest = stratrack_reports::Manifest::new(&input, &[]);
    let run = report_runs::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(2028),
        status: Set(status.into()),
        created_at: Set(chrono::Utc::now().into()),
        snapshot_id: Set(input.run.snapshot_id.clone()),
        snapshot: Set(serde_json::to_string(&input).unwrap()),
        manifest: Set(serde_json::to_string(&manifest).unwrap()),
        version: Set(1),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    for (path, bytes) in [
        ("report.html", b"<!DOCTYPE html><title>report</title>".to_vec()),
        ("manifest.json", serde_json::to_vec(&manifest).unwrap()),
    ] {
        let f = stratrack_reports::ReportFile::new(path, bytes);
        report_files::ActiveModel {
            run_id: Set(run.id),
            path: Set(f.path),
            sha256: Set(f.sha256),
            size: Set(f.bytes.len() as i64),
            content: Set(f.bytes),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    i64::from(run.id)
}

/// Strings that must never appear in any response: password and token digests.
async fn secrets(app: &TestApp) -> Vec<String> {
    use sea_orm::EntityTrait;
    use stratrack::entities::{api_tokens, sessions, users};
    let mut out: Vec<String> = users::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.password_hash)
        .collect();
    out.extend(
        api_tokens::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.token_hash),
    );
    out.extend(
        sessions::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.token_hash),
    );
    out
}

fn documented_routes(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for m in ["get", "post", "put", "patch", "delete"] {
            if item.get(m).is_some() {
                out.insert((m.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

async fn run(backend: Backend) {
    let probe = TestApp::empty(backend).await;
    let Some(probe) = probe else { return };
    let (_, doc) = probe.call("GET", "/api/openapi.json", None, None).await;
    probe.cleanup().await;
    let table = table();
    let in_table: BTreeSet<(String, String)> = table
        .iter()
        .map(|r| (r.method.to_owned(), r.template.to_owned()))
        .collect();
    let documented = documented_routes(&doc);
    let missing: Vec<_> = documented.difference(&in_table).collect();
    let extra: Vec<_> = in_table.difference(&documented).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the access table: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "rows for routes the server does not document: {extra:?}"
    );

    let roles = ["anonymous", "reviewer", "planner BR", "planner BDT", "admin"];
    let mut failures = BTreeMap::new();
    for (i, role) in roles.iter().enumerate() {
        let app = TestApp::seeded(backend).await.expect("database");
        let c = ctx(&app).await;
        let token = match i {
            0 => None,
            1 => Some(app.tokens.reviewer.clone()),
            2 => Some(app.tokens.planner_br.clone()),
            3 => Some(app.tokens.planner_bdt.clone()),
            _ => Some(app.tokens.admin.clone()),
        };
        for r in &table {
            let path = (r.path)(&c);
            let (status, body) = app.call(r.method, &path, token.as_deref(), (r.body)(&c)).await;
            let got = status.as_u16();
            let ok = match r.expect[i] {
                Ok => got != 401 && got != 403 && got < 500,
                No(code) => got == code,
            };
            if !ok {
                failures.insert(
                    format!("{role:<12} {} {path}", r.method),
                    format!("expected {:?}, got {got}: {body}", r.expect[i]),
                );
            }
            let text = body.to_string();
            for s in secrets(&app).await {
                assert!(
                    !text.contains(&s),
                    "{} {path} as {role} returned a password or token digest",
                    r.method
                );
            }
            assert!(
                !text.contains("$argon2"),
                "{} {path} as {role} returned a password hash",
                r.method
            );
        }
        app.cleanup().await;
    }
    assert!(
        failures.is_empty(),
        "access table mismatches:\n{}",
        failures
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_route_answers_each_role_as_the_access_table_says_on_sqlite() {
    crate::helpers::block_on(run(Backend::Sqlite));
}

#[test]
fn every_route_answers_each_role_as_the_access_table_says_on_postgres() {
    crate::helpers::block_on(run(Backend::Postgres));
}
