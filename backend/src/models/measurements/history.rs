//! One value's page: the value, its indicator, every revision of its slot and every step taken on them
//! (entered, edited, submitted, returned with its note, approved, revised with its reason, superseded),
//! by whom and when, read from the audit log each step writes.

use super::{Indicator, Measurement, workflow};
use crate::auth::Actor;
use crate::entities::audit_log;
use crate::error::AppResult;
use crate::models::periods;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// A step taken on one revision.
#[derive(Debug, Clone)]
pub struct HistoryStep {
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Who (the audit log's label of the user).
    pub who: String,
    /// What, in words: entered, edited, submitted, returned, approved, revised (a new revision),
    /// superseded, deleted (the audit log's action when it is none of these).
    pub action: String,
    /// The revision it was taken on.
    pub revision: i32,
    /// The note, reason or explanation recorded with it.
    pub note: String,
}

/// The audit log's action on a measurement, as its history names the step.
fn step_name(action: &str) -> String {
    match action {
        "create" => "entered",
        "update" => "edited",
        "submit" => "submitted",
        "return" => "returned",
        "approve" => "approved",
        "revise" => "revised",
        "supersede" => "superseded",
        "delete" => "deleted",
        other => other,
    }
    .to_owned()
}

/// A value with everything its page shows.
#[derive(Debug, Clone)]
pub struct ValueHistory {
    /// The value asked for.
    pub value: Measurement,
    /// Its indicator.
    pub indicator: Indicator,
    /// The indicator's plan.
    pub plan: Plan,
    /// Every revision of its slot, oldest first.
    pub revisions: Vec<Measurement>,
    /// Every step on them, oldest first.
    pub steps: Vec<HistoryStep>,
    /// Why the value's year takes no values, while it is locked.
    pub lock: Option<crate::error::Reason>,
}

impl ValueHistory {
    /// The newer revision pending on this value, if any (a correction not yet approved).
    pub fn pending(&self) -> Option<&Measurement> {
        self.revisions
            .iter()
            .rev()
            .find(|r| r.revision > self.value.revision && r.state != "superseded")
    }

    /// The approved value that counts for the slot now.
    pub fn counting(&self) -> Option<&Measurement> {
        self.revisions.iter().rev().find(|r| r.state == "approved")
    }
}

/// Value `id` with its slot's revisions and steps, for `actor`, who must be able to enter data for
/// its unit (the entry pages; the API's `history` serves every reader).
pub async fn of_value(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<ValueHistory> {
    super::worklist::may_open_entry(actor)?;
    let (value, indicator, plan, _) = workflow::load(db, id).await?;
    authorize(actor, Action::WriteUnit(indicator.owner_unit_id))?;
    let revisions = super::list::history(db, actor, id).await?;
    let ids: Vec<String> = revisions.iter().map(|r| r.id.to_string()).collect();
    let revision_of = |entity_id: &str| {
        revisions
            .iter()
            .find(|r| r.id.to_string() == entity_id)
            .map_or(0, |r| r.revision)
    };
    let steps = audit_log::Entity::find()
        .filter(audit_log::Column::EntityType.eq("measurement"))
        .filter(audit_log::Column::EntityId.is_in(ids))
        .order_by_asc(audit_log::Column::At)
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| HistoryStep {
            at: periods::rfc3339(&e.at),
            who: e.actor_label,
            revision: revision_of(&e.entity_id),
            action: step_name(&e.action),
            note: e.reason,
        })
        .collect();
    let lock = periods::refusal(db, &plan, value.year, Some(indicator.owner_unit_id)).await?;
    Ok(ValueHistory {
        value,
        indicator,
        plan,
        revisions,
        steps,
        lock,
    })
}
