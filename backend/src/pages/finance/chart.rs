//! The finance page's chart: plan against actual for each unit and kind of the rows shown, drawn by the
//! report's bar chart ([`stratrack_reports::charts::bars`]) as inline SVG, its figures repeated in the
//! subtotals table beside it (the text alternative).

use super::lines::Subtotal;
use crate::error::AppError;
use stratrack_reports::charts::bars::{self, BarSpec, Row};
use stratrack_reports::charts::frame::Labels;
use stratrack_reports::charts::{DataTable, catalog, font};
use stratrack_reports::format::{coord, grouped};

/// The inline SVG of plan against actual per unit and kind.
pub fn plan_against_actual(subtotals: &[Subtotal]) -> Result<String, AppError> {
    font::fonts().map_err(|e| AppError::Internal(format!("chart: {e}")))?;
    let mut alt = Vec::new();
    let rows = subtotals
        .iter()
        .map(|s| {
            let label = format!("{} {}", s.unit, s.kind);
            let actual = s.actual.map_or_else(
                || "no actual yet".to_owned(),
                |a| format!("{} ({})", grouped(a, 0), s.rate.text),
            );
            alt.push(format!("{label}: plan {}, actual {actual}", grouped(s.plan, 0)));
            Row {
                label,
                values: vec![Some(coord(s.plan)), s.actual.map(coord)],
                notes: vec![grouped(s.plan, 0), actual],
            }
        })
        .collect();
    let chart = bars::render(BarSpec {
        slug: "finance-plan-vs-actual".to_owned(),
        title: "Plan against actual by unit and kind".to_owned(),
        subtitle: "The rows shown, CHF thousands; execution rate in brackets.".to_owned(),
        axis_title: "CHF thousands".to_owned(),
        series: catalog::plan_and_actual(),
        rows,
        fixed_max: None,
        illustrative: false,
        // A page is drawn afresh each time (nothing frozen to keep): long labels wrap.
        labels: Labels::Wrap,
        empty_reason: "No financial plan line matches the filters.".to_owned(),
        data: DataTable::default(),
        alt: format!(
            "Bar chart of planned against actual amounts by unit and kind, CHF thousands. {}.",
            alt.join("; ")
        ),
    });
    Ok(chart.svg_inline())
}
