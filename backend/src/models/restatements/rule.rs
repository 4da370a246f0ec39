//! The restatement rule, apart from the reads: given the approved revisions of a year's values, the
//! figures a frozen run reported and the framework revisions of the plan, which changed after the run
//! was frozen and how (the rule in `docs/RESTATEMENTS.md`).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};
use stratrack_vocab::Quality;

/// One approved revision of a value (approved now, or approved once and superseded since); a revision
/// not yet approved is never one.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovedRevision {
    /// The value's id.
    pub id: i32,
    /// The indicator.
    pub indicator: i32,
    /// The quarter, for a sub-annual value.
    pub quarter: Option<i32>,
    /// The breakdown (empty: the headline value).
    pub disaggregation: String,
    /// Its revision number in the slot.
    pub revision: i32,
    /// The figure.
    pub value: Decimal,
    /// Its quality.
    pub quality: Quality,
    /// When it was approved.
    pub approved_at: DateTime<Utc>,
    /// Who entered it (empty when nobody did, as for seeded values).
    pub entered_by: String,
    /// Who approved it.
    pub approved_by: String,
    /// Why it was revised (empty for a first revision or when none was given).
    pub reason: String,
}

/// What the run reported for a slot (the annual headline value or a breakdown by one dimension), when
/// its frozen input says: the figure, and its quality when the report gave one.
pub type Reported = HashMap<(i32, String), (Decimal, Option<Quality>)>;

/// How a value changed after the run was frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Its approved figure or quality changed.
    Revised,
    /// It was first approved after the run was frozen.
    Late,
}

/// A value of the year that changed after the run was frozen.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueChange {
    /// The indicator.
    pub indicator: i32,
    /// The quarter, for a sub-annual value.
    pub quarter: Option<i32>,
    /// The breakdown (empty: the headline value).
    pub disaggregation: String,
    /// Revised or late.
    pub kind: Kind,
    /// The figure as reported (or approved when the run was frozen); none for a late value.
    pub before: Option<Decimal>,
    /// Its quality then.
    pub before_quality: Option<Quality>,
    /// The revision approved now.
    pub now: ApprovedRevision,
    /// The reasons of every revision approved since, oldest first, joined by `; `.
    pub reasons: String,
}

/// The value changes of one year: for each slot (indicator, quarter, breakdown), the revision approved
/// when the run was frozen (`frozen_at`) against the one approved now. Reported figures (`reported`)
/// stand for the revision then, so the "before" is what Council read. A slot whose figure and quality
/// are back where they were reported is not listed; a slot first approved after `frozen_at` is late.
pub fn value_changes(
    revisions: &[ApprovedRevision],
    reported: &Reported,
    frozen_at: DateTime<Utc>,
) -> Vec<ValueChange> {
    let mut slots: BTreeMap<(i32, String, Option<i32>), Vec<&ApprovedRevision>> = BTreeMap::new();
    for r in revisions {
        slots
            .entry((r.indicator, r.disaggregation.clone(), r.quarter))
            .or_default()
            .push(r);
    }
    let mut out = Vec::new();
    for ((indicator, disaggregation, quarter), mut chain) in slots {
        chain.sort_by_key(|r| r.revision);
        let Some(&now) = chain.last() else { continue };
        let then = chain.iter().rev().find(|r| r.approved_at <= frozen_at).copied();
        let as_reported = quarter
            .is_none()
            .then(|| reported.get(&(indicator, disaggregation.clone())))
            .flatten();
        let (before, before_quality) = match (as_reported, then) {
            (Some((v, q)), then) => (Some(*v), q.or(then.map(|t| t.quality))),
            (None, Some(t)) => (Some(t.value), Some(t.quality)),
            (None, None) => (None, None),
        };
        let kind = match before {
            None => Kind::Late,
            Some(v) if v == now.value && before_quality.is_none_or(|q| q == now.quality) => continue,
            Some(_) if then.is_some_and(|t| t.revision == now.revision) => continue,
            Some(_) => Kind::Revised,
        };
        let reasons: Vec<&str> = chain
            .iter()
            .filter(|r| r.approved_at > frozen_at && !r.reason.is_empty())
            .map(|r| r.reason.as_str())
            .collect();
        out.push(ValueChange {
            indicator,
            quarter,
            disaggregation,
            kind,
            before,
            before_quality,
            now: now.clone(),
            reasons: reasons.join("; "),
        });
    }
    out
}

/// One framework revision row as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// Its id (the order revisions were recorded in).
    pub id: i32,
    /// `indicator` or `milestone`.
    pub entity_type: String,
    /// The indicator.
    pub indicator: i32,
    /// e.g. `target_value`, `milestones.2029`.
    pub field: String,
    /// The value as the plan adopted it.
    pub as_adopted: Option<String>,
    /// The value this revision set.
    pub as_revised: Option<String>,
    /// Date of the decision.
    pub decided_on: NaiveDate,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// A framework revision recorded after the run was frozen, with the value it replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkChange<'r> {
    /// The revision.
    pub revision: &'r Recorded,
    /// The value before it: the previous revision's of the same field, else the value as adopted.
    pub before: Option<String>,
    /// Whether it counts for `year` (decided on or before 31 December of it, `docs/REVISIONS.md`).
    pub in_force_for_year: bool,
}

/// The revisions of `all` (every revision of the plan) recorded after `frozen_at`, oldest first.
pub fn framework_changes(all: &[Recorded], frozen_at: DateTime<Utc>, year: i32) -> Vec<FrameworkChange<'_>> {
    let mut sorted: Vec<&Recorded> = all.iter().collect();
    sorted.sort_by_key(|r| r.id);
    let mut latest: HashMap<(&str, i32, &str), Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for r in sorted {
        let key = (r.entity_type.as_str(), r.indicator, r.field.as_str());
        let before = latest.get(&key).cloned().unwrap_or_else(|| r.as_adopted.clone());
        latest.insert(key, r.as_revised.clone());
        if r.recorded_at > frozen_at {
            out.push(FrameworkChange {
                revision: r,
                before,
                in_force_for_year: decided_by_end_of(r.decided_on, year),
            });
        }
    }
    out
}

/// Whether `day` falls in `year` or before it.
pub fn decided_by_end_of(day: NaiveDate, year: i32) -> bool {
    day.year() <= year
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2029, 3, day, 12, 0, 0).unwrap()
    }

    const FROZEN: u32 = 10;

    fn rev(revision: i32, value: Decimal, quality: Quality, day: u32, reason: &str) -> ApprovedRevision {
        ApprovedRevision {
            id: revision,
            indicator: 1,
            quarter: None,
            disaggregation: String::new(),
            revision,
            value,
            quality,
            approved_at: at(day),
            entered_by: format!("user{revision}"),
            approved_by: "office".into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn a_value_approved_before_the_freeze_and_untouched_is_not_listed() {
        let list = value_changes(&[rev(1, d("80"), Quality::Final, 1, "")], &Reported::new(), at(FROZEN));
        assert!(list.is_empty());
    }

    #[test]
    fn a_correction_approved_after_the_freeze_is_listed_old_to_new_with_its_reason() {
        let list = value_changes(
            &[
                rev(1, d("80"), Quality::Provisional, 1, ""),
                rev(2, d("82"), Quality::Final, 12, "survey corrected"),
            ],
            &Reported::new(),
            at(FROZEN),
        );
        assert_eq!(list.len(), 1);
        let c = &list[0];
        assert_eq!(
            (c.kind, c.before, c.before_quality),
            (Kind::Revised, Some(d("80")), Some(Quality::Provisional))
        );
        assert_eq!(
            (c.now.value, c.now.quality, c.now.entered_by.as_str()),
            (d("82"), Quality::Final, "user2")
        );
        assert_eq!(c.reasons, "survey corrected");
    }

    #[test]
    fn a_value_revised_twice_shows_reported_to_current_with_both_reasons() {
        let list = value_changes(
            &[
                rev(1, d("80"), Quality::Final, 1, ""),
                rev(2, d("82"), Quality::Final, 12, "first fix"),
                rev(3, d("83"), Quality::Final, 14, "second fix"),
            ],
            &Reported::new(),
            at(FROZEN),
        );
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].before, list[0].now.value), (Some(d("80")), d("83")));
        assert_eq!(list[0].reasons, "first fix; second fix");
    }

    #[test]
    fn a_value_revised_back_to_what_was_reported_is_not_listed() {
        let list = value_changes(
            &[
                rev(1, d("80"), Quality::Final, 1, ""),
                rev(2, d("82"), Quality::Final, 12, "typo"),
                rev(3, d("80"), Quality::Final, 14, "typo undone"),
            ],
            &Reported::new(),
            at(FROZEN),
        );
        assert!(list.is_empty(), "{list:?}");
    }

    #[test]
    fn a_change_of_quality_alone_is_a_restatement() {
        let list = value_changes(
            &[
                rev(1, d("80"), Quality::Provisional, 1, ""),
                rev(2, d("80"), Quality::Final, 12, "confirmed"),
            ],
            &Reported::new(),
            at(FROZEN),
        );
        assert_eq!(list.len(), 1);
        assert_eq!(
            (list[0].before_quality, list[0].now.quality),
            (Some(Quality::Provisional), Quality::Final)
        );
    }

    #[test]
    fn a_value_first_approved_after_the_freeze_is_late() {
        let list = value_changes(
            &[rev(1, d("5"), Quality::Estimated, 12, "")],
            &Reported::new(),
            at(FROZEN),
        );
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].kind, list[0].before), (Kind::Late, None));
    }

    #[test]
    fn the_reported_figure_is_the_before_when_the_run_holds_one() {
        let reported = Reported::from([((1, String::new()), (d("79.5"), Some(Quality::Estimated)))]);
        let list = value_changes(
            &[
                rev(1, d("80"), Quality::Final, 1, ""),
                rev(2, d("82"), Quality::Final, 12, ""),
            ],
            &reported,
            at(FROZEN),
        );
        assert_eq!(
            (list[0].before, list[0].before_quality),
            (Some(d("79.5")), Some(Quality::Estimated))
        );
    }

    #[test]
    fn only_approvals_after_the_freeze_count_whatever_the_order_given() {
        // A revision approved exactly at the freeze was in the run.
        let list = value_changes(
            &[
                rev(2, d("82"), Quality::Final, FROZEN, "x"),
                rev(1, d("80"), Quality::Final, 1, ""),
            ],
            &Reported::new(),
            at(FROZEN),
        );
        assert!(list.is_empty(), "{list:?}");
    }

    fn recorded(id: i32, field: &str, adopted: &str, revised: &str, day: u32, decided: (i32, u32)) -> Recorded {
        Recorded {
            id,
            entity_type: "indicator".into(),
            indicator: 1,
            field: field.into(),
            as_adopted: Some(adopted.into()),
            as_revised: Some(revised.into()),
            decided_on: NaiveDate::from_ymd_opt(decided.0, decided.1, 1).unwrap(),
            recorded_at: at(day),
        }
    }

    #[test]
    fn framework_revisions_after_the_freeze_are_listed_with_the_value_they_replaced() {
        let all = [
            recorded(1, "target_value", "100", "95", 1, (2028, 6)),
            recorded(2, "target_value", "100", "97.5", 12, (2029, 3)),
            recorded(3, "baseline_value", "40", "42", 13, (2028, 11)),
        ];
        let list = framework_changes(&all, at(FROZEN), 2028);
        assert_eq!(list.len(), 2);
        assert_eq!(
            (list[0].revision.id, list[0].before.as_deref()),
            (2, Some("95")),
            "the value before is the earlier revision's"
        );
        assert!(!list[0].in_force_for_year, "decided in 2029: not in force for 2028");
        assert_eq!(
            (list[1].before.as_deref(), list[1].in_force_for_year),
            (Some("40"), true)
        );
    }

    #[test]
    fn the_end_of_a_year_bounds_what_was_decided_by_then() {
        assert!(decided_by_end_of(NaiveDate::from_ymd_opt(2028, 12, 31).unwrap(), 2028));
        assert!(!decided_by_end_of(NaiveDate::from_ymd_opt(2029, 1, 1).unwrap(), 2028));
    }
}
