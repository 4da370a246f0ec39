//! Year against year: a plan's indicators and result nodes in two years side by side, with the change of
//! each actual, how each status moved and how each node's roll-up moved, filtered by goal, thematic
//! priority, owning unit and kind of move, one page at a time.
//!
//! Everything comes from the two evaluations of the plan ([`crate::models::evaluation::evaluate`], one
//! per year, from the cache while the data is unchanged) and the pure rule in [`rule`]; the comparison
//! itself is kept per data version too, so a request reads only the data version and pages through
//! what is kept. Nothing is read per indicator.

pub mod rule;

#[cfg(test)]
mod props;

use crate::auth::Actor;
use crate::entities::{indicators, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::cache::{Cache, Derived};
use crate::models::evaluation::Evaluation;
use crate::models::paging::page_and_size;
use crate::models::plans::{Plan, cached_plan_by_code, plan_year};
use crate::policy::{Action, authorize};
use crate::status::{Assessment, RollUp, StatusMove};
use rule::{Comparison, IndicatorMove, NodeMove};
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The two years compared and the filters of the indicator list.
#[derive(Debug, Default, Clone, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CompareParams {
    /// Year A, the one compared from (required; within ten years of the plan's period). Optional
    /// here so that a missing year is refused by the use case naming the field.
    #[param(required = true)]
    pub a: Option<i32>,
    /// Year B, the one compared with A (required; any year A may be, before or after A).
    #[param(required = true)]
    pub b: Option<i32>,
    /// Only the indicators counted in this strategic goal's roll-up (its code), and only the goal and
    /// the nodes below it.
    pub goal: Option<String>,
    /// Only the indicators counted in this thematic priority's or enabler's roll-up (its code), and
    /// only that node and the nodes below it.
    pub priority: Option<String>,
    /// Only the indicators owned by this org unit (code).
    pub unit: Option<String>,
    /// Only the indicators whose status moved this way: improved, worsened, unchanged, newly_rated or
    /// no_longer_rated.
    pub change: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Indicators per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
}

/// One indicator in both years.
#[derive(Debug, Clone)]
pub struct IndicatorComparison {
    /// The indicator, with its fields as in force for year B.
    pub indicator: indicators::Model,
    /// Code of its result node.
    pub node_code: String,
    /// Code of its owning unit.
    pub owner_unit: String,
    /// Its assessment in year A.
    pub a: Assessment,
    /// Its assessment in year B.
    pub b: Assessment,
    /// The change of its actual and how its status moved.
    pub moved: IndicatorMove,
}

/// One result node's roll-up in both years.
#[derive(Debug, Clone)]
pub struct NodeComparison {
    /// The node.
    pub node: result_nodes::Model,
    /// Its roll-up in year A.
    pub a: RollUp,
    /// Its roll-up in year B.
    pub b: RollUp,
    /// How its mean progress moved.
    pub moved: NodeMove,
}

/// A plan compared between two years, one page of indicators at a time.
#[derive(Debug)]
pub struct YearOnYear {
    /// The plan.
    pub plan: Plan,
    /// Year A.
    pub a: i32,
    /// Year B.
    pub b: i32,
    /// This page's indicators, by code.
    pub items: Vec<IndicatorComparison>,
    /// Indicators across all pages, with every filter.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
    /// How many indicators moved each way, with the goal, priority and unit filters but not the kind
    /// of move (so each kind can be offered with its count), in the order of [`StatusMove::ALL`].
    pub moves: [(StatusMove, u32); 5],
    /// The nodes in scope (the goal or priority filtered on and the nodes below it; else every node),
    /// in tree order.
    pub nodes: Vec<NodeComparison>,
}

/// Two evaluations and their comparison, kept per data version.
struct Compared {
    a: Arc<Evaluation>,
    b: Arc<Evaluation>,
    lines: Comparison,
}

impl Derived for Compared {
    /// Plan id, year A, year B.
    type Key = (i32, i32, i32);
}

/// The filters checked against the plan.
struct Resolved {
    a: i32,
    b: i32,
    /// The goal or priority filtered on (node id).
    scope: Vec<i32>,
    unit_id: Option<i32>,
    change: Option<StatusMove>,
    page: u64,
    per_page: u64,
}

/// A required year, checked against the plan.
fn year(errs: &mut FieldErrors, plan: &Plan, field: &str, y: Option<i32>) -> Option<i32> {
    match y {
        None => {
            errs.push(field, crate::error::Said::new("said-year-to-compare", []));
            None
        }
        Some(y) => errs.check(field, plan_year(plan, Some(y))),
    }
}

/// The node filtered on by `field`, which must name a node of one of `levels` in `ev`.
fn scope_node(
    errs: &mut FieldErrors,
    ev: &Evaluation,
    field: &str,
    code: Option<&str>,
    levels: &[&str],
) -> Option<i32> {
    let code = code.map(str::trim).filter(|c| !c.is_empty())?;
    match ev
        .nodes
        .iter()
        .find(|n| n.code == code && levels.contains(&n.level.as_str()))
    {
        Some(n) => Some(n.id),
        None => {
            let key = if field == "goal" {
                "said-plan-no-goal"
            } else {
                "said-plan-no-priority"
            };
            errs.push(
                field,
                crate::error::Said::new(key, [("plan", ev.plan.code.as_str().into()), ("code", code.into())]),
            );
            None
        }
    }
}

/// Checks every filter but the goal and priority (which need the evaluation), naming each problem.
fn resolve_years(errs: &mut FieldErrors, plan: &Plan, p: &CompareParams) -> Option<(i32, i32)> {
    let a = year(errs, plan, "a", p.a);
    let b = year(errs, plan, "b", p.b);
    a.zip(b)
}

/// The rest of the filters, checked against the evaluation of year B and the unit codes.
fn resolve(
    mut errs: FieldErrors,
    (a, b): (i32, i32),
    ev: &Evaluation,
    p: &CompareParams,
    unit_codes: &HashMap<i32, String>,
) -> AppResult<Resolved> {
    let goal = scope_node(&mut errs, ev, "goal", p.goal.as_deref(), &["goal"]);
    let priority = scope_node(
        &mut errs,
        ev,
        "priority",
        p.priority.as_deref(),
        &["thematic_priority", "enabler"],
    );
    let unit_id = p
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .and_then(|code| {
            let found = unit_codes.iter().find(|(_, c)| c.as_str() == code).map(|(id, _)| *id);
            if found.is_none() {
                errs.push(
                    "unit",
                    crate::error::Said::new("said-no-unit-code", [("code", code.to_string().into())]),
                );
            }
            found
        });
    let change = p
        .change
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .and_then(|c| {
            errs.check(
                "change",
                StatusMove::parse(c).ok_or_else(|| crate::error::Said::not_one_of(c, &StatusMove::NAMES)),
            )
        });
    let (page, per_page) = page_and_size(&mut errs, p.page, p.per_page);
    errs.finish()?;
    Ok(Resolved {
        a,
        b,
        scope: goal.into_iter().chain(priority).collect(),
        unit_id,
        change,
        page,
        per_page,
    })
}

/// The ids of `root` and every node below it in the tree.
fn subtree(nodes: &[result_nodes::Model], root: i32) -> BTreeSet<i32> {
    let parent: HashMap<i32, Option<i32>> = nodes.iter().map(|n| (n.id, n.parent_id)).collect();
    nodes
        .iter()
        .filter(|n| {
            let mut at = Some(n.id);
            // Bounded by the node count, so a parent cycle cannot loop.
            for _ in 0..=nodes.len() {
                match at {
                    Some(id) if id == root => return true,
                    Some(id) => at = parent.get(&id).copied().flatten(),
                    None => return false,
                }
            }
            false
        })
        .map(|n| n.id)
        .collect()
}

/// Plan `plan` compared between years `a` and `b` of `p` (any signed-in user: approved values only, as
/// every status): one page of its indicators with the filters of `p`, how many moved each way, and the
/// roll-ups of the nodes in scope. Every problem with the filters is named in one refusal.
pub async fn compare_years(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    plan: &str,
    p: CompareParams,
) -> AppResult<YearOnYear> {
    authorize(actor, Action::Read)?;
    let snap = cache.snapshot_at(db, actor.data_version).await?;
    let plan = cached_plan_by_code(&snap, db, plan).await?;
    let mut errs = FieldErrors::default();
    let Some((a, b)) = resolve_years(&mut errs, &plan, &p) else {
        return Err(AppError::Invalid(errs.0));
    };
    let compared = snap
        .derived((plan.id, a, b), async {
            let ev_a = snap.evaluate(db, plan.clone(), a).await?;
            let ev_b = snap.evaluate(db, plan.clone(), b).await?;
            let lines = rule::compare(&ev_a, &ev_b);
            Ok::<_, AppError>(Compared {
                a: ev_a,
                b: ev_b,
                lines,
            })
        })
        .await?;
    let unit_codes = snap.unit_codes(db).await?;
    let r = resolve(errs, (a, b), &compared.b, &p, &unit_codes)?;
    Ok(page_of(&compared, plan, &r, &unit_codes))
}

/// The page `r` asks for of what `c` compared.
fn page_of(c: &Compared, plan: Plan, r: &Resolved, unit_codes: &HashMap<i32, String>) -> YearOnYear {
    let (ev_a, ev_b) = (&*c.a, &*c.b);
    let by_id: HashMap<i32, &indicators::Model> = ev_b.indicators.iter().map(|i| (i.id, i)).collect();
    let in_scope: Vec<&BTreeSet<i32>> = r.scope.iter().filter_map(|n| ev_b.under.get(n)).collect();
    let scoped: Vec<&rule::Line> = c
        .lines
        .indicators
        .iter()
        .filter(|l| in_scope.iter().all(|s| s.contains(&l.id)))
        .filter(|l| {
            r.unit_id
                .is_none_or(|u| by_id.get(&l.id).is_some_and(|i| i.owner_unit_id == u))
        })
        .collect();
    let moves = rule::tally(scoped.iter().map(|l| l.moved.status_move));
    let chosen: Vec<&rule::Line> = scoped
        .into_iter()
        .filter(|l| r.change.is_none_or(|m| l.moved.status_move == m))
        .collect();
    let node_code: HashMap<i32, &str> = ev_b.nodes.iter().map(|n| (n.id, n.code.as_str())).collect();
    let items = chosen
        .iter()
        .skip(((r.page - 1) * r.per_page) as usize)
        .take(r.per_page as usize)
        .filter_map(|l| {
            let i = by_id.get(&l.id)?;
            Some(IndicatorComparison {
                indicator: (*i).clone(),
                node_code: node_code.get(&i.node_id).map(|c| (*c).to_owned()).unwrap_or_default(),
                owner_unit: unit_codes.get(&i.owner_unit_id).cloned().unwrap_or_default(),
                a: ev_a.assessments.get(&l.id)?.clone(),
                b: ev_b.assessments.get(&l.id)?.clone(),
                moved: l.moved,
            })
        })
        .collect();
    let nodes_in_scope: Option<BTreeSet<i32>> = r.scope.iter().map(|n| subtree(&ev_b.nodes, *n)).reduce(|x, y| &x & &y);
    let moved: HashMap<i32, NodeMove> = c.lines.nodes.iter().map(|n| (n.id, n.moved)).collect();
    let nodes = crate::models::tree::depth_first(&ev_b.nodes, |n| crate::models::tree::root_rank(&n.level))
        .into_iter()
        .filter(|n| nodes_in_scope.as_ref().is_none_or(|s| s.contains(&n.id)))
        .filter_map(|n| {
            Some(NodeComparison {
                node: n.clone(),
                a: ev_a.rollups.get(&n.id)?.clone(),
                b: ev_b.rollups.get(&n.id)?.clone(),
                moved: *moved.get(&n.id)?,
            })
        })
        .collect();
    YearOnYear {
        plan,
        a: r.a,
        b: r.b,
        items,
        total: chosen.len() as u64,
        page: r.page,
        per_page: r.per_page,
        moves,
        nodes,
    }
}
