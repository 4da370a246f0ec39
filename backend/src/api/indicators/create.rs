//! `POST /api/v1/plans/{plan}/indicators`: add an indicator to a node of the plan (admin).

use super::fields::{
    MilestoneInput, PredecessorInput, Values, check_milestones, check_values, resolve_dimensions, resolve_node,
    resolve_predecessor, resolve_unit,
};
use crate::api::common::{ApiJson, FieldErrors, Tagged};
use crate::auth::Actor;
use crate::entities::{indicator_dimensions, indicator_milestones, indicators, org_units};
use crate::error::{AppError, AppResult, Problem};
use crate::fixed::Fixed;
use crate::models::audit;
use crate::models::indicators::{AGGREGATIONS, DIRECTIONS, FREQUENCIES, check_unit_and_aggregation, join_tags, one_of};
use crate::models::nodes::check_code;
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::indicators::IndicatorCore;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
use serde::Deserialize;

fn latest() -> String {
    "latest".into()
}

fn annual() -> String {
    "annual".into()
}

/// A new indicator.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateIndicator {
    /// Code, unique in the plan (letters, digits, `.`, `-`, `_`).
    #[schema(max_length = 64)]
    pub code: String,
    /// Code of the node it measures.
    #[schema(max_length = 64)]
    pub node: String,
    /// Name.
    #[schema(max_length = 500)]
    pub name: String,
    /// Definition.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub definition: String,
    /// percent, count, chf, ratio, yes_no or index.
    #[schema(max_length = 64)]
    pub unit: String,
    /// increase, decrease or maintain.
    #[schema(max_length = 64)]
    pub direction: String,
    /// latest (default), sum, mean or ratio, as the unit allows: percent and ratio take latest, mean or
    /// ratio; count and chf latest, sum or mean; index latest or mean; yes_no latest.
    #[serde(default = "latest")]
    #[schema(max_length = 64)]
    pub aggregation: String,
    /// Baseline value; needs `baseline_year`.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub baseline_value: Option<Fixed>,
    /// Baseline year; may precede the plan.
    pub baseline_year: Option<i32>,
    /// End-of-plan target; needs `target_year`.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub target_value: Option<Fixed>,
    /// Target year, within the plan.
    pub target_year: Option<i32>,
    /// Where the values come from.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub data_source: String,
    /// annual (default), quarterly, biennial or quadrennial.
    #[serde(default = "annual")]
    #[schema(max_length = 64)]
    pub frequency: String,
    /// Owning org unit (code); defaults to the node's owner.
    #[schema(max_length = 64)]
    pub owner_unit: Option<String>,
    /// A key performance indicator.
    #[serde(default)]
    pub is_key: bool,
    /// SDG targets, e.g. `["9.c", "17.8"]`.
    #[serde(default)]
    pub sdg_tags: Vec<String>,
    /// WSIS action lines, e.g. `["C2"]`.
    #[serde(default)]
    pub wsis_tags: Vec<String>,
    /// Dimension codes its values are broken down by, e.g. `["sex"]`.
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// The indicator it continues from the previous plan cycle.
    pub predecessor: Option<PredecessorInput>,
    /// Annual milestones.
    #[serde(default)]
    pub milestones: Vec<MilestoneInput>,
}

/// `POST /api/v1/plans/{plan}/indicators`: create an indicator (admin). Values must suit the unit
/// (percentages within 0..100), and the aggregation too (no `sum` of percentages, no yes/no `mean`);
/// target and milestone years lie within the plan.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/indicators", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateIndicator,
    responses((status = 201, body = IndicatorCore), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(b): ApiJson<CreateIndicator>,
) -> AppResult<(StatusCode, Tagged<IndicatorCore>)> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let mut errs = FieldErrors::default();
    let code = b.code.trim();
    errs.check("code", check_code(code));
    if b.name.trim().is_empty() {
        errs.push("name", "is required");
    }
    errs.check("direction", one_of(&b.direction, DIRECTIONS));
    errs.check("aggregation", one_of(&b.aggregation, AGGREGATIONS));
    errs.check("aggregation", check_unit_and_aggregation(&b.unit, &b.aggregation));
    errs.check("frequency", one_of(&b.frequency, FREQUENCIES));
    let values = Values {
        unit: b.unit.clone(),
        baseline_value: b.baseline_value,
        baseline_year: b.baseline_year,
        target_value: b.target_value,
        target_year: b.target_year,
    };
    check_values(&mut errs, &plan, &values);
    check_milestones(&mut errs, &plan, &b.unit, &b.milestones);
    let node = resolve_node(&txn, &mut errs, &plan, &b.node).await?;
    let unit = match &b.owner_unit {
        Some(u) => resolve_unit(&txn, &mut errs, "owner_unit", u).await?,
        None => match node.as_ref().and_then(|n| n.owner_unit_id) {
            Some(id) => org_units::Entity::find_by_id(id).one(&txn).await?,
            None => {
                if node.is_some() {
                    errs.push("owner_unit", "is required: the node has no owner unit to take");
                }
                None
            }
        },
    };
    let sdg = errs.check("sdg_tags", join_tags(&b.sdg_tags));
    let wsis = errs.check("wsis_tags", join_tags(&b.wsis_tags));
    let dims = resolve_dimensions(&txn, &mut errs, &b.dimensions).await?;
    let predecessor = match &b.predecessor {
        Some(p) => resolve_predecessor(&txn, &mut errs, &plan, p).await?,
        None => None,
    };
    errs.finish()?;
    let (Some(node), Some(unit)) = (node, unit) else {
        return Err(AppError::Internal("checked node or unit missing".into()));
    };
    if crate::models::indicators::by_code(&txn, plan.id, code).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "plan {} already has an indicator {code}",
            plan.code
        )));
    }
    let now = chrono::Utc::now();
    let row = indicators::ActiveModel {
        plan_id: Set(plan.id),
        node_id: Set(node.id),
        code: Set(code.to_owned()),
        name: Set(b.name.trim().to_owned()),
        definition: Set(b.definition.clone()),
        unit: Set(b.unit.clone()),
        direction: Set(b.direction.clone()),
        aggregation: Set(b.aggregation.clone()),
        baseline_value: Set(b.baseline_value),
        baseline_year: Set(b.baseline_year),
        target_value: Set(b.target_value),
        target_year: Set(b.target_year),
        data_source: Set(b.data_source.clone()),
        frequency: Set(b.frequency.clone()),
        owner_unit_id: Set(unit.id),
        is_key: Set(b.is_key),
        sdg_tags: Set(sdg.unwrap_or_default()),
        wsis_tags: Set(wsis.unwrap_or_default()),
        predecessor_id: Set(predecessor.as_ref().map(|p| p.id)),
        predecessor_relation: Set(b.predecessor.as_ref().map(|p| p.relation.clone())),
        provenance: Set("entered".to_owned()),
        source: Set(String::new()),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for m in &b.milestones {
        indicator_milestones::ActiveModel {
            indicator_id: Set(row.id),
            year: Set(m.year),
            value: Set(m.value),
            provenance: Set("entered".to_owned()),
            version: Set(1),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    if !dims.is_empty() {
        indicator_dimensions::Entity::insert_many(dims.iter().map(|d| indicator_dimensions::ActiveModel {
            indicator_id: Set(row.id),
            dimension_id: Set(d.id),
        }))
        .exec(&txn)
        .await?;
    }
    let view = IndicatorCore::new(&row, (&node.code, &node.level), &unit.code);
    let after = serde_json::json!({
        "indicator": row,
        "milestones": b.milestones.iter().map(|m| (m.year, m.value)).collect::<Vec<_>>(),
        "dimensions": b.dimensions,
    });
    audit::created(&txn, Some(&actor), "indicator", row.id, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}
