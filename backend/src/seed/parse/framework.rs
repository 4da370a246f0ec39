//! Rows of the seed files for organisation units, plans, the results framework and its contribution links.

use super::{LinkRow, NodeRow, OrgUnitRow, PROVENANCE, PlanRow};
use crate::seed::reader::Row;

/// One row of `org_units.csv`, checked on its own.
pub(super) fn org_unit(r: &Row<'_>) -> Option<OrgUnitRow> {
    if let (Some(code), Some(name), Some(kind), Some(provenance)) = (
        r.req("code"),
        r.req("name"),
        r.one_of("kind", &["secretariat", "bureau", "regional_office"]),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(OrgUnitRow {
            line: r.line,
            code,
            name,
            kind,
            parent_code: r.opt("parent_code"),
            provenance,
            source: r.text("source"),
        });
    }
    None
}

/// One row of `plans.csv`, checked on its own.
pub(super) fn plan(r: &Row<'_>) -> Option<PlanRow> {
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
        return Some(PlanRow {
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
    None
}

/// One row of `result_nodes.csv`, checked on its own.
pub(super) fn node(r: &Row<'_>) -> Option<NodeRow> {
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
        return Some(NodeRow {
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
    None
}

/// One row of `contribution_links.csv`, checked on its own.
pub(super) fn link(r: &Row<'_>) -> Option<LinkRow> {
    if let (Some(plan_code), Some(from_code), Some(to_code), Some(weight), Some(provenance)) = (
        r.req("plan_code"),
        r.req("from_code"),
        r.req("to_code"),
        r.opt_dec("weight"),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(LinkRow {
            line: r.line,
            plan_code,
            from_code,
            to_code,
            weight,
            provenance,
        });
    }
    None
}
