//! The finance page's chart: plan against actual for each unit and kind of the rows shown, drawn by the
//! report's bar chart ([`stratrack_reports::charts::bars`]) as inline SVG, its figures repeated in the
//! subtotals table beside it (the text alternative). Its words are the interface's messages in the
//! reader's language (`fin-chart-…`; the legend's "Plan" and "Actual" are the report's chart words),
//! English as it always was.

use super::lines::Subtotal;
use crate::error::AppError;
use crate::language::Lang;
use stratrack_i18n::text_with;
use stratrack_reports::charts::bars::{self, BarSpec, Row};
use stratrack_reports::charts::frame::Labels;
use stratrack_reports::charts::{DataTable, catalog, font};
use stratrack_reports::format::{coord, grouped};
use stratrack_reports::words::{self, Words};

/// The inline SVG of plan against actual per unit and kind, in `lang`.
pub fn plan_against_actual(subtotals: &[Subtotal], lang: Lang) -> Result<String, AppError> {
    font::fonts().map_err(|e| AppError::Internal(format!("chart: {e}")))?;
    let t = |key: &str| stratrack_i18n::text(lang, key);
    let mut alt = Vec::new();
    let rows = subtotals
        .iter()
        .map(|s| {
            // The kind's code is its English word; another language says it in its words.
            let kind = if lang == Lang::En {
                s.kind.clone()
            } else {
                super::super::word(lang, "fkind", &s.kind)
            };
            let label = format!("{} {kind}", s.unit);
            let actual = s.actual.map_or_else(
                || t("fin-chart-no-actual"),
                |a| format!("{} ({})", grouped(a, 0), s.rate.text),
            );
            alt.push(text_with(
                lang,
                "fin-chart-row",
                &[
                    ("label", label.as_str().into()),
                    ("plan", grouped(s.plan, 0).into()),
                    ("actual", actual.as_str().into()),
                ],
            ));
            Row {
                label,
                values: vec![Some(coord(s.plan)), s.actual.map(coord)],
                notes: vec![grouped(s.plan, 0), actual],
            }
        })
        .collect();
    let alt = text_with(
        lang,
        "fin-chart-alt",
        &[("rows", alt.join(&t("fin-chart-separator")).into())],
    );
    // Arabic and Chinese text measured shaped, as the report draws it; English as it always was.
    let chart = font::with_shaping(lang != Lang::En, || {
        words::with(Words::new(lang), || {
            bars::render(BarSpec {
                slug: "finance-plan-vs-actual".to_owned(),
                title: t("fin-chart-title"),
                subtitle: t("fin-chart-subtitle"),
                axis_title: t("fin-chart-axis"),
                series: catalog::plan_and_actual(),
                rows,
                fixed_max: None,
                illustrative: false,
                // A page is drawn afresh each time (nothing frozen to keep): long labels wrap.
                labels: Labels::Wrap,
                empty_reason: t("fin-chart-empty"),
                data: DataTable::default(),
                alt,
            })
        })
    });
    Ok(chart.svg_inline())
}
