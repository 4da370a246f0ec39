//! The words around a trajectory chart: its subtitle, its data table and its text alternative.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::DataTable;
use crate::format::{opt_value, percent, unit_label, value};
use crate::input::{IndicatorInput, Outlook, Quality};

/// "Status 2028: At risk (progress 90%). Actual … ; expected …."
pub(super) fn subtitle(i: &IndicatorInput, year: i32) -> String {
    let mut s = format!("Status {year}: {}", i.status.label());
    if let Some(p) = i.progress {
        s.push_str(&format!(" (progress {})", percent(p)));
    }
    match (i.actual, i.actual_year) {
        (Some(a), Some(ay)) => {
            s.push_str(&format!(". Actual {} in {ay}", value(a, i.unit)));
            if let Some(q) = i.quality.filter(|q| *q != Quality::Final) {
                s.push_str(&format!(" ({})", q.as_str()));
            }
            if i.stale {
                s.push_str(&format!(", the latest approved value standing in for {year}"));
            }
        }
        _ => s.push_str(". No approved actual"),
    }
    if let Some(e) = i.expected {
        s.push_str(&format!("; expected {}", value(e, i.unit)));
    }
    if let Some(r) = i
        .reason
        .as_deref()
        .map(|r| r.trim_end_matches('.'))
        .filter(|r| !r.is_empty())
    {
        s.push_str(&format!(". {r}"));
    }
    s.push('.');
    s
}

/// Reference values and approved actuals by year.
pub(super) fn data_table(i: &IndicatorInput, path: &BTreeMap<i32, (Decimal, Ref)>) -> DataTable {
    let mut t = DataTable::new(
        &["Year", "Reference", "Reference value", "Approved actual", "Quality"],
        &[false, false, true, true, false],
    );
    let line = i.line();
    let mut years: Vec<i32> = path.keys().copied().chain(line.iter().map(|p| p.year)).collect();
    years.sort_unstable();
    years.dedup();
    for yr in years {
        let reference = path.get(&yr);
        let actual = line.iter().find(|p| p.year == yr);
        t.push(vec![
            yr.to_string(),
            reference
                .map_or("", |(_, k)| match k {
                    Ref::Baseline => "baseline",
                    Ref::Milestone => "milestone",
                    Ref::Target => "target",
                })
                .to_owned(),
            opt_value(reference.map(|(v, _)| *v), i.unit),
            opt_value(actual.map(|p| p.value), i.unit),
            actual.map_or("", |p| p.quality.as_str()).to_owned(),
        ]);
    }
    t
}

/// The chart in words.
pub(super) fn alt_text(i: &IndicatorInput, year: i32) -> String {
    let mut parts = vec![format!(
        "Line chart of indicator {} {} ({})",
        i.code,
        i.name,
        unit_label(i.unit)
    )];
    if let (Some(b), Some(by)) = (i.baseline, i.baseline_year) {
        parts.push(format!("baseline {} in {by}", value(b, i.unit)));
    }
    if let (Some(t), Some(ty)) = (i.target, i.target_year) {
        parts.push(format!("target {} in {ty}", value(t, i.unit)));
    }
    let line = i.line();
    if line.is_empty() {
        parts.push("no approved values".to_owned());
    } else {
        let pts: Vec<String> = line
            .iter()
            .map(|p| match p.quality {
                Quality::Final => format!("{} {}", p.year, value(p.value, i.unit)),
                q => format!("{} {} ({})", p.year, value(p.value, i.unit), q.as_str()),
            })
            .collect();
        parts.push(format!("approved values {}", pts.join(", ")));
    }
    parts.push(format!("status {year}: {}", i.status.label().to_lowercase()));
    if let Some(p) = &i.projection {
        parts.push(match (p.value_at_target_year, i.target_year) {
            (Some(v), Some(ty)) => format!(
                "projection (dashed, a least-squares line through {} points) {} in {ty}, target {}",
                p.points_used,
                value(v, i.unit),
                match p.outlook {
                    Outlook::Likely => "likely to be met",
                    Outlook::Unlikely => "unlikely to be met",
                    Outlook::TooEarly => "too early to tell",
                }
            ),
            _ => "projection: too early to tell".to_owned(),
        });
    }
    format!("{}.", parts.join("; "))
}

/// Kind of a reference point on the expected path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ref {
    /// Baseline.
    Baseline,
    /// Annual milestone.
    Milestone,
    /// End-of-plan target.
    Target,
}

/// Baseline, milestones and target by year (a later kind wins a shared year).
pub(super) fn reference_path(i: &IndicatorInput) -> BTreeMap<i32, (Decimal, Ref)> {
    let mut path = BTreeMap::new();
    if let (Some(v), Some(yr)) = (i.baseline, i.baseline_year) {
        path.insert(yr, (v, Ref::Baseline));
    }
    for m in &i.milestones {
        path.insert(m.year, (m.value, Ref::Milestone));
    }
    if let (Some(v), Some(yr)) = (i.target, i.target_year) {
        path.insert(yr, (v, Ref::Target));
    }
    path
}
