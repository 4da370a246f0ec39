//! What financial-plan lines and execution actuals share: list filters, request bodies, and the list,
//! read, create, update and delete steps. The two route modules differ only in who may write:
//! lines are the admin's, actuals are also their unit's planner's. Reading is in [`read`], writing in
//! [`write`].

pub mod read;
pub mod write;

pub use read::{get, list};
pub use write::{create, delete, update};

use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, FieldError};
use crate::fixed::Fixed;
use crate::models::money::{self, MoneyRow, MoneyTable};
use crate::policy::{Action, authorize};
use crate::views::finance::MoneyView;
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
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// year, biennium, kind, category, amount or updated_at; `-` first for descending. Ties by id.
    pub sort: Option<String>,
}

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

/// May `actor` write rows of table `t` for some unit at all? Asked before the body is read, so a reviewer
/// is refused whatever they send. For actuals this asks about the actor's own unit; the unit of the row
/// itself is checked by [`may_write_unit`].
pub fn may_write(actor: &Actor, t: MoneyTable) -> AppResult<()> {
    match t {
        MoneyTable::Lines => authorize(actor, Action::Administer),
        MoneyTable::Actuals => authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1))),
    }
}

pub(super) fn may_write_unit(actor: &Actor, t: MoneyTable, unit_id: i32) -> AppResult<()> {
    match t {
        MoneyTable::Lines => authorize(actor, Action::Administer),
        MoneyTable::Actuals => authorize(actor, Action::WriteUnit(unit_id)),
    }
}

pub(super) fn view(r: &MoneyRow, plan: &plans::Model, units: &HashMap<i32, String>) -> MoneyView {
    MoneyView::new(r, &plan.code, units.get(&r.org_unit_id).map_or("", String::as_str))
}

pub(super) fn amount(field: &str, v: Decimal, errs: &mut Vec<FieldError>) -> Option<Fixed> {
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

pub(super) fn invalid(errs: Vec<FieldError>) -> AppResult<()> {
    if errs.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Row `id` of `plan` in table `t`, or 404.
pub(super) async fn row_or_404(
    db: &impl ConnectionTrait,
    t: MoneyTable,
    plan: &plans::Model,
    id: i32,
) -> AppResult<MoneyRow> {
    money::get(db, t, plan.id, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("{} {id} of plan {}", t.noun(), plan.code)))
}
