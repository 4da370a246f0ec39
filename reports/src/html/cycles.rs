//! An indicator's predecessor that does not continue its series (redefined or new): its values are
//! shown in a table of their own, labelled with the measure they belong to, never in the indicator's
//! columns or on its line.

use super::builder::Html;
use crate::charts::DataTable;
use crate::format::{unit_label, value};
use crate::input::{IndicatorInput, SeriesRelation};
use crate::words::Words;
use stratrack_i18n::Arg;

/// One labelled table per indicator of `indicators` whose predecessor measures something else, in `w`'s
/// language.
pub fn separate_predecessors(h: &mut Html, w: Words, indicators: &[&IndicatorInput]) {
    for i in indicators {
        let Some(pred) = i.separate_predecessor() else { continue };
        if pred.series.is_empty() {
            continue;
        }
        let headers = [
            w.t("report-th-year", "Year"),
            w.t("report-th-value", "Value"),
            w.t("report-th-quality", "Quality"),
        ];
        let mut t = DataTable::new(&headers.each_ref().map(String::as_str), &[false, true, false]);
        for p in &pred.series {
            t.push(vec![
                p.year.to_string(),
                value(p.value, pred.unit),
                w.t(&format!("quality-{}", p.quality.as_str()), p.quality.as_str()),
            ]);
        }
        let (key, how) = match pred.relation {
            SeriesRelation::New => (
                "report-predecessor-new",
                "is a new indicator that names as its forerunner",
            ),
            _ => ("report-predecessor-redefined", "redefines"),
        };
        let unit = w.t(
            &format!("report-unit-{}", crate::format::unit_name(pred.unit)),
            unit_label(pred.unit),
        );
        let caption = w.t_with(
            key,
            format!(
                "A different measure, not part of the series of {code}: {code} {how} {} {} of plan {} ({unit}), \
                 whose values are shown here apart",
                pred.code,
                pred.name,
                pred.plan,
                code = i.code,
            ),
            &[
                ("code", Arg::from(&i.code)),
                ("predecessor", Arg::from(&pred.code)),
                ("name", Arg::from(&pred.name)),
                ("plan", Arg::from(&pred.plan)),
                ("unit", Arg::from(&unit)),
            ],
        );
        h.table(&caption, &t);
    }
}
