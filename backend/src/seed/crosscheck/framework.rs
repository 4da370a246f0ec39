//! Cross-file checks of org units, plans, result nodes and contribution links.

use super::{Known, problem};
use crate::seed::parse::{Codes, Seed};
use crate::seed::reader::Problem;

/// Org units: parents before children, codes unique; remembers the codes.
pub(super) fn org_units(seed: &Seed, known: &mut Known<'_>, problems: &mut Vec<Problem>) {
    for u in &seed.org_units {
        if let Some(p) = &u.parent_code
            && !known.units.has(p)
        {
            problems.push(problem(
                "org_units.csv",
                u.line,
                "parent_code",
                format!("unknown or later org unit `{p}`"),
            ));
        }
        known.units.add(
            u.code.clone(),
            || problem("org_units.csv", u.line, "code", format!("duplicate code `{}`", u.code)),
            problems,
        );
    }
}

/// Plans: predecessors before successors, codes unique; remembers the plans.
pub(super) fn plans<'s>(seed: &'s Seed, known: &mut Known<'s>, problems: &mut Vec<Problem>) {
    for p in &seed.plans {
        if let Some(pred) = &p.predecessor_code
            && !known.plans.contains_key(pred.as_str())
        {
            problems.push(problem(
                "plans.csv",
                p.line,
                "predecessor_code",
                format!("unknown or later plan `{pred}`"),
            ));
        }
        if known.plans.insert(p.code.as_str(), p).is_some() {
            problems.push(problem(
                "plans.csv",
                p.line,
                "code",
                format!("duplicate code `{}`", p.code),
            ));
        }
    }
}

/// Result nodes: plan, parent and level, owner unit, output kind, codes unique in a plan; remembers their levels.
pub(super) fn nodes(seed: &Seed, known: &mut Known<'_>, problems: &mut Vec<Problem>) {
    for n in &seed.nodes {
        known.plan("result_nodes.csv", n.line, &n.plan_code, problems);
        let key = (n.plan_code.clone(), n.code.clone());
        match &n.parent_code {
            Some(parent) => match known.node_level.get(&(n.plan_code.clone(), parent.clone())) {
                None => problems.push(problem(
                    "result_nodes.csv",
                    n.line,
                    "parent_code",
                    format!("unknown parent code `{parent}` (parents must come before their children)"),
                )),
                Some(pl) => {
                    if let Err(e) = crate::models::nodes::check_parent_level(&n.level, Some(pl)) {
                        problems.push(problem("result_nodes.csv", n.line, "parent_code", e.to_string()));
                    }
                }
            },
            None => {
                if let Err(e) = crate::models::nodes::check_parent_level(&n.level, None) {
                    problems.push(problem("result_nodes.csv", n.line, "parent_code", e.to_string()));
                }
            }
        }
        if let Some(u) = &n.owner_unit_code {
            known.unit("result_nodes.csv", n.line, "owner_unit_code", u, problems);
        } else if n.level == "output" {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "owner_unit_code",
                "is required for an output".into(),
            ));
        }
        if (n.level == "output") != n.output_kind.is_some() {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "output_kind",
                "is required for outputs and only for outputs".into(),
            ));
        }
        if known.node_level.insert(key, n.level.clone()).is_some() {
            problems.push(problem(
                "result_nodes.csv",
                n.line,
                "code",
                format!("duplicate code `{}` in plan {}", n.code, n.plan_code),
            ));
        }
    }
}

/// Contribution links: both ends known, weight between 0 and 1, no link twice.
pub(super) fn links(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut links = Codes::new();
    for l in &seed.links {
        known.node(
            "contribution_links.csv",
            l.line,
            "from_code",
            &l.plan_code,
            &l.from_code,
            problems,
        );
        known.node(
            "contribution_links.csv",
            l.line,
            "to_code",
            &l.plan_code,
            &l.to_code,
            problems,
        );
        if let Some(w) = l.weight
            && (w.to_decimal().is_sign_negative() || w.to_decimal() > rust_decimal::Decimal::ONE)
        {
            problems.push(problem(
                "contribution_links.csv",
                l.line,
                "weight",
                format!("{w} is not between 0 and 1"),
            ));
        }
        links.add(
            format!("{}|{}|{}", l.plan_code, l.from_code, l.to_code),
            || problem("contribution_links.csv", l.line, "to_code", "duplicate link".into()),
            problems,
        );
    }
}

/// Translations: each names a record the other files define, once per language.
pub(super) fn translations(seed: &Seed, known: &Known<'_>, problems: &mut Vec<Problem>) {
    use crate::models::translations::{Kind, Subject};
    let mut seen = Codes::new();
    for t in &seed.translations {
        let Some(subject) = Kind::parse(&t.kind).and_then(|k| Subject::from_key(k, &t.key).ok()) else {
            continue;
        };
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        let known_record = match &subject {
            Subject::Plan(c) => known.plans.contains_key(c.as_str()),
            Subject::Unit(c) => known.units.has(c),
            Subject::Dimension(c) => known.dims.contains_key(c.as_str()),
            Subject::Node(p, c) => known.node_level.contains_key(&pair(p, c)),
            Subject::Indicator(p, c) => known.inds.contains_key(&pair(p, c)),
            Subject::DimensionValue(d, v) => known.dims.get(d.as_str()).is_some_and(|vs| vs.contains(&v.as_str())),
        };
        if !known_record {
            let reason = format!("no {} `{}` in the seed", t.kind, t.key);
            problems.push(problem("translations.csv", t.line, "key", reason));
        }
        seen.add(
            format!("{}|{}|{}", t.kind, t.key, t.lang),
            || {
                problem(
                    "translations.csv",
                    t.line,
                    "lang",
                    format!("a second {} text of {} {}", t.lang, t.kind, t.key),
                )
            },
            problems,
        );
    }
}
