//! Frozen report runs: the annual report built once from the data of the day, kept with that data (the
//! report input as JSON) and the checksum of every file, so it can be downloaded, published to Council
//! and rebuilt byte for byte later, whatever has been approved since.
//!
//! Every date inside a run's files is the run's `created_at` (whole seconds), never the clock at
//! rendering time.
//!
//! A run is of one of two kinds ([`ANNUAL`], [`ASSESSMENT`]): the annual report for its year, or the
//! four-year assessment of the plan (its `year` is the closing year, the latest year of the plan with an
//! approved value). Both are frozen, published, verified and rebuilt the same way; the kind says which
//! input the snapshot holds.
//!
//! A run holds one or more languages ([`languages`]): its input is frozen once and each language's files
//! are rendered from it with only the language changed, the first language's at the root. Rendering
//! happens outside any transaction: the run's row is taken first (so its id, which the files show, is
//! known), hidden from every read until its files are stored, and removed if rendering fails.

pub mod languages;
pub mod read;
pub mod write;

pub use languages::RunLanguages;
pub use read::{Detail, ReportListParams, RunFile, visible_run};
pub use write::{Council, CreateReport, RunKind, freeze_report};

use crate::auth::Actor;
use crate::entities::{plans, report_files, report_runs, users};
use crate::error::AppError;
use crate::models::transactions;
use crate::models::{audit, report_input};
use crate::policy::{Action, authorize};
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Select,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use stratrack_reports::{AssessmentInput, Report, ReportFile, ReportInput};

pub use crate::entities::report_runs::{ANNUAL, ASSESSMENT};

/// A run without its (large) snapshot and manifest.
#[derive(Debug, Clone, PartialEq, FromQueryResult)]
pub struct RunSummary {
    /// Run id.
    pub id: i32,
    /// Plan id.
    pub plan_id: i32,
    /// Reporting year.
    pub year: i32,
    /// `frozen` or `published`.
    pub status: String,
    /// Who froze it.
    pub created_by: Option<i32>,
    /// When.
    pub created_at: DateTimeWithTimeZone,
    /// Who published it.
    pub published_by: Option<i32>,
    /// When.
    pub published_at: Option<DateTimeWithTimeZone>,
    /// sha256 of the data part of the snapshot.
    pub snapshot_id: String,
    /// Version.
    pub version: i32,
    /// [`ANNUAL`] or [`ASSESSMENT`].
    pub kind: String,
    /// Its languages as stored (`en,ar,zh`), the first at the root.
    pub languages: String,
}

/// Runs without their snapshot column: the runs whose files are stored (a run being rendered has no
/// snapshot id yet and is nobody's to see).
pub fn summaries() -> Select<report_runs::Entity> {
    use report_runs::Column as C;
    report_runs::Entity::find()
        .select_only()
        .columns([
            C::Id,
            C::PlanId,
            C::Year,
            C::Status,
            C::CreatedBy,
            C::CreatedAt,
            C::PublishedBy,
            C::PublishedAt,
            C::SnapshotId,
            C::Version,
            C::Kind,
            C::Languages,
        ])
        .filter(C::SnapshotId.ne(""))
}

/// One run, without its snapshot.
pub async fn summary(db: &impl ConnectionTrait, id: i32) -> Result<Option<RunSummary>, AppError> {
    Ok(summaries()
        .filter(report_runs::Column::Id.eq(id))
        .into_model::<RunSummary>()
        .one(db)
        .await?)
}

/// The views of `runs`, naming their plans and users.
pub async fn views(db: &impl ConnectionTrait, runs: &[RunSummary]) -> Result<Vec<RunView>, AppError> {
    let plans = crate::models::plans::codes(db).await?;
    let ids: Vec<i32> = runs
        .iter()
        .flat_map(|r| [r.created_by, r.published_by])
        .flatten()
        .collect();
    let users: HashMap<i32, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, format!("{} ({})", u.email, u.id)))
        .collect();
    Ok(runs
        .iter()
        .map(|r| {
            let plan = plans.get(&r.plan_id).map_or("", String::as_str);
            RunView::new(r, plan, |id| id.and_then(|i| users.get(&i).cloned()))
        })
        .collect())
}

/// The view of one run.
pub async fn view(db: &impl ConnectionTrait, run: &RunSummary) -> Result<RunView, AppError> {
    Ok(views(db, std::slice::from_ref(run)).await?.remove(0))
}

/// Path, sha256 and size of every file of run `id`, in report order (without contents).
pub async fn file_list(db: &impl ConnectionTrait, id: i32) -> Result<Vec<(String, String, i64)>, AppError> {
    Ok(report_files::Entity::find()
        .select_only()
        .columns([
            report_files::Column::Path,
            report_files::Column::Sha256,
            report_files::Column::Size,
        ])
        .filter(report_files::Column::RunId.eq(id))
        .order_by_asc(report_files::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// One file of run `id`, with its content.
pub async fn file(db: &impl ConnectionTrait, id: i32, path: &str) -> Result<Option<report_files::Model>, AppError> {
    Ok(report_files::Entity::find()
        .filter(report_files::Column::RunId.eq(id))
        .filter(report_files::Column::Path.eq(path))
        .one(db)
        .await?)
}

/// Every file of run `id` as the report held them, in report order (every language's).
pub async fn stored_report(db: &impl ConnectionTrait, id: i32) -> Result<Report, AppError> {
    stored_files(db, id, |path| Some(path.to_owned())).await
}

/// The files of run `id` in the language whose folder is `folder`, at their paths inside that
/// language's report (`ar/report.html` is `report.html`): the report as if the run held that language
/// alone, its zip dated from its own manifest.
pub async fn stored_language(db: &impl ConnectionTrait, run: &RunSummary, folder: &str) -> Result<Report, AppError> {
    let langs = RunLanguages::stored(&run.languages);
    stored_files(db, run.id, |path| {
        langs.holds(folder, path).then(|| path[folder.len()..].to_owned())
    })
    .await
}

/// The files of run `id` that `keep` gives a path (their path in the report read back), in report order.
async fn stored_files(
    db: &impl ConnectionTrait,
    id: i32,
    keep: impl Fn(&str) -> Option<String>,
) -> Result<Report, AppError> {
    let files = report_files::Entity::find()
        .filter(report_files::Column::RunId.eq(id))
        .order_by_asc(report_files::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|f| {
            keep(&f.path).map(|path| ReportFile {
                path,
                bytes: f.content,
                sha256: f.sha256,
            })
        })
        .collect();
    Report::from_files(files).map_err(|e| AppError::Internal(format!("stored report {id}: {e}")))
}

/// The input of a run: an annual report's or the four-year assessment's.
#[derive(Debug, Clone)]
pub enum RunInput {
    /// The annual report for a year.
    Annual(Box<ReportInput>),
    /// The four-year assessment.
    Assessment(Box<AssessmentInput>),
}

impl RunInput {
    /// The run's kind ([`ANNUAL`], [`ASSESSMENT`]).
    pub fn kind(&self) -> &'static str {
        match self {
            RunInput::Annual(_) => ANNUAL,
            RunInput::Assessment(_) => ASSESSMENT,
        }
    }

    /// The snapshot id of its data.
    pub fn snapshot_id(&self) -> &str {
        match self {
            RunInput::Annual(i) => &i.run.snapshot_id,
            RunInput::Assessment(i) => &i.run.snapshot_id,
        }
    }

    /// The input as the run's snapshot stores it (JSON).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        match self {
            RunInput::Annual(i) => serde_json::to_string(i),
            RunInput::Assessment(i) => serde_json::to_string(i),
        }
    }

    /// The input a run of `kind` stored as `json`.
    pub fn from_json(kind: &str, json: &str) -> Result<Self, serde_json::Error> {
        if kind == ASSESSMENT {
            serde_json::from_str(json).map(|i| RunInput::Assessment(Box::new(i)))
        } else {
            serde_json::from_str(json).map(|i| RunInput::Annual(Box::new(i)))
        }
    }

    /// The same input written in `lang`.
    pub fn in_language(&self, lang: stratrack_i18n::Lang) -> Self {
        match self {
            RunInput::Annual(i) => RunInput::Annual(Box::new(stratrack_reports::ReportInput {
                language: lang,
                ..(**i).clone()
            })),
            RunInput::Assessment(i) => RunInput::Assessment(Box::new(stratrack_reports::AssessmentInput {
                language: lang,
                ..(**i).clone()
            })),
        }
    }

    /// Renders every file of every language of `langs`: the first language's (the input as it is) at the
    /// root, each other one's rendered from the same input in that language under its folder; the
    /// manifest is the first language's. `progress(done, total, what)` is called after each file of each
    /// language.
    pub fn render_languages(
        &self,
        langs: &RunLanguages,
        progress: &mut dyn FnMut(usize, usize, &str),
    ) -> Result<Report, stratrack_reports::RenderError> {
        if langs.others().next().is_none() {
            return self.render(progress);
        }
        let mut files = Vec::new();
        let mut first = None;
        for (lang, folder) in langs.folders() {
            let report = if folder.is_empty() {
                self.render(progress)?
            } else {
                self.in_language(lang).render(progress)?
            };
            files.extend(report.files.into_iter().map(|f| ReportFile {
                path: format!("{folder}{}", f.path),
                ..f
            }));
            first.get_or_insert(report.manifest);
        }
        let manifest = first.ok_or_else(|| stratrack_reports::RenderError::Chart("a run has no language".into()))?;
        let at = chrono::DateTime::parse_from_rfc3339(&manifest.generated_at)
            .map(|t| t.to_utc())
            .unwrap_or_default();
        Ok(Report::dated(files, manifest, at))
    }

    /// Renders every file, calling `progress(done, total, what)` after each.
    pub fn render(
        &self,
        progress: &mut dyn FnMut(usize, usize, &str),
    ) -> Result<Report, stratrack_reports::RenderError> {
        match self {
            RunInput::Annual(i) => stratrack_reports::render_with_progress(i, progress),
            RunInput::Assessment(i) => stratrack_reports::render_assessment_with_progress(i, progress),
        }
    }
}

/// Renders `input` on a blocking thread (charts take CPU time the server's other requests need).
pub async fn render(input: RunInput) -> Result<(RunInput, Report), AppError> {
    render_in(input, RunLanguages::default()).await
}

/// Renders `input` in every language of `langs` on a blocking thread (see [`RunInput::render_languages`]).
pub async fn render_in(input: RunInput, langs: RunLanguages) -> Result<(RunInput, Report), AppError> {
    let _timer = crate::metrics::BuildTimer::start();
    tokio::task::spawn_blocking(move || {
        let report = input.render_languages(&langs, &mut |_, _, _| {});
        (input, report)
    })
    .await
    .map_err(|e| AppError::Internal(format!("rendering thread: {e}")))
    .and_then(|(input, r)| Ok((input, r.map_err(|e| AppError::Internal(format!("rendering: {e}")))?)))
}

/// Freezes the annual report of `plan` for `year`: builds the input from today's data, renders it, and
/// stores run, snapshot, manifest and files in one transaction (audited as `create`).
pub async fn freeze(
    db: &DatabaseConnection,
    plan: plans::Model,
    year: i32,
    council: &Council,
    actor: &Actor,
) -> Result<RunSummary, AppError> {
    let plan_id = plan.id;
    let built = report_input::build(db, plan, year, &mut |_| {}).await?;
    store(db, (plan_id, year, ANNUAL), council, actor, |id, at| {
        RunInput::Annual(Box::new(council.issue(built.for_run(id, at))))
    })
    .await
}

/// Freezes the four-year assessment of `plan` (its years up to the closing year, the latest with an
/// approved value) in `languages`: built once in the first, rendered in each and stored like an annual
/// run, of kind [`ASSESSMENT`] and year the closing year (audited as `create`).
pub async fn freeze_assessment(
    db: &DatabaseConnection,
    plan: plans::Model,
    languages: &RunLanguages,
    actor: &Actor,
) -> Result<RunSummary, AppError> {
    let plan_id = plan.id;
    let built = report_input::assessment::build(db, plan, &mut |_| {}).await?;
    let year = built.input.closing_year();
    let council = Council {
        languages: languages.clone(),
        ..Council::default()
    };
    store(db, (plan_id, year, ASSESSMENT), &council, actor, |id, at| {
        RunInput::Assessment(Box::new(stratrack_reports::AssessmentInput {
            language: languages.primary(),
            ..built.for_run(id, at)
        }))
    })
    .await
}

/// Stores a run of `kind` for plan `plan_id` and `year`: the input `input(run id, created_at)` gives,
/// its snapshot, manifest and the files of every language of `council`, audited as `create`.
///
/// No transaction is open while the files are rendered (seconds per language): one short transaction
/// takes the run's row (its id is in the files), hidden from every read while its snapshot id is empty;
/// a second stores snapshot, manifest and files together. If rendering or storing fails, the row is
/// removed: nothing of the run is left, as when the whole freeze was one transaction. Rendering and
/// storing run on a task of their own, so a request given up half way still ends one way or the other.
async fn store(
    db: &DatabaseConnection,
    (plan_id, year, kind): (i32, i32, &'static str),
    council: &Council,
    actor: &Actor,
    input: impl FnOnce(String, DateTime<Utc>) -> RunInput,
) -> Result<RunSummary, AppError> {
    let created_at = Utc::now().trunc_subsecs(0);
    let started = std::time::Instant::now();
    let (txn, turn) = transactions::begin_write(db).await?;
    let run = report_runs::ActiveModel {
        plan_id: Set(plan_id),
        year: Set(year),
        kind: Set(kind.to_owned()),
        document_symbol: Set(council.symbol.clone()),
        council_session: Set(council.session.clone()),
        languages: Set(council.languages.to_stored()),
        status: Set("frozen".into()),
        created_by: Set(Some(actor.id)),
        created_at: Set(created_at.into()),
        snapshot_id: Set(String::new()),
        snapshot: Set(String::new()),
        manifest: Set(String::new()),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    transactions::commit(txn, turn).await?;
    let held = started.elapsed();
    // The rest runs on its own task, so that a request given up (the client gone, a timeout) still ends
    // with the run stored or its row removed, never a row left behind.
    let (db, actor, languages) = (db.clone(), actor.clone(), council.languages.clone());
    let input = input(run.id.to_string(), created_at);
    let id = run.id;
    tokio::spawn(async move {
        let rendering = std::time::Instant::now();
        let stored = match render_in(input, languages.clone()).await {
            Ok((input, report)) => {
                let rendered = rendering.elapsed();
                let storing = std::time::Instant::now();
                let stored = keep(&db, id, &input, report, &actor).await;
                tracing::info!(
                    run.id = id,
                    languages = %languages.to_stored(),
                    render_ms = rendered.as_millis(),
                    write_ms = (held + storing.elapsed()).as_millis(),
                    "Report run rendered with no transaction open."
                );
                stored
            }
            Err(e) => Err(e),
        };
        if stored.is_err()
            && let Err(left) = forget(&db, id).await
        {
            tracing::error!(run.id = id, error = %left, "The row of a run that failed to freeze stays, hidden.");
        }
        stored
    })
    .await
    .map_err(|e| AppError::Internal(format!("freezing thread: {e}")))?
    .inspect(|_| tracing::info!(run.id = id, plan.id = plan_id, year, kind, "Report run frozen."))
}

/// Stores the snapshot, manifest and files of run `id` (taken by [`store`]) in one transaction, audited
/// as `create`; from then on the run is seen.
async fn keep(
    db: &DatabaseConnection,
    id: i32,
    input: &RunInput,
    report: Report,
    actor: &Actor,
) -> Result<RunSummary, AppError> {
    let snapshot = input
        .to_json()
        .map_err(|e| AppError::Internal(format!("snapshot: {e}")))?;
    let manifest = serde_json::to_string(&report.manifest).map_err(|e| AppError::Internal(format!("manifest: {e}")))?;
    let (txn, turn) = transactions::begin_write(db).await?;
    for f in report.files {
        report_files::ActiveModel {
            run_id: Set(id),
            size: Set(i64::try_from(f.bytes.len()).unwrap_or(i64::MAX)),
            path: Set(f.path),
            sha256: Set(f.sha256),
            content: Set(f.bytes),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    report_runs::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        snapshot_id: Set(input.snapshot_id().to_owned()),
        snapshot: Set(snapshot),
        manifest: Set(manifest),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let summary = summary(&txn, id)
        .await?
        .ok_or_else(|| AppError::Internal("the run just stored is gone".into()))?;
    let after = view(&txn, &summary).await?;
    audit::created(&txn, Some(actor), "report_run", id, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(summary)
}

/// Removes the row [`store`] took for a run that failed to render or store (it has no files).
async fn forget(db: &DatabaseConnection, id: i32) -> Result<(), AppError> {
    let (txn, turn) = transactions::begin_write(db).await?;
    report_runs::Entity::delete_many()
        .filter(report_runs::Column::Id.eq(id))
        .filter(report_runs::Column::SnapshotId.eq(""))
        .exec(&txn)
        .await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// Publishes run `id` to Council reviewers (admin; audited as `publish`); a published run cannot be
/// published again.
pub async fn publish(db: &DatabaseConnection, id: i32, actor: &Actor) -> Result<RunSummary, AppError> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let run = summary(&txn, id)
        .await?
        .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-run", [("id", i64::from(id).into())])))?;
    if run.status == "published" {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-run-published",
            [
                ("id", i64::from(id).into()),
                (
                    "at",
                    run.published_at
                        .map_or_else(String::new, |t| t.to_utc().to_rfc3339())
                        .into(),
                ),
            ],
        )));
    }
    let before = view(&txn, &run).await?;
    let am = report_runs::ActiveModel {
        status: Set("published".into()),
        published_by: Set(Some(actor.id)),
        published_at: Set(Some(Utc::now().trunc_subsecs(0).into())),
        version: Set(run.version + 1),
        ..Default::default()
    };
    crate::models::versioned::update(&txn, am, id, run.version).await?;
    let run = summary(&txn, id)
        .await?
        .ok_or_else(|| AppError::Internal("the run just published is gone".into()))?;
    let after = view(&txn, &run).await?;
    audit::record(
        &txn,
        Some(actor),
        "publish",
        "report_run",
        id,
        Some(&before),
        Some(&after),
        "",
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(run)
}

/// Rebuilds run `id` from its frozen snapshot, every language of it, and compares every file's sha256
/// with the stored one (admin; audited as `verify`, with the outcome).
pub async fn verify(db: &DatabaseConnection, id: i32, actor: &Actor) -> Result<Verification, AppError> {
    authorize(actor, Action::Administer)?;
    let result = rebuild_check(db, id).await?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let outcome = serde_json::json!({ "identical": result.identical, "files": result.files.len() });
    audit::record(&txn, Some(actor), "verify", "report_run", id, None, Some(&outcome), "").await?;
    transactions::commit(txn, turn).await?;
    Ok(result)
}

/// [`verify`] without the audit row: the check `stratrack verify-runs` and `stratrack restore` make.
pub async fn rebuild_check(db: &impl ConnectionTrait, id: i32) -> Result<Verification, AppError> {
    let run = report_runs::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| !r.snapshot_id.is_empty())
        .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-run", [("id", i64::from(id).into())])))?;
    let stored = file_list(db, id).await?;
    let input = RunInput::from_json(&run.kind, &run.snapshot)
        .map_err(|e| AppError::Internal(format!("the snapshot of run {id} cannot be read: {e}")))?;
    let langs = RunLanguages::stored(&run.languages);
    let (_, report) = render_in(input, langs.clone()).await?;
    let mut rebuilt: BTreeMap<String, String> = report.files.into_iter().map(|f| (f.path, f.sha256)).collect();
    let mut files: Vec<FileCheck> = stored
        .into_iter()
        .map(|(path, sha, _)| {
            let again = rebuilt.remove(&path);
            FileCheck {
                identical: again.as_ref() == Some(&sha),
                path,
                stored_sha256: Some(sha),
                rebuilt_sha256: again,
            }
        })
        .collect();
    files.extend(rebuilt.into_iter().map(|(path, sha)| FileCheck {
        path,
        stored_sha256: None,
        rebuilt_sha256: Some(sha),
        identical: false,
    }));
    let languages = langs
        .folders()
        .map(|(lang, folder)| {
            let mine: Vec<&FileCheck> = files.iter().filter(|f| langs.holds(&folder, &f.path)).collect();
            LanguageCheck {
                language: lang.code().to_owned(),
                identical: !mine.is_empty() && mine.iter().all(|f| f.identical),
                files: mine.len(),
                folder,
            }
        })
        .collect();
    Ok(Verification {
        run: id,
        identical: files.iter().all(|f| f.identical),
        files,
        languages,
    })
}

/// A report run, without its snapshot.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunView {
    /// Run id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Reporting year (for an assessment, its closing year).
    pub year: i32,
    /// `annual` (the annual report for the year) or `assessment` (the four-year assessment of the plan,
    /// up to `year`).
    pub kind: String,
    /// `frozen` (visible to the Secretary-General's office and planners) or `published` (also to Council).
    pub status: String,
    /// Who froze it, `email (id)`.
    pub created_by: Option<String>,
    /// When it was frozen (UTC); every date inside its files is this one.
    pub created_at: DateTime<Utc>,
    /// Who published it.
    pub published_by: Option<String>,
    /// When it was published.
    pub published_at: Option<DateTime<Utc>>,
    /// sha256 of the data the report was built from (the snapshot without the run).
    pub snapshot_id: String,
    /// Version (goes up when published).
    pub version: i32,
    /// Its languages (`ar`, `en`, `es`, `fr`, `ru`, `zh`), in order: the first one's files at the root of
    /// the run, each other one's under `{code}/`.
    pub languages: Vec<String>,
    /// Where to download the whole run as a zip (every language).
    pub zip: String,
}

impl RunView {
    /// The view of `run`, naming plan and users.
    pub fn new(run: &RunSummary, plan: &str, user: impl Fn(Option<i32>) -> Option<String>) -> Self {
        RunView {
            id: run.id,
            plan: plan.to_owned(),
            year: run.year,
            kind: run.kind.clone(),
            status: run.status.clone(),
            created_by: user(run.created_by),
            created_at: run.created_at.to_utc(),
            published_by: user(run.published_by),
            published_at: run.published_at.map(|t| t.to_utc()),
            snapshot_id: run.snapshot_id.clone(),
            version: run.version,
            languages: RunLanguages::stored(&run.languages)
                .codes()
                .map(str::to_owned)
                .collect(),
            zip: format!("/api/v1/reports/{}/zip", run.id),
        }
    }
}

/// One file compared with its rebuild.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FileCheck {
    /// Path inside the report.
    pub path: String,
    /// The checksum stored when the run was frozen (`null`: the rebuild has a file the run lacks).
    pub stored_sha256: Option<String>,
    /// The checksum of the rebuilt file (`null`: the rebuild lacks a file of the run).
    pub rebuilt_sha256: Option<String>,
    /// Both checksums are present and equal.
    pub identical: bool,
}

/// The result of rebuilding a frozen run from its snapshot.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Verification {
    /// Run id.
    pub run: i32,
    /// Every file rebuilt byte for byte identical, and no file missing or extra.
    pub identical: bool,
    /// Files compared, in report order (every language's, each further language's under its folder).
    pub files: Vec<FileCheck>,
    /// Each language of the run, in order, and whether its files rebuilt identically.
    pub languages: Vec<LanguageCheck>,
}

/// One language of a run compared with its rebuild.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LanguageCheck {
    /// `ar`, `en`, `es`, `fr`, `ru` or `zh`.
    pub language: String,
    /// Where its files sit in the run: `""` (the root, the first language) or `ar/` ….
    pub folder: String,
    /// Every file of this language rebuilt byte for byte identical, none missing or extra.
    pub identical: bool,
    /// Its files compared.
    pub files: usize,
}
