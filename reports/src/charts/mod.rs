//! The report's charts: which ones exist, their data tables and text alternatives, and their
//! SVG and PNG files. Each chart kind lives in its own module and builds a [`scene::Scene`].

pub mod axis;
pub mod bars;
pub mod catalog;
pub mod font;
pub mod frame;
pub mod png;
pub mod raster;
pub mod scene;
pub mod script;
pub mod status;
pub mod svg;
pub mod trajectory;
mod trajectory_notes;

use std::collections::HashSet;

use crate::analysis::Analysis;
use crate::error::RenderError;
use scene::Scene;
use svg::SvgMode;

/// A small table of the figures a chart shows, printed beside it in the HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataTable {
    /// Column headers.
    pub headers: Vec<String>,
    /// Which columns hold numbers (right-aligned).
    pub numeric: Vec<bool>,
    /// Rows of display text.
    pub rows: Vec<Vec<String>>,
}

impl DataTable {
    /// A table with these headers; `numeric` marks right-aligned columns.
    pub fn new(headers: &[&str], numeric: &[bool]) -> Self {
        Self {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            numeric: numeric.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Appends a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
}

/// One chart of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// File stem and HTML id, unique in the report (`status-by-goal`, `trajectory-t1-1-k1`…).
    pub slug: String,
    /// Title (also the SVG `<title>`).
    pub title: String,
    /// Text alternative (the SVG `<desc>`).
    pub alt: String,
    /// The figures shown, as a table.
    pub data: DataTable,
    /// The drawing.
    pub scene: Scene,
    /// The English names standing in for the report's language that its title and data table mark
    /// (report form [`crate::input::FORM_CHART_NAMES`] and later, see [`Chart::mark_english_title`]);
    /// empty otherwise.
    pub english_names: Vec<String>,
}

impl Chart {
    /// Marks each of `names` (framework names standing in for the report's language) as English: in the
    /// drawing's text (`lang="en"`), and in the text alternative followed by `mark` ("(in English)").
    pub fn mark_english(&mut self, names: &[String], mark: &str) {
        self.scene.english = names.to_vec();
        self.alt = marked(&self.alt, names, mark);
    }

    /// Marks each of `names` as English in the chart's title too, followed by `mark` as in the text
    /// alternative (the SVG `<title>` holds text only), and has the figure's caption and data table mark
    /// them `lang="en"` ([`crate::html::builder::Html::figure_in`]).
    pub fn mark_english_title(&mut self, names: &[String], mark: &str) {
        self.title = marked(&self.title, names, mark);
        self.english_names = names.to_vec();
    }

    /// The standalone SVG file.
    pub fn svg_file(&self) -> String {
        svg::to_svg(&self.scene, &self.slug, &self.title, &self.alt, SvgMode::File)
    }

    /// The SVG as embedded in the HTML page.
    pub fn svg_inline(&self) -> String {
        svg::to_svg(&self.scene, &self.slug, &self.title, &self.alt, SvgMode::Inline)
    }

    /// The PNG file: painted from the scene, or, for a shaped chart with Arabic or Chinese text, its SVG
    /// file rendered by resvg (which shapes and orders the text; see [`raster`]).
    pub fn png_file(&self) -> Result<Vec<u8>, RenderError> {
        if self.scene.needs_shaping() {
            raster::svg_to_png(&self.svg_file())
        } else {
            png::to_png(&self.scene)
        }
    }
}

/// Every chart the report shows.
#[derive(Debug, Clone)]
pub struct ChartSet {
    /// Status distribution per strategic goal.
    pub status_by_goal: Chart,
    /// Status distribution per thematic priority.
    pub status_by_priority: Chart,
    /// Trajectories of target-level and key indicators: (indicator code, chart).
    pub trajectories: Vec<(String, Chart)>,
    /// Budget against actual per org unit.
    pub budget: Chart,
    /// Cost per strategic goal.
    pub cost_by_goal: Chart,
    /// Cost per thematic priority.
    pub cost_by_priority: Chart,
    /// Operational-plan delivery rate per unit.
    pub delivery: Chart,
    /// Breakdowns by sex and by region: (indicator code, chart).
    pub breakdowns: Vec<(String, Chart)>,
}

/// Runs `draw` as the charts of the report of `input` are drawn: with the words of its language and form,
/// its numbers' conventions, and Arabic or Chinese text shaped (form [`crate::input::FORM_LANGUAGES`] and
/// later). The web pages draw the report's charts in the reader's language through it; the framework's
/// names in the language come from [`crate::input::ReportInput::with_names_in_language`].
pub fn drawn_as_for<T>(input: &crate::input::ReportInput, draw: impl FnOnce() -> T) -> T {
    font::with_shaping(input.is_multilingual_form(), || {
        crate::words::with(crate::words::Words::of(input), || {
            crate::format::locale::with(input.number_language(), draw)
        })
    })
}

impl ChartSet {
    /// Builds every chart the report shows (shaped in the report's form
    /// [`crate::input::FORM_LANGUAGES`] and later, see [`font::with_shaping`]).
    pub fn build(a: &Analysis<'_>) -> Self {
        // In another language (form 4 and later), drawn with the framework's names in that language.
        let mut set = match a.input.with_names_in_language() {
            Some(named) => Self::build_of(&Analysis::new(&named)),
            None => Self::build_of(a),
        };
        // Since form 7 an English name standing in for the language is marked as English; since form 8
        // in the charts' titles and data tables too.
        if a.input.is_reasons_form() && a.input.language != crate::input::Lang::En {
            let in_english = crate::words::Words::of(a.input).t("translation-in-english", "in English");
            set.mark_english(
                &a.input.english_names(),
                &format!("({in_english})"),
                a.input.is_chart_names_form(),
            );
        }
        set
    }

    fn build_of(a: &Analysis<'_>) -> Self {
        drawn_as_for(a.input, || Self::build_all(a))
    }

    fn build_all(a: &Analysis<'_>) -> Self {
        let mut slugs = Slugs::default();
        let trajectories = a
            .trajectory
            .iter()
            .map(|i| {
                let slug = slugs.unique(&format!("trajectory-{}", i.code));
                (i.code.clone(), trajectory::chart(slug, i, a.input))
            })
            .collect();
        let mut breakdowns = Vec::new();
        for i in &a.breakdown {
            for dim in catalog::dimensions(i) {
                let slug = slugs.unique(&format!("breakdown-{}-{dim}", i.code));
                let labels = frame::Labels::of(a.input.is_formatted_form());
                breakdowns.push((i.code.clone(), catalog::breakdown(slug, i, &dim, a.input.year, labels)));
            }
        }
        ChartSet {
            status_by_goal: status::by_level(a, crate::input::NodeLevel::Goal, "status-by-goal"),
            status_by_priority: status::by_level(
                a,
                crate::input::NodeLevel::ThematicPriority,
                "status-by-thematic-priority",
            ),
            trajectories,
            budget: catalog::budget(a),
            cost_by_goal: catalog::cost(a, crate::input::NodeLevel::Goal, "cost-by-goal"),
            cost_by_priority: catalog::cost(
                a,
                crate::input::NodeLevel::ThematicPriority,
                "cost-by-thematic-priority",
            ),
            delivery: catalog::delivery(a),
            breakdowns,
        }
    }

    /// Marks the English `names` (standing in for the report's language) in every chart: each SVG text
    /// holding one gets `lang="en"`, and the text alternative follows each with `mark` ("(en anglais)").
    fn mark_english(&mut self, names: &[String], mark: &str, titles: bool) {
        if names.is_empty() {
            return;
        }
        let mut charts = vec![
            &mut self.status_by_goal,
            &mut self.status_by_priority,
            &mut self.budget,
            &mut self.cost_by_goal,
            &mut self.cost_by_priority,
            &mut self.delivery,
        ];
        charts.extend(self.trajectories.iter_mut().map(|(_, c)| c));
        charts.extend(self.breakdowns.iter_mut().map(|(_, c)| c));
        for chart in charts {
            chart.mark_english(names, mark);
            if titles {
                chart.mark_english_title(names, mark);
            }
        }
    }

    /// Every chart, in file order.
    pub fn all(&self) -> Vec<&Chart> {
        let mut out = vec![&self.status_by_goal, &self.status_by_priority];
        out.extend(self.trajectories.iter().map(|(_, c)| c));
        out.extend([&self.budget, &self.cost_by_goal, &self.cost_by_priority, &self.delivery]);
        out.extend(self.breakdowns.iter().map(|(_, c)| c));
        out
    }
}

/// `text` with each of `names` (longest first, none inside another marked twice) followed by `mark`.
fn marked(text: &str, names: &[String], mark: &str) -> String {
    let mut names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while !rest.is_empty() {
        for n in &names {
            if let Some(after) = rest.strip_prefix(n.as_str()) {
                out.push_str(n);
                out.push(' ');
                out.push_str(mark);
                rest = after;
                continue 'scan;
            }
        }
        let c = rest.chars().next().unwrap_or_default();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Hands out file-safe, unique slugs.
#[derive(Default)]
struct Slugs(HashSet<String>);

impl Slugs {
    fn unique(&mut self, raw: &str) -> String {
        let mut base = String::with_capacity(raw.len());
        for c in raw.chars() {
            if c.is_ascii_alphanumeric() {
                base.push(c.to_ascii_lowercase());
            } else if !base.ends_with('-') {
                base.push('-');
            }
        }
        let base = base.trim_matches('-').to_owned();
        let mut slug = base.clone();
        let mut n = 2;
        while !self.0.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::marked;

    #[test]
    fn each_english_name_in_a_text_alternative_is_followed_by_the_mark_once() {
        let names = ["Late one".to_owned(), "Late one, revised".to_owned()];
        assert_eq!(
            marked("Barres : Late one, revised 3 ; Late one 2.", &names, "(en anglais)"),
            "Barres : Late one, revised (en anglais) 3 ; Late one (en anglais) 2."
        );
        assert_eq!(marked("Rien à marquer", &names, "(en anglais)"), "Rien à marquer");
    }
}
