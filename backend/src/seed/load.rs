//! Phase two of seeding: the checked seed written to the database in one transaction, by natural code.

use super::parse::Seed;
use super::pass::{Ids, Pass};
use super::upsert::{Existing, Tally};
use crate::entities::*;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, TransactionSession, TransactionTrait};
use std::collections::HashMap;

pub use super::upsert::Counts;

/// Writes `seed` into `db` in one transaction; running it twice changes nothing.
pub async fn load<C: TransactionTrait>(db: &C, seed: &Seed, now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let txn = db.begin().await?;
    let counts = load_in(&txn, seed, now).await?;
    crate::models::data_version::bump(&txn).await?;
    txn.commit().await?;
    Ok(counts)
}

async fn load_in(db: &impl ConnectionTrait, seed: &Seed, now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let mut pass = Pass {
        db,
        seed,
        now,
        counts: Counts::new(),
    };
    let mut ids = Ids::default();
    units_and_plans(&mut pass, &mut ids).await?;
    nodes_and_links(&mut pass, &mut ids).await?;
    dimensions(&mut pass, &mut ids).await?;
    indicators(&mut pass, &mut ids).await?;
    indicator_dimensions_and_milestones(&mut pass, &ids).await?;
    mandates_and_periods(&mut pass, &ids).await?;
    translations(&mut pass, &ids).await?;
    super::load_execution::load_execution(&mut pass, &ids).await?;
    Ok(pass.counts)
}

/// Org units and plans, parents and predecessors first; their ids go into `ids`.
async fn units_and_plans(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &mut Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let mut ex = Existing::load::<org_units::Entity>(db, |m| m.code.clone()).await?;
    for u in &seed.org_units {
        let am = org_units::ActiveModel {
            code: Set(u.code.clone()),
            name: Set(u.name.clone()),
            kind: Set(u.kind.clone()),
            parent_id: Set(u.parent_code.as_ref().map(|c| ids.units[c])),
            provenance: Set(u.provenance.clone()),
            source: Set(u.source.clone()),
            ..Default::default()
        };
        let id = ex.upsert(db, u.code.clone(), am, now, &mut t).await?;
        ids.units.insert(u.code.clone(), id);
    }
    pass.counts.insert("org_units", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<plans::Entity>(db, |m| m.code.clone()).await?;
    for p in &seed.plans {
        let am = plans::ActiveModel {
            code: Set(p.code.clone()),
            name: Set(p.name.clone()),
            resolution: Set(p.resolution.clone()),
            start_year: Set(p.start_year),
            end_year: Set(p.end_year),
            status: Set(p.status.clone()),
            predecessor_id: Set(p.predecessor_code.as_ref().map(|c| ids.plans[c])),
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
        let id = ex.upsert(db, p.code.clone(), am, now, &mut t).await?;
        ids.plans.insert(p.code.clone(), id);
    }
    pass.counts.insert("plans", t);
    Ok(())
}

/// Result nodes (parents first) and contribution links; the nodes' ids go into `ids`.
async fn nodes_and_links(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &mut Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let mut ex = Existing::load::<result_nodes::Entity>(db, |m| (m.plan_id, m.code.clone())).await?;
    for n in &seed.nodes {
        let pid = ids.plans[&n.plan_code];
        let am = result_nodes::ActiveModel {
            plan_id: Set(pid),
            parent_id: Set(n.parent_code.as_ref().map(|c| ids.nodes[&(pid, c.clone())])),
            level: Set(n.level.clone()),
            code: Set(n.code.clone()),
            name: Set(n.name.clone()),
            description: Set(n.description.clone()),
            owner_unit_id: Set(n.owner_unit_code.as_ref().map(|c| ids.units[c])),
            output_kind: Set(n.output_kind.clone()),
            sort_order: Set(n.sort_order),
            provenance: Set(n.provenance.clone()),
            source: Set(n.source.clone()),
            ..Default::default()
        };
        let id = ex.upsert(db, (pid, n.code.clone()), am, now, &mut t).await?;
        ids.nodes.insert((pid, n.code.clone()), id);
    }
    pass.counts.insert("result_nodes", t);
    let mut t = Tally::default();
    let mut ex = Existing::load::<contribution_links::Entity>(db, |m| (m.from_node_id, m.to_node_id)).await?;
    for l in &seed.links {
        let (from, to) = (ids.node(&l.plan_code, &l.from_code), ids.node(&l.plan_code, &l.to_code));
        let am = contribution_links::ActiveModel {
            from_node_id: Set(from),
            to_node_id: Set(to),
            weight: Set(l.weight),
            provenance: Set(l.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, (from, to), am, now, &mut t).await?;
    }
    pass.counts.insert("contribution_links", t);
    Ok(())
}

/// Dimensions and their values; their ids go into `ids` by code and by (dimension, value) code.
async fn dimensions(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &mut Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let (mut td, mut tv) = (Tally::default(), Tally::default());
    let mut exd = Existing::load::<dimensions::Entity>(db, |m| m.code.clone()).await?;
    let mut exv = Existing::load::<dimension_values::Entity>(db, |m| (m.dimension_id, m.code.clone())).await?;
    for d in &seed.dimensions {
        let did = match ids.dims.get(&d.dimension_code) {
            Some(id) => *id,
            None => {
                let am = dimensions::ActiveModel {
                    code: Set(d.dimension_code.clone()),
                    name: Set(d.dimension_name.clone()),
                    ..Default::default()
                };
                let id = exd.upsert(db, d.dimension_code.clone(), am, now, &mut td).await?;
                ids.dims.insert(d.dimension_code.clone(), id);
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
        ids.dim_values
            .insert((d.dimension_code.clone(), d.value_code.clone()), vid);
    }
    pass.counts.insert("dimensions", td);
    pass.counts.insert("dimension_values", tv);
    Ok(())
}

/// Indicators, predecessors first; their ids go into `ids`.
async fn indicators(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &mut Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let mut ex = Existing::load::<indicators::Entity>(db, |m| (m.plan_id, m.code.clone())).await?;
    for i in &seed.indicators {
        let pid = ids.plans[&i.plan_code];
        let am = indicators::ActiveModel {
            plan_id: Set(pid),
            node_id: Set(ids.node(&i.plan_code, &i.node_code)),
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
            owner_unit_id: Set(ids.units[&i.owner_unit_code]),
            is_key: Set(i.is_key),
            sdg_tags: Set(i.sdg_tags.clone()),
            wsis_tags: Set(i.wsis_tags.clone()),
            predecessor_id: Set(i.predecessor.as_ref().map(|(p, c)| ids.indicator(p, c))),
            predecessor_relation: Set(i.predecessor_relation.clone()),
            provenance: Set(i.provenance.clone()),
            source: Set(i.source.clone()),
            ..Default::default()
        };
        let id = ex.upsert(db, (pid, i.code.clone()), am, now, &mut t).await?;
        ids.inds.insert((pid, i.code.clone()), id);
    }
    pass.counts.insert("indicators", t);
    Ok(())
}

/// The dimensions each indicator is broken down by, and its milestones.
async fn indicator_dimensions_and_milestones(
    pass: &mut Pass<'_, impl ConnectionTrait>,
    ids: &Ids,
) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let existing: std::collections::HashSet<(i32, i32)> = indicator_dimensions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.indicator_id, m.dimension_id))
        .collect();
    for i in &seed.indicators {
        for d in &i.dimensions {
            let key = (ids.indicator(&i.plan_code, &i.code), ids.dims[d]);
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
    pass.counts.insert("indicator_dimensions", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<indicator_milestones::Entity>(db, |m| (m.indicator_id, m.year)).await?;
    for m in &seed.milestones {
        let iid = ids.indicator(&m.plan_code, &m.indicator_code);
        let am = indicator_milestones::ActiveModel {
            indicator_id: Set(iid),
            year: Set(m.year),
            value: Set(m.value),
            provenance: Set(m.provenance.clone()),
            ..Default::default()
        };
        ex.upsert(db, (iid, m.year), am, now, &mut t).await?;
    }
    pass.counts.insert("indicator_milestones", t);
    Ok(())
}

/// Mandates with their links to nodes and indicators, and the reporting periods.
async fn mandates_and_periods(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
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
    pass.counts.insert("mandates", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<mandate_links::Entity>(db, |m| (m.mandate_id, m.node_id, m.indicator_id)).await?;
    for l in &seed.mandate_links {
        let mid = mands[&(l.vocabulary.clone(), l.mandate_code.clone())];
        let nid = l.node_code.as_ref().map(|c| ids.node(&l.plan_code, c));
        let iid = l.indicator_code.as_ref().map(|c| ids.indicator(&l.plan_code, c));
        let am = mandate_links::ActiveModel {
            mandate_id: Set(mid),
            node_id: Set(nid),
            indicator_id: Set(iid),
            ..Default::default()
        };
        ex.upsert(db, (mid, nid, iid), am, now, &mut t).await?;
    }
    pass.counts.insert("mandate_links", t);

    let mut t = Tally::default();
    let mut ex = Existing::load::<reporting_periods::Entity>(db, |m| (m.plan_id, m.year)).await?;
    for p in &seed.periods {
        let pid = ids.plans[&p.plan_code];
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
    pass.counts.insert("reporting_periods", t);
    Ok(())
}

/// The framework's text in other languages, by (kind, record, language).
async fn translations(pass: &mut Pass<'_, impl ConnectionTrait>, ids: &Ids) -> Result<(), DbErr> {
    use crate::models::translations::{Kind, Subject};
    let (db, seed, now) = (pass.db, pass.seed, pass.now);
    let mut t = Tally::default();
    let mut ex =
        Existing::load::<translations::Entity>(db, |m| (m.entity_kind.clone(), m.entity_id, m.lang.clone())).await?;
    for row in &seed.translations {
        // The checks passed: the kind, the key and the record are known.
        let Some(subject) = Kind::parse(&row.kind).and_then(|k| Subject::from_key(k, &row.key).ok()) else {
            continue;
        };
        let id = match &subject {
            Subject::Plan(c) => ids.plans[c],
            Subject::Unit(c) => ids.units[c],
            Subject::Dimension(c) => ids.dims[c],
            Subject::Node(p, c) => ids.node(p, c),
            Subject::Indicator(p, c) => ids.indicator(p, c),
            Subject::DimensionValue(d, v) => ids.dim_values[&(d.clone(), v.clone())],
        };
        let am = translations::ActiveModel {
            entity_kind: Set(row.kind.clone()),
            entity_id: Set(id),
            lang: Set(row.lang.clone()),
            name: Set(row.name.clone()),
            definition: Set(row.definition.clone()),
            provenance: Set(row.provenance.clone()),
            source: Set(row.source.clone()),
            ..Default::default()
        };
        ex.upsert(db, (row.kind.clone(), id, row.lang.clone()), am, now, &mut t)
            .await?;
    }
    pass.counts.insert("translations", t);
    Ok(())
}
