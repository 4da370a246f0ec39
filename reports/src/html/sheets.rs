//! The annex of indicator reference sheets (key indicators that have one) and the statement of the
//! framework revisions in force for the year (in the annex of runs frozen before the report had a section
//! for them, else in the section "Framework revisions in force"). The annex parts are written only when
//! there is something to show, so a report without sheets or revisions is the same, byte for byte, as
//! before they existed.

use super::Page;
use crate::charts::DataTable;
use crate::input::IndicatorInput;

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
        p.h.p("Why each key indicator is measured and how, as the Secretariat keeps it.");
        for i in with_sheets(&a.input.indicators) {
            let Some(sheet) = &i.reference_sheet else { continue };
            p.h.el("h3", "", &format!("{} — {}", i.code, i.name));
            p.h.open("dl", "class=\"rule\"");
            for (heading, text) in sheet.parts() {
                if let Some(text) = text {
                    p.h.el("dt", "", heading).el("dd", "", text);
                }
            }
            p.h.close("dl");
        }
    });
}

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
    revision_rule_and_table(p, &format!("Revisions in force for {}", a.input.year));
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
        if a.input.revisions_in_force().next().is_none() {
            p.h.p(&format!(
                "No baseline, target, milestone, unit or direction of an indicator was revised by a decision in \
                 force for {year}: every figure of this report is measured against the framework as adopted."
            ));
            return;
        }
        revision_rule_and_table(p, &format!("Framework revisions in force for {year}"));
        p.h.p("These revisions are also in tables/revisions.csv.");
    });
}

/// The rule by which revisions count, then the table of the revisions in force under `caption`.
fn revision_rule_and_table(p: &mut Page<'_, '_>, caption: &str) {
    let year = p.a.input.year;
    p.h.p(&format!(
        "A revision of a baseline, target, milestone, unit or direction counts from the day it was decided. \
         This report assesses {year} against the framework in force on 31 December {year}: a revision decided \
         on or before that day applies; one decided later leaves this report unchanged and applies from the \
         report of the year in which it was decided."
    ));
    let mut t = DataTable::new(
        &[
            "Indicator",
            "Field",
            "As adopted",
            "As revised",
            "Decided",
            "By",
            "Reference",
        ],
        &[false, false, true, true, false, false, false],
    );
    for (i, r) in p.a.input.revisions_in_force() {
        t.push(vec![
            i.code.clone(),
            r.field.replace('_', " "),
            r.as_adopted.clone().unwrap_or_else(|| "—".into()),
            r.as_revised.clone().unwrap_or_else(|| "—".into()),
            crate::format::date(r.decided_on),
            r.deciding_body.clone(),
            r.reference.clone(),
        ]);
    }
    p.h.table(caption, &t);
}
