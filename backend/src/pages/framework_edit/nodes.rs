//! Creating, editing and retiring a result node (the office): its place in the tree, owner and kind,
//! and its weighted links to goals and targets, whose weights must sum to 1 (summed as they are typed by
//! `static/weights.js`, and checked by the use case, [`crate::models::nodes::goal_links`]). Retiring
//! deletes the node, which the use case refuses while anything depends on it, naming what: the model
//! keeps no retired flag, and a node that nothing uses leaves no trace but its audit entries.

use super::mandates::{Linked, MandateChoice, choices, linked};
use super::office_only;
use crate::error::AppError;
use crate::models::nodes::goal_links::is_goal_side;
use crate::models::nodes::{self, CreateNode, GoalLink, LEVELS, OUTPUT_KINDS, UpdateNode};
use crate::models::patching::Claim;
use crate::models::plans;
use crate::pages::forms::{CsrfForm, Filled, FormPairs, Problem, Refusal, fixed, whole};
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of the node forms.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/framework/nodes/new", get(new_page).post(create))
        .route("/framework/nodes/edit", get(pick))
        .route("/framework/{code}/edit", get(edit_page).post(update))
        .route("/framework/{code}/retire", post(retire))
}

/// A node to choose (as parent or link target).
pub struct Choice {
    code: String,
    label: String,
}

/// One link row of the form, as typed.
#[derive(Default, Clone)]
pub struct LinkRow {
    to: String,
    weight: String,
}

/// What the node form shows and keeps between submits.
#[derive(Default, Clone)]
struct Fields {
    code: String,
    level: String,
    name: String,
    description: String,
    parent: String,
    owner_unit: String,
    output_kind: String,
    sort_order: String,
    links: Vec<LinkRow>,
    version: String,
}

#[derive(Template)]
#[template(path = "node_form.html")]
struct NodeForm {
    layout: Layout,
    csrf: String,
    plan: String,
    /// `None` for a new node, else its code.
    editing: Option<String>,
    f: Fields,
    levels: Vec<&'static str>,
    kinds: Vec<&'static str>,
    parents: Vec<Choice>,
    goals: Vec<Choice>,
    units: Vec<String>,
    problems: Vec<Problem>,
    mandates: Vec<Linked>,
    mandate_choices: Vec<MandateChoice>,
    mandate_owner: &'static str,
}

/// The plan's nodes as parent choices and its goals and targets as link targets, and the unit codes.
async fn lists(st: &AppState, user: &PageUser, plan: &str) -> PageResult<(Vec<Choice>, Vec<Choice>, Vec<String>)> {
    let ev = plans::tree(&st.db, &st.evaluations, &user.0, plan, None).await?;
    let choice = |n: &crate::models::nodes::Node| Choice {
        code: n.code.clone(),
        label: format!("{} — {} ({})", n.code, n.name, n.level.replace('_', " ")),
    };
    let parents = ev.nodes.iter().map(choice).collect();
    let goals = ev.nodes.iter().filter(|n| is_goal_side(&n.level)).map(choice).collect();
    let mut units: Vec<String> = crate::models::units::codes(&st.db).await?.into_values().collect();
    units.sort();
    Ok((parents, goals, units))
}

/// Link rows: those given, then empty ones up to at least three, with one spare.
fn padded(mut links: Vec<LinkRow>) -> Vec<LinkRow> {
    let n = (links.len() + 1).max(3);
    links.resize(n, LinkRow::default());
    links
}

async fn form(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    editing: Option<String>,
    filled: Filled<Fields>,
) -> PageResult<Response> {
    let ctx = context(st, user, "/framework", q).await?;
    let (parents, goals, units) = lists(st, user, &ctx.plan.code).await?;
    let (mandates, mandate_choices) = match &editing {
        Some(code) => (
            linked(st, user, &ctx.plan.code, super::mandates::Kind::Node, code).await?,
            choices(st, user).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let page = NodeForm {
        csrf: user.csrf().to_owned(),
        plan: ctx.plan.code.clone(),
        editing,
        f: Fields {
            links: padded(filled.typed.links.clone()),
            ..filled.typed.clone()
        },
        levels: LEVELS.to_vec(),
        kinds: OUTPUT_KINDS.to_vec(),
        parents,
        goals,
        units,
        mandates,
        mandate_choices,
        mandate_owner: "node",
        layout: ctx.layout.translated(),
        problems: filled.problems(),
    };
    Ok(filled.answer(render(&page)?))
}

async fn new_page(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    office_only(&user)?;
    let f = Fields {
        level: "output".into(),
        sort_order: "0".into(),
        ..Fields::default()
    };
    form(&st, &user, &q, None, Filled::fresh(f)).await
}

/// The node chosen in the framework page's "edit a node" list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Pick {
    plan: String,
    node: String,
}

async fn pick(user: PageUser, Query(p): Query<Pick>) -> PageResult<Response> {
    office_only(&user)?;
    let plan = serde_urlencoded::to_string([("plan", p.plan.as_str())]).unwrap_or_default();
    let code = serde_urlencoded::to_string([("", p.node.as_str())]).unwrap_or_default();
    Ok(Redirect::to(&format!("/framework/{}/edit?{plan}", code.trim_start_matches('='))).into_response())
}

async fn edit_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    office_only(&user)?;
    let plan = context(&st, &user, "/framework", &q).await?.plan.code;
    let d = nodes::detail(&st.db, &st.evaluations, &user.0, (&plan, &code), None).await?;
    let n = d.node;
    let f = Fields {
        code: n.code.clone(),
        level: n.level,
        name: n.name,
        description: n.description,
        parent: n.parent.unwrap_or_default(),
        owner_unit: n.owner_unit.unwrap_or_default(),
        output_kind: n.output_kind.unwrap_or_default(),
        sort_order: n.sort_order.to_string(),
        links: d
            .contributes_to
            .iter()
            .filter(|l| {
                d.evaluation
                    .nodes
                    .iter()
                    .any(|t| t.code == l.to && is_goal_side(&t.level))
            })
            .map(|l| LinkRow {
                to: l.to.clone(),
                weight: l.weight.map(|w| w.normalize().to_string()).unwrap_or_default(),
            })
            .collect(),
        version: n.version.to_string(),
    };
    form(&st, &user, &q, Some(n.code), Filled::fresh(f)).await
}

/// Reads the form's fields (link rows in order: `link_to` and `link_weight` pairs).
fn fields_of(p: &FormPairs) -> Fields {
    let tos: Vec<String> = p
        .iter()
        .filter(|(k, _)| k == "link_to")
        .map(|(_, v)| v.clone())
        .collect();
    let weights: Vec<String> = p
        .iter()
        .filter(|(k, _)| k == "link_weight")
        .map(|(_, v)| v.clone())
        .collect();
    let links = tos
        .into_iter()
        .zip(weights)
        .map(|(to, weight)| LinkRow { to, weight })
        .filter(|l| !(l.to.trim().is_empty() && l.weight.trim().is_empty()))
        .collect();
    Fields {
        code: p.get("code"),
        level: p.get("level"),
        name: p.get("name"),
        description: p.get("description"),
        parent: p.get("parent"),
        owner_unit: p.get("owner_unit"),
        output_kind: p.get("output_kind"),
        sort_order: p.get("sort_order"),
        links,
        version: p.get("version"),
    }
}

/// The link rows as the use case takes them; a row with a target but no readable weight (or the
/// reverse) is named by its row.
fn links_of(f: &Fields) -> Result<Vec<GoalLink>, AppError> {
    let mut reads = super::Reads::default();
    let mut out = Vec::new();
    for (i, l) in f.links.iter().enumerate() {
        if l.to.trim().is_empty() {
            reads.take::<()>(Err(AppError::field(
                format!("contributes_to[{i}].to"),
                crate::error::Said::new("said-required-with-weight", []),
            )));
            continue;
        }
        let field = format!("contributes_to[{i}].weight");
        match reads.take(fixed(&field, &l.weight)) {
            Some(weight) => out.push(GoalLink {
                to: l.to.trim().to_owned(),
                weight,
            }),
            None if l.weight.trim().is_empty() => {
                reads.take::<()>(Err(AppError::field(field, crate::error::Said::required())));
            }
            None => {}
        }
    }
    reads.finish().map(|()| out)
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned)
}

fn node_link(plan: &str, code: &str) -> String {
    let q = serde_urlencoded::to_string([("plan", plan)]).unwrap_or_default();
    format!("/framework?{q}#node-{code}")
}

async fn create(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let p = FormPairs::checked(&user, &body)?;
    office_only(&user)?;
    let plan = p.get("plan");
    let f = fields_of(&p);
    let q = ContextQuery {
        plan: Some(plan.clone()),
        ..q
    };
    let result = match links_of(&f) {
        Ok(links) => {
            let body = CreateNode {
                code: f.code.trim().to_owned(),
                level: f.level.clone(),
                name: f.name.clone(),
                description: f.description.clone(),
                parent: opt(&f.parent),
                owner_unit: opt(&f.owner_unit),
                output_kind: opt(&f.output_kind),
                sort_order: f.sort_order.trim().parse().unwrap_or(0),
                contributes_to: links,
            };
            nodes::create(&st.db, &user.0, &plan, &body).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(n) => Ok(frame::done(
            &node_link(&plan, &n.code),
            &crate::language::text_with(
                "nodeform-done-added",
                &[
                    (
                        "level",
                        crate::pages::word(crate::language::current(), "level", &n.level).into(),
                    ),
                    ("code", n.code.as_str().into()),
                    ("plan", plan.as_str().into()),
                ],
            ),
        )),
        Err(e) => form(&st, &user, &q, None, Filled::refused(f, e)?).await,
    }
}

async fn update(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let p = FormPairs::checked(&user, &body)?;
    office_only(&user)?;
    let plan = p.get("plan");
    let mut f = fields_of(&p);
    f.code.clone_from(&code);
    let q = ContextQuery {
        plan: Some(plan.clone()),
        ..q
    };
    let result = match (links_of(&f), whole("version", &f.version)) {
        (Ok(links), Ok(version)) => {
            let body = UpdateNode {
                version: Some(version),
                name: Some(f.name.clone()),
                description: Some(f.description.clone()),
                parent: Some(opt(&f.parent)),
                owner_unit: Some(opt(&f.owner_unit)),
                output_kind: Some(opt(&f.output_kind)),
                sort_order: f.sort_order.trim().parse().ok(),
                contributes_to: Some(links),
            };
            nodes::update(&st.db, &user.0, (&plan, &code), Claim::new(None, Some(version)), &body).await
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match result {
        Ok(n) => Ok(frame::done(
            &node_link(&plan, &n.code),
            &crate::language::text_with("nodeform-done-saved", &[("code", n.code.as_str().into())]),
        )),
        Err(e) => form(&st, &user, &q, Some(code), Filled::refused(f, e)?).await,
    }
}

/// The retire button's form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RetireForm {
    plan: String,
    version: String,
}

async fn retire(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    CsrfForm(f): CsrfForm<RetireForm>,
) -> PageResult<Response> {
    let claim = Claim::new(f.version.trim().parse::<i32>().ok().map(|v| v.to_string()), None);
    match nodes::delete(&st.db, &user.0, (&f.plan, &code), claim).await {
        Ok(()) => {
            let q = serde_urlencoded::to_string([("plan", f.plan.as_str())]).unwrap_or_default();
            Ok(frame::done(
                &format!("/framework?{q}"),
                &crate::language::text_with(
                    "nodeform-done-retired",
                    &[("code", code.as_str().into()), ("plan", f.plan.as_str().into())],
                ),
            ))
        }
        Err(e) => {
            let why = Refusal::of(e)?.said();
            let q = serde_urlencoded::to_string([("plan", f.plan.as_str())]).unwrap_or_default();
            Ok(frame::refused(
                &format!("/framework/{code}/edit?{q}"),
                &crate::language::text_with(
                    "nodeform-not-retired",
                    &[("code", code.as_str().into()), ("why", why.into())],
                ),
            ))
        }
    }
}
