//! The audit log (admin only): filter by user, record type, record id and dates, newest first, 50
//! entries a page, each with the record before and after the change, compactly. The entries come from
//! same use case as the JSON API's audit route, which checks the filters.

use super::forms::filled as opt;
use super::listing::{Pager, page_of};
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::models::audit_log::{self, AuditListParams};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::audit::AuditView;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use std::collections::HashMap;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/audit", get(audit))
}

/// The filters as typed (empty means any).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    user: String,
    entity_type: String,
    entity_id: String,
    from: String,
    to: String,
    page: String,
    per_page: String,
}

/// One entry as shown.
pub struct EntryRow {
    at: String,
    who: String,
    action: String,
    entity_type: String,
    entity_id: String,
    reason: String,
    before: Option<String>,
    after: Option<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    layout: Layout,
    user: String,
    entity_type: String,
    entity_id: String,
    from: String,
    to: String,
    types: Vec<String>,
    errors: HashMap<String, String>,
    rows: Vec<EntryRow>,
    pager: Pager,
}

impl AuditPage {
    /// The error of filter `field`, if any (for the template).
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }
}

async fn audit(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    authorize(&user.0, Action::ReadAudit)?;
    let ctx = context(&st, &user, "/audit", &q).await?;
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let params = AuditListParams {
        entity_type: opt(&f.entity_type),
        entity_id: opt(&f.entity_id),
        actor: opt(&f.user),
        from: opt(&f.from),
        to: opt(&f.to),
        page: Some(page),
        per_page: Some(per_page),
    };
    let mut errors = HashMap::new();
    let (rows, total) = match audit_log::list(&st.db, &user.0, &params).await {
        Ok(p) => {
            let rows = p
                .items
                .iter()
                .map(AuditView::from)
                .map(|e| EntryRow {
                    at: e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
                    who: e.actor,
                    action: e.action,
                    entity_type: e.entity_type,
                    entity_id: e.entity_id,
                    reason: e.reason,
                    before: e.before.map(|v| v.to_string()),
                    after: e.after.map(|v| v.to_string()),
                })
                .collect();
            (rows, p.total)
        }
        Err(AppError::Invalid(errs)) => {
            for e in errs {
                // The API calls the user filter `actor`; the page calls it `user`.
                let field = if e.field == "actor" { "user".to_owned() } else { e.field };
                errors.insert(field, e.reason);
            }
            (Vec::new(), 0)
        }
        Err(e) => return Err(PageError::App(e)),
    };
    let types = audit_log::entity_types(&st.db, &user.0).await?;
    let mut resp = render(&AuditPage {
        user: f.user.trim().to_owned(),
        entity_type: f.entity_type.trim().to_owned(),
        entity_id: f.entity_id.trim().to_owned(),
        from: f.from.trim().to_owned(),
        to: f.to.trim().to_owned(),
        types,
        rows,
        pager: Pager::new(
            "/audit",
            &[
                ("user", &f.user),
                ("entity_type", &f.entity_type),
                ("entity_id", &f.entity_id),
                ("from", &f.from),
                ("to", &f.to),
            ],
            (total, page, per_page),
            "entries",
        ),
        layout: ctx.layout.translated(),
        errors: errors.clone(),
    })?;
    if !errors.is_empty() {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}
