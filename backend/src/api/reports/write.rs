//! Freezing, publishing and verifying report runs (the Secretary-General's office).

use super::read::detail;
use crate::api::common::ApiJson;
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::report_runs;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::reports::{RunDetail, RunView, Verification};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
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

/// `POST /api/v1/reports`: freezes the annual report of a plan for a year (admin): builds it from the
/// data of now, renders every file, and stores the run with its snapshot, manifest and files. Dates
/// inside the files are the run's creation time.
#[utoipa::path(post, path = "/api/v1/reports", tag = "reports", request_body = CreateReport,
    responses((status = 201, body = RunDetail), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 422, body = Problem)))]
pub async fn create_report(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(body): ApiJson<CreateReport>,
) -> AppResult<Response> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let plan = plans::Entity::find()
        .filter(plans::Column::Code.eq(&body.plan))
        .one(&st.db)
        .await?;
    let mut errs = Vec::new();
    match &plan {
        None => errs.push(FieldError {
            field: "plan".into(),
            reason: format!("no plan has the code {}", body.plan),
        }),
        Some(p) if !(p.start_year..=p.end_year).contains(&body.year) => errs.push(FieldError {
            field: "year".into(),
            reason: format!(
                "{} is outside plan {} ({}-{})",
                body.year, p.code, p.start_year, p.end_year
            ),
        }),
        Some(_) => {}
    }
    let Some(plan) = plan.filter(|_| errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    let run = report_runs::freeze(&st.db, plan, body.year, &actor).await?;
    let body = detail(&st.db, &run).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/reports/{}", run.id))],
        axum::Json(body),
    )
        .into_response())
}

/// `POST /api/v1/reports/{id}/publish`: makes a frozen run visible to Council reviewers (admin); 409 if
/// it is published already.
#[utoipa::path(post, path = "/api/v1/reports/{id}/publish", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = RunView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn publish_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<RunView>> {
    authorize(&actor, Action::Administer)?;
    let run = report_runs::publish(&st.db, id, &actor).await?;
    Ok(axum::Json(report_runs::view(&st.db, &run).await?))
}

/// `POST /api/v1/reports/{id}/verify`: renders the run again from its frozen snapshot and compares
/// every file's sha256 with the one stored when it was frozen (admin).
#[utoipa::path(post, path = "/api/v1/reports/{id}/verify", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = Verification), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
pub async fn verify_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<Verification>> {
    authorize(&actor, Action::Administer)?;
    Ok(axum::Json(report_runs::verify(&st.db, id, &actor).await?))
}
