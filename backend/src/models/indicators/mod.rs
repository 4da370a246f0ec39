//! Indicators: units and the value ranges each unit accepts, the closed vocabularies, plan-year rules and
//! lookups; and the use cases of the indicator doors (API and pages): list, read, create, change, and
//! set or remove milestones.

mod create;
mod detail;
mod dossier;
mod fields;
mod list;
mod milestones;
mod sheet;
mod update;

pub use create::{CreateIndicator, create, create_in};
pub use detail::{Detail, SeriesEnd, detail};
pub use dossier::{Dossier, Value, dossier};
pub use fields::{MilestoneInput, PredecessorInput};
pub use list::{IndicatorList, IndicatorListParams, ListItem, list};
pub use milestones::{
    DeleteMilestone, MilestoneChange, PutMilestone, delete_milestone, delete_milestone_in, put_milestone,
    put_milestone_in,
};
pub use sheet::{ReferenceSheet, SheetOf, read_sheet};
pub use update::{UpdateIndicator, update, update_in};

use crate::entities::{indicators, measurements, plans};
use crate::error::{AppError, AppResult};
use crate::fixed::Fixed;
use crate::status::{Aggregation, Unit};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// Units an indicator can be measured in.
pub const UNITS: &[&str] = &Unit::NAMES;

/// Checks that `value` makes sense for `unit`: a percentage within 0..100, a non-negative count,
/// yes/no as 0 or 1.
pub fn check_value_for_unit(unit: &str, value: Fixed) -> Result<(), String> {
    let v = value.to_decimal();
    match unit {
        "percent" if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED => {
            Err(format!("{v} is outside 0..100 for a percentage"))
        }
        "count" if v < Decimal::ZERO => Err(format!("{v} is negative; a count cannot be")),
        "count" if v.fract() != Decimal::ZERO => Err(format!("{v} is not a whole number; a count must be")),
        "yes_no" if v != Decimal::ZERO && v != Decimal::ONE => Err(format!("{v} is not 0 (no) or 1 (yes)")),
        "chf" | "ratio" if v < Decimal::ZERO => Err(format!("{v} is negative")),
        _ => Ok(()),
    }
}

/// Directions an indicator can move in.
pub const DIRECTIONS: &[&str] = &["increase", "decrease", "maintain"];

/// Rules combining a year's sub-annual values.
pub const AGGREGATIONS: &[&str] = &["latest", "sum", "mean", "ratio"];

/// How often an indicator is measured.
pub const FREQUENCIES: &[&str] = &["annual", "quarterly", "biennial", "quadrennial"];

/// How an indicator relates to its predecessor in the previous plan cycle.
pub const PREDECESSOR_RELATIONS: &[&str] = &["carried_over", "redefined", "new"];

/// Checks that an indicator's `unit` and `aggregation` make sense together ([`Unit::aggregations`]):
/// the one check every door that creates or changes an indicator calls (API create and update, the seed
/// files and `stratrack check`), so they all refuse the same pairs with the same words. A name outside
/// its vocabulary passes here: [`one_of`] names that one.
pub fn check_unit_and_aggregation(unit: &str, aggregation: &str) -> Result<(), String> {
    match (Unit::parse(unit), Aggregation::parse(aggregation)) {
        (Some(u), Some(a)) => a.refusal(u).map_or(Ok(()), Err),
        _ => Ok(()),
    }
}

/// Checks that `value` is one of `allowed`, naming them when it is not.
pub fn one_of(value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(format!("`{value}` is not one of {}", allowed.join(", ")))
    }
}

/// Checks that a milestone or target `year` lies within the plan period.
pub fn check_year_in_plan(plan: &plans::Model, year: i32) -> Result<(), String> {
    if (plan.start_year..=plan.end_year).contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "{year} is outside plan {} ({}-{})",
            plan.code, plan.start_year, plan.end_year
        ))
    }
}

/// Checks a baseline year: it may precede the plan (baselines usually do) but not follow its end.
pub fn check_baseline_year(plan: &plans::Model, year: i32) -> Result<(), String> {
    if year <= plan.end_year && year >= plan.start_year - 50 {
        Ok(())
    } else {
        Err(format!(
            "{year} cannot be the baseline of plan {} ({}-{})",
            plan.code, plan.start_year, plan.end_year
        ))
    }
}

/// An indicator as stored.
pub type Indicator = indicators::Model;

/// An indicator with what its answer names beside it: its node's code and level and its owner's code.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The indicator.
    pub indicator: Indicator,
    /// Code of the node it measures.
    pub node_code: String,
    /// Level of that node.
    pub node_level: String,
    /// Code of the owning org unit.
    pub unit_code: String,
}

/// The indicator `code` of `plan`, or 404.
pub async fn indicator_or_404(db: &impl ConnectionTrait, plan: &plans::Model, code: &str) -> AppResult<Indicator> {
    by_code(db, plan.id, code)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("indicator {code} of plan {}", plan.code)))
}

/// The indicator `code` of plan `plan_id`, if any.
pub async fn by_code(db: &impl ConnectionTrait, plan_id: i32, code: &str) -> Result<Option<indicators::Model>, DbErr> {
    indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan_id))
        .filter(indicators::Column::Code.eq(code))
        .one(db)
        .await
}

/// Whether any measurement (in any workflow state) exists for the indicator: from then on, changes to
/// its baseline, target, milestones, unit or direction are framework revisions.
pub async fn has_measurements(db: &impl ConnectionTrait, indicator_id: i32) -> Result<bool, DbErr> {
    let found: Option<i32> = measurements::Entity::find()
        .select_only()
        .column(measurements::Column::Id)
        .filter(measurements::Column::IndicatorId.eq(indicator_id))
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Splits a stored tag list (`17.8;9.c`) into tags.
pub fn split_tags(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Joins tags for storage, refusing tags that are empty or contain the separator.
pub fn join_tags(tags: &[String]) -> Result<String, String> {
    if let Some(bad) = tags.iter().find(|t| t.trim().is_empty() || t.contains(';')) {
        return Err(format!("`{bad}` is not a tag (empty, or contains `;`)"));
    }
    Ok(tags.iter().map(|t| t.trim()).collect::<Vec<_>>().join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Fixed {
        Fixed::parse(s).unwrap()
    }

    #[test]
    fn a_percentage_outside_0_to_100_is_refused() {
        assert!(check_value_for_unit("percent", f("100.01")).is_err());
        assert!(check_value_for_unit("percent", f("-0.5")).is_err());
        assert!(check_value_for_unit("percent", f("100")).is_ok());
    }

    #[test]
    fn a_negative_or_fractional_count_is_refused() {
        assert!(check_value_for_unit("count", f("-1")).is_err());
        assert!(check_value_for_unit("count", f("2.5")).is_err());
        assert!(check_value_for_unit("count", f("250")).is_ok());
    }

    #[test]
    fn tags_round_trip_and_the_separator_is_refused() {
        let tags = vec!["17.8".to_owned(), "9.c".to_owned()];
        assert_eq!(join_tags(&tags).unwrap(), "17.8;9.c");
        assert_eq!(split_tags("17.8;9.c"), tags);
        assert!(split_tags("").is_empty());
        assert!(join_tags(&["a;b".to_owned()]).is_err());
    }

    #[test]
    fn a_sum_of_percentages_and_a_yes_no_mean_are_refused_and_unknown_names_left_to_one_of() {
        assert!(check_unit_and_aggregation("percent", "ratio").is_ok());
        assert!(check_unit_and_aggregation("count", "sum").is_ok());
        let e = check_unit_and_aggregation("percent", "sum").unwrap_err();
        assert!(e.contains("`sum` does not suit unit `percent`"), "{e}");
        assert!(check_unit_and_aggregation("yes_no", "mean").is_err());
        assert!(check_unit_and_aggregation("percentage", "sum").is_ok());
        assert!(check_unit_and_aggregation("percent", "total").is_ok());
    }

    #[test]
    fn yes_no_takes_only_zero_or_one() {
        assert!(check_value_for_unit("yes_no", f("2")).is_err());
        assert!(check_value_for_unit("yes_no", f("1")).is_ok());
    }
}
