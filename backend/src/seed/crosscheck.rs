//! Cross-file checks of the seed: duplicate codes, unknown references, tree order and value ranges.

use super::parse::{Codes, IndicatorRow, PlanRow, Seed};
use super::reader::Problem;
use std::collections::HashMap;

mod finance;
mod framework;
mod indicators;
mod measurements;
mod operations;

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
    // The files are checked in the order they load in; each check may use what earlier ones learnt.
    let mut known = Known::default();
    framework::org_units(seed, &mut known, problems);
    framework::plans(seed, &mut known, problems);
    framework::nodes(seed, &mut known, problems);
    framework::links(seed, &known, problems);
    indicators::dimensions(seed, &mut known, problems);
    indicators::indicators(seed, &mut known, problems);
    indicators::milestones(seed, &known, problems);
    indicators::mandates(seed, &known, problems);
    finance::periods(seed, &known, problems);
    finance::money(seed, &known, problems);
    finance::allocations(seed, &known, problems);
    operations::operational(seed, &known, problems);
    operations::risks(seed, &known, problems);
    measurements::measurements(seed, &known, problems);
    framework::translations(seed, &known, problems);
}

/// What the checks of earlier files learnt, for the checks of later files to refer to.
#[derive(Default)]
struct Known<'s> {
    /// Org unit codes.
    units: Codes,
    /// Plans by code.
    plans: HashMap<&'s str, &'s PlanRow>,
    /// Result node levels by (plan, code).
    node_level: HashMap<(String, String), String>,
    /// Values by dimension code.
    dims: HashMap<&'s str, Vec<&'s str>>,
    /// Indicators by (plan, code).
    inds: HashMap<(String, String), &'s IndicatorRow>,
}

impl Known<'_> {
    /// Records a problem unless `code` is a known org unit.
    fn unit(&self, file: &str, line: u64, col: &str, code: &str, problems: &mut Vec<Problem>) {
        if !self.units.has(code) {
            problems.push(problem(file, line, col, format!("unknown org unit `{code}`")));
        }
    }

    /// Records a problem unless `code` is a known plan.
    fn plan(&self, file: &str, line: u64, code: &str, problems: &mut Vec<Problem>) {
        if !self.plans.contains_key(code) {
            problems.push(problem(file, line, "plan_code", format!("unknown plan `{code}`")));
        }
    }

    /// Records a problem when `year` is outside the years of plan `code` (when that plan is known).
    fn in_plan_years(&self, file: &str, line: u64, col: &str, code: &str, year: i32, problems: &mut Vec<Problem>) {
        if let Some(p) = self.plans.get(code)
            && !(p.start_year..=p.end_year).contains(&year)
        {
            problems.push(problem(
                file,
                line,
                col,
                format!("{year} is outside plan {code} ({}-{})", p.start_year, p.end_year),
            ));
        }
    }

    /// Records a problem unless `code` is a known result node of plan `plan_code`.
    fn node(&self, file: &str, line: u64, col: &str, plan_code: &str, code: &str, problems: &mut Vec<Problem>) {
        if !self.node_level.contains_key(&(plan_code.to_owned(), code.to_owned())) {
            problems.push(problem(
                file,
                line,
                col,
                format!("unknown result node `{code}` in plan {plan_code}"),
            ));
        }
    }
}
