//! The report input: everything the annual report shows, as plain serialisable data.
//!
//! The backend builds a [`ReportInput`] from approved data (statuses already
//! decided by its one status rule), freezes it as JSON with the report run, and
//! renders it again later to rebuild the same bytes. Nothing here is computed
//! from a clock or a database. Every number is an exact [`Decimal`], serialised
//! as a string.

mod assessment;
mod cycles;
mod framework;
mod mandates;
mod operations;
mod questions;
mod restatements;
mod texts;

pub use assessment::{
    ASSESSMENT_FORM, ASSESSMENT_FORM_LANGUAGES, ASSESSMENT_FORM_NAMES, AssessedIndicator, AssessedNode,
    AssessmentInput, YearFigures,
};
pub use cycles::{Predecessor, SeriesPoint, SeriesRelation};
pub use mandates::{MandateInput, MandateVocabulary, NarrativeInput};
pub use questions::{QuestionInput, QuestionMessage};

pub use framework::{
    Aggregation, Direction, DisaggregatedValue, IndicatorInput, IndicatorUnit, LastYear, Message, Milestone, NodeInput,
    NodeLevel, Outlook, ProjectionInput, Quality, ReferenceSheet, RevisionInForce, Rollup, Status, StatusMove,
    UnitRule, line,
};
pub use operations::{
    DataQualityEntry, DataQualityKind, FinanceInput, FinanceKind, FinanceLine, NodeCost, OperationalItem, RiskInput,
    WrittenNote,
};
pub use restatements::{RestatedRevision, RestatedValue, RestatementKind, Restatements};
pub use texts::{FrameworkNames, FrameworkText, LocalText, Named, Translations, name_in};

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
pub use stratrack_i18n::Lang;

/// Provenance value that marks seeded figures as illustrative rather than official.
pub const ILLUSTRATIVE: &str = "illustrative";

/// Everything one annual report to Council is rendered from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportInput {
    /// The strategic plan reported on.
    pub plan: PlanInfo,
    /// The reporting year Y.
    pub year: i32,
    /// The report run this rendering belongs to (its dates come from here, never the clock).
    pub run: RunInfo,
    /// Result nodes of the plan with their roll-ups for year Y, in display order.
    pub nodes: Vec<NodeInput>,
    /// Indicators with their status for year Y, in display order.
    pub indicators: Vec<IndicatorInput>,
    /// Financial plan lines, execution, cost by result node and the plan totals.
    pub finance: FinanceInput,
    /// Operational-plan items for year Y.
    pub operational: Vec<OperationalItem>,
    /// The risk register.
    pub risks: Vec<RiskInput>,
    /// Data-quality notes (provisional, estimated, stale or missing values).
    pub data_quality: Vec<DataQualityEntry>,
    /// Which aggregation rules each unit allows, stated in the annex. Absent from runs frozen before
    /// the annex stated them, which render as they did (and serialise as they were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_rules: Vec<UnitRule>,
    /// The year the report compares Y with, Y − 1: the "change since last year" column of the indicator
    /// tables and the section on status moves. Absent in a plan's first year (no earlier year of the plan
    /// to compare with), and from runs frozen before reports compared years, which render as they did
    /// (and serialise as they were).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_year: Option<i32>,
    /// What changed, since the latest published report for Y − 1 was frozen, in the figures it gave
    /// Council ("Restatements of figures reported last year"). Absent when nothing changed, and from runs
    /// frozen before reports restated, which render as they did (and serialise as they were).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restatements: Option<Restatements>,
    /// Questions from Council members and the replies, every thread of the plan asked up to the freeze:
    /// the annex of that name and `tables/questions.csv`. Absent when nobody asked, and from runs frozen
    /// before Council could ask, which render as they did (and serialise as they were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<QuestionInput>,
    /// The report's form: 0 (absent) for runs frozen before the report stated narratives, revisions in
    /// force and mandates, which render as they did (and serialise as they were); [`FORM_CONTEXT`] and later for inputs
    /// built now, whose report has the indicators' narratives and mandates in the framework sections,
    /// the sections "Framework revisions in force" and "Results serving each resolution", and the
    /// tables `narratives.csv`, `revisions.csv` and `mandates.csv`, even when they are empty.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub form: u32,
    /// The mandates the plan's results serve, each with the nodes and indicators linked to it (the
    /// report's form [`FORM_CONTEXT`] and later only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mandates: Vec<MandateInput>,
    /// The language the report is written in (the report's form [`FORM_LANGUAGES`] and later): its
    /// headings, the words of its charts, `lang` and `dir` of `report.html`. English when absent, as in
    /// every run frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "is_english", with = "lang_code")]
    pub language: Lang,
    /// The framework's names and definitions in every language they were translated into, whatever the
    /// report's language (the report's form [`FORM_CONTENT`] and later): the report shows a name in its
    /// language, or the English one marked as English. Absent when nothing is translated, and from runs
    /// frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "FrameworkText::is_empty")]
    pub framework_text: FrameworkText,
    /// Whether each CSV table starts with a row of its columns' names in the report's language (English
    /// names in an English report), before the row of stable codes that every CSV file has (the report's
    /// form [`FORM_SECTIONS`] and later; see [`ReportInput::csv_headings`]). Chosen when the run is frozen
    /// and kept in its input, so a rebuild writes the same bytes. Absent when not chosen, and from runs
    /// frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub csv_headings_in_language: bool,
}

fn is_english(lang: &Lang) -> bool {
    *lang == Lang::En
}

/// A language as its code (`"ar"`, `"zh"` …) in the frozen input; any other text is refused.
mod lang_code {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    use stratrack_i18n::Lang;

    pub fn serialize<S: Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(lang.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Lang::parse(&code).ok_or_else(|| D::Error::custom(format!("unknown report language {code:?}")))
    }
}

/// The form of inputs built since the report stated narratives, revisions in force and mandates, put each
/// figure's caption first, said one item in the singular and counted items delivered in full (see
/// [`ReportInput::states_context`] and [`ReportInput::is_current_form`]).
pub const FORM_CONTEXT: u32 = 1;

/// The form of inputs built since the report's outputs were formatted for the tools their readers use:
/// the workbook's number formats, chart labels wrapped instead of cut, `report.pdf` (see
/// [`ReportInput::is_formatted_form`]).
pub const FORM_FORMATTED: u32 = 2;

/// The form of inputs built since the report could be written in any of the six official languages:
/// charts with Arabic or Chinese text shaped and drawn from the bundled Noto faces (see
/// [`ReportInput::is_multilingual_form`]).
pub const FORM_LANGUAGES: u32 = 3;

/// The form of inputs built since the report's content came in its language: numbers, percentages,
/// amounts and dates by the language's CLDR conventions, the sections' prose, tables' headers and the
/// charts' notes translated, and the framework's names in every language carried by the input (see
/// [`ReportInput::is_content_form`]).
pub const FORM_CONTENT: u32 = 4;

/// The form of inputs built since the report's sections other than the goals and thematic priorities,
/// their tables' headers, the finance, cost, delivery and breakdown charts' notes, the workbook's header
/// rows and `report.pdf`'s cover came in its language, and the CSV tables could carry a row of names in
/// it (see [`ReportInput::is_sections_form`], docs/I18N.md). Runs of form
/// [`FORM_CONTENT`] keep English outside the goals and thematic priorities.
pub const FORM_SECTIONS: u32 = 5;

/// The form of inputs built since each language's report is a language version of its own: its cover
/// shows the Council symbol with the language's suffix (`C29/35-F`, [`symbol_in`]), the text the CSV and
/// workbook tables carry as values (the reconciliation's checks, the data-quality notes the report writes)
/// is in its language, and a framework name without a translation is marked English in the sections'
/// tables (see [`ReportInput::is_versions_form`], docs/I18N.md). Runs of form [`FORM_SECTIONS`] keep the
/// symbol as typed, English values and unmarked names.
pub const FORM_VERSIONS: u32 = 6;

/// The form of inputs built since the status rule's reasons came in the report's language: the input
/// carries them as messages ([`IndicatorInput::reasons`]), and the indicators' notes, the trajectory
/// charts, the `reason` column of the CSV and workbook tables and a missing value's data-quality note say
/// them in the report's language (see [`ReportInput::is_reasons_form`], docs/I18N.md). English reports of
/// this form are the bytes of form [`FORM_VERSIONS`]; runs of that form keep the English reasons.
pub const FORM_REASONS: u32 = 7;

/// The form of inputs built since a chart's title and the data table under it mark a framework name
/// standing in for the report's language, as its drawing and text alternative do since
/// [`FORM_REASONS`]: the SVG `<title>` follows each such name with "(in English)" in the report's
/// language, the figure's caption marks it `lang="en"` with that mark, and the data table marks each
/// cell holding one `lang="en"` (see [`ReportInput::is_chart_names_form`]). English reports of this form
/// are the bytes of form [`FORM_REASONS`]; runs of that form keep the title and the table unmarked.
pub const FORM_CHART_NAMES: u32 = 8;

/// The report's current form, the one inputs built now carry (see [`ReportInput::form`]).
pub const FORM: u32 = FORM_CHART_NAMES;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The strategic plan and the thresholds its status rule uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanInfo {
    /// Stable plan code, e.g. `SP-2028-2031`.
    pub code: String,
    /// Plan title.
    pub name: String,
    /// The resolution adopting the plan, e.g. `Resolution 71 (Rev. Doha, 2026)`.
    pub resolution: String,
    /// First year of the plan period.
    pub start_year: i32,
    /// Last year of the plan period.
    pub end_year: i32,
    /// Thresholds of the status rule, as set for this plan.
    pub thresholds: Thresholds,
}

/// The plan's status-rule thresholds (stated in the report's annex).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Minimum progress for `on_track`, e.g. `0.95`.
    pub on_track: Decimal,
    /// Minimum progress for `at_risk`, e.g. `0.75`.
    pub at_risk: Decimal,
    /// `maintain` indicators are on track within ± this percentage of the target, e.g. `5`.
    pub maintain_on_track_pct: Decimal,
    /// `maintain` indicators are at risk within ± this percentage of the target, e.g. `10`.
    pub maintain_at_risk_pct: Decimal,
    /// How many years an earlier approved value may stand in for a missing one.
    pub max_age_years: u32,
}

/// The report run record the rendering belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunInfo {
    /// Run identifier as the backend knows it (e.g. `"42"`, or `"preview"`).
    pub run_id: String,
    /// Identifier of the data snapshot the input was built from.
    pub snapshot_id: String,
    /// When the run was created, from the run record; every date inside the files comes from here.
    pub generated_at: DateTime<Utc>,
    /// The Council document symbol the report is issued under (e.g. `C29/35-E`), shown on the cover of
    /// `report.pdf`. Absent when none was given, and from runs frozen before runs had one (which render
    /// and serialise as they did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The Council session the report goes to (e.g. `Council 2029, Geneva, 9–19 July 2029`), shown on the
    /// cover of `report.pdf`. Absent when none was given, and from runs frozen before runs had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

impl ReportInput {
    /// Whether the report states narratives, the revisions in force and mandates in sections and tables
    /// of their own (the form of runs built since; see [`ReportInput::form`]).
    pub fn states_context(&self) -> bool {
        self.form >= FORM_CONTEXT
    }

    /// Whether the report is written the way inputs built since form [`FORM_CONTEXT`] are: each figure's caption
    /// first (valid HTML), one item or unit said in the singular ("1 assembly", "1 item"), and the items
    /// table's "In full" column (with `delivered_in_full` in `operational_delivery.csv`) that the
    /// summary's count of items delivered in full reads. Runs frozen before render as they did.
    pub fn is_current_form(&self) -> bool {
        self.form >= FORM_CONTEXT
    }

    /// Whether the report's outputs are formatted the way inputs built since form [`FORM_FORMATTED`]
    /// are. Runs frozen before render as they did.
    pub fn is_formatted_form(&self) -> bool {
        self.form >= FORM_FORMATTED
    }

    /// Whether the report is written the way inputs built since form [`FORM_LANGUAGES`] are: text in
    /// any script shaped and measured with the bundled faces. Runs frozen before render as they did.
    pub fn is_multilingual_form(&self) -> bool {
        self.form >= FORM_LANGUAGES
    }

    /// Whether the report's content is written in its language the way inputs built since form
    /// [`FORM_CONTENT`] are (numbers by its conventions, prose and headers translated). Runs frozen
    /// before render as they did.
    pub fn is_content_form(&self) -> bool {
        self.form >= FORM_CONTENT
    }

    /// Whether every section, header and chart note of the report is written in its language the way
    /// inputs built since form [`FORM_SECTIONS`] are. Runs frozen before render as they did.
    pub fn is_sections_form(&self) -> bool {
        self.form >= FORM_SECTIONS
    }

    /// Whether the report is a language version of its own the way inputs built since form
    /// [`FORM_VERSIONS`] are: the symbol with the language's suffix, the tables' text values in its
    /// language, untranslated names marked English in the sections' tables. Runs frozen before render as
    /// they did.
    pub fn is_versions_form(&self) -> bool {
        self.form >= FORM_VERSIONS
    }

    /// Whether the status rule's reasons are said in the report's language the way inputs built since
    /// form [`FORM_REASONS`] are. Runs frozen before render as they did.
    pub fn is_reasons_form(&self) -> bool {
        self.form >= FORM_REASONS
    }

    /// Whether a chart's title and data table mark an English name standing in for the report's
    /// language, as inputs built since form [`FORM_CHART_NAMES`] do. Runs frozen before render as they
    /// did.
    pub fn is_chart_names_form(&self) -> bool {
        self.form >= FORM_CHART_NAMES
    }

    /// The Council symbol the cover shows: in form [`FORM_VERSIONS`] and later the run's symbol with the
    /// suffix of the report's language ([`symbol_in`]), before it as typed; `None` when the run has none.
    pub fn symbol(&self) -> Option<String> {
        let typed = self.run.symbol.as_deref()?;
        Some(if self.is_versions_form() {
            symbol_in(typed, self.language)
        } else {
            typed.to_owned()
        })
    }

    /// Whether the CSV tables carry a row of their columns' names in the report's language above their
    /// codes ([`ReportInput::csv_headings_in_language`], form [`FORM_SECTIONS`] and later).
    pub fn csv_headings(&self) -> bool {
        self.is_sections_form() && self.csv_headings_in_language
    }

    /// The language whose conventions the report's numbers and dates follow: the report's language in
    /// form [`FORM_CONTENT`] and later when it is not English; `None` (as reports always wrote them)
    /// otherwise.
    pub fn number_language(&self) -> Option<Lang> {
        (self.is_content_form() && self.language != Lang::En).then_some(self.language)
    }

    /// Every framework revision in force for the year, with its indicator, in report order: the rows of
    /// "Framework revisions in force" and of `revisions.csv`.
    pub fn revisions_in_force(&self) -> impl Iterator<Item = (&IndicatorInput, &RevisionInForce)> {
        self.indicators
            .iter()
            .flat_map(|i| i.revisions.iter().map(move |r| (i, r)))
    }

    /// A copy of the input whose plan, node, indicator and dimension-value names are in the report's
    /// language where they were translated (form [`FORM_CONTENT`] and later, another language than
    /// English); `None` when the report shows the English names. The charts are drawn from it: a chart's
    /// text cannot mark a fragment as English, so an untranslated name is simply the English one.
    pub fn with_names_in_language(&self) -> Option<ReportInput> {
        if !self.is_content_form() || self.language == Lang::En || self.framework_text.is_empty() {
            return None;
        }
        let mut named = self.clone();
        named.plan.name = self.plan_name().to_owned();
        for n in &mut named.nodes {
            n.name = self.node_name(&n.code, &n.name).text.to_owned();
        }
        for i in &mut named.indicators {
            i.name = self.indicator_name(&i.code, &i.name).text.to_owned();
            for d in &mut i.disaggregations {
                let key = format!("{}/{}", d.dimension, d.value_code);
                d.value_name = name_in(
                    self.framework_text.values.get(&key),
                    self.names_language(),
                    &d.value_name,
                )
                .text
                .to_owned();
            }
        }
        Some(named)
    }

    /// The English names of the plan, nodes, indicators and dimension values that stand in for the
    /// report's language because they have no translation in it (none in English, or before form
    /// [`FORM_CONTENT`]).
    pub fn english_names(&self) -> Vec<String> {
        texts::standing_in(self.names())
    }

    /// The framework's names (plan, nodes, indicators, dimension values) in the report's language, by
    /// their English name, where they were translated (form [`FORM_REASONS`] and later, another language
    /// than English; empty otherwise): the workbook's name columns show them.
    pub fn names_in_language(&self) -> std::collections::HashMap<String, String> {
        if !self.is_reasons_form() || self.language == Lang::En {
            return std::collections::HashMap::new();
        }
        texts::translated(self.names())
    }

    /// Every framework name the report shows, English and as shown, in report order.
    fn names(&self) -> Vec<(&str, Named<'_>)> {
        let mut names = vec![(
            self.plan.name.as_str(),
            name_in(Some(&self.framework_text.plan), self.names_language(), &self.plan.name),
        )];
        for n in &self.nodes {
            names.push((&n.name, self.node_name(&n.code, &n.name)));
        }
        for i in &self.indicators {
            names.push((&i.name, self.indicator_name(&i.code, &i.name)));
            for d in &i.disaggregations {
                let key = format!("{}/{}", d.dimension, d.value_code);
                names.push((
                    &d.value_name,
                    name_in(
                        self.framework_text.values.get(&key),
                        self.names_language(),
                        &d.value_name,
                    ),
                ));
            }
        }
        names
    }

    /// The node with this code, if any.
    pub fn node(&self, code: &str) -> Option<&NodeInput> {
        self.nodes.iter().find(|n| n.code == code)
    }
}

/// The letter the United Nations put after a document's symbol for its version in `lang`: `A` Arabic,
/// `C` Chinese, `E` English, `F` French, `R` Russian, `S` Spanish.
pub fn symbol_suffix(lang: Lang) -> char {
    match lang {
        Lang::Ar => 'A',
        Lang::Zh => 'C',
        Lang::En => 'E',
        Lang::Fr => 'F',
        Lang::Ru => 'R',
        Lang::Es => 'S',
    }
}

/// The symbol of the version in `lang` of the document whose symbol is `symbol`: a symbol ending in a
/// language's suffix (`C29/35-E`) has it replaced (`C29/35-F`), a symbol without one (`C29/35`) gets it
/// appended (`C29/35-F`). Space around the symbol is dropped. Only a final hyphen and one of the six
/// capital letters is a suffix, so `C29/INF/5` or `C29/35-Add.1` gain one.
pub fn symbol_in(symbol: &str, lang: Lang) -> String {
    let symbol = symbol.trim();
    let base = match symbol.rsplit_once('-') {
        Some((base, suffix)) if Lang::ALL.iter().any(|l| suffix == symbol_suffix(*l).to_string()) => base,
        _ => symbol,
    };
    format!("{base}-{}", symbol_suffix(lang))
}

/// The data-quality note of a value missing for the status rule's `reason` ("no baseline; no target"):
/// the reason as a sentence ("No baseline; no target."), as the report's builder writes it into
/// [`DataQualityEntry::detail`].
pub fn missing_note(reason: &str) -> String {
    let mut out = capitalised(reason);
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// `s` with its first letter in upper case (scripts without case unchanged).
pub(crate) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// True when a provenance string marks a figure as illustrative.
pub fn is_illustrative(provenance: &str) -> bool {
    provenance.eq_ignore_ascii_case(ILLUSTRATIVE)
}

impl FrameworkNames for ReportInput {
    fn framework_text(&self) -> &FrameworkText {
        &self.framework_text
    }

    fn english_plan_name(&self) -> &str {
        &self.plan.name
    }

    fn names_language(&self) -> Lang {
        if self.is_content_form() {
            self.language
        } else {
            Lang::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symbol_with_a_language_suffix_has_it_replaced_by_each_languages() {
        let got: Vec<String> = Lang::ALL.iter().map(|l| symbol_in("C29/35-E", *l)).collect();
        assert_eq!(
            got,
            ["C29/35-A", "C29/35-E", "C29/35-S", "C29/35-F", "C29/35-R", "C29/35-C"]
        );
        assert_eq!(symbol_in("C29/35-R", Lang::Zh), "C29/35-C");
        assert_eq!(
            symbol_in(" C29/35-F ", Lang::Fr),
            "C29/35-F",
            "the same language keeps it"
        );
    }

    #[test]
    fn a_symbol_without_a_suffix_gets_the_languages_appended() {
        assert_eq!(symbol_in("C29/35", Lang::Ar), "C29/35-A");
        assert_eq!(symbol_in("C29/INF/5", Lang::En), "C29/INF/5-E");
        // Not a language's suffix: a lower-case letter, another letter, a longer part.
        assert_eq!(symbol_in("C29/35-e", Lang::Fr), "C29/35-e-F");
        assert_eq!(symbol_in("C29/35-B", Lang::Fr), "C29/35-B-F");
        assert_eq!(symbol_in("C29/35-Add.1", Lang::Es), "C29/35-Add.1-S");
    }

    #[test]
    fn the_cover_shows_the_languages_symbol_only_from_form_6() {
        let mut input = crate::fixtures::sample();
        input.run.symbol = Some("C29/35-E".into());
        input.language = Lang::Fr;
        input.form = FORM_SECTIONS;
        assert_eq!(input.symbol().as_deref(), Some("C29/35-E"), "form 5: as typed");
        input.form = FORM_VERSIONS;
        assert_eq!(input.symbol().as_deref(), Some("C29/35-F"));
        input.run.symbol = None;
        assert_eq!(input.symbol(), None);
    }
}
