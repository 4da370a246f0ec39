//! Phase one of seeding: every file parsed into typed rows and cross-checked, with no database.
//! `stratrack check` stops here; `stratrack seed` goes on to [`super::load`] only when nothing is wrong.

use super::files::{FILES, Source};
use super::reader::{Problem, Row, Sheet};
use crate::fixed::Fixed;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

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
    let mut each = |name: &str, f: &mut dyn FnMut(&Row<'_>)| {
        if let Some(sheet) = sheets.get(name) {
            for row in sheet.rows(&mut problems) {
                f(&row);
            }
        }
    };
    each("org_units.csv", &mut |r| {
        if let (Some(code), Some(name), Some(kind), Some(provenance)) = (
            r.req("code"),
            r.req("name"),
            r.one_of("kind", &["secretariat", "bureau", "regional_office"]),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.org_units.push(OrgUnitRow {
                line: r.line,
                code,
                name,
                kind,
                parent_code: r.opt("parent_code"),
                provenance,
                source: r.text("source"),
            });
        }
    });
    each("plans.csv", &mut |r| {
        if let (
            Some(code),
            Some(name),
            Some(start_year),
            Some(end_year),
            Some(status),
            Some(max_age_years),
            Some(on_track_threshold),
            Some(at_risk_threshold),
            Some(maintain_on_track_pct),
            Some(maintain_at_risk_pct),
            Some(contributory_unit_chf),
            Some(provenance),
        ) = (
            r.req("code"),
            r.req("name"),
            r.int("start_year"),
            r.int("end_year"),
            r.one_of("status", &["draft", "adopted", "closed"]),
            r.int("max_age_years"),
            r.dec("on_track_threshold"),
            r.dec("at_risk_threshold"),
            r.dec("maintain_on_track_pct"),
            r.dec("maintain_at_risk_pct"),
            r.opt_dec("contributory_unit_chf"),
            r.one_of("provenance", PROVENANCE),
        ) {
            if end_year < start_year {
                r.fail("end_year", "is before start_year");
            }
            seed.plans.push(PlanRow {
                line: r.line,
                code,
                name,
                resolution: r.text("resolution"),
                start_year,
                end_year,
                status,
                predecessor_code: r.opt("predecessor_code"),
                max_age_years,
                on_track_threshold,
                at_risk_threshold,
                maintain_on_track_pct,
                maintain_at_risk_pct,
                contributory_unit_chf,
                provenance,
                source: r.text("source"),
            });
        }
    });
    each("result_nodes.csv", &mut |r| {
        let output_kind = r.opt("output_kind");
        if let Some(k) = &output_kind
            && k != "product"
            && k != "service"
        {
            r.fail("output_kind", format!("`{k}` is not one of product, service"));
        }
        if let (Some(plan_code), Some(code), Some(level), Some(name), Some(sort_order), Some(provenance)) = (
            r.req("plan_code"),
            r.req("code"),
            r.one_of("level", crate::models::nodes::LEVELS),
            r.req("name"),
            r.opt_int("sort_order"),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.nodes.push(NodeRow {
                line: r.line,
                plan_code,
                code,
                level,
                parent_code: r.opt("parent_code"),
                name,
                description: r.text("description"),
                owner_unit_code: r.opt("owner_unit_code"),
                output_kind,
                sort_order: sort_order.unwrap_or(0),
                provenance,
                source: r.text("source"),
            });
        }
    });
    each("contribution_links.csv", &mut |r| {
        if let (Some(plan_code), Some(from_code), Some(to_code), Some(weight), Some(provenance)) = (
            r.req("plan_code"),
            r.req("from_code"),
            r.req("to_code"),
            r.opt_dec("weight"),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.links.push(LinkRow {
                line: r.line,
                plan_code,
                from_code,
                to_code,
                weight,
                provenance,
            });
        }
    });
    each("dimensions.csv", &mut |r| {
        if let (Some(dimension_code), Some(dimension_name), Some(value_code), Some(value_name), Some(sort_order)) = (
            r.req("dimension_code"),
            r.req("dimension_name"),
            r.req("value_code"),
            r.req("value_name"),
            r.opt_int("sort_order"),
        ) {
            seed.dimensions.push(DimensionRow {
                line: r.line,
                dimension_code,
                dimension_name,
                value_code,
                value_name,
                sort_order: sort_order.unwrap_or(0),
            });
        }
    });
    each("indicators.csv", &mut |r| {
        let predecessor = match (r.opt("predecessor_plan_code"), r.opt("predecessor_code")) {
            (Some(p), Some(c)) => Some((p, c)),
            (None, None) => None,
            _ => {
                r.fail(
                    "predecessor_code",
                    "predecessor_plan_code and predecessor_code go together",
                );
                None
            }
        };
        let relation = r.opt("predecessor_relation");
        if let Some(rel) = &relation
            && !["carried_over", "redefined", "new"].contains(&rel.as_str())
        {
            r.fail(
                "predecessor_relation",
                format!("`{rel}` is not one of carried_over, redefined, new"),
            );
        }
        if let (
            Some(plan_code),
            Some(code),
            Some(node_code),
            Some(name),
            Some(unit),
            Some(direction),
            Some(aggregation),
            Some(baseline_value),
            Some(baseline_year),
            Some(target_value),
            Some(target_year),
            Some(frequency),
            Some(owner_unit_code),
            Some(is_key),
            Some(provenance),
        ) = (
            r.req("plan_code"),
            r.req("code"),
            r.req("node_code"),
            r.req("name"),
            r.one_of("unit", crate::models::indicators::UNITS),
            r.one_of("direction", &["increase", "decrease", "maintain"]),
            r.one_of("aggregation", crate::models::indicators::AGGREGATIONS),
            r.opt_dec("baseline_value"),
            r.opt_int("baseline_year"),
            r.opt_dec("target_value"),
            r.opt_int("target_year"),
            r.one_of("frequency", &["annual", "quarterly", "biennial", "quadrennial"]),
            r.req("owner_unit_code"),
            r.boolean("is_key"),
            r.one_of("provenance", PROVENANCE),
        ) {
            if let Err(e) = crate::models::indicators::check_unit_and_aggregation(&unit, &aggregation) {
                r.fail("aggregation", format!("indicator {code}: {e}"));
            }
            if baseline_value.is_some() != baseline_year.is_some() {
                r.fail("baseline_year", "baseline_value and baseline_year go together");
            }
            if target_value.is_some() != target_year.is_some() {
                r.fail("target_year", "target_value and target_year go together");
            }
            for (col, v) in [("baseline_value", baseline_value), ("target_value", target_value)] {
                if let Some(v) = v
                    && let Err(e) = crate::models::indicators::check_value_for_unit(&unit, v)
                {
                    r.fail(col, e);
                }
            }
            let dimensions = r
                .text("dimensions")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            seed.indicators.push(IndicatorRow {
                line: r.line,
                plan_code,
                code,
                node_code,
                name,
                definition: r.text("definition"),
                unit,
                direction,
                aggregation,
                baseline_value,
                baseline_year,
                target_value,
                target_year,
                data_source: r.text("data_source"),
                frequency,
                owner_unit_code,
                is_key,
                dimensions,
                sdg_tags: r.text("sdg_tags"),
                wsis_tags: r.text("wsis_tags"),
                predecessor,
                predecessor_relation: relation,
                provenance,
                source: r.text("source"),
            });
        }
    });
    each("milestones.csv", &mut |r| {
        if let (Some(plan_code), Some(indicator_code), Some(year), Some(value), Some(provenance)) = (
            r.req("plan_code"),
            r.req("indicator_code"),
            r.int("year"),
            r.dec("value"),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.milestones.push(MilestoneRow {
                line: r.line,
                plan_code,
                indicator_code,
                year,
                value,
                provenance,
            });
        }
    });
    each("mandates.csv", &mut |r| {
        if let (Some(vocabulary), Some(code), Some(title)) = (
            r.one_of("vocabulary", &["resolution", "decision", "sdg", "wsis"]),
            r.req("code"),
            r.req("title"),
        ) {
            seed.mandates.push(MandateRow {
                line: r.line,
                vocabulary,
                code,
                title,
                source: r.text("source"),
            });
        }
    });
    each("mandate_links.csv", &mut |r| {
        let (node_code, indicator_code) = (r.opt("node_code"), r.opt("indicator_code"));
        if node_code.is_some() == indicator_code.is_some() {
            r.fail("node_code", "exactly one of node_code and indicator_code must be given");
        }
        if let (Some(plan_code), Some(vocabulary), Some(mandate_code)) =
            (r.req("plan_code"), r.req("vocabulary"), r.req("mandate_code"))
        {
            seed.mandate_links.push(MandateLinkRow {
                line: r.line,
                plan_code,
                vocabulary,
                mandate_code,
                node_code,
                indicator_code,
            });
        }
    });
    each("reporting_periods.csv", &mut |r| {
        if let (Some(plan_code), Some(year), Some(status)) = (
            r.req("plan_code"),
            r.int("year"),
            r.one_of("status", &["open", "locked"]),
        ) {
            seed.periods.push(PeriodRow {
                line: r.line,
                plan_code,
                year,
                status,
            });
        }
    });
    for file in ["finance_lines.csv", "finance_actuals.csv"] {
        let mut out = Vec::new();
        each(file, &mut |r| {
            if let (
                Some(plan_code),
                Some(biennium),
                Some(year),
                Some(unit_code),
                Some(kind),
                Some(category),
                Some(amount),
                Some(provenance),
            ) = (
                r.req("plan_code"),
                r.req("biennium"),
                r.int("year"),
                r.req("unit_code"),
                r.one_of("kind", &["revenue", "expense"]),
                r.one_of("category", crate::models::finance_rows::CATEGORIES),
                r.dec("amount"),
                r.one_of("provenance", PROVENANCE),
            ) {
                if let Err(e) = crate::models::finance_rows::check_category(&kind, &category) {
                    r.fail("category", e);
                }
                if amount < Fixed::ZERO {
                    r.fail("amount", "must not be negative");
                }
                out.push(MoneyRow {
                    line: r.line,
                    plan_code,
                    biennium,
                    year,
                    unit_code,
                    kind,
                    category,
                    description: r.text("description"),
                    amount,
                    provenance,
                    source: r.text("source"),
                });
            }
        });
        if file == "finance_lines.csv" {
            seed.finance_lines = out
        } else {
            seed.finance_actuals = out
        }
    }
    each("budget_allocations.csv", &mut |r| {
        if let (Some(plan_code), Some(year), Some(unit_code), Some(node_code), Some(amount), Some(provenance)) = (
            r.req("plan_code"),
            r.int("year"),
            r.req("unit_code"),
            r.req("node_code"),
            r.dec("amount"),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.allocations.push(AllocationRow {
                line: r.line,
                plan_code,
                year,
                unit_code,
                node_code,
                amount,
                provenance,
            });
        }
    });
    each("operational_plans.csv", &mut |r| {
        if let (
            Some(plan_code),
            Some(unit_code),
            Some(year),
            Some(horizon_end_year),
            Some(title),
            Some(status),
            Some(provenance),
        ) = (
            r.req("plan_code"),
            r.req("unit_code"),
            r.int("year"),
            r.int("horizon_end_year"),
            r.req("title"),
            r.one_of("status", &["draft", "approved"]),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.op_plans.push(OpPlanRow {
                line: r.line,
                plan_code,
                unit_code,
                year,
                horizon_end_year,
                title,
                status,
                provenance,
            });
        }
    });
    each("operational_items.csv", &mut |r| {
        if let (
            Some(plan_code),
            Some(unit_code),
            Some(year),
            Some(code),
            Some(name),
            Some(output_code),
            Some(responsible_unit_code),
            Some(budget),
            Some(planned_quantity),
            Some(delivered_quantity),
            Some(status),
            Some(provenance),
        ) = (
            r.req("plan_code"),
            r.req("unit_code"),
            r.int("year"),
            r.req("code"),
            r.req("name"),
            r.req("output_code"),
            r.req("responsible_unit_code"),
            r.dec("budget"),
            r.dec("planned_quantity"),
            r.dec("delivered_quantity"),
            r.one_of(
                "status",
                &["planned", "in_progress", "delivered", "delayed", "cancelled"],
            ),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.op_items.push(OpItemRow {
                line: r.line,
                plan_code,
                unit_code,
                year,
                code,
                name,
                output_code,
                responsible_unit_code,
                budget,
                planned_quantity,
                delivered_quantity,
                unit_of_measure: r.text("unit_of_measure"),
                milestones: r.text("milestones"),
                status,
                provenance,
            });
        }
    });
    each("risks.csv", &mut |r| {
        if let (
            Some(plan_code),
            Some(code),
            Some(title),
            Some(category),
            Some(likelihood),
            Some(impact),
            Some(owner_unit_code),
            Some(status),
            Some(reviewed_on),
            Some(provenance),
        ) = (
            r.req("plan_code"),
            r.req("code"),
            r.req("title"),
            r.one_of(
                "category",
                &[
                    "strategic",
                    "financial",
                    "operational",
                    "reputational",
                    "compliance",
                    "security",
                ],
            ),
            r.int("likelihood"),
            r.int("impact"),
            r.req("owner_unit_code"),
            r.one_of("status", &["open", "mitigating", "closed"]),
            r.date("reviewed_on"),
            r.one_of("provenance", PROVENANCE),
        ) {
            for (col, v) in [("likelihood", likelihood), ("impact", impact)] {
                if !(1..=5).contains(&v) {
                    r.fail(col, format!("{v} is not between 1 and 5"));
                }
            }
            let linked_node_codes = r
                .text("linked_node_codes")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            seed.risks.push(RiskRow {
                line: r.line,
                plan_code,
                code,
                title,
                description: r.text("description"),
                category,
                likelihood,
                impact,
                mitigation: r.text("mitigation"),
                owner_unit_code,
                status,
                reviewed_on,
                linked_node_codes,
                provenance,
            });
        }
    });
    each("measurements.csv", &mut |r| {
        let disaggregation = match crate::models::measurements::parse_disaggregation(&r.text("disaggregation")) {
            Ok(d) => Some(d),
            Err(e) => {
                r.fail("disaggregation", e);
                None
            }
        };
        if let (
            Some(plan_code),
            Some(indicator_code),
            Some(year),
            Some(quarter),
            Some(disaggregation),
            Some(value),
            Some(numerator),
            Some(denominator),
            Some(quality),
            Some(state),
            Some(provenance),
        ) = (
            r.req("plan_code"),
            r.req("indicator_code"),
            r.int("year"),
            r.opt_int("quarter"),
            disaggregation,
            r.dec("value"),
            r.opt_dec("numerator"),
            r.opt_dec("denominator"),
            r.one_of("quality", &["provisional", "estimated", "final"]),
            r.one_of("state", &["draft", "submitted", "approved"]),
            r.one_of("provenance", PROVENANCE),
        ) {
            if let Some(q) = quarter
                && !(1..=4).contains(&q)
            {
                r.fail("quarter", format!("{q} is not between 1 and 4"));
            }
            if denominator == Some(Fixed::ZERO) {
                r.fail("denominator", "must not be zero");
            }
            seed.measurements.push(MeasurementRow {
                line: r.line,
                plan_code,
                indicator_code,
                year,
                quarter,
                disaggregation,
                value,
                numerator,
                denominator,
                quality,
                state,
                narrative: r.text("narrative"),
                evidence_url: r.text("evidence_url"),
                provenance,
            });
        }
    });
    each("adopted_totals.csv", &mut |r| {
        if let (Some(plan_code), Some(biennium), Some(revenue), Some(expense), Some(provenance)) = (
            r.req("plan_code"),
            r.req("biennium"),
            r.dec("revenue"),
            r.dec("expense"),
            r.one_of("provenance", PROVENANCE),
        ) {
            seed.adopted_totals.push(AdoptedRow {
                line: r.line,
                plan_code,
                biennium,
                revenue,
                expense,
                provenance,
                source: r.text("source"),
            });
        }
    });
    (seed, problems)
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
