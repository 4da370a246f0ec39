//! The framework explorer: the tree with each node's roll-up and cost ([`crate::models::cost`]), drill-down to
//! indicators, filters by unit and status.

use super::dashboard::thousands;
use super::indicator::{AsOfQuery, ChangeRow, change_rows};
use super::listing::{Pager, page_of};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::fixed::Fixed;
use crate::language::Lang;
use crate::models::cache::Derived;
use crate::models::evaluation::Evaluation;
use crate::models::framework::{self, Node};
use crate::models::indicators::{self, IndicatorListParams};
use crate::models::plan_history::{self, PlanAsOf};
use crate::models::translations::{self, Kind, Lookup};
use crate::state::AppState;
use crate::status::Status;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/framework", get(framework))
        .route("/framework/{code}", get(super::node::node_page))
}

/// An indicator line in the tree.
pub struct IndRow {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    baseline: String,
    expected: String,
    actual: String,
    target: String,
    status: &'static str,
}

/// A node line in the tree.
pub struct NodeRow {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    level: String,
    unit: Option<String>,
    depth: usize,
    illustrative: bool,
    bar: Vec<(&'static str, u32)>,
    bar_label: String,
    cost: Option<String>,
    indicators: Vec<IndRow>,
}

#[derive(Template)]
#[template(path = "framework.html")]
struct FrameworkPage {
    layout: Layout,
    plan: String,
    plan_name: String,
    year: i32,
    units: Vec<String>,
    unit: String,
    statuses: Vec<&'static str>,
    status: String,
    tree: Arc<Tree>,
    search: String,
    found: Vec<Found>,
    pager: Option<Pager>,
    as_of: String,
    changes: Vec<(String, ChangeRow)>,
    /// The office's node choices for "edit a node" (empty for everyone else, who get no editing links).
    edit_nodes: Vec<(String, String)>,
}

/// An indicator a search found.
pub struct Found {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    node: String,
    owner: String,
    status: &'static str,
}

/// The tree of nodes and indicators, the same for every user: rendered once per data version and
/// filter, then served from the cache ([`crate::models::cache`]) until a write raises the version.
#[derive(Template)]
#[template(path = "framework_tree.html")]
struct TreeHtml<'a> {
    /// The reader's language: the tree's words and the names are in it (part of the cache key).
    layout: &'a Layout,
    plan: &'a str,
    year: i32,
    rows: Vec<NodeRow>,
}

/// The rendered tree.
struct Tree(String);

impl Derived for Tree {
    /// Plan id, year, the unit filtered on (by id, an unknown code filtering nothing), the status and
    /// the reader's language (the names are shown in it).
    type Key = (i32, i32, Option<i32>, Option<Status>, Lang);
}

#[derive(Debug, Default, Deserialize)]
struct Filters {
    unit: Option<String>,
    status: Option<String>,
}

/// A search of the indicators by code or name: a page of matches instead of the tree.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Search {
    q: String,
    page: String,
    per_page: String,
}

fn opt(d: Option<rust_decimal::Decimal>) -> String {
    d.map_or_else(|| "—".into(), thousands)
}

/// The counts of a roll-up in words in `lang`, e.g. "2 on track, 1 at risk".
fn bar_label(r: &crate::status::RollUp, lang: Lang) -> String {
    match Status::ALL
        .iter()
        .filter(|s| r.count(**s) > 0)
        .map(|s| {
            let word = super::word(lang, "status", s.as_str());
            let word = if lang == Lang::En { word.to_lowercase() } else { word };
            stratrack_i18n::text_with(
                lang,
                "fwk-bar-part",
                &[("count", r.count(*s).into()), ("status", word.into())],
            )
        })
        .collect::<Vec<_>>()
        .join(&stratrack_i18n::text(lang, "fwk-list-separator"))
    {
        l if l.is_empty() => stratrack_i18n::text(lang, "fwk-no-indicator"),
        l => l,
    }
}

fn rows(
    ev: &Evaluation,
    units: &HashMap<i32, String>,
    costs: &HashMap<i32, rust_decimal::Decimal>,
    f: &Filters,
    then: Option<&PlanAsOf>,
    names: &Lookup,
) -> Vec<NodeRow> {
    let html = |r: &crate::models::translations::Resolved| super::framework_text(names.lang(), r);
    let mut kids: HashMap<Option<i32>, Vec<&Node>> = HashMap::new();
    for n in &ev.nodes {
        kids.entry(n.parent_id).or_default().push(n);
    }
    if let Some(tops) = kids.get_mut(&None) {
        tops.sort_by_key(|n| super::level_rank(&n.level));
    }
    let unit_id = f
        .unit
        .as_deref()
        .filter(|u| !u.is_empty())
        .and_then(|c| units.iter().find(|(_, v)| v.as_str() == c).map(|(k, _)| *k));
    let status = f.status.as_deref().filter(|s| !s.is_empty()).and_then(Status::parse);
    let mut out = Vec::new();
    let mut stack: Vec<(usize, &Node)> = kids
        .get(&None)
        .map(|v| v.iter().rev().map(|n| (0, *n)).collect())
        .unwrap_or_default();
    while let Some((depth, n)) = stack.pop() {
        let r = ev.rollups.get(&n.id).cloned().unwrap_or_default();
        let total = r.total().max(1);
        let indicators: Vec<IndRow> = ev
            .indicators
            .iter()
            .filter(|i| i.node_id == n.id)
            .filter(|i| unit_id.is_none_or(|u| i.owner_unit_id == u))
            .filter_map(|i| {
                let a = ev.assessments.get(&i.id)?;
                if status.is_some_and(|s| s != a.status) {
                    return None;
                }
                // Baseline and target as of the day asked for; else as in force for the year.
                let shown = then.and_then(|t| t.indicators.get(&i.id)).unwrap_or(i);
                Some(IndRow {
                    code: i.code.clone(),
                    name: html(&names.name(Kind::Indicator, i.id, &i.name)),
                    baseline: opt(shown.baseline_value.map(Fixed::to_decimal)),
                    expected: opt(a.expected),
                    actual: match (a.actual, a.stale) {
                        (Some(v), true) => format!("{} ({})", thousands(v), a.actual_year.unwrap_or_default()),
                        (v, _) => opt(v),
                    },
                    target: opt(shown.target_value.map(Fixed::to_decimal)),
                    status: a.status.as_str(),
                })
            })
            .collect();
        let unit_match = unit_id.is_none_or(|u| n.owner_unit_id == Some(u) || !indicators.is_empty());
        let status_match = status.is_none_or(|s| r.count(s) > 0);
        if unit_match && status_match {
            out.push(NodeRow {
                code: n.code.clone(),
                name: html(&names.name(Kind::Node, n.id, &n.name)),
                level: super::word(names.lang(), "level", &n.level),
                unit: n.owner_unit_id.and_then(|u| units.get(&u).cloned()),
                depth,
                illustrative: n.provenance == "illustrative",
                bar: Status::ALL
                    .iter()
                    .map(|s| (s.as_str(), r.count(*s) * 100 / total))
                    .collect(),
                bar_label: bar_label(&r, names.lang()),
                cost: costs.get(&n.id).map(|c| thousands(*c)),
                indicators,
            });
        }
        if let Some(children) = kids.get(&Some(n.id)) {
            for c in children.iter().rev() {
                stack.push((depth + 1, c));
            }
        }
    }
    out
}

async fn framework(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
    Query(s): Query<Search>,
    Query(when): Query<AsOfQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/framework", &q).await?;
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let then = match when.day()? {
        Some(day) => Some(plan_history::plan_as_of(&st.db, &user.0, &ctx.plan, day).await?),
        None => None,
    };
    let search = s.q.trim().to_owned();
    let (found, pager) = if search.is_empty() {
        (Vec::new(), None)
    } else {
        let (page, per_page) = page_of(&s.page, &s.per_page);
        let p = IndicatorListParams {
            year: Some(ctx.year),
            unit: f.unit.clone().filter(|u| !u.is_empty()),
            status: f.status.clone().filter(|s| !s.is_empty()),
            q: Some(search.clone()),
            page: Some(page),
            per_page: Some(per_page),
            sort: Some("code".into()),
            ..Default::default()
        };
        let list = indicators::list(&st.db, &st.evaluations, &user.0, &ctx.plan.code, p).await?;
        let year = ctx.year.to_string();
        let unit = f.unit.clone().unwrap_or_default();
        let status = f.status.clone().unwrap_or_default();
        let pager = Pager::new(
            "/framework",
            &[
                ("plan", &ctx.plan.code),
                ("year", &year),
                ("unit", &unit),
                ("status", &status),
                ("q", &search),
            ],
            (list.total, list.page, list.per_page),
            "indicators",
        );
        let found = list
            .items()
            .map(|(ind, (node, _), owner, a)| Found {
                name: super::framework_text(names.lang(), &names.name(Kind::Indicator, ind.id, &ind.name)),
                code: ind.code.clone(),
                node: node.to_owned(),
                owner: owner.to_owned(),
                status: a.status.as_str(),
            })
            .collect();
        (found, Some(pager))
    };
    let framework::Explorer {
        evaluation: ev,
        units,
        costs,
    } = framework::explore(&st.db, &ctx.snap, &user.0, &ctx.plan, ctx.year).await?;
    let mut unit_codes: Vec<String> = units.values().cloned().collect();
    unit_codes.sort();
    let f = Filters {
        unit: f.unit.filter(|u| !u.is_empty()),
        status: f.status.filter(|s| !s.is_empty()),
    };
    let unit_id = f
        .unit
        .as_deref()
        .and_then(|c| units.iter().find(|(_, v)| v.as_str() == c).map(|(k, _)| *k));
    let key = (
        ctx.plan.id,
        ctx.year,
        unit_id,
        f.status.as_deref().and_then(Status::parse),
        ctx.layout.lang,
    );
    let draw = async {
        let html = TreeHtml {
            layout: &ctx.layout,
            plan: &ctx.plan.code,
            year: ctx.year,
            rows: rows(&ev, &units, &costs.0, &f, then.as_ref(), &names),
        }
        .render()
        .map_err(|e| AppError::Internal(format!("template: {e}")))?;
        Ok::<_, AppError>(Tree(html))
    };
    // Years outside the plan, and views as of a day, are drawn for the asker but not kept: any number
    // of them could be asked for.
    let tree = if then.is_none() && (ctx.plan.start_year..=ctx.plan.end_year).contains(&ctx.year) {
        ctx.snap.derived(key, draw).await?
    } else {
        Arc::new(draw.await?)
    };
    let edit_nodes = if user.0.role == crate::auth::Role::Admin {
        ev.nodes
            .iter()
            .map(|n| {
                (
                    n.code.clone(),
                    format!("{} — {}", n.code, names.name(Kind::Node, n.id, &n.name).text),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    render(&FrameworkPage {
        edit_nodes,
        plan: ctx.plan.code.clone(),
        plan_name: super::framework_text(names.lang(), &names.name(Kind::Plan, ctx.plan.id, &ctx.plan.name)),
        year: ctx.year,
        units: unit_codes,
        unit: f.unit.unwrap_or_default(),
        statuses: Status::ALL.iter().map(|s| s.as_str()).collect(),
        status: f.status.unwrap_or_default(),
        tree,
        search,
        found,
        pager,
        as_of: then.as_ref().map(|t| t.as_of.label()).unwrap_or_default(),
        changes: then
            .as_ref()
            .map(|t| {
                t.differences
                    .iter()
                    .map(|(code, d)| (code.clone(), change_rows(std::slice::from_ref(d)).remove(0)))
                    .collect()
            })
            .unwrap_or_default(),
        layout: ctx.layout.translated(),
    })
}
