//! Plans: finding one by its code, the year a read of it evaluates, and the use cases of the plan
//! routes and pages (list, read, change the parameters, evaluate the framework tree). A plan's status
//! moves only through [`lifecycle`] (adopt, close); [`next`] clones a plan as the next period's draft.

pub mod lifecycle;
pub mod next;

use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::fixed::Fixed;
use crate::models::cache::Cache;
use crate::models::evaluation::Evaluation;
use crate::models::patching::{Claim, check_version};
use crate::models::{audit, transactions, versioned};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A plan as stored.
pub type Plan = plans::Model;

/// Finds a plan by code or answers 404.
pub async fn plan_by_code(db: &impl ConnectionTrait, code: &str) -> AppResult<Plan> {
    plans::Entity::find()
        .filter(plans::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| no_plan(code))
}

/// The plan with `code` from a snapshot of the evaluation cache, or a 404 problem document.
pub async fn cached_plan_by_code(
    snap: &crate::models::cache::Snapshot<'_>,
    db: &impl ConnectionTrait,
    code: &str,
) -> AppResult<Plan> {
    snap.plan(db, code).await?.ok_or_else(|| no_plan(code))
}

/// Code of every plan by id (a handful of rows: read once per request instead of once per item).
pub async fn codes(db: &impl ConnectionTrait) -> Result<std::collections::HashMap<i32, String>, sea_orm::DbErr> {
    Ok(plans::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect())
}

fn no_plan(code: &str) -> AppError {
    AppError::not_found(Said::new("said-what-plan", [("code", code.into())]))
}

/// The year a request evaluates: the one asked for, or the plan's first year. Years far from the plan
/// are refused, as the tree route does.
pub fn plan_year(plan: &Plan, year: Option<i32>) -> Result<i32, Said> {
    let year = year.unwrap_or(plan.start_year);
    if (plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        Ok(year)
    } else {
        Err(year_of_plan("said-year-too-far", plan, year))
    }
}

/// A reason (`key`) about `year` naming the plan and its years: "2040 is outside plan SP (2028-2031)".
pub fn year_of_plan(key: &'static str, plan: &Plan, year: i32) -> Said {
    Said::new(
        key,
        [
            ("year", i64::from(year).into()),
            ("plan", plan.code.as_str().into()),
            ("start", i64::from(plan.start_year).into()),
            ("end", i64::from(plan.end_year).into()),
        ],
    )
}

/// A plan as listed.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanView {
    /// Stable code, e.g. `SP2028-2031`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Adopting resolution.
    pub resolution: String,
    /// First year.
    pub start_year: i32,
    /// Last year.
    pub end_year: i32,
    /// draft, adopted or closed.
    pub status: String,
    /// Years an earlier value may stand in.
    pub max_age_years: i32,
    /// Status thresholds.
    pub on_track_threshold: Decimal,
    /// Status thresholds.
    pub at_risk_threshold: Decimal,
    /// Contributory unit in CHF.
    pub contributory_unit_chf: Option<Decimal>,
    /// verified or illustrative.
    pub provenance: String,
    /// Concurrency version.
    pub version: i32,
    /// The name in the language the request asked for (`Accept-Language`), marked where it stands
    /// in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

impl From<&plans::Model> for PlanView {
    fn from(p: &plans::Model) -> Self {
        PlanView {
            code: p.code.clone(),
            name: p.name.clone(),
            resolution: p.resolution.clone(),
            start_year: p.start_year,
            end_year: p.end_year,
            status: p.status.clone(),
            max_age_years: p.max_age_years,
            on_track_threshold: p.on_track_threshold.to_decimal(),
            at_risk_threshold: p.at_risk_threshold.to_decimal(),
            contributory_unit_chf: p.contributory_unit_chf.map(|v| v.to_decimal()),
            provenance: p.provenance.clone(),
            version: p.version,
            localized: None,
        }
    }
}

/// Every plan, newest first.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor) -> AppResult<Vec<Plan>> {
    authorize(actor, Action::Read)?;
    Ok(plans::Entity::find()
        .order_by_desc(plans::Column::StartYear)
        .all(db)
        .await?)
}

/// Plan `code`, or 404.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, code: &str) -> AppResult<Plan> {
    authorize(actor, Action::Read)?;
    plan_by_code(db, code).await
}

/// Plan `code` evaluated for `year` (the plan's first year when none is asked; years far from the plan
/// are refused), from the evaluation cache.
pub async fn tree(
    db: &impl ConnectionTrait,
    cache: &Cache,
    actor: &Actor,
    code: &str,
    year: Option<i32>,
) -> AppResult<Arc<Evaluation>> {
    authorize(actor, Action::Read)?;
    let snap = cache.snapshot_at(db, actor.data_version).await?;
    let plan = cached_plan_by_code(&snap, db, code).await?;
    let year = plan_year(&plan, year).map_err(|r| AppError::field("year", r))?;
    Ok(snap.evaluate(db, plan, year).await?)
}

/// Changes to a plan's parameters. Absent fields stay as they are.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdatePlan {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// draft, adopted or closed: only the current status is accepted (the status moves by adopting or
    /// closing the plan).
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Years an earlier value may stand in for a missing one.
    pub max_age_years: Option<i32>,
    /// Progress at or above which an indicator is on track (0..1).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub on_track_threshold: Option<Decimal>,
    /// Progress at or above which an indicator is at risk (0..1).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub at_risk_threshold: Option<Decimal>,
}

/// Changes plan `code`'s name, status or thresholds (admin) at the version `claim` names (409/412
/// otherwise); every problem is named at once; audited in the same transaction.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    claim: Claim,
    body: &UpdatePlan,
) -> AppResult<Plan> {
    authorize(actor, Action::Administer)?;
    let claimed = claim.resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let p = plan_by_code(&txn, code).await?;
    check_version(
        claimed,
        p.version,
        crate::error::Said::new("said-what-plan", [("code", code.into())]),
    )?;
    let mut am = changes(&p, body)?;
    am.version = Set(p.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(&txn, am, p.id, p.version).await?;
    audit::updated(
        &txn,
        Some(actor),
        "plan",
        p.id,
        &PlanView::from(&p),
        &PlanView::from(&updated),
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(updated)
}

/// The checked changes of `body` to `p`, or every problem with them.
fn changes(p: &Plan, body: &UpdatePlan) -> AppResult<plans::ActiveModel> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
    let mut am: plans::ActiveModel = p.clone().into();
    if let Some(n) = &body.name {
        am.name = Set(n.clone());
    }
    if let Some(s) = &body.status {
        if !lifecycle::STATUSES.contains(&s.as_str()) {
            bad("status", Said::new("said-draft-adopted-closed", []).into());
        } else if *s != p.status {
            bad(
                "status",
                Said::new("said-status-moves-by", [("plan", p.code.as_str().into())]).into(),
            );
        }
    }
    if let Some(m) = body.max_age_years {
        if (0..=10).contains(&m) {
            am.max_age_years = Set(m);
        } else {
            bad("max_age_years", super::checks::between(0, 10));
        }
    }
    for (field, v, slot) in [
        (
            "on_track_threshold",
            body.on_track_threshold,
            &mut am.on_track_threshold,
        ),
        ("at_risk_threshold", body.at_risk_threshold, &mut am.at_risk_threshold),
    ] {
        if let Some(v) = v {
            match Fixed::from_decimal(v) {
                Ok(f) if v >= Decimal::ZERO && v <= Decimal::ONE => *slot = Set(f),
                Ok(_) => bad(field, super::checks::between(0, 1)),
                Err(e) => bad(field, e.said().into()),
            }
        }
    }
    if errs.is_empty() {
        Ok(am)
    } else {
        Err(AppError::Invalid(errs))
    }
}
