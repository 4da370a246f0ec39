//! Year against year: `/compare?plan=P&a=2028&b=2029&goal=…&priority=…&unit=…&change=…`, every
//! indicator's actual, progress and status in both years with the change and an arrow for its status
//! move (always with its words), the counts per kind of move, and the node roll-ups of both years.
//! The filters live in the address; the list is paged.

use super::dashboard::{percent, thousands};
use super::listing::{Choice, Pager, choices, page_of, refusal};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::{AppError, FieldError};
use crate::models::comparison::{self, CompareParams, YearOnYear};
use crate::models::translations::{self, Kind, Lookup};
use crate::state::AppState;
use crate::status::{RollUp, StatusMove};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use rust_decimal::Decimal;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/compare", get(compare_page))
}

/// The address's filters, as typed (empty means none).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    a: String,
    b: String,
    goal: String,
    priority: String,
    unit: String,
    change: String,
    page: String,
    per_page: String,
}

/// A status move as drawn: an arrow hidden from screen readers and the words beside it (the message
/// `move-{key}`).
pub struct MoveCell {
    key: &'static str,
    arrow: &'static str,
}

impl From<StatusMove> for MoveCell {
    fn from(m: StatusMove) -> Self {
        MoveCell {
            key: m.as_str(),
            arrow: m.arrow(),
        }
    }
}

/// One indicator's line.
pub struct Row {
    code: String,
    name: String,
    owner: String,
    actual_a: String,
    actual_b: String,
    change: String,
    progress_a: String,
    progress_b: String,
    /// The status codes of years A and B (each shown as the message `status-{code}`).
    status_a: &'static str,
    status_b: &'static str,
    moved: MoveCell,
}

/// One node's line.
pub struct NodeRow {
    code: String,
    name: String,
    level: String,
    indicators: u32,
    progress_a: String,
    progress_b: String,
    change: String,
    moved: MoveCell,
}

/// A count of one kind of move, with the address that lists them.
pub struct MoveCount {
    moved: MoveCell,
    count: u32,
    href: String,
}

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    layout: Layout,
    plan: String,
    plan_name: String,
    a: String,
    b: String,
    goal: String,
    goals: Vec<(String, String)>,
    priority: String,
    priorities: Vec<(String, String)>,
    units: Vec<Choice>,
    change: String,
    /// The status moves to filter by, each shown as the message `move-{code}`.
    changes: Vec<&'static str>,
    refused: Option<String>,
    /// What was compared, when the filters were accepted.
    shown: Option<Shown>,
}

/// What the page shows once the filters are accepted.
struct Shown {
    a: i32,
    b: i32,
    rows: Vec<Row>,
    pager: Pager,
    moves: Vec<MoveCount>,
    nodes: Vec<NodeRow>,
    /// Whether the nodes are those of a goal or priority (else the top of the tree).
    scoped: bool,
}

/// An actual as shown, with the year it comes from when older.
fn actual(a: &crate::status::Assessment) -> String {
    match (a.actual, a.stale) {
        (Some(v), true) => format!("{} ({})", thousands(v), a.actual_year.unwrap_or_default()),
        (Some(v), false) => thousands(v),
        (None, _) => "—".into(),
    }
}

/// A change with its sign: "+2.5", "-1", "0".
fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", thousands(d))
    } else {
        thousands(d)
    }
}

/// A change of mean progress in percentage points: "+12.5 pp".
fn points(d: Decimal) -> String {
    let pp = (d * Decimal::ONE_HUNDRED).round_dp(1);
    if pp > Decimal::ZERO {
        format!("+{pp:.1} pp")
    } else {
        format!("{pp:.1} pp")
    }
}

fn mean(r: &RollUp) -> String {
    r.mean_progress.map_or_else(|| "—".into(), percent)
}

/// The page's lines from the comparison.
/// The lines shown of `y` filtered by `f`, names in the reader's language (`names`, as HTML).
fn lines_of(y: &YearOnYear, f: &Filters, scoped: bool, names: &Lookup) -> Shown {
    let html = |kind, id, english: &str| super::framework_text(names.lang(), &names.name(kind, id, english));
    let (a, b) = (y.a.to_string(), y.b.to_string());
    let keep = |change: &str| -> Vec<(&'static str, String)> {
        vec![
            ("plan", y.plan.code.clone()),
            ("a", a.clone()),
            ("b", b.clone()),
            ("goal", f.goal.clone()),
            ("priority", f.priority.clone()),
            ("unit", f.unit.clone()),
            ("change", change.to_owned()),
        ]
    };
    let pairs = keep(&f.change);
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let pager = Pager::new("/compare", &borrowed, (y.total, y.page, y.per_page), "indicators");
    let moves = y
        .moves
        .iter()
        .map(|(m, count)| {
            let pairs: Vec<(&str, String)> = keep(m.as_str())
                .into_iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .collect();
            MoveCount {
                moved: (*m).into(),
                count: *count,
                href: format!("/compare?{}", serde_urlencoded::to_string(pairs).unwrap_or_default()),
            }
        })
        .collect();
    let rows = y
        .items
        .iter()
        .map(|c| Row {
            code: c.indicator.code.clone(),
            name: html(Kind::Indicator, c.indicator.id, &c.indicator.name),
            owner: c.owner_unit.clone(),
            actual_a: actual(&c.a),
            actual_b: actual(&c.b),
            change: c.moved.change.map_or_else(|| "—".into(), signed),
            progress_a: c.a.progress.map_or_else(|| "—".into(), percent),
            progress_b: c.b.progress.map_or_else(|| "—".into(), percent),
            status_a: c.a.status.as_str(),
            status_b: c.b.status.as_str(),
            moved: c.moved.status_move.into(),
        })
        .collect();
    let nodes = y
        .nodes
        .iter()
        .filter(|n| scoped || n.node.parent_id.is_none())
        .map(|n| NodeRow {
            code: n.node.code.clone(),
            name: html(Kind::Node, n.node.id, &n.node.name),
            level: n.node.level.clone(),
            indicators: n.b.total(),
            progress_a: mean(&n.a),
            progress_b: mean(&n.b),
            change: n.moved.progress_change.map_or_else(|| "—".into(), points),
            moved: n.moved.progress_move.into(),
        })
        .collect();
    Shown {
        a: y.a,
        b: y.b,
        rows,
        pager,
        moves,
        nodes,
        scoped,
    }
}

/// A year typed in the address: `Ok(None)` when left empty, an error naming the field when not a year.
fn typed_year(field: &str, text: &str) -> Result<Option<i32>, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse().map(Some).map_err(|_| {
        FieldError::new(
            field,
            crate::error::Said::new("said-wb-not-a-year", [("value", t.into())]),
        )
    })
}

/// `GET /compare`: the plan's indicators and nodes in years A and B (by default the year viewed and the
/// one before it; in the plan's first year, its first two years).
async fn compare_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    let typed = (typed_year("a", &f.a), typed_year("b", &f.b));
    let asked_b = typed.1.as_ref().ok().copied().flatten();
    let cq = ContextQuery {
        plan: q.plan.clone(),
        year: asked_b.or(q.year),
    };
    let mut ctx = context(&st, &user, "/compare", &cq).await?;
    let plan = ctx.plan.clone();
    let (a, b, refused) = match typed {
        (Ok(a), Ok(b)) => {
            // The year viewed and the one before; a plan's first year has none before it in the plan.
            let b = b.unwrap_or(
                if q.year.is_none() && ctx.year == plan.start_year && plan.end_year > plan.start_year {
                    plan.start_year + 1
                } else {
                    ctx.year
                },
            );
            (a.unwrap_or(b - 1), b, None)
        }
        (a, b) => {
            let errs: Vec<FieldError> = [a.err(), b.err()].into_iter().flatten().collect();
            (0, 0, refusal(&AppError::Invalid(errs)))
        }
    };
    if refused.is_none() {
        ctx.layout.year = b;
    }
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let text = super::forms::filled;
    let params = CompareParams {
        a: Some(a),
        b: Some(b),
        goal: text(&f.goal),
        priority: text(&f.priority),
        unit: text(&f.unit),
        change: text(&f.change),
        page: Some(page),
        per_page: Some(per_page),
    };
    let scoped = params.goal.is_some() || params.priority.is_some();
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let (shown, refused) = match refused {
        Some(r) => (None, Some(r)),
        None => match comparison::compare_years(&st.db, &st.evaluations, &user.0, &plan.code, params).await {
            Ok(y) => (Some(lines_of(&y, &f, scoped, &names)), None),
            Err(e) => (None, Some(refusal(&e).ok_or(e)?)),
        },
    };
    // The plan's nodes are the same in every year: those of its first year offer the goals and priorities.
    let ev = crate::models::plans::tree(&st.db, &st.evaluations, &user.0, &plan.code, None).await?;
    let top = |levels: &[&str]| -> Vec<(String, String)> {
        ev.nodes
            .iter()
            .filter(|n| levels.contains(&n.level.as_str()))
            .map(|n| (n.code.clone(), format!("{} — {}", n.code, n.name)))
            .collect()
    };
    let mut units: Vec<String> = ctx.snap.unit_codes(&st.db).await?.values().cloned().collect();
    units.sort();
    let (a_text, b_text) = match &shown {
        Some(s) => (s.a.to_string(), s.b.to_string()),
        None => (f.a.trim().to_owned(), f.b.trim().to_owned()),
    };
    render(&ComparePage {
        plan: plan.code.clone(),
        plan_name: super::framework_text(names.lang(), &names.name(Kind::Plan, plan.id, &plan.name)),
        a: a_text,
        b: b_text,
        goal: f.goal.trim().to_owned(),
        goals: top(&["goal"]),
        priority: f.priority.trim().to_owned(),
        priorities: top(&["thematic_priority", "enabler"]),
        units: choices(&units, &f.unit),
        change: f.change.trim().to_owned(),
        changes: StatusMove::ALL.iter().map(|m| m.as_str()).collect(),
        refused,
        shown,
        layout: ctx.layout.translated(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn a_change_carries_its_sign() {
        assert_eq!(signed(dec!(2.5)), "+2.5");
        assert_eq!(signed(dec!(-1234)), "-1,234");
        assert_eq!(signed(Decimal::ZERO), "0");
        assert_eq!(points(dec!(0.125)), "+12.5 pp");
        assert_eq!(points(dec!(-0.05)), "-5.0 pp");
    }

    #[test]
    fn a_year_that_is_not_a_number_is_named() {
        assert_eq!(typed_year("a", " 2029 ").unwrap(), Some(2029));
        assert_eq!(typed_year("a", "").unwrap(), None);
        let e = typed_year("b", "next").unwrap_err();
        assert_eq!((e.field.as_str(), e.reason.as_str()), ("b", "`next` is not a year"));
    }
}
