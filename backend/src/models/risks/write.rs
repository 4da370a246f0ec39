//! Writing risks: the admin creates (optionally linked to result nodes), changes and deletes them; the
//! owner unit's planner changes status, mitigation and review date. Each write is audited in its
//! transaction.

use super::read::{entry, risk_or_404};
use super::{PLANNER_FIELDS, RiskDraft, RiskEntry, apply, beyond_planner, unique};
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult};
use crate::models::patching::Claim;
use crate::models::plans::plan_by_code;
use crate::models::{audit, refs, transactions, versioned};
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use serde::Deserialize;

/// A new risk. `code`, `title`, `category`, `likelihood`, `impact` and `owner` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRisk {
    /// Code, unique in the plan (e.g. `RSK-12`).
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Title.
    #[schema(max_length = 500)]
    pub title: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// strategic, financial, operational, reputational, compliance or security.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// 1..=5.
    pub likelihood: Option<i32>,
    /// 1..=5.
    pub impact: Option<i32>,
    /// Mitigation.
    #[schema(max_length = 10000)]
    pub mitigation: Option<String>,
    /// Owner org unit code.
    #[schema(max_length = 64)]
    pub owner: Option<String>,
    /// open (default), mitigating or closed.
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Date of the last review (default today, UTC).
    pub reviewed_on: Option<NaiveDate>,
    /// Codes of result nodes of the plan the risk threatens.
    pub nodes: Option<Vec<String>>,
}

/// Changes to a risk; absent fields stay as they are. The owner unit's planner may send only `status`,
/// `mitigation` and `reviewed_on`.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRisk {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Code.
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Title.
    #[schema(max_length = 500)]
    pub title: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// Category.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// 1..=5.
    pub likelihood: Option<i32>,
    /// 1..=5.
    pub impact: Option<i32>,
    /// Mitigation.
    #[schema(max_length = 10000)]
    pub mitigation: Option<String>,
    /// Owner org unit code.
    #[schema(max_length = 64)]
    pub owner: Option<String>,
    /// open, mitigating or closed.
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Date of the last review.
    pub reviewed_on: Option<NaiveDate>,
}

/// A risk of plan `plan_id` with nothing set yet, reviewed `now`.
fn blank(plan_id: i32, now: chrono::DateTime<chrono::Utc>) -> risks::Model {
    risks::Model {
        id: 0,
        plan_id,
        code: String::new(),
        title: String::new(),
        description: String::new(),
        category: String::new(),
        likelihood: 0,
        impact: 0,
        mitigation: String::new(),
        owner_unit_id: 0,
        status: String::new(),
        reviewed_on: now.date_naive(),
        provenance: "entered".into(),
        version: 1,
        created_at: now.into(),
        updated_at: now.into(),
    }
}

/// Creates a risk in plan `code` (admin), linked to the result nodes named in `b.nodes`.
pub async fn create(db: &DatabaseConnection, actor: &Actor, code: &str, b: CreateRisk) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let now = chrono::Utc::now();
    let mut r = blank(plan.id, now);
    let draft = RiskDraft {
        code: b.code,
        title: b.title,
        description: b.description,
        category: b.category,
        likelihood: b.likelihood,
        impact: b.impact,
        mitigation: b.mitigation,
        owner: b.owner,
        status: b.status,
        reviewed_on: b.reviewed_on,
    };
    let applied = apply(&txn, &mut r, draft, true, now.date_naive()).await;
    // Node codes are checked too, so one answer names every bad field.
    let mut errs = match applied {
        Ok(()) => Vec::new(),
        Err(AppError::Invalid(e)) => e,
        Err(other) => return Err(other),
    };
    let mut nodes = Vec::new();
    for (i, c) in b.nodes.unwrap_or_default().iter().enumerate() {
        if let Some(n) = refs::resolve_node(&txn, plan.id, &format!("nodes[{i}]"), Some(c), &mut errs).await?
            && !nodes.contains(&n.id)
        {
            nodes.push(n.id);
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    unique(&txn, &r).await?;
    let mut am = risks::ActiveModel::from(r).reset_all();
    am.id = NotSet;
    let saved = am.insert(&txn).await?;
    for node_id in nodes {
        risk_links::ActiveModel {
            risk_id: Set(saved.id),
            node_id: Set(node_id),
        }
        .insert(&txn)
        .await?;
    }
    let e = entry(&txn, &plan, &saved).await?;
    audit::created(&txn, Some(actor), "risk", saved.id, &e).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// Applies `b` to risk `risk` of plan `code` if it is still at the version the client read (`if_match`,
/// else `b.version`). The admin may change anything; the owner unit's planner only [`PLANNER_FIELDS`]
/// (403 naming the other fields sent).
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    risk: &str,
    if_match: Option<String>,
    b: UpdateRisk,
) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    // Reviewers write nothing; whether this planner owns the risk is asked once it is loaded.
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1)))?;
    let claimed = Claim {
        if_match,
        body: b.version,
    }
    .resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = risk_or_404(&txn, &plan, risk).await?;
    authorize(actor, Action::WriteUnit(old.owner_unit_id))?;
    let draft = RiskDraft {
        code: b.code,
        title: b.title,
        description: b.description,
        category: b.category,
        likelihood: b.likelihood,
        impact: b.impact,
        mitigation: b.mitigation,
        owner: b.owner,
        status: b.status,
        reviewed_on: b.reviewed_on,
    };
    let admin_only = beyond_planner(&draft);
    if !admin_only.is_empty() {
        authorize(actor, Action::Administer).map_err(|_| {
            AppError::Forbidden(format!(
                "the owner unit's planner may change only {}; not {}",
                PLANNER_FIELDS.join(", "),
                admin_only.join(", ")
            ))
        })?;
    }
    crate::models::patching::check_version(claimed, old.version, &format!("risk {risk}"))?;
    let mut r = old.clone();
    apply(&txn, &mut r, draft, false, chrono::Utc::now().date_naive()).await?;
    unique(&txn, &r).await?;
    let mut am = risks::ActiveModel::from(r).reset_all();
    am.id = NotSet;
    am.created_at = NotSet;
    am.version = Set(old.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let saved = versioned::update(&txn, am, old.id, old.version).await?;
    let (before, after) = (entry(&txn, &plan, &old).await?, entry(&txn, &plan, &saved).await?);
    audit::updated(&txn, Some(actor), "risk", old.id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(after)
}

/// Deletes risk `risk` of plan `code` and its links (admin); an `If-Match`, when sent, must match.
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    risk: &str,
    if_match: Option<String>,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = risk_or_404(&txn, &plan, risk).await?;
    Claim { if_match, body: None }.check_if_sent(old.version, &format!("risk {risk}"))?;
    let before = entry(&txn, &plan, &old).await?;
    risk_links::Entity::delete_many()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .exec(&txn)
        .await?;
    risks::Entity::delete_by_id(old.id).exec(&txn).await?;
    audit::deleted(&txn, Some(actor), "risk", old.id, &before).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}
