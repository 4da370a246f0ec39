//! A result node's page (`/framework/{code}`): what the node is, what it contributes to, and its cost in
//! the year through the contribution weights — the figure of [`crate::models::cost_report`], the one the
//! finance API (`/finance/cost`) and the annual report show, split by the unit whose budget pays it.

use super::dashboard::{percent, thousands};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::models::cost::CostBasis;
use crate::models::cost_report::{self, CostParams};
use crate::models::nodes;
use crate::models::translations::{self, Kind};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

/// A link from this node to a goal or target.
struct Link {
    to: String,
    /// The weight, or none.
    weight: Option<String>,
}

/// The node's cost in the year.
struct Cost {
    amount: String,
    /// The message saying what the cost is made of.
    basis: &'static str,
    by_unit: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "node.html")]
struct NodePage {
    layout: Layout,
    plan: String,
    year: i32,
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    level: String,
    /// The description likewise (empty when the node has none).
    description: String,
    /// Whether the office may edit the node's translations (a link to the form).
    is_admin: bool,
    parent: Option<String>,
    owner: Option<String>,
    links: Vec<Link>,
    from: Vec<Link>,
    cost: Option<Cost>,
}

/// `GET /framework/{code}`: the node's page.
pub async fn node_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/framework", &q).await?;
    let in_plan = (ctx.plan.start_year..=ctx.plan.end_year).contains(&ctx.year);
    let year = in_plan.then_some(ctx.year);
    let d = nodes::detail(&st.db, &st.evaluations, &user.0, (&ctx.plan.code, &code), year).await?;
    let cost = if in_plan {
        let p = CostParams {
            year: Some(ctx.year),
            level: None,
            by: Some("unit".into()),
        };
        let r = cost_report::cost_report(&st.db, &user.0, &ctx.plan.code, &p).await?;
        r.nodes.into_iter().find(|n| n.code == code).map(|n| {
            let share = |c: rust_decimal::Decimal| {
                if n.cost.is_zero() {
                    "—".into()
                } else {
                    percent(c / n.cost)
                }
            };
            Cost {
                amount: thousands(n.cost),
                basis: match n.basis {
                    CostBasis::Allocations => "nodep-basis-allocations",
                    CostBasis::Contributions => "nodep-basis-contributions",
                },
                by_unit: n
                    .by_unit
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(u, c)| (u, thousands(c), share(c)))
                    .collect(),
            }
        })
    } else {
        None
    };
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let html = |r: &translations::Resolved| super::framework_text(names.lang(), r);
    let weight = |w: Option<rust_decimal::Decimal>| w.map(|w| w.normalize().to_string());
    render(&NodePage {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        code: d.node.code,
        name: html(&names.name(Kind::Node, d.node_id, &d.node.name)),
        level: d.node.level,
        description: html(&names.definition(Kind::Node, d.node_id, &d.node.description)),
        is_admin: user.0.role == crate::auth::Role::Admin,
        parent: d.node.parent,
        owner: d.node.owner_unit,
        links: d
            .contributes_to
            .iter()
            .map(|l| Link {
                to: l.to.clone(),
                weight: weight(l.weight),
            })
            .collect(),
        from: d
            .contributions_from
            .iter()
            .map(|l| Link {
                to: l.from.clone(),
                weight: weight(l.weight),
            })
            .collect(),
        cost,
        layout: ctx.layout.translated(),
    })
}
