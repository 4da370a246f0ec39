//! Financial-plan lines and execution actuals: two tables of one shape (plan, biennium, year, unit, kind,
//! category, amount in CHF thousands). Queries and mutations are written once here and run on either
//! table, chosen by [`MoneyTable`]; the rules a row must satisfy are in [`check`].

use crate::entities::{finance_actuals, finance_lines};
use crate::error::{AppError, FieldError};
use crate::fixed::Fixed;
use crate::models::paging::{PageParams, paginate};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;

/// Which of the two tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyTable {
    /// `finance_lines`: the Decision 5 financial plan.
    Lines,
    /// `finance_actuals`: execution per year.
    Actuals,
}

impl MoneyTable {
    /// The entity type written to the audit log.
    pub fn entity_type(self) -> &'static str {
        match self {
            MoneyTable::Lines => "finance_line",
            MoneyTable::Actuals => "finance_actual",
        }
    }

    /// What a row is called in messages.
    pub fn noun(self) -> &'static str {
        match self {
            MoneyTable::Lines => "financial plan line",
            MoneyTable::Actuals => "execution actual",
        }
    }
}

/// Runs `$body` with `$m` bound to the entity module of table `$t`; both arms must yield the same type.
macro_rules! on_table {
    ($t:expr, $m:ident => $body:expr) => {
        match $t {
            MoneyTable::Lines => {
                use crate::entities::finance_lines as $m;
                $body
            }
            MoneyTable::Actuals => {
                use crate::entities::finance_actuals as $m;
                $body
            }
        }
    };
}

/// One row of either table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyRow {
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
    /// A category of the kind ([`crate::models::finance::check_category`]).
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
        impl From<$m::Model> for MoneyRow {
            fn from(m: $m::Model) -> Self {
                MoneyRow {
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
pub struct MoneyFilter {
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
    t: MoneyTable,
    f: &MoneyFilter,
    page: &PageParams,
) -> Result<(Vec<MoneyRow>, u64, u64, u64), AppError> {
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
        Ok((rows.into_iter().map(MoneyRow::from).collect(), total, p, per))
    })
}

/// The row `id` of plan `plan_id`, if any.
pub async fn get(db: &impl ConnectionTrait, t: MoneyTable, plan_id: i32, id: i32) -> Result<Option<MoneyRow>, DbErr> {
    on_table!(t, m => Ok(m::Entity::find_by_id(id)
        .filter(m::Column::PlanId.eq(plan_id))
        .one(db)
        .await?
        .map(MoneyRow::from)))
}

/// The id of the row holding the natural key of `r` (plan, year, unit, kind, category), if any.
pub async fn find_key(db: &impl ConnectionTrait, t: MoneyTable, r: &MoneyRow) -> Result<Option<i32>, DbErr> {
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
pub async fn insert(db: &impl ConnectionTrait, t: MoneyTable, r: &MoneyRow) -> Result<MoneyRow, AppError> {
    let now: DateTimeWithTimeZone = chrono::Utc::now().into();
    on_table!(t, m => {
        let am = m::ActiveModel {
            plan_id: Set(r.plan_id),
            biennium: Set(r.biennium.clone()),
            year: Set(r.year),
            org_unit_id: Set(r.org_unit_id),
            kind: Set(r.kind.clone()),
            category: Set(r.category.clone()),
            description: Set(r.description.clone()),
            amount: Set(r.amount),
            provenance: Set(r.provenance.clone()),
            source: Set(r.source.clone()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        Ok(MoneyRow::from(am.insert(db).await?))
    })
}

/// Writes the fields of `r` over row `r.id` if it is still at version `expected`, moving it to
/// `expected + 1`; a concurrent change makes it a conflict and writes nothing.
pub async fn update(
    db: &impl ConnectionTrait,
    t: MoneyTable,
    r: &MoneyRow,
    expected: i32,
) -> Result<MoneyRow, AppError> {
    on_table!(t, m => {
        let am = m::ActiveModel {
            biennium: Set(r.biennium.clone()),
            year: Set(r.year),
            org_unit_id: Set(r.org_unit_id),
            kind: Set(r.kind.clone()),
            category: Set(r.category.clone()),
            description: Set(r.description.clone()),
            amount: Set(r.amount),
            provenance: Set(r.provenance.clone()),
            source: Set(r.source.clone()),
            version: Set(expected + 1),
            updated_at: Set(chrono::Utc::now().into()),
            ..Default::default()
        };
        let saved: m::Model = crate::models::versioned::update(db, am, r.id, expected).await?;
        Ok(MoneyRow::from(saved))
    })
}

/// Deletes row `id`.
pub async fn delete(db: &impl ConnectionTrait, t: MoneyTable, id: i32) -> Result<(), DbErr> {
    on_table!(t, m => {
        m::Entity::delete_by_id(id).exec(db).await?;
        Ok(())
    })
}

/// The provenance values a row may carry.
pub const PROVENANCES: &[&str] = &["verified", "verified-2nd", "illustrative", "entered"];

/// Every rule a row must satisfy on its own, for a plan running `start..=end`; returns every broken one.
/// (Uniqueness needs the database and is checked by the caller.)
pub fn check(r: &MoneyRow, start: i32, end: i32) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, reason: String| {
        errs.push(FieldError {
            field: field.into(),
            reason,
        })
    };
    if !["revenue", "expense"].contains(&r.kind.as_str()) {
        bad("kind", "must be revenue or expense".into());
    } else if let Err(e) = crate::models::finance::check_category(&r.kind, &r.category) {
        bad("category", e);
    }
    if !(start..=end).contains(&r.year) {
        bad("year", format!("{} is outside the plan ({start}-{end})", r.year));
    }
    match crate::models::finance::biennium_years(&r.biennium) {
        None => bad("biennium", "must be two consecutive years, e.g. 2028-2029".into()),
        Some((a, b)) if a < start || b > end => {
            bad(
                "biennium",
                format!("{} is outside the plan ({start}-{end})", r.biennium),
            );
        }
        Some((a, b)) if r.year != a && r.year != b => {
            bad("year", format!("{} is not in the biennium {}", r.year, r.biennium));
        }
        Some(_) => {}
    }
    if r.amount < Fixed::ZERO {
        bad("amount", "must not be negative".into());
    }
    if !PROVENANCES.contains(&r.provenance.as_str()) {
        bad("provenance", format!("must be one of {}", PROVENANCES.join(", ")));
    }
    errs
}
