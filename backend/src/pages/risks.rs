//! The risk register: every risk of the plan, gravest first (score = likelihood × impact), with its
//! status, owner, linked result nodes and last review (flagged when overdue), and the likelihood × impact
//! matrix of the risks the filters select. The owner unit's planner (and the admin) updates status,
//! mitigation and review date through the use case the JSON API's risk handler calls; the admin adds
//! risks here and edits, closes and links one on its own page ([`detail`]).

mod detail;

use super::forms::{Back, CsrfForm, may_write, unit_ids};
use super::listing::{self, Choice, Pager, page_of};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::{AppError, Reason, Said};
use crate::models::risks::matrix::{self, BANDS, Matrix, band, review_overdue};
use crate::models::risks::{self as register, CATEGORIES, CreateRisk, RiskListParams, STATUSES, UpdateRisk};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::risks::RiskView;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/risks", get(risks).post(create_risk))
        .route("/risks/{code}", post(update_risk))
        .merge(detail::router())
}

/// One cell of the matrix: how many risks, and the band of its score in words.
pub struct Cell {
    count: usize,
    band: &'static str,
}

/// One row of the matrix (a likelihood), gravest first.
pub struct MatrixRow {
    likelihood: i32,
    cells: Vec<Cell>,
}

/// The matrix as the page draws it: likelihood 5 on top, impact 1 to 5 left to right.
fn matrix_rows(m: &Matrix) -> Vec<MatrixRow> {
    (1..=5)
        .rev()
        .map(|l: i32| MatrixRow {
            likelihood: l,
            cells: (1..=5)
                .map(|i: i32| Cell {
                    count: m.counts[(l - 1) as usize][(i - 1) as usize],
                    band: band(l * i),
                })
                .collect(),
        })
        .collect()
}

/// How many risks in each band, for the summary beside the matrix.
pub struct BandCount {
    name: &'static str,
    scores: &'static str,
    count: usize,
}

/// A status choice in a risk's form.
pub struct StatusOption {
    value: &'static str,
    selected: bool,
}

/// One risk, as listed and, when the user may update it, with its form.
pub struct RiskRow {
    risk: RiskView,
    reviewed_on: String,
    overdue: bool,
    band: &'static str,
    editable: bool,
    options: Vec<StatusOption>,
}

/// The register's filters, as the address carries them (empty means any).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    status: String,
    category: String,
    owner: String,
    node: String,
    page: String,
    per_page: String,
}

#[derive(Template)]
#[template(path = "risks.html")]
struct RisksPage {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    rows: Vec<RiskRow>,
    any_form: bool,
    statuses: Vec<Choice>,
    categories: Vec<Choice>,
    owners: Vec<Choice>,
    nodes: Vec<Choice>,
    refused: Option<String>,
    pager: Pager,
    matrix: Vec<MatrixRow>,
    bands: Vec<BandCount>,
    overdue: Vec<String>,
    review_days: i64,
    is_admin: bool,
    all_owners: Vec<String>,
    all_categories: &'static [&'static str],
}

async fn risks(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(&st, &user, "/risks", &q).await?;
    let code = ctx.plan.code.clone();
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let any = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let p = RiskListParams {
        status: any(&f.status),
        category: any(&f.category),
        owner: any(&f.owner),
        node: any(&f.node),
        page: Some(page),
        per_page: Some(per_page),
        sort: Some("-score".into()),
    };
    let today = chrono::Utc::now().date_naive();
    let m = matrix::matrix(&st.db, &user.0, &code, &p, today).await;
    let (found, total, refused) = match register::list(&st.db, &user.0, &code, p).await {
        Ok(got) => (got.items, got.total, None),
        Err(e) => (Vec::new(), 0, Some(listing::refusal(&e).ok_or(e)?)),
    };
    let m = m.unwrap_or_default();
    let ev = crate::models::plans::tree(&st.db, &st.evaluations, &user.0, &code, Some(ctx.year)).await?;
    let node_codes: Vec<&str> = ev.nodes.iter().map(|n| n.code.as_str()).collect();
    let ids = unit_ids(&st.db).await?;
    let mut owners: Vec<&String> = ids.keys().collect();
    owners.sort();
    let year = ctx.year.to_string();
    let pager = Pager::new(
        "/risks",
        &[
            ("plan", &code),
            ("year", &year),
            ("status", &f.status),
            ("category", &f.category),
            ("owner", &f.owner),
            ("node", &f.node),
        ],
        (total, page, per_page),
        "risks",
    );
    let rows: Vec<RiskRow> = found
        .into_iter()
        .map(|r| {
            let editable = may_write(&user, &ids, &r.owner);
            RiskRow {
                reviewed_on: r.reviewed_on.to_string(),
                overdue: review_overdue(&r.status, r.reviewed_on, today),
                band: band(r.score),
                editable,
                options: STATUSES
                    .iter()
                    .map(|s| StatusOption {
                        value: s,
                        selected: *s == r.status,
                    })
                    .collect(),
                risk: r,
            }
        })
        .collect();
    let mut resp = render(&RisksPage {
        plan: code,
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        any_form: rows.iter().any(|r| r.editable),
        rows,
        statuses: listing::choices(STATUSES, &f.status),
        categories: listing::choices(CATEGORIES, &f.category),
        all_owners: owners.iter().map(|o| (*o).clone()).collect(),
        owners: listing::choices(owners, &f.owner),
        nodes: listing::choices(node_codes, &f.node),
        refused: refused.clone(),
        pager,
        matrix: matrix_rows(&m),
        bands: BANDS
            .iter()
            .zip(m.bands)
            .map(|((name, scores), count)| BandCount { name, scores, count })
            .collect(),
        overdue: m.overdue,
        review_days: matrix::REVIEW_DAYS,
        is_admin: user.0.role == Role::Admin,
        all_categories: CATEGORIES,
        layout: ctx.layout.translated(),
    })?;
    if refused.is_some() {
        *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

/// The update form of one risk.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RiskForm {
    plan: String,
    view_year: String,
    version: String,
    status: String,
    mitigation: String,
    reviewed_on: String,
}

/// `POST /risks/{code}`: new status, mitigation and review date of a risk, at the version read.
async fn update_risk(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<RiskForm>,
) -> PageResult<Response> {
    // Reviewers write nothing: refused before the form is read, as the API does.
    authorize(&user.0, Action::WriteUnit(user.0.unit_id.unwrap_or(-1)))?;
    let back = Back {
        path: "/risks",
        plan: f.plan.clone(),
        year: f.view_year.clone(),
    };
    let what = format!("Risk {code}");
    let mut errs = Vec::new();
    let version = f.version.trim().parse::<i32>().ok();
    if version.is_none() {
        errs.push(("version", Said::new("said-version-missing", []).into()));
    }
    let reviewed_on = match f.reviewed_on.trim() {
        "" => None,
        d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errs.push(("reviewed_on", not_a_date(d)));
                None
            }
        },
    };
    if !errs.is_empty() {
        let e = AppError::Invalid(
            errs.into_iter()
                .map(|(field, reason)| crate::error::FieldError::new(field, reason))
                .collect(),
        );
        return back.refused(e, &what);
    }
    let body = UpdateRisk::follow_up(
        version,
        Some(f.status.clone()).filter(|s| !s.is_empty()),
        Some(f.mitigation.clone()),
        reviewed_on,
    );
    match register::update(&st.db, &user.0, &f.plan, &code, None, body).await {
        Ok(_) => back.ok(&crate::language::text_with(
            "risks-updated",
            &[("code", code.as_str().into())],
        )),
        Err(e) => back.refused(e, &what),
    }
}

/// The fields of a risk typed into a form (create, and the admin's edit), each as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct RiskFields {
    plan: String,
    view_year: String,
    version: String,
    code: String,
    title: String,
    description: String,
    category: String,
    likelihood: String,
    impact: String,
    mitigation: String,
    owner: String,
    status: String,
    reviewed_on: String,
    nodes: String,
}

/// A score from a form: empty is `None` (the use case says whether it is required); a text that is no
/// whole number is named with the field.
fn rating(field: &'static str, text: &str, errs: &mut Vec<(&'static str, Reason)>) -> Option<i32> {
    match text.trim() {
        "" => None,
        t => match t.parse::<i32>() {
            Ok(v) => Some(v),
            Err(_) => {
                errs.push((
                    field,
                    Said::new(
                        "said-not-whole-from-to",
                        [("sent", t.into()), ("low", 1_i64.into()), ("high", 5_i64.into())],
                    )
                    .into(),
                ));
                None
            }
        },
    }
}

/// "`d` is not a date (2028-12-31)".
fn not_a_date(d: &str) -> Reason {
    Said::new(
        "said-not-a-date-like",
        [("sent", d.into()), ("example", "2028-12-31".into())],
    )
    .into()
}

/// A date from a form: empty is `None`; a text that is no date is named with the field.
fn date(field: &'static str, text: &str, errs: &mut Vec<(&'static str, Reason)>) -> Option<NaiveDate> {
    match text.trim() {
        "" => None,
        d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errs.push((field, not_a_date(d)));
                None
            }
        },
    }
}

/// Every problem a form had before the use case saw it, as one refusal.
fn invalid(errs: Vec<(&'static str, Reason)>) -> AppError {
    AppError::Invalid(
        errs.into_iter()
            .map(|(field, reason)| crate::error::FieldError::new(field, reason))
            .collect(),
    )
}

/// Text of a form field, `None` when left empty.
fn text(v: &str) -> Option<String> {
    Some(v.trim().to_owned()).filter(|s| !s.is_empty())
}

/// `POST /risks`: a new risk (admin), linked to the node codes typed (separated by commas or spaces).
async fn create_risk(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<RiskFields>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Administer)?;
    let back = Back {
        path: "/risks",
        plan: f.plan.clone(),
        year: f.view_year.clone(),
    };
    let what = format!("Risk {}", f.code.trim());
    let mut errs = Vec::new();
    let likelihood = rating("likelihood", &f.likelihood, &mut errs);
    let impact = rating("impact", &f.impact, &mut errs);
    let reviewed_on = date("reviewed_on", &f.reviewed_on, &mut errs);
    if !errs.is_empty() {
        return back.refused(invalid(errs), &what);
    }
    let nodes: Vec<String> = f
        .nodes
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let body = CreateRisk {
        code: text(&f.code),
        title: text(&f.title),
        description: Some(f.description.trim().to_owned()),
        category: text(&f.category),
        likelihood,
        impact,
        mitigation: Some(f.mitigation.trim().to_owned()),
        owner: text(&f.owner),
        status: text(&f.status),
        reviewed_on,
        nodes: Some(nodes),
    };
    match register::create(&st.db, &user.0, &f.plan, body).await {
        Ok(r) => back.ok(&crate::language::text_with(
            "risks-added",
            &[("code", r.code.as_str().into()), ("score", r.score.into())],
        )),
        Err(e @ AppError::Conflict(_)) => back.refused_plainly(e, &what),
        Err(e) => back.refused(e, &what),
    }
}
