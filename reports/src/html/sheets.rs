//! The annex of indicator reference sheets (key indicators that have one) and the statement of the
//! framework revisions in force for the year (in the annex of runs frozen before the report had a section
//! for them, else in the section "Framework revisions in force"). The annex parts are written only when
//! there is something to show, so a report without sheets or revisions is the same, byte for byte, as
//! before they existed.

use super::Page;
use crate::charts::DataTable;
use crate::input::FrameworkNames as _;
use crate::input::{IndicatorInput, Named};
use crate::words::Words;

/// The key indicators with a reference sheet, in report order.
fn with_sheets(indicators: &[IndicatorInput]) -> impl Iterator<Item = &IndicatorInput> {
    indicators.iter().filter(|i| {
        i.is_key
            && i.reference_sheet
                .as_ref()
                .is_some_and(|s| s.parts().iter().any(|(_, t)| t.is_some()))
    })
}

/// Whether the report has the reference-sheet annex.
pub fn has_sheets(indicators: &[IndicatorInput]) -> bool {
    with_sheets(indicators).next().is_some()
}

/// Writes the "Annex: indicator reference sheets" section, if any key indicator has a sheet.
pub fn sheets(p: &mut Page<'_, '_>) {
    let a = p.a;
    if !has_sheets(&a.input.indicators) {
        return;
    }
    p.section("sheets", "Annex: indicator reference sheets", |p| {
        let w = p.body_words();
        p.h.p(&w.t(
            "report-sheets-intro",
            "Why each key indicator is measured and how, as the Secretariat keeps it.",
        ));
        // The sheets' texts are the Secretariat's, as typed.
        let typed = if w.is_english() { "" } else { "lang=\"en\" dir=\"ltr\"" };
        for i in with_sheets(&a.input.indicators) {
            let Some(sheet) = &i.reference_sheet else { continue };
            let named = if w.is_english() {
                Named {
                    text: &i.name,
                    fallback: false,
                }
            } else {
                a.input.indicator_name(&i.code, &i.name)
            };
            p.h.open("h3", "")
                .prefixed_name(&format!("{} — ", i.code), w, &named)
                .close("h3");
            p.h.open("dl", "class=\"rule\"");
            for ((heading, text), key) in sheet.parts().into_iter().zip(SHEET_PARTS) {
                if let Some(text) = text {
                    let heading = w.t(&format!("report-refsheet-{key}"), heading);
                    p.h.el("dt", "", &heading).el("dd", typed, text);
                }
            }
            p.h.close("dl");
        }
    });
}

/// The message of each part of a reference sheet (`report-refsheet-…`), in the order of
/// [`crate::input::ReferenceSheet::parts`].
const SHEET_PARTS: [&str; 6] = [
    "rationale",
    "method",
    "disaggregation",
    "limitations",
    "quality-assurance",
    "target-rationale",
];

/// The anchor and heading of the section "Framework revisions in force" (the report's form
/// [`crate::input::FORM_CONTEXT`]).
pub const REVISIONS: (&str, &str) = ("revisions", "Framework revisions in force");

/// Writes, in the annex of a run frozen before the report had a section for them, the rule by which
/// framework revisions count and the revisions in force for the year, if any indicator of the report was
/// revised by then. A run built now has the section [`revisions_section`] instead.
pub fn revisions(p: &mut Page<'_, '_>) {
    let a = p.a;
    if a.input.states_context() || a.input.revisions_in_force().next().is_none() {
        return;
    }
    p.h.el("h3", "", "Framework revisions");
    revision_rule_and_table(p, Words::default(), &format!("Revisions in force for {}", a.input.year));
}

/// Writes the section "Framework revisions in force": each revised baseline, target, milestone, unit or
/// direction as adopted and as revised, with the decision. Also in tables/revisions.csv.
pub fn revisions_section(p: &mut Page<'_, '_>) {
    let a = p.a;
    if !a.input.states_context() {
        return;
    }
    let year = a.input.year;
    p.section(REVISIONS.0, REVISIONS.1, |p| {
        let w = p.body_words();
        if a.input.revisions_in_force().next().is_none() {
            p.h.p(&w.t_with(
                "report-revisions-none",
                format!(
                    "No baseline, target, milestone, unit or direction of an indicator was revised by a decision in \
                     force for {year}: every figure of this report is measured against the framework as adopted."
                ),
                &[("year", year.into())],
            ));
            return;
        }
        let caption = w.t_with(
            "report-revisions-caption",
            format!("Framework revisions in force for {year}"),
            &[("year", year.into())],
        );
        revision_rule_and_table(p, w, &caption);
        p.h.p(&w.t(
            "report-revisions-also",
            "These revisions are also in tables/revisions.csv.",
        ));
    });
}

/// The rule by which revisions count, then the table of the revisions in force under `caption`.
fn revision_rule_and_table(p: &mut Page<'_, '_>, w: Words, caption: &str) {
    let year = p.a.input.year;
    p.h.p(&w.t_with(
        "report-revisions-rule",
        format!(
            "A revision of a baseline, target, milestone, unit or direction counts from the day it was decided. \
             This report assesses {year} against the framework in force on 31 December {year}: a revision decided \
             on or before that day applies; one decided later leaves this report unchanged and applies from the \
             report of the year in which it was decided."
        ),
        &[("year", year.into())],
    ));
    let headers = [
        w.t("report-th-indicator", "Indicator"),
        w.t("report-th-field", "Field"),
        w.t("report-th-as-adopted", "As adopted"),
        w.t("report-th-as-revised", "As revised"),
        w.t("report-th-decided", "Decided"),
        w.t("report-th-by", "By"),
        w.t("report-th-reference", "Reference"),
    ];
    let mut t = DataTable::new(
        &headers.each_ref().map(String::as_str),
        &[false, false, true, true, false, false, false],
    );
    for (i, r) in p.a.input.revisions_in_force() {
        t.push(vec![
            i.code.clone(),
            w.word("report-field", &r.field, &r.field.replace('_', " ")),
            r.as_adopted.clone().unwrap_or_else(|| "—".into()),
            r.as_revised.clone().unwrap_or_else(|| "—".into()),
            crate::format::date(r.decided_on),
            r.deciding_body.clone(),
            r.reference.clone(),
        ]);
    }
    // The deciding body and the decision's reference are named as the office typed them.
    p.h.table_marked(caption, &t, w, &[5, 6]);
}
