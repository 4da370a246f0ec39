//! Freezing a report run on request (the Secretary-General's office): which plan and year, checked.

use super::{RunSummary, freeze};
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError};
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Deserialize;

/// What to freeze.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateReport {
    /// Plan code, e.g. `SP2028-2031`.
    #[schema(max_length = 64)]
    pub plan: String,
    /// Reporting year, inside the plan.
    pub year: i32,
}

/// Freezes the annual report of plan `what.plan` for `what.year` (admin): an unknown plan or a year
/// outside the plan is a field error (`plan`, `year`). See [`freeze`].
pub async fn freeze_report(db: &DatabaseConnection, actor: &Actor, what: &CreateReport) -> AppResult<RunSummary> {
    authorize(actor, Action::Administer)?;
    let plan = plans::Entity::find()
        .filter(plans::Column::Code.eq(&what.plan))
        .one(db)
        .await?;
    let mut errs = Vec::new();
    match &plan {
        None => errs.push(FieldError {
            field: "plan".into(),
            reason: format!("no plan has the code {}", what.plan),
        }),
        Some(p) if !(p.start_year..=p.end_year).contains(&what.year) => errs.push(FieldError {
            field: "year".into(),
            reason: format!(
                "{} is outside plan {} ({}-{})",
                what.year, p.code, p.start_year, p.end_year
            ),
        }),
        Some(_) => {}
    }
    let Some(plan) = plan.filter(|_| errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    freeze(db, plan, what.year, actor).await
}
