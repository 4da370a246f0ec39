//! The framework as of a date: an indicator's revised fields (baseline, target, unit, direction,
//! milestones) as they stood on a day, found by undoing the revisions decided after it.
//!
//! The rule: a revision counts from the day it was decided. The fields as of day D are the fields now
//! with every revision decided after D undone; "as adopted" undoes them all. A year is assessed (on the
//! pages, in the API and in the annual report) against the fields in force on its 31 December, so a
//! revision decided on D changes the reports of the years ending on or after D and never an earlier
//! year's ([`in_force_for_year`], called by [`crate::models::evaluation::evaluate`]).

use crate::entities::{framework_revisions, indicators};
use crate::fixed::Fixed;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The day a view of the framework stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    /// Before any revision: the framework as the plan adopted it.
    Adopted,
    /// At the end of this day: revisions decided on it count, later ones do not.
    On(NaiveDate),
}

impl AsOf {
    /// Reads `adopted` or a date `YYYY-MM-DD`; an empty text is no date (the framework now).
    pub fn parse(text: &str) -> Result<Option<AsOf>, crate::error::Said> {
        match text.trim() {
            "" => Ok(None),
            "adopted" => Ok(Some(AsOf::Adopted)),
            t => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(|d| Some(AsOf::On(d)))
                .map_err(|_| crate::error::Said::new("said-as-of-unreadable", [("sent", t.into())])),
        }
    }

    /// The framework in force for year `year`: as of its 31 December.
    pub fn year_end(year: i32) -> AsOf {
        NaiveDate::from_ymd_opt(year, 12, 31).map_or(AsOf::Adopted, AsOf::On)
    }

    /// Whether a revision decided on `decided_on` is undone in this view.
    fn undoes(self, decided_on: NaiveDate) -> bool {
        match self {
            AsOf::Adopted => true,
            AsOf::On(d) => decided_on > d,
        }
    }

    /// `adopted` or the date, as a query parameter carries it.
    pub fn label(self) -> String {
        match self {
            AsOf::Adopted => "adopted".to_owned(),
            AsOf::On(d) => d.to_string(),
        }
    }
}

/// A field whose value as of the day differs from its value now, with the decisions in between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// The value in force on the day (`None`: no value).
    pub then: Option<String>,
    /// The value now.
    pub now: Option<String>,
    /// The revisions decided after the day, oldest decision first.
    pub decisions: Vec<framework_revisions::Model>,
}

/// Revisions in the order they take effect: by decision date, then as recorded.
fn in_effect_order(revs: &mut [&framework_revisions::Model]) {
    revs.sort_by_key(|r| (r.decided_on, r.id));
}

/// The value each revision replaced, by revision id: the value the previous revision of the same field
/// (in the order they take effect) set, or for the first one the value as adopted.
pub fn befores(revs: &[framework_revisions::Model]) -> HashMap<i32, Option<String>> {
    let mut by_field: HashMap<(i32, &str), Vec<&framework_revisions::Model>> = HashMap::new();
    for r in revs {
        by_field.entry((r.entity_id, r.field.as_str())).or_default().push(r);
    }
    let mut out = HashMap::new();
    for (_, mut list) in by_field {
        in_effect_order(&mut list);
        let mut before = list.first().and_then(|r| r.value_as_adopted.clone());
        for r in list {
            out.insert(r.id, before.clone());
            before = r.value_as_revised.clone();
        }
    }
    out
}

/// The fields of one indicator that differ as of `as_of` from now, given its revisions (any order):
/// per field, the value the first revision decided after the day replaced.
pub fn differences(revs: &[framework_revisions::Model], as_of: AsOf) -> Vec<Difference> {
    let before = befores(revs);
    let mut fields: Vec<&str> = Vec::new();
    for r in revs {
        if !fields.contains(&r.field.as_str()) {
            fields.push(&r.field);
        }
    }
    fields
        .into_iter()
        .filter_map(|f| {
            let mut list: Vec<&framework_revisions::Model> = revs.iter().filter(|r| r.field == f).collect();
            in_effect_order(&mut list);
            let undone: Vec<framework_revisions::Model> = list
                .iter()
                .filter(|r| as_of.undoes(r.decided_on))
                .map(|r| (*r).clone())
                .collect();
            let first = undone.first()?;
            Some(Difference {
                field: f.to_owned(),
                then: before.get(&first.id).cloned().flatten(),
                now: list.last().and_then(|r| r.value_as_revised.clone()),
                decisions: undone,
            })
        })
        .collect()
}

/// Sets indicator `ind` and its `milestones` (year, value) to their values in `diffs`' `then`. A
/// stored text that no longer reads as its field's type is an error naming the indicator and field.
pub fn apply(
    ind: &mut indicators::Model,
    milestones: &mut Vec<(i32, Decimal)>,
    diffs: &[Difference],
) -> Result<(), DbErr> {
    let bad = |field: &str, text: &str| {
        DbErr::Custom(format!(
            "revision of indicator {} field {field}: `{text}` cannot be read",
            ind.code
        ))
    };
    for d in diffs {
        let then = d.then.as_deref();
        let fixed = |t: Option<&str>| t.map(|t| Fixed::parse(t).map_err(|_| bad(&d.field, t))).transpose();
        let year = |t: Option<&str>| t.map(|t| t.parse::<i32>().map_err(|_| bad(&d.field, t))).transpose();
        match d.field.as_str() {
            "baseline_value" => ind.baseline_value = fixed(then)?,
            "baseline_year" => ind.baseline_year = year(then)?,
            "target_value" => ind.target_value = fixed(then)?,
            "target_year" => ind.target_year = year(then)?,
            "unit" => ind.unit = then.unwrap_or_default().to_owned(),
            "direction" => ind.direction = then.unwrap_or_default().to_owned(),
            f => {
                let Some(y) = f.strip_prefix("milestones.") else {
                    continue;
                };
                let y = y.parse::<i32>().map_err(|_| bad(f, y))?;
                milestones.retain(|(year, _)| *year != y);
                if let Some(v) = fixed(then)? {
                    milestones.push((y, v.to_decimal()));
                    milestones.sort_by_key(|(year, _)| *year);
                }
            }
        }
    }
    Ok(())
}

/// Every indicator revision of plan `plan_id`, by indicator id.
pub async fn of_plan(
    db: &impl ConnectionTrait,
    plan_id: i32,
) -> Result<HashMap<i32, Vec<framework_revisions::Model>>, DbErr> {
    let mut out: HashMap<i32, Vec<framework_revisions::Model>> = HashMap::new();
    for r in framework_revisions::Entity::find()
        .filter(framework_revisions::Column::PlanId.eq(plan_id))
        .filter(framework_revisions::Column::EntityType.eq("indicator"))
        .order_by_asc(framework_revisions::Column::Id)
        .all(db)
        .await?
    {
        out.entry(r.entity_id).or_default().push(r);
    }
    Ok(out)
}

/// Sets every indicator of `inds` (and its milestones, by indicator id) to its fields as of `as_of`,
/// given the plan's revisions ([`of_plan`]); returns the differences per indicator id (only those
/// with any).
pub fn apply_plan(
    inds: &mut [indicators::Model],
    milestones: &mut HashMap<i32, Vec<(i32, Decimal)>>,
    revisions: &HashMap<i32, Vec<framework_revisions::Model>>,
    as_of: AsOf,
) -> Result<HashMap<i32, Vec<Difference>>, DbErr> {
    let mut out = HashMap::new();
    for ind in inds.iter_mut() {
        let Some(revs) = revisions.get(&ind.id) else {
            continue;
        };
        let diffs = differences(revs, as_of);
        if diffs.is_empty() {
            continue;
        }
        let ms = milestones.entry(ind.id).or_default();
        apply(ind, ms, &diffs)?;
        out.insert(ind.id, diffs);
    }
    Ok(out)
}

/// The framework in force for `year` (as of its 31 December): what the status of that year, on every
/// page and in its report, is assessed against.
pub fn in_force_for_year(
    inds: &mut [indicators::Model],
    milestones: &mut HashMap<i32, Vec<(i32, Decimal)>>,
    revisions: &HashMap<i32, Vec<framework_revisions::Model>>,
    year: i32,
) -> Result<(), DbErr> {
    apply_plan(inds, milestones, revisions, AsOf::year_end(year)).map(|_| ())
}

/// Of `revisions` (by indicator id), those in force for `year`, oldest decision first; indicators
/// with none are left out.
pub fn in_force(
    revisions: HashMap<i32, Vec<framework_revisions::Model>>,
    year: i32,
) -> HashMap<i32, Vec<framework_revisions::Model>> {
    let end = AsOf::year_end(year);
    revisions
        .into_iter()
        .filter_map(|(id, mut list)| {
            list.retain(|r| !end.undoes(r.decided_on));
            list.sort_by_key(|r| (r.decided_on, r.id));
            (!list.is_empty()).then_some((id, list))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn rev(id: i32, field: &str, adopted: Option<&str>, revised: Option<&str>, on: &str) -> framework_revisions::Model {
        framework_revisions::Model {
            id,
            plan_id: 1,
            entity_type: "indicator".into(),
            entity_id: 7,
            field: field.into(),
            value_as_adopted: adopted.map(Into::into),
            value_as_revised: revised.map(Into::into),
            decided_on: day(on),
            deciding_body: "Council".into(),
            reference: format!("Decision {id}"),
            reason_category: "methodology".into(),
            justification: "why".into(),
            created_by: None,
            created_at: chrono::Utc::now().into(),
        }
    }

    fn indicator() -> indicators::Model {
        let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
        indicators::Model {
            id: 7,
            plan_id: 1,
            node_id: 1,
            code: "KPI-1".into(),
            name: "n".into(),
            definition: String::new(),
            unit: "percent".into(),
            direction: "increase".into(),
            aggregation: "latest".into(),
            baseline_value: Some(Fixed::parse("50").unwrap()),
            baseline_year: Some(2027),
            target_value: Some(Fixed::parse("97.5").unwrap()),
            target_year: Some(2031),
            data_source: String::new(),
            frequency: "annual".into(),
            owner_unit_id: 1,
            is_key: true,
            sdg_tags: String::new(),
            wsis_tags: String::new(),
            predecessor_id: None,
            predecessor_relation: None,
            provenance: "entered".into(),
            source: String::new(),
            version: 3,
            created_at: now,
            updated_at: now,
            sheet_rationale: None,
            sheet_method: None,
            sheet_disaggregation: None,
            sheet_limitations: None,
            sheet_quality_assurance: None,
            sheet_target_rationale: None,
        }
    }

    /// Target 80 adopted, 90 from 2029-05-12, 97.5 from 2030-03-01 (recorded before the 2029 one).
    fn target_revisions() -> Vec<framework_revisions::Model> {
        vec![
            rev(1, "target_value", Some("80"), Some("97.5"), "2030-03-01"),
            rev(2, "target_value", Some("80"), Some("90"), "2029-05-12"),
        ]
    }

    fn target_as_of(as_of: AsOf) -> Option<String> {
        let mut ind = indicator();
        let mut ms = Vec::new();
        apply(&mut ind, &mut ms, &differences(&target_revisions(), as_of)).unwrap();
        ind.target_value.map(|v| v.to_string())
    }

    #[test]
    fn a_revision_counts_from_the_day_it_was_decided() {
        assert_eq!(target_as_of(AsOf::Adopted).as_deref(), Some("80"));
        assert_eq!(target_as_of(AsOf::On(day("2029-05-11"))).as_deref(), Some("80"));
        assert_eq!(target_as_of(AsOf::On(day("2029-05-12"))).as_deref(), Some("90"));
        assert_eq!(target_as_of(AsOf::year_end(2029)).as_deref(), Some("90"));
        assert_eq!(target_as_of(AsOf::year_end(2030)).as_deref(), Some("97.5"));
    }

    #[test]
    fn the_difference_names_the_value_then_and_now_and_the_decisions_in_between() {
        let d = differences(&target_revisions(), AsOf::On(day("2029-12-31")));
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].then.as_deref(), d[0].now.as_deref()), (Some("90"), Some("97.5")));
        assert_eq!(d[0].decisions.iter().map(|r| r.id).collect::<Vec<_>>(), [1]);
        assert!(differences(&target_revisions(), AsOf::year_end(2030)).is_empty());
    }

    #[test]
    fn each_revision_replaced_the_value_the_one_before_it_in_force_set() {
        let b = befores(&target_revisions());
        assert_eq!((b[&2].as_deref(), b[&1].as_deref()), (Some("80"), Some("90")));
    }

    #[test]
    fn a_milestone_added_or_removed_by_a_revision_is_absent_or_back_before_it() {
        let revs = vec![
            rev(3, "milestones.2029", Some("94.7"), None, "2029-06-01"),
            rev(4, "milestones.2030", None, Some("96"), "2029-06-01"),
        ];
        let mut ind = indicator();
        let mut ms = vec![(2028, Decimal::new(93, 0))];
        apply(&mut ind, &mut ms, &differences(&revs, AsOf::Adopted)).unwrap();
        assert_eq!(ms, [(2028, Decimal::new(93, 0)), (2029, Decimal::new(947, 1))]);
    }

    #[test]
    fn as_of_reads_adopted_a_date_or_nothing_and_names_anything_else() {
        assert_eq!(AsOf::parse(""), Ok(None));
        assert_eq!(AsOf::parse("adopted"), Ok(Some(AsOf::Adopted)));
        assert_eq!(AsOf::parse("2029-06-30"), Ok(Some(AsOf::On(day("2029-06-30")))));
        assert_eq!(
            AsOf::parse("June").unwrap_err().english(),
            "`June` is neither `adopted` nor a date YYYY-MM-DD"
        );
    }
}
