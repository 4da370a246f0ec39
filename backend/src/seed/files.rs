//! The seed files: their names, headers and where they come from (compiled in, or a folder).

use crate::models::framework_workbook::columns;
use std::path::Path;

/// The header of both money files (`finance_lines.csv`, `finance_actuals.csv`): one row shape, two tables.
const MONEY_COLUMNS: &[&str] = &[
    "plan_code",
    "biennium",
    "year",
    "unit_code",
    "kind",
    "category",
    "description",
    "amount",
    "provenance",
    "source",
];

/// Every seed file in load order, with its exact header (the framework's tables' headers are those of
/// [`columns`], which the framework workbook uses too).
pub const FILES: &[(&str, &[&str])] = &[
    (
        "org_units.csv",
        &["code", "name", "kind", "parent_code", "provenance", "source"],
    ),
    (
        "plans.csv",
        &[
            "code",
            "name",
            "resolution",
            "start_year",
            "end_year",
            "status",
            "predecessor_code",
            "max_age_years",
            "on_track_threshold",
            "at_risk_threshold",
            "maintain_on_track_pct",
            "maintain_at_risk_pct",
            "contributory_unit_chf",
            "provenance",
            "source",
        ],
    ),
    ("result_nodes.csv", columns::RESULT_NODES),
    ("contribution_links.csv", columns::CONTRIBUTION_LINKS),
    ("dimensions.csv", columns::DIMENSIONS),
    ("indicators.csv", columns::INDICATORS),
    ("milestones.csv", columns::MILESTONES),
    ("mandates.csv", columns::MANDATES),
    ("mandate_links.csv", columns::MANDATE_LINKS),
    ("reporting_periods.csv", &["plan_code", "year", "status"]),
    ("finance_lines.csv", MONEY_COLUMNS),
    ("finance_actuals.csv", MONEY_COLUMNS),
    ("budget_allocations.csv", columns::BUDGET_ALLOCATIONS),
    (
        "operational_plans.csv",
        &[
            "plan_code",
            "unit_code",
            "year",
            "horizon_end_year",
            "title",
            "status",
            "provenance",
        ],
    ),
    (
        "operational_items.csv",
        &[
            "plan_code",
            "unit_code",
            "year",
            "code",
            "name",
            "output_code",
            "responsible_unit_code",
            "budget",
            "planned_quantity",
            "delivered_quantity",
            "unit_of_measure",
            "milestones",
            "status",
            "provenance",
        ],
    ),
    ("risks.csv", columns::RISKS),
    (
        "measurements.csv",
        &[
            "plan_code",
            "indicator_code",
            "year",
            "quarter",
            "disaggregation",
            "value",
            "numerator",
            "denominator",
            "quality",
            "state",
            "narrative",
            "evidence_url",
            "provenance",
        ],
    ),
    (
        "adopted_totals.csv",
        &["plan_code", "biennium", "revenue", "expense", "provenance", "source"],
    ),
    ("translations.csv", columns::TRANSLATIONS),
];

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        /// The seed files compiled into the binary, so `serve` works from any directory.
        pub fn embedded(name: &str) -> Option<&'static str> {
            match name {
                $($name => Some(include_str!(concat!("../../../seed-data/", $name))),)*
                _ => None,
            }
        }
    };
}

embedded!(
    "org_units.csv",
    "plans.csv",
    "result_nodes.csv",
    "contribution_links.csv",
    "dimensions.csv",
    "indicators.csv",
    "milestones.csv",
    "mandates.csv",
    "mandate_links.csv",
    "reporting_periods.csv",
    "finance_lines.csv",
    "finance_actuals.csv",
    "budget_allocations.csv",
    "operational_plans.csv",
    "operational_items.csv",
    "risks.csv",
    "measurements.csv",
    "adopted_totals.csv",
    "translations.csv",
);

/// Where the seed files are read from.
#[derive(Debug, Clone)]
pub enum Source {
    /// The copy compiled into the binary.
    Embedded,
    /// A folder holding the same file names.
    Dir(std::path::PathBuf),
}

impl Source {
    /// Reads one file's text.
    pub fn read(&self, name: &str) -> std::io::Result<String> {
        match self {
            Source::Embedded => embedded(name)
                .map(str::to_owned)
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, name.to_owned())),
            Source::Dir(dir) => std::fs::read_to_string(Path::new(dir).join(name)),
        }
    }
}
