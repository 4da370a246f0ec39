//! The operations page: each unit's operational plan for the year with its items (output, budget,
//! planned, delivered, delivery rate, status) and the unit's delivery rate. A planner updates the
//! delivered quantity and status of their own unit's items through the use case the JSON API's item handler calls.

use super::dashboard::{percent, thousands};
use super::forms::{Back, CsrfForm, decimal, may_write, unit_ids, whole};
use super::listing::{self, Choice, Pager, page_of};
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
    unit: String,
    code: String,
    name: String,
    output: String,
    responsible: String,
    budget: String,
    planned: String,
    /// The unit of measure after the planned quantity ("1 assembly", "2 assemblies").
    planned_measure: String,
    delivered: String,
    delivered_raw: String,
    measure: String,
    rate: String,
    status: String,
    version: i32,
    editable: bool,
    options: Vec<StatusOption>,
}

/// A status the item may be set to (shown as the message `itemstatus-{value}`).
pub struct StatusOption {
    value: &'static str,
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
}

/// The item list's filters, as the address carries them (empty means any).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    unit: String,
    output: String,
    status: String,
    page: String,
    per_page: String,
}

#[derive(Template)]
#[template(path = "operations.html")]
struct OperationsPage {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    sections: Vec<PlanSection>,
    rows: Vec<ItemRow>,
    any_form: bool,
    units: Vec<Choice>,
    statuses: Vec<Choice>,
    output: String,
    refused: Option<String>,
    pager: Pager,
}

fn rate(r: Option<Decimal>) -> String {
    r.map_or_else(|| "—".into(), percent)
}

fn row(i: &ItemView, unit: &str, editable: bool) -> ItemRow {
    ItemRow {
        id: i.id,
        unit: unit.to_owned(),
        code: i.code.clone(),
        name: i.name.clone(),
        output: i.output.clone(),
        responsible: i.responsible_unit.clone(),
        budget: thousands(i.budget),
        planned: thousands(i.planned_quantity),
        delivered: thousands(i.delivered_quantity),
        delivered_raw: i.delivered_quantity.normalize().to_string(),
        measure: i.unit_of_measure.clone(),
        planned_measure: stratrack_vocab::plural::noun(i.planned_quantity == Decimal::ONE, &i.unit_of_measure)
            .into_owned(),
        rate: rate(i.delivery_rate),
        status: i.status.clone(),
        version: i.version,
        editable,
        options: if editable {
            ITEM_STATUSES
                .iter()
                .map(|s| StatusOption {
                    value: s,
                    selected: *s == i.status,
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}

async fn operations(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
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
    let (page, per_page) = page_of(&f.page, &f.per_page);
    let any = super::forms::filled;
    let p = ItemListParams {
        plan: Some(code.clone()),
        unit: any(&f.unit),
        year: Some(ctx.year),
        output: any(&f.output),
        status: any(&f.status),
        page: Some(page),
        per_page: Some(per_page),
        sort: Some("code".into()),
    };
    let (items, total, refused) = match operational_items::list(&st.db, &user.0, p).await {
        Ok(got) => (got.items, got.total, None),
        Err(e) => (Vec::new(), 0, Some(listing::refusal(&e).ok_or(e)?)),
    };
    let ids = unit_ids(&st.db).await?;
    let unit_of = |i: &ItemView| {
        plans
            .iter()
            .find(|p| p.id == i.operational_plan_id)
            .map_or("", |p| p.unit.as_str())
    };
    let rows: Vec<ItemRow> = items
        .iter()
        .map(|i| row(i, unit_of(i), may_write(&user, &ids, unit_of(i))))
        .collect();
    let year = ctx.year.to_string();
    let pager = Pager::new(
        "/operations",
        &[
            ("plan", &code),
            ("year", &year),
            ("unit", &f.unit),
            ("output", &f.output),
            ("status", &f.status),
        ],
        (total, page, per_page),
        "items",
    );
    let units = listing::choices(plans.iter().map(|p| p.unit.clone()), &f.unit);
    let sections = plans
        .into_iter()
        .map(|p| PlanSection {
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
        })
        .collect();
    let mut resp = render(&OperationsPage {
        plan: code,
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        sections,
        any_form: rows.iter().any(|r| r.editable),
        rows,
        units,
        statuses: listing::choices(ITEM_STATUSES.iter(), &f.status),
        output: f.output.trim().to_owned(),
        refused: refused.clone(),
        pager,
        layout: ctx.layout.translated(),
    })?;
    if refused.is_some() {
        *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
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
            .ok_or_else(|| AppError::field("delivered_quantity", crate::error::Said::required()))?;
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
        Ok(_) => back.ok(&crate::language::text_with(
            "ops-updated",
            &[("code", f.code.as_str().into())],
        )),
        Err(e) => back.refused(e, &what),
    }
}
