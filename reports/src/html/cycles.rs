//! An indicator's predecessor that does not continue its series (redefined or new): its values are
//! shown in a table of their own, labelled with the measure they belong to, never in the indicator's
//! columns or on its line.

use super::builder::Html;
use crate::charts::DataTable;
use crate::format::{unit_label, value};
use crate::input::{IndicatorInput, SeriesRelation};

/// One labelled table per indicator of `indicators` whose predecessor measures something else.
pub fn separate_predecessors(h: &mut Html, indicators: &[&IndicatorInput]) {
    for i in indicators {
        let Some(pred) = i.separate_predecessor() else { continue };
        if pred.series.is_empty() {
            continue;
        }
        let mut t = DataTable::new(&["Year", "Value", "Quality"], &[false, true, false]);
        for p in &pred.series {
            t.push(vec![
                p.year.to_string(),
                value(p.value, pred.unit),
                p.quality.as_str().to_owned(),
            ]);
        }
        let how = match pred.relation {
            SeriesRelation::New => "is a new indicator that names as its forerunner",
            _ => "redefines",
        };
        h.table(
            &format!(
                "A different measure, not part of the series of {code}: {code} {how} {} {} of plan {} ({}), \
                 whose values are shown here apart",
                pred.code,
                pred.name,
                pred.plan,
                unit_label(pred.unit),
                code = i.code,
            ),
            &t,
        );
    }
}
