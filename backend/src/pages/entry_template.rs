//! The import template downloads: `/entry/template.csv` and `/entry/template.xlsx` with
//! `?plan=&year=` (an admin adds `&unit=`), the unit's indicators of the year ready to be filled in and
//! uploaded on the entry page. The rows come from [`imports::template::template`]; this door only picks
//! the format.

use super::{ContextQuery, PageError, PageResult, PageUser, context};
use crate::error::{AppError, Reason};
use crate::models::imports::template::{self, Template};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

/// Routes of the template downloads.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/entry/template.csv", get(template_csv))
        .route("/entry/template.xlsx", get(template_xlsx))
}

/// `?plan=&year=&unit=` of a template download.
#[derive(Debug, Default, Deserialize)]
pub struct TemplateQuery {
    /// Plan code (the page's default plan when absent).
    pub plan: Option<String>,
    /// Year (the page's default year when absent).
    pub year: Option<i32>,
    /// Org unit code: a planner's own unit when absent; an admin gets every unit's indicators.
    pub unit: Option<String>,
}

/// The template of the plan, year and unit asked for.
async fn rows(st: &AppState, user: &PageUser, q: &TemplateQuery) -> PageResult<Template> {
    let view = ContextQuery {
        plan: q.plan.clone(),
        year: q.year,
    };
    let ctx = context(st, user, "/entry", &view).await?;
    template::template(&st.db, &user.0, &ctx.plan, ctx.year, q.unit.as_deref())
        .await
        .map_err(|e| match e {
            // The error page shows an error's text, and an invalid request's text names no field: say
            // which query parameter is wrong and why (400, as for any query that cannot be used).
            AppError::Invalid(fields) => PageError::App(AppError::bad_request(Reason::joined(
                fields
                    .into_iter()
                    .map(|f| {
                        let field = f.field.clone();
                        f.into_reason().labelled(field)
                    })
                    .collect(),
            ))),
            e => PageError::App(e),
        })
}

/// `bytes` as a download named `name`.
fn download(content_type: &'static str, name: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /entry/template.csv`: the template as CSV.
async fn template_csv(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<TemplateQuery>,
) -> PageResult<Response> {
    let t = rows(&st, &user, &q).await?;
    let bytes = template::to_csv(&t)?;
    Ok(download("text/csv; charset=utf-8", t.file_name("csv"), bytes))
}

/// `GET /entry/template.xlsx`: the template as an `.xlsx` workbook.
async fn template_xlsx(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<TemplateQuery>,
) -> PageResult<Response> {
    let t = rows(&st, &user, &q).await?;
    let bytes = template::to_xlsx(&t)?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        t.file_name("xlsx"),
        bytes,
    ))
}
