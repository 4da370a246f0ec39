//! The financial plan's lines set beside their execution: one table per biennium, a row per year,
//! unit, kind and category, with the execution rate and, where the user may record the actual, a form.

use super::super::dashboard::{percent, thousands};
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
    pub rate: String,
    /// The form, when the user may record this actual.
    pub form: Option<ActualForm>,
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
/// a form goes. Expense rows come before revenue rows in a year, units and categories in code order.
pub fn tables(lines: &[MoneyView], actuals: &[MoneyView], writable: impl Fn(&str) -> bool) -> Vec<BienniumTable> {
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
        let row = LineRow {
            year,
            unit,
            kind,
            category: category.replace('_', " "),
            plan: line.map_or_else(|| "—".into(), |l| thousands(l.amount)),
            actual: actual.map_or_else(|| "—".into(), |a| thousands(a.amount)),
            rate: match (line, actual) {
                (Some(l), Some(a)) if !l.amount.is_zero() => percent(a.amount / l.amount),
                _ => "—".into(),
            },
            category_key: category,
            form,
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
        let t = tables(&lines, &actuals, |u| u == "BR");
        assert_eq!(t.len(), 2);
        let br = &t[0].rows[0];
        assert_eq!(
            (br.unit.as_str(), br.actual.as_str(), br.rate.as_str()),
            ("BR", "150", "75.0 %")
        );
        let form = br.form.as_ref().expect("BR row has a form");
        assert_eq!((form.id, form.version, form.value.as_str()), (Some(9), 3, "150"));
        assert!(t[0].rows[1].form.is_none(), "GS row is read only");
        assert_eq!(t[1].rows[0].form.as_ref().map(|f| f.id), Some(None));
        assert_eq!(t[0].totals[0].plan, "300");
        assert_eq!(t[0].totals[0].actual, "150");
    }
}
