//! Reading financial-plan lines or actuals: a filtered page, or one row.

use super::{MoneyListParams, invalid, row_or_404, view};
use crate::api::common::{Page, PageParams, Tagged};
use crate::error::{AppResult, FieldError};
use crate::models::money::{self, MoneyFilter, MoneyTable};
use crate::models::plans::plan_by_code;
use crate::models::{finance, refs};
use crate::state::AppState;
use crate::views::finance::MoneyView;

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
    let units = crate::models::units::codes(&st.db).await?;
    Ok(Page {
        items: rows.iter().map(|r| view(r, &plan, &units)).collect(),
        total,
        page,
        per_page,
    })
}

/// Reads row `id` of plan `code`.
pub async fn get(st: &AppState, t: MoneyTable, code: &str, id: i32) -> AppResult<Tagged<MoneyView>> {
    let plan = plan_by_code(&st.db, code).await?;
    let r = row_or_404(&st.db, t, &plan, id).await?;
    let units = crate::models::units::codes(&st.db).await?;
    Ok(Tagged(r.version, view(&r, &plan, &units)))
}
