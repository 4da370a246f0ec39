//! Plans: finding one by its code, and the year a read of it evaluates.

use crate::entities::plans;
use crate::error::{AppError, AppResult};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// A plan as stored.
pub type Plan = plans::Model;

/// Finds a plan by code or answers 404.
pub async fn plan_by_code(db: &impl ConnectionTrait, code: &str) -> AppResult<Plan> {
    plans::Entity::find()
        .filter(plans::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| no_plan(code))
}

/// The plan with `code` from a snapshot of the evaluation cache, or a 404 problem document.
pub async fn cached_plan_by_code(
    snap: &crate::models::evaluation::Snapshot<'_>,
    db: &impl ConnectionTrait,
    code: &str,
) -> AppResult<Plan> {
    snap.plan(db, code).await?.ok_or_else(|| no_plan(code))
}

fn no_plan(code: &str) -> AppError {
    AppError::NotFound(format!("plan {code}"))
}

/// The year a request evaluates: the one asked for, or the plan's first year. Years far from the plan
/// are refused, as the tree route does.
pub fn plan_year(plan: &Plan, year: Option<i32>) -> Result<i32, String> {
    let year = year.unwrap_or(plan.start_year);
    if (plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        Ok(year)
    } else {
        Err(format!(
            "{year} is too far from plan {} ({}-{})",
            plan.code, plan.start_year, plan.end_year
        ))
    }
}
