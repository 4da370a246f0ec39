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
    /// An indicator owned by BR.
    pub br_indicator: String,
    /// An approved headline value of a BR indicator.
    pub br_value: i64,
    /// A submitted value waiting for approval (seeded, entered by nobody).
    pub submitted: i64,
    /// A contribution link id.
    pub link: i64,
    /// BR's operational plan.
    pub br_op_plan: i64,
    /// An item of BR's operational plan.
    pub br_item: i64,
    /// A question from Council assigned to BR.
    pub br_question: i64,
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
        row!("GET", "/metrics", |_| "/metrics".into(), none, admin_only),
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
            "PATCH",
            "/api/v1/auth/me",
            |_| "/api/v1/auth/me".into(),
            |_| Some(json!({"language": "fr"})),
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
            "/api/v1/plans/{plan}",
            |_| "/api/v1/plans/SP2028-2031".into(),
            none,
            all_logged_in
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}",
            |_| "/api/v1/plans/SP2028-2031".into(),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/clone",
            |_| "/api/v1/plans/SP2028-2031/clone".into(),
            none,
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/adopt",
            |_| "/api/v1/plans/SP2028-2031/adopt".into(),
            |_| Some(json!({})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/tree",
            |_| "/api/v1/plans/SP2028-2031/tree?year=2028".into(),
            none,
            all_logged_in
        ),
        // Approved values only: every role that reads the plan may export it (reviewers included).
        row!(
            "GET",
            "/api/v1/plans/{plan}/iati",
            |_| "/api/v1/plans/SP2028-2031/iati?year=2028".into(),
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
            "/api/v1/plans/{plan}/finance/lines",
            |_| "/api/v1/plans/SP2028-2031/finance/lines".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/lines/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/lines/{}", c.br_line),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/finance/lines",
            |_| "/api/v1/plans/SP2028-2031/finance/lines".into(),
            |_| Some(json!({"unit": "BR"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/finance/lines/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/lines/{}", c.br_line),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/actuals",
            |_| "/api/v1/plans/SP2028-2031/finance/actuals".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/finance/actuals",
            |_| "/api/v1/plans/SP2028-2031/finance/actuals".into(),
            |_| Some(
                json!({"unit": "BR", "biennium": "2028-2029", "year": 2029, "kind": "expense", "category": "staff", "amount": "1"})
            ),
            unit_br
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            |_| Some(json!({"version": 999})),
            unit_br
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/allocations",
            |_| "/api/v1/plans/SP2028-2031/finance/allocations".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/finance/allocations",
            |_| "/api/v1/plans/SP2028-2031/finance/allocations".into(),
            |_| Some(json!({"unit": "BR"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/adopted-totals",
            |_| "/api/v1/plans/SP2028-2031/finance/adopted-totals".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/finance/adopted-totals/{biennium}",
            |_| "/api/v1/plans/SP2028-2031/finance/adopted-totals/2028-2029".into(),
            |_| Some(json!({"version": 999, "revenue": "1", "expense": "1"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/reconciliation",
            |_| "/api/v1/plans/SP2028-2031/finance/reconciliation?year=2028".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/finance/cost",
            |_| "/api/v1/plans/SP2028-2031/finance/cost?year=2028".into(),
            none,
            all_logged_in
        ),
        // The results framework: everyone reads, the Secretary-General's office changes it.
        row!(
            "GET",
            "/api/v1/dimensions",
            |_| "/api/v1/dimensions".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/mandates",
            |_| "/api/v1/mandates".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/status",
            |_| "/api/v1/plans/SP2028-2031/status?year=2028".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/compare",
            |_| "/api/v1/plans/SP2028-2031/compare?a=2028&b=2029&goal=G1&change=worsened".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/cycle",
            |_| "/api/v1/plans/SP2028-2031/cycle?class=carried_over&goal=G1".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/revisions",
            |_| "/api/v1/plans/SP2028-2031/revisions".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/framework.xlsx",
            |_| "/api/v1/plans/SP2028-2031/framework.xlsx".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/framework.zip",
            |_| "/api/v1/plans/SP2028-2031/framework.zip".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/framework",
            |_| "/api/v1/plans/SP2028-2031/framework".into(),
            none,
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/nodes",
            |_| "/api/v1/plans/SP2028-2031/nodes".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/nodes/{code}",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/nodes/{code}/rollup",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/rollup?year=2028".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/nodes/{code}/mandates",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/mandates".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/nodes",
            |_| "/api/v1/plans/SP2028-2031/nodes".into(),
            |_| Some(json!({"code": "X-NEW", "level": "goal", "name": "New goal"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/nodes/{code}",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1".into(),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/nodes/{code}/mandates",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/mandates".into(),
            |_| Some(json!({"vocabulary": "sdg", "code": "9.c"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/translations",
            |_| "/api/v1/plans/SP2028-2031/translations".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/translations/{lang}",
            |_| "/api/v1/plans/SP2028-2031/translations/fr".into(),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/nodes/{code}/translations",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/translations".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/nodes/{code}/translations/{lang}",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/translations/fr".into(),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/indicators/{code}/translations",
            |c| format!("/api/v1/plans/SP2028-2031/indicators/{}/translations", c.br_indicator),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/indicators/{code}/translations/{lang}",
            |c| format!(
                "/api/v1/plans/SP2028-2031/indicators/{}/translations/fr",
                c.br_indicator
            ),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/units/{unit}/translations",
            |_| "/api/v1/units/BR/translations".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/units/{unit}/translations/{lang}",
            |_| "/api/v1/units/BR/translations/fr".into(),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/dimensions/{dimension}/translations",
            |_| "/api/v1/dimensions/sex/translations".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/dimensions/{dimension}/translations/{lang}",
            |_| "/api/v1/dimensions/sex/translations/fr".into(),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/dimensions/{dimension}/values/{value}/translations",
            |_| "/api/v1/dimensions/sex/values/female/translations".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/dimensions/{dimension}/values/{value}/translations/{lang}",
            |_| "/api/v1/dimensions/sex/values/female/translations/fr".into(),
            |_| Some(json!({"name": "Nom"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/contributions",
            |_| "/api/v1/plans/SP2028-2031/contributions".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/contributions/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/contributions/{}", c.link),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/contributions",
            |_| "/api/v1/plans/SP2028-2031/contributions".into(),
            |_| Some(json!({"from": "TP-R1", "to": "G1"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/contributions/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/contributions/{}", c.link),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/indicators",
            |_| "/api/v1/plans/SP2028-2031/indicators?year=2028".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/indicators/{code}",
            |c| format!("/api/v1/plans/SP2028-2031/indicators/{}", c.br_indicator),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/indicators/{code}/mandates",
            |c| format!("/api/v1/plans/SP2028-2031/indicators/{}/mandates", c.br_indicator),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/indicators",
            |_| "/api/v1/plans/SP2028-2031/indicators".into(),
            |_| Some(json!({"code": "X-NEW", "node": "G1", "name": "New", "unit": "percent", "direction": "increase"})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/indicators/{code}",
            |c| format!("/api/v1/plans/SP2028-2031/indicators/{}", c.br_indicator),
            |_| Some(json!({"version": 999})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/indicators/{code}/mandates",
            |c| format!("/api/v1/plans/SP2028-2031/indicators/{}/mandates", c.br_indicator),
            |_| Some(json!({"vocabulary": "sdg", "code": "9.c"})),
            admin_only
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}",
            |c| format!(
                "/api/v1/plans/SP2028-2031/indicators/{}/milestones/2029",
                c.br_indicator
            ),
            |_| Some(json!({"version": 999, "value": "1"})),
            admin_only
        ),
        // Measurements: the owning unit (BR) enters and submits; the office approves, never its own.
        row!(
            "GET",
            "/api/v1/plans/{plan}/periods",
            |_| "/api/v1/plans/SP2028-2031/periods".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/measurements",
            |_| "/api/v1/measurements?plan=SP2028-2031".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/measurements/{id}",
            |c| format!("/api/v1/measurements/{}", c.br_value),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/measurements/{id}/history",
            |c| format!("/api/v1/measurements/{}/history", c.br_value),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/exports/measurements",
            |_| "/api/v1/exports/measurements?plan=SP2028-2031".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/measurements",
            |_| "/api/v1/measurements".into(),
            |c| Some(json!({"plan_code": "SP2028-2031", "indicator_code": c.br_indicator, "year": 2029, "value": "1"})),
            unit_br
        ),
        row!(
            "PATCH",
            "/api/v1/measurements/{id}",
            |c| format!("/api/v1/measurements/{}", c.br_value),
            |_| Some(json!({"version": 999})),
            unit_br
        ),
        row!(
            "POST",
            "/api/v1/measurements/{id}/submit",
            |c| format!("/api/v1/measurements/{}/submit", c.br_value),
            none,
            unit_br
        ),
        row!(
            "POST",
            "/api/v1/measurements/{id}/revise",
            |c| format!("/api/v1/measurements/{}/revise", c.br_value),
            |_| Some(json!({"value": "1"})),
            unit_br
        ),
        row!(
            "POST",
            "/api/v1/measurements/{id}/return",
            |c| format!("/api/v1/measurements/{}/return", c.submitted),
            |_| Some(json!({"note": "check the source"})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/measurements/{id}/approve",
            |c| format!("/api/v1/measurements/{}/approve", c.submitted),
            none,
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/imports/measurements",
            |_| "/api/v1/imports/measurements?plan=SP2028-2031".into(),
            none,
            [ANON, FORBID, Ok, Ok, Ok]
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/periods/{year}/lock",
            |_| "/api/v1/plans/SP2028-2031/periods/2031/lock".into(),
            |_| Some(json!({"note": "closing"})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/periods/{year}/unlock",
            |_| "/api/v1/plans/SP2028-2031/periods/2031/unlock".into(),
            |_| Some(json!({"note": "reopening"})),
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/periods/{year}/exceptions",
            |_| "/api/v1/plans/SP2028-2031/periods/2031/exceptions".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/periods/{year}/exceptions",
            |_| "/api/v1/plans/SP2028-2031/periods/2031/exceptions".into(),
            |_| Some(json!({"unit": "BR", "until": "2099-01-01T00:00:00Z", "note": "late data"})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/periods/{year}/exceptions/{id}/revoke",
            |_| "/api/v1/plans/SP2028-2031/periods/2031/exceptions/1/revoke".into(),
            |_| Some(json!({"note": "ended early"})),
            admin_only
        ),
        // The collection of a year: dates are no secret; the office sets them; the board counts drafts
        // and returns, which reviewers (approved data only) do not see.
        row!(
            "GET",
            "/api/v1/plans/{plan}/years/{year}/collection",
            |_| "/api/v1/plans/SP2028-2031/years/2029/collection".into(),
            none,
            all_logged_in
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/years/{year}/collection",
            |_| "/api/v1/plans/SP2028-2031/years/2029/collection".into(),
            |_| Some(json!({"opens_on": "2030-01-15", "due_on": "2030-02-28"})),
            admin_only
        ),
        row!(
            "PUT",
            "/api/v1/plans/{plan}/years/{year}/collection/units/{unit}",
            |_| "/api/v1/plans/SP2028-2031/years/2029/collection/units/BR".into(),
            |_| Some(json!({"opens_on": "2030-01-15", "due_on": "2030-03-31"})),
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/years/{year}/collection/units/{unit}",
            |_| "/api/v1/plans/SP2028-2031/years/2029/collection/units/BR".into(),
            none,
            admin_only
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/years/{year}/completeness",
            |_| "/api/v1/plans/SP2028-2031/years/2029/completeness".into(),
            none,
            [ANON, FORBID, Ok, Ok, Ok]
        ),
        // Operational plans: each unit writes the items of its own plan.
        row!(
            "GET",
            "/api/v1/plans/{plan}/operational-plans",
            |_| "/api/v1/plans/SP2028-2031/operational-plans".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/operational-plans/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/operational-plans/{}", c.br_op_plan),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/operational-items",
            |_| "/api/v1/operational-items".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/operational-items/{id}",
            |c| format!("/api/v1/operational-items/{}", c.br_item),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/operational-items",
            |_| "/api/v1/operational-items".into(),
            |c| Some(json!({"operational_plan_id": c.br_op_plan})),
            unit_br
        ),
        row!(
            "PATCH",
            "/api/v1/operational-items/{id}",
            |c| format!("/api/v1/operational-items/{}", c.br_item),
            |_| Some(json!({"version": 999})),
            unit_br
        ),
        // Risks: the register is the Secretary-General's office's; the owner unit (BR for RSK-01) follows up.
        row!(
            "GET",
            "/api/v1/plans/{plan}/risks",
            |_| "/api/v1/plans/SP2028-2031/risks".into(),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/plans/{plan}/risks/{risk}",
            |_| "/api/v1/plans/SP2028-2031/risks/RSK-01".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/risks",
            |_| "/api/v1/plans/SP2028-2031/risks".into(),
            |_| Some(json!({})),
            admin_only
        ),
        row!(
            "PATCH",
            "/api/v1/plans/{plan}/risks/{risk}",
            |_| "/api/v1/plans/SP2028-2031/risks/RSK-01".into(),
            |_| Some(json!({"version": 999, "status": "mitigating"})),
            unit_br
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/risks/{risk}/links",
            |_| "/api/v1/plans/SP2028-2031/risks/RSK-01/links".into(),
            |_| Some(json!({"node": "G1"})),
            admin_only
        ),
        // Questions from Council: everyone reads; reviewers and the office ask (the empty body stops at
        // validation); the office, or the planner of the unit the question is assigned to (BR), replies;
        // the office assigns and marks. The stale version stops every allowed write at 409.
        row!(
            "GET",
            "/api/v1/plans/{plan}/questions",
            |_| "/api/v1/plans/SP2028-2031/questions".into(),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/plans/{plan}/questions",
            |_| "/api/v1/plans/SP2028-2031/questions".into(),
            |_| Some(json!({})),
            [ANON, Ok, FORBID, FORBID, Ok]
        ),
        row!(
            "GET",
            "/api/v1/questions/{id}",
            |c| format!("/api/v1/questions/{}", c.br_question),
            none,
            all_logged_in
        ),
        row!(
            "POST",
            "/api/v1/questions/{id}/replies",
            |c| format!("/api/v1/questions/{}/replies", c.br_question),
            |_| Some(json!({"version": 999, "body": "A reply."})),
            unit_br
        ),
        row!(
            "POST",
            "/api/v1/questions/{id}/assign",
            |c| format!("/api/v1/questions/{}/assign", c.br_question),
            |_| Some(json!({"version": 999, "unit": "BDT"})),
            admin_only
        ),
        row!(
            "POST",
            "/api/v1/questions/{id}/status",
            |c| format!("/api/v1/questions/{}/status", c.br_question),
            |_| Some(json!({"version": 999, "status": "answered"})),
            admin_only
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
        // The four-year assessment is frozen through the same route (`kind`), by the office only.
        row!(
            "POST",
            "/api/v1/reports",
            |_| "/api/v1/reports".into(),
            |_| Some(json!({"plan": "NOPE", "kind": "assessment"})),
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
        // One language of a run: the same access as the run's own files and zip.
        row!(
            "GET",
            "/api/v1/reports/{id}/languages/{lang}/files/{path}",
            |c| format!("/api/v1/reports/{}/languages/ar/files/report.html", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/languages/{lang}/files/{path}",
            |c| format!("/api/v1/reports/{}/languages/en/files/report.html", c.frozen_run),
            none,
            [ANON, No(404), Ok, Ok, Ok]
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/languages/{lang}/zip",
            |c| format!("/api/v1/reports/{}/languages/ar/zip", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/languages/{lang}/zip",
            |c| format!("/api/v1/reports/{}/languages/ar/zip", c.frozen_run),
            none,
            [ANON, No(404), Ok, Ok, Ok]
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/restatements",
            |c| format!("/api/v1/reports/{}/restatements", c.published_run),
            none,
            all_logged_in
        ),
        row!(
            "GET",
            "/api/v1/reports/{id}/restatements",
            |c| format!("/api/v1/reports/{}/restatements", c.frozen_run),
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
        // Destructive calls come last.
        row!(
            "DELETE",
            "/api/v1/measurements/{id}",
            |c| format!("/api/v1/measurements/{}", c.br_value),
            none,
            unit_br
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}",
            |c| format!(
                "/api/v1/plans/SP2028-2031/indicators/{}/milestones/2029",
                c.br_indicator
            ),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}",
            |c| format!(
                "/api/v1/plans/SP2028-2031/indicators/{}/mandates/sdg/9.c",
                c.br_indicator
            ),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1/mandates/resolution/71".into(),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/contributions/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/contributions/{}", c.link),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/nodes/{code}",
            |_| "/api/v1/plans/SP2028-2031/nodes/G1".into(),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/operational-items/{id}",
            |c| format!("/api/v1/operational-items/{}", c.br_item),
            none,
            unit_br
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/risks/{risk}/links/{node}",
            |_| "/api/v1/plans/SP2028-2031/risks/RSK-01/links/EN-2".into(),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/risks/{risk}",
            |_| "/api/v1/plans/SP2028-2031/risks/RSK-01".into(),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/finance/actuals/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/actuals/{}", c.br_actual),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/finance/allocations/{id}",
            |c| format!("/api/v1/plans/SP2028-2031/finance/allocations/{}", c.br_allocation),
            none,
            admin_only
        ),
        row!(
            "DELETE",
            "/api/v1/plans/{plan}/finance/lines/{id}",
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
        row!(
            "POST",
            "/api/v1/plans/{plan}/close",
            |_| "/api/v1/plans/SP2028-2031/close".into(),
            |_| Some(json!({})),
            admin_only
        ),
    ]
}

async fn ctx(app: &TestApp) -> Ctx {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use stratrack::entities::{
        api_tokens, budget_allocations, contribution_links, finance_actuals, finance_lines, indicators, measurements,
        operational_items, operational_plans, org_units, plans, users,
    };
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
    let br_op_plan = operational_plans::Entity::find()
        .filter(operational_plans::Column::OrgUnitId.eq(br.id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("BR operational plan")
        .id;
    let br_item = operational_items::Entity::find()
        .filter(operational_items::Column::OperationalPlanId.eq(br_op_plan))
        .order_by_asc(operational_items::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a BR item")
        .id;
    let plan = plans::Entity::find()
        .filter(plans::Column::Code.eq("SP2028-2031"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("plan");
    let br_indicator = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .filter(indicators::Column::OwnerUnitId.eq(br.id))
        .order_by_asc(indicators::Column::Code)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a BR indicator")
        .code;
    let br_value = measurements::Entity::find()
        .filter(measurements::Column::State.eq("approved"))
        .filter(measurements::Column::Disaggregation.eq(""))
        .filter(
            measurements::Column::IndicatorId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(indicators::Column::Id)
                    .from(indicators::Entity)
                    .and_where(indicators::Column::OwnerUnitId.eq(br.id))
                    .and_where(indicators::Column::PlanId.eq(plan.id))
                    .to_owned(),
            ),
        )
        .order_by_asc(measurements::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("an approved BR value")
        .id;
    let submitted = measurements::Entity::find()
        .filter(measurements::Column::State.eq("submitted"))
        .order_by_asc(measurements::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a submitted value")
        .id;
    let link = contribution_links::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("a link")
        .id;
    let (published_run, frozen_run) = (stored_run(app, "published").await, stored_run(app, "frozen").await);
    let br_question = stored_question(app, plan.id, br.id).await;
    Ctx {
        br_question,
        published_run,
        frozen_run,
        br_value: i64::from(br_value),
        submitted: i64::from(submitted),
        br_indicator,
        link: i64::from(link),
        br_op_plan: i64::from(br_op_plan),
        br_item: i64::from(br_item),
        br_line: i64::from(br_line),
        br_actual: i64::from(br_actual),
        br_allocation: i64::from(br_allocation),
        other_user: i64::from(admin2.id),
        other_token: i64::from(token.id),
    }
}

/// A question from Council about the finance section, assigned to BR, stored directly.
async fn stored_question(app: &TestApp, plan: i32, br: i32) -> i64 {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    use stratrack::entities::question_threads;
    let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
    let t = question_threads::ActiveModel {
        plan_id: Set(plan),
        subject_kind: Set("section".into()),
        subject: Set("finance".into()),
        run_id: Set(None),
        title: Set("Why did BR spend less?".into()),
        asked_by: Set(None),
        assigned_unit_id: Set(Some(br)),
        status: Set("open".into()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    i64::from(t.id)
}

/// A report run stored directly (rendering the seed's report for every role would cost minutes): the
/// sample input as snapshot, its manifest and its `report.html`, in English at the root and in Arabic
/// under `ar/`.
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
        languages: Set("en,ar".into()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    for (path, bytes) in [
        ("report.html", b"<!DOCTYPE html><title>report</title>".to_vec()),
        ("manifest.json", serde_json::to_vec(&manifest).unwrap()),
        ("ar/report.html", b"<!DOCTYPE html><title>report</title>".to_vec()),
        ("ar/manifest.json", serde_json::to_vec(&manifest).unwrap()),
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
