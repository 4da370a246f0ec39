//! Applying an uploaded framework workbook, all or nothing: the uploaded tables are compared with the
//! plan's framework as it is now, and every change goes through the use case of its table inside one
//! write transaction (their `_in` forms), so the workbook obeys exactly the rules of the pages and the
//! API, and audits as they do (no second set of checks here). One module a sheet, run in the seed's load
//! order so a row may use what an earlier sheet adds:
//! - [`nodes`]: `result_nodes` changed, added (parents first) and, last of all, retired;
//! - [`contributions`]: `contribution_links`, a node's goal-side links as one set (weights sum to 1);
//! - [`indicators`]: `indicators` changed and added, `milestones` added, changed and removed;
//! - [`mandate_links`]: links added and removed;
//! - [`allocations`]: `budget_allocations` added, changed and removed (the budget rule on the final amounts);
//! - [`risks`]: `risks` changed (fields and linked nodes) and added;
//! - [`translations`]: the plan's, its nodes' and indicators' text in other languages set and cleared.
//!
//! `dimensions` and `mandates` are catalogues shared by all plans: compared only, a difference is
//! refused. Removing an indicator or a risk is refused. Every problem is named by sheet, row and column,
//! and nothing is stored when there is one.
//!
//! A dry run (the default) answers the planned changes, marking those that are framework revisions
//! (a baseline, target, milestone, unit or direction of an indicator with values, see
//! [`crate::models::revisions::REVISED_FIELDS`]); it runs the same writes and rolls them back, so its
//! problems are those a confirmation would meet. A confirmation with the same file applies them; a
//! revision then needs the decision ([`Decision`]). An unchanged workbook changes nothing: no version, no
//! audit row.

use super::read::{cell_name, letter, read};
use super::{Row, Table, export};
use crate::auth::Actor;
use crate::error::{AppError, AppResult, FieldError, Reason, Said};
use crate::fixed::Fixed;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::revisions::Decision;
use crate::models::transactions;
use crate::policy::{Action, authorize};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

mod allocations;
mod contributions;
mod indicators;
mod mandate_links;
mod nodes;
mod risks;
mod translations;

/// How the upload is to be taken.
#[derive(Debug, Clone, Default)]
pub struct Decided {
    /// Apply (else only plan and check, storing nothing).
    pub confirm: bool,
    /// The decision behind the changes that are framework revisions.
    pub decision: Option<Decision>,
}

/// One change the workbook makes.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PlannedChange {
    /// Sheet, e.g. `indicators`.
    pub sheet: String,
    /// Sheet row (the header is row 1); 0 for a row the workbook removed.
    pub row: u32,
    /// The row's key, e.g. `KPI-T1.1` or `KPI-T1.1 2029`.
    pub key: String,
    /// The column changed.
    pub field: String,
    /// The value now (empty: none).
    pub before: String,
    /// The value the workbook sets (empty: none).
    pub after: String,
    /// Whether this change is a framework revision and needs a decision.
    pub revision: bool,
}

/// What an upload did or would do.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Applied {
    /// Whether the changes were stored (a confirmation with at least one change).
    pub applied: bool,
    /// Every change, in sheet and row order.
    pub changes: Vec<PlannedChange>,
    /// Whether a change is a framework revision, so the confirmation needs a decision.
    pub needs_decision: bool,
}

/// Two cells say the same: equal text, or the same number (`0.5` and `0.50`), or the same yes/no.
/// Leading and trailing blanks do not count: the reading trims every cell ([`read`]), so a text stored
/// with a trailing line break (as a form's text area may send it) is the same text read back.
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b
        || matches!((Fixed::parse(a), Fixed::parse(b)), (Ok(x), Ok(y)) if x == y)
        || (a.eq_ignore_ascii_case(b) && matches!(a.to_ascii_lowercase().as_str(), "true" | "false"))
}

/// The problems found, each naming its cell.
#[derive(Default)]
struct Problems(Vec<FieldError>);

impl Problems {
    fn cell(&mut self, t: &Table, line: u32, column: &str, reason: impl Into<Reason>) {
        self.0.push(FieldError::new(
            cell_name(t.name, line, column, &letter(t, column)),
            reason,
        ));
    }

    fn row(&mut self, sheet: &str, line: u32, reason: impl Into<Reason>) {
        self.0
            .push(FieldError::new(format!("sheet {sheet}, row {line}"), reason));
    }

    /// A problem with the whole sheet `sheet` (a row of the download missing from it).
    fn sheet(&mut self, sheet: &str, reason: Said) {
        self.0.push(FieldError::new(format!("sheet {sheet}"), reason));
    }
}

/// What every sheet's planning and applying works in: the upload's transaction, who uploads, the plan.
struct Ctx<'a> {
    txn: &'a DatabaseTransaction,
    actor: &'a Actor,
    plan: &'a Plan,
}

/// One change of `field` of the row `key` at sheet row `line` of `t`, from `before` to `after`.
fn change(t: &Table, line: u32, key: &str, field: &str, before: &str, after: &str) -> PlannedChange {
    PlannedChange {
        sheet: t.name.into(),
        row: line,
        key: key.into(),
        field: field.into(),
        before: before.into(),
        after: after.into(),
        revision: false,
    }
}

/// The rows of `up` of the plan, each with its key (`key`), each key once: a row of another plan or a
/// key already on an earlier row is named and left out.
fn keyed<'t>(p: &mut Problems, plan: &Plan, up: &'t Table, key: impl Fn(&Row) -> String) -> Vec<(String, &'t Row)> {
    let plan_col = up.col("plan_code");
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for r in &up.rows {
        if r.cells[plan_col] != plan.code {
            p.cell(up, r.line, "plan_code", other_plan(&r.cells[plan_col], plan));
            continue;
        }
        let k = key(r);
        if !seen.insert(k.clone()) {
            p.row(up.name, r.line, earlier_row(&k));
            continue;
        }
        out.push((k, r));
    }
    out
}

/// Names the cells of a use case's refusal of the row at `line` of `t` (`column` maps a field the use
/// case names to the sheet's column; other fields name the row); a conflict or a missing record names
/// the row; any other error stops the upload.
fn place(
    p: &mut Problems,
    t: &Table,
    line: u32,
    e: AppError,
    column: impl Fn(&str) -> Option<&'static str>,
) -> AppResult<()> {
    match e {
        AppError::Invalid(fields) => {
            for f in fields {
                let base = f.field.split(['.', '[']).next().unwrap_or(&f.field);
                match column(base) {
                    Some(c) => p.cell(t, line, c, f.into_reason()),
                    None => {
                        let field = f.field.clone();
                        p.row(t.name, line, f.into_reason().labelled(&field));
                    }
                }
            }
            Ok(())
        }
        AppError::Conflict(m) | AppError::PreconditionFailed(m) | AppError::Locked(m) => {
            p.row(t.name, line, m);
            Ok(())
        }
        AppError::NotFound(what) => {
            p.row(t.name, line, what);
            Ok(())
        }
        other => Err(other),
    }
}

/// "is `X`, not the plan P": a row of another plan.
fn other_plan(value: &str, plan: &Plan) -> Said {
    Said::new(
        "said-wb-other-plan",
        [("value", value.into()), ("plan", (&plan.code).into())],
    )
}

/// "`K` is on an earlier row too": a row's key given twice.
fn earlier_row(key: &str) -> Said {
    Said::new("said-wb-earlier-row", [("key", key.into())])
}

/// "removing `what`: why" (`key` says which: removing, clearing): the use case refused to take away
/// what the workbook no longer has.
fn removing(key: &'static str, what: &str, e: &AppError) -> Said {
    Said::new(key, [("what", what.into()), ("why", e.said_arg())])
}

/// "is kept as loaded: the workbook does not change it": a cell the workbook only shows.
fn kept() -> Said {
    Said::new("said-wb-kept", [])
}

/// A whole number in cell `column` of row `line`, or the problem naming it.
fn whole(p: &mut Problems, t: &Table, line: u32, column: &str, v: &str) -> Option<i32> {
    match v.parse::<i32>() {
        Ok(n) => Some(n),
        Err(_) => {
            p.cell(t, line, column, Said::new("said-wb-not-whole", [("value", v.into())]));
            None
        }
    }
}

/// Reads, plans and (when confirmed) applies the workbook `bytes` to plan `plan` (admin only).
pub async fn upload(
    db: &DatabaseConnection,
    actor: &Actor,
    plan: &str,
    bytes: &[u8],
    decided: Decided,
) -> AppResult<Applied> {
    authorize(actor, Action::Administer)?;
    let uploaded = read(bytes).map_err(AppError::Invalid)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let current = export::tables(&txn, &plan).await?;
    let mut p = Problems::default();
    let mut changes = Vec::new();
    let cx = Ctx {
        txn: &txn,
        actor,
        plan: &plan,
    };
    // Sheet by sheet in the seed's load order, so a row may use what an earlier sheet adds (a new
    // node's indicator, risk or allocation). Each sheet's changes run as they are found; only the
    // indicators' and milestones' wait for the decision their revisions need.
    let mut needs_decision = false;
    let mut retired = Vec::new();
    for (up, now) in uploaded.iter().zip(&current) {
        match up.name {
            "result_nodes" => retired = nodes::apply(&cx, &mut p, up, now, &mut changes).await?,
            "contribution_links" => contributions::apply(&cx, &mut p, up, now, &mut changes).await?,
            "indicators" => {}
            "milestones" => {
                let ind = (&uploaded[3], &current[3]);
                needs_decision =
                    indicators::indicators_and_milestones(&cx, &mut p, ind, (up, now), &decided, &mut changes).await?;
            }
            "mandate_links" => mandate_links::apply(&cx, &mut p, up, now, &mut changes).await?,
            "budget_allocations" => allocations::apply(&cx, &mut p, up, now, &mut changes).await?,
            "risks" => risks::apply(&cx, &mut p, up, now, &mut changes).await?,
            "translations" => translations::apply(&cx, &mut p, up, now, &mut changes).await?,
            _ => compare_only(&mut p, up, now),
        }
    }
    nodes::retire(&cx, &mut p, retired).await?;
    if p.0.is_empty() && changes.is_empty() {
        txn.rollback().await?;
        return Ok(Applied {
            applied: false,
            changes,
            needs_decision,
        });
    }
    if !p.0.is_empty() {
        txn.rollback().await?;
        return Err(AppError::Invalid(p.0));
    }
    if decided.confirm {
        transactions::commit(txn, turn).await?;
    } else {
        txn.rollback().await?;
    }
    Ok(Applied {
        applied: decided.confirm,
        changes,
        needs_decision,
    })
}

/// A catalogue shared by all plans (`dimensions`, `mandates`): the workbook of one plan does not change
/// it, so any row added, removed or changed is named.
fn compare_only(p: &mut Problems, up: &Table, now: &Table) {
    let mut left: Vec<&Row> = now.rows.iter().collect();
    for r in &up.rows {
        match left
            .iter()
            .position(|n| n.cells.iter().zip(&r.cells).all(|(a, b)| same(a, b)))
        {
            Some(i) => {
                left.swap_remove(i);
            }
            None => p.row(
                up.name,
                r.line,
                Said::new("said-wb-catalogue-differs", [("sheet", up.name.into())]),
            ),
        }
    }
    for n in left {
        p.sheet(
            up.name,
            Said::new(
                "said-wb-catalogue-row-missing",
                [
                    (
                        "row",
                        n.cells.iter().take(4).cloned().collect::<Vec<_>>().join(",").into(),
                    ),
                    ("sheet", up.name.into()),
                ],
            ),
        );
    }
}

/// The decision typed into a form or sent as multipart fields (`decided_on`, `deciding_body`,
/// `reference`, `reason_category`, `justification`): none when every field is empty, else the
/// decision, or the problem with its date. Its other parts are checked by the use cases.
pub fn decision_from(fields: &HashMap<String, String>) -> AppResult<Option<Decision>> {
    let get = |k: &str| fields.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    const NAMES: [&str; 5] = [
        "decided_on",
        "deciding_body",
        "reference",
        "reason_category",
        "justification",
    ];
    if NAMES.iter().all(|k| get(k).is_empty()) {
        return Ok(None);
    }
    let decided_on = chrono::NaiveDate::parse_from_str(&get("decided_on"), "%Y-%m-%d").map_err(|_| {
        AppError::field(
            "revision.decided_on",
            crate::error::Said::new("said-wb-not-a-date", [("value", get("decided_on").into())]),
        )
    })?;
    Ok(Some(Decision {
        decided_on,
        deciding_body: get("deciding_body"),
        reference: get("reference"),
        reason_category: get("reason_category"),
        justification: get("justification"),
    }))
}
