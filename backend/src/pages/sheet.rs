//! An indicator's reference sheet: a page of its own that prints well (the stylesheet's print rules
//! hide the frame), and the office's form to change it through the one indicator update use case. The
//! sheet's texts are never a framework revision, so the form asks for no decision.

use super::forms::{CsrfForm, Refusal};
use super::frame;
use super::indicator::{sheet_heading, sheet_rows};
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::fixed::Fixed;
use crate::models::indicators::{self, ReferenceSheet, SheetOf, UpdateIndicator};
use crate::models::patching::Claim;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/indicators/{code}/sheet", get(sheet_page))
        .route("/indicators/{code}/sheet/edit", get(edit_page).post(save))
}

#[derive(Template)]
#[template(path = "sheet.html")]
struct SheetPage {
    layout: Layout,
    plan: String,
    code: String,
    name: String,
    node: String,
    facts: Vec<(&'static str, String)>,
    parts: Vec<(&'static str, String)>,
    can_edit: bool,
}

#[derive(Template)]
#[template(path = "sheet_edit.html")]
struct EditPage {
    layout: Layout,
    csrf: String,
    plan: String,
    code: String,
    name: String,
    version: i32,
    parts: Vec<(&'static str, &'static str, String)>,
}

fn dec(v: Option<Fixed>, y: Option<i32>) -> String {
    match (v, y) {
        (Some(v), Some(y)) => format!("{} ({y})", super::dashboard::thousands(v.to_decimal())),
        (Some(v), None) => super::dashboard::thousands(v.to_decimal()),
        _ => "—".to_owned(),
    }
}

async fn sheet_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/indicators", &q).await?;
    let SheetOf {
        plan,
        indicator: i,
        node,
        sheet,
    } = indicators::read_sheet(&st.db, &user.0, (&ctx.plan.code, &code)).await?;
    let word = |kind: &str, code: &str| super::word(ctx.layout.lang, kind, code);
    render(&SheetPage {
        facts: vec![
            ("indp-definition", i.definition.clone()),
            ("indp-unit", word("iunit", &i.unit)),
            ("indp-direction", word("direction", &i.direction)),
            ("indp-aggregation", word("aggregation", &i.aggregation)),
            ("indp-baseline", dec(i.baseline_value, i.baseline_year)),
            ("indp-end-target", dec(i.target_value, i.target_year)),
            ("indp-data-source", i.data_source.clone()),
            ("indp-frequency", word("freq", &i.frequency)),
        ],
        parts: sheet_rows(&sheet),
        can_edit: user.0.role == Role::Admin,
        node: format!("{} {}", node.0, node.1),
        plan,
        code: i.code,
        name: i.name,
        layout: ctx.layout.translated(),
    })
}

async fn edit_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    if user.0.role != Role::Admin {
        return Err(PageError::App(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-sheets",
            [],
        ))));
    }
    let ctx = context(&st, &user, "/indicators", &q).await?;
    let s = indicators::read_sheet(&st.db, &user.0, (&ctx.plan.code, &code)).await?;
    render(&EditPage {
        csrf: user.csrf().to_owned(),
        parts: s
            .sheet
            .parts()
            .iter()
            .map(|(key, _, text)| (*key, sheet_heading(key), text.unwrap_or_default().to_owned()))
            .collect(),
        plan: s.plan,
        version: s.indicator.version,
        code: s.indicator.code,
        name: s.indicator.name,
        layout: ctx.layout.translated(),
    })
}

/// The sheet form: the version read and the six texts.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SheetForm {
    plan: String,
    version: String,
    rationale: String,
    method: String,
    disaggregation: String,
    limitations: String,
    quality_assurance: String,
    target_rationale: String,
}

async fn save(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<SheetForm>,
) -> PageResult<Response> {
    let plan_q = serde_urlencoded::to_string([("plan", f.plan.as_str())]).unwrap_or_default();
    let back = format!("/indicators/{code}/sheet/edit?{plan_q}");
    let version = f.version.trim().parse::<i32>().ok();
    let text = |t: String| Some(t).filter(|t| !t.trim().is_empty());
    let body = UpdateIndicator {
        version,
        reference_sheet: Some(ReferenceSheet {
            rationale: text(f.rationale),
            method: text(f.method),
            disaggregation: text(f.disaggregation),
            limitations: text(f.limitations),
            quality_assurance: text(f.quality_assurance),
            target_rationale: text(f.target_rationale),
        }),
        ..Default::default()
    };
    if let Err(e) = crate::limits::enforce(&body) {
        return refused(&back, e);
    }
    match indicators::update(&st.db, &user.0, (&f.plan, &code), Claim::new(None, version), body).await {
        Ok(p) => Ok(frame::done(
            &format!("/indicators/{code}/sheet?{plan_q}"),
            &crate::language::text_with("sheets-saved", &[("code", p.indicator.code.as_str().into())]),
        )),
        Err(e) => refused(&back, e),
    }
}

/// Back to the form with what was refused; a refusal of the right itself is the 403 page.
fn refused(to: &str, e: AppError) -> PageResult<Response> {
    let why = match Refusal::of(e)? {
        Refusal::Conflict(d) => {
            format!("someone else changed the indicator meanwhile ({d}); the form now shows the current sheet")
        }
        other => other.said(),
    };
    Ok(frame::refused(
        to,
        &format!("{} {why}", crate::language::text("sheets-not-saved")),
    ))
}
