//! Deciding on several submitted values at once from the approval queue: approve the selected, or
//! return each with its own note. Every value is checked first (access, state, a note for each one
//! returned), and any refusal names its value and stores nothing; then all steps run in one write
//! transaction, each exactly as the API's step ([`super::steps::step_in`]: the year's lock, the
//! guarded state change, the audit entry and the notices).

use super::steps::{Owner, authorize_step, may_take, step_in};
use super::store::slot_label;
use super::workflow::Step;
use super::{Indicator, Measurement};
use crate::auth::Actor;
use crate::entities::{indicators, measurements, org_units, plans};
use crate::error::{AppError, AppResult, FieldError};
use crate::models::notifications::Mail;
use crate::models::plans::Plan;
use crate::models::transactions::{WorkFuture, Writer};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter};

/// What the office decided: one step for the values chosen, each with its own note.
#[derive(Debug, Clone)]
pub struct Decision {
    /// Approve or Return.
    pub step: Step,
    /// The values chosen: id and the note typed beside it.
    pub items: Vec<(i32, String)>,
}

/// What was done: the slot of each value, in the order chosen.
#[derive(Debug, Clone)]
pub struct Decided {
    /// "KPI-R1 2028", "KPI-R2 2028 Q3 (sex=female)".
    pub labels: Vec<String>,
}

/// The field of the note of value `id` on the queue (named in the errors).
pub fn note_field(id: i32) -> String {
    format!("note_{id}")
}

/// Takes `d.step` on every value of `d` as `actor`, all or nothing. A value returned without a note,
/// one not (or no longer) submitted, or one the actor entered or submitted is refused naming it.
pub async fn decide(db: &impl ConnectionTrait, writer: &Writer, actor: &Actor, d: Decision) -> AppResult<Decided> {
    if !matches!(d.step, Step::Approve | Step::Return) {
        return Err(AppError::Internal(format!(
            "{:?} is not a decision of the queue",
            d.step
        )));
    }
    may_take(actor, d.step)?;
    if d.items.is_empty() {
        return Err(AppError::field("ids", crate::error::Said::new("said-select-one", [])));
    }
    let ids: Vec<i32> = d.items.iter().map(|(id, _)| *id).collect();
    type Found = (
        Measurement,
        Option<Indicator>,
        Option<plans::Model>,
        Option<org_units::Model>,
    );
    let found: Vec<Found> = measurements::Entity::find()
        .find_also_related(indicators::Entity)
        .and_also_related(plans::Entity)
        .find_also(indicators::Entity, org_units::Entity)
        .filter(measurements::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let mut errors = Vec::new();
    let mut steps = Vec::with_capacity(d.items.len());
    for (id, note) in d.items {
        let Some((m, Some(ind), Some(plan), Some(unit))) = found.iter().find(|(m, ..)| m.id == id).cloned() else {
            return Err(AppError::not_found(crate::error::Said::new(
                "said-what-measurement",
                [("id", i64::from(id).into())],
            )));
        };
        let label = slot_label(&ind.code, m.year, m.quarter, &m.disaggregation);
        let named = |e: AppError| match e {
            e @ AppError::Forbidden(_) => e.labelled(crate::error::Said::new(
                "said-value-label",
                [("label", label.as_str().into()), ("id", i64::from(id).into())],
            )),
            e @ AppError::Conflict(_) => e.labelled(&label),
            other => other,
        };
        authorize_step(actor, d.step, &m, &ind).map_err(named)?;
        d.step.check(&m).map_err(named)?;
        let note = note.trim().to_owned();
        if note.chars().count() > crate::limits::NOTE {
            let why = crate::error::Said::new("said-note-longer", [("max", (crate::limits::NOTE as i64).into())]);
            errors.push(FieldError::new(
                note_field(id),
                crate::error::Reason::from(why).labelled(label.as_str()),
            ));
        } else if d.step == Step::Return && note.is_empty() {
            let why = crate::error::Said::new("said-note-to-return", []);
            errors.push(FieldError::new(
                note_field(id),
                crate::error::Reason::from(why).labelled(label.as_str()),
            ));
        }
        steps.push(One {
            label,
            m,
            indicator: ind,
            plan,
            unit_code: unit.code,
            note,
        });
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let labels = steps.iter().map(|s| s.label.clone()).collect();
    let batch = Batch {
        actor: actor.clone(),
        step: d.step,
        steps,
    };
    let mails = writer.run(batch, take_all).await?;
    writer.mailer().send_later(mails);
    Ok(Decided { labels })
}

/// One value's step, checked.
struct One {
    label: String,
    m: Measurement,
    indicator: Indicator,
    plan: Plan,
    /// The code of the indicator's owner unit, for the notices.
    unit_code: String,
    note: String,
}

/// What the write transaction of a decision needs.
struct Batch {
    actor: Actor,
    step: Step,
    steps: Vec<One>,
}

fn take_all<'a>(txn: &'a DatabaseTransaction, b: &'a Batch) -> WorkFuture<'a, Vec<Mail>> {
    Box::pin(async move {
        let mut mails = Vec::new();
        for one in &b.steps {
            let owner = Owner {
                plan: &one.plan,
                indicator: &one.indicator,
                unit_code: &one.unit_code,
            };
            let (_, m) = step_in(txn, &b.actor, owner, one.m.clone(), b.step, &one.note)
                .await
                .map_err(|e| match e {
                    e @ (AppError::Conflict(_) | AppError::Locked(_)) => e.labelled(&one.label),
                    other => other,
                })?;
            mails.extend(m);
        }
        Ok(mails)
    })
}
