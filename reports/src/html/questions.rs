//! The annex "Questions from Council members and replies": each thread of the plan asked up to the
//! freeze, with its messages in order. Written only when someone asked, so a report without questions
//! is the same, byte for byte, as before Council could ask.

use super::Page;
use super::builder::typed_arg;
use stratrack_i18n::Arg;

/// The anchor and heading of the annex.
pub const SECTION: (&str, &str) = ("questions", "Annex: questions from Council members and replies");

/// Writes the annex, if any question was asked.
pub fn questions(p: &mut Page<'_, '_>) {
    let a = p.a;
    if a.input.questions.is_empty() {
        return;
    }
    p.section(SECTION.0, SECTION.1, |p| {
        let w = p.body_words();
        p.h.p(&w.t(
            "report-questions-intro",
            "The questions Council members asked about this plan up to the date of this report, and the \
             replies of the Secretariat, in the order asked. All of them are also in tables/questions.csv.",
        ));
        // What Council members and the office wrote stays as they wrote it.
        let typed = if w.is_english() { "" } else { "lang=\"en\" dir=\"ltr\"" };
        for q in &a.input.questions {
            let status = if q.status == "answered" { "answered" } else { "open" };
            let heading = w.t_with(
                "report-question-h",
                format!("Question {}: {}", q.id, q.title),
                &[("id", q.id.into()), ("title", Arg::from(typed_arg(w, 0, &q.title)))],
            );
            p.h.el_typed("h3", &format!("id=\"question-{}\"", q.id), w, &heading, &[&q.title]);
            let date = crate::format::date(q.asked_at.date_naive());
            let meta = w.t_with(
                "report-question-meta",
                format!("{} · asked by {} on {date} · {status}", q.about, q.asked_by),
                &[
                    ("about", Arg::from(typed_arg(w, 0, &q.about))),
                    ("who", Arg::from(&q.asked_by)),
                    ("date", Arg::from(&date)),
                    ("status", Arg::from(w.word("qstatus", status, status))),
                ],
            );
            p.h.el_typed("p", "class=\"note\"", w, &meta, &[&q.about]);
            p.h.open("dl", "class=\"rule\"");
            for m in &q.messages {
                p.h.el(
                    "dt",
                    "",
                    &format!("{}, {}", m.author, crate::format::date(m.at.date_naive())),
                )
                .el("dd", typed, &m.body);
            }
            p.h.close("dl");
        }
    });
}
