//! Rows of the seed files for organisation units, plans, the results framework and its contribution links.

use super::{LinkRow, NodeRow, OrgUnitRow, PROVENANCE, PlanRow, TranslationRow};
use crate::models::translations::{self, Kind, PutTranslation, Subject};
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

/// One row of `translations.csv`, checked on its own: the kind, the form of the key, and the texts as
/// the office's form checks them (the language, which texts the kind has, the lengths).
pub(super) fn translation(r: &Row<'_>) -> Option<TranslationRow> {
    let codes: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    let (Some(kind_code), Some(key), Some(provenance)) = (
        r.one_of("kind", &codes),
        r.req("key"),
        r.one_of("provenance", PROVENANCE),
    ) else {
        return None;
    };
    let kind = Kind::parse(&kind_code)?;
    if let Err(why) = Subject::from_key(kind, &key) {
        r.fail("key", why.english());
        return None;
    }
    let body = PutTranslation {
        name: r.opt("name"),
        definition: r.opt("definition"),
        provenance: Some(provenance.clone()),
        source: Some(r.text("source")),
        version: None,
    };
    let lang = r.text("lang");
    match translations::write::check(kind, &lang, &body) {
        Ok(c) if c.is_empty() => r.fail("name", "a translation needs a name or a definition"),
        Ok(c) => {
            return Some(TranslationRow {
                line: r.line,
                kind: kind_code,
                key,
                lang: c.lang.code().to_owned(),
                name: c.name,
                definition: c.definition,
                provenance,
                source: c.source,
            });
        }
        Err(crate::error::AppError::Invalid(fields)) => {
            for f in fields {
                r.fail(&f.field, f.reason);
            }
        }
        Err(other) => r.fail("lang", other.to_string()),
    }
    None
}
