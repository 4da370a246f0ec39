//! Writing financial-plan lines or actuals: create, update (versioned) and delete, each audited in its
//! transaction after every field and the actor's right to the unit are checked.

use super::read::{entry, invalid, row_or_404};
use super::{FinanceEntry, FinanceRow, FinanceTable, biennium_of, check, may_write, may_write_unit, store};
use crate::auth::Actor;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::fixed::Fixed;
use crate::models::codes;
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::versioned::Write;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde::Deserialize;
use std::collections::HashMap;

/// A new financial-plan line (also the body of a new execution actual). Every field but `biennium`,
/// `description`, `provenance` and `source` is required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateFinanceLine {
    /// Biennium, e.g. `2028-2029`; defaults to the biennium of `year`.
    #[schema(max_length = 64)]
    pub biennium: Option<String>,
    /// Year, inside the plan and the biennium.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// revenue or expense.
    #[schema(max_length = 64)]
    pub kind: Option<String>,
    /// A category of the kind.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// Free text.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// CHF thousands, ≥ 0, at most four decimals; a string (`"62660.5"`) or a JSON number.
    #[schema(value_type = Option<String>, example = "62660.5", max_length = 64)]
    pub amount: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
    /// Source URL(s).
    #[schema(max_length = 2048)]
    pub source: Option<String>,
}

/// Changes to a line or actual; absent fields stay as they are. Changing `year` alone moves it to that
/// year's biennium.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateFinanceLine {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Biennium.
    #[schema(max_length = 64)]
    pub biennium: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// revenue or expense.
    #[schema(max_length = 64)]
    pub kind: Option<String>,
    /// Category.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// Free text.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub amount: Option<Decimal>,
    /// Provenance.
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
    /// Source URL(s).
    #[schema(max_length = 2048)]
    pub source: Option<String>,
}

fn amount(field: &str, v: Decimal, errs: &mut Vec<FieldError>) -> Option<Fixed> {
    match Fixed::from_decimal(v) {
        Ok(f) => Some(f),
        Err(e) => {
            errs.push(FieldError::new(field, e.said()));
            None
        }
    }
}

/// Refuses a second row with the natural key of `r` (other than `r` itself).
async fn unique(db: &impl ConnectionTrait, t: FinanceTable, r: &FinanceRow, plan: &Plan, unit: &str) -> AppResult<()> {
    match store::find_key(db, t, r).await? {
        Some(other) if other != r.id => {
            let key = match t {
                FinanceTable::Lines => "said-finance-line-taken",
                FinanceTable::Actuals => "said-finance-actual-taken",
            };
            Err(AppError::conflict(Said::new(
                key,
                [
                    ("plan", plan.code.clone().into()),
                    ("year", i64::from(r.year).into()),
                    ("unit", unit.into()),
                    ("kind", r.kind.clone().into()),
                    ("category", r.category.clone().into()),
                    ("id", i64::from(other).into()),
                ],
            )))
        }
        _ => Ok(()),
    }
}

/// The row `b` asks for in `plan`, with every missing or broken field named (a field reported missing
/// is not reported again as invalid with its stand-in value, nor is the category judged against a
/// stand-in kind); its unit, once known.
async fn new_row(
    db: &impl ConnectionTrait,
    plan: &Plan,
    b: CreateFinanceLine,
) -> AppResult<(FinanceRow, Option<crate::entities::org_units::Model>, Vec<FieldError>)> {
    let mut errs = Vec::new();
    for (field, missing) in [
        ("year", b.year.is_none()),
        ("unit", b.unit.is_none()),
        ("kind", b.kind.is_none()),
        ("category", b.category.is_none()),
        ("amount", b.amount.is_none()),
    ] {
        if missing {
            errs.push(FieldError::new(field, crate::error::Said::required()));
        }
    }
    let unit = codes::resolve_unit(db, "unit", b.unit.as_deref(), &mut errs).await?;
    let amt = b.amount.and_then(|v| amount("amount", v, &mut errs));
    let year = b.year.unwrap_or(plan.start_year);
    let now = chrono::Utc::now().into();
    let row = FinanceRow {
        id: 0,
        plan_id: plan.id,
        biennium: b.biennium.unwrap_or_else(|| biennium_of(year, plan.start_year)),
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
    let mut reported: Vec<String> = errs.iter().map(|e| e.field.clone()).collect();
    if reported.iter().any(|f| f == "kind") {
        reported.push("category".into());
    }
    errs.extend(
        check(&row, plan.start_year, plan.end_year)
            .into_iter()
            .filter(|e| !reported.contains(&e.field)),
    );
    Ok((row, unit, errs))
}

/// Creates a row of table `t` in plan `code` after checking every field and the actor's right to the
/// unit (lines: the admin; actuals: the unit's planner or the admin).
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    b: CreateFinanceLine,
) -> AppResult<FinanceEntry> {
    crate::limits::enforce(&b)?;
    may_write(actor, t)?;
    let plan = plan_by_code(db, code).await?;
    let (row, unit, errs) = new_row(db, &plan, b).await?;
    invalid(errs)?;
    let unit = unit.expect("checked above");
    may_write_unit(actor, t, unit.id)?;
    let w = Write::begin(db, actor, t.entity_type()).await?;
    unique(&w.txn, t, &row, &plan, &unit.code).await?;
    let saved = store::insert(&w.txn, t, &row).await?;
    w.created(saved.id, entry(&saved, &plan, &HashMap::from([(unit.id, unit.code)])))
        .await
}

/// Applies `b` to `row`, gathering every broken field.
async fn apply(db: &impl ConnectionTrait, plan: &Plan, row: &mut FinanceRow, b: UpdateFinanceLine) -> AppResult<()> {
    let mut errs = Vec::new();
    if let Some(u) = codes::resolve_unit(db, "unit", b.unit.as_deref(), &mut errs).await? {
        row.org_unit_id = u.id;
    }
    if let Some(y) = b.year {
        row.year = y;
        row.biennium = biennium_of(y, plan.start_year);
    }
    for (slot, v) in [
        (&mut row.biennium, b.biennium),
        (&mut row.kind, b.kind),
        (&mut row.category, b.category),
        (&mut row.description, b.description),
        (&mut row.provenance, b.provenance),
        (&mut row.source, b.source),
    ] {
        if let Some(v) = v {
            *slot = v;
        }
    }
    if let Some(f) = b.amount.and_then(|v| amount("amount", v, &mut errs)) {
        row.amount = f;
    }
    errs.extend(check(row, plan.start_year, plan.end_year));
    invalid(errs)
}

/// Applies `b` to row `id` of table `t` in plan `code` if it is still at the version the client read
/// (`if_match`, else `b.version`).
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    id: i32,
    if_match: Option<String>,
    b: UpdateFinanceLine,
) -> AppResult<FinanceEntry> {
    crate::limits::enforce(&b)?;
    may_write(actor, t)?;
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let w = Write::begin(db, actor, t.entity_type()).await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let old = row_or_404(&w.txn, t, &plan, id).await?;
    may_write_unit(actor, t, old.org_unit_id)?;
    check_version(claimed, old.version, t.what_id(id))?;
    let mut row = old.clone();
    apply(&w.txn, &plan, &mut row, b).await?;
    // Moving an actual to another unit needs the right to both units.
    may_write_unit(actor, t, row.org_unit_id)?;
    let units = crate::models::units::codes(&w.txn).await?;
    let unit_code = units.get(&row.org_unit_id).cloned().unwrap_or_default();
    unique(&w.txn, t, &row, &plan, &unit_code).await?;
    let saved = store::update(&w.txn, t, &row, old.version).await?;
    w.updated(id, entry(&old, &plan, &units), entry(&saved, &plan, &units))
        .await
}

/// Deletes row `id` of table `t` in plan `code` (admin only); an `If-Match`, when sent, must match.
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    id: i32,
    if_match: Option<String>,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let w = Write::begin(db, actor, t.entity_type()).await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let old = row_or_404(&w.txn, t, &plan, id).await?;
    Claim::new(if_match, None).check_if_sent(old.version, t.what_id(id))?;
    let units = crate::models::units::codes(&w.txn).await?;
    store::delete(&w.txn, t, id).await?;
    w.deleted(id, &entry(&old, &plan, &units)).await
}
