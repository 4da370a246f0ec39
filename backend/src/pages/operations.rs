//! The operations page: each unit's operational plan for the year with its items (output, budget,
//! planned, delivered, delivery rate, status) and the unit's delivery rate. A planner updates the
//! delivered quantity and status of their own unit's items through the use case the JSON API's item handler calls.

use super::dashboard::{percent, thousands};
use super::forms::{Back, CsrfForm, decimal, may_write, unit_ids, whole};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::models::operational_items::{self, ItemListParams, UpdateOperationalItem};
use crate::models::operational_plans::{self, OperationalPlanListParams};
use crate::models::operations::ITEM_STATUSES;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::operations::{ItemView, OperationalPlanView};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use rust_decimal::Decimal;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operations", get(operations))
        .route("/operations/items/{id}", post(update_item))
}

/// One item row.
pub struct ItemRow {
    id: i32,
    code: String,
    name: String,
    output: String,
    responsible: String,
    budget: String,
    planned: String,
    delivered: String,
    delivered_raw: String,
    measure: String,
    rate: String,
    status: String,
    version: i32,
    editable: bool,
    options: Vec<StatusOption>,
}

/// A status the item may be set to.
pub struct StatusOption {
    value: &'static str,
    label: String,
    selected: bool,
}

/// One unit's operational plan.
pub struct PlanSection {
    unit: String,
    title: String,
    status: String,
    horizon: String,
    budget: String,
    items: usize,
    counted: u32,
    in_full: u32,
    cancelled: u32,
    rate: String,
    rows: Vec<ItemRow>,
    editable: bool,
}

#[derive(Template)]
#[template(path = "operations.html")]
struct OperationsPage {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    sections: Vec<PlanSection>,
}

fn rate(r: Option<Decimal>) -> String {
    r.map_or_else(|| "—".into(), percent)
}

fn row(i: &ItemView, editable: bool) -> ItemRow {
    ItemRow {
        id: i.id,
        code: i.code.clone(),
        name: i.name.clone(),
        output: i.output.clone(),
        responsible: i.responsible_unit.clone(),
        budget: thousands(i.budget),
        planned: thousands(i.planned_quantity),
        delivered: thousands(i.delivered_quantity),
        delivered_raw: i.delivered_quantity.normalize().to_string(),
        measure: i.unit_of_measure.clone(),
        rate: rate(i.delivery_rate),
        status: i.status.replace('_', " "),
        version: i.version,
        editable,
        options: if editable {
            ITEM_STATUSES
                .iter()
                .map(|s| StatusOption {
                    value: s,
                    label: s.replace('_', " "),
                    selected: *s == i.status,
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}

async fn operations(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(&st, &user, "/operations", &q).await?;
    let code = ctx.plan.code.clone();
    let p = OperationalPlanListParams {
        unit: None,
        year: Some(ctx.year),
        page: Some(1),
        per_page: Some(500),
        sort: None,
    };
    let (page, cx) = operational_plans::list(&st.db, &user.0, &code, p).await?;
    let mut plans: Vec<OperationalPlanView> = page.items.iter().map(|p| OperationalPlanView::of(p, &cx)).collect();
    plans.sort_by(|a, b| a.unit.cmp(&b.unit).then(a.id.cmp(&b.id)));
    let mut items: Vec<ItemView> = Vec::new();
    for page in 1.. {
        let p = ItemListParams {
            plan: Some(code.clone()),
            unit: None,
            year: Some(ctx.year),
            output: None,
            status: None,
            page: Some(page),
            per_page: Some(500),
            sort: Some("code".into()),
        };
        let got = operational_items::list(&st.db, &user.0, p).await?;
        let done = got.items.is_empty() || (items.len() + got.items.len()) as u64 >= got.total;
        items.extend(got.items);
        if done {
            break;
        }
    }
    let ids = unit_ids(&st.db).await?;
    let sections = plans
        .into_iter()
        .map(|p| {
            let editable = may_write(&user, &ids, &p.unit);
            PlanSection {
                rows: items
                    .iter()
                    .filter(|i| i.operational_plan_id == p.id)
                    .map(|i| row(i, editable))
                    .collect(),
                unit: p.unit,
                title: p.title,
                status: p.status,
                horizon: format!("{}–{}", p.year, p.horizon_end_year),
                budget: thousands(p.budget),
                items: p.delivery.items as usize,
                counted: p.delivery.counted,
                in_full: p.delivery.delivered_in_full,
                cancelled: p.delivery.cancelled,
                rate: rate(p.delivery.rate),
                editable,
            }
        })
        .collect();
    render(&OperationsPage {
        plan: code,
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        sections,
        layout: ctx.layout,
    })
}

/// The delivery form of one item.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DeliveryForm {
    plan: String,
    view_year: String,
    code: String,
    version: String,
    delivered_quantity: String,
    status: String,
}

/// `POST /operations/items/{id}`: new delivered quantity and status of an item, at the version read.
async fn update_item(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<DeliveryForm>,
) -> PageResult<Response> {
    // Reviewers write nothing: refused before the form is read, as the API does.
    authorize(&user.0, Action::WriteUnit(user.0.unit_id.unwrap_or(-1)))?;
    let back = Back {
        path: "/operations",
        plan: f.plan.clone(),
        year: f.view_year.clone(),
    };
    let what = format!("Item {}", f.code);
    let parsed = whole("version", &f.version).and_then(|v| {
        let q = decimal("delivered_quantity", &f.delivered_quantity)?
            .ok_or_else(|| AppError::field("delivered_quantity", "is required"))?;
        Ok((v, q))
    });
    let (version, delivered) = match parsed {
        Ok(p) => p,
        Err(e) => return back.refused(e, &what),
    };
    let body = UpdateOperationalItem {
        version: Some(version),
        code: None,
        name: None,
        output: None,
        responsible_unit: None,
        budget: None,
        planned_quantity: None,
        delivered_quantity: Some(delivered),
        unit_of_measure: None,
        milestones: None,
        status: Some(f.status.clone()).filter(|s| !s.is_empty()),
    };
    match operational_items::update(&st.db, &user.0, id, None, body).await {
        Ok(_) => back.ok(&format!("{what} was updated.")),
        Err(e) => back.refused(e, &what),
    }
}
