//! restatements.csv: what changed, since the report for the year before was frozen, in the figures it
//! reported. Written only when something changed, so that reports frozen before keep their files.

use super::Kind::{Code, Count, Flag, Measure, Moment, Text};
use super::cols::{DECIDED_ON, DECIDING_BODY, FIELD, INDICATOR_CODE, INDICATOR_NAME, REFERENCE, YEAR};
use super::{Cell, Column, Table, col};
use crate::analysis::Analysis;
use crate::input::Restatements;

/// restatements.csv: one row per restated value (`revised` or `late`), then one per framework revision
/// (`framework_revision`, its values before and after in `reported` and `current`).
pub(super) fn restatements<'a>(a: &Analysis<'a>) -> Table<'a> {
    of_runs(a.input.restatements.as_slice())
}

/// The table of restatements of every run in `runs`, run by run.
pub(super) fn of_runs<'a>(runs: &'a [Restatements]) -> Table<'a> {
    Table::with_rows("restatements", &HEADERS, runs.iter().flat_map(rows))
}

/// Columns of restatements.csv.
const HEADERS: [Column; 19] = [
    col("restated_run", "Report run restated", Code),
    YEAR,
    col("kind", "Kind of restatement", Code),
    INDICATOR_CODE,
    INDICATOR_NAME,
    col("disaggregation", "Disaggregation", Text),
    col("quarter", "Quarter", Count),
    FIELD,
    col("reported", "As reported", Measure),
    col("reported_quality", "Quality as reported", Code),
    col("current", "Now", Measure),
    col("current_quality", "Quality now", Code),
    col("changed_by", "Changed by", Text),
    col("changed_at", "Changed at (UTC)", Moment),
    col("reason", "Reason", Text),
    DECIDED_ON,
    DECIDING_BODY,
    REFERENCE,
    col("in_force_for_year", "In force for the year", Flag),
];

/// The rows of one run's restatements: values, then framework revisions.
fn rows(r: &Restatements) -> impl Iterator<Item = Vec<Cell<'_>>> + '_ {
    let values = r.values.iter().map(move |v| {
        vec![
            Cell::t(&r.run_id),
            Cell::Int(i64::from(r.year)),
            Cell::t(v.kind.as_str()),
            Cell::t(&v.indicator_code),
            Cell::t(&v.indicator_name),
            Cell::t(&v.disaggregation),
            Cell::i(v.quarter),
            Cell::Empty,
            Cell::n(v.reported),
            v.reported_quality.map_or(Cell::Empty, |q| Cell::t(q.as_str())),
            Cell::Num(v.current),
            Cell::t(v.current_quality.as_str()),
            Cell::t(&v.changed_by),
            Cell::Moment(v.changed_at),
            Cell::t(&v.reason),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ]
    });
    fn text(t: &Option<String>) -> Cell<'_> {
        t.as_deref().map_or(Cell::Empty, Cell::t)
    }
    let revisions = r.revisions.iter().map(move |f| {
        vec![
            Cell::t(&r.run_id),
            Cell::Int(i64::from(r.year)),
            Cell::t("framework_revision"),
            Cell::t(&f.indicator_code),
            Cell::t(&f.indicator_name),
            Cell::Empty,
            Cell::Empty,
            Cell::t(&f.field),
            text(&f.before),
            Cell::Empty,
            text(&f.after),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::t(&f.justification),
            Cell::Date(f.decided_on),
            Cell::t(&f.deciding_body),
            Cell::t(&f.reference),
            Cell::yes(f.in_force_for_year),
        ]
    });
    values.chain(revisions)
}
