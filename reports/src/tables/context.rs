//! The tables of the report's form [`crate::input::FORM_CONTEXT`]: the narratives of the year's approved
//! values, the framework revisions in force, and the results serving each mandate. Written for every
//! run built since (with their header when empty), never for runs frozen before, which keep their files.

use super::Kind::{Code, Text, Year};
use super::cols::{
    DECIDED_ON, DECIDING_BODY, FIELD, INDICATOR_CODE, INDICATOR_NAME, LEVEL, REFERENCE, STATUS, STATUS_COUNTS, YEAR,
};
use super::{Cell, Table, col};
use crate::analysis::{Analysis, Served, served};

/// narratives.csv: one row per approved headline value of the year with a narrative or an evidence link.
pub(super) fn narratives<'a>(a: &Analysis<'a>) -> Table<'a> {
    let year = a.input.year;
    Table::with_rows(
        "narratives",
        &[
            INDICATOR_CODE,
            INDICATOR_NAME,
            YEAR,
            col("period", "Period", Code),
            col("narrative", "Narrative", Text),
            col("evidence_url", "Evidence link", Text),
        ],
        a.input.indicators.iter().flat_map(move |i| {
            i.narratives.iter().map(move |n| {
                vec![
                    Cell::t(&i.code),
                    Cell::t(&i.name),
                    Cell::Int(i64::from(year)),
                    Cell::t(n.period()),
                    Cell::t(&n.text),
                    Cell::t(n.evidence_url.trim()),
                ]
            })
        }),
    )
}

/// revisions.csv: one row per framework revision in force for the year, the value as adopted and as
/// revised, with the decision.
pub(super) fn revisions<'a>(a: &Analysis<'a>) -> Table<'a> {
    let year = a.input.year;
    Table::with_rows(
        "revisions",
        &[
            INDICATOR_CODE,
            INDICATOR_NAME,
            FIELD,
            col("as_adopted", "As adopted", Text),
            col("as_revised", "As revised", Text),
            DECIDED_ON,
            DECIDING_BODY,
            REFERENCE,
            col("in_force_for_year", "In force for the year", Year),
        ],
        a.input.revisions_in_force().map(move |(i, r)| {
            vec![
                Cell::t(&i.code),
                Cell::t(&i.name),
                Cell::t(&r.field),
                Cell::t(r.as_adopted.as_deref().unwrap_or_default()),
                Cell::t(r.as_revised.as_deref().unwrap_or_default()),
                Cell::Date(r.decided_on),
                Cell::t(&r.deciding_body),
                Cell::t(&r.reference),
                Cell::Int(i64::from(year)),
            ]
        }),
    )
}

/// mandates.csv: one row per result linked to a mandate, mandates grouped by vocabulary as in the section
/// "Results serving each resolution"; an indicator's status, or a result's count of indicators per status.
pub(super) fn mandates<'a>(a: &Analysis<'a>) -> Table<'a> {
    let year = a.input.year;
    let rows = a
        .mandates
        .groups
        .iter()
        .flat_map(|(_, list)| list.iter())
        .flat_map(move |m| {
            served(a.input, m).into_iter().map(move |r| {
                let mut row = vec![
                    Cell::t(m.vocabulary.as_str()),
                    Cell::t(m.code.as_str()),
                    Cell::t(m.title.as_str()),
                    Cell::Int(i64::from(year)),
                ];
                match r {
                    Served::Node(n) => {
                        row.extend([
                            Cell::t(n.level.as_str()),
                            Cell::t(n.code.as_str()),
                            Cell::t(n.name.as_str()),
                            Cell::Empty,
                        ]);
                        row.extend(
                            crate::input::Status::ALL
                                .iter()
                                .map(|s| Cell::Int(i64::from(n.rollup.count(*s)))),
                        );
                    }
                    Served::Indicator(i) => {
                        row.extend([
                            Cell::t("indicator"),
                            Cell::t(i.code.as_str()),
                            Cell::t(i.name.as_str()),
                            Cell::t(i.status.as_str()),
                        ]);
                        row.extend(crate::input::Status::ALL.iter().map(|_| Cell::Empty));
                    }
                }
                row
            })
        });
    let rows: Vec<_> = rows.collect();
    Table::with_rows(
        "mandates",
        &[
            col("vocabulary", "Vocabulary", Code),
            col("mandate_code", "Mandate code", Code),
            col("mandate_title", "Mandate", Text),
            YEAR,
            LEVEL,
            col("code", "Result or indicator code", Code),
            col("name", "Result or indicator", Text),
            STATUS,
            STATUS_COUNTS[0],
            STATUS_COUNTS[1],
            STATUS_COUNTS[2],
            STATUS_COUNTS[3],
            STATUS_COUNTS[4],
        ],
        rows.into_iter(),
    )
}
