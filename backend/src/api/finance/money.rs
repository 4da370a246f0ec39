//! What financial-plan lines and execution actuals share: list filters, request bodies, and the list,
//! read, create, update and delete steps. The two route modules differ only in who may write:
//! lines are the admin's, actuals are also their unit's planner's.

use super::super::common::{Page, PageParams, Tagged, check_version, claimed_version};
use super::super::plans::plan_by_code;
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError};
use crate::fixed::Fixed;
use crate::models::money::{self, MoneyFilter, MoneyRow, MoneyTable};
use crate::models::{audit, finance, refs};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::MoneyView;
use axum::http::{HeaderMap, StatusCode};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use serde::Deserialize;
use std::collections::HashMap;

/// Filters, paging and sorting of financial-plan lines and actuals.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MoneyListParams {
    /// Biennium, e.g. `2028-2029`.
    pub biennium: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code, e.g. `BR`.
    pub unit: Option<String>,
    /// revenue or expense.
    pub kind: Option<String>,
    /// Category, e.g. `staff`.
    pub category: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// year, biennium, kind, category, amount or updated_at; `-` first for descending. Ties by id.
    pub sort: Option<String>,
}

/// A new financial-plan line (also the body of a new execution actual). Every field but `biennium`,
/// `description`, `provenance` and `source` is required.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateFinanceLine {
    /// Biennium, e.g. `2028-2029`; defaults to the biennium of `year`.
    pub biennium: Option<String>,
    /// Year, inside the plan and the biennium.
    pub year: Option<i32>,
    /// Org unit code.
    pub unit: Option<String>,
    /// revenue or expense.
    pub kind: Option<String>,
    /// A category of the kind.
    pub category: Option<String>,
    /// Free text.
    pub description: Option<String>,
    /// CHF thousands, ≥ 0, at most four decimals; a string (`"62660.5"`) or a JSON number.
    #[schema(value_type = Option<String>, example = "62660.5")]
    pub amount: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    pub provenance: Option<String>,
    /// Source URL(s).
    pub source: Option<String>,
}

/// Changes to a line or actual; absent fields stay as they are. Changing `year` alone moves it to that
/// year's biennium.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateFinanceLine {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Biennium.
    pub biennium: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    pub unit: Option<String>,
    /// revenue or expense.
    pub kind: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Free text.
    pub description: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>)]
    pub amount: Option<Decimal>,
    /// Provenance.
    pub provenance: Option<String>,
    /// Source URL(s).
    pub source: Option<String>,
}

/// May `actor` write rows of table `t` for some unit at all? Asked before the body is read, so a reviewer
/// is refused whatever they send. For actuals this asks about the actor's own unit; the unit of the row
/// itself is checked by [`may_write_unit`].
pub fn may_write(actor: &Actor, t: MoneyTable) -> AppResult<()> {
    match t {
        MoneyTable::Lines => authorize(actor, Action::Administer),
        MoneyTable::Actuals => authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1))),
    }
}

fn may_write_unit(actor: &Actor, t: MoneyTable, unit_id: i32) -> AppResult<()> {
    match t {
        MoneyTable::Lines => authorize(actor, Action::Administer),
        MoneyTable::Actuals => authorize(actor, Action::WriteUnit(unit_id)),
    }
}

fn view(r: &MoneyRow, plan: &plans::Model, units: &HashMap<i32, String>) -> MoneyView {
    MoneyView::new(r, &plan.code, units.get(&r.org_unit_id).map_or("", String::as_str))
}

fn amount(field: &str, v: Decimal, errs: &mut Vec<FieldError>) -> Option<Fixed> {
    match Fixed::from_decimal(v) {
        Ok(f) => Some(f),
        Err(e) => {
            errs.push(FieldError {
                field: field.into(),
                reason: e.to_string(),
            });
            None
        }
    }
}

fn invalid(errs: Vec<FieldError>) -> AppResult<()> {
    if errs.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Lists the rows of plan `code` matching `p`.
pub async fn list(st: &AppState, t: MoneyTable, code: &str, p: MoneyListParams) -> AppResult<Page<MoneyView>> {
    let plan = plan_by_code(&st.db, code).await?;
    let mut errs = Vec::new();
    let unit = refs::resolve_unit(&st.db, "unit", p.unit.as_deref(), &mut errs).await?;
    if let Some(k) = &p.kind
        && !["revenue", "expense"].contains(&k.as_str())
    {
        errs.push(FieldError {
            field: "kind".into(),
            reason: "must be revenue or expense".into(),
        });
    }
    if let Some(c) = &p.category
        && !finance::CATEGORIES.contains(&c.as_str())
    {
        errs.push(FieldError {
            field: "category".into(),
            reason: format!("must be one of {}", finance::CATEGORIES.join(", ")),
        });
    }
    invalid(errs)?;
    let filter = MoneyFilter {
        plan_id: plan.id,
        biennium: p.biennium,
        year: p.year,
        unit_id: unit.map(|u| u.id),
        kind: p.kind,
        category: p.category,
    };
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let (rows, total, page, per_page) = money::list(&st.db, t, &filter, &paging).await?;
    let units = refs::unit_codes(&st.db).await?;
    Ok(Page {
        items: rows.iter().map(|r| view(r, &plan, &units)).collect(),
        total,
        page,
        per_page,
    })
}

async fn row_or_404(db: &impl ConnectionTrait, t: MoneyTable, plan: &plans::Model, id: i32) -> AppResult<MoneyRow> {
    money::get(db, t, plan.id, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("{} {id} of plan {}", t.noun(), plan.code)))
}

/// Reads row `id` of plan `code`.
pub async fn get(st: &AppState, t: MoneyTable, code: &str, id: i32) -> AppResult<Tagged<MoneyView>> {
    let plan = plan_by_code(&st.db, code).await?;
    let r = row_or_404(&st.db, t, &plan, id).await?;
    let units = refs::unit_codes(&st.db).await?;
    Ok(Tagged(r.version, view(&r, &plan, &units)))
}

/// Refuses a second row with the natural key of `r` (other than `r` itself).
async fn unique(
    db: &impl ConnectionTrait,
    t: MoneyTable,
    r: &MoneyRow,
    plan: &plans::Model,
    unit: &str,
) -> AppResult<()> {
    match money::find_key(db, t, r).await? {
        Some(other) if other != r.id => Err(AppError::Conflict(format!(
            "plan {} already has a {} for {} {unit} {} {} (id {other})",
            plan.code,
            t.noun(),
            r.year,
            r.kind,
            r.category
        ))),
        _ => Ok(()),
    }
}

/// Creates a row in plan `code` after checking every field and the actor's right to the unit.
pub async fn create(
    st: &AppState,
    actor: &Actor,
    t: MoneyTable,
    code: &str,
    b: CreateFinanceLine,
) -> AppResult<(StatusCode, Tagged<MoneyView>)> {
    let plan = plan_by_code(&st.db, code).await?;
    let mut errs = Vec::new();
    for (field, missing) in [
        ("year", b.year.is_none()),
        ("unit", b.unit.is_none()),
        ("kind", b.kind.is_none()),
        ("category", b.category.is_none()),
        ("amount", b.amount.is_none()),
    ] {
        if missing {
            errs.push(FieldError {
                field: field.into(),
                reason: "is required".into(),
            });
        }
    }
    let unit = refs::resolve_unit(&st.db, "unit", b.unit.as_deref(), &mut errs).await?;
    let amt = b.amount.and_then(|v| amount("amount", v, &mut errs));
    let year = b.year.unwrap_or(plan.start_year);
    let now = chrono::Utc::now().into();
    let row = MoneyRow {
        id: 0,
        plan_id: plan.id,
        biennium: b
            .biennium
            .unwrap_or_else(|| finance::biennium_of(year, plan.start_year)),
        year,
        org_unit_id: unit.as_ref().map_or(0, |u| u.id),
        kind: b.kind.unwrap_or_else(|| "expense".into()),
        category: b.category.unwrap_or_else(|| "staff".into()),
        description: b.description.unwrap_or_default(),
        amount: amt.unwrap_or(Fixed::ZERO),
        provenance: b.provenance.unwrap_or_else(|| "entered".into()),
        source: b.source.unwrap_or_default(),
        version: 1,
        created_at: now,
        updated_at: now,
    };
    // A field reported missing is not reported again as invalid with its stand-in value (nor is the
    // category judged against a stand-in kind).
    let mut reported: Vec<String> = errs.iter().map(|e| e.field.clone()).collect();
    if reported.iter().any(|f| f == "kind") {
        reported.push("category".into());
    }
    errs.extend(
        money::check(&row, plan.start_year, plan.end_year)
            .into_iter()
            .filter(|e| !reported.contains(&e.field)),
    );
    invalid(errs)?;
    let unit = unit.expect("checked above");
    may_write_unit(actor, t, unit.id)?;
    let txn = crate::db::begin_write(&st.db).await?;
    unique(&txn, t, &row, &plan, &unit.code).await?;
    let saved = money::insert(&txn, t, &row).await?;
    let units = HashMap::from([(unit.id, unit.code.clone())]);
    let v = view(&saved, &plan, &units);
    audit::record(
        &txn,
        Some(actor),
        "create",
        t.entity_type(),
        saved.id,
        None,
        Some(&v),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, v)))
}

/// Applies `b` to row `id` of plan `code` if it is still at the version the client read.
pub async fn update(
    st: &AppState,
    actor: &Actor,
    t: MoneyTable,
    code: &str,
    id: i32,
    headers: &HeaderMap,
    b: UpdateFinanceLine,
) -> AppResult<Tagged<MoneyView>> {
    let claimed = claimed_version(headers, b.version)?;
    let txn = crate::db::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = row_or_404(&txn, t, &plan, id).await?;
    may_write_unit(actor, t, old.org_unit_id)?;
    check_version(claimed, old.version, &format!("{} {id}", t.noun()))?;
    let mut errs = Vec::new();
    let mut row = old.clone();
    let unit = refs::resolve_unit(&txn, "unit", b.unit.as_deref(), &mut errs).await?;
    if let Some(u) = &unit {
        row.org_unit_id = u.id;
    }
    if let Some(y) = b.year {
        row.year = y;
        row.biennium = finance::biennium_of(y, plan.start_year);
    }
    if let Some(v) = b.biennium {
        row.biennium = v;
    }
    if let Some(v) = b.kind {
        row.kind = v;
    }
    if let Some(v) = b.category {
        row.category = v;
    }
    if let Some(v) = b.description {
        row.description = v;
    }
    if let Some(v) = b.provenance {
        row.provenance = v;
    }
    if let Some(v) = b.source {
        row.source = v;
    }
    if let Some(f) = b.amount.and_then(|v| amount("amount", v, &mut errs)) {
        row.amount = f;
    }
    errs.extend(money::check(&row, plan.start_year, plan.end_year));
    invalid(errs)?;
    // Moving an actual to another unit needs the right to both units.
    may_write_unit(actor, t, row.org_unit_id)?;
    let units = refs::unit_codes(&txn).await?;
    let unit_code = units.get(&row.org_unit_id).cloned().unwrap_or_default();
    unique(&txn, t, &row, &plan, &unit_code).await?;
    let saved = money::update(&txn, t, &row, old.version).await?;
    let (before, after) = (view(&old, &plan, &units), view(&saved, &plan, &units));
    audit::record(
        &txn,
        Some(actor),
        "update",
        t.entity_type(),
        id,
        Some(&before),
        Some(&after),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Tagged(saved.version, after))
}

/// Deletes row `id` of plan `code` (admin only); an `If-Match` header, when sent, must match.
pub async fn delete(
    st: &AppState,
    actor: &Actor,
    t: MoneyTable,
    code: &str,
    id: i32,
    headers: &HeaderMap,
) -> AppResult<StatusCode> {
    authorize(actor, Action::Administer)?;
    let txn = crate::db::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = row_or_404(&txn, t, &plan, id).await?;
    if headers.contains_key(axum::http::header::IF_MATCH) {
        check_version(
            claimed_version(headers, None)?,
            old.version,
            &format!("{} {id}", t.noun()),
        )?;
    }
    let units = refs::unit_codes(&txn).await?;
    money::delete(&txn, t, id).await?;
    audit::record(
        &txn,
        Some(actor),
        "delete",
        t.entity_type(),
        id,
        Some(&view(&old, &plan, &units)),
        None,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
