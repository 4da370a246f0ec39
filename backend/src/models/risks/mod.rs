//! The risk register: categories, statuses, the score, who may change what, and the rules a new or
//! changed risk must satisfy (every broken one reported together).
//!
//! Who writes: the admin creates, changes and deletes risks and their links to result nodes. The planner
//! of the risk's owner unit follows the risk up: they may change its `status`, `mitigation` and
//! `reviewed_on`, nothing else (the assessment and ownership stay with the Secretary-General's office,
//! which keeps the register).
//!
//! Reading in [`read`]; creating, changing and deleting in [`write`]; linking to result nodes in
//! [`links`]; the likelihood × impact matrix and the review rule in [`matrix`]; every write audited in
//! its transaction.

pub mod links;
pub mod matrix;
pub mod read;
pub mod write;

pub use links::{CreateRiskLink, link, link_in, unlink, unlink_in};
pub use read::{RiskListParams, get, list};
pub use write::{CreateRisk, UpdateRisk, create, create_in, delete, update, update_in};

use crate::entities::risks;
use crate::error::{AppError, FieldError, Said};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Risk categories of the risk-management framework.
pub const CATEGORIES: &[&str] = &[
    "strategic",
    "financial",
    "operational",
    "reputational",
    "compliance",
    "security",
];

/// Risk statuses.
pub const STATUSES: &[&str] = &["open", "mitigating", "closed"];

/// The fields the owner unit's planner may change.
pub const PLANNER_FIELDS: &[&str] = &["status", "mitigation", "reviewed_on"];

/// Likelihood × impact, 1..=25.
pub fn score(likelihood: i32, impact: i32) -> i32 {
    likelihood * impact
}

/// A risk as requested; any field may be absent.
#[derive(Debug, Clone, Default)]
pub struct RiskDraft {
    /// Code, unique in the plan (e.g. `RSK-12`).
    pub code: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// One of [`CATEGORIES`].
    pub category: Option<String>,
    /// 1..=5.
    pub likelihood: Option<i32>,
    /// 1..=5.
    pub impact: Option<i32>,
    /// Mitigation.
    pub mitigation: Option<String>,
    /// Owner org unit code.
    pub owner: Option<String>,
    /// One of [`STATUSES`].
    pub status: Option<String>,
    /// Date of the last review.
    pub reviewed_on: Option<NaiveDate>,
}

impl RiskDraft {
    /// The names of the fields this draft sets.
    pub fn fields_set(&self) -> Vec<&'static str> {
        [
            ("code", self.code.is_some()),
            ("title", self.title.is_some()),
            ("description", self.description.is_some()),
            ("category", self.category.is_some()),
            ("likelihood", self.likelihood.is_some()),
            ("impact", self.impact.is_some()),
            ("mitigation", self.mitigation.is_some()),
            ("owner", self.owner.is_some()),
            ("status", self.status.is_some()),
            ("reviewed_on", self.reviewed_on.is_some()),
        ]
        .into_iter()
        .filter_map(|(f, set)| set.then_some(f))
        .collect()
    }
}

/// Fields a planner sent that only the admin may change.
pub fn beyond_planner(d: &RiskDraft) -> Vec<&'static str> {
    d.fields_set()
        .into_iter()
        .filter(|f| !PLANNER_FIELDS.contains(f))
        .collect()
}

/// Applies `d` to `r` (a new row when creating) after checking every field; returns every broken rule.
/// With `creating`, code, title, category, likelihood, impact and owner are required; status defaults to
/// open and reviewed_on to `today`.
pub async fn apply(
    db: &impl ConnectionTrait,
    r: &mut risks::Model,
    d: RiskDraft,
    creating: bool,
    today: NaiveDate,
) -> Result<(), AppError> {
    let mut errs = Vec::new();
    let bad = |errs: &mut Vec<FieldError>, field: &str, reason: crate::error::Reason| {
        errs.push(FieldError::new(field, reason))
    };
    if creating {
        for f in ["code", "title", "category", "likelihood", "impact", "owner"] {
            if !d.fields_set().contains(&f) {
                bad(&mut errs, f, Said::required().into());
            }
        }
        r.status = "open".into();
        r.reviewed_on = today;
    }
    for (field, v, slot) in [("code", d.code, &mut r.code), ("title", d.title, &mut r.title)] {
        if let Some(v) = v {
            if v.trim().is_empty() {
                bad(&mut errs, field, Said::not_empty().into());
            }
            *slot = v;
        }
    }
    if let Some(v) = d.description {
        r.description = v;
    }
    if let Some(v) = d.mitigation {
        r.mitigation = v;
    }
    for (field, v, list, slot) in [
        ("category", d.category, CATEGORIES, &mut r.category),
        ("status", d.status, STATUSES, &mut r.status),
    ] {
        if let Some(v) = v {
            if !list.contains(&v.as_str()) {
                bad(&mut errs, field, Said::one_of(list).into());
            }
            *slot = v;
        }
    }
    for (field, v, slot) in [
        ("likelihood", d.likelihood, &mut r.likelihood),
        ("impact", d.impact, &mut r.impact),
    ] {
        if let Some(v) = v {
            if !(1..=5).contains(&v) {
                bad(&mut errs, field, crate::models::checks::between(1, 5));
            }
            *slot = v;
        }
    }
    if let Some(code) = d.owner {
        match super::units::by_code(db, &code).await? {
            Some(u) => r.owner_unit_id = u.id,
            None => bad(
                &mut errs,
                "owner",
                Said::new("said-no-unit-the-code", [("code", code.as_str().into())]).into(),
            ),
        }
    }
    if let Some(v) = d.reviewed_on {
        if let Some(reason) = crate::limits::year_out_of_range(v.year()) {
            bad(&mut errs, "reviewed_on", reason.into());
        }
        r.reviewed_on = v;
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Refuses a second risk with the code of `r` in its plan.
pub async fn unique(db: &impl ConnectionTrait, r: &risks::Model) -> Result<(), AppError> {
    let found = risks::Entity::find()
        .filter(risks::Column::PlanId.eq(r.plan_id))
        .filter(risks::Column::Code.eq(r.code.as_str()))
        .one(db)
        .await?;
    match found {
        Some(o) if o.id != r.id => Err(AppError::conflict(crate::error::Said::new(
            "said-risk-exists",
            [("code", r.code.clone().into())],
        ))),
        _ => Ok(()),
    }
}

/// A risk as published (and audited): its score, its owner and linked nodes by code. The API shows it
/// as `RiskView`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
#[schema(as = RiskView, description = "One risk.")]
pub struct RiskEntry {
    /// Risk id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Risk code, e.g. `RSK-01`.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// strategic, financial, operational, reputational, compliance or security.
    pub category: String,
    /// 1..=5.
    pub likelihood: i32,
    /// 1..=5.
    pub impact: i32,
    /// likelihood × impact, 1..=25.
    pub score: i32,
    /// Mitigation.
    pub mitigation: String,
    /// Owner org unit code.
    pub owner: String,
    /// open, mitigating or closed.
    pub status: String,
    /// Date of the last review.
    pub reviewed_on: NaiveDate,
    /// Codes of the linked result nodes, sorted.
    pub nodes: Vec<String>,
    /// Provenance.
    pub provenance: String,
    /// Concurrency version (also the ETag); adding or removing a link moves it too.
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl RiskEntry {
    /// The entry of `r` with its plan and owner codes and linked node codes.
    pub fn new(r: &risks::Model, plan: &str, owner: &str, mut nodes: Vec<String>) -> Self {
        nodes.sort();
        RiskEntry {
            id: r.id,
            plan: plan.to_owned(),
            code: r.code.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            category: r.category.clone(),
            likelihood: r.likelihood,
            impact: r.impact,
            score: score(r.likelihood, r.impact),
            mitigation: r.mitigation.clone(),
            owner: owner.to_owned(),
            status: r.status.clone(),
            reviewed_on: r.reviewed_on,
            nodes,
            provenance: r.provenance.clone(),
            version: r.version,
            created_at: r.created_at.to_utc(),
            updated_at: r.updated_at.to_utc(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_is_likelihood_times_impact() {
        assert_eq!(score(4, 5), 20);
        assert_eq!(score(1, 1), 1);
    }

    #[test]
    fn a_planner_may_change_status_mitigation_and_review_date_only() {
        let d = RiskDraft {
            status: Some("closed".into()),
            mitigation: Some("done".into()),
            reviewed_on: NaiveDate::from_ymd_opt(2028, 12, 1),
            ..Default::default()
        };
        assert!(beyond_planner(&d).is_empty());
        let d = RiskDraft {
            status: Some("closed".into()),
            likelihood: Some(1),
            owner: Some("GS".into()),
            ..Default::default()
        };
        assert_eq!(beyond_planner(&d), ["likelihood", "owner"]);
    }
}
