//! Reporting periods: a year of a plan is open until an admin locks it. A year with no row is open when it
//! lies inside the plan. A locked year takes no new values and no changes to values, except those of an
//! org unit holding an active lock exception ([`exceptions`]); every refusal names the lock and since
//! when, and the unit's exception that ended, if it had one.

pub mod exceptions;

use crate::auth::Actor;
use crate::entities::{plans, reporting_periods, users};
use crate::error::{AppError, AppResult, FieldError, Reason, Said};
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::transactions::{self, Writer};
use crate::policy::{Action, authorize};
use chrono::{DateTime, SecondsFormat, Utc};
use exceptions::Excepted;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Deserialize;
use std::collections::HashMap;

/// A reporting period as stored.
pub type Period = reporting_periods::Model;

/// A locked year as every refusal describes it, with the lock exceptions granted in it.
#[derive(Debug, Clone)]
pub struct Lock {
    /// The year.
    pub year: i32,
    /// The lock's refusal message: which lock, since when, by whom, why.
    pub message: Reason,
    /// The exceptions granted for this year, active or ended.
    pub exceptions: Vec<Excepted>,
}

impl Lock {
    /// Why a value of org unit `unit` may not change at `now`: None when the unit holds an exception
    /// active at `now`; else the lock's message, followed by the unit's exception that ended last, if any.
    /// `unit` None (a view for no unit in particular) counts no exception.
    pub fn refuses(&self, unit: Option<i32>, now: DateTime<Utc>) -> Option<Reason> {
        let Some(unit) = unit else {
            return Some(self.message.clone());
        };
        let own = self.exceptions.iter().filter(|e| e.unit_id == unit);
        if own.clone().any(|e| e.is_active(now)) {
            return None;
        }
        Some(match own.max_by_key(|e| (e.ended_at(), e.id)) {
            Some(ended) => match (&self.message, &ended.ended) {
                (Reason::Said(lock), Reason::Said(end)) => Said::new(
                    "said-lock-and-exception",
                    [("lock", lock.clone().into()), ("ended", end.clone().into())],
                )
                .into(),
                (lock, end) => Reason::Plain(format!("{lock}; {end}")),
            },
            None => self.message.clone(),
        })
    }
}

/// RFC 3339 UTC with a `Z`, as the API shows times.
pub fn rfc3339(t: &sea_orm::prelude::DateTimeWithTimeZone) -> String {
    t.to_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The refusal message of a lock: "reporting period 2028 of SP2028-2031 was locked on
/// 2029-03-01T10:00:00Z by admin@…: note". Seeded locks carry no date or user; the message says so.
pub fn lock_message(plan_code: &str, p: &reporting_periods::Model, locked_by: Option<&str>) -> Said {
    let when = p
        .locked_at
        .as_ref()
        .map_or_else(|| Said::new("said-unrecorded-date", []).into(), |t| rfc3339(t).into());
    let who = unrecorded_or(locked_by);
    let note = p.lock_note.trim();
    let args = [
        ("year", i64::from(p.year).into()),
        ("plan", plan_code.into()),
        ("when", when),
        ("who", who),
        ("note", note.into()),
    ];
    if note.is_empty() {
        Said::new("said-lock", args)
    } else {
        Said::new("said-lock-note", args)
    }
}

/// A user's e-mail, or "an unrecorded user" in words of the language (seeded rows name none).
pub fn unrecorded_or(email: Option<&str>) -> crate::error::SaidArg {
    email.map_or_else(|| Said::new("said-unrecorded-user", []).into(), Into::into)
}

/// Every locked year of `plan`, with its refusal message and exceptions, keyed by year.
pub async fn locks(db: &impl ConnectionTrait, plan: &plans::Model) -> Result<HashMap<i32, Lock>, DbErr> {
    let rows = reporting_periods::Entity::find()
        .filter(reporting_periods::Column::PlanId.eq(plan.id))
        .filter(reporting_periods::Column::Status.eq("locked"))
        .all(db)
        .await?;
    described(db, plan, rows, None).await
}

/// The locks of `rows` (locked periods of `plan`) with their exceptions (all of the plan's, or those of
/// `year` only), keyed by year.
async fn described(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    rows: Vec<reporting_periods::Model>,
    year: Option<i32>,
) -> Result<HashMap<i32, Lock>, DbErr> {
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let mut granted = exceptions::described(db, plan, year).await?;
    let emails = emails(db, rows.iter().filter_map(|r| r.locked_by).collect()).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let by = r.locked_by.and_then(|u| emails.get(&u)).map(String::as_str);
            let lock = Lock {
                year: r.year,
                message: lock_message(&plan.code, r, by).into(),
                exceptions: granted.remove(&r.year).unwrap_or_default(),
            };
            (r.year, lock)
        })
        .collect())
}

/// The condition on a reporting period's row that `year` of plan `plan_id` is locked.
fn locked_row(plan_id: i32, year: i32) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(reporting_periods::Column::PlanId.eq(plan_id))
        .add(reporting_periods::Column::Year.eq(year))
        .add(reporting_periods::Column::Status.eq("locked"))
}

/// The SQL condition that `year` of plan `plan_id` is not locked, for a write to carry in its own
/// statement (`… WHERE … AND <this>`) instead of a read before it. It is stricter than [`refusal`]: a
/// locked year refuses there even to a unit holding an exception, so a write it stops must ask
/// [`check_open`] why, and go on unguarded when the year is open to the unit.
pub fn not_locked(plan_id: i32, year: i32) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    let locked = Query::select()
        .expr(Expr::value(1))
        .from(reporting_periods::Entity)
        .cond_where(locked_row(plan_id, year))
        .to_owned();
    Expr::exists(locked).not()
}

/// Why `year` of `plan` takes no values of org unit `unit` now (see [`Lock::refuses`]), or None when it
/// does: the year is open, or the unit holds an active exception.
pub async fn refusal(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    year: i32,
    unit: Option<i32>,
) -> Result<Option<Reason>, DbErr> {
    let row = reporting_periods::Entity::find()
        .filter(locked_row(plan.id, year))
        .one(db)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let mut locks = described(db, plan, vec![row], Some(year)).await?;
    Ok(locks.remove(&year).and_then(|l| l.refuses(unit, Utc::now())))
}

/// Refuses with 423 when `year` of `plan` is locked for values of org unit `unit` (the unit that owns
/// the value's indicator): the year is locked and the unit holds no active exception. The moment is
/// the server's clock at the call, inside the write's transaction.
pub async fn check_open(db: &impl ConnectionTrait, plan: &plans::Model, year: i32, unit: i32) -> Result<(), AppError> {
    match refusal(db, plan, year, Some(unit)).await? {
        None => Ok(()),
        Some(message) => Err(AppError::Locked(message)),
    }
}

/// Emails of the given user ids (for responses that show who, not an id).
pub async fn emails(db: &impl ConnectionTrait, mut ids: Vec<i32>) -> Result<HashMap<i32, String>, DbErr> {
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect())
}

/// The period row of `year` of `plan`, if the year has one.
pub async fn find(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    year: i32,
) -> Result<Option<reporting_periods::Model>, DbErr> {
    reporting_periods::Entity::find()
        .filter(reporting_periods::Column::PlanId.eq(plan.id))
        .filter(reporting_periods::Column::Year.eq(year))
        .one(db)
        .await
}

/// Locks (`lock = true`) or unlocks `year` of `plan`; `existing` is its row as [`find`] returned it
/// (None: the year is implicitly open and gets a row now). Locking a locked year or unlocking an open
/// one is a conflict.
pub async fn set_lock(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &plans::Model,
    year: i32,
    existing: Option<&reporting_periods::Model>,
    lock: bool,
    note: &str,
) -> Result<reporting_periods::Model, AppError> {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
    let is_locked = existing.is_some_and(|p| p.status == "locked");
    if lock && is_locked {
        return Err(AppError::conflict(Said::new(
            "said-period-already-locked",
            [("year", i64::from(year).into()), ("plan", plan.code.clone().into())],
        )));
    }
    if !lock && !is_locked {
        return Err(AppError::conflict(Said::new(
            "said-period-not-locked",
            [("year", i64::from(year).into()), ("plan", plan.code.clone().into())],
        )));
    }
    let (status, locked_at, locked_by) = if lock {
        ("locked", Some(now), Some(actor.id))
    } else {
        ("open", None, None)
    };
    Ok(match existing {
        None => {
            reporting_periods::ActiveModel {
                plan_id: Set(plan.id),
                year: Set(year),
                status: Set(status.into()),
                locked_at: Set(locked_at),
                locked_by: Set(locked_by),
                lock_note: Set(note.to_owned()),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?
        }
        Some(p) => {
            let mut am: reporting_periods::ActiveModel = p.clone().into();
            am.status = Set(status.into());
            am.locked_at = Set(locked_at);
            am.locked_by = Set(locked_by);
            am.lock_note = Set(note.to_owned());
            am.version = Set(p.version + 1);
            am.updated_at = Set(now);
            super::versioned::update(db, am, p.id, p.version).await?
        }
    })
}

/// One year of a plan: its period row, if it has one, and the email of whoever locked it.
pub type Year = (i32, Option<Period>, Option<String>);

/// Every year of plan `plan` in order with its period and lock (a year without a row is open), and
/// the years outside the plan that have a row.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, plan: &str) -> AppResult<(Plan, Vec<Year>)> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let rows = reporting_periods::Entity::find()
        .filter(reporting_periods::Column::PlanId.eq(plan.id))
        .all(db)
        .await?;
    let users = emails(db, rows.iter().filter_map(|r| r.locked_by).collect()).await?;
    let mut years: Vec<i32> = (plan.start_year..=plan.end_year).collect();
    years.extend(
        rows.iter()
            .map(|r| r.year)
            .filter(|y| !(plan.start_year..=plan.end_year).contains(y)),
    );
    years.sort_unstable();
    let years = years
        .into_iter()
        .map(|y| {
            let row = rows.iter().find(|r| r.year == y).cloned();
            let by = row
                .as_ref()
                .and_then(|r| r.locked_by)
                .and_then(|u| users.get(&u).cloned());
            (y, row, by)
        })
        .collect();
    Ok((plan, years))
}

/// A lock or unlock, with the reason.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LockChange {
    /// Why (required): shown in every refusal while the year is locked.
    #[schema(max_length = 2000)]
    pub note: String,
    /// The period version read (optional; or send `If-Match`). A year never locked is at version 1.
    pub version: Option<i32>,
}

/// Locks (`lock = true`) or unlocks `year` of plan `plan` (admin) with the note of `change`. The
/// version is optional here (a lock is a deliberate, idempotent-looking act), but checked when sent
/// (`claim`). Audited as `lock` or `unlock`. Returns the plan and the period as it is now.
pub async fn change(
    writer: &Writer,
    actor: &Actor,
    (plan, year): (&str, i32),
    claim: Claim,
    change: &LockChange,
    lock: bool,
) -> AppResult<(Plan, Period)> {
    authorize(actor, Action::Administer)?;
    crate::limits::enforce(change)?;
    let claimed = match (&claim.if_match, claim.body) {
        (None, None) => None,
        _ => Some(claim.resolve()?),
    };
    let (txn, turn) = transactions::begin_write(writer.conn()).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let mut errs = Vec::new();
    if let Err(reason) = crate::models::indicators::check_year_in_plan(&plan, year) {
        errs.push(FieldError::new("year", reason));
    }
    let note = change.note.trim();
    if note.is_empty() {
        errs.push(FieldError::new("note", crate::error::Said::new("said-say-why", [])));
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let existing = find(&txn, &plan, year).await?;
    if let Some(c) = claimed {
        let current = existing.as_ref().map_or(1, |p| p.version);
        check_version(
            c,
            current,
            Said::new(
                "said-what-period",
                [("year", i64::from(year).into()), ("plan", plan.code.clone().into())],
            ),
        )?;
    }
    let after = set_lock(&txn, actor, &plan, year, existing.as_ref(), lock, note).await?;
    let action = if lock { "lock" } else { "unlock" };
    super::audit::record(
        &txn,
        Some(actor),
        action,
        "reporting_period",
        after.id,
        existing.as_ref(),
        Some(&after),
        note,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok((plan, after))
}

/// What the periods page shows: every year of a plan with its lock, every exception granted in it, and
/// the org units an exception may name.
pub struct Overview {
    /// The plan.
    pub plan: Plan,
    /// Every year ([`list`]).
    pub years: Vec<Year>,
    /// Every exception of the plan, oldest first, with its state now.
    pub exceptions: Vec<exceptions::Granted>,
    /// Org unit codes, sorted.
    pub units: Vec<String>,
}

/// The years, locks and exceptions of plan `plan` (anyone logged in; only the office changes them).
pub async fn overview(db: &impl ConnectionTrait, actor: &Actor, plan: &str) -> AppResult<Overview> {
    let (plan, years) = list(db, actor, plan).await?;
    let (_, exceptions) = exceptions::list(db, actor, &plan.code, None).await?;
    let mut units: Vec<String> = crate::models::units::codes(db).await?.into_values().collect();
    units.sort();
    Ok(Overview {
        plan,
        years,
        exceptions,
        units,
    })
}
