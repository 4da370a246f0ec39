//! The `budget_allocations` sheet: a row (year, unit, node) added, changed or removed goes through
//! [`allocations::create_in`], [`allocations::update_in`] or [`allocations::delete_in`], so the budget
//! rule ([`allocations::within_budget`]) and the audit entries are those of the allocation doors. The
//! budget is checked on the sheet's final amounts: removals and lowered amounts run before raised and
//! new ones, so money moved between two rows of a unit-year is not refused half way.

use super::{Ctx, PlannedChange, Problems, change, keyed, place, same, whole};
use crate::error::{AppError, AppResult};
use crate::fixed::{Fixed, parse_number};
use crate::models::allocations::{self, CreateAllocation, UpdateAllocation};
use crate::models::framework_workbook::{Row, Table};
use std::collections::HashMap;

/// The sheet's column of a field the allocation use cases name.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "year" => "year",
        "unit" => "unit_code",
        "node" => "node_code",
        "amount" => "amount",
        "provenance" => "provenance",
        _ => return None,
    })
}

/// A row's key: `year unit node`.
fn key(t: &Table, r: &Row) -> String {
    let at = |c: &str| r.cells[t.col(c)].as_str();
    format!("{} {} {}", at("year"), at("unit_code"), at("node_code"))
}

/// One write of the sheet, in the order they run (see the module's doc).
enum Op<'r> {
    Remove(&'r Row),
    Change {
        row: &'r Row,
        id: i32,
        amount: Option<Fixed>,
        provenance: Option<String>,
        lower: bool,
    },
    Add(&'r Row, i32, Fixed),
}

impl Op<'_> {
    fn rank(&self) -> u8 {
        match self {
            Op::Remove(_) => 0,
            Op::Change { lower: true, .. } => 1,
            Op::Change { .. } => 2,
            Op::Add(..) => 3,
        }
    }
}

/// Compares the allocations sheet `up` with the plan's allocations `now` and applies each change in `cx`.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let current: HashMap<String, &Row> = now.rows.iter().map(|r| (key(now, r), r)).collect();
    let rows = keyed(p, cx.plan, up, |r| key(up, r));
    let mut ops = Vec::new();
    for (k, r) in &rows {
        let at = |c: &str| r.cells[up.col(c)].as_str();
        let amount = match parse_number(at("amount")) {
            Ok(a) => Some(a),
            Err(e) => {
                p.cell(up, r.line, "amount", e);
                None
            }
        };
        match current.get(k) {
            Some(old) => {
                let was = |c: &str| old.cells[now.col(c)].as_str();
                let (amount_changed, prov_changed) = (
                    !same(at("amount"), was("amount")),
                    !same(at("provenance"), was("provenance")),
                );
                if !amount_changed && !prov_changed {
                    continue;
                }
                for c in ["amount", "provenance"].into_iter().filter(|c| !same(at(c), was(c))) {
                    changes.push(change(up, r.line, k, c, was(c), at(c)));
                }
                let Some(amount) = amount else { continue };
                let year = whole(p, up, r.line, "year", at("year")).unwrap_or_default();
                let Some(id) = allocations::id_of(cx.txn, cx.plan, year, (at("unit_code"), at("node_code"))).await?
                else {
                    return Err(AppError::Internal(format!("allocation {k} vanished")));
                };
                let lower = parse_number(was("amount")).is_ok_and(|w| amount < w);
                ops.push(Op::Change {
                    row: r,
                    id,
                    amount: amount_changed.then_some(amount),
                    provenance: prov_changed.then(|| at("provenance").to_owned()),
                    lower,
                });
            }
            None => {
                for c in ["year", "unit_code", "node_code", "amount", "provenance"] {
                    if !at(c).is_empty() {
                        changes.push(change(up, r.line, k, c, "", at(c)));
                    }
                }
                let Some(year) = whole(p, up, r.line, "year", at("year")) else {
                    continue;
                };
                if let Some(amount) = amount {
                    ops.push(Op::Add(r, year, amount));
                }
            }
        }
    }
    for r in &now.rows {
        let k = &key(now, r);
        if !rows.iter().any(|(c, _)| c == k) {
            changes.push(change(up, 0, k, "amount", &r.cells[now.col("amount")], ""));
            ops.push(Op::Remove(r));
        }
    }
    ops.sort_by_key(Op::rank);
    for op in ops {
        match op {
            Op::Remove(r) => {
                let at = |c: &str| r.cells[now.col(c)].as_str();
                let year = at("year").parse().unwrap_or_default();
                if let Some(id) = allocations::id_of(cx.txn, cx.plan, year, (at("unit_code"), at("node_code"))).await?
                    && let Err(e) = allocations::delete_in(cx.txn, cx.actor, cx.plan, id).await
                {
                    place(p, up, r.line, e, column)?;
                }
            }
            Op::Change {
                row,
                id,
                amount,
                provenance,
                ..
            } => {
                let b = UpdateAllocation {
                    version: None,
                    year: None,
                    unit: None,
                    node: None,
                    amount: amount.map(Into::into),
                    provenance,
                };
                if let Err(e) = allocations::update_in(cx.txn, cx.actor, cx.plan, id, None, b).await {
                    place(p, up, row.line, e, column)?;
                }
            }
            Op::Add(r, year, amount) => {
                let at = |c: &str| r.cells[up.col(c)].as_str();
                let b = CreateAllocation {
                    year: Some(year),
                    unit: Some(at("unit_code").to_owned()),
                    node: Some(at("node_code").to_owned()),
                    amount: Some(amount.into()),
                    provenance: Some(at("provenance").to_owned()).filter(|v| !v.is_empty()),
                };
                if let Err(e) = allocations::create_in(cx.txn, cx.actor, cx.plan, b).await {
                    place(p, up, r.line, e, column)?;
                }
            }
        }
    }
    Ok(())
}
