//! The framework as a workbook (`/framework/workbook`): download the plan's framework as `.xlsx` or as a
//! zip of CSV files in the seed's format (whoever may read the framework), and, for an admin, upload a
//! changed workbook: the first upload lists the planned changes (a dry run, nothing stored), with the
//! decision fields when a change is a framework revision; sending the same file again with "Apply"
//! stores them, all or nothing, through [`framework_workbook::upload`], the use case of the API.

use super::frame;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::{AppError, FieldError};
use crate::models::framework_workbook::{self, Decided, PlannedChange};
use crate::models::revisions::REASONS;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::HashMap;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/framework/workbook", get(workbook_page).post(upload))
        .route("/framework/workbook.xlsx", get(download_xlsx))
        .route("/framework/workbook.zip", get(download_zip))
}

#[derive(Template)]
#[template(path = "framework_workbook.html")]
struct WorkbookPage {
    layout: Layout,
    csrf: String,
    is_admin: bool,
    plan: String,
    /// The problems of the last upload, each naming its cell.
    errors: Vec<FieldError>,
    /// The changes the last upload (a dry run) would make.
    changes: Vec<PlannedChange>,
    /// Whether the last upload was a dry run with changes to confirm.
    planned: bool,
    /// Whether a change is a revision, so the confirmation asks for the decision.
    needs_decision: bool,
    /// The decision fields as typed.
    typed: HashMap<String, String>,
    reasons: &'static [&'static str],
}

impl WorkbookPage {
    fn typed(&self, name: &str) -> &str {
        self.typed.get(name).map_or("", String::as_str)
    }

    /// A problem's reason in the reader's language where the workbook said it as a message.
    fn reason_of(&self, e: &FieldError) -> super::forms::FieldReason {
        super::forms::FieldReason::in_lang(&e.reason, e.said.as_ref(), self.layout.lang)
    }
}

async fn page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    fill: impl FnOnce(&mut WorkbookPage),
) -> PageResult<WorkbookPage> {
    let ctx = context(st, user, "/framework/workbook", q).await?;
    let mut p = WorkbookPage {
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        plan: ctx.plan.code.clone(),
        errors: Vec::new(),
        changes: Vec::new(),
        planned: false,
        needs_decision: false,
        typed: HashMap::new(),
        reasons: REASONS,
        layout: ctx.layout.translated(),
    };
    fill(&mut p);
    Ok(p)
}

async fn workbook_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    crate::policy::authorize(&user.0, crate::policy::Action::Read)?;
    render(&page(&st, &user, &q, |_| {}).await?)
}

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

async fn download_xlsx(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/framework/workbook", &q).await?;
    let bytes = framework_workbook::workbook(&st.db, &user.0, &ctx.plan.code).await?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("framework-{}.xlsx", ctx.plan.code),
        bytes,
    ))
}

async fn download_zip(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/framework/workbook", &q).await?;
    let bytes = framework_workbook::csv_zip(&st.db, &user.0, &ctx.plan.code).await?;
    Ok(download(
        "application/zip",
        format!("framework-{}.zip", ctx.plan.code),
        bytes,
    ))
}

async fn upload(
    State(st): State<AppState>,
    user: PageUser,
    form: Result<Multipart, MultipartRejection>,
) -> PageResult<Response> {
    // The role is checked before the body is read: a role that may not upload gets 403 whatever it
    // sent, not a complaint about the body's encoding.
    crate::policy::authorize(&user.0, crate::policy::Action::Administer)?;
    let (mut fields, mut file) = (HashMap::new(), None);
    let Ok(mut form) = form else {
        // Nothing can be read (not even the CSRF field) and nothing is stored: the page says how to send it.
        return refused(
            &st,
            &user,
            &ContextQuery::default(),
            vec![FieldError::new(
                "file",
                crate::error::Said::new("said-wb-not-a-file", []),
            )],
            fields,
        )
        .await;
    };
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            file = field.bytes().await.ok().filter(|b| !b.is_empty());
        } else {
            fields.insert(name, field.text().await.unwrap_or_default());
        }
    }
    user.check_csrf(fields.get("csrf").map_or("", String::as_str))?;
    let q = ContextQuery {
        plan: fields.get("plan").cloned(),
        year: None,
    };
    let confirm = fields.get("confirm").is_some_and(|v| v == "true");
    let outcome = match file {
        None => Err(AppError::field(
            "file",
            crate::error::Said::new("said-no-file-chosen", []),
        )),
        Some(bytes) => match framework_workbook::decision_from(&fields) {
            Ok(decision) => {
                let plan = q.plan.clone().unwrap_or_default();
                framework_workbook::upload(st.writer.conn(), &user.0, &plan, &bytes, Decided { confirm, decision })
                    .await
            }
            Err(e) => Err(e),
        },
    };
    let back = format!(
        "/framework/workbook?{}",
        serde_urlencoded::to_string([("plan", q.plan.clone().unwrap_or_default())]).unwrap_or_default()
    );
    match outcome {
        Ok(a) if a.changes.is_empty() => Ok(frame::done(&back, &crate::language::text("fwbook-unchanged"))),
        Ok(a) if a.applied => Ok(frame::done(
            &back,
            &crate::language::text_with("fwbook-applied", &[("count", a.changes.len().into())]),
        )),
        Ok(a) => render(
            &page(&st, &user, &q, |p| {
                p.planned = true;
                p.needs_decision = a.needs_decision;
                p.changes = a.changes;
                p.typed = fields;
            })
            .await?,
        ),
        Err(AppError::Invalid(errors)) => refused(&st, &user, &q, errors, fields).await,
        Err(e) => Err(PageError::App(e)),
    }
}

/// The page again with the upload's `errors` (422), keeping the decision fields as typed.
async fn refused(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    errors: Vec<FieldError>,
    typed: HashMap<String, String>,
) -> PageResult<Response> {
    let mut resp = render(
        &page(st, user, q, |p| {
            p.errors = errors;
            p.typed = typed;
        })
        .await?,
    )?;
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}
