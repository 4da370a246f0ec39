//! Cross-file checks of measured values.

use super::{Known, problem};
use crate::seed::parse::{Codes, Seed};
use crate::seed::reader::Problem;
use crate::status::{Unit, check_share};

/// Measurements: indicator known, year in the plan, value fits the unit, disaggregation known, one value per slot.
pub(super) fn measurements(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut slots = Codes::new();
    for m in &seed.measurements {
        let Some(ind) = known.inds.get(&(m.plan_code.clone(), m.indicator_code.clone())) else {
            problems.push(problem(
                "measurements.csv",
                m.line,
                "indicator_code",
                format!("unknown indicator `{}` in plan {}", m.indicator_code, m.plan_code),
            ));
            continue;
        };
        known.in_plan_years("measurements.csv", m.line, "year", &m.plan_code, m.year, problems);
        if let Err(e) = crate::models::indicators::check_value_for_unit(&ind.unit, m.value) {
            problems.push(problem("measurements.csv", m.line, "value", e.to_string()));
        }
        if ind.unit == "ratio" && (m.numerator.is_none() || m.denominator.is_none()) {
            problems.push(problem(
                "measurements.csv",
                m.line,
                "denominator",
                "a ratio needs its numerator and denominator".into(),
            ));
        }
        if let (Some(unit), Some(n), Some(d)) = (
            Unit::parse(&ind.unit).filter(|u| u.is_share()),
            m.numerator,
            m.denominator,
        ) && d != crate::fixed::Fixed::ZERO
            && let Err(e) = check_share(unit, m.value.to_decimal(), n.to_decimal(), d.to_decimal())
        {
            problems.push(problem("measurements.csv", m.line, "value", e.to_string()));
        }
        for (d, v) in &m.disaggregation {
            if !ind.dimensions.contains(d) {
                problems.push(problem(
                    "measurements.csv",
                    m.line,
                    "disaggregation",
                    format!("indicator {} has no dimension `{d}`", ind.code),
                ));
            } else if !known.dims.get(d.as_str()).is_some_and(|vs| vs.contains(&v.as_str())) {
                problems.push(problem(
                    "measurements.csv",
                    m.line,
                    "disaggregation",
                    format!("`{v}` is not a value of dimension {d}"),
                ));
            }
        }
        let slot = crate::models::measurements::slot_key(m.year, m.quarter, &m.disaggregation);
        slots.add(
            format!("{}|{}|{slot}", m.plan_code, m.indicator_code),
            || {
                problem(
                    "measurements.csv",
                    m.line,
                    "year",
                    "duplicate value for this indicator, period and disaggregation".into(),
                )
            },
            problems,
        );
    }
}
