//! The annex "Questions from Council members and replies": each thread with its messages in the page
//! and in `tables/questions.csv`, rebuilt byte for byte; a report whose input carries no question (a run
//! frozen before Council could ask) has neither, and the same bytes as before.

use crate::support;

use chrono::{TimeZone, Utc};
use stratrack_reports::ReportInput;
use stratrack_reports::input::{QuestionInput, QuestionMessage};
use support::{checksums, rendered, sample, sample_report, text};

/// The sample with one answered question about the finance section of run 7.
fn asked() -> ReportInput {
    let mut input = sample();
    let at = |d| Utc.with_ymd_and_hms(2029, 1, d, 10, 0, 0).single().unwrap();
    input.questions = vec![QuestionInput {
        id: 3,
        about: "Section: Finance".into(),
        run_id: Some(7),
        title: "Low execution <in> BR".into(),
        asked_by: "Ana Ruiz (Council member)".into(),
        asked_at: at(5),
        status: "answered".into(),
        messages: vec![
            QuestionMessage {
                author: "Ana Ruiz (Council member)".into(),
                at: at(5),
                body: "Why was less than half spent?".into(),
            },
            QuestionMessage {
                author: "Office (Secretary-General's office)".into(),
                at: at(9),
                body: "=Recruitment was delayed.".into(),
            },
        ],
    }];
    input
}

#[test]
fn the_annex_shows_each_question_and_its_replies_and_the_table_has_a_row_per_message() {
    let report = rendered(&asked());
    let html = text(&report, "report.html");
    assert!(html.contains("<a href=\"#questions\">Annex: questions from Council members and replies</a>"));
    let annex = &html[html.find("id=\"questions\"").expect("the annex")..];
    assert!(
        annex.contains("Question 3: Low execution &lt;in&gt; BR"),
        "the title is escaped: {annex}"
    );
    assert!(annex.contains("Section: Finance · asked by Ana Ruiz (Council member) on 2029-01-05 · answered"));
    let (q, a) = (
        annex.find("Why was less than half spent?").unwrap(),
        annex.find("=Recruitment was delayed.").unwrap(),
    );
    assert!(q < a, "the question before the reply");
    let csv = text(&report, "tables/questions.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines,
        [
            "question,about,run,title,asked_by,asked_on,status,message,author,written_on,text",
            "3,Section: Finance,7,Low execution <in> BR,Ana Ruiz (Council member),2029-01-05,answered,1,Ana Ruiz (Council member),2029-01-05,Why was less than half spent?",
            "3,Section: Finance,7,Low execution <in> BR,Ana Ruiz (Council member),2029-01-05,answered,2,Office (Secretary-General's office),2029-01-09,'=Recruitment was delayed.",
        ],
        "one row per message; a reply that looks like a formula is defused"
    );
    assert!(report.manifest.files.iter().any(|f| f.path == "tables/questions.csv"));
    let again = rendered(&asked());
    assert_eq!(checksums(&report), checksums(&again), "rebuilt byte for byte");
}

#[test]
fn a_report_without_questions_has_no_annex_no_table_and_serialises_as_before() {
    let report = sample_report();
    assert!(!text(report, "report.html").contains("questions from Council"));
    assert!(report.file("tables/questions.csv").is_none());
    let json = serde_json::to_string(&sample()).unwrap();
    assert!(
        !json.contains("\"questions\""),
        "an input without questions is stored as it was"
    );
    let back: ReportInput = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sample());
    let with = serde_json::to_string(&asked()).unwrap();
    assert_eq!(
        serde_json::from_str::<ReportInput>(&with).unwrap(),
        asked(),
        "questions round-trip"
    );
}
