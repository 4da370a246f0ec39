//! Data-quality notes: what a reader of the report must know about the values behind each status.

use stratrack_reports::input::{
    DataQualityEntry, DataQualityKind, IndicatorInput, Quality, Status, WrittenNote, missing_note,
};

/// The notes for `indicators` in year `year`, indicator by indicator: a missing value with the status
/// rule's reason, an earlier year's value standing in, and a provisional or estimated value used.
pub fn notes(indicators: &[IndicatorInput], year: i32) -> Vec<DataQualityEntry> {
    let mut out = Vec::new();
    for i in indicators {
        let mut note = |kind, detail: String| {
            out.push(DataQualityEntry {
                indicator_code: i.code.clone(),
                kind,
                detail,
            })
        };
        if i.status == Status::NoData {
            let why = i
                .reason
                .clone()
                .unwrap_or_else(|| format!("no approved value for {year}"));
            // The report says it in its language (form 7) when the reasons were kept as messages.
            note(DataQualityKind::Missing, missing_note(&why));
        }
        // The report says these in its language (form 6): their English is the reports crate's.
        let from = i.actual_year.unwrap_or(year);
        let mut written = |w: WrittenNote| note(w.kind(), w.english());
        if i.stale {
            written(WrittenNote::Stale { year, from });
        }
        match i.quality {
            Some(Quality::Provisional) => written(WrittenNote::Provisional { from }),
            Some(Quality::Estimated) => written(WrittenNote::Estimated { from }),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_becomes_a_sentence() {
        assert_eq!(missing_note("no baseline; no target"), "No baseline; no target.");
    }
}
