//! The indicator page's trajectory chart in the reader's language (issue 17.1): the report's trajectory
//! chart ([`stratrack_reports::charts::trajectory`]) drawn again from the figures the page was given
//! ([`crate::models::report_input::charts::Trajectory`]) as a report of the current form in that language
//! draws it ([`stratrack_reports::charts::drawn_as_for`]): title, subtitle ("Statut 2028 : …"), axes,
//! legend, data table and text alternative in the language, numbers by its conventions, Arabic shaped
//! in a right-to-left embedding; the indicator named in the language where translated (a chart cannot
//! mark a fragment: else the English name, unmarked), and why it has no status said as the page says
//! it ([`crate::status::Assessment::reason_in`]). English readers get the chart exactly as before.

use crate::error::AppError;
use crate::language::Lang;
use crate::models::evaluation::Evaluation;
use chrono::{DateTime, Utc};
use stratrack_reports::ReportInput;
use stratrack_reports::charts::{drawn_as_for, font, trajectory};
use stratrack_reports::input::{FORM, FinanceInput, IndicatorInput, RunInfo};

/// The inline SVG of the trajectory of indicator `id` (`item`) in `ev`'s year, in `lang`, named `name`,
/// with `reason` for why it has no status (if it has none).
pub fn in_language(
    ev: &Evaluation,
    id: i32,
    mut item: IndicatorInput,
    name: String,
    reason: Option<String>,
    lang: Lang,
) -> Result<String, AppError> {
    font::fonts().map_err(|e| AppError::Internal(format!("chart: {e}")))?;
    let slug = format!("trajectory-{id}");
    item.name = name;
    item.reason = reason;
    let input = in_words_of(ev, lang);
    let chart = drawn_as_for(&input, || trajectory::chart(slug, &item, &input));
    Ok(chart.svg_inline())
}

/// An input holding only the plan, the year and the language, as the trajectory chart needs it.
fn in_words_of(ev: &Evaluation, lang: Lang) -> ReportInput {
    ReportInput {
        plan: crate::models::report_input::plan_info(&ev.plan),
        year: ev.year,
        run: RunInfo {
            run_id: "page".into(),
            snapshot_id: String::new(),
            generated_at: DateTime::<Utc>::UNIX_EPOCH,
            symbol: None,
            session: None,
        },
        nodes: Vec::new(),
        indicators: Vec::new(),
        finance: FinanceInput {
            lines: Vec::new(),
            cost_by_node: Vec::new(),
            books: Default::default(),
        },
        operational: Vec::new(),
        risks: Vec::new(),
        data_quality: Vec::new(),
        unit_rules: Vec::new(),
        since_year: None,
        restatements: None,
        questions: Vec::new(),
        form: FORM,
        mandates: Vec::new(),
        language: lang,
        framework_text: Default::default(),
        csv_headings_in_language: false,
    }
}
