//! The bar charts of the report: budget against actual, cost per goal and per thematic
//! priority, delivery per unit, and breakdowns by sex and by region.

use rust_decimal::Decimal;

use super::bars::{self, BarSpec, Row, Series};
use super::frame::{Hatch, Labels};
use super::scene::palette;
use super::{Chart, DataTable};
use crate::analysis::{Analysis, UnitBudget};
use crate::format::{chf_k, coord, grouped, percent, unit_label, value};
use stratrack_i18n::Arg;

use crate::input::{FinanceKind, IndicatorInput, IndicatorUnit, NodeLevel, is_illustrative};

/// Expense budget against execution per org unit for year Y.
pub fn budget(a: &Analysis<'_>) -> Chart {
    let year = a.input.year;
    let w = crate::words::current();
    let s = w.sections();
    let headers = [
        s.t("report-th-unit", "Unit"),
        s.t("report-th-plan-chf", "Plan (CHF thousands)"),
        s.t("report-th-actual-chf", "Actual (CHF thousands)"),
        s.t("report-th-difference", "Difference"),
        s.t("report-th-execution", "Execution"),
    ];
    let mut data = DataTable::new(
        &headers.each_ref().map(String::as_str),
        &[false, true, true, true, true],
    );
    let mut rows = Vec::new();
    let mut alt = Vec::new();
    for u in &a.budget {
        let (row, data_row, alt_part) = budget_unit(s, u);
        rows.push(row);
        data.push(data_row);
        alt.push(alt_part);
    }
    let lines = a.input.finance.lines.iter();
    let illustrative = lines
        .filter(|l| l.year == year && l.kind == FinanceKind::Expense)
        .any(|l| is_illustrative(&l.provenance));
    bars::render(BarSpec {
        slug: "budget-vs-actual-by-unit".to_owned(),
        title: w.t_with(
            "report-chart-budget-title",
            format!("Budget against actual expense by org unit, {year}"),
            &[("year", year.into())],
        ),
        subtitle: w.t(
            "report-chart-budget-subtitle",
            "Financial plan (Decision 5) against execution, CHF thousands; execution rate in brackets \
             (partial where some lines have no actual yet).",
        ),
        axis_title: w.t("report-chart-chf-axis", "CHF thousands"),
        series: plan_and_actual(),
        rows,
        fixed_max: None,
        illustrative,
        labels: Labels::of(a.input.is_formatted_form()),
        empty_reason: w.t_with(
            "report-chart-budget-empty",
            format!("No expense line in the financial plan for {year}."),
            &[("year", year.into())],
        ),
        data,
        alt: {
            let parts = alt.join(&s.t("report-notes-separator", "; "));
            s.t_with(
                "report-chart-budget-alt",
                format!("Grouped bar chart of planned against actual expense by org unit for {year}, CHF thousands. {parts}."),
                &[("year", year.into()), ("parts", Arg::from(&parts))],
            )
        },
    })
}

/// The two series of a budget chart: plan (solid blue) and actual (hatched orange), so the finance
/// page draws them as the report does.
pub fn plan_and_actual() -> Vec<Series> {
    let w = crate::words::current();
    vec![
        Series::solid(w.t("report-chart-plan", "Plan"), palette::BLUE),
        Series {
            name: w.t("report-chart-actual", "Actual"),
            color: palette::ORANGE,
            hatch: Hatch::Single,
        },
    ]
}

/// One unit's bars (plan, actual), data-table row and alt-text part in the budget chart.
fn budget_unit(s: crate::words::Words, u: &UnitBudget) -> (Row, Vec<String>, String) {
    let rate = u.actual.filter(|_| !u.plan.is_zero()).map(|act| act / u.plan);
    let partial = if u.missing_actuals > 0 {
        s.t("report-chart-partial", ", partial")
    } else {
        String::new()
    };
    let actual_note = match (u.actual, rate) {
        (Some(act), Some(r)) => format!("{} ({}{partial})", grouped(act, 0), percent(r)),
        (Some(act), None) => format!("{}{partial}", grouped(act, 0)),
        (None, _) => s.t("report-chart-no-actual", "no actual yet"),
    };
    let alt = s.t_with(
        "report-chart-budget-alt-unit",
        format!("{}: plan {}, actual {}", u.unit, grouped(u.plan, 0), actual_note),
        &[
            ("unit", Arg::from(&u.unit)),
            ("plan", Arg::from(grouped(u.plan, 0))),
            ("actual", Arg::from(&actual_note)),
        ],
    );
    let row = Row {
        label: u.unit.clone(),
        values: vec![Some(coord(u.plan)), u.actual.map(coord)],
        notes: vec![grouped(u.plan, 0), actual_note],
    };
    let data = vec![
        u.unit.clone(),
        chf_k(u.plan),
        u.actual.map_or_else(|| "–".to_owned(), chf_k),
        u.actual.map_or_else(|| "–".to_owned(), |act| chf_k(act - u.plan)),
        rate.map_or_else(|| "–".to_owned(), |r| format!("{}{partial}", percent(r))),
    ];
    (row, data, alt)
}

/// Cost per node of `level` for year Y.
pub fn cost(a: &Analysis<'_>, level: NodeLevel, slug: &str) -> Chart {
    let year = a.input.year;
    let costs: Vec<_> = a
        .input
        .finance
        .cost_by_node
        .iter()
        .filter(|c| c.level == level)
        .collect();
    let rows: Vec<(&str, &str, Decimal)> = costs
        .iter()
        .map(|c| (c.node_code.as_str(), c.name.as_str(), c.amount))
        .collect();
    let illustrative = costs.iter().any(|c| is_illustrative(&c.provenance));
    let labels = Labels::of(a.input.is_formatted_form());
    cost_of(&rows, level, slug, &year.to_string(), illustrative, labels)
}

/// Cost per node (code, name, CHF thousands) of `level` over `period` (a year, or `2028–2031`): bars
/// with the share of the total, labels fitted as `labels` says.
pub fn cost_of(
    costs: &[(&str, &str, Decimal)],
    level: NodeLevel,
    slug: &str,
    period: &str,
    illustrative: bool,
    labels: Labels,
) -> Chart {
    let what = if level == NodeLevel::Goal {
        "strategic goal"
    } else {
        "thematic priority"
    };
    let w = crate::words::current();
    let s = w.sections();
    let lvl = if level == NodeLevel::Goal { "goal" } else { "priority" };
    let total: Decimal = costs.iter().map(|c| c.2).sum();
    let headers = [
        s.t("report-th-code", "Code"),
        s.t("report-th-name", "Name"),
        s.t("report-th-cost-chf", "Cost (CHF thousands)"),
        s.t("report-th-share", "Share"),
    ];
    let mut data = DataTable::new(&headers.each_ref().map(String::as_str), &[false, false, true, true]);
    let mut rows = Vec::new();
    let mut alt = Vec::new();
    for &(code, name, amount) in costs {
        let share = (!total.is_zero()).then(|| amount / total);
        let note = match share {
            Some(s) => format!("{} ({})", grouped(amount, 0), percent(s)),
            None => grouped(amount, 0),
        };
        rows.push(Row {
            label: format!("{code} · {name}"),
            values: vec![Some(coord(amount))],
            notes: vec![note.clone()],
        });
        data.push(vec![
            code.to_owned(),
            name.to_owned(),
            chf_k(amount),
            share.map_or_else(|| "–".to_owned(), percent),
        ]);
        alt.push(format!("{code} {name}: {note}"));
    }
    bars::render(BarSpec {
        slug: slug.to_owned(),
        title: w.t_with(
            &format!("report-chart-cost-{lvl}-title"),
            format!("Cost by {what}, {period}"),
            &[("period", Arg::from(period))],
        ),
        subtitle: w.t(
            "report-chart-cost-subtitle",
            "Budget allocations of all units carried through contribution weights, CHF thousands; \
             share of the total in brackets.",
        ),
        axis_title: w.t("report-chart-chf-axis", "CHF thousands"),
        series: vec![Series::solid(w.t("report-chart-cost", "Cost"), palette::GREEN)],
        rows,
        fixed_max: None,
        illustrative,
        labels,
        empty_reason: w.t_with(
            &format!("report-chart-cost-{lvl}-empty"),
            format!("No budget is allocated to any {what} for {period}."),
            &[("period", Arg::from(period))],
        ),
        data,
        alt: {
            let parts = alt.join(&s.t("report-notes-separator", "; "));
            s.t_with(
                &format!("report-chart-cost-{lvl}-alt"),
                format!("Bar chart of cost by {what} for {period}, CHF thousands. {parts}."),
                &[("period", Arg::from(period)), ("parts", Arg::from(&parts))],
            )
        },
    })
}

/// Operational-plan delivery rate per unit for year Y.
pub fn delivery(a: &Analysis<'_>) -> Chart {
    let year = a.input.year;
    let w = crate::words::current();
    let s = w.sections();
    let headers = [
        s.t("report-th-unit", "Unit"),
        s.t("report-th-items", "Items"),
        s.t("report-th-counted", "Counted"),
        s.t("report-th-delivered-in-full", "Delivered in full"),
        s.t("report-th-cancelled", "Cancelled"),
        s.t("report-th-delivery-rate", "Delivery rate"),
        s.t("report-th-budget-chf", "Budget (CHF thousands)"),
    ];
    let mut data = DataTable::new(
        &headers.each_ref().map(String::as_str),
        &[false, true, true, true, true, true, true],
    );
    let mut rows = Vec::new();
    let mut alt = Vec::new();
    for u in &a.delivery {
        let note = match u.rate {
            Some(r) => s.t_with(
                "report-chart-delivery-note",
                format!(
                    "{} · {} of {} in full",
                    percent(r),
                    u.delivered,
                    crate::format::count(a.input, u.counted, "item", "items")
                ),
                &[
                    ("rate", Arg::from(percent(r))),
                    ("delivered", u.delivered.into()),
                    ("counted", u.counted.into()),
                ],
            ),
            None => s.t("report-chart-delivery-none", "no item counted"),
        };
        rows.push(Row {
            label: u.unit.clone(),
            values: vec![u.rate.map(|r| coord(r) * 100.0)],
            notes: vec![note.clone()],
        });
        data.push(vec![
            u.unit.clone(),
            u.items.to_string(),
            u.counted.to_string(),
            u.delivered.to_string(),
            u.cancelled.to_string(),
            u.rate.map_or_else(|| "–".to_owned(), percent),
            chf_k(u.budget),
        ]);
        alt.push(s.t_with(
            "report-chart-delivery-alt-unit",
            format!("{}: {note}", u.unit),
            &[("unit", Arg::from(&u.unit)), ("note", Arg::from(&note))],
        ));
    }
    bars::render(BarSpec {
        slug: "delivery-by-unit".to_owned(),
        title: w.t_with(
            "report-chart-delivery-title",
            format!("Operational-plan delivery rate by unit, {year}"),
            &[("year", year.into())],
        ),
        subtitle: w.t(
            "report-chart-delivery-subtitle",
            "Mean of delivered ÷ planned quantity per item, capped at 100%; cancelled items excluded.",
        ),
        axis_title: w.t("report-chart-delivery-axis", "Delivery rate (%)"),
        series: vec![Series::solid(
            w.t("report-chart-delivery-rate", "Delivery rate"),
            palette::BLUE,
        )],
        rows,
        fixed_max: Some(100.0),
        illustrative: a.input.operational.iter().any(|o| is_illustrative(&o.provenance)),
        labels: Labels::of(a.input.is_formatted_form()),
        empty_reason: w.t_with(
            "report-chart-delivery-empty",
            format!("No operational-plan item for {year}."),
            &[("year", year.into())],
        ),
        data,
        alt: {
            let parts = alt.join(&s.t("report-notes-separator", "; "));
            s.t_with(
                "report-chart-delivery-alt",
                format!("Bar chart of operational-plan delivery rate by unit for {year}. {parts}."),
                &[("year", year.into()), ("parts", Arg::from(&parts))],
            )
        },
    })
}

/// Dimensions an indicator is broken down by, in order of first appearance.
pub fn dimensions(i: &IndicatorInput) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in &i.disaggregations {
        if !out.contains(&d.dimension) {
            out.push(d.dimension.clone());
        }
    }
    out
}

/// Values of `i` by one dimension (sex, region…) for year Y, labels fitted as `labels` says; its words in
/// the report's language in form [`crate::input::FORM_SECTIONS`] and later.
pub fn breakdown(slug: String, i: &IndicatorInput, dimension: &str, year: i32, labels: Labels) -> Chart {
    let s = crate::words::current().sections();
    let values: Vec<_> = i.disaggregations.iter().filter(|d| d.dimension == dimension).collect();
    let dim_word = s.word("report-dimension", dimension, dimension);
    let dim_label = capitalise(&dim_word);
    let value_header = s.t("report-th-value", "Value");
    let mut data = DataTable::new(&[dim_label.as_str(), value_header.as_str()], &[false, true]);
    let mut rows = Vec::new();
    for d in &values {
        let text = value(d.value, i.unit);
        rows.push(Row {
            label: d.value_name.clone(),
            values: vec![Some(coord(d.value))],
            notes: vec![text.clone()],
        });
        data.push(vec![d.value_name.clone(), text]);
    }
    let pct = i.unit == IndicatorUnit::Percent && values.iter().all(|d| d.value <= Decimal::ONE_HUNDRED);
    let listed: Vec<String> = data.rows.iter().map(|r| format!("{} {}", r[0], r[1])).collect();
    let unit = unit_word(s, i.unit);
    let (code, name, dim) = (
        ("code", Arg::from(&i.code)),
        ("name", Arg::from(&i.name)),
        ("dimension", Arg::from(&dim_word)),
    );
    let listed = listed.join(&s.t("report-notes-separator", "; "));
    bars::render(BarSpec {
        title: s.t_with(
            "report-chart-breakdown-title",
            format!("{} — {}: by {dimension}, {year}", i.code, i.name),
            &[code.clone(), name.clone(), dim.clone(), ("year", year.into())],
        ),
        subtitle: s.t_with(
            "report-chart-breakdown-subtitle",
            format!("Approved values for {year} by {dimension}, {unit}."),
            &[("year", year.into()), dim.clone(), ("unit", Arg::from(&unit))],
        ),
        axis_title: s.t_with(
            "report-chart-value",
            format!("Value ({unit})"),
            &[("unit", Arg::from(&unit))],
        ),
        series: vec![Series::solid(dim_label.clone(), palette::PURPLE)],
        rows,
        fixed_max: pct.then_some(100.0),
        illustrative: is_illustrative(&i.provenance),
        labels,
        empty_reason: s.t_with(
            "report-chart-breakdown-empty",
            format!("No approved value by {dimension} for {year}."),
            &[dim.clone(), ("year", year.into())],
        ),
        alt: s.t_with(
            "report-chart-breakdown-alt",
            format!(
                "Bar chart of indicator {} {} by {dimension} for {year}: {listed}.",
                i.code, i.name
            ),
            &[code, name, dim, ("year", year.into()), ("parts", Arg::from(&listed))],
        ),
        data,
        slug,
    })
}

/// A unit's label in a chart ("%", "count"): in `s`'s language (English as [`unit_label`] writes it).
fn unit_word(s: crate::words::Words, unit: IndicatorUnit) -> String {
    s.t(
        &format!("report-unit-{}", crate::format::unit_name(unit)),
        unit_label(unit),
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
