//! The tables of the report's form [`crate::input::FORM_CONTEXT`]: the narratives of the year's approved
//! values, the framework revisions in force, and the results serving each mandate. Written for every
//! run built since (with their header when empty), never for runs frozen before, which keep their files.

use super::{Cell, Table};
use crate::analysis::{Analysis, Served, served};

/// narratives.csv: one row per approved headline value of the year with a narrative or an evidence link.
pub(super) fn narratives<'a>(a: &Analysis<'a>) -> Table<'a> {
    let year = a.input.year;
    Table::with_rows(
        "narratives",
        &[
            "indicator_code",
            "indicator_name",
            "year",
            "period",
            "narrative",
            "evidence_url",
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
            "indicator_code",
            "indicator_name",
            "field",
            "as_adopted",
            "as_revised",
            "decided_on",
            "deciding_body",
            "reference",
            "in_force_for_year",
        ],
        a.input.revisions_in_force().map(move |(i, r)| {
            vec![
                Cell::t(&i.code),
                Cell::t(&i.name),
                Cell::t(&r.field),
                Cell::t(r.as_adopted.as_deref().unwrap_or_default()),
                Cell::t(r.as_revised.as_deref().unwrap_or_default()),
                Cell::t(r.decided_on.format("%Y-%m-%d").to_string()),
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
            "vocabulary",
            "mandate_code",
            "mandate_title",
            "year",
            "level",
            "code",
            "name",
            "status",
            "achieved",
            "on_track",
            "at_risk",
            "off_track",
            "no_data",
        ],
        rows.into_iter(),
    )
}
