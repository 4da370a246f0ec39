//! The plans: every plan with its period, status and predecessor. The office adopts a draft plan,
//! closes an adopted one (locking its years) and clones a plan as the next period's draft, through the
//! same use cases as the API (`models::plans::lifecycle`, `models::plans::next`); everyone else reads.

use super::forms::CsrfForm;
use super::periods::refused;
use super::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::auth::Role;
use crate::language::text_with;
use crate::models::patching::Claim;
use crate::models::plans::lifecycle::{self, ADOPTED, DRAFT, PlanStep};
use crate::models::plans::{self, next};
use crate::models::translations::{self, Kind};
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
        .route("/plans", get(plans_page))
        .route("/plans/{code}/adopt", post(adopt))
        .route("/plans/{code}/close", post(close))
        .route("/plans/{code}/clone", post(clone_next))
}

/// One plan as the page lists it.
struct PlanRow {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    resolution: String,
    years: String,
    status: String,
    predecessor: String,
    successor: String,
    version: i32,
    /// The period a clone would cover, when no plan follows this one yet.
    next_years: Option<String>,
    draft: bool,
    adopted: bool,
}

#[derive(Template)]
#[template(path = "plans.html")]
struct PlansPage {
    layout: Layout,
    csrf: String,
    is_admin: bool,
    rows: Vec<PlanRow>,
}

async fn plans_page(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    let ctx = context(&st, &user, "/plans", &q).await?;
    let all = plans::list(&st.db, &user.0).await?;
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let code_of = |id: Option<i32>| {
        id.and_then(|id| all.iter().find(|p| p.id == id))
            .map(|p| p.code.clone())
            .unwrap_or_default()
    };
    let rows = all
        .iter()
        .map(|p| {
            let successor = all
                .iter()
                .find(|s| s.predecessor_id == Some(p.id))
                .map(|s| s.code.clone())
                .unwrap_or_default();
            let (start, end) = next::next_years(p);
            PlanRow {
                code: p.code.clone(),
                name: super::framework_text(names.lang(), &names.name(Kind::Plan, p.id, &p.name)),
                resolution: p.resolution.clone(),
                years: format!("{}-{}", p.start_year, p.end_year),
                status: p.status.clone(),
                predecessor: code_of(p.predecessor_id),
                next_years: successor.is_empty().then(|| format!("{start}-{end}")),
                successor,
                version: p.version,
                draft: p.status == DRAFT,
                adopted: p.status == ADOPTED,
            }
        })
        .collect();
    render(&PlansPage {
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        rows,
        layout: ctx.layout.translated(),
    })
}

/// The adopt and close forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct StepForm {
    version: String,
    note: String,
}

impl StepForm {
    fn step(self) -> PlanStep {
        PlanStep {
            version: self.version.trim().parse().ok(),
            note: Some(self.note),
        }
    }
}

const BACK: &str = "/plans";

async fn adopt(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<StepForm>,
) -> PageResult<Response> {
    let body = f.step();
    match lifecycle::adopt(&st.db, &user.0, &code, Claim::new(None, body.version), &body).await {
        Ok(p) => Ok(frame::done(
            BACK,
            &text_with("plans-adopted", &[("code", p.code.as_str().into())]),
        )),
        Err(e) => refused(
            BACK,
            &text_with("plans-not-adopted", &[("code", code.as_str().into())]),
            e,
        ),
    }
}

async fn close(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<StepForm>,
) -> PageResult<Response> {
    let body = f.step();
    match lifecycle::close(&st.db, &user.0, &code, Claim::new(None, body.version), &body).await {
        Ok((p, locked)) => {
            let said = if locked.is_empty() {
                text_with("plans-closed-none", &[("code", p.code.as_str().into())])
            } else {
                let years = locked.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
                text_with(
                    "plans-closed",
                    &[("code", p.code.as_str().into()), ("years", years.into())],
                )
            };
            Ok(frame::done(BACK, &said))
        }
        Err(e) => refused(
            BACK,
            &text_with("plans-not-closed", &[("code", code.as_str().into())]),
            e,
        ),
    }
}

async fn clone_next(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(_): CsrfForm,
) -> PageResult<Response> {
    match next::clone_next(&st.db, &user.0, &code).await {
        Ok(made) => {
            let made_text = text_with(
                "plans-cloned",
                &[
                    ("code", made.plan.code.as_str().into()),
                    ("from", made.predecessor.as_str().into()),
                    ("nodes", made.nodes.into()),
                    ("links", made.links.into()),
                    ("indicators", made.indicators.into()),
                    ("baselines", made.baselines_from_values.into()),
                ],
            );
            let kept = if made.baselines_kept.is_empty() {
                String::new()
            } else {
                format!(
                    " {}",
                    text_with("plans-kept-baseline", &[("count", made.baselines_kept.len().into())])
                )
            };
            let then = crate::language::text("plans-cloned-then");
            Ok(frame::done(BACK, &format!("{made_text}{kept} {then}")))
        }
        Err(e) => refused(
            BACK,
            &text_with("plans-not-cloned", &[("code", code.as_str().into())]),
            e,
        ),
    }
}
