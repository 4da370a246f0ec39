//! Seeding the plan's execution: finance, operational plans, risks and sample measurements.

use super::parse::MoneyRow;
use super::pass::{Ids, Pass};
use super::upsert::{Existing, Tally};
use crate::entities::*;
use crate::models::measurements::format_disaggregation;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use std::collections::{HashMap, HashSet};

macro_rules! money {
    ($db:expr, $now:expr, $rows:expr, $ids:expr, $m:ident) => {{
        let mut t = Tally::default();
        let mut ex = Existing::load::<$m::Entity>($db, |m| {
            (m.plan_id, m.year, m.org_unit_id, m.kind.clone(), m.category.clone())
        })
        .await?;
        for f in $rows {
            let f: &MoneyRow = f;
            let key = (
                $ids.plans[&f.plan_code],
                f.year,
                $ids.units[&f.unit_code],
                f.kind.clone(),
                f.category.clone(),
            );
            let am = $m::ActiveModel {
                plan_id: Set(key.0),
                biennium: Set(f.biennium.clone()),
                year: Set(f.year),
                org_unit_id: Set(key.2),
                kind: Set(f.kind.clone()),
                category: Set(f.category.clone()),
                description: Set(f.description.clone()),
                amount: Set(f.amount),
                provenance: Set(f.provenance.clone()),
                source: Set(f.source.clone()),
                ..Default::default()
            };
            ex.upsert($db, key, am, $now, &mut t).await?;
        }
        t
    }};
}

/// Loads the files after the framework, looking up the framework's rows in `ids`.
pub async fn load_execution(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    finance(pass, ids).await?;
    operational_plans_and_items(pass, ids).await?;
    risks_and_links(pass, ids).await?;
    sample_measurements(pass, ids).await
}

/// Finance lines and actuals, budget allocations and adopted totals.
async fn finance(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    pass.counts.insert(
        "finance_lines",
        money!(db, now, &seed.finance_lines, ids, finance_lines),
    );
    pass.counts.insert(
        "finance_actuals",
        money!(db, now, &seed.finance_actuals, ids, finance_actuals),
    );

    let mut t = Tally::default();
    let mut ex =
        Existing::load::<budget_allocations::Entity>(db, |m| (m.plan_id, m.year, m.org_unit_id, m.node_id)).await?;
    for a in &seed.allocations {
        let key = (
            ids.plans[&a.plan_code],
            a.year,
            ids.units[&a.unit_code],
            ids.node(&a.plan_code, &a.node_code),
        );
        let am = budget_allocations::ActiveModel {
            plan_id: Set(key.0),
            year: Set(a.year),
            org_unit_id: Set(key.2),
            node_id: Set(key.3),
            amount: Set(a.amount),
            provenance: Set(a.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, key, am, now, &mut t).await?;
    }
    pass.counts.insert("budget_allocations", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<adopted_totals::Entity>(db, |m| (m.plan_id, m.biennium.clone())).await?;
    for a in &seed.adopted_totals {
        let key = (ids.plans[&a.plan_code], a.biennium.clone());
        let am = adopted_totals::ActiveModel {
            plan_id: Set(key.0),
            biennium: Set(a.biennium.clone()),
            revenue: Set(a.revenue),
            expense: Set(a.expense),
            provenance: Set(a.provenance.clone()),
            source: Set(a.source.clone()),
            ..Default::default()
        };
        ex.upsert(db, key, am, now, &mut t).await?;
    }
    pass.counts.insert("adopted_totals", t);
    Ok(())
}

/// Operational plans and their items.
async fn operational_plans_and_items(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let mut ex = Existing::load::<operational_plans::Entity>(db, |m| (m.plan_id, m.org_unit_id, m.year)).await?;
    let mut op_plans = HashMap::new();
    for o in &seed.op_plans {
        let key = (ids.plans[&o.plan_code], ids.units[&o.unit_code], o.year);
        let am = operational_plans::ActiveModel {
            plan_id: Set(key.0),
            org_unit_id: Set(key.1),
            year: Set(o.year),
            horizon_end_year: Set(o.horizon_end_year),
            title: Set(o.title.clone()),
            status: Set(o.status.clone()),
            provenance: Set(o.provenance.clone()),
            ..Default::default()
        };
        op_plans.insert(key, ex.upsert(db, key, am, now, &mut t).await?);
    }
    pass.counts.insert("operational_plans", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<operational_items::Entity>(db, |m| (m.operational_plan_id, m.code.clone())).await?;
    for o in &seed.op_items {
        let opid = op_plans[&(ids.plans[&o.plan_code], ids.units[&o.unit_code], o.year)];
        let am = operational_items::ActiveModel {
            operational_plan_id: Set(opid),
            code: Set(o.code.clone()),
            name: Set(o.name.clone()),
            output_node_id: Set(ids.node(&o.plan_code, &o.output_code)),
            responsible_unit_id: Set(ids.units[&o.responsible_unit_code]),
            budget: Set(o.budget),
            planned_quantity: Set(o.planned_quantity),
            delivered_quantity: Set(o.delivered_quantity),
            unit_of_measure: Set(o.unit_of_measure.clone()),
            milestones: Set(o.milestones.clone()),
            status: Set(o.status.clone()),
            provenance: Set(o.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, (opid, o.code.clone()), am, now, &mut t).await?;
    }
    pass.counts.insert("operational_items", t);
    Ok(())
}

/// Risks and the result nodes each is linked to.
async fn risks_and_links(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let (mut t, mut tl) = (Tally::default(), Tally::default());
    let mut ex = Existing::load::<risks::Entity>(db, |m| (m.plan_id, m.code.clone())).await?;
    let links: HashSet<(i32, i32)> = risk_links::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.risk_id, l.node_id))
        .collect();
    for r in &seed.risks {
        let pid = ids.plans[&r.plan_code];
        let am = risks::ActiveModel {
            plan_id: Set(pid),
            code: Set(r.code.clone()),
            title: Set(r.title.clone()),
            description: Set(r.description.clone()),
            category: Set(r.category.clone()),
            likelihood: Set(r.likelihood),
            impact: Set(r.impact),
            mitigation: Set(r.mitigation.clone()),
            owner_unit_id: Set(ids.units[&r.owner_unit_code]),
            status: Set(r.status.clone()),
            reviewed_on: Set(r.reviewed_on),
            provenance: Set(r.provenance.clone()),
            ..Default::default()
        };
        let rid = ex.upsert(db, (pid, r.code.clone()), am, now, &mut t).await?;
        for code in &r.linked_node_codes {
            let nid = ids.node(&r.plan_code, code);
            if links.contains(&(rid, nid)) {
                tl.unchanged += 1;
            } else {
                risk_links::Entity::insert(risk_links::ActiveModel {
                    risk_id: Set(rid),
                    node_id: Set(nid),
                })
                .exec_without_returning(db)
                .await?;
                tl.inserted += 1;
            }
        }
    }
    pass.counts.insert("risks", t);
    pass.counts.insert("risk_links", tl);
    Ok(())
}

/// Sample measurements with their disaggregation.
async fn sample_measurements(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    // Measurements are data, not framework: the seed adds a sample value only where its slot is empty and
    // never overwrites a value someone entered or corrected since.
    let mut t = Tally::default();
    let filled: HashSet<(i32, i32, Option<i32>, String)> = measurements::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.indicator_id, m.year, m.quarter, m.disaggregation))
        .collect();
    for m in &seed.measurements {
        let iid = ids.indicator(&m.plan_code, &m.indicator_code);
        let disagg = format_disaggregation(&m.disaggregation);
        if filled.contains(&(iid, m.year, m.quarter, disagg.clone())) {
            t.unchanged += 1;
            continue;
        }
        let submitted = m.state != "draft";
        let approved = m.state == "approved";
        let model = measurements::ActiveModel {
            indicator_id: Set(iid),
            year: Set(m.year),
            quarter: Set(m.quarter),
            disaggregation: Set(disagg),
            value: Set(m.value),
            numerator: Set(m.numerator),
            denominator: Set(m.denominator),
            narrative: Set(m.narrative.clone()),
            evidence_url: Set(m.evidence_url.clone()),
            quality: Set(m.quality.clone()),
            state: Set(m.state.clone()),
            revision: Set(1),
            entered_at: Set(now.into()),
            submitted_at: Set(submitted.then(|| now.into())),
            approved_at: Set(approved.then(|| now.into())),
            provenance: Set(m.provenance.clone()),
            created_at: Set(now.into()),
            updated_at: Set(now.into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (d, v) in &m.disaggregation {
            measurement_dimensions::Entity::insert(measurement_dimensions::ActiveModel {
                measurement_id: Set(model.id),
                dimension_value_id: Set(ids.dim_values[&(d.clone(), v.clone())]),
            })
            .exec_without_returning(db)
            .await?;
        }
        t.inserted += 1;
    }
    pass.counts.insert("measurements", t);
    Ok(())
}
