//! Phase one of seeding: every file parsed into typed rows and cross-checked, with no database.
//! `stratrack check` stops here; `stratrack seed` goes on to [`super::load`] only when nothing is wrong.

use super::files::{FILES, Source};
use super::reader::{Problem, Row, Sheet};
use crate::fixed::Fixed;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

mod finance;
mod framework;
mod indicators;
mod measurements;
mod operations;

/// Provenance values a seeded row may carry.
pub const PROVENANCE: &[&str] = &["verified", "verified-2nd", "illustrative"];

macro_rules! rows {
    ($($(#[$m:meta])* $name:ident { $($f:ident : $t:ty),* $(,)? })*) => {
        $( $(#[$m])* #[derive(Debug, Clone)] #[allow(missing_docs)] pub struct $name { pub line: u64, $(pub $f: $t),* } )*
    };
}

rows! {
    /// `org_units.csv`
    OrgUnitRow { code: String, name: String, kind: String, parent_code: Option<String>, provenance: String, source: String }
    /// `plans.csv`
    PlanRow { code: String, name: String, resolution: String, start_year: i32, end_year: i32, status: String,
        predecessor_code: Option<String>, max_age_years: i32, on_track_threshold: Fixed, at_risk_threshold: Fixed,
        maintain_on_track_pct: Fixed, maintain_at_risk_pct: Fixed, contributory_unit_chf: Option<Fixed>,
        provenance: String, source: String }
    /// `result_nodes.csv`
    NodeRow { plan_code: String, code: String, level: String, parent_code: Option<String>, name: String,
        description: String, owner_unit_code: Option<String>, output_kind: Option<String>, sort_order: i32,
        provenance: String, source: String }
    /// `contribution_links.csv`
    LinkRow { plan_code: String, from_code: String, to_code: String, weight: Option<Fixed>, provenance: String }
    /// `dimensions.csv`
    DimensionRow { dimension_code: String, dimension_name: String, value_code: String, value_name: String, sort_order: i32 }
    /// `indicators.csv`
    IndicatorRow { plan_code: String, code: String, node_code: String, name: String, definition: String,
        unit: String, direction: String, aggregation: String, baseline_value: Option<Fixed>, baseline_year: Option<i32>,
        target_value: Option<Fixed>, target_year: Option<i32>, data_source: String, frequency: String,
        owner_unit_code: String, is_key: bool, dimensions: Vec<String>, sdg_tags: String, wsis_tags: String,
        predecessor: Option<(String, String)>, predecessor_relation: Option<String>, provenance: String, source: String }
    /// `milestones.csv`
    MilestoneRow { plan_code: String, indicator_code: String, year: i32, value: Fixed, provenance: String }
    /// `mandates.csv`
    MandateRow { vocabulary: String, code: String, title: String, source: String }
    /// `mandate_links.csv`
    MandateLinkRow { plan_code: String, vocabulary: String, mandate_code: String, node_code: Option<String>, indicator_code: Option<String> }
    /// `reporting_periods.csv`
    PeriodRow { plan_code: String, year: i32, status: String }
    /// `finance_lines.csv` and `finance_actuals.csv`
    MoneyRow { plan_code: String, biennium: String, year: i32, unit_code: String, kind: String, category: String,
        description: String, amount: Fixed, provenance: String, source: String }
    /// `adopted_totals.csv`
    AdoptedRow { plan_code: String, biennium: String, revenue: Fixed, expense: Fixed, provenance: String, source: String }
    /// `budget_allocations.csv`
    AllocationRow { plan_code: String, year: i32, unit_code: String, node_code: String, amount: Fixed, provenance: String }
    /// `operational_plans.csv`
    OpPlanRow { plan_code: String, unit_code: String, year: i32, horizon_end_year: i32, title: String, status: String, provenance: String }
    /// `operational_items.csv`
    OpItemRow { plan_code: String, unit_code: String, year: i32, code: String, name: String, output_code: String,
        responsible_unit_code: String, budget: Fixed, planned_quantity: Fixed, delivered_quantity: Fixed,
        unit_of_measure: String, milestones: String, status: String, provenance: String }
    /// `risks.csv`
    RiskRow { plan_code: String, code: String, title: String, description: String, category: String, likelihood: i32,
        impact: i32, mitigation: String, owner_unit_code: String, status: String, reviewed_on: NaiveDate,
        linked_node_codes: Vec<String>, provenance: String }
    /// `translations.csv`
    TranslationRow { kind: String, key: String, lang: String, name: Option<String>, definition: Option<String>,
        provenance: String, source: String }
    /// `measurements.csv`
    MeasurementRow { plan_code: String, indicator_code: String, year: i32, quarter: Option<i32>,
        disaggregation: Vec<(String, String)>, value: Fixed, numerator: Option<Fixed>, denominator: Option<Fixed>,
        quality: String, state: String, narrative: String, evidence_url: String, provenance: String }
}

/// Everything in the seed files, typed and cross-checked.
#[derive(Debug, Default)]
#[allow(missing_docs)]
pub struct Seed {
    pub org_units: Vec<OrgUnitRow>,
    pub plans: Vec<PlanRow>,
    pub nodes: Vec<NodeRow>,
    pub links: Vec<LinkRow>,
    pub dimensions: Vec<DimensionRow>,
    pub indicators: Vec<IndicatorRow>,
    pub milestones: Vec<MilestoneRow>,
    pub mandates: Vec<MandateRow>,
    pub mandate_links: Vec<MandateLinkRow>,
    pub periods: Vec<PeriodRow>,
    pub finance_lines: Vec<MoneyRow>,
    pub finance_actuals: Vec<MoneyRow>,
    pub allocations: Vec<AllocationRow>,
    pub op_plans: Vec<OpPlanRow>,
    pub op_items: Vec<OpItemRow>,
    pub risks: Vec<RiskRow>,
    pub measurements: Vec<MeasurementRow>,
    pub adopted_totals: Vec<AdoptedRow>,
    pub translations: Vec<TranslationRow>,
}

/// Reads every seed file and checks each row on its own: the typed seed (rows with a problem left out)
/// and every problem found. [`super::check`] adds the checks across files.
pub fn parse(source: &Source) -> (Seed, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut sheets = HashMap::new();
    for (name, head) in FILES {
        match source.read(name) {
            Ok(text) => {
                sheets.insert(*name, Sheet::parse(name, &text, head, &mut problems));
            }
            Err(e) => problems.push(Problem {
                file: (*name).into(),
                line: 0,
                column: String::new(),
                reason: format!("cannot read: {e}"),
            }),
        }
    }
    let mut seed = Seed::default();
    // The order of the files here is the order of their problems in the report.
    let mut rows = Rows {
        sheets: &sheets,
        problems: &mut problems,
    };
    rows.read("org_units.csv", framework::org_unit, &mut seed.org_units);
    rows.read("plans.csv", framework::plan, &mut seed.plans);
    rows.read("result_nodes.csv", framework::node, &mut seed.nodes);
    rows.read("contribution_links.csv", framework::link, &mut seed.links);
    rows.read("dimensions.csv", indicators::dimension, &mut seed.dimensions);
    rows.read("indicators.csv", indicators::indicator, &mut seed.indicators);
    rows.read("milestones.csv", indicators::milestone, &mut seed.milestones);
    rows.read("mandates.csv", indicators::mandate, &mut seed.mandates);
    rows.read("mandate_links.csv", indicators::mandate_link, &mut seed.mandate_links);
    rows.read("reporting_periods.csv", measurements::period, &mut seed.periods);
    rows.read("finance_lines.csv", finance::money, &mut seed.finance_lines);
    rows.read("finance_actuals.csv", finance::money, &mut seed.finance_actuals);
    rows.read("budget_allocations.csv", finance::allocation, &mut seed.allocations);
    rows.read("operational_plans.csv", operations::op_plan, &mut seed.op_plans);
    rows.read("operational_items.csv", operations::op_item, &mut seed.op_items);
    rows.read("risks.csv", operations::risk, &mut seed.risks);
    rows.read("measurements.csv", measurements::measurement, &mut seed.measurements);
    rows.read("adopted_totals.csv", finance::adopted_total, &mut seed.adopted_totals);
    rows.read("translations.csv", framework::translation, &mut seed.translations);
    (seed, problems)
}

/// The parsed sheets and the problems found so far, read one file at a time.
struct Rows<'s, 'p> {
    sheets: &'s HashMap<&'static str, Sheet>,
    problems: &'p mut Vec<Problem>,
}

impl Rows<'_, '_> {
    /// Checks every row of `file` with `row`, keeping the rows that came out whole in `out`.
    fn read<T>(&mut self, file: &str, row: fn(&Row<'_>) -> Option<T>, out: &mut Vec<T>) {
        if let Some(sheet) = self.sheets.get(file) {
            out.extend(sheet.rows(self.problems).filter_map(|r| row(&r)));
        }
    }
}

/// The items of a `;`-separated list cell, trimmed, empty ones left out.
fn list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A set of codes seen so far in one file, reporting duplicates.
pub struct Codes(HashSet<String>);

impl Codes {
    /// An empty set.
    pub fn new() -> Self {
        Codes(HashSet::new())
    }
    /// Adds `key`; records a duplicate problem if it was already there.
    pub fn add(&mut self, key: String, problem: impl FnOnce() -> Problem, problems: &mut Vec<Problem>) {
        if !self.0.insert(key) {
            problems.push(problem());
        }
    }
    /// Whether `key` was added.
    pub fn has(&self, key: &str) -> bool {
        self.0.contains(key)
    }
}

impl Default for Codes {
    fn default() -> Self {
        Self::new()
    }
}
