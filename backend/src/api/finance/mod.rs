//! Finance of a plan: the Decision 5 financial-plan lines, their execution, the allocation of each
//! unit's budget to results, the reconciliation of the totals, and the derived cost per result node.

pub mod adopted_totals;
pub mod allocations;
pub mod cost;
pub mod finance_rows;
pub mod reconciliation;

use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            finance_rows::list_finance_lines,
            finance_rows::create_finance_line
        ))
        .routes(routes!(
            finance_rows::get_finance_line,
            finance_rows::update_finance_line,
            finance_rows::delete_finance_line
        ))
        .routes(routes!(
            finance_rows::list_finance_actuals,
            finance_rows::create_finance_actual
        ))
        .routes(routes!(
            finance_rows::get_finance_actual,
            finance_rows::update_finance_actual,
            finance_rows::delete_finance_actual
        ))
        .merge(allocations::routes())
        .routes(routes!(adopted_totals::list_adopted_totals))
        .routes(routes!(adopted_totals::set_adopted_totals))
        .routes(routes!(reconciliation::get_reconciliation))
        .routes(routes!(cost::get_cost))
}
