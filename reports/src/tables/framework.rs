//! Tables of the results framework: indicators, their values and breakdowns, node roll-ups.

use super::{Cell, Table};
use crate::analysis::Analysis;
use crate::format::unit_name;
use crate::input::{Direction, Quality, SeriesPoint, Status};

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

/// The columns of indicators.csv.
const INDICATOR_COLUMNS: [&str; 20] = [
    "code",
    "name",
    "node_code",
    "owner_unit",
    "is_key",
    "unit",
    "direction",
    "baseline",
    "baseline_year",
    "target",
    "target_year",
    "expected",
    "actual",
    "actual_year",
    "stale",
    "progress",
    "status",
    "reason",
    "quality",
    "provenance",
];

/// The columns added when the report compares the year with the one before: last year's actual and
/// status, the change of the actual since, and how the status moved.
const SINCE_LAST_YEAR: [&str; 4] = [
    "actual_last_year",
    "status_last_year",
    "change_since_last_year",
    "status_move",
];

/// The projection's columns of indicators.csv, after the others; only when the input carries
/// projections, so that a run frozen before keeps its bytes.
const PROJECTION_COLUMNS: [&str; 3] = ["projected_value", "projection_outlook", "projection_points"];

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
                Cell::t(if i.is_key { "yes" } else { "no" }),
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
                Cell::t(if i.stale { "yes" } else { "no" }),
                Cell::derived(i.progress),
                status(i.status),
                Cell::t(i.reason.clone().unwrap_or_default()),
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
            "indicator_code",
            "year",
            "value",
            "quality",
            "series",
            "source_plan",
            "source_code",
            "unit",
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
            "indicator_code",
            "year",
            "dimension",
            "value_code",
            "value_name",
            "value",
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
            "code",
            "name",
            "level",
            "parent_code",
            "owner_unit",
            "indicators",
            "achieved",
            "on_track",
            "at_risk",
            "off_track",
            "no_data",
            "rated",
            "mean_progress",
            "provenance",
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
