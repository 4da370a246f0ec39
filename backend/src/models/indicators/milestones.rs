//! Milestones of an indicator (admin): setting the value expected in one year of the plan, or removing
//! it. Once values exist, either is a framework revision and needs a `revision`.

use crate::auth::Actor;
use crate::entities::indicator_milestones::{self, Column};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::indicators::{check_value_for_unit, check_year_in_plan, has_measurements};
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::revisions::{self, Change, Decision};
use crate::models::{audit, transactions, versioned};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, ModelTrait,
    QueryFilter,
};
use serde::{Deserialize, Serialize};

/// The value expected in a year.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutMilestone {
    /// Expected value (decimal string or number), suiting the indicator's unit.
    #[schema(value_type = String, max_length = 64)]
    pub value: Fixed,
    /// The milestone's version when replacing one (or send `If-Match`); absent when adding.
    pub version: Option<i32>,
    /// The decision behind the change; required once the indicator has values.
    pub revision: Option<Decision>,
}

/// The optional body of a milestone delete.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMilestone {
    /// The decision behind removing it; required once the indicator has values.
    pub revision: Option<Decision>,
}

/// Checks the gate and the decision, naming `revision` fields; returns whether to write revisions.
fn gate(errs: &mut FieldErrors, change: &Change, decision: Option<&Decision>, has_values: bool) -> bool {
    let write = errs.check(
        "revision",
        revisions::gate(std::slice::from_ref(change), decision, has_values),
    );
    for (f, reason) in decision.map(Decision::problems).unwrap_or_default() {
        errs.push(f, reason);
    }
    write.unwrap_or(false)
}

/// A milestone as the audit log records it (the shape of the API's answer).
#[derive(Serialize)]
struct Audited {
    indicator: String,
    year: i32,
    value: Decimal,
    version: i32,
}

fn audited(code: &str, m: &indicator_milestones::Model) -> Audited {
    Audited {
        indicator: code.to_owned(),
        year: m.year,
        value: m.value.to_decimal(),
        version: m.version,
    }
}

/// A milestone set: the row, and whether it was added (not replaced).
#[derive(Debug)]
pub struct MilestoneChange {
    /// The milestone as stored now.
    pub milestone: indicator_milestones::Model,
    /// Whether it is new.
    pub created: bool,
}

async fn find(
    txn: &DatabaseTransaction,
    indicator_id: i32,
    year: i32,
) -> AppResult<Option<indicator_milestones::Model>> {
    Ok(indicator_milestones::Entity::find()
        .filter(Column::IndicatorId.eq(indicator_id))
        .filter(Column::Year.eq(year))
        .one(txn)
        .await?)
}

/// Records the revision (when the gate asks for one) and returns the audit reason.
async fn record(
    txn: &DatabaseTransaction,
    actor: &Actor,
    (plan_id, indicator_id): (i32, i32),
    change: &Change,
    decision: Option<&Decision>,
    write: bool,
) -> AppResult<String> {
    if let (true, Some(d)) = (write, decision) {
        revisions::record(txn, actor, plan_id, indicator_id, std::slice::from_ref(change), d).await?;
        return Ok(format!("{}: {}", d.reference.trim(), d.justification.trim()));
    }
    Ok(String::new())
}

/// Replaces `existing` (at version `expected`, else its own) with `value`, or adds the milestone.
async fn upsert(
    txn: &DatabaseTransaction,
    (indicator_id, year): (i32, i32),
    value: Fixed,
    existing: Option<indicator_milestones::Model>,
    expected: Option<i32>,
) -> AppResult<indicator_milestones::Model> {
    Ok(match existing {
        Some(m) => {
            let mut am: indicator_milestones::ActiveModel = m.clone().into();
            am.value = Set(value);
            am.version = Set(m.version + 1);
            versioned::update(txn, am, m.id, expected.unwrap_or(m.version)).await?
        }
        None => {
            indicator_milestones::ActiveModel {
                indicator_id: Set(indicator_id),
                year: Set(year),
                value: Set(value),
                provenance: Set("entered".to_owned()),
                version: Set(1),
                ..Default::default()
            }
            .insert(txn)
            .await?
        }
    })
}

/// Adds or replaces the `year` milestone of indicator `code` of plan `plan` (admin). Replacing needs
/// the milestone's current version (`claim`, 409/412 otherwise); a version sent for a milestone that
/// no longer exists is a conflict.
pub async fn put_milestone(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, code, year): (&str, &str, i32),
    claim: Claim,
    b: PutMilestone,
) -> AppResult<MilestoneChange> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let done = put_milestone_in(&txn, actor, (&plan, code, year), Some(claim), &b).await?;
    transactions::commit(txn, turn).await?;
    Ok(done)
}

/// [`put_milestone`] inside the caller's write transaction `txn`, with the same checks, revision and
/// audit entry. `claim` `None` replaces the milestone at its version current in `txn` (the framework
/// workbook). The caller has authorized the actor as admin.
pub async fn put_milestone_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    (plan, code, year): (&Plan, &str, i32),
    claim: Option<Claim>,
    b: &PutMilestone,
) -> AppResult<MilestoneChange> {
    authorize(actor, Action::Administer)?;
    let ind = super::indicator_or_404(txn, plan, code).await?;
    let existing = find(txn, ind.id, year).await?;
    let claimed = match (&existing, claim) {
        (Some(m), Some(claim)) => {
            let c = Claim::new(claim.if_match.clone(), b.version).resolve()?;
            check_version(
                c,
                m.version,
                crate::error::Said::new(
                    "said-what-milestone-of",
                    [("year", i64::from(year).into()), ("code", code.into())],
                ),
            )?;
            Some(c)
        }
        (None, _) if b.version.is_some() => {
            return Err(AppError::conflict(crate::error::Said::new(
                "said-milestone-gone",
                [("code", code.into()), ("year", i64::from(year).into())],
            )));
        }
        _ => None,
    };
    let mut errs = FieldErrors::default();
    errs.check("year", check_year_in_plan(plan, year));
    errs.check("value", check_value_for_unit(&ind.unit, b.value));
    let change = Change {
        field: format!("milestones.{year}"),
        before: existing.as_ref().map(|m| m.value.to_string()),
        after: Some(b.value.to_string()),
    };
    let write = if existing.as_ref().map(|m| m.value) == Some(b.value) {
        // Same value: nothing is revised; a decision sent along is refused as for any other field.
        errs.check("revision", revisions::gate(&[], b.revision.as_ref(), true));
        false
    } else {
        gate(
            &mut errs,
            &change,
            b.revision.as_ref(),
            has_measurements(txn, ind.id).await?,
        )
    };
    errs.finish()?;
    let expected = claimed.map(|c| c.0);
    let row = upsert(txn, (ind.id, year), b.value, existing.clone(), expected).await?;
    let reason = record(txn, actor, (plan.id, ind.id), &change, b.revision.as_ref(), write).await?;
    let before = existing.as_ref().map(|m| audited(code, m));
    let action = if before.is_some() { "update" } else { "create" };
    let after = audited(code, &row);
    audit::record(
        txn,
        Some(actor),
        action,
        "indicator_milestone",
        row.id,
        before.as_ref(),
        Some(&after),
        &reason,
    )
    .await?;
    Ok(MilestoneChange {
        created: existing.is_none(),
        milestone: row,
    })
}

/// Removes the `year` milestone of indicator `code` of plan `plan` (admin); an `If-Match`, when sent,
/// must name its current version. Once the indicator has values, `b` carries the decision.
pub async fn delete_milestone(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, code, year): (&str, &str, i32),
    claim: Claim,
    b: DeleteMilestone,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    delete_milestone_in(&txn, actor, (&plan, code, year), &claim, &b).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`delete_milestone`] inside the caller's write transaction `txn`, with the same checks, revision
/// and audit entry. The caller has authorized the actor as admin.
pub async fn delete_milestone_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    (plan, code, year): (&Plan, &str, i32),
    claim: &Claim,
    b: &DeleteMilestone,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let ind = super::indicator_or_404(txn, plan, code).await?;
    let m = find(txn, ind.id, year).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-milestone",
            [("year", i64::from(year).into()), ("code", code.into())],
        ))
    })?;
    claim.check_if_sent(m.version, format!("the {year} milestone of {code}"))?;
    let change = Change {
        field: format!("milestones.{year}"),
        before: Some(m.value.to_string()),
        after: None,
    };
    let mut errs = FieldErrors::default();
    let write = gate(
        &mut errs,
        &change,
        b.revision.as_ref(),
        has_measurements(txn, ind.id).await?,
    );
    errs.finish()?;
    let reason = record(txn, actor, (plan.id, ind.id), &change, b.revision.as_ref(), write).await?;
    let before = audited(code, &m);
    let id = m.id;
    m.delete(txn).await?;
    audit::record(
        txn,
        Some(actor),
        "delete",
        "indicator_milestone",
        id,
        Some(&before),
        None::<&Audited>,
        &reason,
    )
    .await?;
    Ok(())
}
