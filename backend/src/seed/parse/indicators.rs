//! Rows of the seed files for indicators with their dimensions, milestones and mandates.

use super::{DimensionRow, IndicatorRow, MandateLinkRow, MandateRow, MilestoneRow, PROVENANCE, list};
use crate::fixed::Fixed;
use crate::seed::reader::Row;

/// One row of `dimensions.csv`, checked on its own.
pub(super) fn dimension(r: &Row<'_>) -> Option<DimensionRow> {
    if let (Some(dimension_code), Some(dimension_name), Some(value_code), Some(value_name), Some(sort_order)) = (
        r.req("dimension_code"),
        r.req("dimension_name"),
        r.req("value_code"),
        r.req("value_name"),
        r.opt_int("sort_order"),
    ) {
        return Some(DimensionRow {
            line: r.line,
            dimension_code,
            dimension_name,
            value_code,
            value_name,
            sort_order: sort_order.unwrap_or(0),
        });
    }
    None
}

/// One row of `indicators.csv`, checked on its own.
pub(super) fn indicator(r: &Row<'_>) -> Option<IndicatorRow> {
    let (predecessor, relation) = predecessor(r);
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
        check_values(
            r,
            &code,
            &unit,
            &aggregation,
            (baseline_value, baseline_year),
            (target_value, target_year),
        );
        let dimensions = list(&r.text("dimensions"));
        return Some(IndicatorRow {
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
    None
}

/// The predecessor columns of an indicator row: the (plan, code) pair, given both or neither, and the
/// relation, one of carried_over, redefined and new.
fn predecessor(r: &Row<'_>) -> (Option<(String, String)>, Option<String>) {
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
    (predecessor, relation)
}

/// The checks of an indicator row that need its unit: the aggregation and the baseline and target
/// values, each value with its year.
fn check_values(
    r: &Row<'_>,
    code: &str,
    unit: &str,
    aggregation: &str,
    (baseline_value, baseline_year): (Option<Fixed>, Option<i32>),
    (target_value, target_year): (Option<Fixed>, Option<i32>),
) {
    if let Err(e) = crate::models::indicators::check_unit_and_aggregation(unit, aggregation) {
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
            && let Err(e) = crate::models::indicators::check_value_for_unit(unit, v)
        {
            r.fail(col, e);
        }
    }
}

/// One row of `milestones.csv`, checked on its own.
pub(super) fn milestone(r: &Row<'_>) -> Option<MilestoneRow> {
    if let (Some(plan_code), Some(indicator_code), Some(year), Some(value), Some(provenance)) = (
        r.req("plan_code"),
        r.req("indicator_code"),
        r.int("year"),
        r.dec("value"),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(MilestoneRow {
            line: r.line,
            plan_code,
            indicator_code,
            year,
            value,
            provenance,
        });
    }
    None
}

/// One row of `mandates.csv`, checked on its own.
pub(super) fn mandate(r: &Row<'_>) -> Option<MandateRow> {
    if let (Some(vocabulary), Some(code), Some(title)) = (
        r.one_of("vocabulary", &["resolution", "decision", "sdg", "wsis"]),
        r.req("code"),
        r.req("title"),
    ) {
        return Some(MandateRow {
            line: r.line,
            vocabulary,
            code,
            title,
            source: r.text("source"),
        });
    }
    None
}

/// One row of `mandate_links.csv`, checked on its own.
pub(super) fn mandate_link(r: &Row<'_>) -> Option<MandateLinkRow> {
    let (node_code, indicator_code) = (r.opt("node_code"), r.opt("indicator_code"));
    if node_code.is_some() == indicator_code.is_some() {
        r.fail("node_code", "exactly one of node_code and indicator_code must be given");
    }
    if let (Some(plan_code), Some(vocabulary), Some(mandate_code)) =
        (r.req("plan_code"), r.req("vocabulary"), r.req("mandate_code"))
    {
        return Some(MandateLinkRow {
            line: r.line,
            plan_code,
            vocabulary,
            mandate_code,
            node_code,
            indicator_code,
        });
    }
    None
}
