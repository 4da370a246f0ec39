//! A risk of the register as JSON, with its score and the codes of the result nodes it threatens.

use crate::entities::risks;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// One risk.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RiskView {
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

impl RiskView {
    /// The view of `r` with its plan and owner codes and linked node codes.
    pub fn new(r: &risks::Model, plan: &str, owner: &str, mut nodes: Vec<String>) -> Self {
        nodes.sort();
        RiskView {
            id: r.id,
            plan: plan.to_owned(),
            code: r.code.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            category: r.category.clone(),
            likelihood: r.likelihood,
            impact: r.impact,
            score: crate::models::risks::score(r.likelihood, r.impact),
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
