//! The collection calendar and the completeness board as the API shows them.

use crate::models::collection::{Board, Calendar, Counts, UnitProgress};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// The collection calendar of a plan's year.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CalendarView {
    /// Plan code.
    pub plan: String,
    /// Year collected.
    pub year: i32,
    /// Default opening date for every unit without its own (none until set).
    pub opens_on: Option<NaiveDate>,
    /// Default due date.
    pub due_on: Option<NaiveDate>,
    /// Version of the default dates (send it, or `If-Match`, to change them); none until set.
    pub version: Option<i32>,
    /// Every org unit with the dates that hold for it.
    pub units: Vec<UnitDatesView>,
}

/// The dates that hold for one org unit.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UnitDatesView {
    /// Org unit code.
    pub unit: String,
    /// Org unit name.
    pub name: String,
    /// Opening date that holds for it (its own, else the default).
    pub opens_on: Option<NaiveDate>,
    /// Due date that holds for it.
    pub due_on: Option<NaiveDate>,
    /// Whether these are its own dates rather than the default.
    pub own_dates: bool,
    /// Version of its own dates, when it has them.
    pub version: Option<i32>,
}

impl From<&Calendar> for CalendarView {
    fn from(c: &Calendar) -> Self {
        let default = c.default_dates();
        CalendarView {
            plan: c.plan.code.clone(),
            year: c.year,
            opens_on: default.map(|d| d.opens_on),
            due_on: default.map(|d| d.due_on),
            version: c.default.as_ref().map(|d| d.version),
            units: c
                .units
                .iter()
                .map(|u| {
                    let d = c.dates_of(u);
                    UnitDatesView {
                        unit: u.unit.code.clone(),
                        name: u.unit.name.clone(),
                        opens_on: d.map(|d| d.opens_on),
                        due_on: d.map(|d| d.due_on),
                        own_dates: u.own.is_some(),
                        version: u.own.as_ref().map(|o| o.version),
                    }
                })
                .collect(),
        }
    }
}

/// Indicators by where their values of the year stand.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CountsView {
    /// Indicators whose values the unit enters.
    pub expected: u32,
    /// Without any value of the year.
    pub none: u32,
    /// With a draft only.
    pub draft: u32,
    /// Returned with a review note.
    pub returned: u32,
    /// Submitted, waiting for approval.
    pub submitted: u32,
    /// Approved.
    pub approved: u32,
    /// Share submitted or approved, 0 to 1 (4 decimals); none when nothing is expected.
    #[schema(value_type = Option<String>, example = "0.75")]
    pub complete: Option<Decimal>,
}

impl From<&Counts> for CountsView {
    fn from(c: &Counts) -> Self {
        CountsView {
            expected: c.expected,
            none: c.none,
            draft: c.draft,
            returned: c.returned,
            submitted: c.submitted,
            approved: c.approved,
            complete: c.share_complete().map(|s| s.round_dp(4).normalize()),
        }
    }
}

/// One unit's line of the completeness board.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UnitCompletenessView {
    /// Org unit code.
    pub unit: String,
    /// Org unit name.
    pub name: String,
    /// Where its indicators stand.
    pub counts: CountsView,
    /// Opening date that holds for it.
    pub opens_on: Option<NaiveDate>,
    /// Due date that holds for it.
    pub due_on: Option<NaiveDate>,
    /// Indicators without a submitted or approved value after the due date (0 before it).
    pub overdue: u32,
}

impl From<&UnitProgress> for UnitCompletenessView {
    fn from(u: &UnitProgress) -> Self {
        UnitCompletenessView {
            unit: u.code.clone(),
            name: u.name.clone(),
            counts: CountsView::from(&u.counts),
            opens_on: u.dates.map(|d| d.opens_on),
            due_on: u.dates.map(|d| d.due_on),
            overdue: u.overdue,
        }
    }
}

/// The completeness board of a plan's year.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CompletenessView {
    /// Plan code.
    pub plan: String,
    /// Year collected.
    pub year: i32,
    /// The day overdue was judged on (UTC).
    pub today: NaiveDate,
    /// Every unit with indicators expected (a planner: their own unit), by code.
    pub units: Vec<UnitCompletenessView>,
    /// The units' counts added up.
    pub total: CountsView,
}

impl From<&Board> for CompletenessView {
    fn from(b: &Board) -> Self {
        CompletenessView {
            plan: b.plan.code.clone(),
            year: b.year,
            today: b.today,
            units: b.units.iter().map(UnitCompletenessView::from).collect(),
            total: CountsView::from(&b.total),
        }
    }
}
