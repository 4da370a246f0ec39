//! The totals the financial plan adopts per biennium (Decision 5): a plan parameter set by the admin (or
//! the seed), independent of the financial-plan lines, so that the reconciliation can compare the lines
//! with something other than themselves.

use crate::auth::Actor;
use crate::entities::{adopted_totals as at, plans};
use crate::error::{AppError, FieldErrors};
use crate::fixed::Fixed;
use crate::models::finance_rows::PROVENANCES;
use crate::models::finance_rows::{biennium_of, biennium_years};
use crate::models::{audit, checks, transactions, versioned};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use serde::Serialize;

/// The adopted revenue and expense of one biennium of a plan (Decision 5), as stored.
pub type AdoptedTotals = at::Model;
use std::collections::BTreeMap;
use stratrack_reports::reconcile::Totals;

/// The adopted totals of a plan's bienniums, by biennium.
pub async fn by_biennium(db: &impl ConnectionTrait, plan_id: i32) -> Result<BTreeMap<String, at::Model>, DbErr> {
    Ok(at::Entity::find()
        .filter(at::Column::PlanId.eq(plan_id))
        .order_by_asc(at::Column::Biennium)
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.biennium.clone(), a))
        .collect())
}

/// The revenue and expense of a row, as the reconciliation reads them.
pub fn totals(a: &at::Model) -> Totals {
    Totals {
        revenue: a.revenue.to_decimal(),
        expense: a.expense.to_decimal(),
    }
}

/// Checks that `biennium` is one of plan `plan`'s bienniums (`2028-2029` or `2030-2031` for 2028-2031).
pub fn check_biennium(plan: &plans::Model, biennium: &str) -> Result<(), crate::error::Said> {
    let ok = biennium_years(biennium).is_some_and(|(a, z)| {
        a >= plan.start_year && z <= plan.end_year && biennium_of(a, plan.start_year) == biennium
    });
    if ok {
        Ok(())
    } else {
        Err(crate::error::Said::new(
            "said-not-a-biennium",
            [
                ("biennium", biennium.into()),
                ("plan", plan.code.as_str().into()),
                ("start", plan.start_year.to_string().into()),
                ("end", plan.end_year.to_string().into()),
            ],
        ))
    }
}

/// The adopted totals of a biennium as set.
#[derive(Debug, Clone)]
pub struct SetTotals {
    /// The version read, required when the biennium already has totals, and whether it came as `If-Match`
    /// (a stale one is then refused with 412, else 409).
    pub version: Option<(i32, bool)>,
    /// Total revenue, CHF thousands.
    pub revenue: Option<Decimal>,
    /// Total expense, CHF thousands.
    pub expense: Option<Decimal>,
    /// Provenance (default `entered`).
    pub provenance: Option<String>,
    /// Source of the figures.
    pub source: Option<String>,
}

/// What the audit log records of a row.
#[derive(Debug, Serialize)]
struct Audited<'a> {
    biennium: &'a str,
    revenue: Decimal,
    expense: Decimal,
    provenance: &'a str,
    source: &'a str,
}

fn audited(a: &at::Model) -> Audited<'_> {
    Audited {
        biennium: &a.biennium,
        revenue: a.revenue.to_decimal(),
        expense: a.expense.to_decimal(),
        provenance: &a.provenance,
        source: &a.source,
    }
}

fn amount(errs: &mut FieldErrors, field: &str, v: Option<Decimal>) -> Option<Fixed> {
    match v {
        Some(v) => checks::non_negative(errs, field, v),
        None => {
            errs.push(field, crate::error::Said::required());
            None
        }
    }
}

/// The figures `input` sets for `biennium` of `plan`, every broken field named: revenue, expense and
/// provenance.
fn figures(plan: &plans::Model, biennium: &str, input: &SetTotals) -> Result<(Fixed, Fixed, String), AppError> {
    let mut errs = FieldErrors::default();
    if let Err(e) = check_biennium(plan, biennium) {
        errs.push("biennium", e);
    }
    let revenue = amount(&mut errs, "revenue", input.revenue);
    let expense = amount(&mut errs, "expense", input.expense);
    let provenance = input.provenance.clone().unwrap_or_else(|| "entered".into());
    checks::one_of(&mut errs, "provenance", &provenance, PROVENANCES);
    match (revenue, expense) {
        (Some(revenue), Some(expense)) if errs.is_empty() => Ok((revenue, expense, provenance)),
        _ => Err(AppError::Invalid(errs.0)),
    }
}

/// Replaces the totals `old` with `input`'s figures if the version read names `old` (412 when it came as
/// `If-Match`, else 409); audited.
async fn replace(
    txn: &DatabaseTransaction,
    actor: &Actor,
    old: &at::Model,
    (revenue, expense, provenance): (Fixed, Fixed, String),
    input: SetTotals,
) -> Result<at::Model, AppError> {
    let (claimed, if_match) = input
        .version
        .ok_or_else(|| AppError::field("version", crate::error::Said::new("said-if-match-totals", [])))?;
    if claimed != old.version {
        let why = crate::error::Said::new(
            "said-stale-totals",
            [
                ("biennium", old.biennium.clone().into()),
                ("current", i64::from(old.version).into()),
                ("claimed", i64::from(claimed).into()),
            ],
        );
        return Err(crate::models::patching::stale((claimed, if_match), why));
    }
    let am = at::ActiveModel {
        revenue: Set(revenue),
        expense: Set(expense),
        provenance: Set(provenance),
        source: Set(input.source.unwrap_or_else(|| old.source.clone())),
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let saved: at::Model = versioned::update(txn, am, old.id, old.version).await?;
    audit::updated(
        txn,
        Some(actor),
        "adopted_totals",
        old.id,
        &audited(old),
        &audited(&saved),
    )
    .await?;
    Ok(saved)
}

/// Sets the totals adopted for `biennium` of `plan` (admin): creates them, or replaces them when the
/// version read matches (409/412 otherwise); audited in the same transaction.
pub async fn set(
    db: &DatabaseConnection,
    actor: &Actor,
    plan: &plans::Model,
    biennium: &str,
    input: SetTotals,
) -> Result<at::Model, AppError> {
    let figures = figures(plan, biennium, &input)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let saved = match by_biennium(&txn, plan.id).await?.remove(biennium) {
        Some(old) => replace(&txn, actor, &old, figures, input).await?,
        None => {
            let (revenue, expense, provenance) = figures;
            let am = at::ActiveModel {
                plan_id: Set(plan.id),
                biennium: Set(biennium.to_owned()),
                revenue: Set(revenue),
                expense: Set(expense),
                provenance: Set(provenance),
                source: Set(input.source.unwrap_or_default()),
                ..Default::default()
            };
            let saved = versioned::insert(&txn, am).await?;
            audit::created(&txn, Some(actor), "adopted_totals", saved.id, &audited(&saved)).await?;
            saved
        }
    };
    transactions::commit(txn, turn).await?;
    Ok(saved)
}
