//! Budget allocations: each unit's budget allocated to outputs, thematic priorities and enablers (the
//! Appendix A linkage the cost per node is derived from). Here: which nodes a unit's budget may fund and
//! the rules a new or changed allocation must satisfy (every broken one reported together); reading in
//! [`read`]; creating, changing and deleting (admin, each audited in its transaction) in [`write`].

pub mod read;
pub mod sheet;
pub mod write;

pub use read::{AllocationListParams, get, list};
pub use sheet::{Sheet, SheetEntry, SheetRow, save_sheet, sheet};
pub use write::{CreateAllocation, UpdateAllocation, create, create_in, delete, delete_in, id_of, update, update_in};

use crate::entities::{budget_allocations as ba, org_units, plans, result_nodes};
use crate::error::{AppError, FieldErrors, Said};
use crate::fixed::Fixed;
use crate::models::{checks, codes, finance_rows::PROVENANCES, finance_totals};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Levels a budget may be allocated to: outputs (of the allocating unit), thematic priorities, enablers.
/// Goals and targets are reached through contribution weights, outcomes through their outputs.
pub const ALLOCATABLE_LEVELS: &[&str] = &["output", "thematic_priority", "enabler"];

/// Checks that `node` may receive an allocation from unit `unit_id`.
pub fn check_node(node: &result_nodes::Model, unit_id: i32) -> Result<(), Said> {
    if !ALLOCATABLE_LEVELS.contains(&node.level.as_str()) {
        return Err(Said::new(
            "said-allocate-to-level",
            [
                ("code", node.code.clone().into()),
                ("level", crate::models::nodes::level_named(&node.level)),
            ],
        ));
    }
    if node.level == "output" && node.owner_unit_id.is_some_and(|o| o != unit_id) {
        return Err(Said::new(
            "said-output-of-another-unit",
            [("code", node.code.clone().into())],
        ));
    }
    Ok(())
}

/// An allocation whose every field was checked.
#[derive(Debug, Clone)]
pub struct ValidAllocation {
    /// Year, inside the plan.
    pub year: i32,
    /// Org unit.
    pub unit: org_units::Model,
    /// Node funded.
    pub node: result_nodes::Model,
    /// CHF thousands, ≥ 0.
    pub amount: Fixed,
    /// Provenance.
    pub provenance: String,
}

/// The unit and the node an allocation names (`d`), else those of the `old` row; a node the unit may
/// not fund is recorded against `node`.
async fn unit_and_node(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    d: &CreateAllocation,
    old: Option<&ba::Model>,
    errs: &mut FieldErrors,
) -> Result<(Option<org_units::Model>, Option<result_nodes::Model>), DbErr> {
    let unit = match (&d.unit, old) {
        (Some(code), _) => codes::resolve_unit(db, "unit", Some(code), &mut errs.0).await?,
        (None, Some(o)) => org_units::Entity::find_by_id(o.org_unit_id).one(db).await?,
        (None, None) => None,
    };
    let node = match (&d.node, old) {
        (Some(code), _) => codes::resolve_node(db, plan.id, "node", Some(code), &mut errs.0).await?,
        (None, Some(o)) => result_nodes::Entity::find_by_id(o.node_id).one(db).await?,
        (None, None) => None,
    };
    if let (Some(n), Some(u)) = (&node, &unit)
        && let Err(reason) = check_node(n, u.id)
    {
        errs.push("node", reason);
    }
    Ok((unit, node))
}

/// Resolves and checks `d` for plan `plan`. With `old`, absent fields keep the old row's values (an
/// update); without, year, unit, node and amount are required (a creation).
pub async fn resolve(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    d: CreateAllocation,
    old: Option<&ba::Model>,
) -> Result<ValidAllocation, AppError> {
    let mut errs = FieldErrors::default();
    if old.is_none() {
        let required = [
            ("year", d.year.is_none()),
            ("unit", d.unit.is_none()),
            ("node", d.node.is_none()),
            ("amount", d.amount.is_none()),
        ];
        checks::require(&mut errs, &required);
    }
    let (unit, node) = unit_and_node(db, plan, &d, old, &mut errs).await?;
    let year = d.year.or(old.map(|o| o.year));
    if let Some(y) = year
        && !(plan.start_year..=plan.end_year).contains(&y)
    {
        errs.push(
            "year",
            crate::models::checks::outside_the_plan(y.to_string(), plan.start_year, plan.end_year),
        );
    }
    let amount = match d.amount {
        Some(v) => checks::non_negative(&mut errs, "amount", v),
        None => old.map(|o| o.amount),
    };
    let provenance = d
        .provenance
        .or(old.map(|o| o.provenance.clone()))
        .unwrap_or_else(|| "entered".into());
    checks::one_of(&mut errs, "provenance", &provenance, PROVENANCES);
    match (year, unit, node, amount) {
        (Some(year), Some(unit), Some(node), Some(amount)) if errs.is_empty() => Ok(ValidAllocation {
            year,
            unit,
            node,
            amount,
            provenance,
        }),
        _ => Err(AppError::Invalid(errs.0)),
    }
}

/// Whether a write that took a unit-year's allocations from `before` to `after` overdraws its expense
/// `budget`: the total ends above the budget and the write raised it (lowering an overdrawn unit-year,
/// e.g. after its budget was cut, is always allowed).
pub fn overdraws(budget: Decimal, before: Decimal, after: Decimal) -> bool {
    after > budget && after > before
}

/// The budget rule, checked inside a write's transaction after the write: the allocations of `unit` in
/// `year` may not total more than its expense budget ([`finance_totals::unit_year`]). `before` is their
/// total before the write; a refusal names `field` and says by how much.
pub async fn within_budget(
    db: &impl ConnectionTrait,
    plan_id: i32,
    unit: &org_units::Model,
    year: i32,
    before: Decimal,
    field: &str,
) -> Result<(), AppError> {
    let (budget, after) = finance_totals::unit_year(db, plan_id, unit.id, year).await?;
    if !overdraws(budget, before, after) {
        return Ok(());
    }
    Err(AppError::field(
        field,
        crate::error::Said::new(
            "said-allocation-over-budget",
            [
                ("unit", unit.code.as_str().into()),
                ("year", year.to_string().into()),
                ("after", after.normalize().to_string().into()),
                ("over", (after - budget).normalize().to_string().into()),
                ("budget", budget.normalize().to_string().into()),
            ],
        ),
    ))
}

/// A unit's budget allocated to an output, a thematic priority or an enabler.
// As published and audited, and as the API shows it (`AllocationView`): the codes it refers to, its
// amount exact.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
#[schema(as = AllocationView)]
pub struct AllocationEntry {
    /// Row id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// Org unit code.
    pub unit: String,
    /// Code of the node funded.
    pub node: String,
    /// Level of that node.
    pub node_level: String,
    /// CHF thousands, exact.
    #[schema(value_type = String, example = "3856")]
    pub amount: Decimal,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Concurrency version (also the ETag).
    pub version: i32,
    /// Created (UTC).
    pub created_at: DateTime<Utc>,
    /// Last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

impl AllocationEntry {
    /// The entry of `a`, with the codes it refers to.
    pub fn new(a: &ba::Model, plan: &str, unit: &str, node: &str, node_level: &str) -> Self {
        AllocationEntry {
            id: a.id,
            plan: plan.to_owned(),
            year: a.year,
            unit: unit.to_owned(),
            node: node.to_owned(),
            node_level: node_level.to_owned(),
            amount: a.amount.to_decimal(),
            provenance: a.provenance.clone(),
            version: a.version,
            created_at: a.created_at.to_utc(),
            updated_at: a.updated_at.to_utc(),
        }
    }
}

/// Refuses a second allocation of the same plan, year, unit and node (other than row `except`).
pub async fn unique(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    a: &ValidAllocation,
    except: Option<i32>,
) -> Result<(), AppError> {
    let found = ba::Entity::find()
        .filter(ba::Column::PlanId.eq(plan.id))
        .filter(ba::Column::Year.eq(a.year))
        .filter(ba::Column::OrgUnitId.eq(a.unit.id))
        .filter(ba::Column::NodeId.eq(a.node.id))
        .one(db)
        .await?;
    match found {
        Some(other) if Some(other.id) != except => Err(AppError::conflict(crate::error::Said::new(
            "said-allocation-exists",
            [
                ("unit", a.unit.code.clone().into()),
                ("node", a.node.code.clone().into()),
                ("year", i64::from(a.year).into()),
                ("id", i64::from(other.id).into()),
            ],
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(level: &str, owner: Option<i32>) -> result_nodes::Model {
        let now = chrono::Utc::now().into();
        result_nodes::Model {
            id: 1,
            plan_id: 1,
            parent_id: None,
            level: level.into(),
            code: "X".into(),
            name: "X".into(),
            description: String::new(),
            owner_unit_id: owner,
            output_kind: None,
            sort_order: 0,
            provenance: "entered".into(),
            source: String::new(),
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_unit_funds_its_own_outputs_thematic_priorities_and_enablers() {
        assert!(check_node(&node("output", Some(3)), 3).is_ok());
        assert!(check_node(&node("thematic_priority", Some(9)), 3).is_ok());
        assert!(check_node(&node("enabler", Some(9)), 3).is_ok());
    }

    #[test]
    fn a_total_above_the_budget_is_refused_unless_the_write_lowered_it() {
        use rust_decimal::dec;
        assert!(!overdraws(dec!(100), dec!(90), dec!(100)), "exactly the budget");
        assert!(overdraws(dec!(100), dec!(90), dec!(100.0001)));
        assert!(
            !overdraws(dec!(100), dec!(130), dec!(120)),
            "an overdrawn unit-year may come down"
        );
        assert!(overdraws(dec!(100), dec!(120), dec!(130)));
    }

    #[test]
    fn goals_targets_outcomes_and_other_units_outputs_are_refused() {
        for level in ["goal", "target", "outcome"] {
            assert!(check_node(&node(level, Some(3)), 3).is_err(), "{level}");
        }
        assert!(check_node(&node("output", Some(4)), 3).is_err());
    }
}
