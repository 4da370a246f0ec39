//! Paging, sorting and searching of lists: the one way every list use case pages its rows.

use crate::error::{AppError, FieldError};
use crate::limits;
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QueryOrder, Select};
use serde::{Deserialize, Serialize};

/// Paging and sorting of a list route.
#[derive(Debug, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, 1..=1,000,000 ([`limits::MAX_PAGE`]).
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// Sort field; prefix with `-` for descending. Ties are broken by id.
    pub sort: Option<String>,
}

/// "must be between 1 and `max`".
fn between(max: u64) -> crate::error::Reason {
    super::checks::between(1, i64::try_from(max).unwrap_or(i64::MAX))
}

impl PageParams {
    /// The page (from 1) and the page size, validated.
    pub fn resolve(&self) -> Result<(u64, u64), AppError> {
        let page = self.page.unwrap_or(1);
        let per = self.per_page.unwrap_or(50);
        let mut errs = Vec::new();
        // Bounded above too: sea-orm multiplies page by size into a signed offset, which a page of
        // 2^63 overflowed (a panic, the connection dropped).
        if !(1..=limits::MAX_PAGE).contains(&page) {
            errs.push(FieldError::new("page", between(limits::MAX_PAGE)));
        }
        if !(1..=limits::MAX_PER_PAGE).contains(&per) {
            errs.push(FieldError::new("per_page", between(limits::MAX_PER_PAGE)));
        }
        if errs.is_empty() {
            Ok((page, per))
        } else {
            Err(AppError::Invalid(errs))
        }
    }
}

/// The page (from 1) and size of `page` and `per_page`, each problem added to `errs` (then `(1, 1)`,
/// so the caller can go on collecting the other fields' problems before refusing them all at once).
pub fn page_and_size(errs: &mut crate::error::FieldErrors, page: Option<u64>, per_page: Option<u64>) -> (u64, u64) {
    match (PageParams {
        page,
        per_page,
        sort: None,
    })
    .resolve()
    {
        Ok(pp) => pp,
        Err(AppError::Invalid(e)) => {
            errs.0.extend(e);
            (1, 1)
        }
        // `resolve` refuses nothing but fields.
        Err(_) => (1, 1),
    }
}

/// One page of a list, with the total across pages.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Items across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// Sorts `select` by the field named in `params.sort` (looked up with `column`), then by `id`, and
/// returns one page and the total.
pub async fn paginate<E, C>(
    db: &C,
    select: Select<E>,
    params: &PageParams,
    column: impl Fn(&str) -> Option<E::Column>,
    default_sort: E::Column,
    id: E::Column,
) -> Result<(Vec<E::Model>, u64, u64, u64), AppError>
where
    E: EntityTrait,
    E::Model: Send + Sync,
    C: ConnectionTrait,
{
    let (page, per) = params.resolve()?;
    let mut select = select;
    match params.sort.as_deref().filter(|s| !s.is_empty()) {
        None => select = select.order_by_asc(default_sort),
        Some(s) => {
            let (desc, name) = s.strip_prefix('-').map_or((false, s), |n| (true, n));
            let Some(col) = column(name) else {
                return Err(AppError::field(
                    "sort",
                    crate::error::Said::new("said-not-sortable", [("name", name.to_string().into())]),
                ));
            };
            select = if desc {
                select.order_by_desc(col)
            } else {
                select.order_by_asc(col)
            };
        }
    }
    let paginator = select.order_by_asc(id).paginate(db, per);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    Ok((items, total, page, per))
}

/// Case-insensitive "contains" on `col`, with `%` and `_` in the text taken literally.
pub fn contains(col: impl sea_orm::sea_query::IntoColumnRef, text: &str) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Expr::expr(Func::lower(Expr::col(col))).like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}
