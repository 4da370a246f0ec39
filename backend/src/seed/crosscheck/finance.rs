//! Cross-file checks of reporting periods, finance lines and actuals and budget allocations.

use super::{Known, problem};
use crate::seed::parse::{Codes, Seed};
use crate::seed::reader::Problem;

/// Reporting periods: plan known, year in the plan.
pub(super) fn periods(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    for p in &seed.periods {
        known.plan("reporting_periods.csv", p.line, &p.plan_code, problems);
        known.in_plan_years("reporting_periods.csv", p.line, "year", &p.plan_code, p.year, problems);
    }
}

/// Finance lines and actuals: plan and unit known, year in the plan, one line per plan, year, unit, kind and category.
pub(super) fn money(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    for (file, rows) in [
        ("finance_lines.csv", &seed.finance_lines),
        ("finance_actuals.csv", &seed.finance_actuals),
    ] {
        let mut keys = Codes::new();
        for f in rows {
            known.plan(file, f.line, &f.plan_code, problems);
            known.unit(file, f.line, "unit_code", &f.unit_code, problems);
            known.in_plan_years(file, f.line, "year", &f.plan_code, f.year, problems);
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
}

/// Budget allocations: unit and node known, year in the plan.
pub(super) fn allocations(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    for a in &seed.allocations {
        known.unit("budget_allocations.csv", a.line, "unit_code", &a.unit_code, problems);
        known.node(
            "budget_allocations.csv",
            a.line,
            "node_code",
            &a.plan_code,
            &a.node_code,
            problems,
        );
        known.in_plan_years("budget_allocations.csv", a.line, "year", &a.plan_code, a.year, problems);
    }
}
