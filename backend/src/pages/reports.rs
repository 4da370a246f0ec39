//! The reports page: past runs of the annual report with their status, who froze and published them
//! and when, download links for every file and the zip; the Secretary-General's office freezes a run
//! for the plan and year being viewed and publishes it. Council reviewers see published runs only.
//! The office and planners may download a preview built from the approved data of now (not frozen, run
//! id `preview`); Council reviewers see published runs only, so they get no preview link and the
//! preview route refuses them.

use super::forms::{CsrfForm, FormPairs, filled};
use super::frame::Kind;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::{AppError, Reason, Said};
use crate::language;
use crate::models::plans;
use crate::models::report_runs::{self as runs, CreateReport, RunKind};
use crate::policy::{Action, allows, sees_unapproved};
use crate::state::AppState;
use crate::views::reports::RunView;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reports", get(reports_page).post(freeze))
        .route("/reports/preview", get(preview))
        .route("/reports/{id}/publish", post(publish))
}

/// One file link.
pub struct FileLink {
    path: String,
    href: String,
    size: String,
}

/// One run as the page lists it.
pub struct RunRow {
    run: RunView,
    short_snapshot: String,
    /// Whether the run has `report.pdf` (annual reports of form 2 and later).
    has_pdf: bool,
    files: Vec<FileLink>,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    layout: Layout,
    plan: String,
    year: i32,
    is_admin: bool,
    sees_frozen: bool,
    /// Whether the reader may download a preview (not Council reviewers).
    can_preview: bool,
    csrf: String,
    runs: Vec<RunRow>,
    /// The freeze form's languages: English first (ticked, and at the run's root unless unticked), then
    /// the others in the order of their codes.
    freeze_languages: Vec<super::LangChoice>,
}

/// Whether a run's files (path, checksum, size) hold `report.pdf` (annual reports of form 2 and later).
pub fn has_pdf(files: &[(String, String, i64)]) -> bool {
    files.iter().any(|(path, _, _)| path == "report.pdf")
}

fn size(bytes: i64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} B"),
    }
}

async fn reports_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/reports", &q).await?;
    let rows = runs::read::with_files(&st.db, &user.0)
        .await?
        .into_iter()
        .map(|(run, files)| RunRow {
            short_snapshot: run.snapshot_id.chars().take(12).collect(),
            has_pdf: has_pdf(&files),
            files: files
                .into_iter()
                .map(|(path, _, bytes)| FileLink {
                    href: format!("/api/v1/reports/{}/files/{path}", run.id),
                    path,
                    size: size(bytes),
                })
                .collect(),
            run,
        })
        .collect();
    render(&ReportsPage {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        is_admin: user.0.role == Role::Admin,
        sees_frozen: sees_unapproved(&user.0),
        can_preview: allows(&user.0, Action::PreviewReport),
        csrf: user.csrf().to_owned(),
        runs: rows,
        freeze_languages: {
            let mut langs = ctx.layout.languages();
            langs.sort_by_key(|l| l.code != "en");
            langs
        },
        layout: ctx.layout.translated(),
    })
}

/// Back to the reports page with a message, keeping the plan and year the form was sent for (if any).
fn back(kind: Kind, text: &str, viewing: Option<(&str, i32)>) -> Response {
    let mut pairs = Vec::new();
    if let Some((plan, year)) = viewing {
        pairs.extend([("plan", plan.to_owned()), ("year", year.to_string())]);
    }
    let q = serde_urlencoded::to_string(pairs).unwrap_or_default();
    super::frame::redirect(&format!("/reports?{q}"), &[(kind, text)])
}

/// The freeze form as sent: the annual report's (plan, year, symbol, session, the languages ticked,
/// repeated `languages` fields in the order shown, and whether the CSV tables get a row of names) or the assessment's (`kind=assessment`, plan only).
/// Read as pairs because the languages repeat.
fn freeze_request(form: &FormPairs) -> Result<CreateReport, AppError> {
    let kind = match form.get("kind").as_str() {
        "" | "annual" => RunKind::Annual,
        "assessment" => RunKind::Assessment,
        other => {
            return Err(AppError::bad_request(
                Reason::from(Said::new("said-not-annual-or-assessment", [("sent", other.into())])).labelled("kind"),
            ));
        }
    };
    let year = filled(&form.get("year"))
        .map(|y| y.parse::<i32>())
        .transpose()
        .map_err(|_| AppError::bad_request(Reason::from(Said::new("said-give-whole-number", [])).labelled("year")))?;
    let ticked: Vec<String> = form
        .iter()
        .filter(|(name, _)| name == "languages")
        .map(|(_, code)| code.clone())
        .collect();
    Ok(CreateReport {
        plan: form.get("plan"),
        year,
        kind,
        // Left blank, the run has no symbol or session and its cover says so; given, the use case checks
        // them as it does for the API.
        symbol: filled(&form.get("symbol")),
        session: filled(&form.get("session")),
        // A form drawn before the languages were boxes sends `language` (or nothing: English).
        language: filled(&form.get("language")),
        // The form's boxes say they were there (`languages_listed`), so none ticked is refused by the use
        // case, naming the field, rather than taken for English.
        languages: (!ticked.is_empty() || !form.get("languages_listed").is_empty()).then_some(ticked),
        // A ticked box sends `yes`; an unticked one sends nothing.
        csv_headings_in_language: match form.get("csv_headings_in_language").as_str() {
            "" => false,
            "yes" => true,
            other => {
                return Err(AppError::bad_request(
                    Reason::from(Said::new("said-not-yes", [("sent", other.into())]))
                        .labelled("csv_headings_in_language"),
                ));
            }
        },
    })
}

async fn freeze(State(st): State<AppState>, user: PageUser, body: Bytes) -> PageResult<Response> {
    let what = freeze_request(&FormPairs::checked(&user, &body)?)?;
    match runs::freeze_report(&st.db, &user.0, &what).await {
        Ok(run) => Ok(back(
            Kind::Ok,
            &match what.kind {
                RunKind::Annual => language::text_with(
                    "reports-frozen-annual",
                    &[("id", run.id.into()), ("year", run.year.into())],
                ),
                RunKind::Assessment => language::text_with(
                    "reports-frozen-assessment",
                    &[("id", run.id.into()), ("year", run.year.into())],
                ),
            },
            Some((&what.plan, run.year)),
        )),
        Err(AppError::Invalid(errs)) if errs.iter().any(|e| e.field == "plan") => Ok(back(
            Kind::Error,
            &language::text_with("reports-no-plan", &[("plan", what.plan.as_str().into())]),
            None,
        )),
        Err(AppError::Invalid(errs)) => {
            // The year lies outside the plan: back to the plan, at the nearest year it has.
            let plan = plans::get(&st.db, &user.0, &what.plan).await?;
            // A Council symbol or session refused is named; a year outside the plan says so itself.
            let reason = Reason::joined(
                errs.into_iter()
                    .map(|e| match e.field.as_str() {
                        "symbol" | "session" | "language" | "languages" | "csv_headings_in_language" => {
                            let field = e.field.clone();
                            e.into_reason().labelled(field)
                        }
                        _ => e.into_reason(),
                    })
                    .collect(),
            );
            let year = what.year.unwrap_or(plan.start_year);
            Ok(back(
                Kind::Error,
                &Said::new("said-sentence", [("text", reason.into())]).text(language::current()),
                Some((&plan.code, plan.start_year.max(year.min(plan.end_year)))),
            ))
        }
        Err(e) => Err(PageError::App(e)),
    }
}

async fn publish(State(st): State<AppState>, user: PageUser, Path(id): Path<i32>, _: CsrfForm) -> PageResult<Response> {
    match runs::publish(&st.db, id, &user.0).await {
        Ok(run) => {
            let view = runs::view(&st.db, &run).await?;
            Ok(back(
                Kind::Ok,
                &language::text_with("reports-published-flash", &[("id", run.id.into())]),
                Some((&view.plan, run.year)),
            ))
        }
        Err(e @ AppError::Conflict(_)) => Ok(back(Kind::Error, &e.detail_shown(language::current()).0, None)),
        Err(e) => Err(PageError::App(e)),
    }
}

/// `GET /reports/preview?plan=&year=`: the report of the plan and year built from the approved data of
/// now, as a zip (nothing is stored).
async fn preview(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    let ctx = context(&st, &user, "/reports", &q).await?;
    let code = ctx.plan.code.clone();
    let zip = runs::read::preview(&st.db, &user.0, ctx.plan, ctx.year).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"report-{code}-{}-preview.zip\"", ctx.year),
            ),
        ],
        zip,
    )
        .into_response())
}
