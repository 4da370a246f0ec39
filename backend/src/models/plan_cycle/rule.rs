//! The rule of the plan-cycle view: how each indicator of a plan and of its predecessor plan is
//! classed, and what a redefinition changed. Pure: the indicators in, the lines out, nothing read.
//!
//! - **carried over**: an indicator of the plan whose stored relation to its predecessor is
//!   `carried_over` (one series across both periods, [`SeriesRelation::continues_series`]);
//! - **redefined**: one whose relation is `redefined` (the same intent, another measure);
//! - **new**: one with no predecessor, or whose relation is `new` (it names an earlier indicator for
//!   reference only; that one is kept on the line);
//! - **dropped**: an indicator of the predecessor plan that no indicator of the plan carries over or
//!   redefines (one only named for reference by a new indicator is dropped too: its measure ends).
//!
//! Result nodes carry no predecessor link: they are matched by code ([`nodes`]).

use crate::entities::{indicators, result_nodes};
use crate::models::report_input::cycles::relation;
use sea_orm::DbErr;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use stratrack_reports::input::SeriesRelation;

/// How an indicator stands between the two plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// The same measure, carried into the plan: one series across both periods.
    CarriedOver,
    /// Another measure of the same intent.
    Redefined,
    /// No predecessor (or one named for reference only).
    New,
    /// In the predecessor plan, continued by no indicator of the plan.
    Dropped,
}

impl Class {
    /// Every class, in the order lines and counts are given.
    pub const ALL: [Class; 4] = [Class::CarriedOver, Class::Redefined, Class::New, Class::Dropped];

    /// The machine name (`carried_over`, `redefined`, `new`, `dropped`).
    pub fn as_str(self) -> &'static str {
        match self {
            Class::CarriedOver => "carried_over",
            Class::Redefined => "redefined",
            Class::New => "new",
            Class::Dropped => "dropped",
        }
    }

    /// The class named `text`, if any.
    pub fn parse(text: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A field that differs between an indicator and its predecessor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Change {
    /// `name`, `unit`, `direction`, `aggregation` or `definition`.
    pub field: &'static str,
    /// The predecessor's.
    pub before: String,
    /// The indicator's.
    pub now: String,
}

/// One line of the view: an indicator of the plan, of the predecessor plan, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Its class.
    pub class: Class,
    /// The indicator of the plan (id); `None` when dropped.
    pub now: Option<i32>,
    /// Its predecessor (id): the indicator carried over or redefined, the one a new indicator names,
    /// or the dropped one.
    pub before: Option<i32>,
    /// What differs between the two, field by field (carried over and redefined lines).
    pub changed: Vec<Change>,
}

/// The fields compared, in the order they are reported.
fn differences(before: &indicators::Model, now: &indicators::Model) -> Vec<Change> {
    [
        ("name", &before.name, &now.name),
        ("unit", &before.unit, &now.unit),
        ("direction", &before.direction, &now.direction),
        ("aggregation", &before.aggregation, &now.aggregation),
        ("definition", &before.definition, &now.definition),
    ]
    .into_iter()
    .filter(|(_, b, n)| b.trim() != n.trim())
    .map(|(field, b, n)| Change {
        field,
        before: b.clone(),
        now: n.clone(),
    })
    .collect()
}

/// Every indicator of `now` (the plan's) and `before` (its predecessor plan's) classed, in class
/// order ([`Class::ALL`]) and, within a class, by the plan's code (dropped ones by their own code).
/// `earlier` finds a predecessor by id wherever it is (usually in `before`; a link may reach an older
/// plan). A stored relation no class matches is an error naming the indicator.
pub fn classify(
    now: &[indicators::Model],
    before: &[indicators::Model],
    earlier: &HashMap<i32, &indicators::Model>,
) -> Result<Vec<Line>, DbErr> {
    let mut lines = Vec::with_capacity(now.len() + before.len());
    let mut continued: BTreeSet<i32> = BTreeSet::new();
    for ind in now {
        let pred = ind.predecessor_id.and_then(|id| earlier.get(&id).copied());
        let class = match (pred, relation(ind)?) {
            (Some(_), SeriesRelation::CarriedOver) => Class::CarriedOver,
            (Some(_), SeriesRelation::Redefined) => Class::Redefined,
            _ => Class::New,
        };
        if matches!(class, Class::CarriedOver | Class::Redefined) {
            continued.extend(pred.map(|p| p.id));
        }
        lines.push((
            ind.code.as_str(),
            Line {
                class,
                now: Some(ind.id),
                before: pred.map(|p| p.id),
                changed: match (class, pred) {
                    (Class::CarriedOver | Class::Redefined, Some(p)) => differences(p, ind),
                    _ => Vec::new(),
                },
            },
        ));
    }
    for old in before.iter().filter(|o| !continued.contains(&o.id)) {
        lines.push((
            old.code.as_str(),
            Line {
                class: Class::Dropped,
                now: None,
                before: Some(old.id),
                changed: Vec::new(),
            },
        ));
    }
    lines.sort_by(|(a_code, a), (b_code, b)| a.class.cmp(&b.class).then_with(|| a_code.cmp(b_code)));
    Ok(lines.into_iter().map(|(_, l)| l).collect())
}

/// How many lines of each class, in the order of [`Class::ALL`].
pub fn tally<'l>(lines: impl IntoIterator<Item = &'l Line>) -> [(Class, u32); 4] {
    let mut counts = Class::ALL.map(|c| (c, 0));
    for l in lines {
        if let Some(slot) = counts.iter_mut().find(|(c, _)| *c == l.class) {
            slot.1 += 1;
        }
    }
    counts
}

/// How a result node stands between the two plans, matched by code (nodes carry no predecessor link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NodeClass {
    /// A node of the same code is in both plans (its name or level may differ).
    InBoth,
    /// Only in the plan.
    New,
    /// Only in the predecessor plan.
    Dropped,
}

impl NodeClass {
    /// The machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeClass::InBoth => "in_both",
            NodeClass::New => "new",
            NodeClass::Dropped => "dropped",
        }
    }
}

/// The nodes of the plan (`now`, in the order given, with the node of the same code in `before` when
/// there is one), then those of `before` whose code the plan does not use (in their order).
pub fn nodes<'n>(
    now: &[&'n result_nodes::Model],
    before: &[&'n result_nodes::Model],
) -> Vec<(
    NodeClass,
    Option<&'n result_nodes::Model>,
    Option<&'n result_nodes::Model>,
)> {
    let old: HashMap<&str, &result_nodes::Model> = before.iter().map(|n| (n.code.as_str(), *n)).collect();
    let codes: BTreeSet<&str> = now.iter().map(|n| n.code.as_str()).collect();
    now.iter()
        .map(|n| match old.get(n.code.as_str()) {
            Some(o) => (NodeClass::InBoth, Some(*n), Some(*o)),
            None => (NodeClass::New, Some(*n), None),
        })
        .chain(
            before
                .iter()
                .filter(|o| !codes.contains(o.code.as_str()))
                .map(|o| (NodeClass::Dropped, None, Some(*o))),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::models::report_input::cycles::tests::indicator as ind;

    fn run(now: &[indicators::Model], before: &[indicators::Model]) -> Vec<(Class, Option<i32>, Option<i32>)> {
        let earlier = before.iter().map(|i| (i.id, i)).collect();
        classify(now, before, &earlier)
            .unwrap()
            .into_iter()
            .map(|l| (l.class, l.now, l.before))
            .collect()
    }

    #[test]
    fn each_indicator_gets_its_class_in_class_then_code_order() {
        let before = [
            ind(1, "OLD-A", None),
            ind(2, "OLD-B", None),
            ind(3, "OLD-C", None),
            ind(4, "OLD-D", None),
        ];
        let now = [
            ind(105, "N-E", None),
            ind(104, "N-D", Some((4, "new"))),
            ind(102, "N-B", Some((2, "redefined"))),
            ind(101, "N-A", Some((1, "carried_over"))),
        ];
        assert_eq!(
            run(&now, &before),
            [
                (Class::CarriedOver, Some(101), Some(1)),
                (Class::Redefined, Some(102), Some(2)),
                (Class::New, Some(104), Some(4)),
                (Class::New, Some(105), None),
                (Class::Dropped, None, Some(3)),
                (Class::Dropped, None, Some(4)),
            ],
            "OLD-C is named by nobody; OLD-D only for reference by a new indicator"
        );
    }

    #[test]
    fn an_indicator_continued_twice_is_not_dropped_and_a_link_to_an_unknown_one_is_new() {
        let before = [ind(1, "OLD-A", None)];
        let now = [
            ind(101, "N-A", Some((1, "carried_over"))),
            ind(102, "N-B", Some((1, "redefined"))),
            ind(103, "N-C", Some((99, "carried_over"))),
        ];
        let got = run(&now, &before);
        assert_eq!(got.iter().filter(|l| l.0 == Class::Dropped).count(), 0, "{got:?}");
        assert_eq!(
            got[2],
            (Class::New, Some(103), None),
            "a predecessor outside the view is no link"
        );
    }

    #[test]
    fn a_redefinition_names_every_field_that_changed_and_nothing_else() {
        let old = ind(1, "OLD", None);
        let mut new = ind(101, "NEW", Some((1, "redefined")));
        new.name = old.name.clone();
        new.unit = "ratio".into();
        new.aggregation = "ratio".into();
        let earlier = HashMap::from([(1, &old)]);
        let lines = classify(std::slice::from_ref(&new), std::slice::from_ref(&old), &earlier).unwrap();
        let fields: Vec<(&str, &str, &str)> = lines[0]
            .changed
            .iter()
            .map(|c| (c.field, c.before.as_str(), c.now.as_str()))
            .collect();
        assert_eq!(fields, [("unit", "count", "ratio"), ("aggregation", "sum", "ratio")]);
        new.unit = old.unit.clone();
        new.aggregation = old.aggregation.clone();
        let lines = classify(std::slice::from_ref(&new), std::slice::from_ref(&old), &earlier).unwrap();
        assert!(lines[0].changed.is_empty());
    }

    #[test]
    fn an_unknown_stored_relation_is_an_error_naming_the_indicator() {
        let before = [ind(1, "OLD", None)];
        let earlier = before.iter().map(|i| (i.id, i)).collect();
        let e = classify(&[ind(101, "N-X", Some((1, "cousin")))], &before, &earlier).unwrap_err();
        assert!(e.to_string().contains("indicator N-X"), "{e}");
    }

    #[test]
    fn counts_follow_the_class_order() {
        let before = [ind(1, "OLD", None), ind(2, "GONE", None)];
        let earlier = before.iter().map(|i| (i.id, i)).collect();
        let lines = classify(
            &[ind(101, "N", Some((1, "carried_over"))), ind(102, "M", None)],
            &before,
            &earlier,
        )
        .unwrap();
        assert_eq!(
            tally(&lines),
            [
                (Class::CarriedOver, 1),
                (Class::Redefined, 0),
                (Class::New, 1),
                (Class::Dropped, 1)
            ]
        );
        for c in Class::ALL {
            assert_eq!(Class::parse(c.as_str()), Some(c));
        }
        assert_eq!(Class::parse("kept"), None);
    }
}
