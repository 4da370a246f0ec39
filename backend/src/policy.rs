//! Authorisation in one place: every API route and page asks [`authorize`] before it reads or writes.
//! Denials are logged here, once.

use crate::auth::{Actor, Role};
use crate::error::{AppError, Said};

/// What an actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the framework, approved values, finance, plans and published reports (every role).
    Read,
    /// Read drafts, submitted and returned values and frozen, unpublished report runs (not reviewers).
    ReadUnapproved,
    /// Download a report preview built from today's data (the office and planners): Council reviewers
    /// see published runs only.
    PreviewReport,
    /// Read the audit log (Secretary-General's office).
    ReadAudit,
    /// Change the framework, the financial plan, allocations, risks, dimensions, periods (admin).
    Administer,
    /// Enter data owned by org unit `unit`: measurements, operational items, budget execution.
    WriteUnit(i32),
    /// Approve or return a measurement entered/submitted by these users (admin, never one's own).
    Approve {
        /// Who entered it.
        entered_by: Option<i32>,
        /// Who submitted it.
        submitted_by: Option<i32>,
    },
    /// Manage users and other users' tokens (admin).
    ManageUsers,
    /// Read the operational figures of `/metrics` (admin).
    ReadMetrics,
    /// Ask a question from Council about an indicator, a result node or a report section (reviewers and
    /// the office): the one thing a Council reviewer writes.
    Ask,
    /// Reply to a question assigned to this unit, if any (the office; the planner of the assigned unit).
    Answer(Option<i32>),
}

/// Whether `actor` may do `action`, without logging: for pages deciding which forms to draw (drawing a
/// page is not an attempt). Handlers call [`authorize`].
pub fn allows(actor: &Actor, action: Action) -> bool {
    match (actor.role, action) {
        (_, Action::Read) => true,
        (
            Role::Admin,
            Action::Approve {
                entered_by,
                submitted_by,
            },
        ) => entered_by != Some(actor.id) && submitted_by != Some(actor.id),
        (Role::Admin, _) => true,
        (Role::Planner, Action::ReadUnapproved | Action::PreviewReport) => true,
        (Role::Planner, Action::WriteUnit(unit)) => actor.unit_id == Some(unit),
        (Role::Planner, Action::Answer(Some(unit))) => actor.unit_id == Some(unit),
        (Role::Reviewer, Action::Ask) => true,
        _ => false,
    }
}

/// Allows or refuses `action` for `actor`, logging every refusal.
pub fn authorize(actor: &Actor, action: Action) -> Result<(), AppError> {
    if allows(actor, action) {
        return Ok(());
    }
    tracing::warn!(user.id = actor.id, user.role = ?actor.role, action = ?action, "Access denied.");
    Err(AppError::forbidden(match action {
        Action::Approve { .. } if actor.role == Role::Admin => Said::new("said-forbidden-own-entry", []),
        Action::WriteUnit(_) if actor.role == Role::Planner => Said::new("said-forbidden-own-unit", []),
        Action::PreviewReport => Said::new("said-forbidden-preview", []),
        Action::Answer(_) => Said::new("said-forbidden-answer", []),
        _ => Said::new("said-forbidden-role", [("role", role_word(actor.role).into())]),
    }))
}

/// The word of `role` in the interface (`role-planner`: "planner" in English, as its code).
fn role_word(role: Role) -> Said {
    Said::new(
        match role {
            Role::Admin => "role-admin",
            Role::Planner => "role-planner",
            Role::Reviewer => "role-reviewer",
        },
        [],
    )
}

/// Whether `actor` may see values that are not approved yet.
pub fn sees_unapproved(actor: &Actor) -> bool {
    actor.role != Role::Reviewer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Via;

    fn actor(role: Role, unit: Option<i32>) -> Actor {
        Actor {
            id: 7,
            email: "x@y".into(),
            name: "X".into(),
            role,
            unit_id: unit,
            via: Via::Token,
            data_version: None,
            unread: None,
            language: None,
        }
    }

    /// Approving a value entered by `entered` and submitted by `submitted`.
    fn approve(entered: i32, submitted: i32) -> Action {
        Action::Approve {
            entered_by: Some(entered),
            submitted_by: Some(submitted),
        }
    }

    #[test]
    fn a_planner_writes_only_for_their_own_unit() {
        let p = actor(Role::Planner, Some(3));
        assert!(authorize(&p, Action::WriteUnit(3)).is_ok());
        assert!(authorize(&p, Action::WriteUnit(4)).is_err());
        assert!(authorize(&p, Action::Administer).is_err());
    }

    #[test]
    fn nobody_approves_their_own_entry() {
        let a = actor(Role::Admin, None);
        assert!(authorize(&a, approve(7, 8)).is_err());
        assert!(authorize(&a, approve(8, 7)).is_err());
        assert!(authorize(&a, approve(8, 9)).is_ok());
        let p = actor(Role::Planner, Some(3));
        assert!(authorize(&p, approve(8, 9)).is_err());
    }

    #[test]
    fn only_the_office_and_planners_preview_a_report_and_a_reviewer_is_told_why_not() {
        assert!(authorize(&actor(Role::Admin, None), Action::PreviewReport).is_ok());
        assert!(authorize(&actor(Role::Planner, Some(3)), Action::PreviewReport).is_ok());
        match authorize(&actor(Role::Reviewer, None), Action::PreviewReport) {
            Err(AppError::Forbidden(why)) => {
                assert!(why.to_string().contains("only published report runs"), "{why}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_question_is_asked_by_reviewers_and_the_office_and_answered_by_the_office_or_the_assigned_unit() {
        let (r, a) = (actor(Role::Reviewer, None), actor(Role::Admin, None));
        let (p, q) = (actor(Role::Planner, Some(3)), actor(Role::Planner, Some(4)));
        assert!(authorize(&r, Action::Ask).is_ok() && authorize(&a, Action::Ask).is_ok());
        assert!(authorize(&p, Action::Ask).is_err());
        assert!(authorize(&a, Action::Answer(None)).is_ok() && authorize(&a, Action::Answer(Some(4))).is_ok());
        assert!(authorize(&p, Action::Answer(Some(3))).is_ok());
        assert!(authorize(&q, Action::Answer(Some(3))).is_err());
        assert!(authorize(&p, Action::Answer(None)).is_err());
        assert!(authorize(&r, Action::Answer(Some(3))).is_err());
    }

    #[test]
    fn a_reviewer_only_reads_and_asks() {
        let r = actor(Role::Reviewer, None);
        assert!(authorize(&r, Action::Read).is_ok());
        assert!(authorize(&r, Action::Ask).is_ok());
        for a in [
            Action::ReadUnapproved,
            Action::PreviewReport,
            Action::ReadAudit,
            Action::Administer,
            Action::WriteUnit(1),
            Action::ManageUsers,
            Action::ReadMetrics,
            Action::Answer(None),
            Action::Answer(Some(1)),
        ] {
            assert!(authorize(&r, a).is_err(), "{a:?}");
        }
    }
}
