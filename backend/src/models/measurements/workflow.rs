//! The measurement workflow: draft → submitted → approved, or submitted → returned (with a review note)
//! → edited → submitted again; an approved value is corrected by a new revision, which supersedes it
//! only once approved itself. Who and when is recorded for every step, and every step is audited in
//! the caller's transaction.

use super::store;
use crate::auth::Actor;
use crate::entities::{indicators, measurement_dimensions, measurements, plans};
use crate::error::AppError;
use crate::models::{audit, versioned};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// A step of the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Change the figures or texts of a value not yet under review.
    Edit,
    /// Send for approval.
    Submit,
    /// Accept (admin, never one's own).
    Approve,
    /// Send back with a review note (admin, never one's own).
    Return,
    /// Correct an approved value with a new revision.
    Revise,
    /// Remove a draft that was never submitted.
    Delete,
}

impl Step {
    /// The states a value must be in for this step, the state it moves to ("" when it stays), and the
    /// rule in words.
    pub fn rule(self) -> (&'static [&'static str], &'static str, &'static str) {
        match self {
            Step::Edit => (
                &["draft", "returned"],
                "",
                "only a draft or a returned value can be edited",
            ),
            Step::Submit => (
                &["draft", "returned"],
                "submitted",
                "only a draft or a returned value can be submitted",
            ),
            Step::Approve => (&["submitted"], "approved", "only a submitted value can be approved"),
            Step::Return => (&["submitted"], "returned", "only a submitted value can be returned"),
            Step::Revise => (&["approved"], "", "only an approved value can be revised"),
            Step::Delete => (&["draft"], "", "only a draft can be deleted"),
        }
    }

    /// Refuses with 409 when `m` is not in a state this step starts from.
    pub fn check(self, m: &measurements::Model) -> Result<(), AppError> {
        let (from, _, what) = self.rule();
        if from.contains(&m.state.as_str()) {
            return Ok(());
        }
        let rule = match self {
            Step::Edit => "said-rule-edit",
            Step::Submit => "said-rule-submit",
            Step::Approve => "said-rule-approve",
            Step::Return => "said-rule-return",
            Step::Revise => "said-rule-revise",
            Step::Delete => "said-rule-delete",
        };
        debug_assert_eq!(crate::error::Said::new(rule, []).english(), what);
        Err(AppError::conflict(crate::error::Said::new(
            "said-step-from-state",
            [
                ("id", m.id.to_string().into()),
                ("state", m.state.as_str().into()),
                ("rule", crate::error::Said::new(rule, []).into()),
            ],
        )))
    }
}

/// A value with its indicator, plan and the code of the indicator's owner unit, in one query.
pub async fn load(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(measurements::Model, indicators::Model, plans::Model, String), AppError> {
    let (m, ind, plan, unit) = measurements::Entity::find_by_id(id)
        .find_also_related(indicators::Entity)
        .and_also_related(plans::Entity)
        .find_also(indicators::Entity, crate::entities::org_units::Entity)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-measurement",
                [("id", i64::from(id).into())],
            ))
        })?;
    let ind = ind.ok_or_else(|| AppError::Internal(format!("measurement {id} has no indicator")))?;
    let plan = plan.ok_or_else(|| AppError::Internal(format!("indicator {} has no plan", ind.id)))?;
    let unit = unit.ok_or_else(|| AppError::Internal(format!("indicator {} has no unit", ind.id)))?;
    Ok((m, ind, plan, unit.code))
}

/// Moves `m` along `step` (Submit, Approve or Return) as `actor`, recording who and when, where `guard`
/// (if any) holds in the update's own statement; approving a revision marks the value it corrects as
/// superseded. Audited. A stale version, or a guard that fails, is a conflict and writes nothing.
pub async fn advance(
    db: &impl ConnectionTrait,
    actor: &Actor,
    m: measurements::Model,
    step: Step,
    note: &str,
    guard: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<measurements::Model, AppError> {
    let (am, action) = stepped(actor, &m, step, note)?;
    // The state always moves (`step.check` above), so the update is never a no-op to look for first.
    let updated = versioned::update_changing(db, am, m.id, m.version, guard).await?;
    audit::record(
        db,
        Some(actor),
        action,
        "measurement",
        m.id,
        Some(&m),
        Some(&updated),
        note,
    )
    .await?;
    if step == Step::Approve
        && let Some(old_id) = m.supersedes_id
        && let Some(old) = measurements::Entity::find_by_id(old_id).one(db).await?
        && old.state == "approved"
    {
        let mut am: measurements::ActiveModel = old.clone().into();
        am.state = Set("superseded".into());
        am.version = Set(old.version + 1);
        am.updated_at = Set(updated.updated_at);
        let after = versioned::update_changing(db, am, old.id, old.version, None).await?;
        let why = format!(
            "superseded by revision {} (measurement {})",
            updated.revision, updated.id
        );
        audit::record(
            db,
            Some(actor),
            "supersede",
            "measurement",
            old.id,
            Some(&old),
            Some(&after),
            &why,
        )
        .await?;
    }
    Ok(updated)
}

/// The change `step` (Submit, Approve or Return) by `actor` makes to `m`, which must be in a state the
/// step starts from: the new state, who and when (now, to the microsecond, as the databases keep it),
/// the note of a return, the next version; and the audit log's word for it.
pub fn stepped(
    actor: &Actor,
    m: &measurements::Model,
    step: Step,
    note: &str,
) -> Result<(measurements::ActiveModel, &'static str), AppError> {
    step.check(m)?;
    let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6).into();
    let mut am: measurements::ActiveModel = m.clone().into();
    am.state = Set(step.rule().1.to_owned());
    let action = match step {
        Step::Submit => {
            am.submitted_by = Set(Some(actor.id));
            am.submitted_at = Set(Some(now));
            "submit"
        }
        Step::Approve => {
            am.approved_by = Set(Some(actor.id));
            am.approved_at = Set(Some(now));
            "approve"
        }
        Step::Return => {
            am.returned_by = Set(Some(actor.id));
            am.returned_at = Set(Some(now));
            am.review_note = Set(note.to_owned());
            "return"
        }
        _ => return Err(AppError::Internal(format!("{step:?} is not a state change"))),
    };
    am.version = Set(m.version + 1);
    am.updated_at = Set(now);
    Ok((am, action))
}

/// Stores an edit of `m` (already checked by the caller) as the next version. Audited.
pub async fn save_edit(
    db: &impl ConnectionTrait,
    actor: &Actor,
    m: &measurements::Model,
    mut am: measurements::ActiveModel,
) -> Result<measurements::Model, AppError> {
    am.version = Set(m.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(db, am, m.id, m.version).await?;
    audit::updated(db, Some(actor), "measurement", m.id, m, &updated).await?;
    Ok(updated)
}

/// Creates the next revision of the approved value `m` as a draft carrying `figures` and texts; `m`
/// stays approved, and counts, until the revision is approved. Refuses while a revision is pending. The
/// `reason` given (may be empty) is kept in the audit entry.
pub async fn revise(
    db: &impl ConnectionTrait,
    actor: &Actor,
    m: &measurements::Model,
    (indicator_code, reason): (&str, &str),
    new: measurements::ActiveModel,
) -> Result<measurements::Model, AppError> {
    Step::Revise.check(m)?;
    let chain = store::slot_rows(db, m.indicator_id, m.year, m.quarter, &m.disaggregation).await?;
    if let Some(last) = chain.last()
        && last.revision > m.revision
    {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-revision-pending",
            [
                (
                    "slot",
                    store::slot_label(indicator_code, m.year, m.quarter, &m.disaggregation).into(),
                ),
                ("revision", i64::from(last.revision).into()),
                ("id", i64::from(last.id).into()),
                ("state", last.state.clone().into()),
            ],
        )));
    }
    let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
    let mut am = new;
    am.indicator_id = Set(m.indicator_id);
    am.year = Set(m.year);
    am.quarter = Set(m.quarter);
    am.disaggregation = Set(m.disaggregation.clone());
    am.state = Set("draft".into());
    am.revision = Set(m.revision + 1);
    am.supersedes_id = Set(Some(m.id));
    am.entered_by = Set(Some(actor.id));
    am.entered_at = Set(now);
    am.review_note = Set(String::new());
    am.provenance = Set("entered".into());
    am.version = Set(1);
    am.created_at = Set(now);
    am.updated_at = Set(now);
    let row = match am.insert(db).await {
        Ok(r) => r,
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            return Err(AppError::conflict(crate::error::Said::new(
                "said-revised-meanwhile",
                [("id", i64::from(m.id).into())],
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let dims: Vec<i32> = measurement_dimensions::Entity::find()
        .filter(measurement_dimensions::Column::MeasurementId.eq(m.id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.dimension_value_id)
        .collect();
    store::insert_dimensions(db, row.id, &dims).await?;
    let mut why = format!("revision {} of measurement {}", row.revision, m.id);
    if !reason.is_empty() {
        why = format!("{why}: {reason}");
    }
    audit::record(db, Some(actor), "revise", "measurement", row.id, None, Some(&row), &why).await?;
    Ok(row)
}
