//! The plan-cycle view: `/cycle?plan=P&class=…&goal=…`, the plan's framework beside its predecessor
//! plan's: the counts of indicators carried over, redefined, new and dropped (each a link to its list),
//! the indicators with both sides' codes, names and units and what changed, each linked to its
//! indicator page, and the result nodes matched by code. The filters live in the address; the list is
//! paged.

use super::listing::{Pager, page_of, refusal};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::models::plan_cycle::rule::{Class, NodeClass};
use crate::models::plan_cycle::{self, CycleParams, PlanCycle, Side};
use crate::models::translations::{self, Kind, Lookup};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/cycle", get(cycle_page))
}

/// The address's filters, as typed (empty means none).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    class: String,
    goal: String,
    page: String,
    per_page: String,
}

/// One side of a line as shown.
pub struct SideCell {
    plan: String,
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    /// The unit of measure's code (shown as the word `iunit-{code}`).
    unit: String,
}

impl SideCell {
    fn of(s: &Side, names: &Lookup) -> Self {
        SideCell {
            plan: s.plan.clone(),
            code: s.code.clone(),
            name: super::framework_text(names.lang(), &names.name(Kind::Indicator, s.id, &s.name)),
            unit: s.unit.clone(),
        }
    }
}

/// One indicator's line.
pub struct Row {
    /// The class's code (shown as the message `class-{code}`).
    class: &'static str,
    current: Option<SideCell>,
    predecessor: Option<SideCell>,
    /// Whether the definition was reworded (said in the reader's language).
    reworded: bool,
    /// "unit: percent → ratio", one a field other than the definition (in English: the fields and
    /// their values are the framework's codes).
    changed: Vec<String>,
}

/// A count of one class, with the address that lists it.
pub struct ClassLink {
    class: &'static str,
    count: u32,
    href: String,
}

/// One node's line.
pub struct NodeRow {
    /// The node class's code (shown as the message `nodeclass-{code}`).
    class: &'static str,
    code: String,
    level: String,
    /// The name in the plan, in the reader's language, as HTML (`—` when dropped).
    name: String,
    /// The name in the predecessor plan, likewise (`—` when new).
    before: String,
}

#[derive(Template)]
#[template(path = "plan_cycle.html")]
struct CyclePage {
    layout: Layout,
    plan: String,
    period: String,
    predecessor: Option<(String, String)>,
    note: Option<String>,
    class: String,
    /// The classes to filter by, each shown as the message `class-{code}`.
    classes: Vec<&'static str>,
    goal: String,
    goals: Vec<(String, String)>,
    refused: Option<String>,
    /// What the view lists, when the filters were accepted and the plan follows another.
    shown: Option<Shown>,
}

struct Shown {
    counts: Vec<ClassLink>,
    rows: Vec<Row>,
    pager: Pager,
    nodes: Vec<NodeRow>,
}

/// The lines shown of `c`, names in the reader's language (`names`, as HTML).
fn lines_of(c: &PlanCycle, f: &Filters, names: &Lookup) -> Shown {
    let node_name = |id: Option<i32>, english: &Option<String>| match (id, english) {
        (Some(id), Some(e)) => super::framework_text(names.lang(), &names.name(Kind::Node, id, e)),
        _ => "—".to_owned(),
    };
    let keep = |class: &str| -> Vec<(&'static str, String)> {
        vec![
            ("plan", c.plan.clone()),
            ("class", class.to_owned()),
            ("goal", f.goal.trim().to_owned()),
        ]
    };
    let pairs = keep(f.class.trim());
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let pager = Pager::new("/cycle", &borrowed, (c.total, c.page, c.per_page), "indicators");
    let counts = c
        .counts
        .iter()
        .map(|n| {
            let pairs: Vec<(&str, String)> = keep(n.class.as_str())
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect();
            ClassLink {
                class: n.class.as_str(),
                count: n.count,
                href: format!("/cycle?{}", serde_urlencoded::to_string(pairs).unwrap_or_default()),
            }
        })
        .collect();
    let rows = c
        .items
        .iter()
        .map(|l| Row {
            class: l.class.as_str(),
            current: l.current.as_ref().map(|s| SideCell::of(s, names)),
            predecessor: l.predecessor.as_ref().map(|s| SideCell::of(s, names)),
            reworded: l.changed.iter().any(|ch| ch.field == "definition"),
            changed: l
                .changed
                .iter()
                .filter(|ch| ch.field != "definition")
                .map(|ch| format!("{}: {} → {}", ch.field, ch.before, ch.now))
                .collect(),
        })
        .collect();
    let nodes = c
        .nodes
        .iter()
        .map(|n| NodeRow {
            class: n.class.as_str(),
            code: n.code.clone(),
            level: n.level.clone(),
            name: node_name(n.ids.0, &n.name),
            before: node_name(n.ids.1, &n.predecessor_name),
        })
        .collect();
    Shown {
        counts,
        rows,
        pager,
        nodes,
    }
}

/// `GET /cycle`: the viewed plan (or `plan`) beside its predecessor plan.
async fn cycle_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/cycle", &q).await?;
    let plan = ctx.plan.clone();
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let text = super::forms::filled;
    let params = CycleParams {
        class: text(&f.class),
        goal: text(&f.goal),
        page: Some(page),
        per_page: Some(per_page),
    };
    let (cycle, refused) = match plan_cycle::plan_cycle(&st.db, &st.evaluations, &user.0, &plan.code, params).await {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(refusal(&e).ok_or(e)?)),
    };
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    // The goals offered: the top of both plans' trees, by code, once each, named in the reader's
    // language (an option holds text only: an untranslated name is the English one).
    let ev = crate::models::plans::tree(&st.db, &st.evaluations, &user.0, &plan.code, None).await?;
    let mut goals: Vec<(String, String)> = ev
        .nodes
        .iter()
        .filter(|n| n.parent_id.is_none())
        .map(|n| {
            (
                n.code.clone(),
                format!("{} — {}", n.code, names.name(Kind::Node, n.id, &n.name).text),
            )
        })
        .collect();
    // A goal, priority or enabler only the predecessor plan has can still filter its dropped indicators.
    for n in cycle.iter().flat_map(|c| &c.nodes).filter(|n| {
        n.class == NodeClass::Dropped && matches!(n.level.as_str(), "goal" | "thematic_priority" | "enabler")
    }) {
        if !goals.iter().any(|g| g.0 == n.code) {
            let english = n.predecessor_name.clone().unwrap_or_default();
            let name = n
                .ids
                .1
                .map_or(english.clone(), |id| names.name(Kind::Node, id, &english).text);
            goals.push((
                n.code.clone(),
                crate::language::text_with(
                    "plancycle-dropped-goal",
                    &[("code", n.code.as_str().into()), ("name", name.as_str().into())],
                ),
            ));
        }
    }
    render(&CyclePage {
        plan: plan.code.clone(),
        period: format!("{}-{}", plan.start_year, plan.end_year),
        predecessor: cycle
            .as_ref()
            .and_then(|c| c.predecessor.clone().zip(c.predecessor_period.clone())),
        note: cycle.as_ref().and_then(|c| c.note.clone()),
        class: f.class.trim().to_owned(),
        classes: Class::ALL.iter().map(|c| c.as_str()).collect(),
        goal: f.goal.trim().to_owned(),
        goals,
        refused,
        shown: cycle
            .as_ref()
            .filter(|c| c.predecessor.is_some())
            .map(|c| lines_of(c, &f, &names)),
        layout: ctx.layout.translated(),
    })
}
