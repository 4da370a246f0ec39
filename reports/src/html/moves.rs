//! The section "Indicators whose status moved since last year": how many improved, worsened, kept
//! their status, were newly rated or are no longer rated, and a table of every indicator that moved,
//! as the backend's comparison rule decided each move.

use super::Page;
use crate::charts::DataTable;
use crate::format::change;
use crate::input::FrameworkNames as _;
use crate::input::{IndicatorInput, StatusMove};

/// The kinds of move the table lists, in its order (an unchanged status is only counted).
const LISTED: [StatusMove; 4] = [
    StatusMove::Improved,
    StatusMove::Worsened,
    StatusMove::NewlyRated,
    StatusMove::NoLongerRated,
];

/// Writes the section, when the report compares years (runs frozen before did not).
pub fn write(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let Some(since) = input.since_year else {
        return;
    };
    let year = input.year;
    p.section("moves", &format!("Indicators whose status moved since {since}"), |p| {
        let w = p.body_words();
        let compared: Vec<&IndicatorInput> = input.indicators.iter().filter(|i| i.last_year.is_some()).collect();
        let count = |m: StatusMove| {
            compared
                .iter()
                .filter(|i| i.last_year.as_ref().is_some_and(|l| l.status_move == m))
                .count()
        };
        p.h.p(&w.t_with(
            "report-moves-intro",
            format!(
                "Of {} compared with {since}, {} improved, {} worsened and {} kept their status; {} \
                 {} newly rated and {} no longer rated. Statuses are ordered off track, at risk, on track, \
                 achieved: a move up that order is an improvement, a move down it a worsening. An indicator \
                 without data in one of the two years is newly rated or no longer rated.",
                crate::format::count(p.a.input, compared.len() as u64, "indicator", "indicators"),
                count(StatusMove::Improved),
                count(StatusMove::Worsened),
                count(StatusMove::Unchanged),
                count(StatusMove::NewlyRated),
                if count(StatusMove::NewlyRated) == 1 {
                    "is"
                } else {
                    "are"
                },
                count(StatusMove::NoLongerRated),
            ),
            &[
                ("compared", compared.len().into()),
                ("since", since.into()),
                ("improved", count(StatusMove::Improved).into()),
                ("worsened", count(StatusMove::Worsened).into()),
                ("unchanged", count(StatusMove::Unchanged).into()),
                ("newly", count(StatusMove::NewlyRated).into()),
                ("no_longer", count(StatusMove::NoLongerRated).into()),
            ],
        ));
        let headers = [
            w.t("report-th-code", "Code"),
            w.t("report-th-indicator", "Indicator"),
            w.t_with(
                "report-th-status-of",
                format!("Status {since}"),
                &[("year", since.into())],
            ),
            w.t_with(
                "report-th-status-of",
                format!("Status {year}"),
                &[("year", year.into())],
            ),
            w.t("report-th-move", "Move"),
            w.t_with(
                "report-th-change-actual-since",
                format!("Change of the actual since {since}"),
                &[("year", since.into())],
            ),
        ];
        let mut t = DataTable::new(
            &headers.each_ref().map(String::as_str),
            &[false, false, false, false, false, true],
        );
        let mut marked = Vec::new();
        for m in LISTED {
            for i in &compared {
                let Some(l) = i.last_year.as_ref().filter(|l| l.status_move == m) else {
                    continue;
                };
                let name = if w.is_english() {
                    i.name.clone()
                } else {
                    let named = input.indicator_name(&i.code, &i.name);
                    // A name without a translation is English: marked so since form 6.
                    if named.fallback && input.is_versions_form() {
                        marked.push((t.rows.len(), 1));
                    }
                    named.text.to_owned()
                };
                t.push(vec![
                    i.code.clone(),
                    name,
                    w.status(l.status),
                    w.status(i.status),
                    format!("{} {}", m.arrow(), w.t(&format!("move-{}", m.as_str()), m.label())),
                    l.change.map_or_else(|| "–".to_owned(), |c| change(c, i.unit)),
                ]);
            }
        }
        if t.rows.is_empty() {
            p.h.p(&w.t_with(
                "report-moves-none",
                format!("No indicator's status moved since {since}."),
                &[("since", since.into())],
            ));
        } else {
            let caption = w.t_with(
                "report-moves-caption",
                format!("Indicators whose status moved from {since} to {year}"),
                &[("since", since.into()), ("year", year.into())],
            );
            p.h.table_cells(&caption, &t, w, &[], &marked);
        }
    });
}
