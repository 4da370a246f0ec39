//! The queries and mutations of financial-plan lines and actuals, written once and run on either table
//! (chosen by [`FinanceTable`]).

use super::FinanceTable;
use crate::entities::{finance_actuals, finance_lines};
use crate::error::AppError;
use crate::fixed::Fixed;
use crate::models::paging::{PageParams, paginate};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// Runs `$body` with `$m` bound to the entity module of table `$t`; both arms must yield the same type.
macro_rules! on_table {
    ($t:expr, $m:ident => $body:expr) => {
        match $t {
            FinanceTable::Lines => {
                use crate::entities::finance_lines as $m;
                $body
            }
            FinanceTable::Actuals => {
                use crate::entities::finance_actuals as $m;
                $body
            }
        }
    };
}

/// The columns of row `$r` that a write sets, as an active model of the table module `$m`.
macro_rules! written_columns {
    ($m:ident, $r:expr) => {
        $m::ActiveModel {
            biennium: Set($r.biennium.clone()),
            year: Set($r.year),
            org_unit_id: Set($r.org_unit_id),
            kind: Set($r.kind.clone()),
            category: Set($r.category.clone()),
            description: Set($r.description.clone()),
            amount: Set($r.amount),
            provenance: Set($r.provenance.clone()),
            source: Set($r.source.clone()),
            ..Default::default()
        }
    };
}

/// One row of either table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FinanceRow {
    /// Row id (0 before insertion).
    pub id: i32,
    /// Plan id.
    pub plan_id: i32,
    /// e.g. `2028-2029`.
    pub biennium: String,
    /// Year.
    pub year: i32,
    /// Org unit id.
    pub org_unit_id: i32,
    /// revenue or expense.
    pub kind: String,
    /// A category of the kind ([`super::check_category`]).
    pub category: String,
    /// Free text.
    pub description: String,
    /// CHF thousands, ≥ 0.
    pub amount: Fixed,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Source URL(s).
    pub source: String,
    /// Concurrency version.
    pub version: i32,
    /// Created.
    pub created_at: DateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: DateTimeWithTimeZone,
}

macro_rules! row_from {
    ($m:ident) => {
        impl From<$m::Model> for FinanceRow {
            fn from(m: $m::Model) -> Self {
                FinanceRow {
                    id: m.id,
                    plan_id: m.plan_id,
                    biennium: m.biennium,
                    year: m.year,
                    org_unit_id: m.org_unit_id,
                    kind: m.kind,
                    category: m.category,
                    description: m.description,
                    amount: m.amount,
                    provenance: m.provenance,
                    source: m.source,
                    version: m.version,
                    created_at: m.created_at,
                    updated_at: m.updated_at,
                }
            }
        }
    };
}
row_from!(finance_lines);
row_from!(finance_actuals);

/// Filters of a list.
#[derive(Debug, Clone, Default)]
pub struct FinanceFilter {
    /// Plan id (always set).
    pub plan_id: i32,
    /// Biennium, e.g. `2028-2029`.
    pub biennium: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit id.
    pub unit_id: Option<i32>,
    /// revenue or expense.
    pub kind: Option<String>,
    /// Category.
    pub category: Option<String>,
}

/// One page of rows matching `f`, sorted by `page.sort` (year, biennium, kind, category, amount,
/// updated_at; default year), ties by id; returns rows, total, page, per_page.
pub async fn list(
    db: &impl ConnectionTrait,
    t: FinanceTable,
    f: &FinanceFilter,
    page: &PageParams,
) -> Result<(Vec<FinanceRow>, u64, u64, u64), AppError> {
    on_table!(t, m => {
        let mut q = m::Entity::find().filter(m::Column::PlanId.eq(f.plan_id));
        if let Some(b) = &f.biennium { q = q.filter(m::Column::Biennium.eq(b.as_str())); }
        if let Some(y) = f.year { q = q.filter(m::Column::Year.eq(y)); }
        if let Some(u) = f.unit_id { q = q.filter(m::Column::OrgUnitId.eq(u)); }
        if let Some(k) = &f.kind { q = q.filter(m::Column::Kind.eq(k.as_str())); }
        if let Some(c) = &f.category { q = q.filter(m::Column::Category.eq(c.as_str())); }
        let column = |name: &str| match name {
            "year" => Some(m::Column::Year),
            "biennium" => Some(m::Column::Biennium),
            "kind" => Some(m::Column::Kind),
            "category" => Some(m::Column::Category),
            "amount" => Some(m::Column::Amount),
            "updated_at" => Some(m::Column::UpdatedAt),
            _ => None,
        };
        let (rows, total, p, per) = paginate(db, q, page, column, m::Column::Year, m::Column::Id).await?;
        Ok((rows.into_iter().map(FinanceRow::from).collect(), total, p, per))
    })
}

/// Every row of plan `plan_id`, by year, then id.
pub async fn all(db: &impl ConnectionTrait, t: FinanceTable, plan_id: i32) -> Result<Vec<FinanceRow>, DbErr> {
    on_table!(t, m => Ok(m::Entity::find()
        .filter(m::Column::PlanId.eq(plan_id))
        .order_by_asc(m::Column::Year)
        .order_by_asc(m::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(FinanceRow::from)
        .collect()))
}

/// The row `id` of plan `plan_id`, if any.
pub async fn get(
    db: &impl ConnectionTrait,
    t: FinanceTable,
    plan_id: i32,
    id: i32,
) -> Result<Option<FinanceRow>, DbErr> {
    on_table!(t, m => Ok(m::Entity::find_by_id(id)
        .filter(m::Column::PlanId.eq(plan_id))
        .one(db)
        .await?
        .map(FinanceRow::from)))
}

/// The id of the row holding the natural key of `r` (plan, year, unit, kind, category), if any.
pub async fn find_key(db: &impl ConnectionTrait, t: FinanceTable, r: &FinanceRow) -> Result<Option<i32>, DbErr> {
    on_table!(t, m => Ok(m::Entity::find()
        .filter(m::Column::PlanId.eq(r.plan_id))
        .filter(m::Column::Year.eq(r.year))
        .filter(m::Column::OrgUnitId.eq(r.org_unit_id))
        .filter(m::Column::Kind.eq(r.kind.as_str()))
        .filter(m::Column::Category.eq(r.category.as_str()))
        .one(db)
        .await?
        .map(|x| x.id)))
}

/// Inserts `r` (its id and version are ignored: a new row starts at version 1).
pub async fn insert(db: &impl ConnectionTrait, t: FinanceTable, r: &FinanceRow) -> Result<FinanceRow, AppError> {
    on_table!(t, m => {
        let am = m::ActiveModel {
            plan_id: Set(r.plan_id),
            ..written_columns!(m, r)
        };
        Ok(FinanceRow::from(crate::models::versioned::insert(db, am).await?))
    })
}

/// Writes the fields of `r` over row `r.id` if it is still at version `expected`, moving it to
/// `expected + 1`; a concurrent change makes it a conflict and writes nothing.
pub async fn update(
    db: &impl ConnectionTrait,
    t: FinanceTable,
    r: &FinanceRow,
    expected: i32,
) -> Result<FinanceRow, AppError> {
    on_table!(t, m => {
        let am = m::ActiveModel {
            version: Set(expected + 1),
            updated_at: Set(chrono::Utc::now().into()),
            ..written_columns!(m, r)
        };
        let saved: m::Model = crate::models::versioned::update(db, am, r.id, expected).await?;
        Ok(FinanceRow::from(saved))
    })
}

/// Deletes row `id`.
pub async fn delete(db: &impl ConnectionTrait, t: FinanceTable, id: i32) -> Result<(), DbErr> {
    on_table!(t, m => {
        m::Entity::delete_by_id(id).exec(db).await?;
        Ok(())
    })
}
