//! The words around a trajectory chart: its subtitle, its data table and its text alternative.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::DataTable;
use crate::format::{opt_value, percent, unit_label, value};
use crate::input::{IndicatorInput, Outlook, Quality};
use crate::words::Words;
use stratrack_i18n::Arg;

/// The words of the chart's notes: the report's language in form 4 and later, English before.
fn words() -> Words {
    crate::words::current().body()
}

/// A value's quality as a word of the report's language.
fn quality(w: Words, q: Quality) -> String {
    w.t(&format!("quality-{}", q.as_str()), q.as_str())
}

/// "Status 2028: At risk (progress 90%). Actual … ; expected …."
pub(super) fn subtitle(i: &IndicatorInput, year: i32) -> String {
    let w = words();
    let status = w.status(i.status);
    let mut s = w.t_with(
        "report-traj-status",
        format!("Status {year}: {status}"),
        &[("year", year.into()), ("status", Arg::from(&status))],
    );
    if let Some(p) = i.progress {
        s.push_str(&w.t_with(
            "report-traj-progress",
            format!(" (progress {})", percent(p)),
            &[("progress", Arg::from(percent(p)))],
        ));
    }
    match (i.actual, i.actual_year) {
        (Some(a), Some(ay)) => {
            s.push_str(&w.t_with(
                "report-traj-actual",
                format!(". Actual {} in {ay}", value(a, i.unit)),
                &[("value", Arg::from(value(a, i.unit))), ("year", ay.into())],
            ));
            if let Some(q) = i.quality.filter(|q| *q != Quality::Final) {
                s.push_str(&format!(" ({})", quality(w, q)));
            }
            if i.stale {
                s.push_str(&w.t_with(
                    "report-traj-stale",
                    format!(", the latest approved value standing in for {year}"),
                    &[("year", year.into())],
                ));
            }
        }
        _ => s.push_str(&w.t("report-traj-no-actual", ". No approved actual")),
    }
    if let Some(e) = i.expected {
        s.push_str(&w.t_with(
            "report-traj-expected",
            format!("; expected {}", value(e, i.unit)),
            &[("value", Arg::from(value(e, i.unit)))],
        ));
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
    let w = words();
    let headers = [
        w.t("report-th-year", "Year"),
        w.t("report-th-reference", "Reference"),
        w.t("report-th-reference-value", "Reference value"),
        w.t("report-th-approved-actual", "Approved actual"),
        w.t("report-th-quality", "Quality"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut t = DataTable::new(&headers, &[false, false, true, true, false]);
    let line = i.line();
    let mut years: Vec<i32> = path.keys().copied().chain(line.iter().map(|p| p.year)).collect();
    years.sort_unstable();
    years.dedup();
    for yr in years {
        let reference = path.get(&yr);
        let actual = line.iter().find(|p| p.year == yr);
        t.push(vec![
            yr.to_string(),
            reference.map_or_else(String::new, |(_, k)| match k {
                Ref::Baseline => w.t("report-ref-baseline", "baseline"),
                Ref::Milestone => w.t("report-ref-milestone", "milestone"),
                Ref::Target => w.t("report-ref-target", "target"),
            }),
            opt_value(reference.map(|(v, _)| *v), i.unit),
            opt_value(actual.map(|p| p.value), i.unit),
            actual.map_or_else(String::new, |p| quality(w, p.quality)),
        ]);
    }
    t
}

/// The chart in words.
pub(super) fn alt_text(i: &IndicatorInput, year: i32) -> String {
    let w = words();
    let unit = w.t(
        &format!("report-unit-{}", crate::format::unit_name(i.unit)),
        unit_label(i.unit),
    );
    let mut parts = vec![w.t_with(
        "report-traj-alt",
        format!("Line chart of indicator {} {} ({})", i.code, i.name, unit_label(i.unit)),
        &[
            ("code", Arg::from(&i.code)),
            ("name", Arg::from(&i.name)),
            ("unit", Arg::from(&unit)),
        ],
    )];
    if let (Some(b), Some(by)) = (i.baseline, i.baseline_year) {
        parts.push(w.t_with(
            "report-traj-alt-baseline",
            format!("baseline {} in {by}", value(b, i.unit)),
            &[("value", Arg::from(value(b, i.unit))), ("year", by.into())],
        ));
    }
    if let (Some(t), Some(ty)) = (i.target, i.target_year) {
        parts.push(w.t_with(
            "report-traj-alt-target",
            format!("target {} in {ty}", value(t, i.unit)),
            &[("value", Arg::from(value(t, i.unit))), ("year", ty.into())],
        ));
    }
    let line = i.line();
    if line.is_empty() {
        parts.push(w.t("report-traj-alt-no-values", "no approved values"));
    } else {
        let pts: Vec<String> = line
            .iter()
            .map(|p| match p.quality {
                Quality::Final => format!("{} {}", p.year, value(p.value, i.unit)),
                q => format!("{} {} ({})", p.year, value(p.value, i.unit), quality(w, q)),
            })
            .collect();
        let pts = pts.join(&w.t("report-list-separator", ", "));
        parts.push(w.t_with(
            "report-traj-alt-values",
            format!("approved values {pts}"),
            &[("values", Arg::from(&pts))],
        ));
    }
    let status = w.status(i.status).to_lowercase();
    parts.push(w.t_with(
        "report-traj-alt-status",
        format!("status {year}: {status}"),
        &[("year", year.into()), ("status", Arg::from(&status))],
    ));
    if let Some(p) = &i.projection {
        parts.push(match (p.value_at_target_year, i.target_year) {
            (Some(v), Some(ty)) => {
                let (key, english) = match p.outlook {
                    Outlook::Likely => ("report-traj-alt-likely", "likely to be met"),
                    Outlook::Unlikely => ("report-traj-alt-unlikely", "unlikely to be met"),
                    Outlook::TooEarly => ("report-traj-alt-too-early", "too early to tell"),
                };
                let outlook = w.t(key, english);
                w.t_with(
                    "report-traj-alt-projection",
                    format!(
                        "projection (dashed, a least-squares line through {} points) {} in {ty}, target {outlook}",
                        p.points_used,
                        value(v, i.unit),
                    ),
                    &[
                        ("points", p.points_used.into()),
                        ("value", Arg::from(value(v, i.unit))),
                        ("year", ty.into()),
                        ("outlook", Arg::from(&outlook)),
                    ],
                )
            }
            _ => w.t("report-traj-alt-projection-early", "projection: too early to tell"),
        });
    }
    format!("{}.", parts.join(&w.t("report-notes-separator", "; ")))
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
