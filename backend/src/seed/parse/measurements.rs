//! Rows of the seed files for reporting periods and measured values.

use super::{MeasurementRow, PROVENANCE, PeriodRow};
use crate::fixed::Fixed;
use crate::seed::reader::Row;

/// One row of `reporting_periods.csv`, checked on its own.
pub(super) fn period(r: &Row<'_>) -> Option<PeriodRow> {
    if let (Some(plan_code), Some(year), Some(status)) = (
        r.req("plan_code"),
        r.int("year"),
        r.one_of("status", &["open", "locked"]),
    ) {
        return Some(PeriodRow {
            line: r.line,
            plan_code,
            year,
            status,
        });
    }
    None
}

/// One row of `measurements.csv`, checked on its own.
pub(super) fn measurement(r: &Row<'_>) -> Option<MeasurementRow> {
    let disaggregation = match crate::models::measurements::parse_disaggregation(&r.text("disaggregation")) {
        Ok(d) => Some(d),
        Err(e) => {
            r.fail("disaggregation", e.english());
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
        return Some(MeasurementRow {
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
    None
}
