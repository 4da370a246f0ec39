//! Phase two of seeding: the checked seed written to the database in one transaction, by natural code.

use super::parse::Seed;
use super::upsert::{Existing, Tally};
use crate::entities::*;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, TransactionSession, TransactionTrait};
use std::collections::HashMap;

pub use super::upsert::Counts;

fn plan_id(ids: &HashMap<String, i32>, code: &str) -> i32 {
    ids[code]
}

/// Writes `seed` into `db` in one transaction; running it twice changes nothing.
pub async fn load<C: TransactionTrait>(db: &C, seed: &Seed, now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let txn = db.begin().await?;
    let counts = load_in(&txn, seed, now).await?;
    crate::models::data_version::bump(&txn).await?;
    txn.commit().await?;
    Ok(counts)
}

async fn load_in(db: &impl ConnectionTrait, seed: &Seed, now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let mut counts = Counts::new();
    let c = &mut counts;
    let (units, plans) = units_and_plans(db, seed, now, c).await?;
    let nodes = nodes_and_links(db, seed, now, c, &plans, &units).await?;
    let (dims, dim_values) = dimensions(db, seed, now, c).await?;
    let inds = indicators(db, seed, now, c, &plans, &units, &nodes).await?;
    indicator_dimensions_and_milestones(db, seed, now, c, &plans, &inds, &dims).await?;
    mandates_and_periods(db, seed, now, c, &plans, &nodes, &inds).await?;
    super::load_execution::load_execution(db, seed, now, &plans, &units, &nodes, &inds, &dim_values, &mut counts)
        .await?;
    Ok(counts)
}

/// Ids by code.
type ByCode = HashMap<String, i32>;
/// Ids by (plan id, code).
type ByPlanCode = HashMap<(i32, String), i32>;

/// Org units and plans, parents and predecessors first: their ids by code.
async fn units_and_plans(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
) -> Result<(ByCode, ByCode), DbErr> {
    let mut t = Tally::default();
    let mut ex = Existing::load::<org_units::Entity>(db, |m| m.code.clone()).await?;
    let mut units = HashMap::new();
    for u in &seed.org_units {
        let am = org_units::ActiveModel {
            code: Set(u.code.clone()),
            name: Set(u.name.clone()),
            kind: Set(u.kind.clone()),
            parent_id: Set(u.parent_code.as_ref().map(|p| units[p])),
            provenance: Set(u.provenance.clone()),
            source: Set(u.source.clone()),
            ..Default::default()
        };
        units.insert(u.code.clone(), ex.upsert(db, u.code.clone(), am, now, &mut t).await?);
    }
    counts.insert("org_units", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<plans::Entity>(db, |m| m.code.clone()).await?;
    let mut plans = HashMap::new();
    for p in &seed.plans {
        let am = plans::ActiveModel {
            code: Set(p.code.clone()),
            name: Set(p.name.clone()),
            resolution: Set(p.resolution.clone()),
            start_year: Set(p.start_year),
            end_year: Set(p.end_year),
            status: Set(p.status.clone()),
            predecessor_id: Set(p.predecessor_code.as_ref().map(|c| plans[c])),
            max_age_years: Set(p.max_age_years),
            on_track_threshold: Set(p.on_track_threshold),
            at_risk_threshold: Set(p.at_risk_threshold),
            maintain_on_track_pct: Set(p.maintain_on_track_pct),
            maintain_at_risk_pct: Set(p.maintain_at_risk_pct),
            contributory_unit_chf: Set(p.contributory_unit_chf),
            provenance: Set(p.provenance.clone()),
            source: Set(p.source.clone()),
            ..Default::default()
        };
        plans.insert(p.code.clone(), ex.upsert(db, p.code.clone(), am, now, &mut t).await?);
    }
    counts.insert("plans", t);
    Ok((units, plans))
}

/// Result nodes (parents first) and contribution links: the nodes' ids.
async fn nodes_and_links(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
    plans: &ByCode,
    units: &ByCode,
) -> Result<ByPlanCode, DbErr> {
    let mut t = Tally::default();
    let mut ex = Existing::load::<result_nodes::Entity>(db, |m| (m.plan_id, m.code.clone())).await?;
    let mut nodes = HashMap::new();
    for n in &seed.nodes {
        let pid = plan_id(plans, &n.plan_code);
        let am = result_nodes::ActiveModel {
            plan_id: Set(pid),
            parent_id: Set(n.parent_code.as_ref().map(|c| nodes[&(pid, c.clone())])),
            level: Set(n.level.clone()),
            code: Set(n.code.clone()),
            name: Set(n.name.clone()),
            description: Set(n.description.clone()),
            owner_unit_id: Set(n.owner_unit_code.as_ref().map(|c| units[c])),
            output_kind: Set(n.output_kind.clone()),
            sort_order: Set(n.sort_order),
            provenance: Set(n.provenance.clone()),
            source: Set(n.source.clone()),
            ..Default::default()
        };
        let id = ex.upsert(db, (pid, n.code.clone()), am, now, &mut t).await?;
        nodes.insert((pid, n.code.clone()), id);
    }
    counts.insert("result_nodes", t);
    let node = |plan_code: &str, code: &str| nodes[&(plans[plan_code], code.to_owned())];

    let mut t = Tally::default();
    let mut ex = Existing::load::<contribution_links::Entity>(db, |m| (m.from_node_id, m.to_node_id)).await?;
    for l in &seed.links {
        let (from, to) = (node(&l.plan_code, &l.from_code), node(&l.plan_code, &l.to_code));
        let am = contribution_links::ActiveModel {
            from_node_id: Set(from),
            to_node_id: Set(to),
            weight: Set(l.weight),
            provenance: Set(l.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, (from, to), am, now, &mut t).await?;
    }
    counts.insert("contribution_links", t);
    Ok(nodes)
}

/// Dimensions and their values: their ids by code and by (dimension, value) code.
async fn dimensions(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
) -> Result<(ByCode, HashMap<(String, String), i32>), DbErr> {
    let (mut td, mut tv) = (Tally::default(), Tally::default());
    let mut exd = Existing::load::<dimensions::Entity>(db, |m| m.code.clone()).await?;
    let mut exv = Existing::load::<dimension_values::Entity>(db, |m| (m.dimension_id, m.code.clone())).await?;
    let mut dims = HashMap::new();
    let mut dim_values = HashMap::new();
    for d in &seed.dimensions {
        let did = match dims.get(&d.dimension_code) {
            Some(id) => *id,
            None => {
                let am = dimensions::ActiveModel {
                    code: Set(d.dimension_code.clone()),
                    name: Set(d.dimension_name.clone()),
                    ..Default::default()
                };
                let id = exd.upsert(db, d.dimension_code.clone(), am, now, &mut td).await?;
                dims.insert(d.dimension_code.clone(), id);
                id
            }
        };
        let am = dimension_values::ActiveModel {
            dimension_id: Set(did),
            code: Set(d.value_code.clone()),
            name: Set(d.value_name.clone()),
            sort_order: Set(d.sort_order),
            ..Default::default()
        };
        let vid = exv.upsert(db, (did, d.value_code.clone()), am, now, &mut tv).await?;
        dim_values.insert((d.dimension_code.clone(), d.value_code.clone()), vid);
    }
    counts.insert("dimensions", td);
    counts.insert("dimension_values", tv);
    Ok((dims, dim_values))
}

/// Indicators, predecessors first: their ids.
async fn indicators(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
    plans: &ByCode,
    units: &ByCode,
    nodes: &ByPlanCode,
) -> Result<ByPlanCode, DbErr> {
    let node = |plan_code: &str, code: &str| nodes[&(plans[plan_code], code.to_owned())];

    let mut t = Tally::default();
    let mut ex = Existing::load::<indicators::Entity>(db, |m| (m.plan_id, m.code.clone())).await?;
    let mut inds = HashMap::new();
    for i in &seed.indicators {
        let pid = plans[&i.plan_code];
        let am = indicators::ActiveModel {
            plan_id: Set(pid),
            node_id: Set(node(&i.plan_code, &i.node_code)),
            code: Set(i.code.clone()),
            name: Set(i.name.clone()),
            definition: Set(i.definition.clone()),
            unit: Set(i.unit.clone()),
            direction: Set(i.direction.clone()),
            aggregation: Set(i.aggregation.clone()),
            baseline_value: Set(i.baseline_value),
            baseline_year: Set(i.baseline_year),
            target_value: Set(i.target_value),
            target_year: Set(i.target_year),
            data_source: Set(i.data_source.clone()),
            frequency: Set(i.frequency.clone()),
            owner_unit_id: Set(units[&i.owner_unit_code]),
            is_key: Set(i.is_key),
            sdg_tags: Set(i.sdg_tags.clone()),
            wsis_tags: Set(i.wsis_tags.clone()),
            predecessor_id: Set(i.predecessor.as_ref().map(|(p, c)| inds[&(plans[p], c.clone())])),
            predecessor_relation: Set(i.predecessor_relation.clone()),
            provenance: Set(i.provenance.clone()),
            source: Set(i.source.clone()),
            ..Default::default()
        };
        let id = ex.upsert(db, (pid, i.code.clone()), am, now, &mut t).await?;
        inds.insert((pid, i.code.clone()), id);
    }
    counts.insert("indicators", t);
    Ok(inds)
}

/// The dimensions each indicator is broken down by, and its milestones.
async fn indicator_dimensions_and_milestones(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
    plans: &ByCode,
    inds: &ByPlanCode,
    dims: &ByCode,
) -> Result<(), DbErr> {
    let ind = |plan_code: &str, code: &str| inds[&(plans[plan_code], code.to_owned())];

    let mut t = Tally::default();
    let existing: std::collections::HashSet<(i32, i32)> = indicator_dimensions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.indicator_id, m.dimension_id))
        .collect();
    for i in &seed.indicators {
        for d in &i.dimensions {
            let key = (ind(&i.plan_code, &i.code), dims[d]);
            if existing.contains(&key) {
                t.unchanged += 1;
            } else {
                indicator_dimensions::Entity::insert(indicator_dimensions::ActiveModel {
                    indicator_id: Set(key.0),
                    dimension_id: Set(key.1),
                })
                .exec_without_returning(db)
                .await?;
                t.inserted += 1;
            }
        }
    }
    counts.insert("indicator_dimensions", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<indicator_milestones::Entity>(db, |m| (m.indicator_id, m.year)).await?;
    for m in &seed.milestones {
        let iid = ind(&m.plan_code, &m.indicator_code);
        let am = indicator_milestones::ActiveModel {
            indicator_id: Set(iid),
            year: Set(m.year),
            value: Set(m.value),
            provenance: Set(m.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, (iid, m.year), am, now, &mut t).await?;
    }
    counts.insert("indicator_milestones", t);
    Ok(())
}

/// Mandates with their links to nodes and indicators, and the reporting periods.
async fn mandates_and_periods(
    db: &impl ConnectionTrait,
    seed: &Seed,
    now: DateTime<Utc>,
    counts: &mut Counts,
    plans: &ByCode,
    nodes: &ByPlanCode,
    inds: &ByPlanCode,
) -> Result<(), DbErr> {
    let node = |plan_code: &str, code: &str| nodes[&(plans[plan_code], code.to_owned())];
    let ind = |plan_code: &str, code: &str| inds[&(plans[plan_code], code.to_owned())];

    let mut t = Tally::default();
    let mut ex = Existing::load::<mandates::Entity>(db, |m| (m.vocabulary.clone(), m.code.clone())).await?;
    let mut mands = HashMap::new();
    for m in &seed.mandates {
        let am = mandates::ActiveModel {
            vocabulary: Set(m.vocabulary.clone()),
            code: Set(m.code.clone()),
            title: Set(m.title.clone()),
            source: Set(m.source.clone()),
            ..Default::default()
        };
        let key = (m.vocabulary.clone(), m.code.clone());
        mands.insert(key.clone(), ex.upsert(db, key, am, now, &mut t).await?);
    }
    counts.insert("mandates", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<mandate_links::Entity>(db, |m| (m.mandate_id, m.node_id, m.indicator_id)).await?;
    for l in &seed.mandate_links {
        let mid = mands[&(l.vocabulary.clone(), l.mandate_code.clone())];
        let nid = l.node_code.as_ref().map(|c| node(&l.plan_code, c));
        let iid = l.indicator_code.as_ref().map(|c| ind(&l.plan_code, c));
        let am = mandate_links::ActiveModel {
            mandate_id: Set(mid),
            node_id: Set(nid),
            indicator_id: Set(iid),
            ..Default::default()
        };
        ex.upsert(db, (mid, nid, iid), am, now, &mut t).await?;
    }
    counts.insert("mandate_links", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<reporting_periods::Entity>(db, |m| (m.plan_id, m.year)).await?;
    for p in &seed.periods {
        let pid = plans[&p.plan_code];
        if ex.id(&(pid, p.year)).is_some() {
            // A period's lock belongs to the Secretary-General's office once it exists: re-seeding never reopens it.
            t.unchanged += 1;
            continue;
        }
        let am = reporting_periods::ActiveModel {
            plan_id: Set(pid),
            year: Set(p.year),
            status: Set(p.status.clone()),
            locked_at: Set((p.status == "locked").then(|| now.into())),
            lock_note: Set(if p.status == "locked" {
                "locked by the seed: the plan period is closed".into()
            } else {
                String::new()
            }),
            ..Default::default()
        };
        ex.upsert(db, (pid, p.year), am, now, &mut t).await?;
    }
    counts.insert("reporting_periods", t);
    Ok(())
}
