//! Questions from Council (issue 16 point 7): a Council reviewer (or the Secretary-General's office) asks
//! about an indicator, a result node or a section of a report run; the office replies, or assigns the
//! question to a unit whose planner replies; the office marks the thread answered (or opens it again).
//! Everyone signed in reads every thread; a reviewer writes nothing but questions ([`crate::policy`]).
//!
//! Reading in [`read`] (one thread, a plan's threads filtered by status, run, indicator or node, and the
//! threads a report carries in its annex); asking, replying, assigning and marking in [`write`], each
//! audited as a `question` in its transaction, each change refused when the thread moved on since the
//! version the client read (409, or 412 for `If-Match`).

pub mod read;
pub mod write;

pub use read::{QuestionListParams, get, list, of_plan};
pub use write::{AskQuestion, AssignQuestion, MarkQuestion, ReplyToQuestion, ask, assign, mark, reply};

use chrono::{DateTime, Utc};
use serde::Serialize;

/// What a question may be about.
pub const SUBJECT_KINDS: &[&str] = &["indicator", "node", "section"];

/// A thread's statuses.
pub const STATUSES: &[&str] = &["open", "answered"];

/// The sections of a report run a question may be about (the report's anchors), with their headings;
/// `report` is the report as a whole.
pub const SECTIONS: &[(&str, &str)] = &[
    ("report", "The report as a whole"),
    ("summary", "Executive summary"),
    ("moves", "Indicators whose status moved"),
    ("goals", "Strategic goals"),
    ("priorities", "Thematic priorities and enablers"),
    ("finance", "Finance"),
    ("operations", "Operational delivery"),
    ("risks", "Risks"),
    ("breakdowns", "Gender and regional breakdowns"),
    ("data-quality", "Data quality"),
    ("annex", "Annex: status rule and thresholds"),
    ("sheets", "Annex: indicator reference sheets"),
];

/// One message of a thread: the question that opened it or a reply.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = QuestionMessageView, description = "One message of a question thread.")]
pub struct Message {
    /// Message id.
    pub id: i32,
    /// Who wrote it: their name and role (`Council member`, `Secretary-General's office`, `planner, BDT`).
    pub author: String,
    /// The text.
    pub body: String,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
}

/// A question thread with its messages, oldest first. The API shows it as `QuestionView`.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = QuestionView, description = "A question from Council and its replies.")]
pub struct Thread {
    /// Thread id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// indicator, node or section.
    pub subject_kind: String,
    /// The indicator or node code, or the report section (`report`, `summary`, `finance`…).
    pub subject: String,
    /// The report run asked about, if any.
    pub run: Option<i32>,
    /// Title.
    pub title: String,
    /// Who asked: name and role.
    pub asked_by: String,
    /// The org unit (code) the office assigned the question to, if any.
    pub assigned_unit: Option<String>,
    /// open or answered.
    pub status: String,
    /// Concurrency version (also the ETag): every reply, assignment and status change moves it.
    pub version: i32,
    /// Asked (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
    /// The question and the replies, oldest first.
    pub messages: Vec<Message>,
}

/// How a thread's subject reads: the section's heading, or the kind and code (`indicator KPI-R1`).
pub fn subject_label(kind: &str, subject: &str) -> String {
    match kind {
        "section" => SECTIONS
            .iter()
            .find(|(code, _)| *code == subject)
            .map_or_else(|| subject.to_owned(), |(_, heading)| format!("Section: {heading}")),
        _ => format!("{} {subject}", if kind == "node" { "Result" } else { "Indicator" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_reads_as_its_section_heading_or_its_kind_and_code() {
        assert_eq!(subject_label("section", "finance"), "Section: Finance");
        assert_eq!(subject_label("indicator", "KPI-R1"), "Indicator KPI-R1");
        assert_eq!(subject_label("node", "G1"), "Result G1");
    }
}
