//! Cross-file checks of the seed: duplicate codes, unknown references, tree order and value ranges.

use super::parse::{Codes, Seed};
use super::reader::Problem;
use crate::models::{indicators, measurements, nodes};
use crate::status::{Unit, check_share};
use std::collections::HashMap;

fn problem(file: &str, line: u64, column: &str, reason: String) -> Problem {
    Problem {
        file: file.into(),
        line,
        column: column.into(),
        reason,
    }
}

/// Records every cross-file problem of `seed` into `problems`.
pub fn crosscheck(seed: &Seed, problems: &mut Vec<Problem>) {
    let mut units = Codes::new();
    for u in &seed.org_units {
        if let Some(p) = &u.parent_code
            && !units.has(p)
        {
            problems.push(problem(
                "org_units.csv",
                u.line,
                "parent_code",
                format!("unknown or later org unit `{p}`"),
            ));
        }
        units.add(
            u.code.clone(),
            || problem("org_units.csv", u.line, "code", format!("duplicate code `{}`", u.code)),
            problems,
        );
    }
    let unit = |file: &str, line: u64, col: &str, code: &str, problems: &mut Vec<Problem>| {
        if !units.has(code) {
            problems.push(problem(file, line, col, format!("unknown org unit `{code}`")));
        }
    };
    let mut plans = HashMap::new();
    for p in &seed.plans {
        if let Some(pred) = &p.predecessor_code
            && !plans.contains_key(pred.as_str())
        {
            problems.push(problem(
                "plans.csv",
                p.line,
                "predecessor_code",
                format!("unknown or later plan `{pred}`"),
            ));
        }
        if plans.insert(p.code.as_str(), p).is_some() {
            problems.push(problem(
                "plans.csv",
                p.line,
                "code",
                format!("duplicate code `{}`", p.code),
            ));
        }
    }
    let plan = |file: &str, line: u64, code: &str, problems: &mut Vec<Problem>| {
        let found = plans.get(code).copied();
        if found.is_none() {
            problems.push(problem(file, line, "plan_code", format!("unknown plan `{code}`")));
        }
        found
    };
    let in_plan_years = |file: &str, line: u64, col: &str, code: &str, year: i32, problems: &mut Vec<Problem>| {
        if let Some(p) = plans.get(code)
            && !(p.start_year..=p.end_year).contains(&year)
        {
            problems.push(problem(
                file,
                line,
                col,
                format!("{year} is outside plan {code} ({}-{})", p.start_year, p.end_year),
            ));
        }
    };

    let mut node_level: HashMap<(String, String), String> = HashMap::new();
    for n in &seed.nodes {
        plan("result_nodes.csv", n.line, &n.plan_code, problems);
        let key = (n.plan_code.clone(), n.code.clone());
        match &n.parent_code {
            Some(parent) => match node_level.get(&(n.plan_code.clone(), parent.clone())) {
                None => problems.push(problem(
                    "result_nodes.csv",
                    n.line,
                    "parent_code",
                    format!("unknown parent code `{parent}` (parents must come before their children)"),
                )),
                Some(pl) => {
                    if let Err(e) = nodes::check_parent_level(&n.level, Some(pl)) {
                        problems.push(problem("result_nodes.csv", n.line, "parent_code", e));
                    }
                }
            },
            None => {
                if let Err(e) = nodes::check_parent_level(&n.level, None) {
                    problems.push(problem("result_nodes.csv", n.line, "parent_code", e));
                }
            }
        }
        if let Some(u) = &n.owner_unit_code {
            unit("result_nodes.csv", n.line, "owner_unit_code", u, problems);
        } else if n.level == "output" {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "owner_unit_code",
                "is required for an output".into(),
            ));
        }
        if (n.level == "output") != n.output_kind.is_some() {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "output_kind",
                "is required for outputs and only for outputs".into(),
            ));
        }
        if node_level.insert(key, n.level.clone()).is_some() {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "code",
                format!("duplicate code `{}` in plan {}", n.code, n.plan_code),
            ));
        }
    }
    let node = |file: &str, line: u64, col: &str, plan_code: &str, code: &str, problems: &mut Vec<Problem>| {
        if !node_level.contains_key(&(plan_code.to_owned(), code.to_owned())) {
            problems.push(problem(
                file,
                line,
                col,
                format!("unknown result node `{code}` in plan {plan_code}"),
            ));
        }
    };
    let mut links = Codes::new();
    for l in &seed.links {
        node(
            "contribution_links.csv",
            l.line,
            "from_code",
            &l.plan_code,
            &l.from_code,
            problems,
        );
        node(
            "contribution_links.csv",
            l.line,
            "to_code",
            &l.plan_code,
            &l.to_code,
            problems,
        );
        if let Some(w) = l.weight
            && (w.to_decimal().is_sign_negative() || w.to_decimal() > rust_decimal::Decimal::ONE)
        {
            problems.push(problem(
                "contribution_links.csv",
                l.line,
                "weight",
                format!("{w} is not between 0 and 1"),
            ));
        }
        links.add(
            format!("{}|{}|{}", l.plan_code, l.from_code, l.to_code),
            || problem("contribution_links.csv", l.line, "to_code", "duplicate link".into()),
            problems,
        );
    }
    let mut dims: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut dim_values = Codes::new();
    for d in &seed.dimensions {
        dims.entry(&d.dimension_code).or_default().push(&d.value_code);
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
    let mut inds: HashMap<(String, String), &super::parse::IndicatorRow> = HashMap::new();
    for i in &seed.indicators {
        plan("indicators.csv", i.line, &i.plan_code, problems);
        node(
            "indicators.csv",
            i.line,
            "node_code",
            &i.plan_code,
            &i.node_code,
            problems,
        );
        unit(
            "indicators.csv",
            i.line,
            "owner_unit_code",
            &i.owner_unit_code,
            problems,
        );
        for d in &i.dimensions {
            if !dims.contains_key(d.as_str()) {
                problems.push(problem(
                    "indicators.csv",
                    i.line,
                    "dimensions",
                    format!("unknown dimension `{d}`"),
                ));
            }
        }
        if let Some((pp, pc)) = &i.predecessor
            && !inds.contains_key(&(pp.clone(), pc.clone()))
        {
            problems.push(problem(
                "indicators.csv",
                i.line,
                "predecessor_code",
                format!("unknown or later indicator `{pc}` in plan {pp}"),
            ));
        }
        if inds.insert((i.plan_code.clone(), i.code.clone()), i).is_some() {
            problems.push(problem(
                "indicators.csv",
                i.line,
                "code",
                format!("duplicate code `{}` in plan {}", i.code, i.plan_code),
            ));
        }
    }
    let mut ms = Codes::new();
    for m in &seed.milestones {
        match inds.get(&(m.plan_code.clone(), m.indicator_code.clone())) {
            None => problems.push(problem(
                "milestones.csv",
                m.line,
                "indicator_code",
                format!("unknown indicator `{}` in plan {}", m.indicator_code, m.plan_code),
            )),
            Some(i) => {
                if let Err(e) = indicators::check_value_for_unit(&i.unit, m.value) {
                    problems.push(problem("milestones.csv", m.line, "value", e));
                }
            }
        }
        in_plan_years("milestones.csv", m.line, "year", &m.plan_code, m.year, problems);
        ms.add(
            format!("{}|{}|{}", m.plan_code, m.indicator_code, m.year),
            || problem("milestones.csv", m.line, "year", "duplicate milestone year".into()),
            problems,
        );
    }
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
            node("mandate_links.csv", l.line, "node_code", &l.plan_code, n, problems);
        }
        if let Some(i) = &l.indicator_code
            && !inds.contains_key(&(l.plan_code.clone(), i.clone()))
        {
            problems.push(problem(
                "mandate_links.csv",
                l.line,
                "indicator_code",
                format!("unknown indicator `{i}`"),
            ));
        }
    }
    for p in &seed.periods {
        plan("reporting_periods.csv", p.line, &p.plan_code, problems);
        in_plan_years("reporting_periods.csv", p.line, "year", &p.plan_code, p.year, problems);
    }
    for (file, rows) in [
        ("finance_lines.csv", &seed.finance_lines),
        ("finance_actuals.csv", &seed.finance_actuals),
    ] {
        let mut keys = Codes::new();
        for f in rows {
            plan(file, f.line, &f.plan_code, problems);
            unit(file, f.line, "unit_code", &f.unit_code, problems);
            in_plan_years(file, f.line, "year", &f.plan_code, f.year, problems);
            keys.add(
                format!("{}|{}|{}|{}|{}", f.plan_code, f.year, f.unit_code, f.kind, f.category),
                || {
                    problem(
                        file,
                        f.line,
                        "category",
                        "duplicate line for this plan, year, unit, kind and category".into(),
                    )
                },
                problems,
            );
        }
    }
    for a in &seed.allocations {
        unit("budget_allocations.csv", a.line, "unit_code", &a.unit_code, problems);
        node(
            "budget_allocations.csv",
            a.line,
            "node_code",
            &a.plan_code,
            &a.node_code,
            problems,
        );
        in_plan_years("budget_allocations.csv", a.line, "year", &a.plan_code, a.year, problems);
    }
    let mut op_plans = Codes::new();
    for o in &seed.op_plans {
        unit("operational_plans.csv", o.line, "unit_code", &o.unit_code, problems);
        op_plans.add(
            format!("{}|{}|{}", o.plan_code, o.unit_code, o.year),
            || {
                problem(
                    "operational_plans.csv",
                    o.line,
                    "year",
                    "duplicate operational plan".into(),
                )
            },
            problems,
        );
    }
    let mut items = Codes::new();
    for o in &seed.op_items {
        if !op_plans.has(&format!("{}|{}|{}", o.plan_code, o.unit_code, o.year)) {
            problems.push(problem(
                "operational_items.csv",
                o.line,
                "unit_code",
                format!("no operational plan for {} {}", o.unit_code, o.year),
            ));
        }
        node(
            "operational_items.csv",
            o.line,
            "output_code",
            &o.plan_code,
            &o.output_code,
            problems,
        );
        unit(
            "operational_items.csv",
            o.line,
            "responsible_unit_code",
            &o.responsible_unit_code,
            problems,
        );
        items.add(
            format!("{}|{}|{}|{}", o.plan_code, o.unit_code, o.year, o.code),
            || {
                problem(
                    "operational_items.csv",
                    o.line,
                    "code",
                    format!("duplicate item `{}`", o.code),
                )
            },
            problems,
        );
    }
    let mut risks = Codes::new();
    for r in &seed.risks {
        plan("risks.csv", r.line, &r.plan_code, problems);
        unit("risks.csv", r.line, "owner_unit_code", &r.owner_unit_code, problems);
        for n in &r.linked_node_codes {
            node("risks.csv", r.line, "linked_node_codes", &r.plan_code, n, problems);
        }
        risks.add(
            format!("{}|{}", r.plan_code, r.code),
            || problem("risks.csv", r.line, "code", format!("duplicate risk `{}`", r.code)),
            problems,
        );
    }
    let mut slots = Codes::new();
    for m in &seed.measurements {
        let Some(ind) = inds.get(&(m.plan_code.clone(), m.indicator_code.clone())) else {
            problems.push(problem(
                "measurements.csv",
                m.line,
                "indicator_code",
                format!("unknown indicator `{}` in plan {}", m.indicator_code, m.plan_code),
            ));
            continue;
        };
        in_plan_years("measurements.csv", m.line, "year", &m.plan_code, m.year, problems);
        if let Err(e) = indicators::check_value_for_unit(&ind.unit, m.value) {
            problems.push(problem("measurements.csv", m.line, "value", e));
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
            problems.push(problem("measurements.csv", m.line, "value", e));
        }
        for (d, v) in &m.disaggregation {
            if !ind.dimensions.contains(d) {
                problems.push(problem(
                    "measurements.csv",
                    m.line,
                    "disaggregation",
                    format!("indicator {} has no dimension `{d}`", ind.code),
                ));
            } else if !dims.get(d.as_str()).is_some_and(|vs| vs.contains(&v.as_str())) {
                problems.push(problem(
                    "measurements.csv",
                    m.line,
                    "disaggregation",
                    format!("`{v}` is not a value of dimension {d}"),
                ));
            }
        }
        let slot = measurements::slot_key(m.year, m.quarter, &m.disaggregation);
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
