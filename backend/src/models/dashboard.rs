//! What the dashboard shows for a plan and year: the evaluation (statuses and roll-ups), the expense
//! budget and actual per org unit, how many values wait for approval where the user sees them, the
//! values returned to the user, and the charts. Everything is computed once per data version
//! ([`crate::models::cache`]): what every user sees alike once, what depends on the user once for each.

use crate::auth::{Actor, Role};
use crate::entities::{finance_actuals, finance_lines, indicators, measurements};
use crate::error::{AppError, AppResult};
use crate::fixed::{Fixed, sum_of};
use crate::models::cache::{Derived, Snapshot};
use crate::models::collection::{self, Basis, Board};
use crate::models::evaluation::Evaluation;
use crate::models::measurements::returned::{Returned, returned_to};
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use stratrack_i18n::Lang;

/// The dashboard of a plan for a year as one user sees it.
pub struct Dashboard {
    /// The plan evaluated for the year.
    pub evaluation: Arc<Evaluation>,
    /// What every user sees alike: unit codes, budgets, actuals and charts.
    pub figures: Arc<Figures>,
    /// Values waiting for approval: all for the Secretary-General's office, the own unit's for a
    /// planner, none for a Council reviewer.
    pub waiting: u64,
    /// What the year's statuses rest on: its own values or older ones standing in.
    pub basis: Basis,
    /// How far the collection of the year has come where the user may see it (the office: every unit;
    /// a planner: their own), none for a Council reviewer.
    pub collection: Option<Board>,
    /// The values returned to the user for correction, newest return first, at most
    /// [`RETURNED_SHOWN`].
    pub returned: Arc<ReturnedTo>,
}

/// How many returned values the dashboard lists at most.
pub const RETURNED_SHOWN: u64 = 50;

/// The values returned to one user ([`returned_to`]), kept per data version: a return, a correction or
/// a change of the user's unit is a write and raises the version.
pub struct ReturnedTo(pub Vec<Returned>);

impl Derived for ReturnedTo {
    /// The user's id.
    type Key = i32;
}

/// What the dashboard of a plan for a year shows to every user alike, computed once per data version
/// (the reads of finance and the rendering of the charts cost far more than serving them).
pub struct Figures {
    /// Code of every org unit by id.
    pub unit_codes: HashMap<i32, String>,
    /// Expense budget of the year per org unit id (units with a budget only).
    pub budgets: BTreeMap<i32, Decimal>,
    /// Expense actual of the year per org unit id.
    pub actuals: BTreeMap<i32, Decimal>,
    /// Charts as inline SVG, each with its caption, in the reader's language.
    pub charts: Vec<(String, String)>,
}

impl Derived for Figures {
    /// Plan id, year and the reader's language (the charts are drawn in it: a French reader never gets
    /// an English reader's charts).
    type Key = (i32, i32, Lang);
}

/// How many values wait for approval in one scope, kept per data version.
struct Waiting(u64);

impl Derived for Waiting {
    /// The org unit whose indicators count, `None` for all.
    type Key = Option<i32>;
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

/// How many values wait for approval where `actor` sees them: the count of their scope (all values, or
/// their own unit's for a planner) at this snapshot's version.
async fn waiting(db: &impl ConnectionTrait, snap: &Snapshot<'_>, actor: &Actor) -> AppResult<u64> {
    let scope = match actor.role {
        Role::Reviewer => return Ok(0),
        Role::Planner => Some(actor.unit_id.unwrap_or(0)),
        Role::Admin => None,
    };
    let count = snap
        .derived(scope, async {
            let mut q = measurements::Entity::find().filter(measurements::Column::State.eq("submitted"));
            if let Some(unit) = scope {
                let own = sea_orm::sea_query::Query::select()
                    .column(indicators::Column::Id)
                    .from(indicators::Entity)
                    .and_where(indicators::Column::OwnerUnitId.eq(unit))
                    .to_owned();
                q = q.filter(measurements::Column::IndicatorId.in_subquery(own));
            }
            Ok::<_, AppError>(Waiting(q.count(db).await?))
        })
        .await?;
    Ok(count.0)
}

/// The figures of `plan_id`'s dashboard for `year` (unit codes, expense budget and actual per unit,
/// charts of `evaluation` in `lang`), read and drawn anew.
async fn figures(
    db: &impl ConnectionTrait,
    (plan_id, year, lang): (i32, i32, Lang),
    evaluation: &Evaluation,
) -> AppResult<Figures> {
    let unit_codes = crate::models::units::codes(db).await?;
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
    let charts = crate::models::report_input::dashboard_charts(db, evaluation, lang).await?;
    Ok(Figures {
        unit_codes,
        budgets,
        actuals,
        charts,
    })
}

/// The dashboard of `plan` for `year` as `actor` sees it in `lang`, at `snap`'s data version, with the
/// collection's overdue judged on `today`: everything but the waiting count and the collection is the same for every
/// reader of a language and comes from the cache while the data is unchanged.
pub async fn dashboard(
    db: &impl ConnectionTrait,
    snap: &Snapshot<'_>,
    actor: &Actor,
    plan: Plan,
    year: i32,
    today: chrono::NaiveDate,
    lang: Lang,
) -> AppResult<Dashboard> {
    authorize(actor, Action::Read)?;
    let plan_id = plan.id;
    let collection = if collection::completeness::may_see_board(actor) {
        Some(collection::board(db, snap, actor, plan.clone(), year, today).await?)
    } else {
        None
    };
    let evaluation = snap.evaluate(db, plan, year).await?;
    let basis = collection::basis::of(&evaluation);
    let figures = snap
        .derived((plan_id, year, lang), figures(db, (plan_id, year, lang), &evaluation))
        .await?;
    let waiting = waiting(db, snap, actor).await?;
    let returned = snap
        .derived(actor.id, async {
            Ok::<_, AppError>(ReturnedTo(returned_to(db, actor, RETURNED_SHOWN).await?))
        })
        .await?;
    Ok(Dashboard {
        evaluation,
        figures,
        waiting,
        basis,
        collection,
        returned,
    })
}
