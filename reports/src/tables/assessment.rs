//! The four-year assessment's tables: each indicator's figures year by year, its achievement at the end
//! with the projection of what remains open, each node's roll-up year by year, and the cost per node.

use super::Kind::{ChfThousands, Year};
use super::cols::{LEVEL, MEAN_PROGRESS, PROVENANCE, RESULT_CODE, RESULT_NAME, STATUS, STATUS_COUNTS, YEAR};
use super::framework::{ACTUAL, ACTUAL_YEAR, INDICATOR_HEAD, PROGRESS, PROJECTION_COLUMNS, direction, status};
use super::{Cell, Table, col};
use crate::format::unit_name;
use crate::input::{AssessmentInput, Status};

/// Every table of the assessment, in report order (the restatements only when something changed).
pub fn tables(input: &AssessmentInput) -> Vec<Table<'_>> {
    let mut all = vec![
        achievement(input),
        indicator_years(input),
        node_years(input),
        cost_by_node(input),
    ];
    if !input.restatements.is_empty() {
        all.push(super::restatements::of_runs(&input.restatements));
    }
    all
}

/// indicator_achievement.csv: one row per indicator, its target and its figures in the closing year,
/// and the projection where the target remains open.
fn achievement(input: &AssessmentInput) -> Table<'_> {
    let closing = input.closing_year();
    Table::drawn(
        "indicator_achievement",
        &[
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
            col("closing_year", "Closing year", Year),
            ACTUAL,
            ACTUAL_YEAR,
            PROGRESS,
            STATUS,
            PROJECTION_COLUMNS[0],
            PROJECTION_COLUMNS[1],
            PROJECTION_COLUMNS[2],
            PROVENANCE,
        ],
        move || {
            input.indicators.iter().map(move |i| {
                let end = i.at_end();
                let p = i.projection.as_ref();
                vec![
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
                    Cell::Int(i64::from(closing)),
                    Cell::n(end.and_then(|f| f.actual)),
                    Cell::i(end.and_then(|f| f.actual_year)),
                    Cell::derived(end.and_then(|f| f.progress)),
                    status(end.map_or(Status::NoData, |f| f.status)),
                    Cell::n(p.and_then(|p| p.value_at_target_year)),
                    p.map_or(Cell::Empty, |p| Cell::t(p.outlook.as_str())),
                    p.map_or(Cell::Empty, |p| Cell::Int(i64::from(p.points_used))),
                    Cell::t(&i.provenance),
                ]
            })
        },
    )
}

/// indicator_years.csv: one row per indicator and year, every year of the plan side by side.
fn indicator_years(input: &AssessmentInput) -> Table<'_> {
    Table::drawn(
        "indicator_years",
        &[INDICATOR_HEAD[0], YEAR, ACTUAL, ACTUAL_YEAR, PROGRESS, STATUS],
        move || {
            input.indicators.iter().flat_map(move |i| {
                input.years.iter().zip(&i.years).map(move |(y, f)| {
                    vec![
                        Cell::t(&i.code),
                        Cell::Int(i64::from(*y)),
                        Cell::n(f.actual),
                        Cell::i(f.actual_year),
                        Cell::derived(f.progress),
                        status(f.status),
                    ]
                })
            })
        },
    )
}

/// node_years.csv: one row per result node and year, its roll-up that year.
fn node_years(input: &AssessmentInput) -> Table<'_> {
    Table::with_rows(
        "node_years",
        &[
            RESULT_CODE,
            RESULT_NAME,
            LEVEL,
            YEAR,
            STATUS_COUNTS[0],
            STATUS_COUNTS[1],
            STATUS_COUNTS[2],
            STATUS_COUNTS[3],
            STATUS_COUNTS[4],
            MEAN_PROGRESS,
        ],
        input.nodes.iter().flat_map(move |n| {
            input.years.iter().zip(&n.rollups).map(move |(y, r)| {
                let mut row = vec![
                    Cell::t(&n.code),
                    Cell::t(&n.name),
                    Cell::t(n.level.as_str()),
                    Cell::Int(i64::from(*y)),
                ];
                row.extend(Status::ALL.iter().map(|s| Cell::Int(i64::from(r.count(*s)))));
                row.push(Cell::derived(r.mean_progress));
                row
            })
        }),
    )
}

/// cost_by_node.csv: one row per costed node and year, its cost and the cost so far in the period
/// (the last year's `cumulative_cost` is the cost over the period), CHF thousands, exact.
fn cost_by_node(input: &AssessmentInput) -> Table<'_> {
    Table::with_rows(
        "cost_by_node",
        &[
            RESULT_CODE,
            RESULT_NAME,
            LEVEL,
            YEAR,
            col("cost", "Cost (CHF thousands)", ChfThousands),
            col(
                "cumulative_cost",
                "Cost so far in the period (CHF thousands)",
                ChfThousands,
            ),
        ],
        input.nodes.iter().flat_map(move |n| {
            let mut so_far = rust_decimal::Decimal::ZERO;
            input.years.iter().zip(&n.cost).map(move |(y, c)| {
                so_far += *c;
                vec![
                    Cell::t(&n.code),
                    Cell::t(&n.name),
                    Cell::t(n.level.as_str()),
                    Cell::Int(i64::from(*y)),
                    Cell::Num(*c),
                    Cell::Num(so_far),
                ]
            })
        }),
    )
}
