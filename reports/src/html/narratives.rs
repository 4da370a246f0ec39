//! What the report says beside each indicator in its section (the report's form
//! [`crate::input::FORM_CONTEXT`]): the narratives and evidence links of its approved values of the year and the
//! mandates it serves, and the annex's note on which narrative is shown.

use super::Page;
use super::builder::Html;
use crate::analysis::Analysis;
use crate::input::{IndicatorInput, MandateInput};
use crate::markup::escape;

/// Writes, below an indicator table, the narratives, evidence links and mandates of its indicators that
/// have any, one entry per indicator.
pub fn beside(h: &mut Html, a: &Analysis<'_>, indicators: &[&IndicatorInput]) {
    if !a.input.states_context() {
        return;
    }
    let year = a.input.year;
    let mut open = false;
    for i in indicators {
        let mandates = a.mandates.of_indicator(&i.code);
        if i.narratives.is_empty() && mandates.is_empty() {
            continue;
        }
        if !open {
            h.open("dl", "class=\"narratives\"");
            open = true;
        }
        h.el("dt", "", &format!("{} · {}", i.code, i.name)).open("dd", "");
        for n in &i.narratives {
            let period = n.quarter.map_or_else(|| year.to_string(), |q| format!("{year} Q{q}"));
            h.open("p", "").el("strong", "", &format!("{period}:"));
            if !n.text.trim().is_empty() {
                h.text(" ").text(&n.text);
            }
            if !n.evidence_url.trim().is_empty() {
                h.text(" Evidence: ");
                match n.evidence_href() {
                    Some(href) => {
                        h.open("a", &format!("href=\"{}\"", escape(href))).text(href).end("a");
                    }
                    None => {
                        h.text(n.evidence_url.trim());
                    }
                }
            }
            h.close("p");
        }
        if !mandates.is_empty() {
            h.el("p", "class=\"meta\"", &serves(mandates));
        }
        h.close("dd");
    }
    if open {
        h.close("dl");
    }
}

/// "Serves Resolution 200 (Connect 2030 Agenda …); SDG target 9.c (…)."
pub fn serves(mandates: &[&MandateInput]) -> String {
    let named: Vec<String> = mandates.iter().map(|m| format!("{} ({})", m.name(), m.title)).collect();
    format!("Serves {}.", named.join("; "))
}

/// Writes the annex's "Narratives and evidence": whose words they are and which value's narrative is
/// shown.
pub fn annex_note(p: &mut Page<'_, '_>) {
    if !p.a.input.states_context() {
        return;
    }
    let w = p.body_words();
    p.h.el("h3", "", &w.t("report-narratives-h", "Narratives and evidence"));
    let year = p.a.input.year;
    p.h.p(&w.t_with(
        "report-narratives-note",
        format!(
            "Beside each indicator, the framework sections give what its planners wrote with its approved \
         headline values of {}: the narrative and the evidence link of the annual value and of each quarter, \
         and the resolutions, SDG targets, WSIS action lines and decisions it serves. Only approved values are \
         shown: while a revision of a value is pending (entered or submitted, not yet approved), the report \
         shows the narrative and evidence of the value approved before, as it shows that value. An evidence \
         link is a link only when it is an http or https address; anything else is shown as text. All \
         narratives are also in tables/narratives.csv.",
            year
        ),
        &[("year", year.into())],
    ));
}
