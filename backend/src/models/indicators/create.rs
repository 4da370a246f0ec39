//! Creating an indicator (admin): every field checked and every problem named at once, then the
//! indicator, its milestones and dimensions written with their audit entry in one transaction.

use super::fields::{
    MilestoneInput, PredecessorInput, Values, check_milestones, check_values, resolve_dimensions, resolve_node,
    resolve_predecessor, resolve_unit,
};
use super::{AGGREGATIONS, DIRECTIONS, FREQUENCIES, Placed, check_unit_and_aggregation, join_tags, one_of};
use crate::auth::Actor;
use crate::entities::{dimensions, indicator_dimensions, indicator_milestones, indicators, org_units, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::audit;
use crate::models::nodes::check_code;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DatabaseTransaction, EntityTrait};
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
    /// Its reference sheet (rationale, method, disaggregation, limitations, quality assurance, target
    /// rationale); none when absent.
    #[serde(default)]
    pub reference_sheet: Option<super::ReferenceSheet>,
}

/// What the checks resolved: the node, the owner, the tags, the dimensions and the predecessor.
struct Resolved {
    node: result_nodes::Model,
    unit: org_units::Model,
    sdg: String,
    wsis: String,
    dims: Vec<dimensions::Model>,
    predecessor: Option<indicators::Model>,
}

/// Creates an indicator in plan `plan` (admin). Values must suit the unit (percentages within 0..100),
/// and the aggregation too (no `sum` of percentages, no yes/no `mean`); target and milestone years lie
/// within the plan; a code already taken is a conflict.
pub async fn create(db: &DatabaseConnection, actor: &Actor, plan: &str, b: CreateIndicator) -> AppResult<Placed> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let placed = create_in(&txn, actor, &plan, &b).await?;
    transactions::commit(txn, turn).await?;
    Ok(placed)
}

/// [`create`] inside the caller's write transaction `txn` (the framework workbook adds indicators in
/// its own): the same checks and audit entry.
pub async fn create_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    b: &CreateIndicator,
) -> AppResult<Placed> {
    authorize(actor, Action::Administer)?;
    let r = check(txn, plan, b).await?;
    let code = b.code.trim();
    if super::by_code(txn, plan.id, code).await?.is_some() {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-indicator-exists",
            [("plan", plan.code.clone().into()), ("code", code.into())],
        )));
    }
    let row = insert(txn, plan, b, &r).await?;
    let after = serde_json::json!({
        "indicator": row,
        "milestones": b.milestones.iter().map(|m| (m.year, m.value)).collect::<Vec<_>>(),
        "dimensions": b.dimensions,
    });
    audit::created(txn, Some(actor), "indicator", row.id, &after).await?;
    Ok(Placed {
        indicator: row,
        node_code: r.node.code,
        node_level: r.node.level,
        unit_code: r.unit.code,
    })
}

/// Checks every field of `b`, naming each problem, and resolves the codes it names.
async fn check(txn: &DatabaseTransaction, plan: &Plan, b: &CreateIndicator) -> AppResult<Resolved> {
    let mut errs = FieldErrors::default();
    errs.check("code", check_code(b.code.trim()));
    if b.name.trim().is_empty() {
        errs.push("name", crate::error::Said::required());
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
    check_values(&mut errs, plan, &values);
    check_milestones(&mut errs, plan, &b.unit, &b.milestones);
    let node = resolve_node(txn, &mut errs, plan, &b.node).await?;
    let unit = match &b.owner_unit {
        Some(u) => resolve_unit(txn, &mut errs, "owner_unit", u).await?,
        None => match node.as_ref().and_then(|n| n.owner_unit_id) {
            Some(id) => org_units::Entity::find_by_id(id).one(txn).await?,
            None => {
                if node.is_some() {
                    errs.push("owner_unit", crate::error::Said::new("said-owner-to-take", []));
                }
                None
            }
        },
    };
    let sdg = errs.check("sdg_tags", join_tags(&b.sdg_tags));
    let wsis = errs.check("wsis_tags", join_tags(&b.wsis_tags));
    let dims = resolve_dimensions(txn, &mut errs, &b.dimensions).await?;
    let predecessor = match &b.predecessor {
        Some(p) => resolve_predecessor(txn, &mut errs, plan, p).await?,
        None => None,
    };
    errs.finish()?;
    let (Some(node), Some(unit)) = (node, unit) else {
        return Err(AppError::Internal("checked node or unit missing".into()));
    };
    Ok(Resolved {
        node,
        unit,
        sdg: sdg.unwrap_or_default(),
        wsis: wsis.unwrap_or_default(),
        dims,
        predecessor,
    })
}

/// Writes the checked indicator with its milestones and dimensions.
async fn insert(
    txn: &DatabaseTransaction,
    plan: &Plan,
    b: &CreateIndicator,
    r: &Resolved,
) -> AppResult<indicators::Model> {
    let mut am = indicators::ActiveModel {
        plan_id: Set(plan.id),
        node_id: Set(r.node.id),
        code: Set(b.code.trim().to_owned()),
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
        owner_unit_id: Set(r.unit.id),
        is_key: Set(b.is_key),
        sdg_tags: Set(r.sdg.clone()),
        wsis_tags: Set(r.wsis.clone()),
        predecessor_id: Set(r.predecessor.as_ref().map(|p| p.id)),
        predecessor_relation: Set(b.predecessor.as_ref().map(|p| p.relation.clone())),
        provenance: Set("entered".to_owned()),
        source: Set(String::new()),
        ..Default::default()
    };
    b.reference_sheet.clone().unwrap_or_default().set(&mut am);
    let row = versioned::insert(txn, am).await?;
    for m in &b.milestones {
        indicator_milestones::ActiveModel {
            indicator_id: Set(row.id),
            year: Set(m.year),
            value: Set(m.value),
            provenance: Set("entered".to_owned()),
            version: Set(1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    if !r.dims.is_empty() {
        indicator_dimensions::Entity::insert_many(r.dims.iter().map(|d| indicator_dimensions::ActiveModel {
            indicator_id: Set(row.id),
            dimension_id: Set(d.id),
        }))
        .exec(txn)
        .await?;
    }
    Ok(row)
}
