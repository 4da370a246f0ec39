//! The totals the financial plan adopts per biennium (Decision 5): a plan parameter set by the admin (or
//! the seed), independent of the financial-plan lines, so that the reconciliation can compare the lines
//! with something other than themselves.

use crate::auth::Actor;
use crate::entities::{adopted_totals as at, plans};
use crate::error::{AppError, FieldError};
use crate::fixed::Fixed;
use crate::models::finance_rows::PROVENANCES;
use crate::models::finance_rows::{biennium_of, biennium_years};
use crate::models::{audit, transactions, versioned};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
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
pub fn check_biennium(plan: &plans::Model, biennium: &str) -> Result<(), String> {
    let ok = biennium_years(biennium).is_some_and(|(a, z)| {
        a >= plan.start_year && z <= plan.end_year && biennium_of(a, plan.start_year) == biennium
    });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{biennium}` is not a biennium of plan {} ({}-{}): write YYYY-YYYY, starting in {} or every second year after",
            plan.code, plan.start_year, plan.end_year, plan.start_year
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

fn amount(field: &str, v: Option<Decimal>, errs: &mut Vec<FieldError>) -> Option<Fixed> {
    let mut bad = |reason: String| {
        errs.push(FieldError {
            field: field.into(),
            reason,
        })
    };
    match v.map(Fixed::from_decimal) {
        None => bad("is required".into()),
        Some(Err(e)) => bad(e.to_string()),
        Some(Ok(_)) if v.is_some_and(|v| v < Decimal::ZERO) => bad("must not be negative".into()),
        Some(Ok(f)) => return Some(f),
    }
    None
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
    let mut errs = Vec::new();
    if let Err(e) = check_biennium(plan, biennium) {
        errs.push(FieldError {
            field: "biennium".into(),
            reason: e,
        });
    }
    let revenue = amount("revenue", input.revenue, &mut errs);
    let expense = amount("expense", input.expense, &mut errs);
    let provenance = input.provenance.unwrap_or_else(|| "entered".into());
    if !PROVENANCES.contains(&provenance.as_str()) {
        errs.push(FieldError {
            field: "provenance".into(),
            reason: format!("must be one of {}", PROVENANCES.join(", ")),
        });
    }
    let (Some(revenue), Some(expense), true) = (revenue, expense, errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    let (txn, turn) = transactions::begin_write(db).await?;
    let old = by_biennium(&txn, plan.id).await?.remove(biennium);
    let now = chrono::Utc::now();
    let saved = match &old {
        Some(old) => {
            let (claimed, if_match) = input
                .version
                .ok_or_else(|| AppError::field("version", "is required to replace totals (or send If-Match)"))?;
            if claimed != old.version {
                let msg = format!(
                    "adopted totals {biennium} are at version {}, not {claimed}: reload them and apply your change again",
                    old.version
                );
                return Err(if if_match {
                    AppError::PreconditionFailed(msg)
                } else {
                    AppError::Conflict(msg)
                });
            }
            let am = at::ActiveModel {
                revenue: Set(revenue),
                expense: Set(expense),
                provenance: Set(provenance),
                source: Set(input.source.unwrap_or_else(|| old.source.clone())),
                version: Set(old.version + 1),
                updated_at: Set(now.into()),
                ..Default::default()
            };
            let saved: at::Model = versioned::update(&txn, am, old.id, old.version).await?;
            audit::updated(
                &txn,
                Some(actor),
                "adopted_totals",
                old.id,
                &audited(old),
                &audited(&saved),
            )
            .await?;
            saved
        }
        None => {
            let saved = at::ActiveModel {
                plan_id: Set(plan.id),
                biennium: Set(biennium.to_owned()),
                revenue: Set(revenue),
                expense: Set(expense),
                provenance: Set(provenance),
                source: Set(input.source.unwrap_or_default()),
                version: Set(1),
                created_at: Set(now.into()),
                updated_at: Set(now.into()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            audit::created(&txn, Some(actor), "adopted_totals", saved.id, &audited(&saved)).await?;
            saved
        }
    };
    transactions::commit(txn, turn).await?;
    Ok(saved)
}
