//! The section "Restatements of figures reported last year": the values of the year before that were
//! revised or came late after its report was frozen, and the framework revisions recorded since, as the
//! backend's restatement rule listed them. Left out when nothing changed (and from runs frozen before
//! reports restated), so that those rebuild byte for byte.

use super::Page;
use super::builder::Html;
use crate::charts::DataTable;
use crate::format::exact;
use crate::input::FrameworkNames as _;
use crate::input::{Quality, ReportInput, RestatementKind, Restatements};
use crate::words::Words;
use stratrack_i18n::Arg;

/// The section's anchor and heading.
pub const ID: &str = "restatements";
/// The section's heading.
pub const HEADING: &str = "Restatements of figures reported last year";

/// `reported → now` of a quality, or the one quality when it did not change, in `w`'s language.
fn quality(w: Words, before: Option<Quality>, now: Quality) -> String {
    let word = |q: Quality| w.t(&format!("quality-{}", q.as_str()), q.as_str());
    match before {
        Some(b) if b != now => format!("{} → {}", word(b), word(now)),
        _ => word(now),
    }
}

/// Writes the section when the input restates figures.
pub fn write(p: &mut Page<'_, '_>) {
    let Some(r) = p.a.input.restatements.as_ref() else {
        return;
    };
    p.section(ID, HEADING, |p| {
        let w = p.body_words();
        let input = p.a.input;
        intro_and_tables(&mut p.h, w, r, input.is_versions_form().then_some(input));
    });
}

/// The intro and tables of one run's restatements, in `w`'s language; with `names` (form 6 and later),
/// each indicator named in that language from the framework's text of the report, the English name of
/// one without a translation marked English (before, and without `names`, the name as restated).
pub(super) fn intro_and_tables(h: &mut Html, w: Words, r: &Restatements, names: Option<&ReportInput>) {
    // The indicator's code and name, and whether the name is English standing in for a translation.
    let indicator = |code: &str, english: &str| -> (String, bool) {
        match names {
            Some(input) if !w.is_english() => {
                let named = input.indicator_name(code, english);
                (format!("{code} {}", named.text), named.fallback)
            }
            _ => (format!("{code} {english}"), false),
        }
    };
    let year = r.year;
    let count = |k: RestatementKind| r.values.iter().filter(|v| v.kind == k).count();
    let frozen = crate::format::moment(r.frozen_at);
    let published = r
        .published_at
        .map(|t| {
            let date = crate::format::date(t.date_naive());
            w.t_with(
                "report-restated-published",
                format!(" (published {date})"),
                &[("date", Arg::from(&date))],
            )
        })
        .unwrap_or_default();
    h.p(&w.t_with(
        "report-restated-intro",
        format!(
            "Since report run {} for {year} was frozen on {frozen}{published}, {} value(s) of {year} it reported were \
             revised and {} value(s) of {year} were approved late; {} framework revision(s) were recorded. Each row \
             gives the figure the report gave Council and the figure approved now, with who changed it, when and why. \
             These figures are also in tables/restatements.csv.",
            r.run_id,
            count(RestatementKind::Revised),
            count(RestatementKind::Late),
            r.revisions.len(),
        ),
        &[
            ("run", Arg::from(&r.run_id)),
            ("year", year.into()),
            ("frozen", Arg::from(&frozen)),
            ("published", Arg::from(&published)),
            ("revised", count(RestatementKind::Revised).into()),
            ("late", count(RestatementKind::Late).into()),
            ("revisions", r.revisions.len().into()),
        ],
    ));
    // What people typed (why a value changed, the decision) stays as typed.
    if !r.values.is_empty() {
        let headers: Vec<String> = [
            ("indicator", "Indicator"),
            ("breakdown", "Breakdown"),
            ("change", "Change"),
            ("reported", "Reported"),
            ("now", "Now"),
            ("quality", "Quality"),
            ("approved", "Approved"),
            ("by", "By"),
            ("why", "Why"),
        ]
        .iter()
        .map(|(key, english)| w.t(&format!("report-th-{key}"), english))
        .collect();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut t = DataTable::new(&headers, &[false, false, false, true, true, false, false, false, false]);
        let mut marked = Vec::new();
        for v in &r.values {
            let mut slot = if v.disaggregation.is_empty() {
                w.t("report-restated-headline", "headline")
            } else {
                v.disaggregation.clone()
            };
            if let Some(q) = v.quarter {
                slot.push_str(&format!(", Q{q}"));
            }
            let (name, untranslated) = indicator(&v.indicator_code, &v.indicator_name);
            if untranslated {
                marked.push((t.rows.len(), 0));
            }
            t.push(vec![
                name,
                slot,
                w.t(&format!("report-restated-{}", v.kind.as_str()), v.kind.label()),
                v.reported.map_or_else(|| "–".to_owned(), exact),
                exact(v.current),
                quality(w, v.reported_quality, v.current_quality),
                crate::format::date(v.changed_at.date_naive()),
                v.changed_by.clone(),
                v.reason.clone(),
            ]);
        }
        let caption = w.t_with(
            "report-restated-values-caption",
            format!("Values of {year} changed since the report"),
            &[("year", year.into())],
        );
        h.table_cells(&caption, &t, w, &[8], &marked);
    }
    if !r.revisions.is_empty() {
        let mut headers: Vec<String> = [
            ("indicator", "Indicator"),
            ("field", "Field"),
            ("before", "Before"),
            ("after", "After"),
            ("decided", "Decided"),
            ("decision", "Decision"),
            ("why", "Why"),
        ]
        .iter()
        .map(|(key, english)| w.t(&format!("report-th-{key}"), english))
        .collect();
        headers.push(w.t_with(
            "report-th-in-force-for",
            format!("In force for {year}"),
            &[("year", year.into())],
        ));
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut t = DataTable::new(&headers, &[false, false, true, true, false, false, false, false]);
        let mut marked = Vec::new();
        let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "–".to_owned());
        for f in &r.revisions {
            let (name, untranslated) = indicator(&f.indicator_code, &f.indicator_name);
            if untranslated {
                marked.push((t.rows.len(), 0));
            }
            t.push(vec![
                name,
                if w.is_english() {
                    f.field.clone()
                } else {
                    w.word("report-field", &f.field, &f.field.replace('_', " "))
                },
                text(&f.before),
                text(&f.after),
                crate::format::date(f.decided_on),
                format!("{}, {}", f.deciding_body, f.reference),
                f.justification.clone(),
                if f.in_force_for_year {
                    w.t("report-yes", "yes")
                } else {
                    w.t("report-no", "no")
                },
            ]);
        }
        let caption = w.t(
            "report-restated-revisions-caption",
            "Framework revisions recorded since the report",
        );
        h.table_cells(&caption, &t, w, &[5, 6], &marked);
    }
}
