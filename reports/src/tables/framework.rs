//! Tables of the results framework: indicators, their values and breakdowns, node roll-ups.

use super::Kind::{Code, Count, Flag, Measure, Percent, Text, Year};
use super::cols::{
    INDICATOR_CODE, LEVEL, MEAN_PROGRESS, OWNER_UNIT, PROVENANCE, RESULT_CODE, RESULT_NAME, STATUS, STATUS_COUNTS, YEAR,
};
use super::{Cell, Column, Table, col, col_named};
use crate::analysis::Analysis;
use crate::format::unit_name;
use crate::input::{Direction, Quality, SeriesPoint, Status};
use crate::words::Words;

pub(super) fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Increase => "increase",
        Direction::Decrease => "decrease",
        Direction::Maintain => "maintain",
    }
}

pub(super) fn status(s: Status) -> Cell<'static> {
    Cell::t(s.as_str())
}

/// An indicator's unit (`percent`, `count`…): a unit of measure, named apart from an organisational unit
/// in other languages.
const UNIT: Column = col_named("unit", "Unit", Code, "indicator-unit");
/// The quality of a value (`final`, `provisional`…).
const QUALITY: Column = col("quality", "Data quality", Code);

/// The columns an indicator's row starts with, in indicators.csv and in the assessment's achievement
/// table: its code, name, result, owner, whether it is key, its unit and direction, baseline and target.
pub(super) const INDICATOR_HEAD: [Column; 11] = [
    col("code", "Indicator code", Code),
    col("name", "Indicator", Text),
    col("node_code", "Result code", Code),
    OWNER_UNIT,
    col("is_key", "Key indicator", Flag),
    UNIT,
    col("direction", "Direction", Code),
    col("baseline", "Baseline", Measure),
    col("baseline_year", "Baseline year", Year),
    col("target", "Target", Measure),
    col("target_year", "Target year", Year),
];
/// An indicator's actual, the year it comes from and its progress.
pub(super) const ACTUAL: Column = col("actual", "Actual", Measure);
pub(super) const ACTUAL_YEAR: Column = col("actual_year", "Year of the actual", Year);
pub(super) const PROGRESS: Column = col("progress", "Progress", Percent);

/// The columns of indicators.csv.
const INDICATOR_COLUMNS: [Column; 20] = [
    INDICATOR_HEAD[0],
    INDICATOR_HEAD[1],
    INDICATOR_HEAD[2],
    INDICATOR_HEAD[3],
    INDICATOR_HEAD[4],
    INDICATOR_HEAD[5],
    INDICATOR_HEAD[6],
    INDICATOR_HEAD[7],
    INDICATOR_HEAD[8],
    INDICATOR_HEAD[9],
    INDICATOR_HEAD[10],
    col("expected", "Expected this year", Measure),
    ACTUAL,
    ACTUAL_YEAR,
    col("stale", "Actual older than the year", Flag),
    PROGRESS,
    STATUS,
    col("reason", "Reason for the status", Text),
    QUALITY,
    PROVENANCE,
];

/// The columns added when the report compares the year with the one before: last year's actual and
/// status, the change of the actual since, and how the status moved.
const SINCE_LAST_YEAR: [Column; 4] = [
    col("actual_last_year", "Actual last year", Measure),
    col("status_last_year", "Status last year", Code),
    col("change_since_last_year", "Change since last year", Measure),
    col("status_move", "Status move", Code),
];

/// The projection's columns of indicators.csv (and of the assessment's achievement table), after the
/// others; only when the input carries projections, so that a run frozen before keeps its bytes.
pub(super) const PROJECTION_COLUMNS: [Column; 3] = [
    col("projected_value", "Projected value in the target year", Measure),
    col("projection_outlook", "Projection outlook", Code),
    col("projection_points", "Points projected from", Count),
];

/// indicators.csv: one row per indicator with its figures and status; when the report compares years,
/// its figures of the year before and the change since; and its projection (runs frozen before either
/// existed have no such columns).
pub(super) fn indicators<'a>(a: &Analysis<'a>) -> Table<'a> {
    let since = a.input.since_year.is_some();
    let projected = a.projections.is_some();
    let mut headers = INDICATOR_COLUMNS.to_vec();
    if since {
        headers.extend(SINCE_LAST_YEAR);
    }
    if projected {
        headers.extend(PROJECTION_COLUMNS);
    }
    Table::with_rows(
        "indicators",
        &headers,
        a.input.indicators.iter().map(move |i| {
            let mut row = vec![
                Cell::t(&i.code),
                Cell::t(&i.name),
                Cell::t(&i.node_code),
                Cell::t(&i.owner_unit),
                Cell::yes(i.is_key),
                Cell::t(unit_name(i.unit)),
                Cell::t(direction(i.direction)),
                Cell::n(i.baseline),
                Cell::i(i.baseline_year),
                Cell::n(i.target),
                Cell::i(i.target_year),
                Cell::derived(i.expected),
                // A mean or ratio of quarters may not end: shown to 4 dp like the derived figures.
                Cell::derived(i.actual),
                Cell::i(i.actual_year),
                Cell::yes(i.stale),
                Cell::derived(i.progress),
                status(i.status),
                // Prose for people: in the report's language since form 7 (docs/I18N.md).
                Cell::t(Words::values(a.input).reason_of(a.input, i).unwrap_or_default()),
                Cell::t(i.quality.map_or("", Quality::as_str)),
                Cell::t(&i.provenance),
            ];
            if since {
                row.extend(match &i.last_year {
                    Some(l) => [
                        Cell::derived(l.actual),
                        status(l.status),
                        Cell::derived(l.change),
                        Cell::t(l.status_move.as_str()),
                    ],
                    None => [Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty],
                });
            }
            if projected {
                let p = i.projection.as_ref();
                row.extend([
                    Cell::derived(p.and_then(|p| p.value_at_target_year)),
                    Cell::t(p.map_or("", |p| p.outlook.as_str())),
                    p.map_or(Cell::Empty, |p| Cell::Int(i64::from(p.points_used))),
                ]);
            }
            row
        }),
    )
}

/// indicator_values.csv: one row per approved headline value and year, each saying which series it
/// belongs to (`current`, or its predecessor's, `predecessor_carried_over` continuing the same series
/// and `predecessor_redefined` measuring something else), the plan and indicator the value was
/// entered for, and its unit, so that values of different measures are never read as one column.
pub(super) fn indicator_values<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "indicator_values",
        &[
            INDICATOR_CODE,
            YEAR,
            col("value", "Value", Measure),
            QUALITY,
            col("series", "Series", Code),
            col("source_plan", "Plan of the value", Code),
            col("source_code", "Indicator code in that plan", Code),
            UNIT,
        ],
    );
    let row = |code: &'a str, p: &SeriesPoint, series: &'static str, plan: &'a str, source: &'a str, unit| {
        vec![
            Cell::t(code),
            Cell::Int(i64::from(p.year)),
            // A year's value may be a mean or ratio of its quarters: shown to 4 dp.
            Cell::derived(Some(p.value)),
            Cell::t(p.quality.as_str()),
            Cell::t(series),
            Cell::t(plan),
            Cell::t(source),
            Cell::t(unit_name(unit)),
        ]
    };
    for i in &a.input.indicators {
        if let Some(pred) = &i.predecessor {
            for p in &pred.series {
                let series = pred.relation.series_label();
                t.push(row(&i.code, p, series, &pred.plan, &pred.code, pred.unit));
            }
        }
        for p in &i.series {
            t.push(row(&i.code, p, "current", &a.input.plan.code, &i.code, i.unit));
        }
    }
    t
}

/// disaggregations.csv: one row per disaggregated value of year Y.
pub(super) fn disaggregations<'a>(a: &Analysis<'a>) -> Table<'a> {
    let input = a.input;
    Table::drawn(
        "disaggregations",
        &[
            INDICATOR_CODE,
            YEAR,
            col("dimension", "Dimension", Code),
            col("value_code", "Category code", Code),
            col("value_name", "Category", Text),
            col("value", "Value", Measure),
        ],
        move || {
            input.indicators.iter().flat_map(move |i| {
                i.disaggregations.iter().map(move |d| {
                    vec![
                        Cell::t(&i.code),
                        Cell::Int(i64::from(input.year)),
                        Cell::t(&d.dimension),
                        Cell::t(&d.value_code),
                        Cell::t(&d.value_name),
                        Cell::derived(Some(d.value)),
                    ]
                })
            })
        },
    )
}

/// node_rollups.csv: one row per result node.
pub(super) fn node_rollups<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "node_rollups",
        &[
            RESULT_CODE,
            RESULT_NAME,
            LEVEL,
            col("parent_code", "Parent result code", Code),
            OWNER_UNIT,
            col("indicators", "Indicators", Count),
            STATUS_COUNTS[0],
            STATUS_COUNTS[1],
            STATUS_COUNTS[2],
            STATUS_COUNTS[3],
            STATUS_COUNTS[4],
            col("rated", "Indicators rated", Count),
            MEAN_PROGRESS,
            PROVENANCE,
        ],
        a.input.nodes.iter().map(|n| {
            let r = &n.rollup;
            let mut row = vec![
                Cell::t(&n.code),
                Cell::t(&n.name),
                Cell::t(n.level.as_str()),
                Cell::t(n.parent_code.clone().unwrap_or_default()),
                Cell::t(n.owner_unit.clone().unwrap_or_default()),
                Cell::Int(i64::from(r.total())),
            ];
            row.extend(Status::ALL.iter().map(|s| Cell::Int(i64::from(r.count(*s)))));
            row.extend([
                Cell::Int(i64::from(r.rated)),
                Cell::derived(r.mean_progress),
                Cell::t(&n.provenance),
            ]);
            row
        }),
    )
}
