//! The `result_nodes` sheet: a changed name, description, parent, owner, output kind or sort order goes
//! through [`nodes::update_in`], a new row through [`nodes::create_in`] (parents first, so a parent may
//! be on a later row of the sheet), and a row removed retires the node through [`nodes::delete_in`],
//! refused naming its dependents as the node's page refuses it. Retiring runs last ([`retire`]), after
//! the other sheets have removed what used the node. A node's code and level are fixed.

use super::{Ctx, PlannedChange, Problems, change, kept, keyed, place, same, whole};
use crate::error::{AppError, AppResult, Said, SaidArg};
use crate::models::framework_workbook::{Row, Table};
use crate::models::nodes::{self, CreateNode, UpdateNode};
use std::collections::{HashMap, HashSet};

/// The sheet's column of a field the node use cases name.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "code" => "code",
        "level" => "level",
        "name" => "name",
        "description" => "description",
        "parent" => "parent_code",
        "owner_unit" => "owner_unit_code",
        "output_kind" => "output_kind",
        "sort_order" => "sort_order",
        "contributes_to" => "code",
        _ => return None,
    })
}

/// An optional cell: empty is none.
fn optional(v: &str) -> Option<String> {
    Some(v.to_owned()).filter(|v| !v.is_empty())
}

/// Compares the nodes sheet `up` with the plan's nodes `now` and applies each change and addition in
/// `cx`; answers the codes of the nodes the sheet removed, to [`retire`] once the other sheets ran.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<Vec<(String, u32)>> {
    let code_col = now.col("code");
    let current: HashMap<&str, &Row> = now.rows.iter().map(|r| (r.cells[code_col].as_str(), r)).collect();
    let rows = keyed(p, cx.plan, up, |r| r.cells[up.col("code")].clone());
    let mut new = Vec::new();
    for (code, r) in &rows {
        let at = |c: &str| r.cells[up.col(c)].as_str();
        let Some(old) = current.get(code.as_str()) else {
            for c in up
                .columns
                .iter()
                .filter(|c| !matches!(**c, "plan_code" | "provenance" | "source"))
            {
                if !at(c).is_empty() {
                    changes.push(change(up, r.line, code, c, "", at(c)));
                }
            }
            if !matches!(at("provenance"), "" | "entered") || !at("source").is_empty() {
                p.row(up.name, r.line, Said::new("said-wb-new-node-entered", []));
            }
            new.push((code.clone(), *r));
            continue;
        };
        let was = |c: &str| old.cells[now.col(c)].as_str();
        let changed: Vec<&str> = up
            .columns
            .iter()
            .copied()
            .filter(|c| *c != "plan_code" && !same(at(c), was(c)))
            .collect();
        let mut body = UpdateNode {
            version: None,
            name: None,
            description: None,
            parent: None,
            owner_unit: None,
            output_kind: None,
            sort_order: None,
            contributes_to: None,
        };
        for c in &changed {
            changes.push(change(up, r.line, code, c, was(c), at(c)));
            let v = at(c);
            match *c {
                "name" => body.name = Some(v.to_owned()),
                "description" => body.description = Some(v.to_owned()),
                "parent_code" => body.parent = Some(optional(v)),
                "owner_unit_code" => body.owner_unit = Some(optional(v)),
                "output_kind" => body.output_kind = Some(optional(v)),
                "sort_order" => body.sort_order = whole(p, up, r.line, c, v),
                "level" => p.cell(up, r.line, c, Said::new("said-wb-level-fixed", [])),
                _ => p.cell(up, r.line, c, kept()),
            }
        }
        if changed.is_empty() {
            continue;
        }
        if let Err(e) = nodes::update_in(cx.txn, cx.actor, cx.plan, code, None, &body).await {
            place(p, up, r.line, e, column)?;
        }
    }
    // Parents first: a new node whose parent is another new node waits for it.
    let mut pending = new;
    while !pending.is_empty() {
        let waiting: HashSet<String> = pending.iter().map(|(c, _)| c.clone()).collect();
        let (ready, later): (Vec<_>, Vec<_>) = pending
            .into_iter()
            .partition(|(_, r)| !waiting.contains(&r.cells[up.col("parent_code")]));
        // A circle of parents: create them anyway, and the use case names the parent it cannot find.
        let (ready, later) = if ready.is_empty() {
            (later, Vec::new())
        } else {
            (ready, later)
        };
        for (code, r) in ready {
            create(cx, p, up, &code, r).await?;
        }
        pending = later;
    }
    Ok(now
        .rows
        .iter()
        .filter(|r| !rows.iter().any(|(c, _)| *c == r.cells[code_col]))
        .map(|r| {
            let code = &r.cells[code_col];
            changes.push(change(up, 0, code, "code", code, ""));
            (code.clone(), r.line)
        })
        .collect())
}

/// Adds the node of row `r`.
async fn create(cx: &Ctx<'_>, p: &mut Problems, up: &Table, code: &str, r: &Row) -> AppResult<()> {
    let at = |c: &str| r.cells[up.col(c)].as_str();
    let sort_order = match at("sort_order") {
        "" => 0,
        v => match whole(p, up, r.line, "sort_order", v) {
            Some(n) => n,
            None => return Ok(()),
        },
    };
    let body = CreateNode {
        code: code.to_owned(),
        level: at("level").to_owned(),
        name: at("name").to_owned(),
        description: at("description").to_owned(),
        parent: optional(at("parent_code")),
        owner_unit: optional(at("owner_unit_code")),
        output_kind: optional(at("output_kind")),
        sort_order,
        contributes_to: Vec::new(),
    };
    if let Err(e) = nodes::create_in(cx.txn, cx.actor, cx.plan, &body).await {
        place(p, up, r.line, e, column)?;
    }
    Ok(())
}

/// Retires the nodes `removed` (code, row of the download), children before their parents; a node
/// something still uses is refused, naming what.
pub(super) async fn retire(cx: &Ctx<'_>, p: &mut Problems, removed: Vec<(String, u32)>) -> AppResult<()> {
    let mut removed = removed;
    // The download lists parents before children; retire in the reverse order.
    removed.sort_by_key(|(_, line)| std::cmp::Reverse(*line));
    for (code, line) in removed {
        match nodes::delete_in(cx.txn, cx.actor, cx.plan, &code).await {
            Ok(()) => {}
            Err(e @ (AppError::Conflict(_) | AppError::NotFound(_))) => {
                let why: SaidArg = match e {
                    AppError::NotFound(what) => what.into(),
                    other => other.said_arg(),
                };
                p.sheet(
                    "result_nodes",
                    Said::new(
                        "said-wb-node-missing",
                        [("code", code.into()), ("line", i64::from(line).into()), ("why", why)],
                    ),
                );
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
