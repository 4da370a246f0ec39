//! Finance of a plan: the Decision 5 financial-plan lines, their execution, the allocation of each
//! unit's budget to results, the reconciliation of the totals, and the derived cost per result node.

pub mod actuals;
pub mod adopted_totals;
pub mod allocations;
pub mod cost;
pub mod lines;
pub mod money;
pub mod reconciliation;

use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(lines::list_finance_lines, lines::create_finance_line))
        .routes(routes!(
            lines::get_finance_line,
            lines::update_finance_line,
            lines::delete_finance_line
        ))
        .routes(routes!(actuals::list_finance_actuals, actuals::create_finance_actual))
        .routes(routes!(
            actuals::get_finance_actual,
            actuals::update_finance_actual,
            actuals::delete_finance_actual
        ))
        .merge(allocations::routes())
        .routes(routes!(adopted_totals::list_adopted_totals))
        .routes(routes!(adopted_totals::set_adopted_totals))
        .routes(routes!(reconciliation::get_reconciliation))
        .routes(routes!(cost::get_cost))
}
