//! The report's tables, one row per fact: written as CSV (UTF-8, header row, exact decimals with
//! a dot) and as XLSX sheets from the same rows.

use rust_decimal::Decimal;

use crate::analysis::Analysis;
use crate::error::RenderError;
use crate::format::{DERIVED_DP, plain, round, unit_name};
use crate::input::{Direction, Quality, Status};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// An exact decimal (a number in XLSX).
    Num(Decimal),
    /// A whole number (a number in XLSX).
    Int(i64),
    /// Nothing.
    Empty,
}

impl Cell {
    /// Text cell.
    fn t(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// Optional decimal.
    fn n(d: Option<Decimal>) -> Cell {
        d.map_or(Cell::Empty, Cell::Num)
    }

    /// Optional derived figure, rounded for readers.
    fn derived(d: Option<Decimal>) -> Cell {
        d.map_or(Cell::Empty, |d| Cell::Num(round(d, DERIVED_DP)))
    }

    /// Optional whole number.
    fn i(v: Option<i32>) -> Cell {
        v.map_or(Cell::Empty, |v| Cell::Int(i64::from(v)))
    }

    /// The CSV text of the cell.
    pub fn csv_text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Num(d) => plain(*d),
            Cell::Int(v) => v.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A table of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// File stem (`indicators` → `tables/indicators.csv`) and sheet name.
    pub name: &'static str,
    /// Column names.
    pub headers: Vec<&'static str>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn new(name: &'static str, headers: &[&'static str]) -> Self {
        Self {
            name,
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The CSV bytes: UTF-8, header row, `\n` line ends.
    pub fn to_csv(&self) -> Result<Vec<u8>, RenderError> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        w.write_record(&self.headers)?;
        for row in &self.rows {
            w.write_record(row.iter().map(Cell::csv_text))?;
        }
        w.into_inner().map_err(|e| RenderError::Io(e.into_error()))
    }
}

/// Every table, in report order.
pub fn build(a: &Analysis<'_>) -> Vec<Table> {
    vec![
        indicators(a),
        indicator_values(a),
        disaggregations(a),
        node_rollups(a),
        finance_by_unit(a),
        finance_reconciliation(a),
        cost_by_node(a),
        operational_delivery(a),
        risks(a),
        data_quality(a),
    ]
}

fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Increase => "increase",
        Direction::Decrease => "decrease",
        Direction::Maintain => "maintain",
    }
}

fn status(s: Status) -> Cell {
    Cell::t(s.as_str())
}

fn indicators(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "indicators",
        &[
            "code",
            "name",
            "node_code",
            "owner_unit",
            "is_key",
            "unit",
            "direction",
            "baseline",
            "baseline_year",
            "target",
            "target_year",
            "expected",
            "actual",
            "actual_year",
            "stale",
            "progress",
            "status",
            "reason",
            "quality",
            "provenance",
        ],
    );
    for i in &a.input.indicators {
        t.rows.push(vec![
            Cell::t(&i.code),
            Cell::t(&i.name),
            Cell::t(&i.node_code),
            Cell::t(&i.owner_unit),
            Cell::t(if i.is_key { "yes" } else { "no" }),
            Cell::t(unit_name(i.unit)),
            Cell::t(direction(i.direction)),
            Cell::n(i.baseline),
            Cell::i(i.baseline_year),
            Cell::n(i.target),
            Cell::i(i.target_year),
            Cell::derived(i.expected),
            Cell::n(i.actual),
            Cell::i(i.actual_year),
            Cell::t(if i.stale { "yes" } else { "no" }),
            Cell::derived(i.progress),
            status(i.status),
            Cell::t(i.reason.clone().unwrap_or_default()),
            Cell::t(i.quality.map_or("", Quality::as_str)),
            Cell::t(&i.provenance),
        ]);
    }
    t
}

fn indicator_values(a: &Analysis<'_>) -> Table {
    let mut t = Table::new("indicator_values", &["indicator_code", "year", "value", "quality"]);
    for i in &a.input.indicators {
        for p in &i.series {
            t.rows.push(vec![
                Cell::t(&i.code),
                Cell::Int(i64::from(p.year)),
                Cell::Num(p.value),
                Cell::t(p.quality.as_str()),
            ]);
        }
    }
    t
}

fn disaggregations(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "disaggregations",
        &[
            "indicator_code",
            "year",
            "dimension",
            "value_code",
            "value_name",
            "value",
        ],
    );
    for i in &a.input.indicators {
        for d in &i.disaggregations {
            t.rows.push(vec![
                Cell::t(&i.code),
                Cell::Int(i64::from(a.input.year)),
                Cell::t(&d.dimension),
                Cell::t(&d.value_code),
                Cell::t(&d.value_name),
                Cell::Num(d.value),
            ]);
        }
    }
    t
}

fn node_rollups(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "node_rollups",
        &[
            "code",
            "name",
            "level",
            "parent_code",
            "owner_unit",
            "indicators",
            "achieved",
            "on_track",
            "at_risk",
            "off_track",
            "no_data",
            "rated",
            "mean_progress",
            "provenance",
        ],
    );
    for n in &a.input.nodes {
        let r = &n.rollup;
        let mut row = vec![
            Cell::t(&n.code),
            Cell::t(&n.name),
            Cell::t(n.level.as_str()),
            Cell::t(n.parent_code.clone().unwrap_or_default()),
            Cell::t(n.owner_unit.clone().unwrap_or_default()),
            Cell::Int(i64::from(r.total())),
        ];
        row.extend(Status::ALL.iter().map(|s| Cell::Int(i64::from(r.count(*s)))));
        row.extend([
            Cell::Int(i64::from(r.rated)),
            Cell::derived(r.mean_progress),
            Cell::t(&n.provenance),
        ]);
        t.rows.push(row);
    }
    t
}

fn finance_by_unit(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "finance_by_unit",
        &[
            "unit",
            "year",
            "kind",
            "category",
            "plan_chf_thousands",
            "actual_chf_thousands",
            "difference_chf_thousands",
            "provenance",
        ],
    );
    for l in &a.input.finance.lines {
        t.rows.push(vec![
            Cell::t(&l.unit),
            Cell::Int(i64::from(l.year)),
            Cell::t(l.kind.as_str()),
            Cell::t(&l.category),
            Cell::Num(l.plan_amount),
            Cell::n(l.actual_amount),
            Cell::n(l.actual_amount.map(|act| act - l.plan_amount)),
            Cell::t(&l.provenance),
        ]);
    }
    t
}

fn finance_reconciliation(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "finance_reconciliation",
        &[
            "year",
            "check",
            "computed_chf_thousands",
            "financial_plan_chf_thousands",
            "difference_chf_thousands",
            "reconciles",
        ],
    );
    for c in &a.reconciliation.checks {
        t.rows.push(vec![
            Cell::Int(i64::from(a.reconciliation.year)),
            Cell::t(&c.label),
            Cell::Num(c.computed),
            Cell::Num(c.reference),
            Cell::Num(c.difference()),
            Cell::t(if c.reconciles() { "yes" } else { "no" }),
        ]);
    }
    t
}

fn cost_by_node(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "cost_by_node",
        &["node_code", "level", "name", "year", "cost_chf_thousands", "provenance"],
    );
    for c in &a.input.finance.cost_by_node {
        t.rows.push(vec![
            Cell::t(&c.node_code),
            Cell::t(c.level.as_str()),
            Cell::t(&c.name),
            Cell::Int(i64::from(a.input.year)),
            Cell::Num(c.amount),
            Cell::t(&c.provenance),
        ]);
    }
    t
}

fn operational_delivery(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "operational_delivery",
        &[
            "unit",
            "code",
            "name",
            "output_code",
            "budget_chf_thousands",
            "planned",
            "delivered",
            "unit_of_measure",
            "delivery_rate",
            "status",
            "provenance",
        ],
    );
    for o in &a.input.operational {
        let rate = (o.planned > Decimal::ZERO).then(|| (o.delivered / o.planned).min(Decimal::ONE));
        t.rows.push(vec![
            Cell::t(&o.unit),
            Cell::t(&o.code),
            Cell::t(&o.name),
            Cell::t(&o.output_code),
            Cell::Num(o.budget),
            Cell::Num(o.planned),
            Cell::Num(o.delivered),
            Cell::t(&o.unit_of_measure),
            Cell::derived(rate),
            Cell::t(&o.status),
            Cell::t(&o.provenance),
        ]);
    }
    t
}

fn risks(a: &Analysis<'_>) -> Table {
    let mut t = Table::new(
        "risks",
        &[
            "code",
            "title",
            "category",
            "likelihood",
            "impact",
            "score",
            "owner_unit",
            "status",
            "reviewed_on",
            "linked_nodes",
            "mitigation",
            "provenance",
        ],
    );
    for r in &a.input.risks {
        t.rows.push(vec![
            Cell::t(&r.code),
            Cell::t(&r.title),
            Cell::t(&r.category),
            Cell::Int(i64::from(r.likelihood)),
            Cell::Int(i64::from(r.impact)),
            Cell::Int(i64::from(r.score())),
            Cell::t(&r.owner_unit),
            Cell::t(&r.status),
            Cell::t(r.reviewed_on.format("%Y-%m-%d").to_string()),
            Cell::t(r.linked_nodes.join(";")),
            Cell::t(&r.mitigation),
            Cell::t(&r.provenance),
        ]);
    }
    t
}

fn data_quality(a: &Analysis<'_>) -> Table {
    let mut t = Table::new("data_quality", &["indicator_code", "indicator_name", "kind", "detail"]);
    for d in &a.input.data_quality {
        let name = a.indicator_name(&d.indicator_code).unwrap_or_default();
        t.rows.push(vec![
            Cell::t(&d.indicator_code),
            Cell::t(name),
            Cell::t(d.kind.as_str()),
            Cell::t(&d.detail),
        ]);
    }
    t
}
