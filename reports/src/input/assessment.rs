//! The four-year assessment's input: every year of the plan side by side, for the end-of-period report
//! to the Plenipotentiary Conference. Statuses, roll-ups, projections and costs are decided by the
//! backend (its status rule, projection rule and cost roll-up); nothing here is computed again.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    Direction, FrameworkNames, FrameworkText, IndicatorUnit, Lang, Named, NodeLevel, PlanInfo, ProjectionInput,
    Restatements, Rollup, RunInfo, Status, name_in,
};

/// The assessment's form of inputs built since it could be written in any of the six official languages
/// (its page's headings and prose, its charts' words, its workbook's headers and sheet names, its numbers by
/// the language's conventions, `lang` and `dir` of `report.html`; see docs/I18N.md). The assessment
/// numbers its forms apart from the annual report's [`super::FORM`]: the forms before were 0 and the
/// annual report's form of the day, of which only [`super::FORM_FORMATTED`] changes what it writes, so
/// this is the next number after the last such form the backend wrote. An English assessment of this
/// form is the bytes of the forms before.
pub const ASSESSMENT_FORM_LANGUAGES: u32 = 8;

/// The assessment's form of inputs built since they carry the framework's names in every language they
/// were translated into ([`AssessmentInput::framework_text`]): the plan, node and indicator names are
/// shown in the assessment's language, an untranslated one marked as English on the page and in the
/// charts. An English assessment of this form is the bytes of form [`ASSESSMENT_FORM_LANGUAGES`].
pub const ASSESSMENT_FORM_NAMES: u32 = 9;

/// The form of assessment inputs built now.
pub const ASSESSMENT_FORM: u32 = ASSESSMENT_FORM_NAMES;

/// Everything one four-year assessment is rendered from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentInput {
    /// The strategic plan assessed.
    pub plan: PlanInfo,
    /// The run this rendering belongs to (its dates come from here, never the clock).
    pub run: RunInfo,
    /// The years assessed, ascending: the plan's first year to the closing year (the latest year of
    /// the plan with an approved value). Every per-year list below has one entry per year, in this order.
    pub years: Vec<i32>,
    /// The roll-up of every indicator of the plan in each year (the backend's roll-up rule over all of
    /// them, each once).
    pub overall: Vec<Rollup>,
    /// Result nodes in display order, with a roll-up and (for costed levels) a cost per year.
    pub nodes: Vec<AssessedNode>,
    /// Indicators in display order, with their figures per year.
    pub indicators: Vec<AssessedIndicator>,
    /// For each year with a published annual report, what changed since it was frozen in the figures it
    /// gave Council (oldest year first); empty when nothing changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restatements: Vec<Restatements>,
    /// The assessment's form, as [`super::ReportInput::form`]: 0 (absent) for runs frozen before its
    /// outputs were formatted for their readers, which render as they did (and serialise as they were);
    /// [`super::FORM_FORMATTED`] and later for inputs built since (the workbook's formats, chart labels
    /// wrapped instead of cut).
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub form: u32,
    /// The language the assessment is written in (form [`ASSESSMENT_FORM_LANGUAGES`] and later). English
    /// when absent, as in every run frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "super::is_english", with = "super::lang_code")]
    pub language: Lang,
    /// The framework's names in every language they were translated into, whatever the assessment's
    /// language (form [`ASSESSMENT_FORM_NAMES`] and later), as [`super::ReportInput::framework_text`].
    /// Absent when nothing is translated, and from runs frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "FrameworkText::is_empty")]
    pub framework_text: FrameworkText,
}

/// A result node with its roll-up and cost in every year assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessedNode {
    /// Stable code, e.g. `G1`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Level in the framework.
    pub level: NodeLevel,
    /// Code of the parent node, if any.
    pub parent_code: Option<String>,
    /// Provenance (`verified`, `illustrative`, …).
    pub provenance: String,
    /// The roll-up of its indicators' statuses in each year (one per year of [`AssessmentInput::years`]).
    pub rollups: Vec<Rollup>,
    /// Its cost in each year, CHF thousands, from the cost roll-up (budget allocations through
    /// contribution weights); empty for levels whose cost the report does not show.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost: Vec<Decimal>,
}

impl AssessedNode {
    /// The roll-up in the closing year: the achievement at the end.
    pub fn at_end(&self) -> Option<&Rollup> {
        self.rollups.last()
    }

    /// Its cost over the years assessed, exact; `None` when its cost is not shown.
    pub fn period_cost(&self) -> Option<Decimal> {
        (!self.cost.is_empty()).then(|| self.cost.iter().copied().sum())
    }
}

/// An indicator's figures in one year, as the status rule decided them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearFigures {
    /// Actual value (possibly from an earlier year, see `actual_year`).
    pub actual: Option<Decimal>,
    /// The year that actual comes from.
    pub actual_year: Option<i32>,
    /// Progress (A − b) / (E − b), unclamped.
    pub progress: Option<Decimal>,
    /// Status.
    pub status: Status,
}

/// An indicator with its figures in every year assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessedIndicator {
    /// Stable code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the result node it is attached to.
    pub node_code: String,
    /// Unit of values.
    pub unit: IndicatorUnit,
    /// Desired direction.
    pub direction: Direction,
    /// Baseline value (as in force in the closing year).
    pub baseline: Option<Decimal>,
    /// Baseline year.
    pub baseline_year: Option<i32>,
    /// End-of-plan target value (as in force in the closing year).
    pub target: Option<Decimal>,
    /// Target year.
    pub target_year: Option<i32>,
    /// Key performance indicator.
    pub is_key: bool,
    /// Owning org unit.
    pub owner_unit: String,
    /// Provenance (`verified`, `illustrative`, …).
    pub provenance: String,
    /// Its figures in each year (one per year of [`AssessmentInput::years`]).
    pub years: Vec<YearFigures>,
    /// Where its approved values are heading at its target year; only for what remains open (not
    /// achieved in the closing year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projection: Option<ProjectionInput>,
}

impl AssessedIndicator {
    /// Its figures in the closing year: the achievement at the end.
    pub fn at_end(&self) -> Option<&YearFigures> {
        self.years.last()
    }

    /// True when its target is not achieved at the end: what the projection is for.
    pub fn is_open(&self) -> bool {
        self.at_end().is_none_or(|f| f.status != Status::Achieved)
    }
}

impl AssessmentInput {
    /// Whether the assessment's outputs are formatted the way inputs built since form
    /// [`super::FORM_FORMATTED`] are. Runs frozen before render as they did.
    pub fn is_formatted_form(&self) -> bool {
        self.form >= super::FORM_FORMATTED
    }

    /// Whether the assessment is written in its language the way inputs built since form
    /// [`ASSESSMENT_FORM_LANGUAGES`] are. Runs frozen before are English and render as they did.
    pub fn is_language_form(&self) -> bool {
        self.form >= ASSESSMENT_FORM_LANGUAGES
    }

    /// The language the assessment's words are in: its language in form [`ASSESSMENT_FORM_LANGUAGES`]
    /// and later, English before.
    pub fn words_language(&self) -> Lang {
        if self.is_language_form() {
            self.language
        } else {
            Lang::En
        }
    }

    /// The language whose conventions the assessment's numbers follow: its language when it is not
    /// English (form [`ASSESSMENT_FORM_LANGUAGES`] and later); `None` (as they were always written)
    /// otherwise.
    pub fn number_language(&self) -> Option<Lang> {
        (self.words_language() != Lang::En).then_some(self.language)
    }

    /// Whether the framework's names are shown in the assessment's language, as inputs built since form
    /// [`ASSESSMENT_FORM_NAMES`] show them. Runs frozen before show the English names, unmarked.
    pub fn is_names_form(&self) -> bool {
        self.form >= ASSESSMENT_FORM_NAMES
    }

    /// The names of the plan, nodes and indicators in the assessment's language, by their English name,
    /// where they were translated (empty in English and before form [`ASSESSMENT_FORM_NAMES`]): the
    /// workbook's name columns and the charts show them.
    pub fn names_in_language(&self) -> std::collections::HashMap<String, String> {
        super::texts::translated(self.names())
    }

    /// The English names of the plan, nodes and indicators that stand in for the assessment's language
    /// because they have no translation in it (none in English, or before form [`ASSESSMENT_FORM_NAMES`]).
    pub fn english_names(&self) -> Vec<String> {
        super::texts::standing_in(self.names())
    }

    /// Every framework name the assessment shows, English and as shown.
    fn names(&self) -> Vec<(&str, Named<'_>)> {
        let mut names = vec![(
            self.plan.name.as_str(),
            name_in(Some(&self.framework_text.plan), self.names_language(), &self.plan.name),
        )];
        names.extend(
            self.nodes
                .iter()
                .map(|n| (n.name.as_str(), self.node_name(&n.code, &n.name))),
        );
        names.extend(
            self.indicators
                .iter()
                .map(|i| (i.name.as_str(), self.indicator_name(&i.code, &i.name))),
        );
        names
    }

    /// The closing year (the last year assessed).
    pub fn closing_year(&self) -> i32 {
        self.years.last().copied().unwrap_or(self.plan.start_year)
    }
}

impl FrameworkNames for AssessmentInput {
    fn framework_text(&self) -> &FrameworkText {
        &self.framework_text
    }

    fn english_plan_name(&self) -> &str {
        &self.plan.name
    }

    fn names_language(&self) -> Lang {
        if self.is_names_form() { self.language } else { Lang::En }
    }
}
