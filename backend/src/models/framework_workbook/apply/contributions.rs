//! The `contribution_links` sheet. A node's links to goals and targets are one set whose weights sum
//! to 1 ([`goal_links`]): when any of them is added, removed or re-weighted, the node's whole set as the
//! sheet leaves it goes through [`nodes::update_in`] (`contributes_to`), so the rule is checked on the
//! final state, not row by row. A link to any other level is added, re-weighted or removed on its own
//! through [`contributions::create_in`], [`contributions::update_in`] or [`contributions::delete_in`].

use super::{Ctx, PlannedChange, Problems, change, kept, keyed, place, removing, same};
use crate::error::{AppError, AppResult, Said};
use crate::fixed::{Fixed, parse_number};
use crate::models::codes::node_by_code;
use crate::models::contributions::{self, CreateContribution, UpdateContribution};
use crate::models::framework_workbook::{Row, Table};
use crate::models::nodes::{self, GoalLink, UpdateNode, goal_links};
use std::collections::{BTreeMap, HashMap};

/// The sheet's column of a field the contribution use cases name.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "from" => "from_code",
        "to" => "to_code",
        "weight" => "weight",
        _ => return None,
    })
}

/// A row's key: `from→to`.
fn key(t: &Table, r: &Row) -> (String, String) {
    (r.cells[t.col("from_code")].clone(), r.cells[t.col("to_code")].clone())
}

/// A weight cell: empty is none.
fn weight(p: &mut Problems, t: &Table, line: u32, v: &str) -> Result<Option<Fixed>, ()> {
    if v.is_empty() {
        return Ok(None);
    }
    parse_number(v).map(Some).map_err(|e| p.cell(t, line, "weight", e))
}

/// Whether the node `code` of the plan is a goal or a target (an unknown code is not).
async fn goal_side(cx: &Ctx<'_>, code: &str) -> AppResult<bool> {
    Ok(node_by_code(cx.txn, cx.plan.id, code)
        .await?
        .is_some_and(|n| goal_links::is_goal_side(&n.level)))
}

/// One uploaded link: its row and weight.
type Link<'r> = (&'r Row, Option<Fixed>);

/// Compares the contribution links sheet `up` with the plan's links `now` and applies each change in `cx`.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let current: HashMap<(String, String), &Row> = now.rows.iter().map(|r| (key(now, r), r)).collect();
    let rows = keyed(p, cx.plan, up, |r| {
        let (f, t) = key(up, r);
        format!("{f}→{t}")
    });
    // The goal-side sets as the sheet leaves them, by node; whether each node's set changed.
    let mut sets: BTreeMap<String, (Vec<(String, Link)>, bool)> = BTreeMap::new();
    let mut others = Vec::new();
    for (k, r) in &rows {
        let (from, to) = key(up, r);
        let at = |c: &str| r.cells[up.col(c)].as_str();
        let old = current.get(&(from.clone(), to.clone()));
        let changed = match old {
            Some(old) => {
                let was = |c: &str| old.cells[now.col(c)].as_str();
                if !same(at("provenance"), was("provenance")) {
                    p.cell(up, r.line, "provenance", kept());
                }
                let changed = !same(at("weight"), was("weight"));
                if changed {
                    changes.push(change(up, r.line, k, "weight", was("weight"), at("weight")));
                }
                changed
            }
            None => {
                if !matches!(at("provenance"), "" | "entered") {
                    p.cell(up, r.line, "provenance", Said::new("said-wb-new-link-entered", []));
                }
                changes.push(change(up, r.line, k, "weight", "", at("weight")));
                true
            }
        };
        let Ok(w) = weight(p, up, r.line, at("weight")) else {
            continue;
        };
        if goal_side(cx, &to).await? {
            let set = sets.entry(from).or_default();
            set.0.push((to, (*r, w)));
            set.1 |= changed;
        } else if changed {
            others.push((r, from, to, w, old.is_some()));
        }
    }
    let mut removed = Vec::new();
    for r in &now.rows {
        let (from, to) = &key(now, r);
        if rows.iter().any(|(_, u)| key(up, u) == (from.clone(), to.clone())) {
            continue;
        }
        changes.push(change(
            up,
            0,
            &format!("{from}→{to}"),
            "weight",
            &r.cells[now.col("weight")],
            "",
        ));
        if goal_side(cx, to).await? {
            sets.entry(from.clone()).or_default().1 = true;
        } else {
            removed.push((from.clone(), to.clone()));
        }
    }
    for (from, (links, _)) in sets.into_iter().filter(|(_, (_, changed))| *changed) {
        set_goal_links(cx, p, up, &from, &links).await?;
    }
    for (from, to) in removed {
        if let Some(id) = contributions::id_of(cx.txn, cx.plan, &from, &to).await?
            && let Err(e) = contributions::delete_in(cx.txn, cx.actor, cx.plan, id).await
        {
            p.row(up.name, 0, removing("said-wb-removing", &format!("{from}→{to}"), &e));
        }
    }
    for (r, from, to, w, exists) in others {
        let result = match exists {
            true => match contributions::id_of(cx.txn, cx.plan, &from, &to).await? {
                Some(id) => {
                    let b = UpdateContribution {
                        version: None,
                        weight: Some(w),
                    };
                    contributions::update_in(cx.txn, cx.actor, cx.plan, id, None, b)
                        .await
                        .map(|_| ())
                }
                None => Err(AppError::not_found(Said::new(
                    "said-what-link",
                    [("from", (&from).into()), ("to", (&to).into())],
                ))),
            },
            false => {
                let b = CreateContribution { from, to, weight: w };
                contributions::create_in(cx.txn, cx.actor, cx.plan, b).await.map(|_| ())
            }
        };
        if let Err(e) = result {
            place(p, up, r.line, e, column)?;
        }
    }
    Ok(())
}

/// Replaces the goal-side links of node `from` by `links` (the sheet's rows) through the node change
/// use case; its problems name the row's `to_code` or `weight` cell.
async fn set_goal_links(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    from: &str,
    links: &[(String, Link<'_>)],
) -> AppResult<()> {
    let mut set = Vec::with_capacity(links.len());
    for (to, (r, w)) in links {
        match w {
            Some(w) => set.push(GoalLink {
                to: to.clone(),
                weight: *w,
            }),
            None => p.cell(up, r.line, "weight", Said::new("said-wb-link-needs-weight", [])),
        }
    }
    if set.len() < links.len() {
        return Ok(());
    }
    let body = UpdateNode {
        version: None,
        name: None,
        description: None,
        parent: None,
        owner_unit: None,
        output_kind: None,
        sort_order: None,
        contributes_to: Some(set),
    };
    match nodes::update_in(cx.txn, cx.actor, cx.plan, from, None, &body).await {
        Ok(_) => Ok(()),
        Err(AppError::Invalid(fields)) => {
            let first = links.first().map_or(0, |(_, (r, _))| r.line);
            for f in fields {
                // `contributes_to[i].to` names a row; `contributes_to` the set (its weights' sum).
                let row = f
                    .field
                    .strip_prefix("contributes_to[")
                    .and_then(|s| s.split(']').next())
                    .and_then(|i| i.parse::<usize>().ok())
                    .and_then(|i| links.get(i));
                match row {
                    Some((_, (r, _))) => p.cell(up, r.line, "to_code", f.into_reason()),
                    None if f.field == goal_links::FIELD => p.cell(
                        up,
                        first,
                        "weight",
                        Said::new(
                            "said-wb-goal-links",
                            [("node", from.into()), ("why", f.into_reason().into())],
                        ),
                    ),
                    None => {
                        let field = f.field.clone();
                        let node = Said::new("said-what-node-code", [("code", from.into())]);
                        p.row(
                            up.name,
                            first,
                            Said::new(
                                "said-labelled",
                                [("label", node.into()), ("why", f.into_reason().labelled(&field).into())],
                            ),
                        );
                    }
                }
            }
            Ok(())
        }
        Err(e) => place(p, up, links.first().map_or(0, |(_, (r, _))| r.line), e, column),
    }
}
