//! The section "Results serving each resolution" (the report's form [`crate::input::FORM_CONTEXT`]): per
//! mandate, grouped by vocabulary, the goals, priorities, other results and indicators linked to it, with
//! their status for the year.

use super::Page;
use crate::analysis::{Served, served};
use crate::charts::DataTable;
use crate::input::Rollup;
use crate::input::Status;

/// The anchor and heading of the section.
pub const SECTION: (&str, &str) = ("mandates", "Results serving each resolution");

/// "2 indicators: 1 on track, 1 at risk" (statuses with none left out).
pub fn rollup_short(r: &Rollup) -> String {
    let total = r.total();
    if total == 0 {
        return "no indicator".to_owned();
    }
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|s| r.count(**s) > 0)
        .map(|s| format!("{} {}", r.count(*s), s.label().to_lowercase()))
        .collect();
    format!(
        "{total} indicator{}: {}",
        if total == 1 { "" } else { "s" },
        counts.join(", ")
    )
}

/// Writes the section.
pub fn write(p: &mut Page<'_, '_>) {
    let a = p.a;
    if !a.input.states_context() {
        return;
    }
    let year = a.input.year;
    p.section(SECTION.0, SECTION.1, |p| {
        if a.mandates.groups.is_empty() {
            p.h.p("No result of this plan is linked to a resolution, SDG target, WSIS action line or decision.");
            return;
        }
        p.h.p(&format!(
            "The resolutions, SDG targets, WSIS action lines and decisions the plan's results serve, and for \
             each the goals, priorities, other results and indicators linked to it, with their status for \
             {year} (a result's status is the count of its indicators per status, as in its section). These \
             links are also in tables/mandates.csv."
        ));
        for (vocabulary, mandates) in &a.mandates.groups {
            p.h.el("h3", "", vocabulary.heading());
            let status = format!("Status {year}");
            let mut t = DataTable::new(
                &["Mandate", "Title", "Result", "Level", status.as_str()],
                &[false, false, false, false, false],
            );
            for m in mandates {
                let results = served(a.input, m);
                if results.is_empty() {
                    t.push(vec![m.name(), m.title.clone(), "–".into(), "–".into(), "–".into()]);
                }
                for (k, r) in results.into_iter().enumerate() {
                    let title = if k == 0 { m.title.clone() } else { String::new() };
                    let (result, level, status) = match r {
                        Served::Node(n) => (
                            format!("{} {}", n.code, n.name),
                            n.level.label().to_owned(),
                            rollup_short(&n.rollup),
                        ),
                        Served::Indicator(i) => (
                            format!("{} {}", i.code, i.name),
                            "Indicator".to_owned(),
                            i.status.label().to_owned(),
                        ),
                    };
                    t.push(vec![m.name(), title, result, level, status]);
                }
            }
            p.h.table(
                &format!("{}: the results serving each, {year}", vocabulary.heading()),
                &t,
            );
        }
    });
}
