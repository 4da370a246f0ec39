//! How far each unit has come with the values of a year: of the indicators expected of it (those whose
//! values it enters, [`worklist::entered_by`]), how many have no value, a draft, a value returned, one
//! submitted or one approved; the share complete, and what is overdue once the due date has passed.
//!
//! Counted in one grouped query per plan and year, kept per data version ([`Snapshot::derived`]): between
//! two writes the board costs a lookup; the calendar comes with it, so only today's date is applied per
//! request.

use super::calendar::{self, Calendar, Dates};
use crate::auth::{Actor, Role};
use crate::entities::{indicators, measurements};
use crate::error::{AppError, AppResult};
use crate::models::cache::{Derived, Snapshot};
use crate::models::measurements::worklist;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QuerySelect, QueryTrait};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where an indicator stands in a year, by the most advanced of its headline values of the year
/// (quarters included; superseded revisions never count): an indicator with an approved value and a
/// correction under way is approved, since its approved value still counts.
const RANK: &str = "MAX(CASE measurements.state WHEN 'draft' THEN 1 WHEN 'returned' THEN 2 \
                    WHEN 'submitted' THEN 3 WHEN 'approved' THEN 4 ELSE 0 END)";

/// The indicators expected of a unit in a year, by where they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Indicators whose values the unit enters.
    pub expected: u32,
    /// Without any value of the year.
    pub none: u32,
    /// With a draft only.
    pub draft: u32,
    /// Returned with a review note (and nothing submitted or approved).
    pub returned: u32,
    /// Submitted, waiting for approval.
    pub submitted: u32,
    /// Approved.
    pub approved: u32,
}

impl Counts {
    /// Still for the unit to do: no value, a draft or a returned value.
    pub fn outstanding(&self) -> u32 {
        self.none + self.draft + self.returned
    }

    /// Done on the unit's side: submitted or approved.
    pub fn complete(&self) -> u32 {
        self.submitted + self.approved
    }

    /// The share complete, none when nothing is expected.
    pub fn share_complete(&self) -> Option<Decimal> {
        (self.expected > 0).then(|| Decimal::from(self.complete()) / Decimal::from(self.expected))
    }

    fn add(&mut self, o: &Counts) {
        self.expected += o.expected;
        self.none += o.none;
        self.draft += o.draft;
        self.returned += o.returned;
        self.submitted += o.submitted;
        self.approved += o.approved;
    }
}

/// One unit's line of the board.
#[derive(Debug, Clone)]
pub struct UnitProgress {
    /// Unit id.
    pub unit_id: i32,
    /// Unit code.
    pub code: String,
    /// Unit name.
    pub name: String,
    /// Where its indicators stand.
    pub counts: Counts,
    /// Its collection dates, once set.
    pub dates: Option<Dates>,
    /// Whether its own dates replace the default.
    pub own_dates: bool,
    /// Indicators overdue: the outstanding ones once the due date has passed, else 0.
    pub overdue: u32,
}

/// The completeness board of a plan's year as one user sees it.
#[derive(Debug, Clone)]
pub struct Board {
    /// The plan.
    pub plan: Plan,
    /// The year collected.
    pub year: i32,
    /// The day overdue was judged on.
    pub today: NaiveDate,
    /// The calendar of the year.
    pub calendar: Arc<Calendar>,
    /// Every unit with indicators expected (a planner: their own), by code.
    pub units: Vec<UnitProgress>,
    /// The units' counts added up.
    pub total: Counts,
}

/// The counts per unit id and the calendar of a plan's year, at one data version.
struct Tally {
    counts: BTreeMap<i32, Counts>,
    calendar: Arc<Calendar>,
}

impl Derived for Tally {
    /// Plan id and year.
    type Key = (i32, i32);
}

/// Counts every unit's indicators of `plan` in `year` in one grouped query: the plan's indicators
/// ([`worklist::entered_by`]) joined to their rank of the year (one row per indicator, read from the
/// partial index of headline slots alone: no breakdown and no table row is read), counted per unit and
/// rank; an indicator without a value of the year has rank 0.
async fn tally(db: &impl ConnectionTrait, plan: &Plan, year: i32) -> Result<Tally, DbErr> {
    let (s, rank, n) = (Alias::new("s"), Alias::new("rank"), Alias::new("n"));
    let per_indicator = Query::select()
        .column(measurements::Column::IndicatorId)
        .expr_as(Expr::cust(RANK), rank.clone())
        .from(measurements::Entity)
        .and_where(measurements::Column::Year.eq(year))
        .and_where(Expr::cust(crate::models::evaluation::HEADLINE))
        .and_where(measurements::Column::State.ne("superseded"))
        .group_by_col(measurements::Column::IndicatorId)
        .to_owned();
    let ranked = "COALESCE(s.rank, 0)";
    let grouped = worklist::entered_by(plan.id, None)
        .select_only()
        .column_as(indicators::Column::OwnerUnitId, "unit")
        .into_query()
        .expr_as(Expr::cust(ranked), rank)
        .expr_as(Expr::cust("COUNT(*)"), n)
        .join_subquery(
            sea_orm::JoinType::LeftJoin,
            per_indicator,
            s.clone(),
            Expr::col((s, measurements::Column::IndicatorId)).equals((indicators::Entity, indicators::Column::Id)),
        )
        .group_by_col((indicators::Entity, indicators::Column::OwnerUnitId))
        .add_group_by([Expr::cust(ranked)])
        .to_owned();
    let mut counts: BTreeMap<i32, Counts> = BTreeMap::new();
    let backend = db.get_database_backend();
    for row in db.query_all_raw(backend.build(&grouped)).await? {
        let unit: i32 = row.try_get("", "unit")?;
        let rank: i32 = row.try_get("", "rank")?;
        let n: i64 = row.try_get("", "n")?;
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        let c = counts.entry(unit).or_default();
        c.expected += n;
        let slot = match rank {
            1 => &mut c.draft,
            2 => &mut c.returned,
            3 => &mut c.submitted,
            4 => &mut c.approved,
            _ => &mut c.none,
        };
        *slot += n;
    }
    Ok(Tally {
        counts,
        calendar: Arc::new(calendar::load(db, plan, year).await?),
    })
}

/// Whose lines `actor` sees on the board: every unit's for the office, their own unit's for a planner;
/// Council reviewers see approved data only, so drafts and returns are not theirs to count (403).
fn scope(actor: &Actor) -> AppResult<Option<i32>> {
    authorize(actor, Action::ReadUnapproved)?;
    Ok(match actor.role {
        Role::Planner => Some(actor.unit_id.unwrap_or(-1)),
        _ => None,
    })
}

/// Whether `actor` may open the completeness board (and so sees collection progress on the dashboard).
pub fn may_see_board(actor: &Actor) -> bool {
    crate::policy::allows(actor, Action::ReadUnapproved)
}

/// The completeness board of `year` of `plan` for `actor` at `snap`'s data version, with overdue judged
/// on `today`.
pub async fn board(
    db: &impl ConnectionTrait,
    snap: &Snapshot<'_>,
    actor: &Actor,
    plan: Plan,
    year: i32,
    today: NaiveDate,
) -> AppResult<Board> {
    let scope = scope(actor)?;
    let t = snap
        .derived((plan.id, year), async {
            Ok::<_, AppError>(tally(db, &plan, year).await?)
        })
        .await?;
    let mut total = Counts::default();
    let units: Vec<UnitProgress> = t
        .calendar
        .units
        .iter()
        .filter(|u| scope.is_none_or(|s| s == u.unit.id))
        .filter_map(|u| {
            let counts = *t.counts.get(&u.unit.id)?;
            let dates = t.calendar.dates_of(u);
            let overdue = match dates {
                Some(d) if d.is_past_due(today) => counts.outstanding(),
                _ => 0,
            };
            total.add(&counts);
            Some(UnitProgress {
                unit_id: u.unit.id,
                code: u.unit.code.clone(),
                name: u.unit.name.clone(),
                counts,
                dates,
                own_dates: u.own.is_some(),
                overdue,
            })
        })
        .collect();
    Ok(Board {
        plan,
        year,
        today,
        calendar: t.calendar.clone(),
        units,
        total,
    })
}

/// The board of `year` of plan `plan` (by code), for the API.
pub async fn board_of(
    db: &impl ConnectionTrait,
    snap: &Snapshot<'_>,
    actor: &Actor,
    (plan, year): (&str, i32),
    today: NaiveDate,
) -> AppResult<Board> {
    scope(actor)?;
    let plan = crate::models::plans::plan_by_code(db, plan).await?;
    board(db, snap, actor, plan, year, today).await
}

/// Tells the office of every unit overdue on `today`, in every plan's year that has collection dates: a
/// notice to each admin, once per unit and year however often it runs
/// ([`crate::models::notifications::record::overdue`]), mailed after it is stored when SMTP is
/// configured. `stratrack serve` runs it every quarter of an hour. Returns the notices recorded now.
pub async fn tell_overdue(writer: &crate::models::transactions::Writer, today: NaiveDate) -> AppResult<usize> {
    use crate::entities::{collection_calendars, plans};
    use crate::models::notifications::record;
    let db = writer.conn();
    let years: Vec<(i32, i32)> = collection_calendars::Entity::find()
        .select_only()
        .column(collection_calendars::Column::PlanId)
        .column(collection_calendars::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    let mut mails = Vec::new();
    for (plan_id, year) in years {
        let Some(plan) = plans::Entity::find_by_id(plan_id).one(db).await? else {
            continue;
        };
        let t = tally(db, &plan, year).await?;
        for u in &t.calendar.units {
            let (Some(counts), Some(dates)) = (t.counts.get(&u.unit.id), t.calendar.dates_of(u)) else {
                continue;
            };
            if dates.is_past_due(today) && counts.outstanding() > 0 {
                let missing = counts.outstanding() as usize;
                mails.extend(
                    record::overdue(db, u.unit.id, &u.unit.code, &plan.code, year, dates.due_on, missing).await?,
                );
            }
        }
    }
    let recorded = mails.len();
    writer.mailer().send_later(mails);
    Ok(recorded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn submitted_and_approved_are_complete_and_the_rest_outstanding() {
        let c = Counts {
            expected: 8,
            none: 2,
            draft: 1,
            returned: 1,
            submitted: 1,
            approved: 3,
        };
        assert_eq!((c.outstanding(), c.complete()), (4, 4));
        assert_eq!(c.share_complete(), Some(dec!(0.5)));
        assert_eq!(Counts::default().share_complete(), None);
    }

    #[test]
    fn values_are_overdue_only_from_the_day_after_the_due_date() {
        let d = Dates {
            opens_on: NaiveDate::from_ymd_opt(2029, 1, 15).unwrap(),
            due_on: NaiveDate::from_ymd_opt(2029, 2, 28).unwrap(),
        };
        assert!(!d.is_past_due(NaiveDate::from_ymd_opt(2029, 2, 28).unwrap()));
        assert!(d.is_past_due(NaiveDate::from_ymd_opt(2029, 3, 1).unwrap()));
    }
}
