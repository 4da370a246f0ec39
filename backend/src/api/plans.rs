//! Plans and their framework tree with statuses for a year.

use crate::entities::plans;
use crate::error::{AppError, AppResult};
use crate::models::evaluation;
use crate::state::AppState;
use crate::views::tree::{PlanView, TreeView};
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/plans", get(list_plans))
        .route("/api/v1/plans/{code}/tree", get(get_plan_tree))
}

/// `GET /api/v1/plans`: every plan, newest first.
pub async fn list_plans(State(st): State<AppState>) -> AppResult<Json<serde_json::Value>> {
    let rows = plans::Entity::find()
        .order_by_desc(plans::Column::StartYear)
        .all(&st.db)
        .await?;
    let items: Vec<PlanView> = rows.iter().map(PlanView::from).collect();
    Ok(Json(serde_json::json!({ "total": items.len(), "items": items })))
}

/// Query of the tree route.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}

/// Finds a plan by code or answers 404.
pub async fn plan_by_code(db: &impl sea_orm::ConnectionTrait, code: &str) -> AppResult<plans::Model> {
    plans::Entity::find()
        .filter(plans::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("plan {code}")))
}

/// `GET /api/v1/plans/{code}/tree?year=Y`: the framework tree with each indicator's actual, expected,
/// progress and status for year Y, and each node's roll-up.
pub async fn get_plan_tree(
    State(st): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<TreeParams>,
) -> AppResult<Json<TreeView>> {
    let plan = plan_by_code(&st.db, &code).await?;
    let year = params.year.unwrap_or(plan.start_year);
    if !(plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        return Err(AppError::Invalid(vec![crate::error::FieldError {
            field: "year".into(),
            reason: format!(
                "{year} is too far from plan {} ({}-{})",
                plan.code, plan.start_year, plan.end_year
            ),
        }]));
    }
    let ev = evaluation::evaluate(&st.db, plan, year).await?;
    Ok(Json(TreeView::build(&ev)))
}
