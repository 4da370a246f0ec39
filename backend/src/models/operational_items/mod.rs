//! Operational-plan items, which deliver the plan's outputs: the rules a new or changed item must satisfy
//! (every broken one reported together), the lookups that turn its ids into codes, and the item as
//! published ([`ItemEntry`]). Reading in [`read`]; creating, changing and deleting (the planner of the
//! operational plan's unit or the admin, each audited in its transaction) in [`write`].

pub mod read;
pub mod write;

pub use read::{ItemListParams, get, list};
pub use write::{CreateOperationalItem, UpdateOperationalItem, create, delete, update};

use crate::entities::{operational_items as oi, operational_plans as op, org_units, result_nodes};
use crate::error::{AppError, FieldErrors};
use crate::fixed::Fixed;
use crate::models::operations::ITEM_STATUSES;
use crate::models::{checks, codes};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// An item as requested; any field may be absent.
#[derive(Debug, Clone, Default)]
pub struct ItemDraft {
    /// Code, unique in its operational plan (e.g. `BR-08`).
    pub code: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Code of the output it delivers.
    pub output: Option<String>,
    /// Code of the org unit that runs it.
    pub responsible_unit: Option<String>,
    /// Budget, CHF thousands.
    pub budget: Option<Decimal>,
    /// Planned quantity.
    pub planned_quantity: Option<Decimal>,
    /// Delivered quantity.
    pub delivered_quantity: Option<Decimal>,
    /// What is counted (notices, workshops …).
    pub unit_of_measure: Option<String>,
    /// Milestones, free text.
    pub milestones: Option<String>,
    /// One of [`ITEM_STATUSES`].
    pub status: Option<String>,
}

impl ItemDraft {
    /// The fields a new item must send, each with whether this draft misses it.
    fn required(&self) -> [(&'static str, bool); 4] {
        [
            ("code", self.code.is_none()),
            ("name", self.name.is_none()),
            ("output", self.output.is_none()),
            ("planned_quantity", self.planned_quantity.is_none()),
        ]
    }
}

/// An item whose every field was checked.
#[derive(Debug, Clone)]
pub struct ValidItem {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// The output delivered.
    pub output: result_nodes::Model,
    /// The unit that runs it.
    pub responsible_unit: org_units::Model,
    /// Budget ≥ 0.
    pub budget: Fixed,
    /// Planned quantity ≥ 0.
    pub planned_quantity: Fixed,
    /// Delivered quantity ≥ 0.
    pub delivered_quantity: Fixed,
    /// Unit of measure.
    pub unit_of_measure: String,
    /// Milestones.
    pub milestones: String,
    /// Status.
    pub status: String,
}

/// The amount `v` sent as `field` (≥ 0), else the `old` value when it is absent.
fn quantity(errs: &mut FieldErrors, field: &str, v: Option<Decimal>, old: Option<Fixed>) -> Option<Fixed> {
    match v {
        Some(v) => checks::non_negative(errs, field, v),
        None => old,
    }
}

/// The output an item of `opp` delivers: the one named in `code`, else the `old` item's. It must be an
/// output of the operational plan's unit (or of no unit).
async fn output(
    db: &impl ConnectionTrait,
    opp: &op::Model,
    code: Option<&str>,
    old: Option<&oi::Model>,
    errs: &mut FieldErrors,
) -> Result<Option<result_nodes::Model>, DbErr> {
    let output = match (code, old) {
        (Some(c), _) => codes::resolve_node(db, opp.plan_id, "output", Some(c), &mut errs.0).await?,
        (None, Some(o)) => result_nodes::Entity::find_by_id(o.output_node_id).one(db).await?,
        (None, None) => None,
    };
    if let Some(n) = &output {
        if n.level != "output" {
            errs.push(
                "output",
                crate::error::Said::new(
                    "said-not-an-output",
                    [
                        ("code", n.code.clone().into()),
                        ("level", crate::models::nodes::level_named(&n.level)),
                    ],
                ),
            );
        } else if n.owner_unit_id.is_some_and(|u| u != opp.org_unit_id) {
            errs.push(
                "output",
                crate::error::Said::new("said-output-of-another-unit", [("code", n.code.clone().into())]),
            );
        }
    }
    Ok(output)
}

/// The unit that runs an item of `opp`: the one named in `code`, else the `old` item's, else the
/// operational plan's own.
async fn responsible_unit(
    db: &impl ConnectionTrait,
    opp: &op::Model,
    code: Option<&str>,
    old: Option<&oi::Model>,
    errs: &mut FieldErrors,
) -> Result<Option<org_units::Model>, DbErr> {
    match (code, old) {
        (Some(c), _) => codes::resolve_unit(db, "responsible_unit", Some(c), &mut errs.0).await,
        (None, Some(o)) => org_units::Entity::find_by_id(o.responsible_unit_id).one(db).await,
        (None, None) => org_units::Entity::find_by_id(opp.org_unit_id).one(db).await,
    }
}

/// Resolves and checks `d` for operational plan `opp`. With `old`, absent fields keep the old values (an
/// update); without, `code`, `name`, `output` and `planned_quantity` are required and the rest default
/// (responsible unit: the plan's unit; budget and delivered: 0; status: planned).
pub async fn resolve(
    db: &impl ConnectionTrait,
    opp: &op::Model,
    d: ItemDraft,
    old: Option<&oi::Model>,
) -> Result<ValidItem, AppError> {
    let mut errs = FieldErrors::default();
    if old.is_none() {
        checks::require(&mut errs, &d.required());
    }
    let code_sent = d.code.is_some();
    let code = d.code.or(old.map(|o| o.code.clone())).unwrap_or_default();
    if code_sent && code.trim().is_empty() {
        errs.push("code", crate::error::Said::not_empty());
    }
    let output = output(db, opp, d.output.as_deref(), old, &mut errs).await?;
    let responsible_unit = responsible_unit(db, opp, d.responsible_unit.as_deref(), old, &mut errs).await?;
    let budget = quantity(&mut errs, "budget", d.budget, old.map(|o| o.budget)).or(Some(Fixed::ZERO));
    let planned = quantity(
        &mut errs,
        "planned_quantity",
        d.planned_quantity,
        old.map(|o| o.planned_quantity),
    );
    let delivered = quantity(
        &mut errs,
        "delivered_quantity",
        d.delivered_quantity,
        old.map(|o| o.delivered_quantity),
    )
    .or(Some(Fixed::ZERO));
    let status = d
        .status
        .or(old.map(|o| o.status.clone()))
        .unwrap_or_else(|| "planned".into());
    checks::one_of(&mut errs, "status", &status, ITEM_STATUSES);
    let kept = |new: Option<String>, old: Option<&String>| new.or(old.cloned()).unwrap_or_default();
    match (output, responsible_unit, budget, planned, delivered) {
        (Some(output), Some(responsible_unit), Some(budget), Some(planned_quantity), Some(delivered_quantity))
            if errs.is_empty() =>
        {
            Ok(ValidItem {
                name: kept(d.name, old.map(|o| &o.name)),
                unit_of_measure: kept(d.unit_of_measure, old.map(|o| &o.unit_of_measure)),
                milestones: kept(d.milestones, old.map(|o| &o.milestones)),
                code,
                output,
                responsible_unit,
                budget,
                planned_quantity,
                delivered_quantity,
                status,
            })
        }
        _ => Err(AppError::Invalid(errs.0)),
    }
}

/// Refuses a second item with `code` in operational plan `opp_id` (other than row `except`).
pub async fn unique(db: &impl ConnectionTrait, opp_id: i32, code: &str, except: Option<i32>) -> Result<(), AppError> {
    let found = oi::Entity::find()
        .filter(oi::Column::OperationalPlanId.eq(opp_id))
        .filter(oi::Column::Code.eq(code))
        .one(db)
        .await?;
    match found {
        Some(o) if Some(o.id) != except => Err(AppError::conflict(crate::error::Said::new(
            "said-item-exists",
            [("code", code.into()), ("id", i64::from(o.id).into())],
        ))),
        _ => Ok(()),
    }
}

/// What item views need besides the item: its operational plan, plan and unit codes, node codes.
#[derive(Debug, Default)]
pub struct ItemContext {
    /// Operational plans by id.
    pub plans: HashMap<i32, op::Model>,
    /// Strategic plan codes by id.
    pub plan_codes: HashMap<i32, String>,
    /// Org unit codes by id.
    pub units: HashMap<i32, String>,
    /// Node codes by id.
    pub nodes: HashMap<i32, String>,
}

impl ItemContext {
    /// Loads the lookups for items whose output nodes are `node_ids`.
    pub async fn load(db: &impl ConnectionTrait, node_ids: Vec<i32>) -> Result<Self, DbErr> {
        Ok(ItemContext {
            plans: op::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect(),
            plan_codes: crate::models::plans::codes(db).await?,
            units: crate::models::units::codes(db).await?,
            nodes: result_nodes::Entity::find()
                .filter(result_nodes::Column::Id.is_in(node_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|n| (n.id, n.code))
                .collect(),
        })
    }
}

/// An item as published (and audited): codes for ids, its delivery rate. The API shows it as
/// `ItemView`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
#[schema(as = ItemView, description = "An operational-plan item.")]
pub struct ItemEntry {
    /// Item id.
    pub id: i32,
    /// Id of its operational plan.
    pub operational_plan_id: i32,
    /// Strategic plan code.
    pub plan: String,
    /// Org unit of the operational plan (whose planner writes the item).
    pub unit: String,
    /// Year of the operational plan.
    pub year: i32,
    /// Item code, e.g. `BR-01`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the output delivered.
    pub output: String,
    /// Org unit that runs it (e.g. a regional office).
    pub responsible_unit: String,
    /// Budget, CHF thousands.
    #[schema(value_type = String)]
    pub budget: Decimal,
    /// Planned quantity.
    #[schema(value_type = String)]
    pub planned_quantity: Decimal,
    /// Delivered quantity.
    #[schema(value_type = String)]
    pub delivered_quantity: Decimal,
    /// Delivered ÷ planned, not capped (above 1 when more was delivered than planned), four places, the
    /// figure the annual report prints; `null` when nothing is planned.
    #[schema(value_type = Option<String>)]
    pub delivery_rate: Option<Decimal>,
    /// What is counted.
    pub unit_of_measure: String,
    /// Milestones, free text.
    pub milestones: String,
    /// planned, in_progress, delivered, delayed or cancelled.
    pub status: String,
    /// Provenance.
    pub provenance: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl ItemEntry {
    /// The entry of `i`, with codes from `cx`.
    pub fn new(i: &oi::Model, cx: &ItemContext) -> Self {
        let opp = cx.plans.get(&i.operational_plan_id);
        let code =
            |m: &HashMap<i32, String>, id: Option<i32>| id.and_then(|id| m.get(&id)).cloned().unwrap_or_default();
        let (planned, delivered) = (i.planned_quantity.to_decimal(), i.delivered_quantity.to_decimal());
        ItemEntry {
            id: i.id,
            operational_plan_id: i.operational_plan_id,
            plan: code(&cx.plan_codes, opp.map(|p| p.plan_id)),
            unit: code(&cx.units, opp.map(|p| p.org_unit_id)),
            year: opp.map_or(0, |p| p.year),
            code: i.code.clone(),
            name: i.name.clone(),
            output: code(&cx.nodes, Some(i.output_node_id)),
            responsible_unit: code(&cx.units, Some(i.responsible_unit_id)),
            budget: i.budget.to_decimal(),
            planned_quantity: planned,
            delivered_quantity: delivered,
            delivery_rate: super::operations::item_rate(planned, delivered),
            unit_of_measure: i.unit_of_measure.clone(),
            milestones: i.milestones.clone(),
            status: i.status.clone(),
            provenance: i.provenance.clone(),
            version: i.version,
            created_at: i.created_at.to_utc(),
            updated_at: i.updated_at.to_utc(),
        }
    }
}
