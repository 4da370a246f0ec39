//! Reading financial-plan lines or actuals: a filtered page, every row of a plan, or one row. Everyone
//! signed in reads.

use super::{CATEGORIES, FinanceEntry, FinanceFilter, FinanceRow, FinanceTable, store};
use crate::auth::Actor;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::codes;
use crate::models::paging::{Page, PageParams};
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
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

/// The entry of `r` in `plan`, its unit named from `units`.
pub(super) fn entry(r: &FinanceRow, plan: &Plan, units: &HashMap<i32, String>) -> FinanceEntry {
    FinanceEntry::new(r, &plan.code, units.get(&r.org_unit_id).map_or("", String::as_str))
}

/// Fails with every field error gathered, if any.
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
    t: FinanceTable,
    plan: &Plan,
    id: i32,
) -> AppResult<FinanceRow> {
    store::get(db, t, plan.id, id)
        .await?
        .ok_or_else(|| AppError::not_found(t.what(id, &plan.code)))
}

/// The rows of table `t` in plan `code` matching `p`, one page of them.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    p: MoneyListParams,
) -> AppResult<Page<FinanceEntry>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let mut errs = Vec::new();
    let unit = codes::resolve_unit(db, "unit", p.unit.as_deref(), &mut errs).await?;
    if let Some(k) = &p.kind
        && !["revenue", "expense"].contains(&k.as_str())
    {
        errs.push(FieldError::new("kind", Said::new("said-revenue-or-expense", [])));
    }
    if let Some(c) = &p.category
        && !CATEGORIES.contains(&c.as_str())
    {
        errs.push(FieldError::new("category", Said::one_of(CATEGORIES)));
    }
    invalid(errs)?;
    let filter = FinanceFilter {
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
    let (rows, total, page, per_page) = store::list(db, t, &filter, &paging).await?;
    let units = crate::models::units::codes(db).await?;
    Ok(Page {
        items: rows.iter().map(|r| entry(r, &plan, &units)).collect(),
        total,
        page,
        per_page,
    })
}

/// Every row of table `t` in plan `code`, by year (the finance page shows them all).
pub async fn all(
    db: &impl ConnectionTrait,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    only: &Only,
) -> AppResult<Vec<FinanceEntry>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let rows = store::all(db, t, plan.id).await?;
    let units = crate::models::units::codes(db).await?;
    Ok(rows
        .iter()
        .map(|r| entry(r, &plan, &units))
        .filter(|e| only.keeps(e))
        .collect())
}

/// Which rows of a table to read: an empty field keeps every row.
#[derive(Debug, Clone, Default)]
pub struct Only {
    /// Only this biennium, e.g. `2028-2029`.
    pub biennium: String,
    /// Only this year.
    pub year: Option<i32>,
    /// Only this org unit (code).
    pub unit: String,
    /// Only `revenue` or only `expense`.
    pub kind: String,
    /// Only this category, e.g. `staff`.
    pub category: String,
}

impl Only {
    /// Whether entry `e` passes every filter set.
    pub fn keeps(&self, e: &FinanceEntry) -> bool {
        let matches = |want: &str, have: &str| want.trim().is_empty() || want.trim() == have;
        matches(&self.biennium, &e.biennium)
            && self.year.is_none_or(|y| y == e.year)
            && matches(&self.unit, &e.unit)
            && matches(&self.kind, &e.kind)
            && matches(&self.category, &e.category)
    }
}

/// Row `id` of table `t` in plan `code`.
pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    t: FinanceTable,
    code: &str,
    id: i32,
) -> AppResult<FinanceEntry> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let r = row_or_404(db, t, &plan, id).await?;
    let units = crate::models::units::codes(db).await?;
    Ok(entry(&r, &plan, &units))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(year: i32, unit: &str, kind: &str, category: &str) -> FinanceEntry {
        let now = chrono::Utc::now();
        FinanceEntry {
            id: 1,
            plan: "P".into(),
            biennium: super::super::biennium_of(year, 2028),
            year,
            unit: unit.into(),
            kind: kind.into(),
            category: category.into(),
            description: String::new(),
            amount: rust_decimal::Decimal::ONE,
            provenance: "entered".into(),
            source: String::new(),
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn each_filter_set_must_match_and_an_empty_one_keeps_everything() {
        let row = e(2029, "BR", "expense", "staff");
        assert!(Only::default().keeps(&row));
        let only = |f: fn(&mut Only)| {
            let mut o = Only::default();
            f(&mut o);
            o.keeps(&row)
        };
        assert!(only(|o| o.biennium = "2028-2029".into()));
        assert!(!only(|o| o.biennium = "2030-2031".into()));
        assert!(only(|o| o.year = Some(2029)));
        assert!(!only(|o| o.year = Some(2028)));
        assert!(!only(|o| o.unit = "GS".into()));
        assert!(!only(|o| o.kind = "revenue".into()));
        assert!(only(|o| o.category = " staff ".into()));
        assert!(!only(|o| o.category = "non_staff".into()));
    }
}
