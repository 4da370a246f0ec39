//! The four-year assessment's input: every year of the plan side by side, for the end-of-period report
//! to the Plenipotentiary Conference. Statuses, roll-ups, projections and costs are decided by the
//! backend (its status rule, projection rule and cost roll-up); nothing here is computed again.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Direction, IndicatorUnit, NodeLevel, PlanInfo, ProjectionInput, Restatements, Rollup, RunInfo, Status};

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

    /// The closing year (the last year assessed).
    pub fn closing_year(&self) -> i32 {
        self.years.last().copied().unwrap_or(self.plan.start_year)
    }
}
