//! Writing financial-plan lines or actuals: create, update (versioned) and delete, each audited in its
//! transaction after every field and the actor's right to the unit are checked.

use super::{CreateFinanceLine, UpdateFinanceLine, amount, invalid, may_write_unit, row_or_404, view};
use crate::api::common::{Tagged, check_if_match, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError};
use crate::fixed::Fixed;
use crate::models::money::{self, MoneyRow, MoneyTable};
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, finance, refs};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::MoneyView;
use axum::http::{HeaderMap, StatusCode};
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

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
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    unique(&txn, t, &row, &plan, &unit.code).await?;
    let saved = money::insert(&txn, t, &row).await?;
    let units = HashMap::from([(unit.id, unit.code.clone())]);
    let v = view(&saved, &plan, &units);
    audit::created(&txn, Some(actor), t.entity_type(), saved.id, &v).await?;
    transactions::commit(txn, turn).await?;
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
    let (txn, turn) = transactions::begin_write(&st.db).await?;
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
    let units = crate::models::units::codes(&txn).await?;
    let unit_code = units.get(&row.org_unit_id).cloned().unwrap_or_default();
    unique(&txn, t, &row, &plan, &unit_code).await?;
    let saved = money::update(&txn, t, &row, old.version).await?;
    let (before, after) = (view(&old, &plan, &units), view(&saved, &plan, &units));
    audit::updated(&txn, Some(actor), t.entity_type(), id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
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
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = row_or_404(&txn, t, &plan, id).await?;
    check_if_match(headers, old.version, &format!("{} {id}", t.noun()))?;
    let units = crate::models::units::codes(&txn).await?;
    money::delete(&txn, t, id).await?;
    audit::deleted(&txn, Some(actor), t.entity_type(), id, &view(&old, &plan, &units)).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
