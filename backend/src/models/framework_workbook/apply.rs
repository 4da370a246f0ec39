//! Applying an uploaded framework workbook, all or nothing: the uploaded tables are compared with the
//! plan's framework as it is now, every changed indicator goes through [`indicators::update_in`] and
//! every changed milestone through [`indicators::put_milestone_in`] / [`indicators::delete_milestone_in`]
//! inside one write transaction, so the workbook obeys exactly the rules of the indicator doors (no
//! second set of checks here). Every problem is named by sheet, row and column, and nothing is stored
//! when there is one.
//!
//! A dry run (the default) answers the planned changes, marking those that are framework revisions
//! (a baseline, target, milestone, unit or direction of an indicator with values, see
//! [`revisions::REVISED_FIELDS`]); it runs the same writes and rolls them back, so its problems are
//! those a confirmation would meet. A confirmation with the same file applies them; a revision then
//! needs the decision ([`Decision`]). An unchanged workbook changes nothing: no version, no audit row.
//!
//! The other sheets (nodes, links, dimensions, mandates and their links, allocations, risks) are read
//! and compared; a change there is refused, naming its row, until their use cases can run inside this
//! transaction (they are changed on their own pages and routes meanwhile).

use super::read::{cell_name, letter, read};
use super::{Row, Table, export};

mod allocations;
mod contributions;
mod risks;
use crate::auth::Actor;
use crate::error::{AppError, AppResult, FieldError};
use crate::fixed::{Fixed, parse_number};
use crate::models::indicators::{
    self, DeleteMilestone, PredecessorInput, PutMilestone, UpdateIndicator, has_measurements, split_tags,
};
use crate::models::patching::Claim;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::revisions::{self, Decision};
use crate::models::transactions;
use crate::policy::{Action, authorize};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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
fn same(a: &str, b: &str) -> bool {
    a == b
        || matches!((Fixed::parse(a), Fixed::parse(b)), (Ok(x), Ok(y)) if x == y)
        || (a.eq_ignore_ascii_case(b) && matches!(a.to_ascii_lowercase().as_str(), "true" | "false"))
}

/// The problems found, each naming its cell.
#[derive(Default)]
struct Problems(Vec<FieldError>);

impl Problems {
    fn cell(&mut self, t: &Table, line: u32, column: &str, reason: impl Into<String>) {
        self.0.push(FieldError {
            field: cell_name(t.name, line, column, &letter(t, column)),
            reason: reason.into(),
        });
    }

    fn row(&mut self, sheet: &str, line: u32, reason: impl Into<String>) {
        self.0.push(FieldError {
            field: format!("sheet {sheet}, row {line}"),
            reason: reason.into(),
        });
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
            p.cell(
                up,
                r.line,
                "plan_code",
                format!("is `{}`, not the plan {}", r.cells[plan_col], plan.code),
            );
            continue;
        }
        let k = key(r);
        if !seen.insert(k.clone()) {
            p.row(up.name, r.line, format!("`{k}` is on an earlier row too"));
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
                    Some(c) => p.cell(t, line, c, f.reason),
                    None => p.row(t.name, line, format!("{}: {}", f.field, f.reason)),
                }
            }
            Ok(())
        }
        AppError::Conflict(m) | AppError::NotFound(m) | AppError::PreconditionFailed(m) | AppError::Locked(m) => {
            p.row(t.name, line, m);
            Ok(())
        }
        other => Err(other),
    }
}

/// A whole number in cell `column` of row `line`, or the problem naming it.
fn whole(p: &mut Problems, t: &Table, line: u32, column: &str, v: &str) -> Option<i32> {
    match v.parse::<i32>() {
        Ok(n) => Some(n),
        Err(_) => {
            p.cell(t, line, column, format!("`{v}` is not a whole number"));
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
    for (up, now) in uploaded.iter().zip(&current) {
        match up.name {
            "contribution_links" => contributions::apply(&cx, &mut p, up, now, &mut changes).await?,
            "budget_allocations" => allocations::apply(&cx, &mut p, up, now, &mut changes).await?,
            "risks" => risks::apply(&cx, &mut p, up, now, &mut changes).await?,
            "indicators" => {}
            "milestones" => {
                needs_decision = indicators_and_milestones(&cx, &mut p, (&uploaded[3], &current[3]), (up, now), &decided, &mut changes).await?;
            }
            _ => compare_only(&mut p, &plan, up, now),
        }
    }
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

/// Plans the changes of the indicators and milestones sheets (`ind` and `ms`: uploaded and current),
/// then applies them with the decision their revisions need; answers whether one is a revision.
/// Problems found while planning do not stop here: the use cases still check every changed row, so
/// one answer names every bad cell. Without a decision yet (a dry run, or a confirmation that lacks
/// one), a stand-in lets them run to the end; nothing of such a run is committed.
async fn indicators_and_milestones(
    cx: &Ctx<'_>,
    p: &mut Problems,
    (ind_up, ind_now): (&Table, &Table),
    (ms_up, ms_now): (&Table, &Table),
    decided: &Decided,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<bool> {
    let (txn, actor, plan) = (cx.txn, cx.actor, cx.plan);
    let from = changes.len();
    let ind_plan = plan_indicators(txn, p, plan, ind_up, ind_now, changes).await?;
    let ms_plan = plan_milestones(txn, p, plan, ms_up, ms_now, changes).await?;
    let needs_decision = changes[from..].iter().any(|c| c.revision);
    let decision = match (&decided.decision, decided.confirm) {
        (Some(d), _) => Some(d.clone()),
        (None, true) if needs_decision => {
            p.0.push(FieldError {
                field: "revision".into(),
                reason: "the workbook changes a baseline, target, milestone, unit or direction of an indicator with \
                         values: give the decision (decided_on, deciding_body, reference, reason_category, justification)"
                    .into(),
            });
            Some(stand_in())
        }
        (None, true) => None,
        (None, false) => Some(stand_in()),
    };
    for (line, code, mut b, revised) in ind_plan {
        if revised {
            b.revision = decision.clone();
        }
        if let Err(e) = indicators::update_in(txn, actor, plan, &code, None, &b).await {
            place_indicator_error(p, ind_up, line, e)?;
        }
    }
    for op in ms_plan {
        let (line, code, year) = (op.line, op.code.as_str(), op.year);
        let revision = if op.revised { decision.clone() } else { None };
        let result = match op.value {
            Some(value) => {
                let b = PutMilestone {
                    value,
                    version: None,
                    revision,
                };
                indicators::put_milestone_in(txn, actor, (plan, code, year), None, &b)
                    .await
                    .map(|_| ())
            }
            None => {
                let b = DeleteMilestone { revision };
                indicators::delete_milestone_in(txn, actor, (plan, code, year), &Claim::default(), &b).await
            }
        };
        if let Err(e) = result {
            place_milestone_error(p, ms_up, line, e)?;
        }
    }
    Ok(needs_decision)
}

fn stand_in() -> Decision {
    Decision {
        decided_on: chrono::Utc::now().date_naive(),
        deciding_body: "dry run".into(),
        reference: "dry run".into(),
        reason_category: "other".into(),
        justification: "dry run".into(),
    }
}

/// A sheet whose changes the workbook does not apply: any row added, removed or changed is named.
fn compare_only(p: &mut Problems, plan: &Plan, up: &Table, now: &Table) {
    let plan_col = up.columns.iter().position(|c| *c == "plan_code");
    let mut left: Vec<&Row> = now.rows.iter().collect();
    for r in &up.rows {
        if let Some(i) = plan_col
            && r.cells[i] != plan.code
        {
            p.cell(
                up,
                r.line,
                "plan_code",
                format!("is `{}`, not the plan {}", r.cells[i], plan.code),
            );
            continue;
        }
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
                format!(
                    "differs from the plan's {}: the workbook applies changes to indicators and milestones only; \
                     change this row on its page, or download the workbook again",
                    up.name
                ),
            ),
        }
    }
    for n in left {
        p.0.push(FieldError {
            field: format!("sheet {}", up.name),
            reason: format!(
                "the row `{}` is missing: the workbook does not remove {} rows",
                n.cells.iter().take(4).cloned().collect::<Vec<_>>().join(","),
                up.name
            ),
        });
    }
}

/// The change of one indicator: its sheet row, code, the fields to change, and whether a revised
/// field of an indicator with values changes.
type IndicatorPlan = (u32, String, UpdateIndicator, bool);

fn empty_update() -> UpdateIndicator {
    UpdateIndicator {
        version: None,
        node: None,
        name: None,
        definition: None,
        unit: None,
        direction: None,
        aggregation: None,
        baseline_value: None,
        baseline_year: None,
        target_value: None,
        target_year: None,
        data_source: None,
        frequency: None,
        owner_unit: None,
        is_key: None,
        sdg_tags: None,
        wsis_tags: None,
        dimensions: None,
        predecessor: None,
        reference_sheet: None,
        revision: None,
    }
}

/// Compares the indicators sheet with the plan's indicators and builds each changed one's update.
async fn plan_indicators(
    txn: &DatabaseTransaction,
    p: &mut Problems,
    plan: &Plan,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<Vec<IndicatorPlan>> {
    let code_col = up.col("code");
    let current: HashMap<&str, &Row> = now.rows.iter().map(|r| (r.cells[code_col].as_str(), r)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for r in &up.rows {
        let code = r.cells[code_col].clone();
        let at = |c: &str| r.cells[up.col(c)].as_str();
        if at("plan_code") != plan.code {
            p.cell(
                up,
                r.line,
                "plan_code",
                format!("is `{}`, not the plan {}", at("plan_code"), plan.code),
            );
            continue;
        }
        if !seen.insert(code.clone()) {
            p.cell(up, r.line, "code", format!("indicator {code} is on an earlier row too"));
            continue;
        }
        let Some(old) = current.get(code.as_str()) else {
            p.cell(
                up,
                r.line,
                "code",
                format!(
                    "plan {} has no indicator `{code}`: the workbook does not add indicators",
                    plan.code
                ),
            );
            continue;
        };
        let was = |c: &str| old.cells[now.col(c)].as_str();
        let changed: Vec<&str> = up.columns.iter().copied().filter(|c| !same(at(c), was(c))).collect();
        if changed.is_empty() {
            continue;
        }
        let ind = indicators::by_code(txn, plan.id, &code)
            .await?
            .ok_or_else(|| AppError::Internal(format!("indicator {code} vanished")))?;
        let has_values = has_measurements(txn, ind.id).await?;
        let mut b = empty_update();
        let mut revised = false;
        for c in &changed {
            let v = at(c);
            let revision = has_values && revisions::REVISED_FIELDS.contains(c);
            revised |= revision;
            changes.push(PlannedChange {
                sheet: up.name.into(),
                row: r.line,
                key: code.clone(),
                field: (*c).into(),
                before: was(c).into(),
                after: v.into(),
                revision,
            });
            set_field(p, up, r.line, &mut b, c, v);
        }
        if changed.iter().any(|c| c.starts_with("predecessor_")) {
            b.predecessor = Some(
                match (
                    at("predecessor_plan_code"),
                    at("predecessor_code"),
                    at("predecessor_relation"),
                ) {
                    ("", "", "") => None,
                    (plan, code, relation) => Some(PredecessorInput {
                        plan: plan.into(),
                        code: code.into(),
                        relation: relation.into(),
                    }),
                },
            );
        }
        out.push((r.line, code, b, revised));
    }
    for (code, r) in &current {
        if !seen.contains(*code) {
            p.0.push(FieldError {
                field: format!("sheet {}", up.name),
                reason: format!(
                    "indicator {code} (row {} of the download) is missing: the workbook does not remove indicators",
                    r.line
                ),
            });
        }
    }
    Ok(out)
}

/// Sets field `c` of `b` from the cell text `v`, naming the cell when the text cannot be read.
fn set_field(p: &mut Problems, t: &Table, line: u32, b: &mut UpdateIndicator, c: &str, v: &str) {
    let text = || Some(v.to_owned());
    let number = |p: &mut Problems| -> Option<Option<Fixed>> {
        if v.is_empty() {
            return Some(None);
        }
        match parse_number(v) {
            Ok(n) => Some(Some(n)),
            Err(e) => {
                p.cell(t, line, c, e);
                None
            }
        }
    };
    let year = |p: &mut Problems| -> Option<Option<i32>> {
        if v.is_empty() {
            return Some(None);
        }
        match v.parse::<i32>() {
            Ok(y) => Some(Some(y)),
            Err(_) => {
                p.cell(t, line, c, format!("`{v}` is not a year"));
                None
            }
        }
    };
    match c {
        "node_code" => b.node = text(),
        "name" => b.name = text(),
        "definition" => b.definition = text(),
        "unit" => b.unit = text(),
        "direction" => b.direction = text(),
        "aggregation" => b.aggregation = text(),
        "data_source" => b.data_source = text(),
        "frequency" => b.frequency = text(),
        "owner_unit_code" => b.owner_unit = text(),
        "baseline_value" => b.baseline_value = number(p),
        "target_value" => b.target_value = number(p),
        "baseline_year" => b.baseline_year = year(p),
        "target_year" => b.target_year = year(p),
        "is_key" => match v.to_ascii_lowercase().as_str() {
            "true" => b.is_key = Some(true),
            "false" => b.is_key = Some(false),
            _ => p.cell(t, line, c, format!("`{v}` is not true or false")),
        },
        "dimensions" => b.dimensions = Some(split_tags(v)),
        "sdg_tags" => b.sdg_tags = Some(split_tags(v)),
        "wsis_tags" => b.wsis_tags = Some(split_tags(v)),
        "predecessor_plan_code" | "predecessor_code" | "predecessor_relation" => {}
        _ => p.cell(t, line, c, "is kept as loaded: the workbook does not change it"),
    }
}

/// The column of the indicators sheet that an indicator use case's field names.
fn indicator_column(field: &str) -> Option<&'static str> {
    let f = field.split(['.', '[']).next().unwrap_or(field);
    Some(match f {
        "node" => "node_code",
        "owner_unit" => "owner_unit_code",
        "predecessor" => "predecessor_code",
        other => super::columns::INDICATORS.iter().copied().find(|c| *c == other)?,
    })
}

/// Names the cells of an indicator use case's refusal; any other error stops the upload.
fn place_indicator_error(p: &mut Problems, t: &Table, line: u32, e: AppError) -> AppResult<()> {
    match e {
        AppError::Invalid(fields) => {
            for f in fields {
                match indicator_column(&f.field) {
                    Some(c) => p.cell(t, line, c, f.reason),
                    None => p.row(t.name, line, format!("{}: {}", f.field, f.reason)),
                }
            }
            Ok(())
        }
        other => Err(other),
    }
}

/// Names the cells of a milestone use case's refusal; any other error stops the upload.
fn place_milestone_error(p: &mut Problems, t: &Table, line: u32, e: AppError) -> AppResult<()> {
    match e {
        AppError::Invalid(fields) => {
            for f in fields {
                match f.field.as_str() {
                    "value" | "year" => p.cell(t, line, &f.field, f.reason),
                    _ => p.row(t.name, line, format!("{}: {}", f.field, f.reason)),
                }
            }
            Ok(())
        }
        other => Err(other),
    }
}

/// One milestone to set (`value`) or remove (`None`).
struct MilestoneOp {
    line: u32,
    code: String,
    year: i32,
    value: Option<Fixed>,
    revised: bool,
}

/// Compares the milestones sheet with the plan's milestones: each added, changed or removed one.
async fn plan_milestones(
    txn: &DatabaseTransaction,
    p: &mut Problems,
    plan: &Plan,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<Vec<MilestoneOp>> {
    let key = |t: &Table, r: &Row| (r.cells[t.col("indicator_code")].clone(), r.cells[t.col("year")].clone());
    let current: HashMap<(String, String), &Row> = now.rows.iter().map(|r| (key(now, r), r)).collect();
    let mut seen = HashSet::new();
    let mut values: HashMap<String, bool> = HashMap::new();
    let mut ops = Vec::new();
    for r in &up.rows {
        let at = |c: &str| r.cells[up.col(c)].as_str();
        if at("plan_code") != plan.code {
            p.cell(
                up,
                r.line,
                "plan_code",
                format!("is `{}`, not the plan {}", at("plan_code"), plan.code),
            );
            continue;
        }
        let year = match at("year").parse::<i32>() {
            Ok(y) => y,
            Err(_) => {
                p.cell(up, r.line, "year", format!("`{}` is not a year", at("year")));
                continue;
            }
        };
        let k = (at("indicator_code").to_owned(), year.to_string());
        if !seen.insert(k.clone()) {
            p.row(
                up.name,
                r.line,
                format!("the {year} milestone of {} is on an earlier row too", k.0),
            );
            continue;
        }
        let old = current.get(&k);
        if let Some(old) = old {
            let prov = now.col("provenance");
            if !same(&old.cells[prov], at("provenance")) {
                p.cell(
                    up,
                    r.line,
                    "provenance",
                    "is kept as loaded: the workbook does not change it",
                );
            }
            if same(&old.cells[now.col("value")], at("value")) {
                continue;
            }
        }
        let value = match parse_number(at("value")) {
            Ok(v) => v,
            Err(e) => {
                p.cell(up, r.line, "value", e);
                continue;
            }
        };
        let Some(ind) = indicators::by_code(txn, plan.id, &k.0).await? else {
            p.cell(
                up,
                r.line,
                "indicator_code",
                format!("plan {} has no indicator `{}`", plan.code, k.0),
            );
            continue;
        };
        let revised = match values.get(&k.0) {
            Some(v) => *v,
            None => {
                let v = has_measurements(txn, ind.id).await?;
                values.insert(k.0.clone(), v);
                v
            }
        };
        changes.push(PlannedChange {
            sheet: up.name.into(),
            row: r.line,
            key: format!("{} {year}", k.0),
            field: "value".into(),
            before: old.map(|o| o.cells[now.col("value")].clone()).unwrap_or_default(),
            after: value.to_string(),
            revision: revised,
        });
        ops.push(MilestoneOp {
            line: r.line,
            code: k.0,
            year,
            value: Some(value),
            revised,
        });
    }
    for (k, r) in &current {
        if seen.contains(k) {
            continue;
        }
        let Ok(year) = k.1.parse::<i32>() else { continue };
        let revised = match indicators::by_code(txn, plan.id, &k.0).await? {
            Some(ind) => has_measurements(txn, ind.id).await?,
            None => false,
        };
        changes.push(PlannedChange {
            sheet: up.name.into(),
            row: 0,
            key: format!("{} {year}", k.0),
            field: "value".into(),
            before: r.cells[now.col("value")].clone(),
            after: String::new(),
            revision: revised,
        });
        ops.push(MilestoneOp {
            line: r.line,
            code: k.0.clone(),
            year,
            value: None,
            revised,
        });
    }
    Ok(ops)
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
            format!("`{}` is not a date (YYYY-MM-DD)", get("decided_on")),
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
