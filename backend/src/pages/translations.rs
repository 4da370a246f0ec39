//! The office's form for a framework record's text in the other official languages
//! (`/translations/{kind}/{key}`, e.g. `/translations/node/SP2028-2031/G1`): one fieldset a language,
//! each at the version it was read at, saved together through [`translations::put_all`]. A plain form:
//! no script, every field labelled, the texts typed in their own language and direction.

use super::forms::{CsrfForm, Refusal};
use super::frame;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::language::Lang;
use crate::models::finance_rows::PROVENANCES;
use crate::models::translations::{self, Kind, PutTranslation, Subject};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use std::collections::HashMap;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/translations/{kind}/{*key}", get(edit_page).post(save))
}

/// One language's fieldset.
struct Fieldset {
    lang: Lang,
    name: String,
    definition: String,
    provenance: String,
    source: String,
    version: i32,
}

#[derive(Template)]
#[template(path = "translations_form.html")]
struct EditPage {
    layout: Layout,
    csrf: String,
    action: String,
    /// How the record is named (`node G1 of plan SP2028-2031`), in the reader's language.
    label: String,
    /// Where the record is shown (the node's or indicator's page), if it has one.
    back: Option<String>,
    english_name: String,
    english_definition: Option<String>,
    has_definition: bool,
    provenances: &'static [&'static str],
    langs: Vec<Fieldset>,
}

/// The subject a form address names, or 404.
fn subject(kind: &str, key: &str) -> Result<Subject, PageError> {
    Kind::parse(kind)
        .and_then(|k| Subject::from_key(k, key).ok())
        .ok_or_else(|| {
            PageError::App(AppError::not_found(crate::error::Said::new(
                "said-what-subject",
                [("kind", kind.into()), ("key", key.into())],
            )))
        })
}

/// The record's page, where the form returns after saving.
fn record_page(subject: &Subject) -> Option<String> {
    let q = |plan: &str| serde_urlencoded::to_string([("plan", plan)]).unwrap_or_default();
    match subject {
        Subject::Node(plan, code) => Some(format!("/framework/{code}?{}", q(plan))),
        Subject::Indicator(plan, code) => Some(format!("/indicators/{code}?{}", q(plan))),
        Subject::Plan(plan) => Some(format!("/framework?{}", q(plan))),
        _ => None,
    }
}

async fn edit_page(
    State(st): State<AppState>,
    user: PageUser,
    Path((kind, key)): Path<(String, String)>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    if user.0.role != Role::Admin {
        return Err(PageError::App(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-translations",
            [],
        ))));
    }
    let subject = subject(&kind, &key)?;
    let ctx = context(&st, &user, "/framework", &q).await?;
    let t = translations::of_subject(&st.db, &user.0, &subject).await?;
    let langs = translations::languages()
        .map(|lang| {
            let row = t.of(lang);
            Fieldset {
                lang,
                name: row.and_then(|r| r.name.clone()).unwrap_or_default(),
                definition: row.and_then(|r| r.definition.clone()).unwrap_or_default(),
                provenance: row.map_or_else(|| "entered".to_owned(), |r| r.provenance.clone()),
                source: row.map(|r| r.source.clone()).unwrap_or_default(),
                version: row.map_or(0, |r| r.version),
            }
        })
        .collect();
    render(&EditPage {
        csrf: user.csrf().to_owned(),
        action: format!("/translations/{kind}/{key}"),
        label: t.found.label.text(crate::language::current()),
        back: record_page(&subject),
        english_name: t.found.name.clone(),
        has_definition: t.found.kind.has_definition(),
        english_definition: t.found.definition.clone().filter(|d| !d.is_empty()),
        provenances: PROVENANCES,
        langs,
        layout: ctx.layout.translated(),
    })
}

async fn save(
    State(st): State<AppState>,
    user: PageUser,
    Path((kind, key)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<HashMap<String, String>>,
) -> PageResult<Response> {
    let subject = subject(&kind, &key)?;
    let here = format!("/translations/{kind}/{key}");
    let field = |name: &str, lang: Lang| f.get(&format!("{name}_{}", lang.code())).cloned();
    // A language whose fieldset was not sent (no version field) is left as it is.
    let entries: Vec<(String, PutTranslation)> = translations::languages()
        .filter(|lang| f.contains_key(&format!("version_{}", lang.code())))
        .map(|lang| {
            let body = PutTranslation {
                name: field("name", lang),
                definition: field("definition", lang),
                provenance: field("provenance", lang),
                source: field("source", lang),
                // A fieldset read with no translation sends 0: someone else's meanwhile is then a conflict.
                version: Some(field("version", lang).and_then(|v| v.trim().parse().ok()).unwrap_or(0)),
            };
            (lang.code().to_owned(), body)
        })
        .collect();
    match translations::put_all(&st.db, &user.0, &subject, &entries).await {
        Ok(_) => Ok(frame::done(
            &record_page(&subject).unwrap_or(here),
            &crate::language::text("translation-saved"),
        )),
        Err(e) => {
            let why = Refusal::of(e)?;
            Ok(frame::refused(&here, &why.sentence("The translations")))
        }
    }
}
