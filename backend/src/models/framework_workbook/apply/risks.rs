//! The `risks` sheet: a changed field of a risk goes through [`risks::update_in`], a linked node added or
//! removed through [`risks::link_in`] / [`risks::unlink_in`], a new row through [`risks::create_in`]: the
//! rules and audit entries of the risk register's doors. A risk missing from the sheet is refused (delete
//! it on its page).

use super::{Ctx, PlannedChange, Problems, change, kept, keyed, place, same, whole};
use crate::error::{AppResult, Said};
use crate::models::framework_workbook::{Row, Table};
use crate::models::indicators::split_tags;
use crate::models::risks::{self, CreateRisk, UpdateRisk};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

/// The sheet's column of a field the risk use cases name.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "owner" => "owner_unit_code",
        "nodes" | "node" => "linked_node_codes",
        "code" => "code",
        "title" => "title",
        "description" => "description",
        "category" => "category",
        "likelihood" => "likelihood",
        "impact" => "impact",
        "mitigation" => "mitigation",
        "status" => "status",
        "reviewed_on" => "reviewed_on",
        _ => return None,
    })
}

/// The linked node codes of a cell, each once, in code order.
fn node_set(v: &str) -> BTreeSet<String> {
    split_tags(v).into_iter().collect()
}

/// A date (YYYY-MM-DD) in cell `column`, or the problem naming it.
fn date(p: &mut Problems, t: &Table, line: u32, column: &str, v: &str) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            p.cell(t, line, column, Said::new("said-wb-not-a-date", [("value", v.into())]));
            None
        }
    }
}

/// The fields of an uploaded row, read; a cell that cannot be read is named and read as absent.
struct Fields {
    text: HashMap<&'static str, String>,
    likelihood: Option<i32>,
    impact: Option<i32>,
    reviewed_on: Option<NaiveDate>,
}

/// Reads the cells of `r` in `columns`; an empty likelihood, impact or review date is absent for a new
/// risk (the use case says which are required) and a problem for a change (it cannot be cleared).
fn read_fields(p: &mut Problems, t: &Table, r: &Row, columns: &[&'static str], updating: bool) -> Fields {
    let at = |c: &str| r.cells[t.col(c)].clone();
    let mut f = Fields {
        text: HashMap::new(),
        likelihood: None,
        impact: None,
        reviewed_on: None,
    };
    for c in columns {
        let v = at(c);
        match *c {
            "likelihood" if !v.is_empty() => f.likelihood = whole(p, t, r.line, c, &v),
            "impact" if !v.is_empty() => f.impact = whole(p, t, r.line, c, &v),
            "reviewed_on" if !v.is_empty() => f.reviewed_on = date(p, t, r.line, c, &v),
            "likelihood" | "impact" | "reviewed_on" if updating => p.cell(t, r.line, c, Said::not_empty()),
            "likelihood" | "impact" | "reviewed_on" => {}
            _ => {
                f.text.insert(*c, v);
            }
        }
    }
    f
}

/// Compares the risks sheet `up` with the plan's risks `now` and applies each change in `cx`.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let code_col = now.col("code");
    let current: HashMap<&str, &Row> = now.rows.iter().map(|r| (r.cells[code_col].as_str(), r)).collect();
    let rows = keyed(p, cx.plan, up, |r| r.cells[up.col("code")].clone());
    for (code, r) in &rows {
        let at = |c: &str| r.cells[up.col(c)].as_str();
        match current.get(code.as_str()) {
            Some(old) => update(cx, p, up, now, r, code, old, changes).await?,
            None => {
                if !matches!(at("provenance"), "" | "entered") {
                    p.cell(up, r.line, "provenance", Said::new("said-wb-new-risk-entered", []));
                    continue;
                }
                for c in up.columns.iter().filter(|c| !matches!(**c, "plan_code" | "provenance")) {
                    if !at(c).is_empty() {
                        changes.push(change(up, r.line, code, c, "", at(c)));
                    }
                }
                let f = read_fields(p, up, r, up.columns, false);
                let text = |c: &str| Some(f.text[c].clone()).filter(|v| !v.is_empty());
                let b = CreateRisk {
                    code: Some(code.clone()),
                    title: text("title"),
                    description: text("description"),
                    category: text("category"),
                    likelihood: f.likelihood,
                    impact: f.impact,
                    mitigation: text("mitigation"),
                    owner: text("owner_unit_code"),
                    status: text("status"),
                    reviewed_on: f.reviewed_on,
                    nodes: Some(node_set(at("linked_node_codes")).into_iter().collect()),
                };
                if let Err(e) = risks::create_in(cx.txn, cx.actor, cx.plan, b).await {
                    place(p, up, r.line, e, column)?;
                }
            }
        }
    }
    for r in &now.rows {
        let code = &r.cells[code_col];
        if !rows.iter().any(|(c, _)| c == code) {
            p.sheet(
                up.name,
                Said::new(
                    "said-wb-risk-missing",
                    [("code", code.into()), ("line", i64::from(r.line).into())],
                ),
            );
        }
    }
    Ok(())
}

/// Applies the changed fields and links of the existing risk `code` (`old` its row of the download).
#[expect(clippy::too_many_arguments, reason = "the sheet, both rows and the change list")]
async fn update(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    r: &Row,
    code: &str,
    old: &Row,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let at = |c: &str| r.cells[up.col(c)].as_str();
    let was = |c: &str| old.cells[now.col(c)].as_str();
    let fields: Vec<&'static str> = up
        .columns
        .iter()
        .copied()
        .filter(|c| !matches!(*c, "plan_code" | "code" | "linked_node_codes"))
        .filter(|c| !same(at(c), was(c)))
        .collect();
    let (want, had) = (node_set(at("linked_node_codes")), node_set(was("linked_node_codes")));
    for c in &fields {
        changes.push(change(up, r.line, code, c, was(c), at(c)));
    }
    if want != had {
        changes.push(change(
            up,
            r.line,
            code,
            "linked_node_codes",
            was("linked_node_codes"),
            at("linked_node_codes"),
        ));
    }
    if fields.contains(&"provenance") {
        p.cell(up, r.line, "provenance", kept());
    }
    let f = read_fields(p, up, r, &fields, true);
    let text = |c: &str| f.text.get(c).cloned();
    if fields.iter().any(|c| *c != "provenance") {
        let b = UpdateRisk {
            version: None,
            code: None,
            title: text("title"),
            description: text("description"),
            category: text("category"),
            likelihood: f.likelihood,
            impact: f.impact,
            mitigation: text("mitigation"),
            owner: text("owner_unit_code"),
            status: text("status"),
            reviewed_on: f.reviewed_on,
        };
        if let Err(e) = risks::update_in(cx.txn, cx.actor, cx.plan, code, None, b).await {
            place(p, up, r.line, e, column)?;
        }
    }
    for node in want.difference(&had) {
        if let Err(e) = risks::link_in(cx.txn, cx.actor, cx.plan, code, node).await {
            place(p, up, r.line, e, column)?;
        }
    }
    for node in had.difference(&want) {
        if let Err(e) = risks::unlink_in(cx.txn, cx.actor, cx.plan, code, node).await {
            place(p, up, r.line, e, column)?;
        }
    }
    Ok(())
}
