//! Lock exceptions (DHIS2's): the office reopens a locked year of a plan for one org unit until a
//! moment. While the exception is active, values of indicators that unit owns may be entered, changed,
//! submitted and approved in the locked year; when it ends (its moment passes, or the office revokes it)
//! the lock holds again and each refusal names the exception that ended. An exception is never deleted.

use super::{emails, rfc3339};
use crate::auth::Actor;
use crate::entities::{lock_exceptions, plans};
use crate::error::{AppError, AppResult, FieldError, Reason, Said, SaidArg};
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::transactions;
use crate::models::transactions::Writer;
use crate::models::units;
use crate::policy::{Action, authorize};
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sea_orm::{QueryOrder, prelude::DateTimeWithTimeZone};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A lock exception as stored.
pub type Exception = lock_exceptions::Model;

/// An exception as a lock carries it, to decide a write and to name it in a refusal.
#[derive(Debug, Clone)]
pub struct Excepted {
    /// Its id.
    pub id: i32,
    /// The org unit it lets write.
    pub unit_id: i32,
    /// The moment it ends.
    pub until: DateTime<Utc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
    /// How it ended, as a refusal says it once it has: "the exception granted to BR until … by … ended".
    pub ended: Reason,
}

impl Excepted {
    /// Whether it lets its unit write at `now`: not revoked, and `now` before its end.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && now < self.until
    }

    /// When it ended (or will end): its revocation, else its end.
    pub fn ended_at(&self) -> DateTime<Utc> {
        self.revoked_at.map_or(self.until, |r| r.min(self.until))
    }
}

/// What an exception's state is at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionState {
    /// The unit may write until its end.
    Active,
    /// Its end has passed.
    Ended,
    /// The office revoked it before its end.
    Revoked,
}

impl ExceptionState {
    /// The state of `e` at `now`.
    pub fn of(e: &Exception, now: DateTime<Utc>) -> Self {
        if e.revoked_at.is_some() {
            ExceptionState::Revoked
        } else if now < e.until.to_utc() {
            ExceptionState::Active
        } else {
            ExceptionState::Ended
        }
    }

    /// The word shown for it.
    pub fn as_str(self) -> &'static str {
        match self {
            ExceptionState::Active => "active",
            ExceptionState::Ended => "ended",
            ExceptionState::Revoked => "revoked",
        }
    }
}

/// How exception `e` of unit `unit` ended, as a refusal names it: "the exception granted to BR until
/// 2029-04-01T00:00:00Z by admin@… ended", or "… was revoked on … by …: note".
pub fn ended_message(unit: &str, e: &Exception, granted_by: Option<&str>, revoked_by: Option<&str>) -> Said {
    let granted = || -> [(&'static str, SaidArg); 3] {
        [
            ("unit", unit.into()),
            ("until", rfc3339(&e.until).into()),
            ("granted_by", super::unrecorded_or(granted_by)),
        ]
    };
    match &e.revoked_at {
        None => Said::new("said-exception-ended", granted()),
        Some(at) => {
            let note = e.revoke_note.trim();
            let [a, b, c] = granted();
            let args = [
                a,
                b,
                c,
                ("at", rfc3339(at).into()),
                ("revoked_by", super::unrecorded_or(revoked_by)),
                ("note", note.into()),
            ];
            if note.is_empty() {
                Said::new("said-exception-revoked", args)
            } else {
                Said::new("said-exception-revoked-note", args)
            }
        }
    }
}

/// An exception with the codes and emails a list shows.
#[derive(Debug, Clone)]
pub struct Granted {
    /// The row.
    pub row: Exception,
    /// Its org unit's code.
    pub unit: String,
    /// Who granted it.
    pub granted_by: Option<String>,
    /// Who revoked it.
    pub revoked_by: Option<String>,
    /// Its state when read.
    pub state: ExceptionState,
}

/// The exceptions of `plan` (of `year` only, when given), oldest first, with codes and emails.
async fn granted(db: &impl ConnectionTrait, plan: &plans::Model, year: Option<i32>) -> Result<Vec<Granted>, DbErr> {
    let mut q = lock_exceptions::Entity::find().filter(lock_exceptions::Column::PlanId.eq(plan.id));
    if let Some(y) = year {
        q = q.filter(lock_exceptions::Column::Year.eq(y));
    }
    let rows = q
        .order_by_asc(lock_exceptions::Column::Year)
        .order_by_asc(lock_exceptions::Column::Id)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let codes = units::codes(db).await?;
    let people = rows
        .iter()
        .flat_map(|r| [r.granted_by, r.revoked_by])
        .flatten()
        .collect();
    let people = emails(db, people).await?;
    let now = Utc::now();
    Ok(rows
        .into_iter()
        .map(|row| Granted {
            unit: codes.get(&row.org_unit_id).cloned().unwrap_or_default(),
            granted_by: row.granted_by.and_then(|u| people.get(&u).cloned()),
            revoked_by: row.revoked_by.and_then(|u| people.get(&u).cloned()),
            state: ExceptionState::of(&row, now),
            row,
        })
        .collect())
}

/// The exceptions of `plan` (of `year` only, when given) as locks carry them, keyed by year.
pub(super) async fn described(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    year: Option<i32>,
) -> Result<HashMap<i32, Vec<Excepted>>, DbErr> {
    let mut by_year: HashMap<i32, Vec<Excepted>> = HashMap::new();
    for g in granted(db, plan, year).await? {
        let ended = ended_message(&g.unit, &g.row, g.granted_by.as_deref(), g.revoked_by.as_deref());
        by_year.entry(g.row.year).or_default().push(Excepted {
            id: g.row.id,
            unit_id: g.row.org_unit_id,
            until: g.row.until.to_utc(),
            revoked_at: g.row.revoked_at.map(|r| r.to_utc()),
            ended: ended.into(),
        });
    }
    Ok(by_year)
}

/// The exceptions of plan `plan` (of `year` only, when given), oldest first: anyone logged in may read
/// them (a planner sees until when their unit may still write).
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &str,
    year: Option<i32>,
) -> AppResult<(Plan, Vec<Granted>)> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let items = granted(db, &plan, year).await?;
    Ok((plan, items))
}

/// A lock exception to grant.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantException {
    /// The org unit that may write in the locked year (GS, BR, TSB, BDT or a regional office).
    #[schema(max_length = 64)]
    pub unit: String,
    /// Until when, RFC 3339 (`2029-04-01T00:00:00Z`); a time without an offset (`2029-04-01T00:00`) is
    /// UTC. It must lie ahead.
    #[schema(max_length = 64)]
    pub until: String,
    /// Why (required): shown in the list and the audit log.
    #[schema(max_length = 2000)]
    pub note: String,
}

/// The moment `text` names: RFC 3339, or a date and time without an offset, read as UTC (what a form's
/// `datetime-local` field sends).
pub fn parse_until(text: &str) -> Result<DateTime<Utc>, crate::error::Said> {
    let t = text.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Ok(d.to_utc());
    }
    for f in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(t, f) {
            return Ok(n.and_utc());
        }
    }
    Err(crate::error::Said::new(
        "said-not-a-date-time",
        [("sent", format!("{t:?}").into())],
    ))
}

/// Grants org unit `body.unit` an exception to the lock of `year` of plan `plan` (admin) until
/// `body.until`, which must lie ahead; the year need not be locked yet (an exception granted ahead of a
/// lock holds once it is locked). A unit holds one active exception per year: a second is a conflict
/// (revoke the first to change its end). Audited as `grant_exception`.
pub async fn grant(
    writer: &Writer,
    actor: &Actor,
    (plan, year): (&str, i32),
    body: &GrantException,
) -> AppResult<(Plan, Granted)> {
    authorize(actor, Action::Administer)?;
    crate::limits::enforce(body)?;
    let now = Utc::now();
    let (txn, turn) = transactions::begin_write(writer.conn()).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let mut errs = Vec::new();
    let mut problem = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
    if let Err(reason) = crate::models::indicators::check_year_in_plan(&plan, year) {
        problem("year", reason.into());
    }
    let unit = units::by_code(&txn, body.unit.trim()).await?;
    if unit.is_none() {
        problem(
            "unit",
            crate::error::Said::new(
                "said-not-an-org-unit",
                [("unit", format!("{:?}", body.unit.trim()).into())],
            )
            .into(),
        );
    }
    let until = match parse_until(&body.until) {
        Ok(u) if u <= now => {
            problem(
                "until",
                crate::error::Said::new("said-until-passed", [("until", u.to_rfc3339().into())]).into(),
            );
            None
        }
        Ok(u) => match crate::limits::year_out_of_range(chrono::Datelike::year(&u)) {
            Some(reason) => {
                problem("until", reason.into());
                None
            }
            None => Some(u),
        },
        Err(reason) => {
            problem("until", reason.into());
            None
        }
    };
    let note = body.note.trim();
    if note.is_empty() {
        problem("note", crate::error::Said::new("said-say-why", []).into());
    }
    let (Some(unit), Some(until), true) = (unit, until, errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    let held = lock_exceptions::Entity::find()
        .filter(lock_exceptions::Column::PlanId.eq(plan.id))
        .filter(lock_exceptions::Column::Year.eq(year))
        .filter(lock_exceptions::Column::OrgUnitId.eq(unit.id))
        .filter(lock_exceptions::Column::RevokedAt.is_null())
        .all(&txn)
        .await?;
    if let Some(h) = held.iter().find(|h| now < h.until.to_utc()) {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-exception-held",
            [
                ("unit", unit.code.clone().into()),
                ("id", i64::from(h.id).into()),
                ("year", i64::from(year).into()),
                ("plan", plan.code.clone().into()),
                ("until", rfc3339(&h.until).into()),
            ],
        )));
    }
    let stamp: DateTimeWithTimeZone = now.into();
    let row = lock_exceptions::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(year),
        org_unit_id: Set(unit.id),
        until: Set(until.into()),
        note: Set(note.to_owned()),
        granted_by: Set(Some(actor.id)),
        granted_at: Set(stamp),
        revoked_at: Set(None),
        revoked_by: Set(None),
        revoke_note: Set(String::new()),
        version: Set(1),
        created_at: Set(stamp),
        updated_at: Set(stamp),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::models::audit::record(
        &txn,
        Some(actor),
        "grant_exception",
        "lock_exception",
        row.id,
        None,
        Some(&row),
        note,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    tracing::info!(plan.code = %plan.code, year, unit.code = %unit.code, until = %until.to_rfc3339(), "Lock exception granted.");
    let granted = Granted {
        unit: unit.code,
        granted_by: Some(actor.email.clone()),
        revoked_by: None,
        state: ExceptionState::Active,
        row,
    };
    Ok((plan, granted))
}

/// A revocation, with the reason.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeException {
    /// Why (required): named in every refusal the ended exception causes.
    #[schema(max_length = 2000)]
    pub note: String,
    /// The exception's version read (optional; or send `If-Match`).
    pub version: Option<i32>,
}

/// Revokes exception `id` of `year` of plan `plan` (admin): from then on its unit is refused like any
/// other, and each refusal names the revocation. An exception that has already ended (revoked, or past
/// its end) is a conflict. The version is checked when sent. Audited as `revoke_exception`.
pub async fn revoke(
    writer: &Writer,
    actor: &Actor,
    (plan, year, id): (&str, i32, i32),
    claim: Claim,
    body: &RevokeException,
) -> AppResult<(Plan, Granted)> {
    authorize(actor, Action::Administer)?;
    crate::limits::enforce(body)?;
    let claimed = match (&claim.if_match, claim.body) {
        (None, None) => None,
        _ => Some(claim.resolve()?),
    };
    let note = body.note.trim();
    if note.is_empty() {
        return Err(AppError::field("note", crate::error::Said::new("said-say-why", [])));
    }
    let now = Utc::now();
    let (txn, turn) = transactions::begin_write(writer.conn()).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let what = Said::new(
        "said-what-exception",
        [
            ("id", i64::from(id).into()),
            ("year", i64::from(year).into()),
            ("plan", plan.code.clone().into()),
        ],
    );
    let before = lock_exceptions::Entity::find_by_id(id)
        .filter(lock_exceptions::Column::PlanId.eq(plan.id))
        .filter(lock_exceptions::Column::Year.eq(year))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found(what.clone()))?;
    if let Some(c) = claimed {
        check_version(c, before.version, what.clone())?;
    }
    match ExceptionState::of(&before, now) {
        ExceptionState::Active => {}
        ExceptionState::Revoked => {
            return Err(AppError::conflict(Said::new(
                "said-exception-already-revoked",
                [("what", what.into())],
            )));
        }
        ExceptionState::Ended => {
            return Err(AppError::conflict(Said::new(
                "said-exception-already-ended",
                [("what", what.into()), ("date", rfc3339(&before.until).into())],
            )));
        }
    }
    let stamp: DateTimeWithTimeZone = now.into();
    let mut am: lock_exceptions::ActiveModel = before.clone().into();
    am.revoked_at = Set(Some(stamp));
    am.revoked_by = Set(Some(actor.id));
    am.revoke_note = Set(note.to_owned());
    am.version = Set(before.version + 1);
    am.updated_at = Set(stamp);
    let after: Exception = crate::models::versioned::update(&txn, am, before.id, before.version).await?;
    crate::models::audit::record(
        &txn,
        Some(actor),
        "revoke_exception",
        "lock_exception",
        after.id,
        Some(&before),
        Some(&after),
        note,
    )
    .await?;
    let unit = units::codes(&txn).await?.remove(&after.org_unit_id).unwrap_or_default();
    let granted_by = match after.granted_by {
        Some(u) => emails(&txn, vec![u]).await?.remove(&u),
        None => None,
    };
    transactions::commit(txn, turn).await?;
    tracing::info!(plan.code = %plan.code, year, exception.id = id, "Lock exception revoked.");
    let revoked = Granted {
        unit,
        granted_by,
        revoked_by: Some(actor.email.clone()),
        state: ExceptionState::Revoked,
        row: after,
    };
    Ok((plan, revoked))
}

#[cfg(test)]
mod tests {
    use super::super::Lock;
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn excepted(id: i32, unit_id: i32, until: &str, revoked_at: Option<&str>) -> Excepted {
        Excepted {
            id,
            unit_id,
            until: at(until),
            revoked_at: revoked_at.map(at),
            ended: format!("exception {id} ended").into(),
        }
    }

    fn lock(exceptions: Vec<Excepted>) -> Lock {
        Lock {
            year: 2028,
            message: "locked".into(),
            exceptions,
        }
    }

    #[test]
    fn an_active_exception_lets_its_unit_through_and_no_other() {
        let l = lock(vec![excepted(1, 7, "2029-04-01T00:00:00Z", None)]);
        let now = at("2029-03-31T23:59:59Z");
        assert!(l.refuses(Some(7), now).is_none());
        assert_eq!(
            l.refuses(Some(8), now).map(|r| r.to_string()).as_deref(),
            Some("locked")
        );
        assert_eq!(
            l.refuses(None, now).map(|r| r.to_string()).as_deref(),
            Some("locked"),
            "no unit counts no exception"
        );
    }

    #[test]
    fn an_exception_ends_at_its_moment_and_the_refusal_names_it() {
        let l = lock(vec![excepted(1, 7, "2029-04-01T00:00:00Z", None)]);
        let refusal = l.refuses(Some(7), at("2029-04-01T00:00:00Z"));
        assert_eq!(
            refusal.map(|r| r.to_string()).as_deref(),
            Some("locked; exception 1 ended")
        );
    }

    #[test]
    fn a_revoked_exception_lets_nobody_through_and_the_last_one_to_end_is_named() {
        let l = lock(vec![
            excepted(1, 7, "2029-02-01T00:00:00Z", None),
            excepted(2, 7, "2029-06-01T00:00:00Z", Some("2029-03-01T00:00:00Z")),
        ]);
        let refusal = l.refuses(Some(7), at("2029-03-02T00:00:00Z"));
        assert_eq!(
            refusal.map(|r| r.to_string()).as_deref(),
            Some("locked; exception 2 ended")
        );
    }

    #[test]
    fn until_is_read_as_rfc_3339_or_as_utc_without_an_offset() {
        assert_eq!(parse_until("2029-04-01T02:00:00+02:00"), Ok(at("2029-04-01T00:00:00Z")));
        assert_eq!(parse_until(" 2029-04-01T00:00 "), Ok(at("2029-04-01T00:00:00Z")));
        assert!(
            parse_until("next Tuesday")
                .unwrap_err()
                .english()
                .contains("\"next Tuesday\" is not a date")
        );
    }
}
