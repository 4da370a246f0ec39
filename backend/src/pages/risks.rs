//! The risk register: every risk of the plan, gravest first (score = likelihood × impact), with its
//! status, owner, linked result nodes and last review. The owner unit's planner (and the admin) updates
//! status, mitigation and review date through the use case the JSON API's risk handler calls.

use super::forms::{Back, CsrfForm, may_write, unit_ids};
use super::listing::{self, Choice, Pager, page_of};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::models::risks::{self as register, CATEGORIES, RiskListParams, STATUSES, UpdateRisk};
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
        .route("/risks", get(risks))
        .route("/risks/{code}", post(update_risk))
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
    node: String,
    refused: Option<String>,
    pager: Pager,
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
    let (found, total, refused) = match register::list(&st.db, &user.0, &code, p).await {
        Ok(got) => (got.items, got.total, None),
        Err(e) => (Vec::new(), 0, Some(listing::refusal(&e).ok_or(e)?)),
    };
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
        owners: listing::choices(owners, &f.owner),
        node: f.node.trim().to_owned(),
        refused: refused.clone(),
        pager,
        layout: ctx.layout,
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
        errs.push((
            "version",
            "is missing or not a whole number; reload the page".to_owned(),
        ));
    }
    let reviewed_on = match f.reviewed_on.trim() {
        "" => None,
        d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errs.push(("reviewed_on", format!("`{d}` is not a date (2028-12-31)")));
                None
            }
        },
    };
    if !errs.is_empty() {
        let e = AppError::Invalid(
            errs.into_iter()
                .map(|(field, reason)| crate::error::FieldError {
                    field: field.into(),
                    reason,
                })
                .collect(),
        );
        return back.refused(e, &what);
    }
    let body = UpdateRisk {
        version,
        code: None,
        title: None,
        description: None,
        category: None,
        likelihood: None,
        impact: None,
        mitigation: Some(f.mitigation.clone()),
        owner: None,
        status: Some(f.status.clone()).filter(|s| !s.is_empty()),
        reviewed_on,
    };
    match register::update(&st.db, &user.0, &f.plan, &code, None, body).await {
        Ok(_) => back.ok(&format!("{what} was updated.")),
        Err(e) => back.refused(e, &what),
    }
}
