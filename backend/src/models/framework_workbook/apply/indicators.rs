//! The `indicators` and `milestones` sheets: a changed indicator goes through
//! [`indicators::update_in`], a new row through [`indicators::create_in`], and a milestone added,
//! changed or removed through [`indicators::put_milestone_in`] / [`indicators::delete_milestone_in`].
//! These are the only sheets whose changes can be framework revisions (see [`revisions::REVISED_FIELDS`]),
//! so they are planned first and applied with the decision. Removing an indicator is refused.

use super::{Ctx, Decided, PlannedChange, Problems, kept, other_plan, same};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::fixed::{Fixed, parse_number};
use crate::models::framework_workbook::{Row, Table};
use crate::models::indicators::{
    self, CreateIndicator, DeleteMilestone, PredecessorInput, PutMilestone, UpdateIndicator, has_measurements,
    split_tags,
};
use crate::models::patching::Claim;
use crate::models::plans::Plan;
use crate::models::revisions::{self, Decision};
use sea_orm::DatabaseTransaction;
use std::collections::{HashMap, HashSet};

/// Plans the changes of the indicators and milestones sheets (`ind` and `ms`: uploaded and current),
/// then applies them with the decision their revisions need; answers whether one is a revision.
/// Problems found while planning do not stop here: the use cases still check every changed row, so
/// one answer names every bad cell. Without a decision yet (a dry run, or a confirmation that lacks
/// one), a stand-in lets them run to the end; nothing of such a run is committed.
pub(super) async fn indicators_and_milestones(
    cx: &Ctx<'_>,
    p: &mut Problems,
    (ind_up, ind_now): (&Table, &Table),
    (ms_up, ms_now): (&Table, &Table),
    decided: &Decided,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<bool> {
    let (txn, actor, plan) = (cx.txn, cx.actor, cx.plan);
    let from = changes.len();
    let (ind_plan, new) = plan_indicators(txn, p, plan, ind_up, ind_now, changes).await?;
    // New indicators first, so the milestones sheet may give their milestones.
    for (line, b) in new {
        if let Err(e) = indicators::create_in(txn, actor, plan, &b).await {
            place_indicator_error(p, ind_up, line, e)?;
        }
    }
    let ms_plan = plan_milestones(txn, p, plan, ms_up, ms_now, changes).await?;
    let needs_decision = changes[from..].iter().any(|c| c.revision);
    let decision = match (&decided.decision, decided.confirm) {
        (Some(d), _) => Some(d.clone()),
        (None, true) if needs_decision => {
            p.0.push(FieldError::new("revision", Said::new("said-wb-needs-decision", [])));
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
) -> AppResult<(Vec<IndicatorPlan>, Vec<(u32, CreateIndicator)>)> {
    let code_col = up.col("code");
    let current: HashMap<&str, &Row> = now.rows.iter().map(|r| (r.cells[code_col].as_str(), r)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut new = Vec::new();
    for r in &up.rows {
        let code = r.cells[code_col].clone();
        let at = |c: &str| r.cells[up.col(c)].as_str();
        if at("plan_code") != plan.code {
            p.cell(up, r.line, "plan_code", other_plan(at("plan_code"), plan));
            continue;
        }
        if !seen.insert(code.clone()) {
            p.cell(
                up,
                r.line,
                "code",
                Said::new("said-wb-indicator-twice", [("code", (&code).into())]),
            );
            continue;
        }
        let Some(old) = current.get(code.as_str()) else {
            for c in up
                .columns
                .iter()
                .filter(|c| !matches!(**c, "plan_code" | "provenance" | "source"))
            {
                if !at(c).is_empty() {
                    changes.push(PlannedChange {
                        sheet: up.name.into(),
                        row: r.line,
                        key: code.clone(),
                        field: (*c).into(),
                        before: String::new(),
                        after: at(c).into(),
                        revision: false,
                    });
                }
            }
            if let Some(b) = new_indicator(p, up, r) {
                new.push((r.line, b));
            }
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
            p.sheet(
                up.name,
                Said::new(
                    "said-wb-indicator-missing",
                    [("code", (*code).into()), ("line", i64::from(r.line).into())],
                ),
            );
        }
    }
    Ok((out, new))
}

/// The new indicator of row `r`, or `None` with its unreadable cells named. Empty optional cells take
/// the defaults of the indicator's creation (aggregation latest, frequency annual, the node's owner).
fn new_indicator(p: &mut Problems, t: &Table, r: &Row) -> Option<CreateIndicator> {
    let at = |c: &str| r.cells[t.col(c)].clone();
    let before = p.0.len();
    if !matches!(at("provenance").as_str(), "" | "entered") || !at("source").is_empty() {
        p.row(t.name, r.line, Said::new("said-wb-new-indicator-entered", []));
    }
    let mut b = empty_update();
    for c in ["baseline_value", "baseline_year", "target_value", "target_year"] {
        set_field(p, t, r.line, &mut b, c, &at(c));
    }
    let is_key = match at("is_key").to_ascii_lowercase().as_str() {
        "" | "false" => false,
        "true" => true,
        v => {
            p.cell(t, r.line, "is_key", not_true_or_false(v));
            false
        }
    };
    let or = |v: String, default: &str| if v.is_empty() { default.to_owned() } else { v };
    let predecessor = match (
        at("predecessor_plan_code"),
        at("predecessor_code"),
        at("predecessor_relation"),
    ) {
        (x, y, z) if x.is_empty() && y.is_empty() && z.is_empty() => None,
        (plan, code, relation) => Some(PredecessorInput { plan, code, relation }),
    };
    if p.0.len() > before {
        return None;
    }
    Some(CreateIndicator {
        code: at("code"),
        node: at("node_code"),
        name: at("name"),
        definition: at("definition"),
        unit: at("unit"),
        direction: at("direction"),
        aggregation: or(at("aggregation"), "latest"),
        baseline_value: b.baseline_value.flatten(),
        baseline_year: b.baseline_year.flatten(),
        target_value: b.target_value.flatten(),
        target_year: b.target_year.flatten(),
        data_source: at("data_source"),
        frequency: or(at("frequency"), "annual"),
        owner_unit: Some(at("owner_unit_code")).filter(|v| !v.is_empty()),
        is_key,
        sdg_tags: split_tags(&at("sdg_tags")),
        wsis_tags: split_tags(&at("wsis_tags")),
        dimensions: split_tags(&at("dimensions")),
        predecessor,
        milestones: Vec::new(),
        reference_sheet: None,
    })
}

/// "`v` is not a year".
fn not_a_year(v: &str) -> Said {
    Said::new("said-wb-not-a-year", [("value", v.into())])
}

/// "`v` is not true or false".
fn not_true_or_false(v: &str) -> Said {
    Said::new("said-wb-not-true-false", [("value", v.into())])
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
                p.cell(t, line, c, not_a_year(v));
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
            _ => p.cell(t, line, c, not_true_or_false(v)),
        },
        "dimensions" => b.dimensions = Some(split_tags(v)),
        "sdg_tags" => b.sdg_tags = Some(split_tags(v)),
        "wsis_tags" => b.wsis_tags = Some(split_tags(v)),
        "predecessor_plan_code" | "predecessor_code" | "predecessor_relation" => {}
        _ => p.cell(t, line, c, kept()),
    }
}

/// The column of the indicators sheet that an indicator use case's field names.
fn indicator_column(field: &str) -> Option<&'static str> {
    let f = field.split(['.', '[']).next().unwrap_or(field);
    Some(match f {
        "node" => "node_code",
        "owner_unit" => "owner_unit_code",
        "predecessor" => "predecessor_code",
        other => crate::models::framework_workbook::columns::INDICATORS
            .iter()
            .copied()
            .find(|c| *c == other)?,
    })
}

/// Names the cells of an indicator use case's refusal; any other error stops the upload.
fn place_indicator_error(p: &mut Problems, t: &Table, line: u32, e: AppError) -> AppResult<()> {
    match e {
        AppError::Invalid(fields) => {
            for f in fields {
                match indicator_column(&f.field) {
                    Some(c) => p.cell(t, line, c, f.into_reason()),
                    None => {
                        let field = f.field.clone();
                        p.row(t.name, line, f.into_reason().labelled(&field));
                    }
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
                    "value" | "year" => {
                        let field = f.field.clone();
                        p.cell(t, line, &field, f.into_reason());
                    }
                    _ => {
                        let field = f.field.clone();
                        p.row(t.name, line, f.into_reason().labelled(&field));
                    }
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
            p.cell(up, r.line, "plan_code", other_plan(at("plan_code"), plan));
            continue;
        }
        let year = match at("year").parse::<i32>() {
            Ok(y) => y,
            Err(_) => {
                p.cell(up, r.line, "year", not_a_year(at("year")));
                continue;
            }
        };
        let k = (at("indicator_code").to_owned(), year.to_string());
        if !seen.insert(k.clone()) {
            p.row(
                up.name,
                r.line,
                Said::new(
                    "said-wb-milestone-twice",
                    [("year", i64::from(year).into()), ("code", (&k.0).into())],
                ),
            );
            continue;
        }
        let old = current.get(&k);
        if let Some(old) = old {
            let prov = now.col("provenance");
            if !same(&old.cells[prov], at("provenance")) {
                p.cell(up, r.line, "provenance", kept());
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
                Said::new(
                    "said-plan-no-indicator",
                    [("plan", (&plan.code).into()), ("code", (&k.0).into())],
                ),
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
