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
use crate::error::{AppError, AppResult, Said};
use crate::fixed::Fixed;
use crate::status::{Aggregation, Unit};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// Units an indicator can be measured in.
pub const UNITS: &[&str] = &Unit::NAMES;

/// Checks that `value` makes sense for `unit`: a percentage within 0..100, a non-negative count,
/// yes/no as 0 or 1.
pub fn check_value_for_unit(unit: &str, value: Fixed) -> Result<(), Said> {
    let v = value.to_decimal();
    let said = |key| Err(Said::new(key, [("value", v.to_string().into())]));
    match unit {
        "percent" if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED => said("said-percent-outside"),
        "count" if v < Decimal::ZERO => said("said-count-negative"),
        "count" if v.fract() != Decimal::ZERO => said("said-count-fraction"),
        "yes_no" if v != Decimal::ZERO && v != Decimal::ONE => said("said-yes-no"),
        "chf" | "ratio" if v < Decimal::ZERO => said("said-value-negative"),
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
pub fn check_unit_and_aggregation(unit: &str, aggregation: &str) -> Result<(), Said> {
    match (Unit::parse(unit), Aggregation::parse(aggregation)) {
        (Some(u), Some(a)) if a.refusal(u).is_some() => Err(unsuited(u, a)),
        _ => Ok(()),
    }
}

/// [`Aggregation::refusal`] said as a message: its English is the vocabulary's sentence word for word
/// (tested), its clause of why in words of the language.
fn unsuited(unit: Unit, aggregation: Aggregation) -> Said {
    let why = match unit {
        Unit::Percent | Unit::Ratio => "said-why-shares",
        Unit::Count | Unit::Chf => "said-why-amounts",
        Unit::Index => "said-why-index",
        Unit::YesNo => "said-why-yes-no",
    };
    let allowed: Vec<&str> = unit.aggregations().iter().map(|a| a.as_str()).collect();
    Said::new(
        "said-aggregation-unsuited",
        [
            ("aggregation", aggregation.as_str().into()),
            ("unit", unit.as_str().into()),
            ("why", Said::new(why, []).into()),
            ("allowed", allowed.join(", ").into()),
        ],
    )
}

/// Checks that `value` is one of `allowed`, naming them when it is not.
pub fn one_of(value: &str, allowed: &[&str]) -> Result<(), Said> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(Said::not_one_of(value, allowed))
    }
}

/// Checks that a milestone or target `year` lies within the plan period.
pub fn check_year_in_plan(plan: &plans::Model, year: i32) -> Result<(), Said> {
    if (plan.start_year..=plan.end_year).contains(&year) {
        Ok(())
    } else {
        Err(crate::models::plans::year_of_plan("said-year-outside-plan", plan, year))
    }
}

/// Checks a baseline year: it may precede the plan (baselines usually do) but not follow its end.
pub fn check_baseline_year(plan: &plans::Model, year: i32) -> Result<(), Said> {
    if year <= plan.end_year && year >= plan.start_year - 50 {
        Ok(())
    } else {
        Err(crate::models::plans::year_of_plan("said-baseline-year", plan, year))
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
    by_code(db, plan.id, code).await?.ok_or_else(|| {
        AppError::not_found(Said::new(
            "said-what-indicator",
            [("code", code.into()), ("plan", plan.code.as_str().into())],
        ))
    })
}

/// The indicator `code` of plan `plan_id`, if any.
pub async fn by_code(db: &impl ConnectionTrait, plan_id: i32, code: &str) -> Result<Option<indicators::Model>, DbErr> {
    indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan_id))
        .filter(indicators::Column::Code.eq(code))
        .one(db)
        .await
}

/// The id of every indicator of plan `plan_code` by its code (empty for a plan not known): for a door
/// that names indicators by code in the reader's language ([`crate::models::translations::Lookup`]).
pub async fn ids_by_code(
    db: &impl ConnectionTrait,
    plan_code: &str,
) -> Result<std::collections::HashMap<String, i32>, DbErr> {
    use sea_orm::QuerySelect;
    let Some(plan) = plans::Entity::find()
        .filter(plans::Column::Code.eq(plan_code))
        .one(db)
        .await?
    else {
        return Ok(std::collections::HashMap::new());
    };
    let rows: Vec<(String, i32)> = indicators::Entity::find()
        .select_only()
        .column(indicators::Column::Code)
        .column(indicators::Column::Id)
        .filter(indicators::Column::PlanId.eq(plan.id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
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
pub fn join_tags(tags: &[String]) -> Result<String, Said> {
    if let Some(bad) = tags.iter().find(|t| t.trim().is_empty() || t.contains(';')) {
        return Err(Said::new("said-not-a-tag", [("tag", bad.as_str().into())]));
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
        let e = check_unit_and_aggregation("percent", "sum").unwrap_err().english();
        assert!(e.contains("`sum` does not suit unit `percent`"), "{e}");
        assert!(check_unit_and_aggregation("yes_no", "mean").is_err());
        assert!(check_unit_and_aggregation("percentage", "sum").is_ok());
        assert!(check_unit_and_aggregation("percent", "total").is_ok());
    }

    #[test]
    fn a_value_unfit_for_its_unit_and_a_bad_tag_are_said_in_english_as_before_and_in_the_language() {
        use stratrack_i18n::Lang;
        let count = check_value_for_unit("count", f("2.5")).unwrap_err();
        assert_eq!(count.english(), "2.5 is not a whole number; a count must be");
        assert_eq!(
            count.text(Lang::Fr),
            "2.5 n’est pas un nombre entier ; un nombre doit l’être"
        );
        assert_eq!(
            count.text(Lang::Ru),
            "2.5 — не целое число; количество должно быть целым"
        );
        let pct = check_value_for_unit("percent", f("120")).unwrap_err();
        assert_eq!(pct.english(), "120 is outside 0..100 for a percentage");
        assert_eq!(pct.text(Lang::Zh), "120 超出百分比的 0..100 范围");
        let tag = join_tags(&["a;b".to_owned()]).unwrap_err();
        assert_eq!(tag.english(), "`a;b` is not a tag (empty, or contains `;`)");
        assert_eq!(tag.text(Lang::Es), "`a;b` no es una etiqueta (vacía, o contiene `;`)");
    }

    #[test]
    fn an_unfit_aggregation_is_said_as_the_vocabulary_says_it_and_in_the_language() {
        use stratrack_i18n::Lang;
        for u in Unit::ALL {
            for a in Aggregation::ALL {
                let said = check_unit_and_aggregation(u.as_str(), a.as_str())
                    .err()
                    .map(|s| s.english());
                assert_eq!(said, a.refusal(u), "{u:?} {a:?}");
            }
        }
        let e = check_unit_and_aggregation("yes_no", "mean").unwrap_err();
        assert_eq!(
            e.text(Lang::Fr),
            "`mean` ne convient pas à l’unité `yes_no` (une réponse oui/non est la dernière donnée ; une somme ou une moyenne de réponses n’est ni oui ni non) : utilisez latest"
        );
    }

    #[test]
    fn yes_no_takes_only_zero_or_one() {
        assert!(check_value_for_unit("yes_no", f("2")).is_err());
        assert!(check_value_for_unit("yes_no", f("1")).is_ok());
    }
}
