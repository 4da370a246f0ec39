//! Reading report runs as a user may: the filtered list, one run with its files and manifest, one
//! file, the whole run as a zip, and a preview built from today's data. Council reviewers see
//! published runs only; an unpublished run is 404 to them, as if it did not exist, and a preview is
//! refused them (403).

use super::{
    RunLanguages, RunSummary, RunView, file, file_list, render, stored_language, stored_report, summaries, summary,
    view, views,
};
use crate::auth::Actor;
use crate::entities::{plans, report_files, report_runs};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::paging::{Page, PageParams};
use crate::models::plans::Plan;
use crate::models::report_input;
use crate::models::restatements::{self as restated, RunRestatements};
use crate::policy::{Action, authorize, sees_unapproved};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

/// A file of a run as stored, with its content.
pub type RunFile = report_files::Model;

/// Filters and paging of the run list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportListParams {
    /// Only runs of this plan (code).
    pub plan: Option<String>,
    /// Only runs for this year.
    pub year: Option<i32>,
    /// Only `frozen` or only `published` runs.
    pub status: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// `id`, `year`, `created_at` or `status`, `-` for descending; default `-id` (newest first).
    pub sort: Option<String>,
}

/// Run `id` as `actor` may see it: reviewers see published runs only; anything else is 404.
pub async fn visible_run(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<RunSummary> {
    authorize(actor, Action::Read)?;
    match summary(db, id).await? {
        Some(run) if run.status == "published" || sees_unapproved(actor) => Ok(run),
        _ => Err(AppError::not_found(crate::error::Said::new(
            "said-what-run",
            [("id", i64::from(id).into())],
        ))),
    }
}

/// One page of the runs `actor` may see, filtered by plan, year and status, newest first by default.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, p: &ReportListParams) -> AppResult<Page<RunView>> {
    authorize(actor, Action::Read)?;
    let (page, per_page) = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: None,
    }
    .resolve()?;
    let mut errs = Vec::new();
    let mut bad = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
    let mut q = summaries();
    if let Some(code) = &p.plan {
        match plans::Entity::find()
            .filter(plans::Column::Code.eq(code))
            .one(db)
            .await?
        {
            Some(plan) => q = q.filter(report_runs::Column::PlanId.eq(plan.id)),
            None => bad(
                "plan",
                Said::new("said-no-plan-the-code", [("code", code.into())]).into(),
            ),
        }
    }
    if let Some(y) = p.year {
        q = q.filter(report_runs::Column::Year.eq(y));
    }
    match p.status.as_deref() {
        None => {}
        Some(s @ ("frozen" | "published")) => q = q.filter(report_runs::Column::Status.eq(s)),
        Some(_) => bad("status", Said::new("said-frozen-or-published", []).into()),
    }
    if !sees_unapproved(actor) {
        q = q.filter(report_runs::Column::Status.eq("published"));
    }
    let sort = p.sort.as_deref().unwrap_or("-id");
    let (desc, name) = sort.strip_prefix('-').map_or((false, sort), |n| (true, n));
    let col = match name {
        "id" => Some(report_runs::Column::Id),
        "year" => Some(report_runs::Column::Year),
        "created_at" => Some(report_runs::Column::CreatedAt),
        "status" => Some(report_runs::Column::Status),
        _ => None,
    };
    match col {
        Some(c) if desc => q = q.order_by_desc(c),
        Some(c) => q = q.order_by_asc(c),
        None => bad(
            "sort",
            crate::error::Said::new("said-not-sortable", [("name", name.to_string().into())]).into(),
        ),
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let pages = q
        .order_by_desc(report_runs::Column::Id)
        .into_model::<RunSummary>()
        .paginate(db, per_page);
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page - 1).await?;
    Ok(Page {
        items: views(db, &rows).await?,
        total,
        page,
        per_page,
    })
}

/// A run with its files (path, sha256, size, in report order) and the contents of its manifest.
pub struct Detail {
    /// The run.
    pub run: RunView,
    /// Path, sha256 and size of every file.
    pub files: Vec<(String, String, i64)>,
    /// The contents of `manifest.json` (`null` if it cannot be read).
    pub manifest: serde_json::Value,
    /// Each language of the run, in order, with its files.
    pub languages: Vec<LanguageFiles>,
    /// Whether the run was frozen with a row of column names in the report's language at the top of each
    /// CSV table (`csv_headings_in_language`, kept in its snapshot; false for the four-year assessment
    /// and for runs frozen before the option).
    pub csv_headings_in_language: bool,
}

/// One language of a run and its files.
pub struct LanguageFiles {
    /// `ar`, `en` ….
    pub language: stratrack_i18n::Lang,
    /// Where its files sit in the run: `""` (the first language) or `ar/` ….
    pub folder: String,
    /// Path inside this language's report (`report.html`, `charts/…`), sha256 and size of every file.
    pub files: Vec<(String, String, i64)>,
}

/// Each language of `run` with its files, taken from `files` (every file of the run, in report order).
pub fn by_language(run: &RunSummary, files: &[(String, String, i64)]) -> Vec<LanguageFiles> {
    let langs = RunLanguages::stored(&run.languages);
    langs
        .folders()
        .map(|(language, folder)| LanguageFiles {
            language,
            files: files
                .iter()
                .filter(|(path, _, _)| langs.holds(&folder, path))
                .map(|(path, sha, size)| (path[folder.len()..].to_owned(), sha.clone(), *size))
                .collect(),
            folder,
        })
        .collect()
}

/// Run `run` with its files and manifest.
pub async fn detail_of(db: &impl ConnectionTrait, run: &RunSummary) -> AppResult<Detail> {
    let files = file_list(db, run.id).await?;
    let manifest = match file(db, run.id, stratrack_reports::manifest::MANIFEST).await? {
        Some(f) => serde_json::from_slice(&f.content).unwrap_or(serde_json::Value::Null),
        None => serde_json::Value::Null,
    };
    Ok(Detail {
        run: view(db, run).await?,
        languages: by_language(run, &files),
        files,
        manifest,
        csv_headings_in_language: csv_headings(db, run.id).await?,
    })
}

/// Whether run `id`'s snapshot asks for the CSV tables' row of names in the report's language
/// ([`stratrack_reports::ReportInput::csv_headings_in_language`]): the one option of the freeze the run
/// record does not hold in a column of its own.
async fn csv_headings(db: &impl ConnectionTrait, id: i32) -> AppResult<bool> {
    /// The part of a snapshot read here; an assessment's has no such field.
    #[derive(Deserialize)]
    struct Options {
        #[serde(default)]
        csv_headings_in_language: bool,
    }
    let snapshot: Option<String> = report_runs::Entity::find_by_id(id)
        .select_only()
        .column(report_runs::Column::Snapshot)
        .into_tuple()
        .one(db)
        .await?;
    Ok(snapshot
        .and_then(|s| serde_json::from_str::<Options>(&s).ok())
        .is_some_and(|o| o.csv_headings_in_language))
}

/// Run `id` with its files and manifest, if `actor` may see it.
pub async fn detail(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<Detail> {
    let run = visible_run(db, actor, id).await?;
    detail_of(db, &run).await
}

/// File `path` of run `id`, if `actor` may see the run.
pub async fn run_file(db: &impl ConnectionTrait, actor: &Actor, id: i32, path: &str) -> AppResult<RunFile> {
    visible_run(db, actor, id).await?;
    file(db, id, path).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-run-file",
            [("path", path.into()), ("id", i64::from(id).into())],
        ))
    })
}

/// The folder of language `code` in `run`: 404 when the code is not a language or the run does not hold it.
fn folder_of(run: &RunSummary, code: &str) -> AppResult<String> {
    stratrack_i18n::Lang::parse(code)
        .and_then(|lang| RunLanguages::stored(&run.languages).folder(lang))
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-run-language",
                [("code", code.into()), ("id", i64::from(run.id).into())],
            ))
        })
}

/// File `path` of run `id` in language `lang` (`report.html` of `ar` is the run's `ar/report.html`, or
/// its `report.html` when Arabic is its first language), if `actor` may see the run.
pub async fn language_file(
    db: &impl ConnectionTrait,
    actor: &Actor,
    (id, lang): (i32, &str),
    path: &str,
) -> AppResult<RunFile> {
    let run = visible_run(db, actor, id).await?;
    let folder = folder_of(&run, lang)?;
    let full = format!("{folder}{path}");
    match file(db, id, &full).await? {
        Some(f) if RunLanguages::stored(&run.languages).holds(&folder, &full) => Ok(f),
        _ => Err(AppError::not_found(crate::error::Said::new(
            "said-what-run-language-file",
            [
                ("path", path.into()),
                ("lang", lang.into()),
                ("id", i64::from(id).into()),
            ],
        ))),
    }
}

/// The files of run `id` in language `lang` in one zip, as if the run held that language alone (its own
/// manifest at the root, dated from the run), with the run's plan code and year, if `actor` may see it.
pub async fn language_zip(
    db: &impl ConnectionTrait,
    actor: &Actor,
    (id, lang): (i32, &str),
) -> AppResult<(Vec<u8>, String, i32)> {
    let run = visible_run(db, actor, id).await?;
    let folder = folder_of(&run, lang)?;
    let bytes = stored_language(db, &run, &folder)
        .await?
        .to_zip()
        .map_err(|e| AppError::Internal(format!("zip of run {id} in {lang}: {e}")))?;
    let plan = view(db, &run).await?.plan;
    Ok((bytes, plan, run.year))
}

/// Every file of run `id` in one zip, dated from the run (the same bytes every time), with the run's
/// plan code and year, if `actor` may see the run.
pub async fn zip(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<(Vec<u8>, String, i32)> {
    let run = visible_run(db, actor, id).await?;
    let report = stored_report(db, id).await?;
    let bytes = report
        .to_zip()
        .map_err(|e| AppError::Internal(format!("zip of run {id}: {e}")))?;
    let plan = view(db, &run).await?.plan;
    Ok((bytes, plan, run.year))
}

/// Every run `actor` may see, newest first, each with its files (path, sha256, size): the reports page.
pub async fn with_files(
    db: &impl ConnectionTrait,
    actor: &Actor,
) -> AppResult<Vec<(RunView, Vec<(String, String, i64)>)>> {
    authorize(actor, Action::Read)?;
    let mut select = summaries().order_by_desc(report_runs::Column::Id);
    if !sees_unapproved(actor) {
        select = select.filter(report_runs::Column::Status.eq("published"));
    }
    let list = select.into_model::<RunSummary>().all(db).await?;
    let mut out = Vec::with_capacity(list.len());
    for run in views(db, &list).await? {
        let files = file_list(db, run.id).await?;
        out.push((run, files));
    }
    Ok(out)
}

/// The report of `plan` for `year` built from the approved data of now, as a zip (nothing is stored;
/// run id `preview`), for the office and planners: Council reviewers see published runs only, so a
/// reviewer is refused (403, saying so) before anything is built.
pub async fn preview(db: &impl ConnectionTrait, actor: &Actor, plan: Plan, year: i32) -> AppResult<Vec<u8>> {
    authorize(actor, Action::PreviewReport)?;
    let built = report_input::build(db, plan, year, &mut |_| {}).await?;
    let at = built.latest_change.0.unwrap_or_default();
    let (_, report) = render(super::RunInput::Annual(Box::new(built.for_run("preview", at)))).await?;
    report
        .to_zip()
        .map_err(|e| AppError::Internal(format!("preview zip: {e}")))
}

/// What changed in the figures of run `id` since it was frozen (values of its year revised or approved
/// late, framework revisions recorded since), if `actor` may see the run: the same access as the run
/// itself, so Council reviewers read the restatements of published runs only.
pub async fn restatements(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<RunRestatements> {
    let run = visible_run(db, actor, id).await?;
    let row = report_runs::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-run", [("id", i64::from(id).into())])))?;
    let what = restated::Run {
        id,
        plan_id: run.plan_id,
        plan: view(db, &run).await?.plan,
        year: run.year,
        frozen_at: run.created_at.to_utc(),
        published_at: run.published_at.map(|t| t.to_utc()),
    };
    restated::of_run(db, &what, &row.snapshot).await
}
