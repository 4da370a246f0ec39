//! One risk on its own page: what the register holds of it, with the review rule applied. The admin edits
//! every field, closes it, and links it to a result node or removes a link; the owner unit's planner
//! follows it up (status, mitigation, review date) and closes it. Each form goes through the use case
//! the API calls and comes back here with what was done or refused.

use super::{RiskFields, date, invalid, rating, text};
use crate::auth::Role;
use crate::error::AppError;
use crate::models::risks::matrix::{self, band, review_overdue};
use crate::models::risks::{self as register, CATEGORIES, CreateRiskLink, STATUSES, UpdateRisk};
use crate::pages::forms::{CsrfForm, Refusal, may_write, unit_ids};
use crate::pages::listing::{self, Choice};
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::risks::RiskView;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/risks/{code}", get(risk_page))
        .route("/risks/{code}/edit", post(edit_risk))
        .route("/risks/{code}/close", post(close_risk))
        .route("/risks/{code}/links", post(link_risk))
        .route("/risks/{code}/links/{node}/delete", post(unlink_risk))
}

#[derive(Template)]
#[template(path = "risk.html")]
struct RiskPage {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    risk: RiskView,
    reviewed_on: String,
    overdue: bool,
    band: &'static str,
    review_days: i64,
    is_admin: bool,
    may_follow: bool,
    statuses: Vec<Choice>,
    categories: Vec<Choice>,
    owners: Vec<Choice>,
    /// Nodes of the plan not linked yet: (code, name).
    unlinked: Vec<(String, String)>,
}

/// Where a risk's forms come back to: its page, for the plan and year viewed.
fn page_of(code: &str, plan: &str, year: &str) -> String {
    let qs = serde_urlencoded::to_string([("plan", plan), ("year", year)]).unwrap_or_default();
    let code = serde_urlencoded::to_string([("", code)]).unwrap_or_default();
    format!("/risks/{}?{qs}", code.trim_start_matches('='))
}

async fn risk_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/risks", &q).await?;
    let plan = ctx.plan.code.clone();
    let risk = register::get(&st.db, &user.0, &plan, &code).await?;
    let ids = unit_ids(&st.db).await?;
    let mut owners: Vec<&String> = ids.keys().collect();
    owners.sort();
    let ev = crate::models::plans::tree(&st.db, &st.evaluations, &user.0, &plan, Some(ctx.year)).await?;
    // Named in the reader's language; an option holds text only, so an untranslated name is the
    // English one, unmarked.
    let names = crate::models::translations::resolve(&st.db, ctx.layout.lang).await?;
    let unlinked = ev
        .nodes
        .iter()
        .filter(|n| !risk.nodes.contains(&n.code))
        .map(|n| {
            let name = names.name(crate::models::translations::Kind::Node, n.id, &n.name).text;
            (n.code.clone(), name)
        })
        .collect();
    let today = chrono::Utc::now().date_naive();
    render(&RiskPage {
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        reviewed_on: risk.reviewed_on.to_string(),
        overdue: review_overdue(&risk.status, risk.reviewed_on, today),
        band: band(risk.score),
        review_days: matrix::REVIEW_DAYS,
        is_admin: user.0.role == Role::Admin,
        may_follow: may_write(&user, &ids, &risk.owner),
        statuses: listing::choices(STATUSES, &risk.status),
        categories: listing::choices(CATEGORIES, &risk.category),
        owners: listing::choices(owners, &risk.owner),
        unlinked,
        plan,
        risk,
        layout: ctx.layout.translated(),
    })
}

/// Back to the risk's page with `e` said as a refusal of `what` (403 stays a 403 page).
fn refused(to: &str, e: AppError, what: &str) -> PageResult<Response> {
    Ok(frame::refused(to, &Refusal::of(e)?.sentence(what)))
}

/// [`refused`], a conflict said as what it is ([`Refusal::plainly`]).
fn refused_plainly(to: &str, e: AppError, what: &str) -> PageResult<Response> {
    Ok(frame::refused(to, &Refusal::plainly(e)?.sentence(what)))
}

/// `POST /risks/{code}/edit`: every field of a risk (admin), at the version read.
async fn edit_risk(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<RiskFields>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Administer)?;
    let new_code = text(&f.code).unwrap_or_else(|| code.clone());
    let to = page_of(&new_code, &f.plan, &f.view_year);
    let what = format!("Risk {code}");
    let mut errs = Vec::new();
    let version = f.version.trim().parse::<i32>().ok();
    if version.is_none() {
        errs.push(("version", crate::error::Said::new("said-version-missing", []).into()));
    }
    let likelihood = rating("likelihood", &f.likelihood, &mut errs);
    let impact = rating("impact", &f.impact, &mut errs);
    let reviewed_on = date("reviewed_on", &f.reviewed_on, &mut errs);
    let back = page_of(&code, &f.plan, &f.view_year);
    if !errs.is_empty() {
        return refused(&back, invalid(errs), &what);
    }
    let body = UpdateRisk {
        version,
        code: Some(new_code.clone()),
        title: Some(f.title.trim().to_owned()),
        description: Some(f.description.trim().to_owned()),
        category: Some(f.category.trim().to_owned()),
        likelihood,
        impact,
        mitigation: Some(f.mitigation.trim().to_owned()),
        owner: text(&f.owner),
        status: text(&f.status),
        reviewed_on,
    };
    match register::update(&st.db, &user.0, &f.plan, &code, None, body).await {
        Ok(r) => Ok(frame::done(
            &to,
            &crate::language::text_with(
                "risks-updated-score",
                &[("code", r.code.as_str().into()), ("score", r.score.into())],
            ),
        )),
        Err(e) => refused(&back, e, &what),
    }
}

/// The forms that carry only the view and the version read.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ViewForm {
    plan: String,
    view_year: String,
    version: String,
    node: String,
}

/// `POST /risks/{code}/close`: the risk is closed (the admin, or the owner unit's planner).
async fn close_risk(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<ViewForm>,
) -> PageResult<Response> {
    authorize(&user.0, Action::WriteUnit(user.0.unit_id.unwrap_or(-1)))?;
    let to = page_of(&code, &f.plan, &f.view_year);
    let what = format!("Risk {code}");
    let body = UpdateRisk::follow_up(
        Some(f.version.trim().parse().unwrap_or(-1)),
        Some("closed".into()),
        None,
        None,
    );
    match register::update(&st.db, &user.0, &f.plan, &code, None, body).await {
        Ok(_) => Ok(frame::done(
            &to,
            &crate::language::text_with("risks-closed", &[("code", code.as_str().into())]),
        )),
        Err(e) => refused(&to, e, &what),
    }
}

/// `POST /risks/{code}/links`: links the risk to a result node of its plan (admin).
async fn link_risk(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<ViewForm>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Administer)?;
    let to = page_of(&code, &f.plan, &f.view_year);
    let what = format!("The link of risk {code}");
    let body = CreateRiskLink {
        node: text(&f.node),
        version: f.version.trim().parse().ok(),
    };
    match register::link(&st.db, &user.0, &f.plan, &code, None, body).await {
        Ok(_) => Ok(frame::done(
            &to,
            &crate::language::text_with(
                "risks-linked",
                &[("code", code.as_str().into()), ("node", f.node.trim().into())],
            ),
        )),
        Err(e @ AppError::Conflict(_)) if e.to_string().contains("already linked") => refused_plainly(&to, e, &what),
        Err(e) => refused(&to, e, &what),
    }
}

/// `POST /risks/{code}/links/{node}/delete`: removes the risk's link to a node (admin).
async fn unlink_risk(
    State(st): State<AppState>,
    user: PageUser,
    Path((code, node)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ViewForm>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Administer)?;
    let to = page_of(&code, &f.plan, &f.view_year);
    match register::unlink(&st.db, &user.0, &f.plan, &code, &node, None).await {
        Ok(()) => Ok(frame::done(
            &to,
            &crate::language::text_with(
                "risks-unlinked",
                &[("code", code.as_str().into()), ("node", node.as_str().into())],
            ),
        )),
        Err(e) => refused(&to, e, &format!("The link of risk {code} to {node}")),
    }
}
