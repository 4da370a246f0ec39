//! The section "Results serving each resolution" (the report's form [`crate::input::FORM_CONTEXT`]): per
//! mandate, grouped by vocabulary, the goals, priorities, other results and indicators linked to it, with
//! their status for the year.

use super::Page;
use crate::analysis::{Served, served};
use crate::charts::DataTable;
use crate::input::FrameworkNames as _;
use crate::input::Rollup;
use crate::input::{MandateInput, MandateVocabulary, Status};
use crate::words::Words;
use stratrack_i18n::Arg;

/// The anchor and heading of the section.
pub const SECTION: (&str, &str) = ("mandates", "Results serving each resolution");

/// "2 indicators: 1 on track, 1 at risk" (statuses with none left out) in `w`'s language (a CLDR plural
/// select on the count of indicators).
fn rollup_short(w: Words, r: &Rollup) -> String {
    let total = r.total();
    if total == 0 {
        return w.t("report-mandates-no-indicator", "no indicator");
    }
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|s| r.count(**s) > 0)
        .map(|s| format!("{} {}", r.count(*s), w.status(*s).to_lowercase()))
        .collect();
    let counts = counts.join(&w.t("report-list-separator", ", "));
    w.t_with(
        "report-mandates-rollup",
        format!("{total} indicator{}: {counts}", if total == 1 { "" } else { "s" }),
        &[("total", total.into()), ("counts", Arg::from(&counts))],
    )
}

/// A mandate as a reader names it ("Resolution 71", "SDG target 9.c") in `w`'s language.
fn mandate_name(w: Words, m: &MandateInput) -> String {
    w.t_with(
        &format!("report-mandate-{}", m.vocabulary.as_str()),
        m.name(),
        &[("code", Arg::from(&m.code))],
    )
}

/// The heading of a group of mandates ("Resolutions") in `w`'s language.
fn group_heading(w: Words, v: MandateVocabulary) -> String {
    w.t(&format!("report-mandates-h-{}", v.as_str()), v.heading())
}

/// Writes the section.
pub fn write(p: &mut Page<'_, '_>) {
    let a = p.a;
    if !a.input.states_context() {
        return;
    }
    let year = a.input.year;
    p.section(SECTION.0, SECTION.1, |p| {
        let w = p.body_words();
        if a.mandates.groups.is_empty() {
            p.h.p(&w.t(
                "report-mandates-none",
                "No result of this plan is linked to a resolution, SDG target, WSIS action line or decision.",
            ));
            return;
        }
        p.h.p(&w.t_with(
            "report-mandates-intro",
            format!(
                "The resolutions, SDG targets, WSIS action lines and decisions the plan's results serve, and for \
                 each the goals, priorities, other results and indicators linked to it, with their status for \
                 {year} (a result's status is the count of its indicators per status, as in its section). These \
                 links are also in tables/mandates.csv."
            ),
            &[("year", year.into())],
        ));
        let english = w.is_english();
        for (vocabulary, mandates) in &a.mandates.groups {
            let heading = group_heading(w, *vocabulary);
            p.h.el("h3", "", &heading);
            let headers = [
                w.t("report-th-mandate", "Mandate"),
                w.t("report-th-title", "Title"),
                w.t("report-th-result", "Result"),
                w.t("report-th-level", "Level"),
                w.t_with(
                    "report-th-status-of",
                    format!("Status {year}"),
                    &[("year", year.into())],
                ),
            ];
            let mut t = DataTable::new(
                &headers.each_ref().map(String::as_str),
                &[false, false, false, false, false],
            );
            let mut marked = Vec::new();
            for m in mandates {
                let name = mandate_name(w, m);
                let results = served(a.input, m);
                if results.is_empty() {
                    t.push(vec![name.clone(), m.title.clone(), "–".into(), "–".into(), "–".into()]);
                }
                for (k, r) in results.into_iter().enumerate() {
                    let title = if k == 0 { m.title.clone() } else { String::new() };
                    let mut untranslated = false;
                    let (result, level, status) = match r {
                        Served::Node(n) => {
                            let named = if english {
                                n.name.as_str()
                            } else {
                                let named = a.input.node_name(&n.code, &n.name);
                                untranslated = named.fallback;
                                named.text
                            };
                            (
                                format!("{} {named}", n.code),
                                w.t(&format!("report-level-{}", n.level.as_str()), n.level.label()),
                                rollup_short(w, &n.rollup),
                            )
                        }
                        Served::Indicator(i) => {
                            let named = if english {
                                i.name.as_str()
                            } else {
                                let named = a.input.indicator_name(&i.code, &i.name);
                                untranslated = named.fallback;
                                named.text
                            };
                            (
                                format!("{} {named}", i.code),
                                w.t("report-th-indicator", "Indicator"),
                                w.status(i.status),
                            )
                        }
                    };
                    // A result's name without a translation is English: marked so since form 6.
                    if untranslated && a.input.is_versions_form() {
                        marked.push((t.rows.len(), 2));
                    }
                    t.push(vec![name.clone(), title, result, level, status]);
                }
            }
            let caption = w.t_with(
                &format!("report-mandates-caption-{}", vocabulary.as_str()),
                format!("{}: the results serving each, {year}", vocabulary.heading()),
                &[("year", year.into())],
            );
            // A mandate's title is the framework's English.
            p.h.table_cells(&caption, &t, w, &[1], &marked);
        }
    });
}
