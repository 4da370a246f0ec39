//! What the dashboard shows for a plan and year: the evaluation (statuses and roll-ups), the expense
//! budget and actual per org unit, how many values wait for approval where the user sees them, and
//! the charts.

use crate::auth::{Actor, Role};
use crate::entities::{finance_actuals, finance_lines, indicators, measurements, org_units};
use crate::error::AppResult;
use crate::fixed::{Fixed, sum_of};
use crate::models::evaluation::{Cache, Evaluation};
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The dashboard of a plan for a year.
pub struct Dashboard {
    /// The plan evaluated for the year.
    pub evaluation: Arc<Evaluation>,
    /// Code of every org unit by id.
    pub unit_codes: BTreeMap<i32, String>,
    /// Expense budget of the year per org unit id (units with a budget only).
    pub budgets: BTreeMap<i32, Decimal>,
    /// Expense actual of the year per org unit id.
    pub actuals: BTreeMap<i32, Decimal>,
    /// Values waiting for approval: all for the Secretary-General's office, the own unit's for a
    /// planner, none for a Council reviewer.
    pub waiting: u64,
    /// Charts as inline SVG, each with its caption.
    pub charts: Vec<(String, String)>,
}

/// The plan, year, kind, unit and amount columns of a money table.
type MoneyColumns<E> = (
    <E as EntityTrait>::Column,
    <E as EntityTrait>::Column,
    <E as EntityTrait>::Column,
    <E as EntityTrait>::Column,
    <E as EntityTrait>::Column,
);

async fn unit_totals<E: EntityTrait>(
    db: &impl ConnectionTrait,
    plan: i32,
    year: i32,
    cols: MoneyColumns<E>,
) -> AppResult<BTreeMap<i32, Decimal>> {
    let (plan_c, year_c, kind_c, unit_c, amount_c) = cols;
    let rows: Vec<(i32, Option<i64>)> = E::find()
        .select_only()
        .column(unit_c)
        .column_as(sum_of(amount_c), "total")
        .filter(plan_c.eq(plan))
        .filter(year_c.eq(year))
        .filter(kind_c.eq("expense"))
        .group_by(unit_c)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, t)| (u, Fixed::from_raw(t.unwrap_or(0)).to_decimal()))
        .collect())
}

/// How many values wait for approval where `actor` sees them.
async fn waiting(db: &impl ConnectionTrait, actor: &Actor) -> AppResult<u64> {
    let mut q = measurements::Entity::find().filter(measurements::Column::State.eq("submitted"));
    if actor.role == Role::Planner {
        let own = sea_orm::sea_query::Query::select()
            .column(indicators::Column::Id)
            .from(indicators::Entity)
            .and_where(indicators::Column::OwnerUnitId.eq(actor.unit_id.unwrap_or(0)))
            .to_owned();
        q = q.filter(measurements::Column::IndicatorId.in_subquery(own));
    }
    Ok(if actor.role == Role::Reviewer {
        0
    } else {
        q.count(db).await?
    })
}

/// The dashboard of `plan` for `year` as `actor` sees it.
pub async fn dashboard(
    db: &impl ConnectionTrait,
    cache: &Cache,
    actor: &Actor,
    plan: Plan,
    year: i32,
) -> AppResult<Dashboard> {
    authorize(actor, Action::Read)?;
    let plan_id = plan.id;
    let evaluation = cache.evaluate(db, plan, year).await?;
    let unit_codes = org_units::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    use finance_actuals::Column as A;
    use finance_lines::Column as L;
    let budgets = unit_totals::<finance_lines::Entity>(
        db,
        plan_id,
        year,
        (L::PlanId, L::Year, L::Kind, L::OrgUnitId, L::Amount),
    )
    .await?;
    let actuals = unit_totals::<finance_actuals::Entity>(
        db,
        plan_id,
        year,
        (A::PlanId, A::Year, A::Kind, A::OrgUnitId, A::Amount),
    )
    .await?;
    let waiting = waiting(db, actor).await?;
    let charts = crate::models::report_input::dashboard_charts(db, &evaluation).await?;
    Ok(Dashboard {
        evaluation,
        unit_codes,
        budgets,
        actuals,
        waiting,
        charts,
    })
}
