//! A risk of the register as JSON, with its score and the codes of the result nodes it threatens.

use crate::models::risks::RiskEntry;
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

impl From<RiskEntry> for RiskView {
    fn from(r: RiskEntry) -> Self {
        RiskView {
            id: r.id,
            plan: r.plan,
            code: r.code,
            title: r.title,
            description: r.description,
            category: r.category,
            likelihood: r.likelihood,
            impact: r.impact,
            score: r.score,
            mitigation: r.mitigation,
            owner: r.owner,
            status: r.status,
            reviewed_on: r.reviewed_on,
            nodes: r.nodes,
            provenance: r.provenance,
            version: r.version,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}
