//! The user's notices (`/notifications`): newest first, paged, each marked read on its own or all at
//! once. The header shows how many are unread ([`super::LayoutUser::unread`]). A notice is said in the
//! reader's language ([`notifications::text`]); one recorded before notices were kept as messages shows
//! its English, marked.

use super::forms::CsrfForm;
use super::frame;
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::language;
use crate::models::notifications::{self, Which};
use crate::models::paging::PageParams;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/read", post(read_all))
        .route("/notifications/{id}/read", post(read_one))
}

/// `?page=&unread=` as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    page: String,
    unread: String,
}

/// One notice as shown.
pub struct Row {
    id: i32,
    kind: String,
    /// Its text in the reader's language, or its stored English ([`Row::english`]).
    message: String,
    /// Whether `message` is the stored English of a notice recorded before notices were kept as
    /// messages (marked `lang="en"` in another language).
    english: bool,
    link: String,
    at: String,
    read: bool,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NoticesPage {
    layout: Layout,
    csrf: String,
    rows: Vec<Row>,
    total: u64,
    page: u64,
    pages: u64,
    unread_only: bool,
    prev: Option<String>,
    next: Option<String>,
}

async fn list(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/notifications", &q).await?;
    let page = match f.page.trim() {
        "" => None,
        p => Some(
            p.parse()
                .map_err(|_| AppError::field("page", crate::error::Said::new("said-whole-number", [])))?,
        ),
    };
    let unread_only = f.unread == "1";
    let params = PageParams {
        page,
        per_page: Some(50),
        sort: None,
    };
    let found = notifications::list(&st.db, &user.0, &params, unread_only).await?;
    let pages = found.total.div_ceil(found.per_page).max(1);
    let href = |p: u64| {
        let filter = if unread_only { "&unread=1" } else { "" };
        format!("/notifications?page={p}{filter}")
    };
    let lang = ctx.layout.lang;
    let names = crate::models::translations::resolve(&st.db, lang).await?;
    let rows = found
        .items
        .into_iter()
        .map(|n| {
            // English readers read the stored English, word for word; others the notice's message in
            // their language when it was kept as one.
            let said = (lang != language::Lang::En)
                .then(|| notifications::text::stored_in(&n, lang, &names))
                .flatten();
            (said, n)
        })
        .map(|(said, n)| Row {
            id: n.id,
            kind: n.kind,
            english: said.is_none(),
            message: said.unwrap_or(n.message),
            link: n.link,
            at: n.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            read: n.read_at.is_some(),
        })
        .collect();
    render(&NoticesPage {
        csrf: user.csrf().to_owned(),
        rows,
        total: found.total,
        page: found.page,
        pages,
        unread_only,
        prev: (found.page > 1).then(|| href(found.page - 1)),
        next: (found.page < pages).then(|| href(found.page + 1)),
        layout: ctx.layout.translated(),
    })
}

/// The plan and year the page was looking at, sent back by its forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Viewed {
    plan: String,
    year: String,
}

impl Viewed {
    fn back(&self, msg: String) -> Response {
        let year = self.year.trim();
        let back = if self.plan.is_empty() || year.parse::<i32>().is_err() {
            "/notifications".to_owned()
        } else {
            let q = serde_urlencoded::to_string([("plan", self.plan.as_str()), ("year", year)]).unwrap_or_default();
            format!("/notifications?{q}")
        };
        frame::done(&back, &msg)
    }
}

async fn read_one(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(v): CsrfForm<Viewed>,
) -> PageResult<Response> {
    notifications::mark_read(&st.writer, &user.0, Which::One(id)).await?;
    Ok(v.back(language::text("notices-marked-one")))
}

async fn read_all(State(st): State<AppState>, user: PageUser, CsrfForm(v): CsrfForm<Viewed>) -> PageResult<Response> {
    let n = notifications::mark_read(&st.writer, &user.0, Which::All).await?;
    Ok(v.back(language::text_with("notices-marked", &[("count", n.into())])))
}
