//! Questions from Council members and the replies, as the report's annex carries them: every thread of
//! the plan asked up to the run's freeze, with its messages.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One question thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionInput {
    /// The thread's number as the backend knows it.
    pub id: i32,
    /// What it is about, as a reader reads it (`Indicator KPI-R1`, `Section: Finance`).
    pub about: String,
    /// The report run asked about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<i32>,
    /// Title.
    pub title: String,
    /// Who asked: name and role.
    pub asked_by: String,
    /// When it was asked.
    pub asked_at: DateTime<Utc>,
    /// `open` or `answered`.
    pub status: String,
    /// The question and the replies, oldest first.
    pub messages: Vec<QuestionMessage>,
}

/// One message of a thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionMessage {
    /// Who wrote it: name and role.
    pub author: String,
    /// When.
    pub at: DateTime<Utc>,
    /// The text.
    pub body: String,
}
