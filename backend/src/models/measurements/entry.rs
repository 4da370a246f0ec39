//! Validating one value as entered, the same way for the JSON API and for every row of an import: every
//! invalid field is reported, not just the first.

use super::catalog::Catalog;
use crate::entities::{indicators, plans};
use crate::error::FieldError;
use crate::limits;

pub use super::figures::{Figures, check_figures, parse_decimal, parse_opt};
use super::figures::{err, given};

/// Qualities a value can have.
pub const QUALITIES: &[&str] = &stratrack_vocab::Quality::NAMES;

/// Quality of a value entered without one.
pub const DEFAULT_QUALITY: &str = "provisional";

/// One value as entered: every field as text, as it came from a JSON body or a CSV cell.
#[derive(Debug, Clone)]
pub struct RawEntry {
    /// Plan code (falls back to the import's default plan).
    pub plan_code: Option<String>,
    /// Indicator code.
    pub indicator_code: Option<String>,
    /// Year.
    pub year: Option<String>,
    /// Quarter, 1..4, or none for an annual value.
    pub quarter: Option<String>,
    /// Dimension/value pairs, or why they could not be read.
    pub disaggregation: Result<Vec<(String, String)>, crate::error::Said>,
    /// Value (may be omitted for a ratio: computed from numerator and denominator).
    pub value: Option<String>,
    /// Numerator.
    pub numerator: Option<String>,
    /// Denominator.
    pub denominator: Option<String>,
    /// provisional, estimated or final.
    pub quality: Option<String>,
    /// Narrative.
    pub narrative: String,
    /// Evidence link.
    pub evidence_url: String,
}

impl Default for RawEntry {
    fn default() -> Self {
        RawEntry {
            plan_code: None,
            indicator_code: None,
            year: None,
            quarter: None,
            disaggregation: Ok(Vec::new()),
            value: None,
            numerator: None,
            denominator: None,
            quality: None,
            narrative: String::new(),
            evidence_url: String::new(),
        }
    }
}

/// A valid value, ready to store.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The plan's id.
    pub plan_id: i32,
    /// The indicator.
    pub indicator: &'a indicators::Model,
    /// Year.
    pub year: i32,
    /// Quarter.
    pub quarter: Option<i32>,
    /// Canonical disaggregation text ("" for the headline value).
    pub disaggregation: String,
    /// Dimension value ids of the disaggregation.
    pub dimension_value_ids: Vec<i32>,
    /// The figures.
    pub figures: Figures,
    /// Quality.
    pub quality: String,
    /// Narrative.
    pub narrative: String,
    /// Evidence link.
    pub evidence_url: String,
}

/// Parses a whole number such as a year.
pub fn parse_int(text: &str) -> Result<i32, crate::error::Said> {
    let t = text.trim();
    t.parse::<i32>()
        .map_err(|_| crate::error::Said::new("said-wb-not-whole", [("value", t.into())]))
}

/// Checks quality and evidence link.
pub fn check_quality_and_link(errs: &mut Vec<FieldError>, quality: Option<&str>, evidence_url: &str) -> String {
    let q = quality
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .unwrap_or(DEFAULT_QUALITY);
    if !QUALITIES.contains(&q) {
        err(errs, "quality", crate::error::Said::not_one_of(q, QUALITIES));
    }
    let url = evidence_url.trim();
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        err(errs, "evidence_url", crate::error::Said::new("said-http-link", []));
    }
    q.to_owned()
}

/// Checks the lengths of the narrative and the evidence link ([`crate::limits`]).
pub fn check_lengths(errs: &mut Vec<FieldError>, narrative: &str, evidence_url: &str) {
    for (field, text, max) in [
        ("narrative", narrative, limits::NARRATIVE),
        ("evidence_url", evidence_url, limits::URL),
    ] {
        if let Some(reason) = limits::too_long(text, max) {
            err(errs, field, reason);
        }
    }
}

/// Validates `raw` against `cat`; `default_plan` stands in for a missing plan code. Returns the entry
/// or every invalid field.
pub fn validate<'a>(
    cat: &'a Catalog,
    raw: &RawEntry,
    default_plan: Option<&str>,
) -> Result<Entry<'a>, Vec<FieldError>> {
    let mut errs = Vec::new();
    let plan = check_plan(&mut errs, cat, raw.plan_code.as_deref(), default_plan);
    let indicator = check_indicator(&mut errs, cat, plan, raw.indicator_code.as_deref());
    let year = check_year(&mut errs, plan, raw.year.as_deref());
    let quarter = check_quarter(&mut errs, raw.quarter.as_deref());
    let (disaggregation, dimension_value_ids) = check_dimensions(&mut errs, cat, indicator, &raw.disaggregation);
    let figures = check_indicator_figures(&mut errs, indicator, raw);
    let quality = check_quality_and_link(&mut errs, raw.quality.as_deref(), &raw.evidence_url);
    check_lengths(&mut errs, &raw.narrative, &raw.evidence_url);
    match (plan, indicator, year, figures) {
        (Some(p), Some(indicator), Some(year), Some(figures)) if errs.is_empty() => Ok(Entry {
            plan_id: p.id,
            indicator,
            year,
            quarter,
            disaggregation,
            dimension_value_ids,
            figures,
            quality,
            narrative: raw.narrative.clone(),
            evidence_url: raw.evidence_url.trim().to_owned(),
        }),
        _ => Err(errs),
    }
}

/// The plan named by `plan_code` (or `default_plan` when it is blank): `plan_code` is required and must
/// be a known plan.
fn check_plan<'a>(
    errs: &mut Vec<FieldError>,
    cat: &'a Catalog,
    plan_code: Option<&str>,
    default_plan: Option<&str>,
) -> Option<&'a plans::Model> {
    let Some(code) = given(plan_code).or(default_plan) else {
        err(errs, "plan_code", crate::error::Said::required());
        return None;
    };
    let plan = cat.plans.get(code);
    if plan.is_none() {
        err(
            errs,
            "plan_code",
            crate::error::Said::new("said-not-a-known-plan", [("code", code.into())]),
        );
    }
    plan
}

/// The indicator named by `indicator_code`: required, and an indicator of `plan` (not looked up when the
/// plan is unknown, which is already reported).
fn check_indicator<'a>(
    errs: &mut Vec<FieldError>,
    cat: &'a Catalog,
    plan: Option<&plans::Model>,
    indicator_code: Option<&str>,
) -> Option<&'a indicators::Model> {
    let code = indicator_code.map(str::trim).unwrap_or("");
    if code.is_empty() {
        err(errs, "indicator_code", crate::error::Said::required());
        return None;
    }
    let plan = plan?;
    let indicator = cat.indicator(plan.id, code);
    if indicator.is_none() {
        err(
            errs,
            "indicator_code",
            crate::error::Said::new(
                "said-not-an-indicator-of",
                [("code", code.into()), ("plan", plan.code.as_str().into())],
            ),
        );
    }
    indicator
}

/// The year: required, a whole number, and inside the plan's years when the plan is known.
fn check_year(errs: &mut Vec<FieldError>, plan: Option<&plans::Model>, text: Option<&str>) -> Option<i32> {
    let Some(text) = given(text) else {
        err(errs, "year", crate::error::Said::required());
        return None;
    };
    let year = parse_int(text).map_err(|e| err(errs, "year", e)).ok()?;
    if let Some(Err(reason)) = plan.map(|p| crate::models::indicators::check_year_in_plan(p, year)) {
        err(errs, "year", reason);
    }
    Some(year)
}

/// The quarter: absent for an annual value, else a whole number from 1 to 4.
fn check_quarter(errs: &mut Vec<FieldError>, text: Option<&str>) -> Option<i32> {
    let quarter = parse_int(given(text)?).map_err(|e| err(errs, "quarter", e)).ok()?;
    if !(1..=4).contains(&quarter) {
        err(
            errs,
            "quarter",
            crate::error::Said::new("said-not-a-quarter", [("quarter", quarter.to_string().into())]),
        );
        return None;
    }
    Some(quarter)
}

/// Value, numerator and denominator checked against the indicator's unit ([`check_figures`]); without
/// the indicator the unit is unknown, but text in a numeric field is still reported.
fn check_indicator_figures(
    errs: &mut Vec<FieldError>,
    indicator: Option<&indicators::Model>,
    raw: &RawEntry,
) -> Option<Figures> {
    let (value, numerator, denominator) = (
        raw.value.as_deref(),
        raw.numerator.as_deref(),
        raw.denominator.as_deref(),
    );
    let Some(indicator) = indicator else {
        for (field, text) in [("value", value), ("numerator", numerator), ("denominator", denominator)] {
            parse_opt(errs, field, text);
        }
        return None;
    };
    check_figures(errs, &indicator.unit, value, numerator, denominator)
}

/// Checks each dimension=value pair against the indicator's dimensions; returns the canonical text and
/// the dimension value ids. Errors name `disaggregation.<dimension>`.
fn check_dimensions(
    errs: &mut Vec<FieldError>,
    cat: &Catalog,
    indicator: Option<&indicators::Model>,
    pairs: &Result<Vec<(String, String)>, crate::error::Said>,
) -> (String, Vec<i32>) {
    let pairs = match pairs {
        Ok(p) => p,
        Err(e) => {
            err(errs, "disaggregation", e.clone());
            return (String::new(), Vec::new());
        }
    };
    let mut ids = Vec::with_capacity(pairs.len());
    for (d, v) in pairs {
        let field = format!("disaggregation.{d}");
        let Some(&dim_id) = cat.dimensions.get(d) else {
            err(
                errs,
                field,
                crate::error::Said::new("said-not-a-known-dimension", [("dimension", d.as_str().into())]),
            );
            continue;
        };
        if let Some(i) = indicator
            && !cat.indicator_dims.get(&i.id).is_some_and(|s| s.contains(&dim_id))
        {
            err(
                errs,
                field,
                crate::error::Said::new(
                    "said-not-disaggregated-by",
                    [
                        ("indicator", i.code.as_str().into()),
                        ("dimension", d.as_str().into()),
                        ("dimensions", cat.dims_of(i.id).into()),
                    ],
                ),
            );
            continue;
        }
        match cat.value_id(dim_id, v) {
            Some(id) => ids.push(id),
            None => err(
                errs,
                field,
                crate::error::Said::new(
                    "said-not-a-value-of",
                    [
                        ("value", v.as_str().into()),
                        ("dimension", d.as_str().into()),
                        ("values", cat.value_codes(dim_id).into()),
                    ],
                ),
            ),
        }
    }
    (super::format_disaggregation(pairs), ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errs: &[FieldError]) -> Vec<&str> {
        errs.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_ratio_value_is_computed_from_numerator_and_denominator() {
        let mut e = Vec::new();
        let f = check_figures(&mut e, "ratio", None, Some("77.2"), Some("80")).unwrap();
        assert_eq!(f.value.to_string(), "0.965");
        let f = check_figures(&mut e, "ratio", None, Some("1"), Some("3")).unwrap();
        assert_eq!(f.value.to_string(), "0.3333");
        assert!(e.is_empty());
    }

    #[test]
    fn a_ratio_value_that_is_not_numerator_over_denominator_is_refused() {
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "ratio", Some("0.9"), Some("77.2"), Some("80")).is_none());
        assert_eq!(fields(&e), ["value"]);
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "ratio", Some("0.3333"), Some("1"), Some("3")).is_some());
    }

    #[test]
    fn a_percentage_given_with_numerator_and_denominator_is_a_hundred_times_their_share() {
        let mut e = Vec::new();
        let f = check_figures(&mut e, "percent", None, Some("40"), Some("160")).unwrap();
        assert_eq!(f.value.to_string(), "25");
        assert!(check_figures(&mut e, "percent", Some("25"), Some("40"), Some("160")).is_some());
        assert!(e.is_empty(), "{e:?}");
        // The fraction is the ratio's value, not the percentage's.
        assert!(check_figures(&mut e, "percent", Some("0.25"), Some("40"), Some("160")).is_none());
        assert_eq!(fields(&e), ["value"]);
        assert!(e[0].reason.contains("100 × 40 ÷ 160 = 25"), "{}", e[0].reason);
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "percent", Some("25"), Some("40"), None).is_none());
        assert_eq!(fields(&e), ["denominator"]);
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "percent", Some("25"), None, None).is_some());
        assert!(check_figures(&mut e, "percent", None, None, None).is_none());
        assert_eq!(fields(&e), ["value"]);
    }

    #[test]
    fn a_ratio_without_denominator_and_a_zero_denominator_are_refused() {
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "ratio", Some("0.5"), Some("1"), None).is_none());
        assert_eq!(fields(&e), ["denominator"]);
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "ratio", None, Some("1"), Some("0")).is_none());
        assert_eq!(fields(&e), ["denominator"]);
    }

    #[test]
    fn every_bad_figure_is_named_at_once() {
        let mut e = Vec::new();
        assert!(check_figures(&mut e, "percent", Some("N/A"), Some("1,5"), Some("0.12345")).is_none());
        assert_eq!(fields(&e), ["value", "numerator", "denominator"]);
        assert!(
            e[1].reason.contains("decimal commas are not accepted"),
            "{}",
            e[1].reason
        );
        assert!(e[2].reason.contains("4 decimal places"), "{}", e[2].reason);
    }
}
