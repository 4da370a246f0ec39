//! One report run on its own page: what was frozen and when, its main files, what changed in its figures
//! since ("Restatements since this report"), and the questions from Council about it, with the form to ask one once the run is published. Council reviewers see published
//! runs only (an unpublished run is not found for them, as in the API).

use crate::models::dimensions::Names;
use crate::models::report_runs::{self as runs, RunView};
use crate::models::restatements::RunRestatements;
use crate::models::translations::{self, Kind, Lookup, Resolved};
use crate::pages::questions::Panel;
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use std::collections::HashMap;
use stratrack_i18n::Lang;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/reports/{id}", get(run_page))
}

#[derive(Template)]
#[template(path = "report_run.html")]
struct RunPage {
    layout: Layout,
    run: RunView,
    /// When it was frozen, as the restatements' sentences say it.
    frozen_at: String,
    files: usize,
    /// Whether the run has `report.pdf` (annual reports of form 2 and later).
    has_pdf: bool,
    /// Whether its CSV tables start with a row of names in the report's language.
    csv_headings: bool,
    values: Vec<RestatedRow>,
    revisions: Vec<RevisionRow>,
    questions: Panel,
    /// Each language of the run with its files.
    languages: Vec<LanguageRow>,
}

/// One language of the run as its page lists it: where its files sit and links to them.
pub struct LanguageRow {
    code: &'static str,
    dir: &'static str,
    /// Its name in itself.
    name: &'static str,
    /// `""` (the root) or `ar/` ….
    folder: String,
    /// Where this language's files are served (`/api/v1/reports/{id}/languages/{code}`).
    base: String,
    has_pdf: bool,
    files: usize,
    /// Its CSV tables, as paths inside its report.
    tables: Vec<String>,
}

impl LanguageRow {
    fn of(run: i32, l: runs::read::LanguageFiles) -> Self {
        LanguageRow {
            code: l.language.code(),
            dir: l.language.dir(),
            name: l.language.autonym(),
            base: format!("/api/v1/reports/{run}/languages/{}", l.language.code()),
            has_pdf: crate::pages::reports::has_pdf(&l.files),
            files: l.files.len(),
            tables: l
                .files
                .iter()
                .filter(|(path, _, _)| path.ends_with(".csv"))
                .map(|(path, _, _)| path.clone())
                .collect(),
            folder: l.folder,
        }
    }
}

/// One restated value as the run's page shows it.
pub struct RestatedRow {
    indicator: String,
    /// The indicator's name in the reader's language, as HTML ([`crate::pages::framework_text`]).
    name: String,
    /// `headline`, or the breakdown as HTML, with the quarter if any: for an English reader the stored
    /// pairs as before (`sex=female, Q2`), for others the dimensions and values named in their language
    /// ([`crate::pages::breakdown_html`]) and the quarter in words (`entry-quarter`).
    breakdown: String,
    /// `late` (approved after the freeze) or `revised`, as the restatement rule says (shown as the
    /// message `restate-{kind}`).
    kind: String,
    reported: String,
    current: String,
    quality: String,
    changed_at: String,
    changed_by: String,
    approved_by: String,
    reason: String,
}

/// One framework revision as the run's page shows it.
pub struct RevisionRow {
    indicator: String,
    field: String,
    before: String,
    after: String,
    decided_on: String,
    decision: String,
    justification: String,
    in_force: bool,
}

/// The rows of the run page's restatement tables, the indicators named in `names`' language (`ids`: the
/// plan's indicators by code; one no longer there is named in English, marked), a breakdown's
/// dimensions and values too (`dims`).
fn restated_rows(
    r: RunRestatements,
    names: &Lookup,
    ids: &HashMap<String, i32>,
    dims: &Names,
) -> (Vec<RestatedRow>, Vec<RevisionRow>) {
    let name = |code: &str, english: &str| {
        let resolved = ids.get(code).map_or_else(
            || Resolved::pick(english, None, names.lang()),
            |id| names.name(Kind::Indicator, *id, english),
        );
        crate::pages::framework_text(names.lang(), &resolved)
    };
    let text = |v: Option<String>| v.unwrap_or_else(|| "–".to_owned());
    let values = r
        .values
        .into_iter()
        .map(|v| {
            let breakdown = restated_breakdown(&v.disaggregation, v.quarter, names, dims);
            let quality = match v.reported_quality {
                Some(before) if before != v.current_quality => {
                    format!("{} → {}", before.as_str(), v.current_quality.as_str())
                }
                _ => v.current_quality.as_str().to_owned(),
            };
            RestatedRow {
                name: name(&v.indicator, &v.indicator_name),
                indicator: v.indicator,
                breakdown,
                kind: v.kind,
                reported: text(v.reported.map(|d| d.to_string())),
                current: v.current.to_string(),
                quality,
                changed_at: v.changed_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                changed_by: v.changed_by,
                approved_by: v.approved_by,
                reason: v.reason,
            }
        })
        .collect();
    let revisions = r
        .framework_revisions
        .into_iter()
        .map(|f| RevisionRow {
            indicator: f.indicator,
            field: f.field,
            before: text(f.before),
            after: text(f.after),
            decided_on: f.decided_on.format("%Y-%m-%d").to_string(),
            decision: format!("{}, {}", f.deciding_body, f.reference),
            justification: f.justification,
            in_force: f.in_force_for_year,
        })
        .collect();
    (values, revisions)
}

/// A restated value's breakdown as the run's page shows it (see [`RestatedRow::breakdown`]).
fn restated_breakdown(disaggregation: &str, quarter: Option<i32>, names: &Lookup, dims: &Names) -> String {
    let lang = names.lang();
    if disaggregation.is_empty() && quarter.is_none() {
        return "headline".to_owned();
    }
    if lang == Lang::En {
        let mut stored = if disaggregation.is_empty() {
            "headline".to_owned()
        } else {
            disaggregation.to_owned()
        };
        if let Some(q) = quarter {
            stored.push_str(&format!(", Q{q}"));
        }
        return esc(&stored);
    }
    let mut parts = vec![if disaggregation.is_empty() {
        esc(&stratrack_i18n::text(lang, "run-headline"))
    } else {
        crate::pages::breakdown_html(dims, names, disaggregation)
    }];
    if let Some(q) = quarter {
        parts.push(esc(&stratrack_i18n::text_with(
            lang,
            "entry-quarter",
            &[("quarter", q.into())],
        )));
    }
    parts.join(", ")
}

/// `text` escaped for the page.
fn esc(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|s| s.to_string())
        .unwrap_or_default()
}

async fn run_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/reports", &q).await?;
    let detail = runs::read::detail(&st.db, &user.0, id).await?;
    let restated = runs::read::restatements(&st.db, &user.0, id).await?;
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let ids = crate::models::indicators::ids_by_code(&st.db, &restated.plan).await?;
    let dims = crate::models::dimensions::names(&st.db).await?;
    let (values, revisions) = restated_rows(restated, &names, &ids, &dims);
    let mut questions = Panel::load(
        &st.db,
        &user,
        &detail.run.plan,
        None,
        Some(id),
        format!("/reports/{id}"),
    )
    .await?;
    questions.may_ask &= detail.run.status == "published";
    render(&RunPage {
        frozen_at: detail.run.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        files: detail.files.len(),
        has_pdf: crate::pages::reports::has_pdf(&detail.files),
        csv_headings: detail.csv_headings_in_language,
        languages: detail.languages.into_iter().map(|l| LanguageRow::of(id, l)).collect(),
        values,
        revisions,
        run: detail.run,
        questions,
        layout: ctx.layout.translated(),
    })
}
