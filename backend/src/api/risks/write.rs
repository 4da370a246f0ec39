//! Writing risks: the admin creates and deletes them; updates come from the admin or, for status,
//! mitigation and review date, from the owner unit's planner. Each write is audited in its transaction.

use super::{CreateRisk, UpdateRisk, risk_or_404, view};
use crate::api::common::{ApiJson, Tagged, check_if_match, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::risks::{self as rules, RiskDraft};
use crate::models::transactions;
use crate::models::{audit, refs, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::risks::RiskView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

/// `POST /api/v1/plans/{plan}/risks`: a new risk (admin), optionally linked to result nodes by code.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/risks", tag = "risks",
    params(("plan" = String, Path, description = "Plan code")), request_body = CreateRisk,
    responses((status = 201, body = RiskView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<CreateRisk>,
) -> AppResult<(StatusCode, Tagged<RiskView>)> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let now = chrono::Utc::now();
    let mut r = risks::Model {
        id: 0,
        plan_id: plan.id,
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
    };
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
    let applied = rules::apply(&txn, &mut r, draft, true, now.date_naive()).await;
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
    rules::unique(&txn, &r).await?;
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
    let v = view(&txn, &plan, &saved).await?;
    audit::created(&txn, Some(&actor), "risk", saved.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, v)))
}

/// `PATCH /api/v1/plans/{plan}/risks/{risk}`: change a risk; needs `version` or `If-Match`. The admin may
/// change anything; the owner unit's planner only `status`, `mitigation` and `reviewed_on` (403 naming
/// the other fields sent).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateRisk,
    responses((status = 200, body = RiskView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateRisk>,
) -> AppResult<Tagged<RiskView>> {
    crate::limits::enforce(&b)?;
    // Reviewers write nothing; whether this planner owns the risk is asked once it is loaded.
    authorize(&actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1)))?;
    let claimed = claimed_version(&headers, b.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = risk_or_404(&txn, &plan, &risk).await?;
    authorize(&actor, Action::WriteUnit(old.owner_unit_id))?;
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
    let admin_only = rules::beyond_planner(&draft);
    if !admin_only.is_empty() {
        authorize(&actor, Action::Administer).map_err(|_| {
            AppError::Forbidden(format!(
                "the owner unit's planner may change only {}; not {}",
                rules::PLANNER_FIELDS.join(", "),
                admin_only.join(", ")
            ))
        })?;
    }
    check_version(claimed, old.version, &format!("risk {risk}"))?;
    let mut r = old.clone();
    rules::apply(&txn, &mut r, draft, false, chrono::Utc::now().date_naive()).await?;
    rules::unique(&txn, &r).await?;
    let mut am = risks::ActiveModel::from(r).reset_all();
    am.id = NotSet;
    am.created_at = NotSet;
    am.version = Set(old.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let saved = versioned::update(&txn, am, old.id, old.version).await?;
    let (before, after) = (view(&txn, &plan, &old).await?, view(&txn, &plan, &saved).await?);
    audit::updated(&txn, Some(&actor), "risk", old.id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(saved.version, after))
}

/// `DELETE /api/v1/plans/{plan}/risks/{risk}`: remove a risk and its links (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = risk_or_404(&txn, &plan, &risk).await?;
    check_if_match(&headers, old.version, &format!("risk {risk}"))?;
    let before = view(&txn, &plan, &old).await?;
    risk_links::Entity::delete_many()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .exec(&txn)
        .await?;
    risks::Entity::delete_by_id(old.id).exec(&txn).await?;
    audit::deleted(&txn, Some(&actor), "risk", old.id, &before).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
