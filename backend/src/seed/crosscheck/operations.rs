//! Cross-file checks of operational plans and items and of risks.

use super::{Known, problem};
use crate::seed::parse::{Codes, Seed};
use crate::seed::reader::Problem;

/// Operational plans unique per unit and year; items belong to one, with a known output and unit, codes unique.
pub(super) fn operational(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut op_plans = Codes::new();
    for o in &seed.op_plans {
        known.unit("operational_plans.csv", o.line, "unit_code", &o.unit_code, problems);
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
        known.node(
            "operational_items.csv",
            o.line,
            "output_code",
            &o.plan_code,
            &o.output_code,
            problems,
        );
        known.unit(
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
}

/// Risks: plan, owner unit and linked nodes known, codes unique in a plan.
pub(super) fn risks(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut risks = Codes::new();
    for r in &seed.risks {
        known.plan("risks.csv", r.line, &r.plan_code, problems);
        known.unit("risks.csv", r.line, "owner_unit_code", &r.owner_unit_code, problems);
        for n in &r.linked_node_codes {
            known.node("risks.csv", r.line, "linked_node_codes", &r.plan_code, n, problems);
        }
        risks.add(
            format!("{}|{}", r.plan_code, r.code),
            || problem("risks.csv", r.line, "code", format!("duplicate risk `{}`", r.code)),
            problems,
        );
    }
}
