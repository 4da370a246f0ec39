//! The mandates as the report reads them: those of each result node and indicator, and the results
//! serving each mandate, grouped by vocabulary ("Results serving each resolution").

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use crate::input::{IndicatorInput, MandateInput, MandateVocabulary, NodeInput, ReportInput};

/// A result linked to a mandate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Served<'a> {
    /// A result node (goal, target, priority, outcome, output or enabler).
    Node(&'a NodeInput),
    /// An indicator.
    Indicator(&'a IndicatorInput),
}

/// The mandates of the report, sorted: by vocabulary in [`MandateVocabulary::ALL`]'s order, then by code
/// read as numbers where it has digits (`4.4` < `4.a` < `9.c` < `17.18`, `C2` < `C10`).
#[derive(Debug, Default)]
pub struct Mandates<'a> {
    /// Each vocabulary that has a mandate, with its mandates in order.
    pub groups: Vec<(MandateVocabulary, Vec<&'a MandateInput>)>,
    of_node: HashMap<&'a str, Vec<&'a MandateInput>>,
    of_indicator: HashMap<&'a str, Vec<&'a MandateInput>>,
}

impl<'a> Mandates<'a> {
    /// The mandates of `input`, grouped and indexed.
    pub fn new(input: &'a ReportInput) -> Self {
        let mut sorted: Vec<&MandateInput> = input.mandates.iter().collect();
        sorted.sort_by(|x, y| x.vocabulary.cmp(&y.vocabulary).then_with(|| natural(&x.code, &y.code)));
        let mut out = Mandates::default();
        for m in sorted {
            match out.groups.last_mut() {
                Some((v, list)) if *v == m.vocabulary => list.push(m),
                _ => out.groups.push((m.vocabulary, vec![m])),
            }
            for n in &m.nodes {
                out.of_node.entry(n.as_str()).or_default().push(m);
            }
            for i in &m.indicators {
                out.of_indicator.entry(i.as_str()).or_default().push(m);
            }
        }
        out
    }

    /// The mandates a result node serves, in order.
    pub fn of_node(&self, code: &str) -> &[&'a MandateInput] {
        self.of_node.get(code).map_or(&[], Vec::as_slice)
    }

    /// The mandates an indicator serves, in order.
    pub fn of_indicator(&self, code: &str) -> &[&'a MandateInput] {
        self.of_indicator.get(code).map_or(&[], Vec::as_slice)
    }
}

/// The results of the report linked to `m`: its nodes in the report's order, then its indicators in the
/// report's order; codes the report does not have are left out.
pub fn served<'a>(input: &'a ReportInput, m: &MandateInput) -> Vec<Served<'a>> {
    let nodes: HashSet<&str> = m.nodes.iter().map(String::as_str).collect();
    let indicators: HashSet<&str> = m.indicators.iter().map(String::as_str).collect();
    let on_nodes = input.nodes.iter().filter(|n| nodes.contains(n.code.as_str()));
    let on_indicators = input.indicators.iter().filter(|i| indicators.contains(i.code.as_str()));
    on_nodes
        .map(Served::Node)
        .chain(on_indicators.map(Served::Indicator))
        .collect()
}

/// Compares two codes with their runs of digits read as numbers.
pub fn natural(x: &str, y: &str) -> Ordering {
    chunks(x).cmp(&chunks(y)).then_with(|| x.cmp(y))
}

/// A code as runs of digits (numbers, which sort before text) and of other characters.
fn chunks(code: &str) -> Vec<(u8, u64, &str)> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(first) = rest.chars().next() {
        let digit = first.is_ascii_digit();
        let end = rest.find(|c: char| c.is_ascii_digit() != digit).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        out.push(if digit {
            (0, run.parse().unwrap_or(u64::MAX), "")
        } else {
            (1, 0, run)
        });
        rest = tail;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::natural;

    #[test]
    fn codes_sort_with_their_numbers_read_as_numbers() {
        let mut codes = vec!["17.18", "9.c", "4.a", "4.4", "C10", "C2", "200", "71", "130"];
        codes.sort_by(|x, y| natural(x, y));
        assert_eq!(codes, ["4.4", "4.a", "9.c", "17.18", "71", "130", "200", "C2", "C10"]);
    }
}
