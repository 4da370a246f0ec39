//! Saving the entry grid: several values typed at once, each row entered ([`create::create`]) or, when
//! it already has a draft or returned value, edited ([`edit::update`]), then submitted when asked
//! ([`steps::take`]). The same use cases, checks and audit as one value; each row is its own write, so a
//! row with an error stores nothing while the good rows are stored.

use super::Written;
use super::create::{self, CreateMeasurement};
use super::edit::{self, UpdateMeasurement};
use super::steps::{self, StepRequest};
use super::workflow::Step;
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::transactions::Writer;
use sea_orm::ConnectionTrait;

/// One row of the grid as typed: every field as text.
#[derive(Debug, Clone, Default)]
pub struct BatchRow {
    /// Indicator code.
    pub code: String,
    /// The slot's quarter (none: the year).
    pub quarter: Option<i32>,
    /// The draft or returned value the row shows, with the version read, when it has one.
    pub current: Option<(i32, i32)>,
    /// Value.
    pub value: String,
    /// Numerator (ratio rows).
    pub numerator: String,
    /// Denominator (ratio rows).
    pub denominator: String,
    /// Quality.
    pub quality: String,
    /// Narrative.
    pub narrative: String,
    /// Evidence link.
    pub evidence_url: String,
    /// Whether to submit the row's value for approval once saved.
    pub submit: bool,
}

impl BatchRow {
    /// Whether nothing was typed in the row's figures.
    fn empty(&self) -> bool {
        [&self.value, &self.numerator, &self.denominator]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

/// What happened to one row.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing typed and nothing asked: left as it was.
    Untouched,
    /// Stored (entered or edited), as a draft.
    Saved(Box<Written>),
    /// Stored if it needed to be, and submitted.
    Submitted(Box<Written>),
    /// Refused: nothing of this row was stored (or, when the save went through but the submission was
    /// refused, the row stays a draft and the error says so).
    Refused(AppError),
}

/// The rows of one plan and year to save.
#[derive(Debug, Clone)]
pub struct Batch {
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// The rows, in the grid's order.
    pub rows: Vec<BatchRow>,
}

/// How many rows were saved, submitted and refused.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Rows stored (submitted ones included).
    pub saved: usize,
    /// Rows submitted.
    pub submitted: usize,
    /// Rows refused.
    pub refused: usize,
}

impl Tally {
    /// Counts `outcomes`.
    pub fn of(outcomes: &[Outcome]) -> Self {
        let mut t = Tally::default();
        for o in outcomes {
            match o {
                Outcome::Untouched => {}
                Outcome::Saved(_) => t.saved += 1,
                Outcome::Submitted(_) => {
                    t.saved += 1;
                    t.submitted += 1;
                }
                Outcome::Refused(_) => t.refused += 1,
            }
        }
        t
    }

    /// The page's message: "3 saved, 1 not saved: see the row".
    pub fn message(&self) -> String {
        let mut msg = format!("{} saved", self.saved);
        if self.submitted > 0 {
            msg += &format!(" ({} submitted for approval)", self.submitted);
        }
        if self.refused > 0 {
            let rows = if self.refused == 1 { "the row" } else { "the rows" };
            msg += &format!(", {} not saved: see {rows}", self.refused);
        }
        msg
    }
}

fn text(s: &str) -> Option<serde_json::Value> {
    let t = s.trim();
    (!t.is_empty()).then(|| serde_json::Value::String(t.to_owned()))
}

/// Saves every row of `batch` as `actor`, in order, one write per row; answers each row's outcome.
/// Fails as a whole only when the actor may enter no data at all.
pub async fn save(db: &impl ConnectionTrait, writer: &Writer, actor: &Actor, batch: &Batch) -> AppResult<Vec<Outcome>> {
    super::may_enter_data(actor)?;
    let mut out = Vec::with_capacity(batch.rows.len());
    for row in &batch.rows {
        out.push(save_row(db, writer, actor, batch, row).await);
    }
    Ok(out)
}

async fn save_row(db: &impl ConnectionTrait, writer: &Writer, actor: &Actor, batch: &Batch, row: &BatchRow) -> Outcome {
    let stored = match row.current {
        None if row.empty() && !row.submit => return Outcome::Untouched,
        None if row.empty() => {
            return Outcome::Refused(AppError::field(
                "value",
                crate::error::Said::new("said-type-a-value", []),
            ));
        }
        None => {
            let body = CreateMeasurement {
                plan_code: Some(batch.plan.clone()),
                indicator_code: Some(row.code.clone()),
                year: Some(batch.year.into()),
                quarter: row.quarter.map(Into::into),
                disaggregation: None,
                value: text(&row.value),
                numerator: text(&row.numerator),
                denominator: text(&row.denominator),
                quality: Some(row.quality.clone()).filter(|q| !q.trim().is_empty()),
                narrative: Some(row.narrative.clone()),
                evidence_url: Some(row.evidence_url.clone()).filter(|u| !u.trim().is_empty()),
            };
            create::create(db, writer, actor, &body).await
        }
        Some((id, version)) => {
            let body = UpdateMeasurement {
                version: None,
                value: text(&row.value),
                numerator: text(&row.numerator),
                denominator: text(&row.denominator),
                quality: Some(row.quality.clone()).filter(|q| !q.trim().is_empty()),
                narrative: Some(row.narrative.clone()),
                evidence_url: Some(row.evidence_url.trim().to_owned()),
                reason: None,
            };
            if row.empty() {
                Err(AppError::field(
                    "value",
                    crate::error::Said::new("said-type-a-value-draft", []),
                ))
            } else {
                // The version the grid showed: a value changed since is refused (409), not overwritten.
                edit::update(db, writer, actor, id, Some((version, false)), &body).await
            }
        }
    };
    let written = match stored {
        Ok(w) => w,
        Err(e) => return Outcome::Refused(e),
    };
    // An edit that changed nothing comes back at the version the grid showed, unwritten.
    let unchanged = row.current.is_some_and(|(_, v)| v == written.row.version);
    if !row.submit {
        return if unchanged {
            Outcome::Untouched
        } else {
            Outcome::Saved(Box::new(written))
        };
    }
    let req = StepRequest {
        step: Step::Submit,
        id: written.row.id,
        claimed: Some((written.row.version, false)),
        body: Default::default(),
    };
    match steps::take(db, writer, actor, req).await {
        Ok(w) => Outcome::Submitted(Box::new(w)),
        Err(e) => Outcome::Refused(AppError::conflict(crate::error::Said::new(
            "said-draft-not-submitted",
            [("why", e.said_arg())],
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_says_how_many_rows_were_saved_and_where_to_look() {
        let t = Tally {
            saved: 3,
            submitted: 0,
            refused: 1,
        };
        assert_eq!(t.message(), "3 saved, 1 not saved: see the row");
        let t = Tally {
            saved: 4,
            submitted: 2,
            refused: 0,
        };
        assert_eq!(t.message(), "4 saved (2 submitted for approval)");
    }
}
