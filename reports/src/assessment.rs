//! The four-year assessment: the end-of-period report on a whole plan for the Plenipotentiary
//! Conference, rendered from an [`AssessmentInput`] into the same forms as the annual report
//! (`report.html`, `report.xlsx`, `tables/*.csv`, SVG and PNG charts, `manifest.json` with checksums),
//! byte for byte the same for the same input.
//!
//! The page and charts are rendered on a helper thread while this thread writes each table as a sheet
//! and as CSV (the larger tables are drawn from the input row by row, never held whole).

use crate::input::FrameworkNames as _;
use std::thread;

use crate::analysis::ProjectionCounts;
use crate::charts::catalog;
use crate::charts::frame::Labels;
use crate::charts::status::Stacked;
use crate::charts::{Chart, font};
use crate::error::RenderError;
use crate::input::{AssessmentInput, NodeInput, NodeLevel, Outlook, is_illustrative};
use crate::manifest::{self, Manifest, ManifestEntry, Report, ReportFile};
use crate::words::Words;
use crate::{html, tables, xlsx};
use stratrack_i18n::Arg;

/// What the manifest calls this kind of report.
pub const KIND: &str = "assessment";

/// Counts the page states: indicators per status in each year, and the outlooks of what remains open.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// Per year assessed, the number of indicators per status, in [`crate::input::Status::ALL`] order.
    pub by_year: Vec<[u32; 5]>,
    /// Outlooks of the indicators not achieved in the closing year.
    pub projections: ProjectionCounts,
}

impl Counts {
    /// The counts of `input`.
    pub fn of(input: &AssessmentInput) -> Self {
        let by_year = input
            .overall
            .iter()
            .map(|r| {
                let mut c = [0; 5];
                for (slot, s) in c.iter_mut().zip(crate::input::Status::ALL) {
                    *slot = r.count(s);
                }
                c
            })
            .collect();
        let mut projections = ProjectionCounts::default();
        for p in input.indicators.iter().filter_map(|i| i.projection.as_ref()) {
            projections.total += 1;
            match p.outlook {
                Outlook::Likely => projections.likely += 1,
                Outlook::Unlikely => projections.unlikely += 1,
                Outlook::TooEarly => projections.too_early += 1,
            }
        }
        Counts { by_year, projections }
    }
}

/// The assessment's charts.
#[derive(Debug, Clone)]
pub struct AssessmentCharts {
    /// Indicators per status in each year, the whole plan.
    pub status_by_year: Chart,
    /// Cost per strategic goal over the period.
    pub cost_by_goal: Chart,
}

impl AssessmentCharts {
    /// The charts of `input`, in its language (form [`crate::input::ASSESSMENT_FORM_LANGUAGES`] and later:
    /// its words, its numbers' conventions, Arabic or Chinese text shaped).
    pub fn build(input: &AssessmentInput) -> Self {
        font::with_shaping(input.is_language_form(), || {
            crate::words::with(Words::of_assessment(input), || {
                crate::format::locale::with(input.number_language(), || Self::build_in(input))
            })
        })
    }

    fn build_in(input: &AssessmentInput) -> Self {
        let w = crate::words::current();
        let (first, last) = (input.plan.start_year, input.closing_year());
        let illustrative = input.indicators.iter().any(|i| is_illustrative(&i.provenance))
            || input.nodes.iter().any(|n| is_illustrative(&n.provenance));
        let all = w.t("report-assessment-all-indicators", "all indicators");
        let rows: Vec<NodeInput> = input
            .years
            .iter()
            .zip(&input.overall)
            .map(|(y, r)| NodeInput {
                code: y.to_string(),
                name: all.clone(),
                level: NodeLevel::Goal,
                parent_code: None,
                owner_unit: None,
                provenance: String::new(),
                rollup: r.clone(),
            })
            .collect();
        let separator = w.t("report-list-separator", ", ");
        let alt = rows
            .iter()
            .map(|n| {
                let counts: Vec<String> = crate::input::Status::ALL
                    .iter()
                    .map(|s| format!("{} {}", n.rollup.count(*s), w.status(*s).to_lowercase()))
                    .collect();
                format!("{}: {}", n.code, counts.join(&separator))
            })
            .collect::<Vec<_>>()
            .join(&w.t("report-notes-separator", "; "));
        let years = [("first", Arg::from(first)), ("last", Arg::from(last))];
        let status_by_year = Stacked {
            slug: "status-by-year",
            title: w.t_with(
                "report-assessment-chart-status-title",
                format!("Indicator status by year, {first}–{last}"),
                &years,
            ),
            subtitle: w.t(
                "report-assessment-chart-status-subtitle",
                "Number of indicators of the whole plan per status in each year. At risk is hatched, off \
                 track cross-hatched; n = indicators, % = mean progress.",
            ),
            alt: w.t_with(
                "report-assessment-chart-status-alt",
                format!("Stacked bar chart of indicator status in each year from {first} to {last}. {alt}."),
                &[years[0].clone(), years[1].clone(), ("parts", Arg::from(&alt))],
            ),
            empty: w.t_with(
                "report-assessment-chart-status-empty",
                format!("No indicator is rated in any year from {first} to {last}."),
                &years,
            ),
            illustrative,
            labels: Labels::of(input.is_formatted_form()),
        }
        .chart(&rows.iter().collect::<Vec<_>>());
        let goals: Vec<(&str, &str, rust_decimal::Decimal)> = input
            .nodes
            .iter()
            .filter(|n| n.level == NodeLevel::Goal)
            .filter_map(|n| {
                n.period_cost()
                    .map(|c| (n.code.as_str(), input.node_name(&n.code, &n.name).text, c))
            })
            .collect();
        let mut cost_by_goal = catalog::cost_of(
            &goals,
            NodeLevel::Goal,
            "cost-by-goal",
            &format!("{first}–{last}"),
            illustrative,
            Labels::of(input.is_formatted_form()),
        );
        // A goal's name without a translation in the assessment's language is marked as English.
        let english = input.english_names();
        if !english.is_empty() && input.words_language() != crate::input::Lang::En {
            let in_english = w.t("translation-in-english", "in English");
            let mark = format!("({in_english})");
            cost_by_goal.mark_english(&english, &mark);
            cost_by_goal.mark_english_title(&english, &mark);
        }
        AssessmentCharts {
            status_by_year,
            cost_by_goal,
        }
    }

    /// Every chart, in file order.
    pub fn all(&self) -> [&Chart; 2] {
        [&self.status_by_year, &self.cost_by_goal]
    }
}

/// Renders every file of the assessment of `input` (see [`render_assessment_each`]).
pub fn render_assessment(input: &AssessmentInput) -> Result<Report, RenderError> {
    render_assessment_with_progress(input, &mut |_, _, _| {})
}

/// Renders every file of the assessment of `input` into memory, calling `progress(done, total, what)`
/// after each.
pub fn render_assessment_with_progress(
    input: &AssessmentInput,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Report, RenderError> {
    let (files, manifest) = crate::in_memory(|put| render_assessment_each(input, put, progress))?;
    Ok(Report::dated(files, manifest, input.run.generated_at))
}

/// Renders every file of the assessment and hands each to `out(slot, file)` as soon as it is ready (the
/// page, the workbook, the tables, each chart's SVG and PNG, the manifest last); `progress(done, total,
/// what)` after each. Returns the manifest.
pub fn render_assessment_each(
    input: &AssessmentInput,
    out: &mut dyn FnMut(usize, ReportFile) -> Result<(), RenderError>,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Manifest, RenderError> {
    font::fonts()?;
    let counts = Counts::of(input);
    let tables = tables::assessment::tables(input);
    let (first, last) = (input.plan.start_year, input.closing_year());
    let w = Words::of_assessment(input);
    let years = [("first", Arg::from(first)), ("last", Arg::from(last))];
    let mut book = xlsx::Book::titled(
        &input.plan,
        &input.run,
        w.t_with(
            "report-assessment-xlsx-title",
            format!("{} — assessment {first}–{last}", input.plan.name),
            &[
                ("plan", Arg::from(input.plan_name())),
                years[0].clone(),
                years[1].clone(),
            ],
        ),
        w.t_with(
            "report-assessment-xlsx-subject",
            format!("Assessment of the results of the strategic plan, {first}–{last}"),
            &years,
        ),
        input.is_formatted_form(),
    )?
    .in_language(w)
    .with_names(input.names_in_language());
    let chart_slot = 2 + tables.len();
    let total = chart_slot + 2 * 2 + 1;
    let mut entries: Vec<Option<ManifestEntry>> = vec![None; total - 1];
    let mut done = 0;
    let mut put = |slot: usize, file: ReportFile| -> Result<(), RenderError> {
        entries[slot] = Some(ManifestEntry::of(&file));
        let what = file.path.clone();
        out(slot, file)?;
        done += 1;
        progress(done, total, &what);
        Ok(())
    };
    // The page and charts on a helper thread, the tables and workbook on this one.
    let drawn = thread::scope(|s| -> Result<Vec<(usize, ReportFile)>, RenderError> {
        let helper = s.spawn(|| -> Result<Vec<(usize, ReportFile)>, RenderError> {
            let charts = AssessmentCharts::build(input);
            let mut files = vec![(
                0,
                ReportFile::new(
                    "report.html",
                    html::assessment::page(input, &counts, &charts).into_bytes(),
                ),
            )];
            for (i, chart) in charts.all().into_iter().enumerate() {
                let slot = chart_slot + 2 * i;
                files.push((
                    slot,
                    ReportFile::new(format!("charts/{}.svg", chart.slug), chart.svg_file().into_bytes()),
                ));
                files.push((
                    slot + 1,
                    ReportFile::new(format!("charts/{}.png", chart.slug), chart.png_file()?),
                ));
            }
            Ok(files)
        });
        for (i, table) in tables.iter().enumerate() {
            book.add(table)?;
            put(
                2 + i,
                ReportFile::new(format!("tables/{}.csv", table.name), table.to_csv()?),
            )?;
        }
        put(1, ReportFile::new("report.xlsx", book.finish()?))?;
        helper
            .join()
            .map_err(|_| RenderError::Chart("the page and charts thread failed".into()))?
    })?;
    for (slot, file) in drawn {
        put(slot, file)?;
    }
    let entries = entries
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| RenderError::Chart("a file of the assessment was not rendered".into()))?;
    let manifest = Manifest::of(&input.plan, Some(KIND), last, &input.run, entries);
    out(total - 1, ReportFile::new(manifest::MANIFEST, manifest.to_json()?))?;
    progress(total, total, manifest::MANIFEST);
    Ok(manifest)
}
