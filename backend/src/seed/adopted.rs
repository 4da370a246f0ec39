//! Checks of `adopted_totals.csv`: one row per plan and biennium, a biennium of its plan, and totals
//! equal to the sums of the biennium's lines in `finance_lines.csv`, exactly, so that a seed loads only
//! when its financial plan reconciles with the totals it claims were adopted.

use super::parse::Seed;
use super::reader::Problem;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

const FILE: &str = "adopted_totals.csv";

/// Records every problem of the adopted totals of `seed` into `problems`.
pub fn check(seed: &Seed, problems: &mut Vec<Problem>) {
    let mut lines: HashMap<(&str, &str, &str), Decimal> = HashMap::new();
    for l in &seed.finance_lines {
        *lines.entry((&l.plan_code, &l.biennium, &l.kind)).or_default() += l.amount.to_decimal();
    }
    let plans: HashMap<&str, (i32, i32)> = seed
        .plans
        .iter()
        .map(|p| (p.code.as_str(), (p.start_year, p.end_year)))
        .collect();
    let mut seen = HashSet::new();
    for a in &seed.adopted_totals {
        let mut fail = |column: &str, reason: String| {
            problems.push(Problem {
                file: FILE.into(),
                line: a.line,
                column: column.into(),
                reason,
            })
        };
        let Some(&(start, end)) = plans.get(a.plan_code.as_str()) else {
            fail("plan_code", format!("unknown plan `{}`", a.plan_code));
            continue;
        };
        let fits = crate::models::finance_rows::biennium_years(&a.biennium).is_some_and(|(first, last)| {
            first >= start && last <= end && crate::models::finance_rows::biennium_of(first, start) == a.biennium
        });
        if !fits {
            fail(
                "biennium",
                format!(
                    "`{}` is not a biennium of plan {} ({start}-{end})",
                    a.biennium, a.plan_code
                ),
            );
            continue;
        }
        if !seen.insert((&a.plan_code, &a.biennium)) {
            fail(
                "biennium",
                format!("duplicate totals for {} {}", a.plan_code, a.biennium),
            );
            continue;
        }
        for (column, adopted) in [("revenue", a.revenue), ("expense", a.expense)] {
            let sum = lines
                .get(&(a.plan_code.as_str(), a.biennium.as_str(), column))
                .copied()
                .unwrap_or_default();
            if sum != adopted.to_decimal() {
                fail(
                    column,
                    format!(
                        "the {column} lines of {} {} in finance_lines.csv sum to {}, not the {} adopted here",
                        a.plan_code,
                        a.biennium,
                        sum.normalize(),
                        adopted.to_decimal()
                    ),
                );
            }
        }
    }
}
