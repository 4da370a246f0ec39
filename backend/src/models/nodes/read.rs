//! Reading result nodes: the filtered list with roll-ups, one node with its links, and what a node's
//! roll-up counts.

use super::node_or_404;
use super::records::{ContributionView, MandateView, NodeView, linked_mandates, links_touching};
use crate::auth::Actor;
use crate::entities::result_nodes::{self, Column};
use crate::entities::{contribution_links, mandate_links};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::cache::Cache;
use crate::models::codes::node_by_code;
use crate::models::evaluation::Evaluation;
use crate::models::paging::{Page, PageParams, contains, paginate};
use crate::models::plans::{plan_by_code, plan_year};
use crate::models::units;
use crate::policy::{Action, authorize};
use crate::status::{self, RollUp, Status};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Select};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Filters, paging and sorting of the node list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NodeListParams {
    /// Only nodes of this level (goal, target, thematic_priority, outcome, output, enabler).
    pub level: Option<String>,
    /// Only nodes owned by this org unit (code).
    pub unit: Option<String>,
    /// Only the children of this node (code).
    pub parent: Option<String>,
    /// Only nodes whose roll-up for `year` counts at least one indicator with this status.
    pub status: Option<String>,
    /// The year of the roll-ups (and of `status`); defaults to the plan's first year.
    pub year: Option<i32>,
    /// Text searched in code and name, ignoring case.
    pub q: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code, name, level or sort_order; prefix `-` for descending. Default code.
    pub sort: Option<String>,
}

/// The nodes of plan `plan` filtered by level, unit, parent, status and text, one page of them, each
/// with its id (to find its translations) and its roll-up for the year asked (the plan's first year by
/// default). Every bad filter is named.
pub async fn list(
    db: &impl ConnectionTrait,
    cache: &Cache,
    actor: &Actor,
    plan: &str,
    p: &NodeListParams,
) -> AppResult<Page<(i32, NodeView, RollUp)>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let (select, status, year) = filtered(db, &plan, p).await?;
    // Every item carries its roll-up, from one (cached) evaluation of the plan for the year asked, or the
    // plan's first year: a `year` error was refused above.
    let evaluation = cache
        .snapshot_at(db, actor.data_version)
        .await?
        .evaluate(db, plan.clone(), year)
        .await?;
    let mut select = select;
    if let Some(s) = status {
        let ids: Vec<i32> = evaluation
            .rollups
            .iter()
            .filter(|(_, r)| r.count(s) > 0)
            .map(|(id, _)| *id)
            .collect();
        select = select.filter(Column::Id.is_in(ids));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort.clone(),
    };
    let sortable = |name: &str| match name {
        "code" => Some(Column::Code),
        "name" => Some(Column::Name),
        "level" => Some(Column::Level),
        "sort_order" => Some(Column::SortOrder),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(db, select, &params, sortable, Column::Code, Column::Id).await?;
    let node_codes = evaluation.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let unit_codes = units::codes(db).await?;
    let items = rows
        .iter()
        .map(|n| {
            let rollup = evaluation.rollups.get(&n.id).cloned().unwrap_or_default();
            (n.id, NodeView::new(n, &node_codes, &unit_codes), rollup)
        })
        .collect();
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// The query of the list's filters, the status asked and the year, or every bad filter.
async fn filtered(
    db: &impl ConnectionTrait,
    plan: &crate::models::plans::Plan,
    p: &NodeListParams,
) -> AppResult<(Select<result_nodes::Entity>, Option<Status>, i32)> {
    let mut errs = FieldErrors::default();
    if let Some(l) = &p.level {
        errs.check("level", crate::models::indicators::one_of(l, super::LEVELS));
    }
    let status = p.status.as_deref().and_then(|s| {
        errs.check(
            "status",
            Status::parse(s).ok_or_else(|| {
                crate::error::Said::not_one_of(s, &["achieved", "on_track", "at_risk", "off_track", "no_data"])
            }),
        )
    });
    let year = errs.check("year", plan_year(plan, p.year));
    let unit = match &p.unit {
        Some(code) => units::by_code(db, code).await?.or_else(|| {
            errs.push(
                "unit",
                crate::error::Said::new("said-no-unit-code", [("code", code.to_string().into())]),
            );
            None
        }),
        None => None,
    };
    let parent = match &p.parent {
        Some(code) => node_by_code(db, plan.id, code).await?.or_else(|| {
            errs.push(
                "parent",
                crate::error::Said::new(
                    "said-plan-no-node",
                    [("plan", plan.code.as_str().into()), ("code", code.to_string().into())],
                ),
            );
            None
        }),
        None => None,
    };
    errs.finish()?;
    let mut select = result_nodes::Entity::find().filter(Column::PlanId.eq(plan.id));
    if let Some(l) = &p.level {
        select = select.filter(Column::Level.eq(l.as_str()));
    }
    if let Some(u) = &unit {
        select = select.filter(Column::OwnerUnitId.eq(u.id));
    }
    if let Some(n) = &parent {
        select = select.filter(Column::ParentId.eq(n.id));
    }
    if let Some(q) = p.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        select = select.filter(contains(Column::Code, q).or(contains(Column::Name, q)));
    }
    Ok((select, status, year.unwrap_or(plan.start_year)))
}

/// One node of an evaluated plan with its links: what the node detail shows.
pub struct Detail {
    /// The plan evaluated for [`Detail::year`].
    pub evaluation: Arc<Evaluation>,
    /// The node's id.
    pub node_id: i32,
    /// The node, named by codes.
    pub node: NodeView,
    /// The year evaluated.
    pub year: i32,
    /// Links from this node.
    pub contributes_to: Vec<ContributionView>,
    /// Links to this node.
    pub contributions_from: Vec<ContributionView>,
    /// Instruments behind the node.
    pub mandates: Vec<MandateView>,
}

/// Node `code` of plan `plan` for `year` (the plan's first year by default), with its roll-up,
/// indicators, children and contribution and mandate links.
pub async fn detail(
    db: &impl ConnectionTrait,
    cache: &Cache,
    actor: &Actor,
    (plan, code): (&str, &str),
    year: Option<i32>,
) -> AppResult<Detail> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let year = plan_year(&plan, year).map_err(|r| AppError::field("year", r))?;
    let evaluation = cache
        .snapshot_at(db, actor.data_version)
        .await?
        .evaluate(db, plan, year)
        .await?;
    let node = find(&evaluation, code)?;
    let node_codes: HashMap<i32, String> = evaluation.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let unit_codes = units::codes(db).await?;
    let links = links_touching(db, node.id).await?;
    let views = |keep: &dyn Fn(&contribution_links::Model) -> bool| {
        links
            .iter()
            .filter(|l| keep(l))
            .map(|l| ContributionView::new(l, &node_codes))
            .collect()
    };
    Ok(Detail {
        node_id: node.id,
        node: NodeView::new(node, &node_codes, &unit_codes),
        year,
        contributes_to: views(&|l| l.from_node_id == node.id),
        contributions_from: views(&|l| l.to_node_id == node.id),
        mandates: linked_mandates(db, mandate_links::Column::NodeId, node.id).await?,
        evaluation: evaluation.clone(),
    })
}

fn find<'a>(ev: &'a Evaluation, code: &str) -> AppResult<&'a result_nodes::Model> {
    ev.nodes.iter().find(|n| n.code == code).ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-node",
            [
                ("code", code.to_string().into()),
                ("plan", ev.plan.code.as_str().into()),
            ],
        ))
    })
}

/// A node's roll-up for a year and the indicators it counts.
pub struct Rollup {
    /// The plan evaluated for [`Rollup::year`].
    pub evaluation: Arc<Evaluation>,
    /// The node.
    pub node: result_nodes::Model,
    /// The year evaluated.
    pub year: i32,
    /// Ids of the indicators the roll-up counts (through the tree and contribution links, each once).
    pub counted: BTreeSet<i32>,
}

/// The roll-up of node `code` of plan `plan` for `year` and the indicators it counts.
pub async fn rollup(
    db: &impl ConnectionTrait,
    cache: &Cache,
    actor: &Actor,
    (plan, code): (&str, &str),
    year: Option<i32>,
) -> AppResult<Rollup> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    // 404 before evaluating, so an unknown node costs one query.
    node_or_404(db, &plan, code).await?;
    let year = plan_year(&plan, year).map_err(|r| AppError::field("year", r))?;
    let ev = cache
        .snapshot_at(db, actor.data_version)
        .await?
        .evaluate(db, plan, year)
        .await?;
    let node = find(&ev, code)?.clone();
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    for n in &ev.nodes {
        if let Some(p) = n.parent_id {
            children.entry(p).or_default().push(n.id);
        }
    }
    let node_ids: Vec<i32> = ev.nodes.iter().map(|n| n.id).collect();
    let mut contributors: HashMap<i32, Vec<i32>> = HashMap::new();
    for l in contribution_links::Entity::find()
        .filter(contribution_links::Column::ToNodeId.is_in(node_ids))
        .all(db)
        .await?
    {
        contributors.entry(l.to_node_id).or_default().push(l.from_node_id);
    }
    let mut by_node: HashMap<i32, Vec<i32>> = HashMap::new();
    for i in &ev.indicators {
        by_node.entry(i.node_id).or_default().push(i.id);
    }
    // The same walk the evaluation used for the roll-up, to say which indicators it counted.
    let counted = status::indicators_under(node.id, &children, &contributors, &by_node);
    Ok(Rollup {
        evaluation: ev,
        node,
        year,
        counted,
    })
}
