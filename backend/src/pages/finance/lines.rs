//! The financial plan's lines set beside their execution: one table per biennium, a row per year,
//! unit, kind and category, with the execution rate (flagged above 100 % and below
//! [`crate::models::finance_totals::LOW_EXECUTION`]) and, where the user may change the line or record the actual, a form; and the
//! subtotals per unit and kind of the rows shown.

use super::super::dashboard::{percent, thousands};
use crate::models::finance_totals::{ExecutionFlag, execution_flag, execution_rate};
use crate::views::finance::MoneyView;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The small form recording one actual.
pub struct ActualForm {
    /// The actual's id when one exists (update), `None` to create it.
    pub id: Option<i32>,
    /// Its version, sent back so a concurrent change is noticed.
    pub version: i32,
    /// The current actual as typed (no separators), empty when none.
    pub value: String,
    /// The input's id.
    pub field_id: String,
    /// The input's label, e.g. "Actual 2028 BR expense staff".
    pub label: String,
}

/// An execution rate as shown, with its flag in words (so it reads without colour).
pub struct Rate {
    /// e.g. `75.0 %`, `—` when there is no rate.
    pub text: String,
    /// The message of the flag (`above 100 %`, `below { $low }`), when flagged.
    pub flag: Option<&'static str>,
    /// CSS class of the flag: `bad-text` above 100 %, `warn-text` below the threshold.
    pub class: &'static str,
}

impl Rate {
    /// The rate of `actual` against `plan`.
    pub fn of(plan: Option<Decimal>, actual: Option<Decimal>) -> Rate {
        let rate = plan.and_then(|p| execution_rate(p, actual));
        let flag = rate.and_then(execution_flag);
        Rate {
            text: rate.map_or_else(|| "—".into(), percent),
            flag: flag.map(|f| match f {
                ExecutionFlag::Above => "fin-flag-above",
                ExecutionFlag::Low => "fin-flag-low",
            }),
            class: match flag {
                Some(ExecutionFlag::Above) => "bad-text",
                Some(ExecutionFlag::Low) => "warn-text",
                None => "",
            },
        }
    }
}

/// The small form changing a line's planned amount (the office).
pub struct LineForm {
    /// The line's id.
    pub id: i32,
    /// Its version.
    pub version: i32,
    /// The amount as typed (no separators).
    pub value: String,
    /// The input's id.
    pub field_id: String,
    /// The input's label, e.g. "Plan 2028 BR expense staff".
    pub label: String,
}

/// One row: a line, its actual, or both.
pub struct LineRow {
    /// Year.
    pub year: i32,
    /// Org unit code.
    pub unit: String,
    /// revenue or expense.
    pub kind: String,
    /// Category, readable.
    pub category: String,
    /// The category as stored (sent by the form).
    pub category_key: String,
    /// Planned amount, formatted.
    pub plan: String,
    /// Actual, formatted.
    pub actual: String,
    /// actual ÷ plan.
    pub rate: Rate,
    /// The form, when the user may record this actual.
    pub form: Option<ActualForm>,
    /// The form changing the line, when the user may.
    pub line_form: Option<LineForm>,
}

/// The plan and actual of one unit and kind over the rows shown.
pub struct Subtotal {
    /// Org unit code.
    pub unit: String,
    /// revenue or expense.
    pub kind: String,
    /// Planned, exact.
    pub plan: Decimal,
    /// Recorded, exact; `None` when no row has an actual.
    pub actual: Option<Decimal>,
    /// Planned, formatted.
    pub plan_text: String,
    /// Recorded, formatted.
    pub actual_text: String,
    /// actual ÷ plan.
    pub rate: Rate,
}

/// Subtotals per unit and kind of `lines` and `actuals` (already filtered), units in code order,
/// expense before revenue.
pub fn subtotals(lines: &[MoneyView], actuals: &[MoneyView]) -> Vec<Subtotal> {
    let mut sums: BTreeMap<(String, String), (Decimal, Option<Decimal>)> = BTreeMap::new();
    for l in lines {
        sums.entry((l.unit.clone(), l.kind.clone())).or_default().0 += l.amount;
    }
    for a in actuals {
        let s = sums.entry((a.unit.clone(), a.kind.clone())).or_default();
        s.1 = Some(s.1.unwrap_or_default() + a.amount);
    }
    sums.into_iter()
        .map(|((unit, kind), (plan, actual))| Subtotal {
            plan_text: thousands(plan),
            actual_text: actual.map_or_else(|| "—".into(), thousands),
            rate: Rate::of(Some(plan), actual),
            unit,
            kind,
            plan,
            actual,
        })
        .collect()
}

/// Totals of one kind in a biennium.
pub struct KindTotal {
    /// revenue or expense.
    pub kind: &'static str,
    /// Planned.
    pub plan: String,
    /// Recorded so far.
    pub actual: String,
}

/// One biennium's table.
pub struct BienniumTable {
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// Its rows.
    pub rows: Vec<LineRow>,
    /// Revenue and expense totals.
    pub totals: Vec<KindTotal>,
}

type Key = (String, i32, String, String, String);

fn key(m: &MoneyView) -> Key {
    (
        m.biennium.clone(),
        m.year,
        m.kind.clone(),
        m.unit.clone(),
        m.category.clone(),
    )
}

/// Pairs `lines` with `actuals` by (biennium, year, kind, unit, category); `writable(unit)` says where
/// an actual's form goes, `plans` whether lines get one. Expense rows come before revenue rows in a
/// year, units and categories in code order.
pub fn tables(
    lines: &[MoneyView],
    actuals: &[MoneyView],
    writable: impl Fn(&str) -> bool,
    plans: bool,
) -> Vec<BienniumTable> {
    let mut rows: BTreeMap<Key, (Option<&MoneyView>, Option<&MoneyView>)> = BTreeMap::new();
    for l in lines {
        rows.entry(key(l)).or_default().0 = Some(l);
    }
    for a in actuals {
        rows.entry(key(a)).or_default().1 = Some(a);
    }
    let mut out: Vec<BienniumTable> = Vec::new();
    let mut sums: BTreeMap<(String, &'static str), (Decimal, Decimal)> = BTreeMap::new();
    for ((biennium, year, kind, unit, category), (line, actual)) in rows {
        let kind_key: &'static str = if kind == "revenue" { "revenue" } else { "expense" };
        let s = sums.entry((biennium.clone(), kind_key)).or_default();
        s.0 += line.map_or(Decimal::ZERO, |l| l.amount);
        s.1 += actual.map_or(Decimal::ZERO, |a| a.amount);
        let form = writable(&unit).then(|| ActualForm {
            id: actual.map(|a| a.id),
            version: actual.map_or(0, |a| a.version),
            value: actual.map_or_else(String::new, |a| a.amount.normalize().to_string()),
            field_id: format!("act-{year}-{unit}-{kind}-{category}"),
            label: format!("Actual {year} {unit} {kind} {}", category.replace('_', " ")),
        });
        let line_form = line.filter(|_| plans).map(|l| LineForm {
            id: l.id,
            version: l.version,
            value: l.amount.normalize().to_string(),
            field_id: format!("plan-{year}-{unit}-{kind}-{category}"),
            label: format!("Plan {year} {unit} {kind} {}", category.replace('_', " ")),
        });
        let row = LineRow {
            year,
            unit,
            kind,
            category: category.replace('_', " "),
            plan: line.map_or_else(|| "—".into(), |l| thousands(l.amount)),
            actual: actual.map_or_else(|| "—".into(), |a| thousands(a.amount)),
            rate: Rate::of(line.map(|l| l.amount), actual.map(|a| a.amount)),
            category_key: category,
            form,
            line_form,
        };
        match out.last_mut() {
            Some(t) if t.biennium == biennium => t.rows.push(row),
            _ => out.push(BienniumTable {
                biennium,
                rows: vec![row],
                totals: Vec::new(),
            }),
        }
    }
    for t in &mut out {
        for kind in ["revenue", "expense"] {
            if let Some((p, a)) = sums.get(&(t.biennium.clone(), kind)) {
                t.totals.push(KindTotal {
                    kind,
                    plan: thousands(*p),
                    actual: thousands(*a),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn mv(id: i32, year: i32, unit: &str, kind: &str, category: &str, amount: Decimal) -> MoneyView {
        MoneyView {
            id,
            plan: "P".into(),
            biennium: if year < 2030 { "2028-2029" } else { "2030-2031" }.into(),
            year,
            unit: unit.into(),
            kind: kind.into(),
            category: category.into(),
            description: String::new(),
            amount,
            provenance: "entered".into(),
            source: String::new(),
            version: 3,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn each_line_meets_its_actual_and_only_writable_units_get_a_form() {
        let lines = [
            mv(1, 2028, "BR", "expense", "staff", dec!(200)),
            mv(2, 2028, "GS", "expense", "staff", dec!(100)),
            mv(3, 2030, "BR", "expense", "staff", dec!(300)),
        ];
        let actuals = [mv(9, 2028, "BR", "expense", "staff", dec!(150))];
        let t = tables(&lines, &actuals, |u| u == "BR", false);
        assert_eq!(t.len(), 2);
        let br = &t[0].rows[0];
        assert_eq!(
            (br.unit.as_str(), br.actual.as_str(), br.rate.text.as_str()),
            ("BR", "150", "75.0 %")
        );
        assert!(br.rate.flag.is_none() && br.line_form.is_none());
        let form = br.form.as_ref().expect("BR row has a form");
        assert_eq!((form.id, form.version, form.value.as_str()), (Some(9), 3, "150"));
        assert!(t[0].rows[1].form.is_none(), "GS row is read only");
        assert_eq!(t[1].rows[0].form.as_ref().map(|f| f.id), Some(None));
        assert_eq!(t[0].totals[0].plan, "300");
        assert_eq!(t[0].totals[0].actual, "150");
    }

    #[test]
    fn subtotals_sum_each_unit_and_kind_and_flag_their_execution() {
        let lines = [
            mv(1, 2028, "BR", "expense", "staff", dec!(200)),
            mv(2, 2028, "BR", "expense", "non_staff", dec!(100)),
            mv(3, 2029, "BR", "expense", "staff", dec!(300)),
            mv(4, 2028, "GS", "expense", "staff", dec!(100)),
            mv(5, 2028, "GS", "revenue", "cost_recovery", dec!(10)),
        ];
        let actuals = [
            mv(9, 2028, "BR", "expense", "staff", dec!(250)),
            mv(8, 2028, "GS", "expense", "staff", dec!(120)),
        ];
        let s = subtotals(&lines, &actuals);
        let got: Vec<_> = s
            .iter()
            .map(|t| (t.unit.as_str(), t.kind.as_str(), t.plan, t.actual, t.rate.flag))
            .collect();
        assert_eq!(
            got,
            [
                ("BR", "expense", dec!(600), Some(dec!(250)), Some("fin-flag-low")),
                ("GS", "expense", dec!(100), Some(dec!(120)), Some("fin-flag-above")),
                ("GS", "revenue", dec!(10), None, None),
            ]
        );
        let t = tables(&lines, &actuals, |_| false, true);
        assert_eq!(
            t[0].rows[0].line_form.as_ref().map(|f| (f.id, f.value.as_str())),
            Some((2, "100"))
        );
    }
}
