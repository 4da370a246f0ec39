//! Changing the framework (the Secretary-General's office): adding, changing and deleting result
//! nodes, each checked against the level rules and audited in its transaction.

use super::goal_links::{self, GoalLink};
use super::records::{ContributionView, MandateView, Node, NodeView, linked_mandates, touching};
use super::{check_code, node_or_404};
use crate::auth::Actor;
use crate::entities::{contribution_links, mandate_links, org_units, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::codes::node_by_code;
use crate::models::patching::{Claim, check_version, nullable};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{audit, transactions, units, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, ModelTrait,
    QueryFilter,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A new result node.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateNode {
    /// Stable code, unique in the plan (letters, digits, `.`, `-`, `_`).
    #[schema(max_length = 64)]
    pub code: String,
    /// goal, target, thematic_priority, outcome, output or enabler.
    #[schema(max_length = 64)]
    pub level: String,
    /// Name.
    #[schema(max_length = 500)]
    pub name: String,
    /// Description.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub description: String,
    /// Code of the parent node: a target sits under a goal, an outcome under a thematic priority, an
    /// output under an outcome or thematic priority, an enabler at the top or under an enabler.
    #[schema(max_length = 64)]
    pub parent: Option<String>,
    /// Code of the owning org unit; required for outputs.
    #[schema(max_length = 64)]
    pub owner_unit: Option<String>,
    /// product or service; required for outputs, refused for other levels.
    #[schema(max_length = 64)]
    pub output_kind: Option<String>,
    /// Position among its siblings (default 0).
    #[serde(default)]
    pub sort_order: i32,
    /// Weighted links to goals or targets; when given, the weights sum to exactly 1.
    #[serde(default)]
    pub contributes_to: Vec<GoalLink>,
}

/// Adds node `body` to plan `plan` (admin): the parent must suit the level, an output needs an owner
/// unit and a kind, the weights of its links to goals and targets sum to 1, and the code must be new in
/// the plan (409). The node and its links are written and audited in one transaction.
pub async fn create(db: &DatabaseConnection, actor: &Actor, plan: &str, body: &CreateNode) -> AppResult<NodeView> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let view = create_in(&txn, actor, &plan, body).await?;
    transactions::commit(txn, turn).await?;
    Ok(view)
}

/// [`create`] inside the caller's write transaction `txn` (the framework workbook): the same checks
/// and audit entries.
pub async fn create_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    body: &CreateNode,
) -> AppResult<NodeView> {
    authorize(actor, Action::Administer)?;
    let all = plan_nodes(txn, plan.id).await?;
    let (parent, unit, targets) = check_new(txn, plan, body, &all).await?;
    let code = body.code.trim();
    if node_by_code(txn, plan.id, code).await?.is_some() {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-node-exists",
            [("plan", plan.code.clone().into()), ("code", code.into())],
        )));
    }
    let am = result_nodes::ActiveModel {
        plan_id: Set(plan.id),
        parent_id: Set(parent.as_ref().map(|p| p.id)),
        level: Set(body.level.clone()),
        code: Set(code.to_owned()),
        name: Set(body.name.trim().to_owned()),
        description: Set(body.description.clone()),
        owner_unit_id: Set(unit.as_ref().map(|u| u.id)),
        output_kind: Set(body.output_kind.clone()),
        sort_order: Set(body.sort_order),
        provenance: Set("entered".to_owned()),
        source: Set(String::new()),
        ..Default::default()
    };
    let row = versioned::insert(txn, am).await?;
    if !body.contributes_to.is_empty() {
        let mut codes: HashMap<i32, String> = all.iter().map(|n| (n.id, n.code.clone())).collect();
        codes.insert(row.id, row.code.clone());
        goal_links::replace(txn, actor, &row, &targets, &body.contributes_to, &codes).await?;
    }
    let view = NodeView {
        parent: parent.map(|p| p.code),
        owner_unit: unit.map(|u| u.code),
        ..NodeView::new(&row, &Default::default(), &Default::default())
    };
    audit::created(txn, Some(actor), "result_node", row.id, &view).await?;
    Ok(view)
}

/// The nodes of plan `plan_id`.
async fn plan_nodes(db: &impl ConnectionTrait, plan_id: i32) -> AppResult<Vec<Node>> {
    Ok(result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .all(db)
        .await?)
}

/// The parent, owner unit and goal-side targets of a new node (`all`: the plan's nodes), or every
/// problem with its fields.
async fn check_new<'a>(
    db: &impl ConnectionTrait,
    plan: &Plan,
    body: &CreateNode,
    all: &'a [Node],
) -> AppResult<(Option<Node>, Option<org_units::Model>, Vec<&'a Node>)> {
    let mut errs = FieldErrors::default();
    errs.check("code", check_code(body.code.trim()));
    if body.name.trim().is_empty() {
        errs.push("name", crate::error::Said::required());
    }
    let parent = match &body.parent {
        Some(p) => node_by_code(db, plan.id, p).await?.or_else(|| {
            errs.push(
                "parent",
                crate::error::Said::new(
                    "said-plan-no-node",
                    [("plan", plan.code.clone().into()), ("code", p.clone().into())],
                ),
            );
            None
        }),
        None => None,
    };
    let known_level = super::LEVELS.contains(&body.level.as_str());
    if known_level {
        if body.parent.is_none() || parent.is_some() {
            let field = if body.parent.is_some() { "parent" } else { "level" };
            errs.check(
                field,
                super::check_parent_level(&body.level, parent.as_ref().map(|p| p.level.as_str())),
            );
        }
    } else {
        errs.push("level", crate::error::Said::not_one_of(&body.level, super::LEVELS));
    }
    let unit = match &body.owner_unit {
        Some(u) => units::by_code(db, u).await?.or_else(|| {
            errs.push(
                "owner_unit",
                crate::error::Said::new("said-no-unit-code", [("code", u.to_string().into())]),
            );
            None
        }),
        None => None,
    };
    if known_level {
        for (f, reason) in
            super::check_output_fields(&body.level, body.owner_unit.is_some(), body.output_kind.as_deref())
        {
            errs.push(f, reason);
        }
    }
    let targets = goal_links::check(&mut errs, body.code.trim(), all, &body.contributes_to);
    errs.finish()?;
    Ok((parent, unit, targets))
}

/// Changes to a node; absent fields stay as they are, `null` clears an optional one. The code and
/// level are fixed: create a new node to change them.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateNode {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// Code of the new parent; `null` moves the node to the top level (where its level allows).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub parent: Option<Option<String>>,
    /// Code of the owning org unit; `null` clears it (not for outputs).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub owner_unit: Option<Option<String>>,
    /// product or service (outputs only).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub output_kind: Option<Option<String>>,
    /// Position among its siblings.
    pub sort_order: Option<i32>,
    /// Replaces the node's weighted links to goals and targets (their weights sum to exactly 1; `[]`
    /// removes them). Links to other levels stay.
    pub contributes_to: Option<Vec<GoalLink>>,
}

/// Changes node `code` of plan `plan` (admin) at the version `claim` names (409/412 otherwise): name,
/// description, parent (never below itself), owner, kind or position. Audited.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, code): (&str, &str),
    claim: Claim,
    body: &UpdateNode,
) -> AppResult<NodeView> {
    authorize(actor, Action::Administer)?;
    let claimed = claim.resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let view = update_in(&txn, actor, &plan, code, Some(claimed), body).await?;
    transactions::commit(txn, turn).await?;
    Ok(view)
}

/// [`update`] inside the caller's write transaction `txn` (the framework workbook): the same checks
/// and audit entries. `claimed` is the version the client read; `None` takes the version current in
/// `txn`.
pub async fn update_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    code: &str,
    claimed: Option<(i32, bool)>,
    body: &UpdateNode,
) -> AppResult<NodeView> {
    authorize(actor, Action::Administer)?;
    let node = node_or_404(txn, plan, code).await?;
    if let Some(claimed) = claimed {
        check_version(
            claimed,
            node.version,
            crate::error::Said::new("said-what-node-code", [("code", code.into())]),
        )?;
    }
    let all = plan_nodes(txn, plan.id).await?;
    let (mut am, targets) = changes(txn, plan, &node, &all, body).await?;
    am.version = Set(node.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(txn, am, node.id, node.version).await?;
    let node_codes = all.iter().map(|n| (n.id, n.code.clone())).collect();
    if let Some(links) = &body.contributes_to {
        goal_links::replace(txn, actor, &node, &targets, links, &node_codes).await?;
    }
    let unit_codes = units::codes(txn).await?;
    let (before, after) = (
        NodeView::new(&node, &node_codes, &unit_codes),
        NodeView::new(&updated, &node_codes, &unit_codes),
    );
    audit::updated(txn, Some(actor), "result_node", node.id, &before, &after).await?;
    Ok(after)
}

/// The checked changes of `body` to `node` (one of `all`, the plan's nodes) with the goal-side targets
/// it names, or every problem.
async fn changes<'a>(
    db: &impl ConnectionTrait,
    plan: &Plan,
    node: &Node,
    all: &'a [Node],
    body: &UpdateNode,
) -> AppResult<(result_nodes::ActiveModel, Vec<&'a Node>)> {
    let mut errs = FieldErrors::default();
    let mut am: result_nodes::ActiveModel = node.clone().into();
    if let Some(n) = &body.name {
        if n.trim().is_empty() {
            errs.push("name", crate::error::Said::required());
        }
        am.name = Set(n.trim().to_owned());
    }
    if let Some(d) = &body.description {
        am.description = Set(d.clone());
    }
    if let Some(s) = body.sort_order {
        am.sort_order = Set(s);
    }
    if let Some(parent) = &body.parent
        && let Some(p) = new_parent(&mut errs, plan, node, all, parent.as_deref())
    {
        am.parent_id = Set(p);
    }
    let mut owner = node.owner_unit_id;
    if let Some(unit) = &body.owner_unit {
        owner = match unit {
            Some(u) => match units::by_code(db, u).await? {
                Some(found) => Some(found.id),
                None => {
                    errs.push(
                        "owner_unit",
                        crate::error::Said::new("said-no-unit-code", [("code", u.to_string().into())]),
                    );
                    node.owner_unit_id
                }
            },
            None => None,
        };
        am.owner_unit_id = Set(owner);
    }
    let kind = body.output_kind.clone().unwrap_or_else(|| node.output_kind.clone());
    am.output_kind = Set(kind.clone());
    for (f, reason) in super::check_output_fields(&node.level, owner.is_some(), kind.as_deref()) {
        errs.push(f, reason);
    }
    let targets = match &body.contributes_to {
        Some(links) => goal_links::check(&mut errs, &node.code, all, links),
        None => Vec::new(),
    };
    errs.finish()?;
    Ok((am, targets))
}

/// The new parent id of `node` (`Some(None)`: the top level) when `parent` (a code, or none for the
/// top level) may be its parent; else the problem is pushed onto `errs`.
fn new_parent(
    errs: &mut FieldErrors,
    plan: &Plan,
    node: &Node,
    all: &[Node],
    parent: Option<&str>,
) -> Option<Option<i32>> {
    let Some(code) = parent else {
        return errs
            .check("parent", super::check_parent_level(&node.level, None))
            .map(|()| None);
    };
    let Some(p) = all.iter().find(|n| n.code == code) else {
        errs.push(
            "parent",
            crate::error::Said::new(
                "said-plan-no-node",
                [("plan", plan.code.as_str().into()), ("code", code.to_string().into())],
            ),
        );
        return None;
    };
    let parents: HashMap<i32, Option<i32>> = all.iter().map(|n| (n.id, n.parent_id)).collect();
    if super::would_cycle(node.id, p.id, &parents) {
        errs.push(
            "parent",
            crate::error::Said::new(
                "said-itself-or-below",
                [("parent", p.code.clone().into()), ("node", node.code.clone().into())],
            ),
        );
        return None;
    }
    errs.check("parent", super::check_parent_level(&node.level, Some(&p.level)))
        .map(|()| Some(p.id))
}

/// What the audit log keeps of a deleted node: the node and the links that went with it.
#[derive(Serialize)]
struct Deleted {
    node: NodeView,
    contribution_links: Vec<ContributionView>,
    mandates: Vec<MandateView>,
}

/// Deletes node `code` of plan `plan` (admin). Refused with 409 while it has child nodes,
/// indicators, budget allocations, operational plan items or linked risks; its contribution and
/// mandate links go with it. An `If-Match` version, when sent, must be current. Audited with the links.
pub async fn delete(db: &DatabaseConnection, actor: &Actor, (plan, code): (&str, &str), claim: Claim) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let node = node_or_404(&txn, &plan, code).await?;
    claim.check_if_sent(
        node.version,
        crate::error::Said::new("said-what-node-code", [("code", code.into())]),
    )?;
    delete_in(&txn, actor, &plan, code).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`delete`] inside the caller's write transaction `txn` (the framework workbook), at the version
/// current in `txn`: the same refusal naming the dependents, and the same audit entry.
pub async fn delete_in(txn: &DatabaseTransaction, actor: &Actor, plan: &Plan, code: &str) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let node = node_or_404(txn, plan, code).await?;
    let blockers = super::dependents(txn, node.id).await?;
    if !blockers.is_empty() {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-node-blocked",
            [("code", code.into()), ("blockers", crate::error::Said::list(blockers))],
        )));
    }
    let node_codes = super::codes(txn, plan.id).await?;
    let links = contribution_links::Entity::find()
        .filter(touching(node.id))
        .all(txn)
        .await?;
    let record = Deleted {
        node: NodeView::new(&node, &node_codes, &units::codes(txn).await?),
        contribution_links: links.iter().map(|l| ContributionView::new(l, &node_codes)).collect(),
        mandates: linked_mandates(txn, mandate_links::Column::NodeId, node.id).await?,
    };
    // Links are deleted explicitly rather than left to ON DELETE CASCADE, so the result does not
    // depend on the connection's foreign-key setting.
    contribution_links::Entity::delete_many()
        .filter(touching(node.id))
        .exec(txn)
        .await?;
    mandate_links::Entity::delete_many()
        .filter(mandate_links::Column::NodeId.eq(node.id))
        .exec(txn)
        .await?;
    crate::models::translations::write::forget(txn, crate::models::translations::Kind::Node, node.id).await?;
    let id = node.id;
    node.delete(txn).await?;
    audit::deleted(txn, Some(actor), "result_node", id, &record).await?;
    Ok(())
}
