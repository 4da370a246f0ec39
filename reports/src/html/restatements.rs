//! The section "Restatements of figures reported last year": the values of the year before that were
//! revised or came late after its report was frozen, and the framework revisions recorded since, as the
//! backend's restatement rule listed them. Left out when nothing changed (and from runs frozen before
//! reports restated), so that those rebuild byte for byte.

use super::Page;
use super::builder::Html;
use crate::charts::DataTable;
use crate::format::exact;
use crate::input::{Quality, RestatementKind, Restatements};

/// The section's anchor and heading.
pub const ID: &str = "restatements";
/// The section's heading.
pub const HEADING: &str = "Restatements of figures reported last year";

/// `reported → now` of a quality, or the one quality when it did not change.
fn quality(before: Option<Quality>, now: Quality) -> String {
    match before {
        Some(b) if b != now => format!("{} → {}", b.as_str(), now.as_str()),
        _ => now.as_str().to_owned(),
    }
}

/// Writes the section when the input restates figures.
pub fn write(p: &mut Page<'_, '_>) {
    let Some(r) = p.a.input.restatements.as_ref() else {
        return;
    };
    p.section(ID, HEADING, |p| intro_and_tables(&mut p.h, r));
}

/// The intro and tables of one run's restatements.
pub(super) fn intro_and_tables(h: &mut Html, r: &Restatements) {
    let year = r.year;
    let count = |k: RestatementKind| r.values.iter().filter(|v| v.kind == k).count();
    h.p(&format!(
        "Since report run {} for {year} was frozen on {}{}, {} value(s) of {year} it reported were revised and {} \
         value(s) of {year} were approved late; {} framework revision(s) were recorded. Each row gives the figure \
         the report gave Council and the figure approved now, with who changed it, when and why. These figures \
         are also in tables/restatements.csv.",
        r.run_id,
        crate::format::moment(r.frozen_at),
        r.published_at
            .map(|t| format!(" (published {})", crate::format::date(t.date_naive())))
            .unwrap_or_default(),
        count(RestatementKind::Revised),
        count(RestatementKind::Late),
        r.revisions.len(),
    ));
    if !r.values.is_empty() {
        let mut t = DataTable::new(
            &[
                "Indicator",
                "Breakdown",
                "Change",
                "Reported",
                "Now",
                "Quality",
                "Approved",
                "By",
                "Why",
            ],
            &[false, false, false, true, true, false, false, false, false],
        );
        for v in &r.values {
            let mut slot = if v.disaggregation.is_empty() {
                "headline".to_owned()
            } else {
                v.disaggregation.clone()
            };
            if let Some(q) = v.quarter {
                slot.push_str(&format!(", Q{q}"));
            }
            t.push(vec![
                format!("{} {}", v.indicator_code, v.indicator_name),
                slot,
                v.kind.label().to_owned(),
                v.reported.map_or_else(|| "–".to_owned(), exact),
                exact(v.current),
                quality(v.reported_quality, v.current_quality),
                crate::format::date(v.changed_at.date_naive()),
                v.changed_by.clone(),
                v.reason.clone(),
            ]);
        }
        h.table(&format!("Values of {year} changed since the report"), &t);
    }
    if !r.revisions.is_empty() {
        let in_force = format!("In force for {year}");
        let mut t = DataTable::new(
            &[
                "Indicator",
                "Field",
                "Before",
                "After",
                "Decided",
                "Decision",
                "Why",
                in_force.as_str(),
            ],
            &[false, false, true, true, false, false, false, false],
        );
        let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "–".to_owned());
        for f in &r.revisions {
            t.push(vec![
                format!("{} {}", f.indicator_code, f.indicator_name),
                f.field.clone(),
                text(&f.before),
                text(&f.after),
                crate::format::date(f.decided_on),
                format!("{}, {}", f.deciding_body, f.reference),
                f.justification.clone(),
                if f.in_force_for_year { "yes" } else { "no" }.to_owned(),
            ]);
        }
        h.table("Framework revisions recorded since the report", &t);
    }
}
