//! Writing risks: the admin creates (optionally linked to result nodes), changes and deletes them; the
//! owner unit's planner changes status, mitigation and review date. Each write is audited in its
//! transaction.

use super::read::{entry, risk_or_404};
use super::{PLANNER_FIELDS, RiskDraft, RiskEntry, apply, beyond_planner, unique};
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult, FieldError};
use crate::models::codes;
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::versioned::{self, Write};
use crate::models::{audit, transactions};
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryFilter,
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

impl From<CreateRisk> for RiskDraft {
    fn from(b: CreateRisk) -> Self {
        RiskDraft {
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
        }
    }
}

impl UpdateRisk {
    /// A follow-up of a risk at `version`: only the fields the owner unit's planner may change (status,
    /// mitigation, review date), each left as it is when `None`; every other field stays as it is. The
    /// pages' follow-up and close forms both send this.
    pub fn follow_up(
        version: Option<i32>,
        status: Option<String>,
        mitigation: Option<String>,
        reviewed_on: Option<NaiveDate>,
    ) -> Self {
        UpdateRisk {
            version,
            code: None,
            title: None,
            description: None,
            category: None,
            likelihood: None,
            impact: None,
            mitigation,
            owner: None,
            status,
            reviewed_on,
        }
    }

    /// The fields this change sets, and the version it claims.
    fn split(self) -> (RiskDraft, Option<i32>) {
        let draft = RiskDraft {
            code: self.code,
            title: self.title,
            description: self.description,
            category: self.category,
            likelihood: self.likelihood,
            impact: self.impact,
            mitigation: self.mitigation,
            owner: self.owner,
            status: self.status,
            reviewed_on: self.reviewed_on,
        };
        (draft, self.version)
    }
}

/// The ids of the result nodes named in `codes` (each once), any unknown code recorded in `errs`.
async fn linked_nodes(
    db: &impl ConnectionTrait,
    plan_id: i32,
    codes: Vec<String>,
    errs: &mut Vec<FieldError>,
) -> AppResult<Vec<i32>> {
    let mut nodes = Vec::new();
    for (i, c) in codes.iter().enumerate() {
        if let Some(n) = codes::resolve_node(db, plan_id, &format!("nodes[{i}]"), Some(c), errs).await?
            && !nodes.contains(&n.id)
        {
            nodes.push(n.id);
        }
    }
    Ok(nodes)
}

/// Creates a risk in plan `code` (admin), linked to the result nodes named in `b.nodes`.
pub async fn create(db: &DatabaseConnection, actor: &Actor, code: &str, b: CreateRisk) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let e = create_in(&txn, actor, &plan, b).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// [`create`] inside the caller's write transaction `txn` (the framework workbook adds many rows in
/// one): the same checks and audit entry.
pub async fn create_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    mut b: CreateRisk,
) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let now = chrono::Utc::now();
    let mut r = blank(plan.id, now);
    let node_codes = b.nodes.take().unwrap_or_default();
    let applied = apply(txn, &mut r, b.into(), true, now.date_naive()).await;
    // Node codes are checked too, so one answer names every bad field.
    let mut errs = match applied {
        Ok(()) => Vec::new(),
        Err(AppError::Invalid(e)) => e,
        Err(other) => return Err(other),
    };
    let nodes = linked_nodes(txn, plan.id, node_codes, &mut errs).await?;
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    unique(txn, &r).await?;
    let mut am = risks::ActiveModel::from(r).reset_all();
    am.id = NotSet;
    let saved = am.insert(txn).await?;
    for node_id in nodes {
        let link = risk_links::ActiveModel {
            risk_id: Set(saved.id),
            node_id: Set(node_id),
        };
        link.insert(txn).await?;
    }
    let e = entry(txn, plan, &saved).await?;
    audit::created(txn, Some(actor), "risk", saved.id, &e).await?;
    Ok(e)
}

/// Refuses a planner who sent fields beyond [`PLANNER_FIELDS`] (403 naming them); the admin may send any.
fn planner_may_send(actor: &Actor, draft: &RiskDraft) -> AppResult<()> {
    let admin_only = beyond_planner(draft);
    if admin_only.is_empty() {
        return Ok(());
    }
    authorize(actor, Action::Administer).map_err(|_| {
        AppError::forbidden(crate::error::Said::new(
            "said-forbidden-risk-fields",
            [
                ("allowed", PLANNER_FIELDS.join(", ").into()),
                ("fields", admin_only.join(", ").into()),
            ],
        ))
    })
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
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let e = update_in(&txn, actor, &plan, risk, Some(claimed), b).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// [`update`] inside the caller's write transaction `txn` (the framework workbook): the same checks and
/// audit entry. `claimed` is the version the client read; `None` takes the version current in `txn`.
pub async fn update_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    risk: &str,
    claimed: Option<(i32, bool)>,
    b: UpdateRisk,
) -> AppResult<RiskEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1)))?;
    let (draft, _) = b.split();
    let old = risk_or_404(txn, plan, risk).await?;
    authorize(actor, Action::WriteUnit(old.owner_unit_id))?;
    planner_may_send(actor, &draft)?;
    if let Some(claimed) = claimed {
        check_version(
            claimed,
            old.version,
            crate::error::Said::new("said-what-risk-code", [("code", risk.into())]),
        )?;
    }
    let mut r = old.clone();
    apply(txn, &mut r, draft, false, chrono::Utc::now().date_naive()).await?;
    unique(txn, &r).await?;
    let mut am = risks::ActiveModel::from(r).reset_all();
    am.id = NotSet;
    am.created_at = NotSet;
    am.version = Set(old.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let saved = versioned::update(txn, am, old.id, old.version).await?;
    let (before, after) = (entry(txn, plan, &old).await?, entry(txn, plan, &saved).await?);
    audit::updated(txn, Some(actor), "risk", old.id, &before, &after).await?;
    Ok(after)
}

/// Risk `risk` of plan `code` for an admin's change that claims no body version: an `If-Match`, when
/// sent, must name its version.
pub(super) async fn claimed_risk(
    db: &impl ConnectionTrait,
    code: &str,
    risk: &str,
    if_match: Option<String>,
) -> AppResult<(Plan, risks::Model)> {
    let plan = plan_by_code(db, code).await?;
    let old = risk_or_404(db, &plan, risk).await?;
    Claim::new(if_match, None).check_if_sent(
        old.version,
        crate::error::Said::new("said-what-risk-code", [("code", risk.into())]),
    )?;
    Ok((plan, old))
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
    let w = Write::begin(db, actor, "risk").await?;
    let (plan, old) = claimed_risk(&w.txn, code, risk, if_match).await?;
    let before = entry(&w.txn, &plan, &old).await?;
    risk_links::Entity::delete_many()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .exec(&w.txn)
        .await?;
    risks::Entity::delete_by_id(old.id).exec(&w.txn).await?;
    w.deleted(old.id, &before).await
}
