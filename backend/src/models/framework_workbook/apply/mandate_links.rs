//! The `mandate_links` sheet: a row added links a node or an indicator to a mandate through
//! [`mandates::add_in`], a row removed unlinks it through [`mandates::remove_in`] (a changed row is
//! both). The mandates themselves are a catalogue shared by all plans: see the `mandates` sheet.

use super::{Ctx, PlannedChange, Problems, change, keyed, place, removing};
use crate::error::{AppResult, Said};
use crate::models::framework_workbook::{Row, Table};
use crate::models::mandates::{self, AddMandateLink, Owner};
use std::collections::HashSet;

/// The sheet's column of a field the mandate link use cases name.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "vocabulary" => "vocabulary",
        "code" => "mandate_code",
        _ => return None,
    })
}

/// A row's key: `vocabulary code node indicator`.
fn key(t: &Table, r: &Row) -> String {
    let at = |c: &str| r.cells[t.col(c)].as_str();
    format!(
        "{} {} {}{}",
        at("vocabulary"),
        at("mandate_code"),
        at("node_code"),
        at("indicator_code")
    )
}

/// The node or indicator a link of row `r` of `t` hangs on, or `None` when the row names both or neither.
fn owner<'r>(plan: &'r str, t: &Table, r: &'r Row) -> Option<Owner<'r>> {
    let (node, ind) = (
        r.cells[t.col("node_code")].as_str(),
        r.cells[t.col("indicator_code")].as_str(),
    );
    match (node, ind) {
        (node, "") if !node.is_empty() => Some(Owner::Node(plan, node)),
        ("", ind) if !ind.is_empty() => Some(Owner::Indicator(plan, ind)),
        _ => None,
    }
}

/// Compares the mandate links sheet `up` with the plan's links `now` and applies each change in `cx`.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let current: HashSet<String> = now.rows.iter().map(|r| key(now, r)).collect();
    let rows = keyed(p, cx.plan, up, |r| key(up, r));
    let kept: HashSet<&String> = rows.iter().map(|(k, _)| k).collect();
    for r in now.rows.iter().filter(|r| !kept.contains(&key(now, r))) {
        let at = |c: &str| r.cells[now.col(c)].as_str();
        changes.push(change(up, 0, &key(now, r), "mandate_code", at("mandate_code"), ""));
        let Some(o) = owner(&cx.plan.code, now, r) else {
            continue;
        };
        if let Err(e) = mandates::remove_in(cx.txn, cx.actor, o, (at("vocabulary"), at("mandate_code"))).await {
            p.row(up.name, 0, removing("said-wb-removing-link", &key(now, r), &e));
        }
    }
    for (k, r) in rows.iter().filter(|(k, _)| !current.contains(k)) {
        let at = |c: &str| r.cells[up.col(c)].as_str();
        changes.push(change(up, r.line, k, "mandate_code", "", at("mandate_code")));
        let Some(o) = owner(&cx.plan.code, up, r) else {
            p.row(up.name, r.line, Said::new("said-wb-both-or-neither", []));
            continue;
        };
        let body = AddMandateLink {
            vocabulary: at("vocabulary").to_owned(),
            code: at("mandate_code").to_owned(),
        };
        if let Err(e) = mandates::add_in(cx.txn, cx.actor, o, &body).await {
            let target = if at("node_code").is_empty() {
                "indicator_code"
            } else {
                "node_code"
            };
            match e {
                crate::error::AppError::NotFound(m) => {
                    p.cell(up, r.line, target, Said::new("said-not-found", [("what", m.into())]));
                }
                e => place(p, up, r.line, e, column)?,
            }
        }
    }
    Ok(())
}
