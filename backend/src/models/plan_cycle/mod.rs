//! The plan-cycle view: a plan's framework beside its predecessor plan's, built from the predecessor
//! links: each indicator carried over, redefined, new or dropped (the rule in [`rule`]), with the codes,
//! names and units of both sides and, for a carried-over or redefined one, which of name, unit,
//! direction, aggregation and definition changed; the counts per class; the result nodes matched by code
//! (nodes carry no predecessor link). Filtered by class and by goal, one page of indicators at a time.
//!
//! Each plan's framework is read from its evaluation for its last year ([`crate::models::cache::Snapshot::evaluate`], kept
//! per data version): the fields as in force at the end of its period (for a running plan, today's).
//! Nothing is read per indicator.

pub mod rule;

use crate::auth::Actor;
use crate::entities::{indicators, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::cache::{Cache, Derived};
use crate::models::evaluation::Evaluation;
use crate::models::paging::{PageParams, page_and_size};
use crate::models::plans::{Plan, cached_plan_by_code};
use crate::models::report_input::cycles;
use crate::policy::{Action, authorize};
use rule::{Change, Class, Line, NodeClass};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The filters of the view.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CycleParams {
    /// Only the indicators of this class: carried_over, redefined, new or dropped.
    pub class: Option<String>,
    /// Only the indicators counted in the roll-up of this strategic goal, thematic priority or enabler
    /// (a node at the top of the tree, matched by code in both plans; a dropped indicator by its node
    /// in the predecessor plan), and only the nodes below it.
    pub goal: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Indicators per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
}

/// One side of a line: an indicator of one of the two plans.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Side {
    /// Its id (for the pages' lookup of its name in the reader's language; not in the API's answer).
    #[serde(skip)]
    pub id: i32,
    /// Code of its plan.
    pub plan: String,
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its unit of measure (`percent`, `count`, `ratio`, …).
    pub unit: String,
    /// `increase`, `decrease` or `maintain`.
    pub direction: String,
    /// How its values combine over time.
    pub aggregation: String,
    /// Code of its result node.
    pub node: String,
}

/// One indicator of the plan, of its predecessor plan, or both.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CycleLine {
    /// carried_over, redefined, new or dropped.
    pub class: Class,
    /// The indicator in the plan; `null` when dropped.
    pub current: Option<Side>,
    /// Its predecessor (carried over or redefined), the earlier indicator a new one names for
    /// reference, or the dropped indicator; `null` for a new indicator that names none.
    pub predecessor: Option<Side>,
    /// What differs from the predecessor, field by field (carried over and redefined only).
    pub changed: Vec<Change>,
}

/// How many indicators are in a class.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ClassCount {
    /// The class.
    pub class: Class,
    /// Indicators in it, with the goal filter but not the class filter.
    pub count: u32,
}

/// A result node of either plan, matched by code.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CycleNode {
    /// in_both, new or dropped.
    pub class: NodeClass,
    /// Its code.
    pub code: String,
    /// Its level (in the plan; in the predecessor plan when dropped).
    pub level: String,
    /// Its id in the plan and in the predecessor plan (for the pages' lookup of names in the reader's
    /// language; not in the API's answer).
    #[serde(skip)]
    pub ids: (Option<i32>, Option<i32>),
    /// Its name in the plan (`null` when dropped).
    pub name: Option<String>,
    /// The name of the node of the same code in the predecessor plan (`null` when new).
    pub predecessor_name: Option<String>,
}

/// A plan's framework beside its predecessor plan's.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanCycle {
    /// The plan's code.
    pub plan: String,
    /// Its period, e.g. `2028-2031`.
    pub period: String,
    /// The predecessor plan's code; `null` when the plan follows none (then nothing is compared and
    /// `note` says so).
    pub predecessor: Option<String>,
    /// The predecessor plan's period.
    pub predecessor_period: Option<String>,
    /// Why nothing is listed, when the plan follows no earlier plan.
    pub note: Option<String>,
    /// This page's indicators: by class (carried over, redefined, new, dropped), then by code.
    pub items: Vec<CycleLine>,
    /// Indicators across all pages, with every filter.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
    /// How many indicators are in each class (with the goal filter, not the class filter).
    pub counts: Vec<ClassCount>,
    /// The result nodes of both plans matched by code (nodes have no predecessor link): the plan's in
    /// tree order, then the dropped ones; only the goal and below it when filtered by goal.
    pub nodes: Vec<CycleNode>,
}

/// The filters checked.
struct Resolved {
    class: Option<Class>,
    /// The goal's node id in the plan and in the predecessor plan (either may be missing).
    goal: Option<(Option<i32>, Option<i32>)>,
    page: u64,
    per_page: u64,
}

/// The id of the top-level node `code` in `ev`.
fn top_node(ev: &Evaluation, code: &str) -> Option<i32> {
    ev.nodes
        .iter()
        .find(|n| n.parent_id.is_none() && n.code == code)
        .map(|n| n.id)
}

fn resolve(p: &CycleParams, now: &Evaluation, before: &Evaluation) -> AppResult<Resolved> {
    let mut errs = FieldErrors::default();
    let text = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
    let class = text(&p.class).and_then(|c| {
        let names: Vec<&str> = Class::ALL.iter().map(|c| c.as_str()).collect();
        errs.check(
            "class",
            Class::parse(&c).ok_or_else(|| crate::error::Said::not_one_of(&c, &names)),
        )
    });
    let goal = text(&p.goal).and_then(|g| {
        let found = (top_node(now, &g), top_node(before, &g));
        if found == (None, None) {
            errs.push(
                "goal",
                crate::error::Said::new(
                    "said-neither-plan-has",
                    [
                        ("plan", now.plan.code.as_str().into()),
                        ("before", before.plan.code.as_str().into()),
                        ("code", g.as_str().into()),
                    ],
                ),
            );
            return None;
        }
        Some(found)
    });
    let (page, per_page) = page_and_size(&mut errs, p.page, p.per_page);
    errs.finish()?;
    Ok(Resolved {
        class,
        goal,
        page,
        per_page,
    })
}

/// The two evaluations and the classed lines, kept per data version.
struct Classed {
    now: Arc<Evaluation>,
    before: Arc<Evaluation>,
    /// Predecessors outside the predecessor plan (a link may reach an older plan), with their plans.
    elsewhere: HashMap<i32, cycles::Earlier>,
    lines: Vec<Line>,
}

impl Derived for Classed {
    /// Plan id.
    type Key = i32;
}

fn period(p: &Plan) -> String {
    format!("{}-{}", p.start_year, p.end_year)
}

/// Plan `plan`'s framework beside its predecessor plan's (any signed-in user: the framework is public
/// to Council): every indicator classed, the counts per class and the nodes matched by code, with the
/// filters of `p`. 404 for an unknown plan; a plan that follows none answers with `predecessor` null,
/// nothing listed and a note saying why. Every problem with the filters is named in one refusal.
pub async fn plan_cycle(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    plan: &str,
    p: CycleParams,
) -> AppResult<PlanCycle> {
    authorize(actor, Action::Read)?;
    let snap = cache.snapshot_at(db, actor.data_version).await?;
    let plan = cached_plan_by_code(&snap, db, plan).await?;
    let predecessor = match plan.predecessor_id {
        Some(id) => snap.plans(db).await?.iter().find(|q| q.id == id).cloned(),
        None => None,
    };
    let Some(before_plan) = predecessor else {
        PageParams {
            page: p.page,
            per_page: p.per_page,
            sort: None,
        }
        .resolve()?;
        return Ok(PlanCycle {
            note: Some(format!(
                "{} follows no earlier plan: there is no framework to compare it with.",
                plan.code
            )),
            period: period(&plan),
            plan: plan.code,
            predecessor: None,
            predecessor_period: None,
            items: Vec::new(),
            total: 0,
            page: p.page.unwrap_or(1),
            per_page: p.per_page.unwrap_or(50),
            counts: Class::ALL.iter().map(|&class| ClassCount { class, count: 0 }).collect(),
            nodes: Vec::new(),
        });
    };
    let classed = snap
        .derived(plan.id, async {
            let now = snap.evaluate(db, plan.clone(), plan.end_year).await?;
            let before = snap.evaluate(db, before_plan.clone(), before_plan.end_year).await?;
            let mut earlier: HashMap<i32, &indicators::Model> = before.indicators.iter().map(|i| (i.id, i)).collect();
            let outside: Vec<&indicators::Model> = now
                .indicators
                .iter()
                .filter(|i| i.predecessor_id.is_some_and(|id| !earlier.contains_key(&id)))
                .collect();
            let elsewhere = cycles::predecessors(db, outside).await?;
            earlier.extend(elsewhere.iter().map(|(id, e)| (*id, &e.indicator)));
            let lines = rule::classify(&now.indicators, &before.indicators, &earlier)?;
            Ok::<_, AppError>(Classed {
                now: now.clone(),
                before: before.clone(),
                elsewhere,
                lines,
            })
        })
        .await?;
    let r = resolve(&p, &classed.now, &classed.before)?;
    Ok(page_of(&classed, &r))
}

/// The ids of `root` and every node below it.
fn subtree(nodes: &[result_nodes::Model], root: Option<i32>) -> BTreeSet<i32> {
    let Some(root) = root else {
        return BTreeSet::new();
    };
    let mut inside = BTreeSet::from([root]);
    // Tree order puts parents first, but a sort order may not: walk until nothing is added.
    loop {
        let before = inside.len();
        for n in nodes {
            if n.parent_id.is_some_and(|p| inside.contains(&p)) {
                inside.insert(n.id);
            }
        }
        if inside.len() == before {
            return inside;
        }
    }
}

/// The nodes of `ev` in tree order; with `root` (a goal filter), only that node and those below it.
fn in_tree_order(ev: &Evaluation, root: Option<Option<i32>>) -> Vec<&result_nodes::Model> {
    let keep = root.map(|g| subtree(&ev.nodes, g));
    crate::models::tree::depth_first(&ev.nodes, |n| crate::models::tree::root_rank(&n.level))
        .into_iter()
        .filter(|n| keep.as_ref().is_none_or(|k| k.contains(&n.id)))
        .collect()
}

/// The page `r` asks for of what `c` classed.
fn page_of(c: &Classed, r: &Resolved) -> PlanCycle {
    let (now, before) = (&*c.now, &*c.before);
    let empty = BTreeSet::new();
    let scope = r.goal.map(|(n, b)| {
        (
            n.and_then(|n| now.under.get(&n)).unwrap_or(&empty),
            b.and_then(|b| before.under.get(&b)).unwrap_or(&empty),
        )
    });
    let scoped: Vec<&Line> = c
        .lines
        .iter()
        .filter(|l| {
            scope.is_none_or(|(n, b)| match l.now {
                Some(id) => n.contains(&id),
                None => l.before.is_some_and(|id| b.contains(&id)),
            })
        })
        .collect();
    let counts = rule::tally(scoped.iter().copied())
        .into_iter()
        .map(|(class, count)| ClassCount { class, count })
        .collect();
    let chosen: Vec<&Line> = scoped
        .into_iter()
        .filter(|l| r.class.is_none_or(|k| l.class == k))
        .collect();
    let node_code: HashMap<i32, &str> = now
        .nodes
        .iter()
        .chain(&before.nodes)
        .map(|n| (n.id, n.code.as_str()))
        .collect();
    let mut plan_code: HashMap<i32, &str> = HashMap::from([
        (now.plan.id, now.plan.code.as_str()),
        (before.plan.id, before.plan.code.as_str()),
    ]);
    for e in c.elsewhere.values() {
        plan_code.entry(e.indicator.plan_id).or_insert(e.plan.as_str());
    }
    let by_id: HashMap<i32, &indicators::Model> = now
        .indicators
        .iter()
        .chain(&before.indicators)
        .chain(c.elsewhere.values().map(|e| &e.indicator))
        .map(|i| (i.id, i))
        .collect();
    let side = |id: Option<i32>| {
        let i = by_id.get(&id?)?;
        Some(Side {
            id: i.id,
            plan: plan_code.get(&i.plan_id).copied().unwrap_or_default().to_owned(),
            code: i.code.clone(),
            name: i.name.clone(),
            unit: i.unit.clone(),
            direction: i.direction.clone(),
            aggregation: i.aggregation.clone(),
            node: node_code.get(&i.node_id).copied().unwrap_or_default().to_owned(),
        })
    };
    let items = chosen
        .iter()
        .skip(((r.page - 1) * r.per_page) as usize)
        .take(r.per_page as usize)
        .map(|l| CycleLine {
            class: l.class,
            current: side(l.now),
            predecessor: side(l.before),
            changed: l.changed.clone(),
        })
        .collect();
    let nodes = rule::nodes(
        &in_tree_order(now, r.goal.map(|g| g.0)),
        &in_tree_order(before, r.goal.map(|g| g.1)),
    )
    .into_iter()
    .filter_map(|(class, n, b)| {
        let shown = n.or(b)?;
        Some(CycleNode {
            class,
            code: shown.code.clone(),
            level: shown.level.clone(),
            ids: (n.map(|n| n.id), b.map(|b| b.id)),
            name: n.map(|n| n.name.clone()),
            predecessor_name: b.map(|b| b.name.clone()),
        })
    })
    .collect();
    PlanCycle {
        plan: now.plan.code.clone(),
        period: period(&now.plan),
        predecessor: Some(before.plan.code.clone()),
        predecessor_period: Some(period(&before.plan)),
        note: None,
        items,
        total: chosen.len() as u64,
        page: r.page,
        per_page: r.per_page,
        counts,
        nodes,
    }
}
