//! A plan's results as an IATI 2.03 activity file (`GET /api/v1/plans/{plan}/iati`, `stratrack export
//! --iati`): the plan is one activity; every result node that carries indicators is a `result`; every
//! indicator has its measure, direction, baseline and one `period` per year with the year's target (the
//! expected value of the status rule) and its approved actual values, the disaggregated ones as
//! `dimension`s. Only approved values are exported, to every role alike. The mapping onto IATI's
//! codelists is [`codes`], the reading [`read`], the XML [`xml`]; `docs/IATI.md` says why.

pub mod codes;
mod read;
pub mod xml;

use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use serde::Deserialize;
use std::ops::RangeInclusive;

/// The organisation identifier used when none is configured. It is illustrative: ITU's IATI organisation
/// identifier is not among the facts the seed was checked against, so a deployment that publishes to IATI
/// sets its own (`STRATRACK_IATI_ORG_REF`).
pub const ILLUSTRATIVE_ORG_REF: &str = "XX-ILLUSTRATIVE-ITU";

/// Who publishes the file: the reporting organisation's IATI identifier (prefix of the activity
/// identifier), its name and its IATI organisation type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// IATI organisation identifier, `{registration agency}-{number}`.
    pub org_ref: String,
    /// The organisation's name, in English.
    pub name: String,
    /// OrganisationType code (`40`: multilateral).
    pub org_type: String,
}

impl Default for Publisher {
    /// The seed's organisation under the illustrative identifier [`ILLUSTRATIVE_ORG_REF`].
    fn default() -> Self {
        Publisher {
            org_ref: ILLUSTRATIVE_ORG_REF.into(),
            name: "International Telecommunication Union".into(),
            org_type: codes::MULTILATERAL.into(),
        }
    }
}

impl Publisher {
    /// A publisher from configured texts, refused with the reason when the identifier could not prefix an
    /// activity identifier (empty, spaces, no `agency-number` hyphen), the name is empty or the type is
    /// not a number code.
    pub fn new(org_ref: &str, name: &str, org_type: &str) -> Result<Self, String> {
        let org_ref = org_ref.trim();
        if org_ref.is_empty() || org_ref.chars().any(|c| c.is_whitespace() || c == '/') || !org_ref.contains('-') {
            return Err(format!(
                "`{org_ref}` is not an IATI organisation identifier ({{agency}}-{{number}}, without spaces or slashes)"
            ));
        }
        if name.trim().is_empty() {
            return Err("the organisation name is empty".into());
        }
        let org_type = org_type.trim();
        if org_type.is_empty() || !org_type.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("`{org_type}` is not an IATI organisation type code (e.g. 40)"));
        }
        Ok(Publisher {
            org_ref: org_ref.into(),
            name: name.trim().into(),
            org_type: org_type.into(),
        })
    }
}

/// Query of the IATI export.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IatiParams {
    /// Only this year of the plan; absent: every year of the plan.
    pub year: Option<i32>,
}

/// The activity as the file states it: plain data, written by [`xml::write`].
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// The publisher.
    pub publisher: Publisher,
    /// `{org_ref}-{plan code}`.
    pub identifier: String,
    /// The plan's name.
    pub title: String,
    /// What the activity is.
    pub description: String,
    /// ActivityStatus code.
    pub status: &'static str,
    /// Planned start (1 January of the plan's first year).
    pub start: NaiveDate,
    /// Planned end (31 December of its last year).
    pub end: NaiveDate,
    /// When the file was made.
    pub generated_at: DateTime<Utc>,
    /// The latest change of the data exported (plan, nodes, indicators, approvals); `None` when none is known.
    pub last_updated: Option<DateTime<Utc>>,
    /// Results in tree order.
    pub results: Vec<ResultEntry>,
}

/// One result node with indicators.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultEntry {
    /// ResultType code.
    pub result_type: &'static str,
    /// The node's code.
    pub code: String,
    /// Its name.
    pub title: String,
    /// Its description (may be empty).
    pub description: String,
    /// Its indicators by code.
    pub indicators: Vec<IndicatorEntry>,
}

/// One indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorEntry {
    /// The indicator's code.
    pub code: String,
    /// Its name.
    pub title: String,
    /// Its definition (may be empty).
    pub description: String,
    /// IndicatorMeasure code.
    pub measure: &'static str,
    /// Whether more is better; `None` for an indicator to be maintained.
    pub ascending: Option<bool>,
    /// Baseline year and value, when both are set.
    pub baseline: Option<(i32, Decimal)>,
    /// One period per exported year.
    pub periods: Vec<Period>,
}

/// One year of an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// The calendar year.
    pub year: i32,
    /// The value expected for the year (milestone, target or the line between them); `None` without a
    /// baseline or target.
    pub target: Option<Decimal>,
    /// The approved values: the headline one first (no dimension), then each breakdown.
    pub actuals: Vec<Actual>,
}

/// One approved value of a year.
#[derive(Debug, Clone, PartialEq)]
pub struct Actual {
    /// The year's value (quarters combined by the indicator's aggregation rule).
    pub value: Decimal,
    /// `(dimension code, value code)` pairs; empty for the headline value.
    pub dimensions: Vec<(String, String)>,
    /// The narrative of the annual value (may be empty).
    pub comment: String,
}

/// The years of `plan` a request exports: `year` alone, or every year of the plan; a year outside the
/// plan is refused naming the `year` parameter.
pub fn years(plan: &Plan, year: Option<i32>) -> AppResult<RangeInclusive<i32>> {
    match year {
        None => Ok(plan.start_year..=plan.end_year),
        Some(y) if (plan.start_year..=plan.end_year).contains(&y) => Ok(y..=y),
        Some(y) => Err(AppError::field(
            "year",
            format!(
                "{y} is not a year of plan {} ({}-{})",
                plan.code, plan.start_year, plan.end_year
            ),
        )),
    }
}

/// The IATI file of plan `plan` for `actor`: anyone who may read the plan may export it, since the file
/// holds approved values only (Council reviewers included: approved data is theirs to read, whether or
/// not a report run of the year is published yet).
pub async fn export(
    db: &impl ConnectionTrait,
    actor: &Actor,
    publisher: &Publisher,
    plan: &str,
    params: &IatiParams,
    generated_at: DateTime<Utc>,
) -> AppResult<Vec<u8>> {
    authorize(actor, Action::Read)?;
    file(db, publisher, plan, params, generated_at).await
}

/// The IATI file of plan `plan`, without an access check: for the command line, whose user holds the
/// database itself.
pub async fn file(
    db: &impl ConnectionTrait,
    publisher: &Publisher,
    plan: &str,
    params: &IatiParams,
    generated_at: DateTime<Utc>,
) -> AppResult<Vec<u8>> {
    let plan = plan_by_code(db, plan).await?;
    let years = years(&plan, params.year)?;
    let activity = read::activity(db, &plan, publisher, years, generated_at).await?;
    xml::write(&activity).map_err(|e| AppError::Internal(format!("writing the IATI file: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publisher_needs_an_identifier_that_can_prefix_an_activity_identifier() {
        let p = Publisher::new(" XM-DAC-1 ", "Org", "40").unwrap();
        assert_eq!((p.org_ref.as_str(), p.name.as_str()), ("XM-DAC-1", "Org"));
        assert!(Publisher::new("XM DAC 1", "Org", "40").is_err());
        assert!(Publisher::new("XMDAC", "Org", "40").is_err());
        assert!(Publisher::new("XM-DAC/1", "Org", "40").is_err());
        assert!(Publisher::new("XM-DAC-1", " ", "40").is_err());
        assert!(Publisher::new("XM-DAC-1", "Org", "multilateral").is_err());
        let d = Publisher::default();
        assert_eq!(Publisher::new(&d.org_ref, &d.name, &d.org_type), Ok(d));
    }
}
