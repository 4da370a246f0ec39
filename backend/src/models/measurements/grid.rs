//! The entry grid: one unit's indicators for a year (and quarter, for quarterly ones), each with what a
//! planner needs beside the value they type (unit of measure, baseline, the year's expected value and
//! milestone, last year's approved value, the current value with its state, quality and return note),
//! searched, filtered and paged.
//!
//! Reads a bounded number of queries whatever the number of indicators: the plan's evaluations of the
//! year and the year before come from the cache ([`Snapshot::evaluate`]: expected values and last
//! year's actual are the status rule's own figures, and the unit's indicators are the evaluation's), then
//! one light query (id, state) for those indicators' headline values of the year, which the filters read;
//! then, for the page's rows only, one query for their values in full, one counting their breakdowns,
//! one for their dimensions, and one for the lock. Every list of ids is bound as one parameter
//! ([`bulk::in_ids`]), so each query is prepared once per connection whatever the page holds.

use super::{Indicator, Measurement};
use crate::auth::{Actor, Role};
use crate::entities::{indicator_dimensions, measurements};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::bulk;
use crate::models::cache::Snapshot;
use crate::models::evaluation::HEADLINE;
use crate::models::periods;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use std::collections::{HashMap, HashSet};

/// The states a row can be filtered by: `none` is an indicator with no value for the slot yet.
pub const STATES: [&str; 5] = ["none", "draft", "submitted", "returned", "approved"];

/// What the grid is asked for, as the URL gives it (`?unit=&quarter=&q=&state=&node=&has_value=&page=&per_page=`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct GridParams {
    /// Org unit code (an admin picks one; empty: every unit). A planner's own unit whatever is asked.
    pub unit: Option<String>,
    /// Quarter 1..4 of the quarterly indicators' values (default 1); annual ones show the year.
    pub quarter: Option<String>,
    /// Text searched in code and name (case-insensitive).
    pub q: Option<String>,
    /// One of [`STATES`].
    pub state: Option<String>,
    /// A result node's code: indicators on it or below it (a goal or a thematic priority).
    pub node: Option<String>,
    /// `yes` or `no`: whether the slot has a value.
    pub has_value: Option<String>,
    /// Page from 1.
    pub page: Option<String>,
    /// Rows per page, 1..=200 (default 50).
    pub per_page: Option<String>,
}

/// Largest page of the grid: every row is a set of form fields.
pub const MAX_PER_PAGE: u64 = 200;

/// The grid's parameters, checked.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The unit, when one is chosen.
    pub unit: Option<String>,
    /// Quarter of the quarterly indicators.
    pub quarter: i32,
    /// Search text, lower case.
    pub q: String,
    /// State filter.
    pub state: Option<String>,
    /// Node filter.
    pub node: Option<String>,
    /// Has-value filter.
    pub has_value: Option<bool>,
    /// Page from 1.
    pub page: u64,
    /// Rows per page.
    pub per_page: u64,
}

fn blank(s: &Option<String>) -> Option<String> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// "must be a whole number from 1 to `max`".
fn whole_from_1(max: u64) -> crate::error::Reason {
    Said::new(
        "said-whole-from-1",
        [("max", i64::try_from(max).unwrap_or(i64::MAX).into())],
    )
    .into()
}

impl GridParams {
    /// Checks every parameter; 422 naming each bad one.
    pub fn resolve(&self) -> AppResult<Resolved> {
        let mut errs = Vec::new();
        let mut bad = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
        let num = |s: &Option<String>| blank(s).map(|t| t.parse::<u64>().map_err(|_| t));
        let quarter = match num(&self.quarter) {
            None => 1,
            Some(Ok(q @ 1..=4)) => q as i32,
            Some(Ok(q)) => {
                bad(
                    "quarter",
                    Said::new("said-quarter-not", [("sent", q.to_string().into())]).into(),
                );
                1
            }
            Some(Err(t)) => {
                bad(
                    "quarter",
                    Said::new("said-quarter-not", [("sent", format!("`{t}`").into())]).into(),
                );
                1
            }
        };
        let page = match num(&self.page) {
            None => 1,
            Some(Ok(p @ 1..=crate::limits::MAX_PAGE)) => p,
            Some(_) => {
                bad("page", whole_from_1(crate::limits::MAX_PAGE));
                1
            }
        };
        let per_page = match num(&self.per_page) {
            None => 50,
            Some(Ok(p @ 1..=MAX_PER_PAGE)) => p,
            Some(_) => {
                bad("per_page", whole_from_1(MAX_PER_PAGE));
                50
            }
        };
        let state = blank(&self.state);
        if let Some(s) = &state
            && !STATES.contains(&s.as_str())
        {
            bad("state", Said::one_of_not(&STATES, s).into());
        }
        let has_value = match blank(&self.has_value).as_deref() {
            None => None,
            Some("yes") => Some(true),
            Some("no") => Some(false),
            Some(t) => {
                bad(
                    "has_value",
                    Said::new("said-yes-or-no-not", [("sent", t.into())]).into(),
                );
                None
            }
        };
        if !errs.is_empty() {
            return Err(AppError::Invalid(errs));
        }
        Ok(Resolved {
            unit: blank(&self.unit),
            quarter,
            q: blank(&self.q).unwrap_or_default().to_lowercase(),
            state,
            node: blank(&self.node),
            has_value,
            page,
            per_page,
        })
    }
}

/// Whether `ind` is entered as numerator and denominator: a ratio, or a percentage aggregated as a
/// ratio (its quarters combine by their sums).
pub fn entered_as_ratio(ind: &Indicator) -> bool {
    ind.unit == "ratio" || (ind.unit == "percent" && ind.aggregation == "ratio")
}

/// The quarter of `ind`'s slot in the grid: `quarter` for a quarterly indicator, none (the year) else.
pub fn slot_quarter(ind: &Indicator, quarter: i32) -> Option<i32> {
    (ind.frequency == "quarterly").then_some(quarter)
}

/// One indicator of the grid.
#[derive(Debug, Clone)]
pub struct GridRow {
    /// The indicator.
    pub indicator: Indicator,
    /// Code of the node it sits on.
    pub node: String,
    /// Code of its owning unit.
    pub unit: String,
    /// The quarter of the slot shown (none: the year).
    pub quarter: Option<i32>,
    /// Whether it is entered as numerator and denominator.
    pub ratio: bool,
    /// The year's milestone, when the plan sets one.
    pub milestone: Option<Decimal>,
    /// The year's expected value by the status rule (the line through baseline, milestones, target).
    pub expected: Option<Decimal>,
    /// Last year's approved value (the status rule's actual of that year, from that year only).
    pub last_year: Option<Decimal>,
    /// The slot's current value: its newest revision that is not superseded (a pending correction
    /// of an approved value included).
    pub current: Option<Measurement>,
    /// The approved value still counting while `current` is a pending correction of it.
    pub counting: Option<Measurement>,
    /// Values of the slot's year (and quarter) broken down by a dimension.
    pub breakdowns: usize,
    /// Whether the indicator is broken down by a dimension (sex, region).
    pub disaggregated: bool,
}

/// A page of the grid.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The rows of this page.
    pub rows: Vec<GridRow>,
    /// Rows across all pages after the filters.
    pub total: u64,
    /// Every row of the unit before the filters.
    pub all: u64,
    /// The parameters as checked.
    pub params: Resolved,
    /// Why the year takes no values, while it is locked.
    pub lock: Option<crate::error::Reason>,
    /// The units an admin may pick, by code (empty for a planner).
    pub units: Vec<String>,
    /// The top-level nodes (goals, thematic priorities, enablers) to filter by: (code, name, level), in
    /// the plan's order within a level.
    pub nodes: Vec<(String, String, String)>,
    /// Whether any of the unit's indicators is quarterly (the quarter is then asked).
    pub quarterly: bool,
}

/// The grid of `plan` and `year` for `actor`: a planner sees their unit's indicators (asking for
/// another unit is refused), an admin the unit asked for or every unit; reviewers enter nothing.
pub async fn grid(
    db: &impl ConnectionTrait,
    snap: &Snapshot<'_>,
    actor: &Actor,
    plan: &Plan,
    year: i32,
    params: &GridParams,
) -> AppResult<Grid> {
    super::worklist::may_open_entry(actor)?;
    let p = params.resolve()?;
    let units = snap.unit_codes(db).await?;
    let unit_id = match (actor.role, &p.unit) {
        (Role::Planner, None) => actor.unit_id,
        (_, None) => None,
        (_, Some(code)) => Some(
            units
                .iter()
                .find(|(_, c)| *c == code)
                .map(|(id, _)| *id)
                .ok_or_else(|| {
                    AppError::field(
                        "unit",
                        crate::error::Said::new("said-no-unit-the-code", [("code", code.into())]),
                    )
                })?,
        ),
    };
    if let Some(u) = unit_id {
        authorize(actor, Action::WriteUnit(u))?;
    } else if actor.role != Role::Admin {
        return Err(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-no-unit",
            [],
        )));
    }
    let ev = snap.evaluate(db, plan.clone(), year).await?;
    let before = snap.evaluate(db, plan.clone(), year - 1).await?;
    let owned: Vec<&Indicator> = ev
        .indicators
        .iter()
        .filter(|i| unit_id.is_none_or(|u| i.owner_unit_id == u))
        .collect();
    let ids: Vec<i32> = owned.iter().map(|i| i.id).collect();
    let values = year_values(db, &ids, year).await?;
    let under = p.node.as_ref().map(|code| {
        // The node asked for and every node below it: walk each node's parents up to it.
        let mut set = HashSet::new();
        for n in &ev.nodes {
            let mut at = Some(n);
            while let Some(x) = at {
                if &x.code == code {
                    set.insert(n.id);
                    break;
                }
                at = x.parent_id.and_then(|pid| ev.node(pid));
            }
        }
        set
    });
    // Filter on the light rows, then read in full only what the page shows.
    let mut kept = Vec::new();
    for ind in &owned {
        let quarter = slot_quarter(ind, p.quarter);
        let slot = values.get(&(ind.id, quarter)).map_or(&[][..], Vec::as_slice);
        let current = slot.last();
        let state = current.map_or("none", |(_, s)| s.as_str());
        let keep = p.state.as_deref().is_none_or(|s| s == state)
            && p.has_value.is_none_or(|h| h == current.is_some())
            && under.as_ref().is_none_or(|set| set.contains(&ind.node_id))
            && (p.q.is_empty() || ind.code.to_lowercase().contains(&p.q) || ind.name.to_lowercase().contains(&p.q));
        if !keep {
            continue;
        }
        let current = current.map(|(id, _)| *id);
        let counting = (slot.iter().rev())
            .find(|(_, s)| s == "approved")
            .map(|(id, _)| *id)
            .filter(|a| current != Some(*a));
        kept.push((*ind, quarter, current, counting));
    }
    let total = kept.len() as u64;
    let start = ((p.page - 1) * p.per_page).min(total) as usize;
    let page: Vec<_> = kept.into_iter().skip(start).take(p.per_page as usize).collect();
    let wanted: Vec<i32> = (page.iter())
        .flat_map(|(_, _, c, a)| c.iter().chain(a.iter()).copied())
        .collect();
    let backend = db.get_database_backend();
    let mut full: HashMap<i32, Measurement> = measurements::Entity::find()
        .filter(bulk::in_ids(backend, "measurements.id", &wanted))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let ids: Vec<i32> = page.iter().map(|(i, _, _, _)| i.id).collect();
    let breakdowns = breakdown_counts(db, &ids, year).await?;
    let mut rows: Vec<GridRow> = Vec::with_capacity(page.len());
    for (ind, quarter, current, counting) in page {
        rows.push(GridRow {
            node: ev.node(ind.node_id).map(|n| n.code.clone()).unwrap_or_default(),
            unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
            quarter,
            ratio: entered_as_ratio(ind),
            milestone: ev
                .milestones
                .get(&ind.id)
                .and_then(|ms| ms.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)),
            expected: ev.assessments.get(&ind.id).and_then(|a| a.expected),
            last_year: before
                .assessments
                .get(&ind.id)
                .filter(|a| a.actual_year == Some(year - 1))
                .and_then(|a| a.actual),
            current: current.and_then(|id| full.remove(&id)),
            counting: counting.and_then(|id| full.remove(&id)),
            breakdowns: breakdowns.get(&(ind.id, quarter)).copied().unwrap_or(0),
            disaggregated: false,
            indicator: ind.clone(),
        });
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.indicator.id).collect();
    let dimensioned: HashSet<i32> = indicator_dimensions::Entity::find()
        .filter(bulk::in_ids(backend, "indicator_dimensions.indicator_id", &ids))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.indicator_id)
        .collect();
    for r in &mut rows {
        r.disaggregated = dimensioned.contains(&r.indicator.id);
    }
    let tops: Vec<_> = (ev.nodes.iter())
        .filter(|n| n.parent_id.is_none())
        .map(|n| (n.code.clone(), n.name.clone(), n.level.clone()))
        .collect();
    let mut unit_list: Vec<String> = if actor.role == Role::Admin {
        units.values().cloned().collect()
    } else {
        Vec::new()
    };
    unit_list.sort();
    Ok(Grid {
        quarterly: owned.iter().any(|i| i.frequency == "quarterly"),
        all: owned.len() as u64,
        rows,
        total,
        params: p,
        // The unit's view of the lock: a lock exception granted to it opens the year (every unit's
        // view when an admin looks at all units).
        lock: periods::refusal(db, plan, year, unit_id).await?,
        units: unit_list,
        nodes: tops,
    })
}

/// The (id, state) of a slot's headline revisions, oldest first, by (indicator, quarter).
type Slots = HashMap<(i32, Option<i32>), Vec<(i32, String)>>;

/// The headline values of `year` of the indicators `ids` that are not superseded, as (id, state) oldest
/// revision first, by (indicator, quarter): one query, read from the partial index of headline slots
/// alone, whatever the number of indicators.
async fn year_values(db: &impl ConnectionTrait, ids: &[i32], year: i32) -> AppResult<Slots> {
    use measurements::Column as M;
    let columns = [M::Id, M::IndicatorId, M::Quarter, M::State, M::Revision];
    let select = measurements::Entity::find()
        .select_only()
        .columns(columns)
        .filter(bulk::in_ids(
            db.get_database_backend(),
            "measurements.indicator_id",
            ids,
        ))
        .filter(M::Year.eq(year))
        .filter(Expr::cust(HEADLINE))
        .filter(M::State.ne("superseded"))
        .into_query();
    let rows: Vec<(i32, i32, Option<i32>, String, i32)> =
        bulk::rows(db, select, &bulk::names(&columns), &["revision", "id"]).await?;
    let mut slots = Slots::new();
    for (id, indicator, quarter, state, _) in rows {
        slots.entry((indicator, quarter)).or_default().push((id, state));
    }
    Ok(slots)
}

/// How many breakdown values (by sex, region …) of `year` each of the indicators `ids` has, by
/// (indicator, quarter), superseded revisions left out: one grouped query.
async fn breakdown_counts(
    db: &impl ConnectionTrait,
    ids: &[i32],
    year: i32,
) -> AppResult<HashMap<(i32, Option<i32>), usize>> {
    let rows: Vec<(i32, Option<i32>, i64)> = measurements::Entity::find()
        .select_only()
        .column(measurements::Column::IndicatorId)
        .column(measurements::Column::Quarter)
        .column_as(measurements::Column::Id.count(), "n")
        .filter(bulk::in_ids(
            db.get_database_backend(),
            "measurements.indicator_id",
            ids,
        ))
        .filter(measurements::Column::Year.eq(year))
        .filter(Expr::cust("measurements.disaggregation <> ''"))
        .filter(measurements::Column::State.ne("superseded"))
        .group_by(measurements::Column::IndicatorId)
        .group_by(measurements::Column::Quarter)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(i, q, n)| ((i, q), usize::try_from(n).unwrap_or(0)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> GridParams {
        let q = serde_urlencoded::to_string(pairs).unwrap();
        serde_urlencoded::from_str(&q).unwrap()
    }

    #[test]
    fn empty_parameters_mean_the_first_page_of_fifty_in_quarter_one() {
        let r = params(&[("q", ""), ("state", ""), ("page", "")]).resolve().unwrap();
        assert_eq!(
            (r.page, r.per_page, r.quarter, r.state, r.has_value),
            (1, 50, 1, None, None)
        );
    }

    #[test]
    fn every_bad_parameter_is_named() {
        let Err(AppError::Invalid(errs)) = params(&[
            ("quarter", "5"),
            ("page", "0"),
            ("per_page", "abc"),
            ("state", "done"),
            ("has_value", "maybe"),
        ])
        .resolve() else {
            panic!("refused")
        };
        let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["quarter", "page", "per_page", "state", "has_value"]);
    }
}
