//! Measurements: the canonical form of a disaggregation and the slot a value fills; validation
//! ([`entry`], against a preloaded [`catalog`]), storage ([`store`]) and the workflow ([`workflow`]).

pub mod catalog;
pub mod entry;
pub mod store;
pub mod workflow;

/// Parses `dim=value;dim=value` into pairs sorted by dimension code. Empty text is the headline value.
pub fn parse_disaggregation(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((d, v)) = part.split_once('=') else {
            return Err(format!("`{part}` is not dimension=value"));
        };
        let (d, v) = (d.trim(), v.trim());
        if d.is_empty() || v.is_empty() {
            return Err(format!("`{part}` is not dimension=value"));
        }
        if pairs.iter().any(|(pd, _): &(String, String)| pd == d) {
            return Err(format!("dimension `{d}` is given twice"));
        }
        pairs.push((d.to_owned(), v.to_owned()));
    }
    pairs.sort();
    Ok(pairs)
}

/// The canonical text of a disaggregation: `region=africa;sex=female`, or "" for the headline.
pub fn format_disaggregation(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<_> = pairs.iter().map(|(d, v)| format!("{d}={v}")).collect();
    sorted.sort();
    sorted.join(";")
}

/// The slot a value fills: one year (and quarter) and one disaggregation.
pub fn slot_key(year: i32, quarter: Option<i32>, pairs: &[(String, String)]) -> String {
    match quarter {
        Some(q) => format!("{year}Q{q}|{}", format_disaggregation(pairs)),
        None => format!("{year}|{}", format_disaggregation(pairs)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disaggregations_are_sorted_by_dimension() {
        let p = parse_disaggregation("sex=female; region=africa").unwrap();
        assert_eq!(format_disaggregation(&p), "region=africa;sex=female");
    }

    #[test]
    fn a_malformed_or_repeated_dimension_is_refused() {
        assert!(parse_disaggregation("sex").is_err());
        assert!(parse_disaggregation("sex=female;sex=male").is_err());
        assert_eq!(parse_disaggregation("").unwrap(), vec![]);
    }
}
