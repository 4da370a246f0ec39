//! The plan's framework revisions: every change to a baseline, target, milestone, unit or direction
//! made after values existed, with its decision (date, body, reference, reason, justification) and the
//! value before and after, filterable by indicator, field and reason, and paged.

use super::listing::{self, Choice, Pager, choices, page_of};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::models::plan_history::{self, Revision, RevisionList};
use crate::models::revisions::{REASONS, RevisionListParams};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/framework/revisions", get(revisions_page))
}

/// The list's filters, as the address carries them (empty means any).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    indicator: String,
    field: String,
    reason_category: String,
    page: String,
    per_page: String,
}

/// One revision as a page lists it (here and on the indicator page).
pub struct Row {
    /// Indicator code.
    pub indicator: String,
    /// The field, in words.
    pub field: String,
    /// The value it replaced.
    pub before: String,
    /// The value it set.
    pub after: String,
    /// The value as adopted.
    pub adopted: String,
    /// Date of the decision.
    pub decided_on: String,
    /// Deciding body.
    pub body: String,
    /// The decision's reference.
    pub reference: String,
    /// Reason category, in words.
    pub reason: String,
    /// Justification.
    pub justification: String,
}

impl Row {
    /// The row of revision `r` of indicator `indicator`, which replaced `before`.
    pub fn new(r: Revision, before: Option<String>, indicator: String) -> Self {
        Row {
            indicator,
            field: r.field.replace('_', " "),
            before: shown(before),
            after: shown(r.value_as_revised),
            adopted: shown(r.value_as_adopted),
            decided_on: r.decided_on.to_string(),
            body: r.deciding_body,
            reference: r.reference,
            reason: r.reason_category.clone(),
            justification: r.justification,
        }
    }
}

#[derive(Template)]
#[template(path = "revisions.html")]
struct RevisionsPage {
    layout: Layout,
    plan: String,
    year: i32,
    rows: Vec<Row>,
    indicator: String,
    field: String,
    reasons: Vec<Choice>,
    refused: Option<String>,
    pager: Pager,
}

fn shown(v: Option<String>) -> String {
    v.unwrap_or_else(|| "—".to_owned())
}

async fn revisions_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/framework", &q).await?;
    let code = ctx.plan.code.clone();
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let any = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let p = RevisionListParams {
        indicator: any(&f.indicator),
        field: any(&f.field),
        reason_category: any(&f.reason_category),
        page: Some(page),
        per_page: Some(per_page),
        sort: Some("-decided_on".into()),
    };
    let (list, refused) = match plan_history::revision_list(&st.db, &user.0, &code, p).await {
        Ok(l) => (Some(l), None),
        Err(e) => (None, Some(listing::refusal(&e).ok_or(e)?)),
    };
    let RevisionList {
        items, codes, total, ..
    } = list.unwrap_or(RevisionList {
        plan: code.clone(),
        items: Vec::new(),
        codes: Default::default(),
        total: 0,
        page,
        per_page,
    });
    let rows = items
        .into_iter()
        .map(|(r, before)| {
            let code = codes.get(&r.entity_id).cloned().unwrap_or_default();
            Row::new(r, before, code)
        })
        .collect();
    let year = ctx.year.to_string();
    let pager = Pager::new(
        "/framework/revisions",
        &[
            ("plan", &code),
            ("year", &year),
            ("indicator", &f.indicator),
            ("field", &f.field),
            ("reason_category", &f.reason_category),
        ],
        (total, page, per_page),
        "revisions",
    );
    render(&RevisionsPage {
        plan: code,
        year: ctx.year,
        rows,
        indicator: f.indicator,
        field: f.field,
        reasons: choices(REASONS.iter(), &f.reason_category),
        refused,
        pager,
        layout: ctx.layout.translated(),
    })
}
