//! Changing a value: editing a draft or returned value (versioned), correcting an approved one with a
//! new revision, and deleting a draft that was never submitted. Each checks access, the claimed
//! version, the year's lock and the workflow state before its write, which checks the lock again and
//! refuses (409) a value that changed meanwhile.

use super::entry::{self, Figures};
use super::workflow::{self, Step};
use super::{Indicator, Measurement, Written, check_claim, may_enter_data};
use crate::auth::Actor;
use crate::entities::measurements;
use crate::error::{AppError, AppResult, FieldError};
use crate::models::plans::Plan;
use crate::models::transactions::{Work, WorkFuture, Writer};
use crate::models::{audit, periods};
use crate::policy::{Action, authorize};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Changes to a value (PATCH of a draft or returned value, or the new revision of an approved one).
/// Absent fields stay as they are; `null` clears numerator or denominator.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeasurement {
    /// The version read (required for PATCH unless `If-Match` is sent; optional for revise).
    pub version: Option<i32>,
    /// Value; for a ratio or a percentage with numerator and denominator, omit it and change them to
    /// recompute it.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub value: Option<serde_json::Value>,
    /// Numerator.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub numerator: Option<serde_json::Value>,
    /// Denominator.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub denominator: Option<serde_json::Value>,
    /// provisional, estimated or final.
    #[schema(max_length = 64)]
    pub quality: Option<String>,
    /// Narrative.
    #[schema(max_length = 10000)]
    pub narrative: Option<String>,
    /// Evidence link.
    #[schema(max_length = 2048)]
    pub evidence_url: Option<String>,
    /// Why an approved value is corrected (revise only, kept with the revision in the audit log; a
    /// PATCH refuses it).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
}

/// Keeps an explicit `null` as `Some(Null)` so that it clears the field rather than leaving it.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

impl UpdateMeasurement {
    /// The figures after this change to `m`, checked for `unit`; pushes every problem onto `errs`.
    fn figures(&self, errs: &mut Vec<FieldError>, unit: &str, m: &Measurement) -> Option<Figures> {
        let keep = |f: Option<crate::fixed::Fixed>| f.map(|v| v.to_string());
        let pick = |given: &Option<serde_json::Value>, current: Option<crate::fixed::Fixed>| match given {
            None => keep(current),
            Some(v) => super::create::text_of(Some(v)),
        };
        let n = pick(&self.numerator, m.numerator);
        let d = pick(&self.denominator, m.denominator);
        // A share (ratio or percent) whose numerator or denominator changes without a new value is
        // recomputed from them.
        let recompute = crate::status::Unit::parse(unit).is_some_and(|u| u.is_share())
            && self.value.is_none()
            && (self.numerator.is_some() || self.denominator.is_some());
        let v = if recompute {
            None
        } else {
            pick(&self.value, Some(m.value))
        };
        entry::check_figures(errs, unit, v.as_deref(), n.as_deref(), d.as_deref())
    }

    /// Applies the texts and quality; pushes problems onto `errs`.
    fn apply_texts(&self, errs: &mut Vec<FieldError>, m: &Measurement, am: &mut measurements::ActiveModel) {
        let url = self.evidence_url.as_deref().unwrap_or(&m.evidence_url);
        let quality = entry::check_quality_and_link(errs, Some(self.quality.as_deref().unwrap_or(&m.quality)), url);
        am.quality = Set(quality);
        am.evidence_url = Set(url.trim().to_owned());
        let narrative = self.narrative.as_deref().unwrap_or(&m.narrative);
        entry::check_lengths(errs, narrative, url);
        am.narrative = Set(narrative.to_owned());
    }

    /// `am` with this change to `m` (a value of an indicator measured in `unit`): figures, texts and
    /// quality; 422 naming every invalid field.
    fn applied(
        &self,
        unit: &str,
        m: &Measurement,
        mut am: measurements::ActiveModel,
    ) -> AppResult<measurements::ActiveModel> {
        let mut errs = Vec::new();
        let figures = self.figures(&mut errs, unit, m);
        self.apply_texts(&mut errs, m, &mut am);
        let Some(f) = figures.filter(|_| errs.is_empty()) else {
            return Err(AppError::Invalid(errs));
        };
        am.value = Set(f.value);
        am.numerator = Set(f.numerator);
        am.denominator = Set(f.denominator);
        Ok(am)
    }
}

/// A change to a value read before its write transaction: the write refuses it (409) when the value
/// changed meanwhile, and checks the year's lock again.
struct Change {
    plan: Plan,
    reason: String,
    indicator: Indicator,
    m: Measurement,
    am: measurements::ActiveModel,
    actor: Actor,
}

/// Loads value `id` for a change by `actor`: refuses an actor who may not enter data for its unit, a
/// stale claimed version, a locked year and a value not in a state `step` starts from.
async fn load_for(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    claimed: Option<(i32, bool)>,
    step: Step,
) -> AppResult<(Measurement, Indicator, Plan, String)> {
    let (m, ind, plan, unit_code) = workflow::load(db, id).await?;
    authorize(actor, Action::WriteUnit(ind.owner_unit_id))?;
    if let Some(c) = claimed {
        check_claim(c, m.version, id)?;
    }
    periods::check_open(db, &plan, m.year, ind.owner_unit_id).await?;
    step.check(&m)?;
    Ok((m, ind, plan, unit_code))
}

/// Edits draft or returned value `id` with `body`. The version read is required (`claimed`: from
/// `If-Match`, 412 when stale, or from the body, 409); a stale version changes nothing. Audited.
pub async fn update(
    db: &impl ConnectionTrait,
    writer: &Writer,
    actor: &Actor,
    id: i32,
    claimed: Option<(i32, bool)>,
    body: &UpdateMeasurement,
) -> AppResult<Written> {
    crate::limits::enforce(body)?;
    may_enter_data(actor)?;
    let claimed = claimed.ok_or_else(|| AppError::field("version", crate::error::Said::new("said-if-match", [])))?;
    if body.reason.as_deref().is_some_and(|r| !r.trim().is_empty()) {
        return Err(AppError::field(
            "reason",
            crate::error::Said::new("said-reason-only-revising", []),
        ));
    }
    let (m, indicator, plan, unit_code) = load_for(db, actor, id, Some(claimed), Step::Edit).await?;
    let am = body.applied(&indicator.unit, &m, m.clone().into())?;
    written(writer, actor, (m, indicator, plan, unit_code), am, (save_edit, "")).await
}

/// Runs `work` on the change `am` of value `m` in the writer's turn; answers the row written with its
/// indicator, plan and unit code.
async fn written(
    writer: &Writer,
    actor: &Actor,
    (m, indicator, plan, unit_code): (Measurement, Indicator, Plan, String),
    am: measurements::ActiveModel,
    (work, reason): (Work<Change, Measurement>, &str),
) -> AppResult<Written> {
    let change = Change {
        reason: reason.to_owned(),
        plan: plan.clone(),
        indicator: indicator.clone(),
        m,
        am,
        actor: actor.clone(),
    };
    let row = writer.run(change, work).await?;
    Ok(Written {
        row,
        indicator,
        plan,
        unit_code,
    })
}

/// Saves an edit unless the year is locked or the value changed since it was read; audited.
fn save_edit<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, Measurement> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year, c.indicator.owner_unit_id).await?;
        workflow::save_edit(txn, &c.actor, &c.m, c.am.clone()).await
    })
}

/// Corrects approved value `id` with a new revision carrying `body`'s changes, as a draft; the approved
/// value keeps counting until the revision is approved. `claimed` is optional. Audited.
pub async fn revise(
    db: &impl ConnectionTrait,
    writer: &Writer,
    actor: &Actor,
    id: i32,
    claimed: Option<(i32, bool)>,
    body: &UpdateMeasurement,
) -> AppResult<Written> {
    crate::limits::enforce(body)?;
    may_enter_data(actor)?;
    let (m, indicator, plan, unit_code) = load_for(db, actor, id, claimed, Step::Revise).await?;
    let am = body.applied(&indicator.unit, &m, Default::default())?;
    let reason = body.reason.as_deref().unwrap_or("").trim();
    written(
        writer,
        actor,
        (m, indicator, plan, unit_code),
        am,
        (store_revision, reason),
    )
    .await
}

/// Like [`revise`], as the pages ask it: the reason is required (422 naming `reason` when blank).
pub async fn revise_with_reason(
    db: &impl ConnectionTrait,
    writer: &Writer,
    actor: &Actor,
    id: i32,
    claimed: Option<(i32, bool)>,
    body: &UpdateMeasurement,
) -> AppResult<Written> {
    if body.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        return Err(AppError::field(
            "reason",
            crate::error::Said::new("said-say-why-corrected", []),
        ));
    }
    revise(db, writer, actor, id, claimed, body).await
}

/// Stores the next revision unless the year is locked or another revision is pending; audited.
fn store_revision<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, Measurement> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year, c.indicator.owner_unit_id).await?;
        workflow::revise(txn, &c.actor, &c.m, (&c.indicator.code, &c.reason), c.am.clone()).await
    })
}

/// Deletes draft `id`, which was never submitted (safe: nothing counts on it); `claimed` is checked when
/// given. Audited.
pub async fn delete(
    db: &impl ConnectionTrait,
    writer: &Writer,
    actor: &Actor,
    id: i32,
    claimed: Option<(i32, bool)>,
) -> AppResult<()> {
    may_enter_data(actor)?;
    let (m, indicator, plan, _) = load_for(db, actor, id, claimed, Step::Delete).await?;
    let removal = Change {
        reason: String::new(),
        plan,
        indicator,
        am: m.clone().into(),
        m,
        actor: actor.clone(),
    };
    writer.run(removal, remove).await
}

/// Deletes a draft unless the year is locked or the draft changed since it was read; audited.
fn remove<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, ()> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year, c.indicator.owner_unit_id).await?;
        let gone = measurements::Entity::delete_many()
            .filter(measurements::Column::Id.eq(c.m.id))
            .filter(measurements::Column::Version.eq(c.m.version))
            .exec(txn)
            .await?;
        if gone.rows_affected != 1 {
            return Err(AppError::conflict(crate::error::Said::new(
                "said-deleted-meanwhile",
                [("id", i64::from(c.m.id).into())],
            )));
        }
        audit::deleted(txn, Some(&c.actor), "measurement", c.m.id, &c.m).await?;
        Ok(())
    })
}
