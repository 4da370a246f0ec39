//! The register at a glance: the likelihood × impact matrix (how many risks in each cell, with the band
//! of its score in words, so it reads without colour) and the review rule: a risk that is not closed is
//! **review overdue** when its last review is more than [`REVIEW_DAYS`] days old (the risk-management
//! framework asks for a review at least every six months).

use super::read::{RiskListParams, filtered};
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use sea_orm::ConnectionTrait;

/// Days after its last review when a risk that is not closed is due again (six months).
pub const REVIEW_DAYS: i64 = 183;

/// Whether a risk in `status`, last reviewed on `reviewed_on`, is overdue for review on `today`.
pub fn review_overdue(status: &str, reviewed_on: NaiveDate, today: NaiveDate) -> bool {
    status != "closed" && (today - reviewed_on).num_days() > REVIEW_DAYS
}

/// The band of a score (likelihood × impact), as a word: low (1-4), medium (5-9), high (10-14),
/// critical (15-25).
pub fn band(score: i32) -> &'static str {
    match score {
        ..=4 => "low",
        5..=9 => "medium",
        10..=14 => "high",
        _ => "critical",
    }
}

/// The bands from the least to the gravest, with the scores each takes.
pub const BANDS: [(&str, &str); 4] = [
    ("low", "1-4"),
    ("medium", "5-9"),
    ("high", "10-14"),
    ("critical", "15-25"),
];

/// The matrix of the risks a filter selects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matrix {
    /// `counts[l - 1][i - 1]`: how many risks have likelihood `l` and impact `i`.
    pub counts: [[usize; 5]; 5],
    /// How many risks fall in each of [`BANDS`].
    pub bands: [usize; 4],
    /// Codes of the risks overdue for review, sorted.
    pub overdue: Vec<String>,
    /// How many risks the filter selects.
    pub total: usize,
}

impl Matrix {
    /// Counts one risk.
    pub fn add(&mut self, code: &str, likelihood: i32, impact: i32, overdue: bool) {
        let cell = |v: i32| usize::try_from(v.clamp(1, 5) - 1).unwrap_or(0);
        self.counts[cell(likelihood)][cell(impact)] += 1;
        let b = band(likelihood * impact);
        if let Some(i) = BANDS.iter().position(|(name, _)| *name == b) {
            self.bands[i] += 1;
        }
        if overdue {
            self.overdue.push(code.to_owned());
        }
        self.total += 1;
    }
}

/// The matrix of every risk of plan `code` that `p` selects (its paging and sorting are ignored), with
/// the risks overdue for review on `today`.
pub async fn matrix(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: &RiskListParams,
    today: NaiveDate,
) -> AppResult<Matrix> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let rows = filtered(db, &plan, p).await?.all(db).await?;
    let mut m = Matrix::default();
    for r in &rows {
        m.add(
            &r.code,
            r.likelihood,
            r.impact,
            review_overdue(&r.status, r.reviewed_on, today),
        );
    }
    m.overdue.sort();
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn an_open_risk_reviewed_more_than_six_months_ago_is_overdue() {
        let today = day("2029-07-01");
        assert!(review_overdue("open", day("2028-12-29"), today), "184 days");
        assert!(
            !review_overdue("open", day("2028-12-30"), today),
            "183 days is still in time"
        );
        assert!(review_overdue("mitigating", day("2027-01-01"), today));
    }

    #[test]
    fn a_closed_risk_is_never_overdue() {
        assert!(!review_overdue("closed", day("2020-01-01"), day("2029-07-01")));
    }

    #[test]
    fn each_score_falls_in_one_band() {
        assert_eq!(
            [1, 4, 5, 9, 10, 12, 15, 25].map(band),
            ["low", "low", "medium", "medium", "high", "high", "critical", "critical"]
        );
    }

    #[test]
    fn the_matrix_counts_each_risk_in_its_cell_and_band() {
        let mut m = Matrix::default();
        m.add("A", 5, 4, true);
        m.add("B", 5, 4, false);
        m.add("C", 1, 2, false);
        assert_eq!((m.counts[4][3], m.counts[0][1], m.total), (2, 1, 3));
        assert_eq!(m.bands, [1, 0, 0, 2]);
        assert_eq!(m.overdue, ["A"]);
    }
}
