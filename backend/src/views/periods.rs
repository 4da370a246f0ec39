//! Reporting periods and their lock exceptions as the API lists them.

use crate::models::periods::exceptions::{ExceptionState, Granted};
use crate::models::periods::rfc3339;
use crate::views::measurements::PeriodView;
use serde::Serialize;

/// The reporting periods of a plan, one per year of the plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PeriodList {
    /// Every year of the plan in order (a year without a stored period is open).
    pub items: Vec<PeriodView>,
    /// Number of years.
    pub total: usize,
}

/// A lock exception: one org unit may write in a locked year until a moment.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExceptionView {
    /// Id.
    pub id: i32,
    /// Plan code.
    pub plan_code: String,
    /// The locked year it applies to.
    pub year: i32,
    /// The org unit that may write.
    pub unit: String,
    /// When it ends (RFC 3339 UTC).
    pub until: String,
    /// Why it was granted.
    pub note: String,
    /// Who granted it (email).
    pub granted_by: Option<String>,
    /// When it was granted (RFC 3339 UTC).
    pub granted_at: String,
    /// When it was revoked (RFC 3339 UTC), if it was.
    pub revoked_at: Option<String>,
    /// Who revoked it (email).
    pub revoked_by: Option<String>,
    /// Why it was revoked.
    pub revoke_note: String,
    /// `active`, `ended` (its end has passed) or `revoked`, when read.
    pub state: ExceptionState,
    /// Concurrency version.
    pub version: i32,
}

impl ExceptionView {
    /// The view of exception `g` of plan `plan_code`.
    pub fn build(plan_code: &str, g: &Granted) -> Self {
        let r = &g.row;
        ExceptionView {
            id: r.id,
            plan_code: plan_code.to_owned(),
            year: r.year,
            unit: g.unit.clone(),
            until: rfc3339(&r.until),
            note: r.note.clone(),
            granted_by: g.granted_by.clone(),
            granted_at: rfc3339(&r.granted_at),
            revoked_at: r.revoked_at.as_ref().map(rfc3339),
            revoked_by: g.revoked_by.clone(),
            revoke_note: r.revoke_note.clone(),
            state: g.state,
            version: r.version,
        }
    }
}

/// The lock exceptions of a year, oldest first (a handful per year: not paginated).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExceptionList {
    /// Every exception granted for the year, active or not.
    pub items: Vec<ExceptionView>,
    /// Their number.
    pub total: usize,
}
