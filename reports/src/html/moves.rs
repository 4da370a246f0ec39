//! The section "Indicators whose status moved since last year": how many improved, worsened, kept
//! their status, were newly rated or are no longer rated, and a table of every indicator that moved,
//! as the backend's comparison rule decided each move.

use super::Page;
use crate::charts::DataTable;
use crate::format::change;
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
        let compared: Vec<&IndicatorInput> = input.indicators.iter().filter(|i| i.last_year.is_some()).collect();
        let count = |m: StatusMove| {
            compared
                .iter()
                .filter(|i| i.last_year.as_ref().is_some_and(|l| l.status_move == m))
                .count()
        };
        p.h.p(&format!(
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
        ));
        let (was, is, change_since) = (
            format!("Status {since}"),
            format!("Status {year}"),
            format!("Change of the actual since {since}"),
        );
        let mut t = DataTable::new(
            &[
                "Code",
                "Indicator",
                was.as_str(),
                is.as_str(),
                "Move",
                change_since.as_str(),
            ],
            &[false, false, false, false, false, true],
        );
        for m in LISTED {
            for i in &compared {
                let Some(l) = i.last_year.as_ref().filter(|l| l.status_move == m) else {
                    continue;
                };
                t.push(vec![
                    i.code.clone(),
                    i.name.clone(),
                    l.status.label().to_owned(),
                    i.status.label().to_owned(),
                    format!("{} {}", m.arrow(), m.label()),
                    l.change.map_or_else(|| "–".to_owned(), |c| change(c, i.unit)),
                ]);
            }
        }
        if t.rows.is_empty() {
            p.h.p(&format!("No indicator's status moved since {since}."));
        } else {
            p.h.table(&format!("Indicators whose status moved from {since} to {year}"), &t);
        }
    });
}
