//! The mandates page: the resolutions, decisions, SDG targets and WSIS action lines behind the plan,
//! each with the nodes and indicators that refer to it (everyone reads it); and the office's forms that
//! add or remove a link from a node or an indicator (drawn on the node and indicator edit pages).

use super::office_only;
use crate::error::AppError;
use crate::models::mandates::{self, AddMandateLink, MandateListParams, Owner};
use crate::pages::forms::{CsrfForm, Refusal};
use crate::pages::listing::{Pager, page_of};
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of the mandates page and the link forms.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/mandates", get(mandates_page))
        .route("/mandates/links", post(add))
        .route("/mandates/links/remove", post(remove))
}

/// What a link hangs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A result node.
    Node,
    /// An indicator.
    Indicator,
}

impl Kind {
    fn parse(s: &str) -> Result<Kind, AppError> {
        match s {
            "node" => Ok(Kind::Node),
            "indicator" => Ok(Kind::Indicator),
            other => Err(AppError::field(
                "owner",
                crate::error::Said::new("said-not-node-or-indicator", [("sent", other.into())]),
            )),
        }
    }

    fn owner<'a>(self, plan: &'a str, code: &'a str) -> Owner<'a> {
        match self {
            Kind::Node => Owner::Node(plan, code),
            Kind::Indicator => Owner::Indicator(plan, code),
        }
    }

    /// The edit page of the owner, where the link forms are.
    fn page(self, plan: &str, code: &str) -> String {
        let q = serde_urlencoded::to_string([("plan", plan)]).unwrap_or_default();
        match self {
            Kind::Node => format!("/framework/{code}/edit?{q}#mandates"),
            Kind::Indicator => format!("/indicators/{code}/edit?{q}#mandates"),
        }
    }
}

/// A mandate linked to the node or indicator being edited.
pub struct Linked {
    /// resolution, decision, sdg or wsis.
    pub vocabulary: String,
    /// Code in the vocabulary.
    pub code: String,
    /// Title.
    pub title: String,
}

/// A mandate the office may link.
pub struct MandateChoice {
    /// `vocabulary|code`.
    pub value: String,
    /// What the option says.
    pub label: String,
}

/// Everything a page may show at once: the mandates are a short list (dozens), never thousands.
const ALL: u64 = 500;

fn all() -> MandateListParams {
    MandateListParams {
        vocabulary: None,
        q: None,
        page: Some(1),
        per_page: Some(ALL),
        sort: None,
    }
}

/// The mandates `kind` `code` of `plan` refers to.
pub async fn linked(st: &AppState, user: &PageUser, plan: &str, kind: Kind, code: &str) -> PageResult<Vec<Linked>> {
    let (items, ..) = mandates::list(&st.db, &user.0, Some(kind.owner(plan, code)), all()).await?;
    Ok(items
        .into_iter()
        .map(|m| Linked {
            vocabulary: m.vocabulary,
            code: m.code,
            title: m.title,
        })
        .collect())
}

/// Every mandate, as choices of the add form (`vocabulary|code`).
pub async fn choices(st: &AppState, user: &PageUser) -> PageResult<Vec<MandateChoice>> {
    let (items, ..) = mandates::list(&st.db, &user.0, None, all()).await?;
    Ok(items
        .into_iter()
        .map(|m| MandateChoice {
            value: format!("{}|{}", m.vocabulary, m.code),
            label: format!("{} {} — {}", m.vocabulary, m.code, m.title),
        })
        .collect())
}

/// One mandate on the page with what refers to it.
struct Row {
    vocabulary: String,
    code: String,
    title: String,
    nodes: Vec<String>,
    indicators: Vec<String>,
}

#[derive(Template)]
#[template(path = "mandates.html")]
struct MandatesPage {
    layout: Layout,
    plan: String,
    vocabularies: Vec<&'static str>,
    vocabulary: String,
    search: String,
    rows: Vec<Row>,
    pager: Pager,
}

/// The page's filters.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    vocabulary: String,
    q: String,
    page: String,
    per_page: String,
}

async fn mandates_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/mandates", &q).await?;
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let vocabulary = Some(f.vocabulary.trim().to_owned()).filter(|v| !v.is_empty());
    let params = MandateListParams {
        vocabulary: vocabulary.clone(),
        q: Some(f.q.trim().to_owned()).filter(|v| !v.is_empty()),
        page: Some(page),
        per_page: Some(per_page),
        sort: None,
    };
    let (items, total, page, per_page) = mandates::list(&st.db, &user.0, None, params).await?;
    let ids: Vec<i32> = items.iter().map(|m| m.id).collect();
    let mut uses = mandates::uses(&st.db, &user.0, &ctx.plan.code, &ids).await?;
    let rows = items
        .into_iter()
        .map(|m| {
            let u = uses.remove(&m.id).unwrap_or_default();
            Row {
                vocabulary: m.vocabulary,
                code: m.code,
                title: m.title,
                nodes: u.nodes,
                indicators: u.indicators,
            }
        })
        .collect();
    let pager = Pager::new(
        "/mandates",
        &[
            ("plan", &ctx.plan.code),
            ("vocabulary", vocabulary.as_deref().unwrap_or("")),
            ("q", f.q.trim()),
        ],
        (total, page, per_page),
        "mandates",
    );
    render(&MandatesPage {
        plan: ctx.plan.code.clone(),
        vocabularies: vec!["resolution", "decision", "sdg", "wsis"],
        vocabulary: vocabulary.unwrap_or_default(),
        search: f.q.trim().to_owned(),
        rows,
        pager,
        layout: ctx.layout.translated(),
    })
}

/// The add and remove forms: whose link (`owner` node or indicator, its `code` in `plan`) and which
/// mandate (`vocabulary|code`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LinkForm {
    plan: String,
    owner: String,
    code: String,
    mandate: String,
}

/// The owner and the mandate a link form names.
fn read(f: &LinkForm) -> Result<(Kind, AddMandateLink), AppError> {
    let kind = Kind::parse(&f.owner)?;
    let (vocabulary, code) = f
        .mandate
        .split_once('|')
        .ok_or_else(|| AppError::field("mandate", crate::error::Said::new("said-choose-mandate", [])))?;
    Ok((
        kind,
        AddMandateLink {
            vocabulary: vocabulary.to_owned(),
            code: code.to_owned(),
        },
    ))
}

/// What a link form's refusal says after "The link was not added: ".
fn refusal(e: AppError) -> PageResult<String> {
    Ok(Refusal::of(e)?.said())
}

async fn add(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<LinkForm>) -> PageResult<Response> {
    office_only(&user)?;
    let (kind, body) = read(&f)?;
    let to = kind.page(&f.plan, &f.code);
    match mandates::add(&st.db, &user.0, kind.owner(&f.plan, &f.code), &body).await {
        Ok(m) => Ok(frame::done(
            &to,
            &crate::language::text_with(
                "mlinks-done-added",
                &[
                    ("code", f.code.as_str().into()),
                    ("vocabulary", m.vocabulary.as_str().into()),
                    ("mandate", m.code.as_str().into()),
                ],
            ),
        )),
        Err(e) => Ok(frame::refused(
            &to,
            &crate::language::text_with("mlinks-not-added", &[("why", refusal(e)?.into())]),
        )),
    }
}

async fn remove(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<LinkForm>) -> PageResult<Response> {
    office_only(&user)?;
    let (kind, body) = read(&f)?;
    let to = kind.page(&f.plan, &f.code);
    match mandates::remove(
        &st.db,
        &user.0,
        kind.owner(&f.plan, &f.code),
        (&body.vocabulary, &body.code),
    )
    .await
    {
        Ok(()) => Ok(frame::done(
            &to,
            &crate::language::text_with(
                "mlinks-done-removed",
                &[
                    ("code", f.code.as_str().into()),
                    ("vocabulary", body.vocabulary.as_str().into()),
                    ("mandate", body.code.as_str().into()),
                ],
            ),
        )),
        Err(e) => Ok(frame::refused(
            &to,
            &crate::language::text_with("mlinks-not-removed", &[("why", refusal(e)?.into())]),
        )),
    }
}
