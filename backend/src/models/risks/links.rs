//! Links of a risk to the result nodes it threatens, by node code (admin). A link change moves the
//! risk's version, so an ETag read before it no longer matches.

use super::RiskEntry;
use super::read::{entry, risk_or_404};
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult};
use crate::models::patching::Claim;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{audit, codes, transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter,
};
use serde::Deserialize;

/// A new link of a risk.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRiskLink {
    /// Code of a result node of the plan.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// Optional: the risk version read (or send `If-Match`).
    pub version: Option<i32>,
}

/// Moves the risk to its next version and records `action` with the risk before and after.
async fn bump_and_audit(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &Plan,
    old: &risks::Model,
    before: &RiskEntry,
    action: &str,
    node: &str,
) -> AppResult<RiskEntry> {
    let am = risks::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let saved = versioned::update(db, am, old.id, old.version).await?;
    let after = entry(db, plan, &saved).await?;
    audit::record(
        db,
        Some(actor),
        action,
        "risk",
        old.id,
        Some(before),
        Some(&after),
        &format!("node {node}"),
    )
    .await?;
    Ok(after)
}

/// Links risk `risk` of plan `code` to a result node (admin); a version, when claimed, must match.
pub async fn link(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    risk: &str,
    if_match: Option<String>,
    b: CreateRiskLink,
) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = risk_or_404(&txn, &plan, risk).await?;
    let claim = Claim::new(if_match, b.version);
    if claim.is_sent() {
        claim.check(
            old.version,
            crate::error::Said::new("said-what-risk-code", [("code", risk.into())]),
        )?;
    }
    let Some(node_code) = b.node else {
        return Err(AppError::field("node", crate::error::Said::required()));
    };
    let after = link_in(&txn, actor, &plan, risk, &node_code).await?;
    transactions::commit(txn, turn).await?;
    Ok(after)
}

/// [`link`] inside the caller's write transaction `txn` (the framework workbook), at the risk's version
/// current in `txn`: the same checks and audit entry.
pub async fn link_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    risk: &str,
    node_code: &str,
) -> AppResult<RiskEntry> {
    authorize(actor, Action::Administer)?;
    let old = risk_or_404(txn, plan, risk).await?;
    let mut errs = Vec::new();
    let Some(node) = codes::resolve_node(txn, plan.id, "node", Some(node_code), &mut errs).await? else {
        return Err(AppError::Invalid(errs));
    };
    let exists = risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .filter(risk_links::Column::NodeId.eq(node.id))
        .one(txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-risk-linked",
            [("risk", risk.into()), ("node", node_code.into())],
        )));
    }
    let before = entry(txn, plan, &old).await?;
    risk_links::ActiveModel {
        risk_id: Set(old.id),
        node_id: Set(node.id),
    }
    .insert(txn)
    .await?;
    bump_and_audit(txn, actor, plan, &old, &before, "link", node_code).await
}

/// Removes the link of risk `risk` of plan `code` to node `node_code` (admin).
pub async fn unlink(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    risk: &str,
    node_code: &str,
    if_match: Option<String>,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let (plan, _) = super::write::claimed_risk(&txn, code, risk, if_match).await?;
    unlink_in(&txn, actor, &plan, risk, node_code).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`unlink`] inside the caller's write transaction `txn` (the framework workbook), at the risk's
/// version current in `txn`: the same checks and audit entry.
pub async fn unlink_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    risk: &str,
    node_code: &str,
) -> AppResult<RiskEntry> {
    authorize(actor, Action::Administer)?;
    let old = risk_or_404(txn, plan, risk).await?;
    let not_linked = || {
        AppError::not_found(crate::error::Said::new(
            "said-what-risk-link",
            [("risk", risk.into()), ("node", node_code.into())],
        ))
    };
    let node = codes::node_by_code(txn, plan.id, node_code)
        .await?
        .ok_or_else(not_linked)?;
    let before = entry(txn, plan, &old).await?;
    let res = risk_links::Entity::delete_many()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .filter(risk_links::Column::NodeId.eq(node.id))
        .exec(txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(not_linked());
    }
    bump_and_audit(txn, actor, plan, &old, &before, "unlink", node_code).await
}
