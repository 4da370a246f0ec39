//! The annex "Questions from Council members and replies": each thread of the plan asked up to the
//! freeze, with its messages in order. Written only when someone asked, so a report without questions
//! is the same, byte for byte, as before Council could ask.

use super::Page;

/// The anchor and heading of the annex.
pub const SECTION: (&str, &str) = ("questions", "Annex: questions from Council members and replies");

/// Writes the annex, if any question was asked.
pub fn questions(p: &mut Page<'_, '_>) {
    let a = p.a;
    if a.input.questions.is_empty() {
        return;
    }
    p.section(SECTION.0, SECTION.1, |p| {
        p.h.p(
            "The questions Council members asked about this plan up to the date of this report, and the \
             replies of the Secretariat, in the order asked. All of them are also in tables/questions.csv.",
        );
        for q in &a.input.questions {
            let status = if q.status == "answered" { "answered" } else { "open" };
            p.h.el(
                "h3",
                &format!("id=\"question-{}\"", q.id),
                &format!("Question {}: {}", q.id, q.title),
            );
            p.h.el(
                "p",
                "class=\"note\"",
                &format!(
                    "{} · asked by {} on {} · {status}",
                    q.about,
                    q.asked_by,
                    crate::format::date(q.asked_at.date_naive())
                ),
            );
            p.h.open("dl", "class=\"rule\"");
            for m in &q.messages {
                p.h.el(
                    "dt",
                    "",
                    &format!("{}, {}", m.author, crate::format::date(m.at.date_naive())),
                )
                .el("dd", "", &m.body);
            }
            p.h.close("dl");
        }
    });
}
