//! Checks shared by creating and changing an indicator: values that suit the unit, years within the
//! plan, a predecessor in another cycle, known dimensions. Every problem is collected, none stops early.

use super::{PREDECESSOR_RELATIONS, check_baseline_year, check_value_for_unit, check_year_in_plan};
use crate::entities::{dimensions, indicator_dimensions, indicators, plans};
use crate::error::{AppResult, FieldErrors};
use crate::fixed::Fixed;
use sea_orm::{
    ActiveModelTrait, ActiveValue, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    Iterable, ModelTrait, QueryFilter, QuerySelect,
};
use serde::Deserialize;

/// A milestone given with a new indicator.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneInput {
    /// A year of the plan.
    pub year: i32,
    /// The value expected that year (decimal string or number).
    #[schema(value_type = String, max_length = 64)]
    pub value: Fixed,
}

/// The indicator of the previous plan cycle this one continues.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PredecessorInput {
    /// Code of the earlier plan.
    #[schema(max_length = 64)]
    pub plan: String,
    /// Code of the indicator in that plan.
    #[schema(max_length = 64)]
    pub code: String,
    /// carried_over, redefined or new.
    #[schema(max_length = 64)]
    pub relation: String,
}

/// The target and baseline of an indicator as they will be stored.
pub struct Values {
    /// Unit.
    pub unit: String,
    /// Baseline value.
    pub baseline_value: Option<Fixed>,
    /// Baseline year.
    pub baseline_year: Option<i32>,
    /// Target value.
    pub target_value: Option<Fixed>,
    /// Target year.
    pub target_year: Option<i32>,
}

/// Checks the unit, the values against it, and the years against the plan.
pub fn check_values(errs: &mut FieldErrors, plan: &plans::Model, v: &Values) {
    let unit_known = errs.check("unit", super::one_of(&v.unit, super::UNITS)).is_some();
    for (value, year, vf, yf) in [
        (v.baseline_value, v.baseline_year, "baseline_value", "baseline_year"),
        (v.target_value, v.target_year, "target_value", "target_year"),
    ] {
        if let (Some(x), true) = (value, unit_known) {
            errs.check(vf, check_value_for_unit(&v.unit, x));
        }
        match (value, year) {
            (Some(_), None) => errs.push(
                yf,
                crate::error::Said::new("said-required-with", [("other", vf.into())]),
            ),
            (None, Some(_)) => errs.push(
                vf,
                crate::error::Said::new("said-required-with", [("other", yf.into())]),
            ),
            _ => {}
        }
    }
    if let Some(y) = v.target_year {
        errs.check("target_year", check_year_in_plan(plan, y));
    }
    if let Some(y) = v.baseline_year {
        errs.check("baseline_year", check_baseline_year(plan, y));
        if let Some(t) = v.target_year
            && y > t
        {
            errs.push(
                "baseline_year",
                crate::error::Said::new(
                    "said-after-target-year",
                    [("year", i64::from(y).into()), ("target", i64::from(t).into())],
                ),
            );
        }
    }
}

/// Checks milestones: years within the plan, each once, values suiting `unit`.
pub fn check_milestones(errs: &mut FieldErrors, plan: &plans::Model, unit: &str, ms: &[MilestoneInput]) {
    for (i, m) in ms.iter().enumerate() {
        errs.check(&format!("milestones[{i}].year"), check_year_in_plan(plan, m.year));
        if ms[..i].iter().any(|o| o.year == m.year) {
            errs.push(
                format!("milestones[{i}].year"),
                crate::error::Said::new("said-year-given-twice", [("year", i64::from(m.year).into())]),
            );
        }
        if super::UNITS.contains(&unit) {
            errs.check(&format!("milestones[{i}].value"), check_value_for_unit(unit, m.value));
        }
    }
}

/// Resolves a predecessor in another plan; `None` (with the problem named) when it does not resolve.
pub async fn resolve_predecessor(
    db: &impl ConnectionTrait,
    errs: &mut FieldErrors,
    plan: &plans::Model,
    p: &PredecessorInput,
) -> AppResult<Option<indicators::Model>> {
    errs.check(
        "predecessor.relation",
        super::one_of(&p.relation, PREDECESSOR_RELATIONS),
    );
    let Some(other) = plans::Entity::find()
        .filter(plans::Column::Code.eq(&p.plan))
        .one(db)
        .await?
    else {
        errs.push(
            "predecessor.plan",
            crate::error::Said::new("said-no-plan-code", [("code", p.plan.clone().into())]),
        );
        return Ok(None);
    };
    if other.id == plan.id {
        errs.push("predecessor.plan", crate::error::Said::new("said-earlier-plan", []));
        return Ok(None);
    }
    let found = super::by_code(db, other.id, &p.code).await?;
    if found.is_none() {
        errs.push(
            "predecessor.code",
            crate::error::Said::new(
                "said-plan-no-indicator",
                [("plan", p.plan.as_str().into()), ("code", p.code.as_str().into())],
            ),
        );
    }
    Ok(found)
}

/// Resolves dimension codes to ids, naming each unknown or repeated code.
pub async fn resolve_dimensions(
    db: &impl ConnectionTrait,
    errs: &mut FieldErrors,
    codes: &[String],
) -> AppResult<Vec<dimensions::Model>> {
    let known = dimensions::Entity::find()
        .filter(dimensions::Column::Code.is_in(codes.iter().cloned()))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for (i, c) in codes.iter().enumerate() {
        match known.iter().find(|d| &d.code == c) {
            _ if codes[..i].contains(c) => errs.push(
                format!("dimensions[{i}]"),
                crate::error::Said::new("said-code-given-twice", [("code", c.clone().into())]),
            ),
            Some(d) => out.push(d.clone()),
            None => errs.push(
                format!("dimensions[{i}]"),
                crate::error::Said::new("said-no-dimension", [("code", c.clone().into())]),
            ),
        }
    }
    Ok(out)
}

/// Looks up an org unit for `field`, naming it when unknown.
pub async fn resolve_unit(
    db: &impl ConnectionTrait,
    errs: &mut FieldErrors,
    field: &str,
    code: &str,
) -> AppResult<Option<crate::entities::org_units::Model>> {
    let u = crate::models::units::by_code(db, code).await?;
    if u.is_none() {
        errs.push(
            field,
            crate::error::Said::new("said-no-unit-code", [("code", code.to_string().into())]),
        );
    }
    Ok(u)
}

/// Looks up a node of the plan for `field`, naming it when unknown.
pub async fn resolve_node(
    db: &impl ConnectionTrait,
    errs: &mut FieldErrors,
    plan: &plans::Model,
    code: &str,
) -> AppResult<Option<crate::entities::result_nodes::Model>> {
    let n = crate::models::codes::node_by_code(db, plan.id, code).await?;
    if n.is_none() {
        errs.push(
            "node",
            crate::error::Said::new(
                "said-plan-no-node",
                [("plan", plan.code.as_str().into()), ("code", code.to_string().into())],
            ),
        );
    }
    Ok(n)
}

/// Refuses dropping a dimension that values of the indicator are already broken down by.
pub async fn check_dimensions_in_use(
    db: &impl sea_orm::ConnectionTrait,
    errs: &mut FieldErrors,
    indicator_id: i32,
    keep: &[crate::entities::dimensions::Model],
) -> AppResult<()> {
    let used: Vec<String> = crate::entities::measurements::Entity::find()
        .select_only()
        .column(crate::entities::measurements::Column::Disaggregation)
        .distinct()
        .filter(crate::entities::measurements::Column::IndicatorId.eq(indicator_id))
        .filter(crate::entities::measurements::Column::Disaggregation.ne(""))
        .into_tuple()
        .all(db)
        .await?;
    let mut missing: Vec<String> = used
        .iter()
        .filter_map(|d| crate::models::measurements::parse_disaggregation(d).ok())
        .flatten()
        .map(|(dim, _)| dim)
        .filter(|dim| !keep.iter().any(|k| &k.code == dim))
        .collect();
    missing.sort();
    missing.dedup();
    if !missing.is_empty() {
        errs.push(
            "dimensions",
            crate::error::Said::new("said-keep-dimensions", [("dimensions", missing.join(", ").into())]),
        );
    }
    Ok(())
}

/// Whether `dims` differs from the set of dimensions indicator `id` has now.
pub async fn dimensions_change(txn: &DatabaseTransaction, id: i32, dims: &[dimensions::Model]) -> AppResult<bool> {
    let mut now: Vec<i32> = indicator_dimensions::Entity::find()
        .filter(indicator_dimensions::Column::IndicatorId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|d| d.dimension_id)
        .collect();
    let mut new: Vec<i32> = dims.iter().map(|d| d.id).collect();
    now.sort_unstable();
    new.sort_unstable();
    Ok(now != new)
}

/// Unsets every column `am` would set to the value `old` holds already.
pub fn keep_only_changes(am: &mut indicators::ActiveModel, old: &indicators::Model) {
    for col in indicators::Column::iter() {
        if let ActiveValue::Set(v) = am.get(col)
            && v == old.get(col)
        {
            am.not_set(col);
        }
    }
}

/// Replaces the indicator's set of dimensions.
pub async fn replace_dimensions(txn: &DatabaseTransaction, id: i32, dims: &[dimensions::Model]) -> AppResult<()> {
    indicator_dimensions::Entity::delete_many()
        .filter(indicator_dimensions::Column::IndicatorId.eq(id))
        .exec(txn)
        .await?;
    if !dims.is_empty() {
        indicator_dimensions::Entity::insert_many(dims.iter().map(|d| indicator_dimensions::ActiveModel {
            indicator_id: Set(id),
            dimension_id: Set(d.id),
        }))
        .exec(txn)
        .await?;
    }
    Ok(())
}
