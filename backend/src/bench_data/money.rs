//! The synthetic plan's financial plan, execution and budget allocations (which reconcile exactly),
//! its operational plans and its risk register.

use super::framework::Frame;
use super::{Bulk, Progress, mix, next_id};
use crate::models::finance_rows::biennium_of;
use sea_orm::{DatabaseTransaction, DbErr};
use std::collections::BTreeMap;

/// Writes finance, allocations, operational plans and risks.
pub async fn write(txn: &DatabaseTransaction, f: &Frame, progress: &mut Progress) -> anyhow::Result<()> {
    let lines = finance(txn, f).await?;
    progress.show("finance lines and allocations", lines, lines);
    let written = operational_plans(txn, f).await? + risks(txn, f).await?;
    progress.show("operational plans and risks", written, written);
    Ok(())
}

/// Finance lines and actuals for every unit and year, the budget allocations that spend them, and
/// the adopted totals: the number of finance lines.
async fn finance(txn: &DatabaseTransaction, f: &Frame) -> Result<usize, DbErr> {
    let now = &f.now;
    let plan = f.plan_id;
    let cols = "id, plan_id, biennium, year, org_unit_id, kind, category, amount, provenance, source, version, \
                created_at, updated_at";
    let mut line_id = next_id(txn, "finance_lines").await?;
    let mut actual_id = next_id(txn, "finance_actuals").await?;
    let mut alloc_id = next_id(txn, "budget_allocations").await?;
    let mut lines = Bulk::new(txn, "finance_lines", cols);
    let mut actuals = Bulk::new(txn, "finance_actuals", cols);
    let mut allocations = Bulk::new(
        txn,
        "budget_allocations",
        "id, plan_id, year, org_unit_id, node_id, amount, provenance, version, created_at, updated_at",
    );
    // The totals adopted per biennium: the sums of its lines (revenue equals expense every unit-year).
    let mut adopted: BTreeMap<String, i64> = BTreeMap::new();
    for year in f.start_year..=f.end_year {
        let biennium = biennium_of(year, f.start_year);
        for (u, (unit, _)) in f.units.iter().enumerate() {
            // CHF thousands × 10⁴, whole thousands.
            let staff = (20_000 + (mix(&[u as i64, i64::from(year)]) % 40_000) as i64) * 10_000;
            let non_staff = staff / 20_000 * 4_000;
            let revenue = staff + non_staff;
            *adopted.entry(biennium.clone()).or_default() += revenue;
            for (kind, category, amount) in [
                ("revenue", "assessed_contributions", revenue),
                ("expense", "staff", staff),
                ("expense", "non_staff", non_staff),
            ] {
                let row = |id: i64, amount: i64| {
                    format!(
                        "{id}, {plan}, '{biennium}', {year}, {unit}, '{kind}', '{category}', {amount}, 'illustrative', '', 1, \
                         {now}, {now}"
                    )
                };
                lines.row(&row(line_id, amount)).await?;
                line_id += 1;
                if year <= f.report_year {
                    let executed = amount / 1000 * (930 + (mix(&[u as i64, i64::from(year), 3]) % 90) as i64);
                    actuals.row(&row(actual_id, executed)).await?;
                    actual_id += 1;
                }
            }
            // The unit's whole expense budget goes to its outputs (the General Secretariat's half to the
            // enablers), split exactly: the remainder of the division goes to the first node.
            let expense = staff + non_staff;
            let mut targets: Vec<(i64, i64)> = Vec::new();
            let own: Vec<i64> = f.outputs.iter().filter(|(_, o)| *o == u).map(|(id, _)| *id).collect();
            let (to_outputs, to_enablers) = if u == 0 {
                (expense / 2, expense - expense / 2)
            } else {
                (expense, 0)
            };
            split(&mut targets, &own, to_outputs);
            split(&mut targets, &f.enablers, to_enablers);
            for (node, amount) in targets.into_iter().filter(|(_, a)| *a > 0) {
                allocations
                    .row(&format!(
                        "{alloc_id}, {plan}, {year}, {unit}, {node}, {amount}, 'illustrative', 1, {now}, {now}"
                    ))
                    .await?;
                alloc_id += 1;
            }
        }
    }
    lines.flush().await?;
    actuals.flush().await?;
    allocations.flush().await?;
    adopted_totals(txn, f, adopted).await?;
    Ok(lines.total)
}

/// The totals adopted per biennium.
async fn adopted_totals(txn: &DatabaseTransaction, f: &Frame, adopted: BTreeMap<String, i64>) -> Result<(), DbErr> {
    let now = &f.now;
    let plan = f.plan_id;
    let mut adopted_id = next_id(txn, "adopted_totals").await?;
    let mut totals = Bulk::new(
        txn,
        "adopted_totals",
        "id, plan_id, biennium, revenue, expense, provenance, source, version, created_at, updated_at",
    );
    for (biennium, total) in adopted {
        totals
            .row(&format!(
                "{adopted_id}, {plan}, '{biennium}', {total}, {total}, 'illustrative', '', 1, {now}, {now}"
            ))
            .await?;
        adopted_id += 1;
    }
    totals.flush().await?;
    Ok(())
}

/// Operational plans with twenty items each for every unit and year up to the report year: the
/// number of items.
async fn operational_plans(txn: &DatabaseTransaction, f: &Frame) -> Result<usize, DbErr> {
    let now = &f.now;
    let plan = f.plan_id;
    let mut op_id = next_id(txn, "operational_plans").await?;
    let mut item_id = next_id(txn, "operational_items").await?;
    let mut ops = Bulk::new(
        txn,
        "operational_plans",
        "id, plan_id, org_unit_id, year, horizon_end_year, title, status, provenance, version, created_at, updated_at",
    );
    let mut items = Bulk::new(
        txn,
        "operational_items",
        "id, operational_plan_id, code, name, output_node_id, responsible_unit_id, budget, planned_quantity, \
         delivered_quantity, unit_of_measure, status, provenance, version, created_at, updated_at",
    );
    for year in f.start_year..=f.report_year {
        for (u, (unit, code)) in f.units.iter().enumerate() {
            ops.row(&format!(
                "{op_id}, {plan}, {unit}, {year}, {}, 'Operational plan {code} {year}', 'approved', 'illustrative', 1, \
                 {now}, {now}",
                year + 3
            ))
            .await?;
            let own: Vec<i64> = f.outputs.iter().filter(|(_, o)| *o == u).map(|(id, _)| *id).collect();
            for n in 0..20_usize {
                let h = mix(&[u as i64, i64::from(year), n as i64]);
                let planned = 10 + (h % 90) as i64;
                let delivered = planned * (40 + (h / 100 % 80) as i64) / 100;
                let status = ["planned", "in_progress", "delivered", "delayed", "cancelled"][(h / 10_000 % 5) as usize];
                items
                    .row(&format!(
                        "{item_id}, {op_id}, '{code}-{year}-{:02}', 'Synthetic activity {n} of {code}', {}, {unit}, {}, \
                         {}, {}, 'activities', '{status}', 'illustrative', 1, {now}, {now}",
                        n + 1,
                        own[n % own.len().max(1)],
                        (100 + h % 900) as i64 * 10_000,
                        planned * 10_000,
                        delivered * 10_000
                    ))
                    .await?;
                item_id += 1;
            }
            op_id += 1;
        }
    }
    ops.flush().await?;
    items.flush().await?;

    Ok(items.total)
}

/// Thirty risks, each linked to a goal or target: the number of risks.
async fn risks(txn: &DatabaseTransaction, f: &Frame) -> Result<usize, DbErr> {
    let now = &f.now;
    let plan = f.plan_id;
    let mut risk_id = next_id(txn, "risks").await?;
    let mut risks = Bulk::new(
        txn,
        "risks",
        "id, plan_id, code, title, category, likelihood, impact, mitigation, owner_unit_id, status, reviewed_on, \
         provenance, version, created_at, updated_at",
    );
    let mut links = Bulk::new(txn, "risk_links", "risk_id, node_id");
    let categories = crate::models::risks::CATEGORIES;
    for r in 0..30_usize {
        let h = mix(&[r as i64, 99]);
        risks
            .row(&format!(
                "{risk_id}, {plan}, 'BR-{:02}', 'Synthetic risk {r}', '{}', {}, {}, 'Synthetic mitigation.', {}, '{}', \
                 '{}-10-15', 'illustrative', 1, {now}, {now}",
                r + 1,
                categories[r % categories.len()],
                1 + h % 5,
                1 + h / 5 % 5,
                f.units[r % f.units.len()].0,
                ["open", "mitigating", "closed"][r % 3],
                f.report_year
            ))
            .await?;
        links
            .row(&format!("{risk_id}, {}", f.goal_side[r % f.goal_side.len()]))
            .await?;
        risk_id += 1;
    }
    risks.flush().await?;
    links.flush().await?;
    Ok(risks.total)
}

/// Splits `amount` over `nodes` exactly (the remainder to the first).
fn split(out: &mut Vec<(i64, i64)>, nodes: &[i64], amount: i64) {
    if nodes.is_empty() || amount == 0 {
        return;
    }
    let n = nodes.len() as i64;
    for (i, node) in nodes.iter().enumerate() {
        out.push((*node, amount / n + if i == 0 { amount % n } else { 0 }));
    }
}
