//! The collection calendar of a plan's year: a default opening and due date for every unit, and the
//! units whose dates differ. Read by anyone signed in; set by the Secretary-General's office, each change
//! version-checked and audited in its transaction.

use crate::auth::Actor;
use crate::entities::{collection_calendars as cal, collection_overrides as ovr, org_units};
use crate::error::{AppError, AppResult, FieldErrors, Said};
use crate::models::patching::Claim;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::versioned::Write;
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

/// When the collection opens and when values are due (both days included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// First day values may be entered for the year.
    pub opens_on: NaiveDate,
    /// Last day to submit them; from the next day on, what is not submitted is overdue.
    pub due_on: NaiveDate,
}

impl Dates {
    /// Whether values not submitted by `today` are overdue.
    pub fn is_past_due(&self, today: NaiveDate) -> bool {
        today > self.due_on
    }
}

/// One org unit in the calendar: its own dates, if it has them.
#[derive(Debug, Clone)]
pub struct UnitDates {
    /// The unit.
    pub unit: org_units::Model,
    /// Its dates where they differ from the default.
    pub own: Option<ovr::Model>,
}

/// The collection calendar of one year of a plan.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// The plan.
    pub plan: Plan,
    /// The year collected.
    pub year: i32,
    /// The dates of every unit without its own, once set.
    pub default: Option<cal::Model>,
    /// Every org unit, by code.
    pub units: Vec<UnitDates>,
}

impl Calendar {
    /// The default dates, once set.
    pub fn default_dates(&self) -> Option<Dates> {
        self.default.as_ref().map(|c| Dates {
            opens_on: c.opens_on,
            due_on: c.due_on,
        })
    }

    /// The dates that hold for `u`: its own, else the default.
    pub fn dates_of(&self, u: &UnitDates) -> Option<Dates> {
        match &u.own {
            Some(o) => Some(Dates {
                opens_on: o.opens_on,
                due_on: o.due_on,
            }),
            None => self.default_dates(),
        }
    }

    /// The unit with id `unit_id`.
    pub fn unit(&self, unit_id: i32) -> Option<&UnitDates> {
        self.units.iter().find(|u| u.unit.id == unit_id)
    }
}

/// The calendar of `year` of `plan` as stored (every unit listed, with or without dates).
pub async fn load(db: &impl ConnectionTrait, plan: &Plan, year: i32) -> Result<Calendar, DbErr> {
    let default = find(db, plan.id, year).await?;
    let own = match &default {
        Some(c) => {
            ovr::Entity::find()
                .filter(ovr::Column::CalendarId.eq(c.id))
                .all(db)
                .await?
        }
        None => Vec::new(),
    };
    let units = org_units::Entity::find()
        .order_by_asc(org_units::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|unit| UnitDates {
            own: own.iter().find(|o| o.org_unit_id == unit.id).cloned(),
            unit,
        })
        .collect();
    Ok(Calendar {
        plan: plan.clone(),
        year,
        default,
        units,
    })
}

async fn find(db: &impl ConnectionTrait, plan_id: i32, year: i32) -> Result<Option<cal::Model>, DbErr> {
    cal::Entity::find()
        .filter(cal::Column::PlanId.eq(plan_id))
        .filter(cal::Column::Year.eq(year))
        .one(db)
        .await
}

/// The collection calendar of `year` of plan `plan` (anyone signed in: dates are no secret).
pub async fn read_calendar(db: &impl ConnectionTrait, actor: &Actor, plan: &str, year: i32) -> AppResult<Calendar> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    Ok(load(db, &plan, year).await?)
}

/// New dates for the whole year or for one unit.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetDates {
    /// First day values may be entered (`2029-01-15`).
    pub opens_on: NaiveDate,
    /// Last day to submit them (`2029-02-28`), not before `opens_on`.
    pub due_on: NaiveDate,
    /// The version read, required to change dates already set (or send `If-Match`); omit it to set
    /// them the first time.
    pub version: Option<i32>,
}

/// Every problem with `b` for `year` of `plan`, all named at once.
fn check(plan: &Plan, year: i32, b: &SetDates) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    errs.check("year", crate::models::indicators::check_year_in_plan(plan, year));
    for (field, d) in [("opens_on", b.opens_on), ("due_on", b.due_on)] {
        if let Some(reason) = crate::limits::year_out_of_range(chrono::Datelike::year(&d)) {
            errs.push(field, reason);
        }
    }
    if b.due_on < b.opens_on {
        errs.push(
            "due_on",
            Said::new(
                "said-due-before-opening",
                [
                    ("due", b.due_on.to_string().into()),
                    ("opens", b.opens_on.to_string().into()),
                ],
            ),
        );
    }
    errs.finish()
}

/// Refuses a claim for a row that is not there (it was removed meanwhile); with a row, resolves the
/// claim (required) and checks it names the row's version.
fn check_claim(claim: &Claim, current: Option<i32>, what: Said) -> Result<(), AppError> {
    match current {
        Some(v) => claim.check(v, what).map(|_| ()),
        None if claim.is_sent() => Err(AppError::conflict(Said::new(
            "said-dates-gone",
            [("what", what.into())],
        ))),
        None => Ok(()),
    }
}

/// Sets the default dates of `year` of plan `plan` (admin): the first time without a version, after
/// that at the version read. Audited. Returns the row and whether it was created.
pub async fn set_default(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, year): (&str, i32),
    claim: Claim,
    b: SetDates,
) -> AppResult<(cal::Model, bool)> {
    authorize(actor, Action::Administer)?;
    let claim = Claim::new(claim.if_match, b.version);
    let w = Write::begin(db, actor, "collection_calendar").await?;
    let plan = plan_by_code(&w.txn, plan).await?;
    let existing = find(&w.txn, plan.id, year).await?;
    let what = Said::new(
        "said-what-dates",
        [("year", i64::from(year).into()), ("plan", plan.code.clone().into())],
    );
    check_claim(&claim, existing.as_ref().map(|c| c.version), what)?;
    check(&plan, year, &b)?;
    let am = cal::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(year),
        opens_on: Set(b.opens_on),
        due_on: Set(b.due_on),
        ..Default::default()
    };
    w.put(existing, am).await
}

/// How a refusal names unit `unit`'s own dates for `year` (`the collection dates of BR for 2029`).
fn unit_dates(unit: &str, year: i32) -> Said {
    Said::new(
        "said-what-unit-dates",
        [("unit", unit.into()), ("year", i64::from(year).into())],
    )
}

/// The default row of `year` and unit `unit` of `plan`, for a change to the unit's own dates: 404 for
/// an unknown unit, 409 while the year has no default dates.
async fn unit_and_default(
    db: &impl ConnectionTrait,
    plan: &Plan,
    year: i32,
    unit: &str,
) -> AppResult<(org_units::Model, cal::Model)> {
    let u = crate::models::units::by_code(db, unit)
        .await?
        .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-unit", [("code", unit.into())])))?;
    let default = find(db, plan.id, year).await?.ok_or_else(|| {
        AppError::conflict(crate::error::Said::new(
            "said-no-dates",
            [("year", i64::from(year).into()), ("plan", plan.code.clone().into())],
        ))
    })?;
    Ok((u, default))
}

async fn find_own(db: &impl ConnectionTrait, calendar: i32, unit: i32) -> Result<Option<ovr::Model>, DbErr> {
    ovr::Entity::find()
        .filter(ovr::Column::CalendarId.eq(calendar))
        .filter(ovr::Column::OrgUnitId.eq(unit))
        .one(db)
        .await
}

/// Gives unit `unit` its own dates for `year` of plan `plan` (admin), in place of the default; the
/// first time without a version, after that at the version read. Audited. Returns the row and whether
/// it was created.
pub async fn set_override(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, year, unit): (&str, i32, &str),
    claim: Claim,
    b: SetDates,
) -> AppResult<(ovr::Model, bool)> {
    authorize(actor, Action::Administer)?;
    let claim = Claim::new(claim.if_match, b.version);
    let w = Write::begin(db, actor, "collection_override").await?;
    let plan = plan_by_code(&w.txn, plan).await?;
    check(&plan, year, &b)?;
    let (u, default) = unit_and_default(&w.txn, &plan, year, unit).await?;
    let existing = find_own(&w.txn, default.id, u.id).await?;
    check_claim(&claim, existing.as_ref().map(|o| o.version), unit_dates(&u.code, year))?;
    let am = ovr::ActiveModel {
        calendar_id: Set(default.id),
        org_unit_id: Set(u.id),
        opens_on: Set(b.opens_on),
        due_on: Set(b.due_on),
        ..Default::default()
    };
    w.put(existing, am).await
}

/// Removes unit `unit`'s own dates for `year` of plan `plan` (admin), so the default holds for it
/// again; an `If-Match`, when sent, must name their version. 404 when it has none. Audited.
pub async fn clear_override(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, year, unit): (&str, i32, &str),
    claim: Claim,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let w = Write::begin(db, actor, "collection_override").await?;
    let plan = plan_by_code(&w.txn, plan).await?;
    let (u, default) = unit_and_default(&w.txn, &plan, year, unit).await?;
    let what = unit_dates(&u.code, year);
    let old = find_own(&w.txn, default.id, u.id)
        .await?
        .ok_or_else(|| AppError::not_found(Said::new("said-what-own-dates", [("what", what.clone().into())])))?;
    claim.check_if_sent(old.version, what.clone())?;
    if let Some(v) = claim.body {
        crate::models::patching::check_version((v, false), old.version, what)?;
    }
    ovr::Entity::delete_by_id(old.id).exec(&w.txn).await?;
    w.deleted(old.id, &old).await
}
