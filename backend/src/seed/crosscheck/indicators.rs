//! Cross-file checks of dimensions, indicators, milestones and mandates.

use super::{Known, problem};
use crate::seed::parse::{Codes, Seed};
use crate::seed::reader::Problem;

/// Dimensions: values unique; remembers each dimension's values.
pub(super) fn dimensions<'s>(seed: &'s Seed, known: &mut Known<'s>, problems: &mut Vec<Problem>) {
    let mut dim_values = Codes::new();
    for d in &seed.dimensions {
        known.dims.entry(&d.dimension_code).or_default().push(&d.value_code);
        dim_values.add(
            format!("{}={}", d.dimension_code, d.value_code),
            || {
                problem(
                    "dimensions.csv",
                    d.line,
                    "value_code",
                    format!("duplicate value `{}`", d.value_code),
                )
            },
            problems,
        );
    }
}

/// Indicators: plan, node, owner unit, dimensions and predecessor known, codes unique in a plan; remembers them.
pub(super) fn indicators<'s>(seed: &'s Seed, known: &mut Known<'s>, problems: &mut Vec<Problem>) {
    for i in &seed.indicators {
        known.plan("indicators.csv", i.line, &i.plan_code, problems);
        known.node(
            "indicators.csv",
            i.line,
            "node_code",
            &i.plan_code,
            &i.node_code,
            problems,
        );
        known.unit(
            "indicators.csv",
            i.line,
            "owner_unit_code",
            &i.owner_unit_code,
            problems,
        );
        for d in &i.dimensions {
            if !known.dims.contains_key(d.as_str()) {
                problems.push(problem(
                    "indicators.csv",
                    i.line,
                    "dimensions",
                    format!("unknown dimension `{d}`"),
                ));
            }
        }
        if let Some((pp, pc)) = &i.predecessor
            && !known.inds.contains_key(&(pp.clone(), pc.clone()))
        {
            problems.push(problem(
                "indicators.csv",
                i.line,
                "predecessor_code",
                format!("unknown or later indicator `{pc}` in plan {pp}"),
            ));
        }
        if known.inds.insert((i.plan_code.clone(), i.code.clone()), i).is_some() {
            problems.push(problem(
                "indicators.csv",
                i.line,
                "code",
                format!("duplicate code `{}` in plan {}", i.code, i.plan_code),
            ));
        }
    }
}

/// Milestones: indicator known, value fits its unit, year in the plan, one per year.
pub(super) fn milestones(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut ms = Codes::new();
    for m in &seed.milestones {
        match known.inds.get(&(m.plan_code.clone(), m.indicator_code.clone())) {
            None => problems.push(problem(
                "milestones.csv",
                m.line,
                "indicator_code",
                format!("unknown indicator `{}` in plan {}", m.indicator_code, m.plan_code),
            )),
            Some(i) => {
                if let Err(e) = crate::models::indicators::check_value_for_unit(&i.unit, m.value) {
                    problems.push(problem("milestones.csv", m.line, "value", e.to_string()));
                }
            }
        }
        known.in_plan_years("milestones.csv", m.line, "year", &m.plan_code, m.year, problems);
        ms.add(
            format!("{}|{}|{}", m.plan_code, m.indicator_code, m.year),
            || problem("milestones.csv", m.line, "year", "duplicate milestone year".into()),
            problems,
        );
    }
}

/// Mandates unique; mandate links point at a known mandate, node or indicator.
pub(super) fn mandates(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut mandates = Codes::new();
    for m in &seed.mandates {
        mandates.add(
            format!("{}|{}", m.vocabulary, m.code),
            || {
                problem(
                    "mandates.csv",
                    m.line,
                    "code",
                    format!("duplicate mandate `{}`", m.code),
                )
            },
            problems,
        );
    }
    for l in &seed.mandate_links {
        if !mandates.has(&format!("{}|{}", l.vocabulary, l.mandate_code)) {
            problems.push(problem(
                "mandate_links.csv",
                l.line,
                "mandate_code",
                format!("unknown mandate `{} {}`", l.vocabulary, l.mandate_code),
            ));
        }
        if let Some(n) = &l.node_code {
            known.node("mandate_links.csv", l.line, "node_code", &l.plan_code, n, problems);
        }
        if let Some(i) = &l.indicator_code
            && !known.inds.contains_key(&(l.plan_code.clone(), i.clone()))
        {
            problems.push(problem(
                "mandate_links.csv",
                l.line,
                "indicator_code",
                format!("unknown indicator `{i}`"),
            ));
        }
    }
}
