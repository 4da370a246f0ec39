//! A plan's results as an IATI 2.03 activity file (`GET /api/v1/plans/{plan}/iati`, `stratrack export
//! --iati`): the plan is one activity; every result node that carries indicators is a `result`; every
//! indicator has its measure, direction, baseline and one `period` per year with the year's target (the
//! expected value of the status rule) and its approved actual values, the disaggregated ones as
//! `dimension`s. Only approved values are exported, to every role alike. The mapping onto IATI's
//! codelists is [`codes`], the reading [`read`], the XML [`xml`]; `docs/IATI.md` says why.

pub mod codes;
pub mod publisher;
mod read;
pub mod xml;

pub use publisher::{ILLUSTRATIVE_ORG_REF, Publisher};

use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use serde::Deserialize;
use std::ops::RangeInclusive;

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
            crate::error::Said::new(
                "said-not-a-year-of-plan",
                [
                    ("year", y.to_string().into()),
                    ("plan", plan.code.as_str().into()),
                    ("start", plan.start_year.to_string().into()),
                    ("end", plan.end_year.to_string().into()),
                ],
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
