//! Natural codes to rows and back: org units by code, result nodes by plan and code. Requests name
//! things by code; an unknown code becomes a validation error naming the field.

use crate::entities::{org_units, result_nodes};
use crate::error::FieldError;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// The node `code` of plan `plan_id`, if any.
pub async fn node_by_code(
    db: &impl ConnectionTrait,
    plan_id: i32,
    code: &str,
) -> Result<Option<result_nodes::Model>, DbErr> {
    result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .filter(result_nodes::Column::Code.eq(code))
        .one(db)
        .await
}

/// Every node of plan `plan_id` by id.
pub async fn nodes_by_id(db: &impl ConnectionTrait, plan_id: i32) -> Result<HashMap<i32, result_nodes::Model>, DbErr> {
    Ok(result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect())
}

/// Resolves an optional unit code given as request field `field`: `Ok(None)` when absent, an error
/// naming the field when unknown (pushed to `errs`, so every bad field is reported together).
pub async fn resolve_unit(
    db: &impl ConnectionTrait,
    field: &str,
    code: Option<&str>,
    errs: &mut Vec<FieldError>,
) -> Result<Option<org_units::Model>, DbErr> {
    let Some(code) = code else { return Ok(None) };
    let found = super::units::by_code(db, code).await?;
    if found.is_none() {
        errs.push(FieldError::new(
            field,
            crate::error::Said::new("said-no-unit-the-code", [("code", code.into())]),
        ));
    }
    Ok(found)
}

/// Resolves an optional node code of plan `plan_id` given as request field `field` (see
/// [`resolve_unit`]).
pub async fn resolve_node(
    db: &impl ConnectionTrait,
    plan_id: i32,
    field: &str,
    code: Option<&str>,
    errs: &mut Vec<FieldError>,
) -> Result<Option<result_nodes::Model>, DbErr> {
    let Some(code) = code else { return Ok(None) };
    let found = node_by_code(db, plan_id, code).await?;
    if found.is_none() {
        errs.push(FieldError::new(
            field,
            crate::error::Said::new("said-no-node-the-code", [("code", code.into())]),
        ));
    }
    Ok(found)
}
