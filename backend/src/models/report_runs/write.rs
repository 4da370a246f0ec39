//! Freezing a report run on request (the Secretary-General's office): which plan, which kind of report
//! and (for the annual report) which year, checked.

use super::languages::RunLanguages;
use super::{RunSummary, freeze, freeze_assessment};
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Which report a run holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    /// The annual report to Council for a year.
    #[default]
    Annual,
    /// The four-year assessment of the plan for the Plenipotentiary Conference: every year from the
    /// plan's first to its latest year with an approved value.
    Assessment,
}

/// What to freeze.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateReport {
    /// Plan code, e.g. `SP2028-2031`.
    #[schema(max_length = 64)]
    pub plan: String,
    /// Reporting year, inside the plan: required for the annual report; left out for the assessment,
    /// whose closing year is the plan's latest year with an approved value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// `annual` (the default) or `assessment`.
    #[serde(default)]
    pub kind: RunKind,
    /// The Council document symbol the annual report is issued under, e.g. `C29/35-E`, shown on the cover
    /// of `report.pdf`; left out when not yet assigned (the cover then says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(max_length = 64)]
    pub symbol: Option<String>,
    /// The Council session the annual report goes to, e.g. `Council 2029, Geneva`, shown on the cover of
    /// `report.pdf`; left out when not stated (the cover then says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(max_length = 500)]
    pub session: Option<String>,
    /// The language the report (annual or four-year assessment) is written in: `ar`, `en` (the default),
    /// `es`, `fr`, `ru` or `zh` (its headings, the words of its charts and `report.pdf`; see docs/I18N.md
    /// for what is translated).
    /// Kept for clients written when a run held one language: the same as `languages` with one code.
    /// Give one of the two, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<ReportLanguage>, example = "fr")]
    pub language: Option<String>,
    /// The languages the report (annual or four-year assessment) is written in, each from the same frozen data, e.g.
    /// `["en", "ar", "zh"]`: each of `ar`, `en`, `es`, `fr`, `ru`, `zh` at most once; English alone when
    /// left out. The first language's files sit at the run's root, each other one's under `{code}/`
    /// (`ar/report.html`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<ReportLanguage>>, min_items = 1, max_items = 6, example = json!(["en", "ar"]))]
    pub languages: Option<Vec<String>>,
    /// Whether each CSV table of the annual report starts with a row of its columns' names in the
    /// report's language (in each language's own files; English names in English), above the row of
    /// stable codes every CSV file has. Such a file starts with a UTF-8 byte order mark and that row, and
    /// from the row of codes on it is the file written without it: a program reads it by skipping its
    /// first line. `false` (the default): the codes only, as always. Kept in the run's snapshot, so a
    /// rebuild writes the same bytes. The four-year assessment's tables keep their codes only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schema(default = false)]
    pub csv_headings_in_language: bool,
}

/// The six languages a report can be written in, as the OpenAPI document names them (the body carries the
/// codes as text, checked by [`Council::checked`], so that a wrong one is a field error naming `language`
/// or `languages`).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum ReportLanguage {
    /// Arabic.
    Ar,
    /// English.
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Chinese.
    Zh,
}

/// The Council document a run is issued as: its symbol and session, each optional (stored on the run and
/// in its snapshot, so a rebuild shows the same cover).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Council {
    /// Document symbol, e.g. `C29/35-E`.
    pub symbol: Option<String>,
    /// Council session.
    pub session: Option<String>,
    /// The languages the report is issued in (English unless asked), the first at the run's root.
    pub languages: RunLanguages,
    /// Whether its CSV tables carry a row of names in each language above their codes
    /// ([`CreateReport::csv_headings_in_language`]).
    pub csv_headings_in_language: bool,
}

/// Longest document symbol accepted: a code.
pub const SYMBOL_MAX: usize = crate::limits::CODE;
/// Longest session accepted: a name.
pub const SESSION_MAX: usize = crate::limits::NAME;

impl Council {
    /// The symbol, session and languages as given (trimmed); a blank or too long symbol or session, or
    /// languages [`RunLanguages::checked`] refuses, are left out and said in `errs`, naming the field.
    pub fn checked(
        symbol: Option<&str>,
        session: Option<&str>,
        (language, languages): (Option<&str>, Option<&[String]>),
        errs: &mut Vec<FieldError>,
    ) -> Self {
        let languages = RunLanguages::checked(language, languages, errs);
        let mut field = |name: &str, value: Option<&str>, max: usize| {
            let value = value.map(str::trim)?;
            if value.is_empty() || value.chars().count() > max || value.chars().any(char::is_control) {
                errs.push(FieldError::new(
                    name,
                    Said::new("said-one-line-of", [("max", (max as i64).into())]),
                ));
                return None;
            }
            Some(value.to_owned())
        };
        Council {
            symbol: field("symbol", symbol, SYMBOL_MAX),
            session: field("session", session, SESSION_MAX),
            languages,
            csv_headings_in_language: false,
        }
    }

    /// The same, with the CSV tables' row of names in the report's language when `on`.
    pub fn with_csv_headings(self, on: bool) -> Self {
        Council {
            csv_headings_in_language: on,
            ..self
        }
    }

    /// `input` issued as this Council document (the symbol and session its cover shows), in its first
    /// language, its CSV tables with or without their row of names.
    pub fn issue(&self, mut input: stratrack_reports::ReportInput) -> stratrack_reports::ReportInput {
        input.run.symbol.clone_from(&self.symbol);
        input.run.session.clone_from(&self.session);
        input.language = self.languages.primary();
        input.csv_headings_in_language = self.csv_headings_in_language;
        input
    }
}

/// Freezes the report `what` asks for (admin): the annual report of plan `what.plan` for `what.year`, or
/// its four-year assessment. An unknown plan, a year outside the plan, an annual report without a year or
/// an assessment with one is a field error (`plan`, `year`). See [`freeze`] and [`freeze_assessment`].
pub async fn freeze_report(db: &DatabaseConnection, actor: &Actor, what: &CreateReport) -> AppResult<RunSummary> {
    authorize(actor, Action::Administer)?;
    let plan = plans::Entity::find()
        .filter(plans::Column::Code.eq(&what.plan))
        .one(db)
        .await?;
    let mut errs = Vec::new();
    let council = Council::checked(
        what.symbol.as_deref(),
        what.session.as_deref(),
        (what.language.as_deref(), what.languages.as_deref()),
        &mut errs,
    )
    .with_csv_headings(what.csv_headings_in_language);
    if what.kind == RunKind::Assessment && what.csv_headings_in_language {
        errs.push(FieldError::new(
            "csv_headings_in_language",
            Said::new("said-assessment-csv-codes-only", []),
        ));
    }
    let mut year_error = |reason: crate::error::Reason| errs.push(FieldError::new("year", reason));
    match (&plan, what.kind, what.year) {
        (None, _, _) => errs.push(FieldError::new(
            "plan",
            Said::new("said-no-plan-the-code", [("code", what.plan.as_str().into())]),
        )),
        (Some(_), RunKind::Annual, None) => year_error(Said::new("said-annual-needs-year", []).into()),
        (Some(p), RunKind::Annual, Some(y)) if !(p.start_year..=p.end_year).contains(&y) => {
            year_error(crate::models::plans::year_of_plan("said-year-outside-plan", p, y).into())
        }
        (Some(_), RunKind::Assessment, Some(_)) => year_error(Said::new("said-assessment-no-year", []).into()),
        (Some(_), _, _) => {}
    }
    let Some(plan) = plan.filter(|_| errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    match (what.kind, what.year) {
        (RunKind::Annual, Some(year)) => freeze(db, plan, year, &council, actor).await,
        _ => freeze_assessment(db, plan, &council.languages, actor).await,
    }
}
