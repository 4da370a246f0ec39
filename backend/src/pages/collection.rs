//! The collection of a year: the completeness board (the office: every unit; a planner: their own),
//! each count a link to the values it counts, and the collection calendar, which the office sets here
//! (default dates and per-unit dates) through the same use cases as the JSON API.

use super::dashboard::percent;
use super::entry_form::done_to;
use super::forms::{Back, CsrfForm, whole};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::{AppError, FieldError};
use crate::language;
use crate::models::collection::{self, Board, Counts, SetDates, UnitProgress, board};
use crate::models::measurements::worklist::may_open_queue;
use crate::models::patching::Claim;
use crate::policy::{Action, allows};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/collection", get(collection_page))
        .route("/collection/dates", post(set_dates))
        .route("/collection/units/{unit}", post(set_unit_dates))
}

/// One count of the board, with the list of what it counts when the user may open it.
pub struct Cell {
    /// The number.
    pub n: u32,
    /// Where the values it counts are listed.
    pub href: Option<String>,
}

/// One unit's line of the board.
pub struct BoardRow {
    /// Unit code.
    pub code: String,
    /// Unit name.
    pub name: String,
    /// Expected, no value, draft, returned, submitted, approved.
    pub cells: Vec<Cell>,
    /// Share complete, as shown.
    pub complete: String,
    /// Opening date, or a dash.
    pub opens_on: String,
    /// Due date, or a dash.
    pub due_on: String,
    /// Whether the unit has its own dates.
    pub own_dates: bool,
    /// Indicators overdue.
    pub overdue: u32,
}

/// The messages heading the board's count columns, in the order of [`BoardRow::cells`].
pub const COUNT_HEADS: [&str; 6] = [
    "collect-expected",
    "collect-no-value",
    "collect-draft",
    "collect-returned",
    "collect-submitted",
    "collect-approved",
];

/// A unit's dates in the calendar form.
pub struct UnitForm {
    code: String,
    name: String,
    opens_on: String,
    due_on: String,
    own: bool,
    version: String,
}

#[derive(Template)]
#[template(path = "collection.html")]
struct CollectionPage {
    layout: Layout,
    plan: String,
    year: i32,
    today: String,
    csrf: String,
    heads: [&'static str; 6],
    rows: Vec<BoardRow>,
    total: Option<BoardRow>,
    admin: bool,
    default_set: bool,
    opens_on: String,
    due_on: String,
    version: String,
    units: Vec<UnitForm>,
}

/// The link listing the values of unit `unit` in `state` (`none` for indicators without a value): the
/// approval queue for submitted values when `actor` may open it, else the entry list.
pub fn state_link(actor: &crate::auth::Actor, (plan, year): (&str, i32), unit: &str, state: &str) -> Option<String> {
    let year = year.to_string();
    if state == "submitted" && may_open_queue(actor) {
        let q = serde_urlencoded::to_string([("plan", plan), ("year", &year), ("unit", unit)]).ok()?;
        return Some(format!("/approvals?{q}"));
    }
    if !allows(actor, Action::ReadUnapproved) {
        return None;
    }
    let mut pairs = vec![("plan", plan), ("year", year.as_str()), ("unit", unit)];
    if state != "expected" {
        pairs.push(("state", state));
    }
    let q = serde_urlencoded::to_string(pairs).ok()?;
    Some(format!("/entry?{q}"))
}

/// The dates as shown, a dash when not set.
fn shown(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".into(), |d| d.to_string())
}

/// A board line of `counts` for `unit` (empty for the total, whose counts link nowhere).
pub fn board_row(
    actor: &crate::auth::Actor,
    (plan, year): (&str, i32),
    u: Option<&UnitProgress>,
    counts: &Counts,
) -> BoardRow {
    let states = [
        ("expected", counts.expected),
        ("none", counts.none),
        ("draft", counts.draft),
        ("returned", counts.returned),
        ("submitted", counts.submitted),
        ("approved", counts.approved),
    ];
    let cells = states
        .iter()
        .map(|(state, n)| Cell {
            n: *n,
            href: u.and_then(|u| state_link(actor, (plan, year), &u.code, state)),
        })
        .collect();
    BoardRow {
        code: u.map_or_else(|| language::text("collect-all-units"), |u| u.code.clone()),
        name: u.map(|u| u.name.clone()).unwrap_or_default(),
        cells,
        complete: counts.share_complete().map_or_else(|| "—".into(), percent),
        opens_on: shown(u.and_then(|u| u.dates).map(|d| d.opens_on)),
        due_on: shown(u.and_then(|u| u.dates).map(|d| d.due_on)),
        own_dates: u.is_some_and(|u| u.own_dates),
        overdue: u.map_or_else(|| 0, |u| u.overdue),
    }
}

/// The board's lines for `actor`, and the total when there is more than one unit.
pub fn board_rows(actor: &crate::auth::Actor, b: &Board) -> (Vec<BoardRow>, Option<BoardRow>) {
    let at = (b.plan.code.as_str(), b.year);
    let rows: Vec<BoardRow> = b
        .units
        .iter()
        .map(|u| board_row(actor, at, Some(u), &u.counts))
        .collect();
    let total = (rows.len() > 1).then(|| {
        let mut t = board_row(actor, at, None, &b.total);
        t.overdue = b.units.iter().map(|u| u.overdue).sum();
        t
    });
    (rows, total)
}

async fn collection_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/collection", &q).await?;
    let today = chrono::Utc::now().date_naive();
    let b = board(&st.db, &ctx.snap, &user.0, ctx.plan.clone(), ctx.year, today).await?;
    let (rows, total) = board_rows(&user.0, &b);
    let cal = &b.calendar;
    let default = cal.default_dates();
    let units = cal
        .units
        .iter()
        .map(|u| {
            let d = cal.dates_of(u);
            UnitForm {
                code: u.unit.code.clone(),
                name: u.unit.name.clone(),
                opens_on: d.map(|d| d.opens_on.to_string()).unwrap_or_default(),
                due_on: d.map(|d| d.due_on.to_string()).unwrap_or_default(),
                own: u.own.is_some(),
                version: u.own.as_ref().map(|o| o.version.to_string()).unwrap_or_default(),
            }
        })
        .collect();
    render(&CollectionPage {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        today: today.to_string(),
        csrf: user.csrf().to_owned(),
        heads: COUNT_HEADS,
        rows,
        total,
        admin: allows(&user.0, Action::Administer),
        default_set: default.is_some(),
        opens_on: default.map(|d| d.opens_on.to_string()).unwrap_or_default(),
        due_on: default.map(|d| d.due_on.to_string()).unwrap_or_default(),
        version: cal.default.as_ref().map(|c| c.version.to_string()).unwrap_or_default(),
        units,
        layout: ctx.layout.translated(),
    })
}

/// The calendar forms: the plan and year shown, the dates, and the version they were drawn with
/// (empty when the dates were not set yet).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DatesForm {
    plan: String,
    year: String,
    version: String,
    opens_on: String,
    due_on: String,
    /// `save` (default) or `clear` (a unit's own dates).
    action: String,
}

impl DatesForm {
    fn back(&self) -> Back {
        Back {
            path: "/collection",
            plan: self.plan.clone(),
            year: self.year.clone(),
        }
    }

    /// The year, the dates and the version claimed, every bad field named.
    fn read(&self) -> Result<(i32, SetDates), AppError> {
        let mut errs = Vec::new();
        let mut date = |field: &str, text: &str| match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errs.push(FieldError::new(
                    field,
                    crate::error::Said::new(
                        "said-not-a-date-like",
                        [("sent", text.trim().into()), ("example", "2029-01-31".into())],
                    ),
                ));
                None
            }
        };
        let (opens_on, due_on) = (date("opens_on", &self.opens_on), date("due_on", &self.due_on));
        let year = whole("year", &self.year);
        let version = match self.version.trim() {
            "" => Ok(None),
            v => whole("version", v).map(Some),
        };
        for e in [year.as_ref().err(), version.as_ref().err()].into_iter().flatten() {
            if let AppError::Invalid(f) = e {
                errs.extend(f.iter().cloned());
            }
        }
        match (year, version, opens_on, due_on) {
            (Ok(year), Ok(version), Some(opens_on), Some(due_on)) if errs.is_empty() => Ok((
                year,
                SetDates {
                    opens_on,
                    due_on,
                    version,
                },
            )),
            _ => Err(AppError::Invalid(errs)),
        }
    }
}

/// `POST /collection/dates`: the default dates of the year (admin).
async fn set_dates(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<DatesForm>,
) -> PageResult<Response> {
    crate::policy::authorize(&user.0, Action::Administer)?;
    let what = "The collection dates";
    let (year, dates) = match f.read() {
        Ok(r) => r,
        Err(e) => return f.back().refused(e, what),
    };
    match collection::set_default(st.writer.conn(), &user.0, (&f.plan, year), Claim::default(), dates).await {
        Ok((row, _)) => {
            let msg = language::text_with(
                "collect-dates-set",
                &[
                    ("year", year.into()),
                    ("opens", row.opens_on.to_string().into()),
                    ("due", row.due_on.to_string().into()),
                ],
            );
            Ok(done_to("/collection", &f.plan, Some(year), msg))
        }
        Err(e) => f.back().refused(e, what),
    }
}

/// `POST /collection/units/{unit}`: a unit's own dates (admin), or back to the default (`action=clear`).
async fn set_unit_dates(
    State(st): State<AppState>,
    user: PageUser,
    Path(unit): Path<String>,
    CsrfForm(f): CsrfForm<DatesForm>,
) -> PageResult<Response> {
    crate::policy::authorize(&user.0, Action::Administer)?;
    let what = format!("The collection dates of {unit}");
    if f.action == "clear" {
        let year = match whole("year", &f.year) {
            Ok(y) => y,
            Err(e) => return f.back().refused(e, &what),
        };
        let claim = Claim::new(None, whole("version", &f.version).ok());
        return match collection::clear_override(st.writer.conn(), &user.0, (&f.plan, year, &unit), claim).await {
            Ok(()) => {
                let msg = language::text_with("collect-unit-cleared", &[("unit", unit.as_str().into())]);
                Ok(done_to("/collection", &f.plan, Some(year), msg))
            }
            Err(e) => f.back().refused(e, &what),
        };
    }
    let (year, dates) = match f.read() {
        Ok(r) => r,
        Err(e) => return f.back().refused(e, &what),
    };
    match collection::set_override(
        st.writer.conn(),
        &user.0,
        (&f.plan, year, &unit),
        Claim::default(),
        dates,
    )
    .await
    {
        Ok((row, _)) => {
            let msg = language::text_with(
                "collect-unit-dates-set",
                &[
                    ("year", year.into()),
                    ("opens", row.opens_on.to_string().into()),
                    ("due", row.due_on.to_string().into()),
                    ("unit", unit.as_str().into()),
                ],
            );
            Ok(done_to("/collection", &f.plan, Some(year), msg))
        }
        Err(e) => f.back().refused(e, &what),
    }
}
