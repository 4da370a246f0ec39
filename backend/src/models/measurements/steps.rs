//! Workflow steps: submit (the owning unit's planner or an admin), approve and return (an admin, never
//! for a value they entered or submitted). Each is guarded against concurrent steps on the same value:
//! of two simultaneous approvals exactly one succeeds.

use super::workflow::{self, Step};
use super::{Indicator, Measurement, Written, check_claim, may_enter_data};
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::notifications::{self, Mail};
use crate::models::periods;
use crate::models::plans::Plan;
use crate::models::transactions::{WorkFuture, Writer};
use crate::policy::{Action, authorize};
use sea_orm::{ConnectionTrait, DatabaseTransaction};
use serde::Deserialize;

/// Optional body of a workflow step.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepBody {
    /// The version read; when sent (or `If-Match`), a stale one is refused.
    pub version: Option<i32>,
    /// Review note: required to return a value, optional when approving.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// A workflow step asked for: which step, on which value, at which claimed version (from `If-Match`
/// when `.1`; none means "whatever is current", the write being guarded anyway), with which body.
#[derive(Debug)]
pub struct StepRequest {
    /// Submit, Approve or Return.
    pub step: Step,
    /// The value's id.
    pub id: i32,
    /// The version claimed, and whether it came from `If-Match` (412 when stale) or the body (409).
    pub claimed: Option<(i32, bool)>,
    /// The note (and the body's version, already folded into `claimed`).
    pub body: StepBody,
}

/// Refuses, before anything is read, an actor who may never take `step`: reviewers submit nothing, and
/// only admins approve or return. [`take`] checks again, with the value's unit and authors.
pub fn may_take(actor: &Actor, step: Step) -> AppResult<()> {
    if step == Step::Submit {
        may_enter_data(actor)
    } else {
        authorize(
            actor,
            Action::Approve {
                entered_by: None,
                submitted_by: None,
            },
        )
    }
}

/// Takes `req.step` on a value as `actor`, recording who and when; returning needs a note. Audited.
pub async fn take(db: &impl ConnectionTrait, writer: &Writer, actor: &Actor, req: StepRequest) -> AppResult<Written> {
    let StepRequest {
        step,
        id,
        claimed,
        body,
    } = req;
    may_take(actor, step)?;
    crate::limits::enforce(&body)?;
    let note = body.note.as_deref().unwrap_or("").trim().to_owned();
    if step == Step::Return && note.is_empty() {
        return Err(AppError::field(
            "note",
            crate::error::Said::new("said-tell-planner", []),
        ));
    }
    // Read and checked before taking the write lock: the guarded update in `advance` refuses the step
    // with a 409 if the value changed in between.
    let (m, indicator, plan, unit_code) = workflow::load(db, id).await?;
    authorize_step(actor, step, &m, &indicator)?;
    if let Some(c) = claimed {
        check_claim(c, m.version, id)?;
    }
    let advance = Advance {
        plan: plan.clone(),
        indicator: indicator.clone(),
        unit_code: unit_code.clone(),
        m,
        step,
        note,
        actor: actor.clone(),
    };
    let taken = if writer.single_statements() {
        step_in_one(db, writer, &advance).await?
    } else {
        None
    };
    let (row, mails) = match taken {
        Some(taken) => taken,
        None => writer.run(advance, take_step).await?,
    };
    writer.mailer().send_later(mails);
    Ok(Written {
        row,
        indicator,
        plan,
        unit_code,
    })
}

/// Refuses `actor` taking `step` on value `m` of indicator `ind`: submitting is for whoever enters the
/// unit's values; approving and returning for an admin who neither entered nor submitted it.
pub fn authorize_step(actor: &Actor, step: Step, m: &Measurement, ind: &Indicator) -> AppResult<()> {
    match step {
        Step::Submit => authorize(actor, Action::WriteUnit(ind.owner_unit_id)),
        _ => authorize(
            actor,
            Action::Approve {
                entered_by: m.entered_by,
                submitted_by: m.submitted_by,
            },
        ),
    }
}

/// What the write transaction of a workflow step needs.
struct Advance {
    plan: Plan,
    indicator: Indicator,
    /// The code of the indicator's owner unit, for the notices.
    unit_code: String,
    m: Measurement,
    step: Step,
    note: String,
    actor: Actor,
}

/// Takes the step unless the value's year is locked or the value changed since it was read; audited.
fn take_step<'a>(txn: &'a DatabaseTransaction, a: &'a Advance) -> WorkFuture<'a, (Measurement, Vec<Mail>)> {
    Box::pin(async move {
        let owner = Owner {
            plan: &a.plan,
            indicator: &a.indicator,
            unit_code: &a.unit_code,
        };
        step_in(txn, &a.actor, owner, a.m.clone(), a.step, &a.note).await
    })
}

/// On PostgreSQL, takes the step in one statement: the guarded update (the year open, the value still at
/// the version read), its audit entry and its notices, all or nothing. None, having written nothing,
/// when the update did not happen (a stale version, a locked year: [`take_step`] then says which, or
/// goes on for a unit holding an exception) or when the step is not one statement (approving a
/// revision also marks the value it corrects as superseded).
async fn step_in_one(
    db: &impl ConnectionTrait,
    writer: &Writer,
    a: &Advance,
) -> AppResult<Option<(Measurement, Vec<Mail>)>> {
    use crate::models::transactions::part;
    use sea_orm::sea_query::{Alias, WithClause};
    use sea_orm::{FromQueryResult, TryIntoModel};
    if a.step == workflow::Step::Approve && a.m.supersedes_id.is_some() {
        return Ok(None);
    }
    let (am, action) = workflow::stepped(&a.actor, &a.m, a.step, &a.note)?;
    let built = am.clone().try_into_model()?;
    let update = crate::models::versioned::update_changing_query(
        am,
        a.m.id,
        a.m.version,
        Some(periods::not_locked(a.plan.id, a.m.year)),
    )?;
    let mut with = WithClause::new();
    with.cte(part("stepped", update));
    let entry = crate::models::audit::entry(
        Some(&a.actor),
        action,
        ("measurement", a.m.id),
        (Some(&a.m), Some(&built)),
        &a.note,
    );
    if let Some(entry) = entry {
        with.cte(part(
            "audit_entry",
            crate::models::audit::append_for_row(entry, "stepped", false)?,
        ));
    }
    let owner = (a.plan.code.as_str(), a.unit_code.as_str());
    let notice = notifications::record::StepNotice::of(&a.actor, a.step, &built, &a.indicator, owner, &a.note);
    let answer = match &notice {
        Some(n) => {
            let (ctes, answer) = n.record_for_row("stepped")?;
            ctes.into_iter().for_each(|c| {
                with.cte(c);
            });
            answer
        }
        None => sea_orm::sea_query::Query::select()
            .column(sea_orm::sea_query::Asterisk)
            .from(Alias::new("stepped"))
            .to_owned(),
    };
    let stmt = sea_orm::DbBackend::Postgres.build(&with.query(answer));
    let rows = writer.statement(stmt).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let row = Measurement::from_query_result(first, "")?;
    debug_assert_eq!(
        row, built,
        "the audit entry and the notice recorded the row as built, and the row stored differs"
    );
    // The step has committed: a failure to write its mails now loses the mails, not the step.
    let mails = match notice {
        Some(n) => n.mails_of(db, &rows).await.unwrap_or_else(|e| {
            tracing::error!(measurement = row.id, error = %e, "The notices of a step were recorded but their mails could not be written.");
            Vec::new()
        }),
        None => Vec::new(),
    };
    Ok(Some((row, mails)))
}

/// Where a value belongs: its plan, its indicator and the code of the indicator's owner unit.
#[derive(Clone, Copy)]
pub struct Owner<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The indicator.
    pub indicator: &'a Indicator,
    /// The code of the indicator's owner unit.
    pub unit_code: &'a str,
}

/// Inside a write transaction: takes `step` on `m` (already authorized with [`authorize_step`]) unless
/// its year is locked, audited, and records the notices it causes; returns the row and their e-mails,
/// to send once the transaction has committed.
pub async fn step_in(
    txn: &impl ConnectionTrait,
    actor: &Actor,
    Owner {
        plan,
        indicator,
        unit_code,
    }: Owner<'_>,
    m: Measurement,
    step: Step,
    note: &str,
) -> AppResult<(Measurement, Vec<Mail>)> {
    // The year's lock is checked in the update's own statement; only when it (or a stale version)
    // stops the update is the lock read, to say why, or to go on for a unit holding an exception.
    let guard = periods::not_locked(plan.id, m.year);
    let row = match workflow::advance(txn, actor, m.clone(), step, note, Some(guard)).await {
        Err(AppError::Conflict(_)) => {
            periods::check_open(txn, plan, m.year, indicator.owner_unit_id).await?;
            workflow::advance(txn, actor, m, step, note, None).await?
        }
        done => done?,
    };
    let notice = notifications::record::StepNotice::of(actor, step, &row, indicator, (&plan.code, unit_code), note);
    let mails = notifications::record::on_step(txn, notice).await?;
    Ok((row, mails))
}
