//! What the entry and approval screens list besides the grid ([`super::grid`]): one indicator's entry
//! form (its dimensions and its values), and the values waiting for approval across units.

use super::{Indicator, Measurement};
use crate::auth::{Actor, Role};
use crate::entities::users;
use crate::entities::{dimension_values, dimensions, indicator_dimensions, indicators, measurements, org_units};
use crate::error::{AppError, AppResult};
use crate::models::periods;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Refuses the entry screens to reviewers, who read only; planners and admins enter values.
pub fn may_open_entry(actor: &Actor) -> AppResult<()> {
    if actor.role == Role::Reviewer {
        return Err(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-reviewer-entry",
            [],
        )));
    }
    Ok(())
}

/// The indicators of plan `plan_id` whose values org unit `unit` enters (the ones it owns), or every
/// unit's when `unit` is `None`: the one rule of who owes which values, used by the entry screen and by
/// the completeness board ([`crate::models::collection`]), which counts them as the values expected.
pub fn entered_by(plan_id: i32, unit: Option<i32>) -> sea_orm::Select<indicators::Entity> {
    let q = indicators::Entity::find().filter(indicators::Column::PlanId.eq(plan_id));
    match unit {
        Some(u) => q.filter(indicators::Column::OwnerUnitId.eq(u)),
        None => q,
    }
}

/// Why `year` of `plan` takes no values of org unit `unit` (the lock, or the failure to read it), or None
/// when open or when the unit holds an active lock exception (`unit` None: whatever the exceptions).
async fn lock_of(db: &impl ConnectionTrait, plan: &Plan, year: i32, unit: Option<i32>) -> Option<crate::error::Reason> {
    periods::refusal(db, plan, year, unit)
        .await
        .unwrap_or_else(|e| Some(crate::error::AppError::from(e).reason()))
}

/// A dimension an indicator is disaggregated by, with its values `(code, name)` in sort order.
#[derive(Debug, Clone)]
pub struct Dimension {
    /// Code, e.g. `sex`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Its values, `(code, name)`.
    pub values: Vec<(String, String)>,
}

/// What the entry form of one indicator shows.
#[derive(Debug, Clone)]
pub struct EntryForm {
    /// The indicator.
    pub indicator: Indicator,
    /// Code of the org unit owning it.
    pub unit: String,
    /// Its dimensions, by code.
    pub dimensions: Vec<Dimension>,
    /// Every value of the indicator: latest year first, then by disaggregation and revision.
    pub values: Vec<Measurement>,
    /// Why the year shown takes no values, while it is locked.
    pub lock: Option<crate::error::Reason>,
}

/// The entry form of indicator `code` of `plan` in `year`, for `actor`: 404 for an unknown code, 403
/// for an indicator of a unit the actor does not enter for.
pub async fn entry_form(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &Plan,
    year: i32,
    code: &str,
) -> AppResult<EntryForm> {
    let ind = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .filter(indicators::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-indicator-code",
                [("code", code.into())],
            ))
        })?;
    authorize(actor, Action::WriteUnit(ind.owner_unit_id))?;
    let dimensions = dimensions_of(db, ind.id).await?;
    let values = measurements::Entity::find()
        .filter(measurements::Column::IndicatorId.eq(ind.id))
        .order_by_desc(measurements::Column::Year)
        .order_by_asc(measurements::Column::Disaggregation)
        .order_by_asc(measurements::Column::Revision)
        .all(db)
        .await?;
    let lock = lock_of(db, plan, year, Some(ind.owner_unit_id)).await;
    let unit = org_units::Entity::find_by_id(ind.owner_unit_id)
        .one(db)
        .await?
        .map(|u| u.code)
        .unwrap_or_default();
    Ok(EntryForm {
        indicator: ind,
        unit,
        dimensions,
        values,
        lock,
    })
}

/// The dimensions of indicator `indicator_id` by code, each with its values in sort order.
async fn dimensions_of(db: &impl ConnectionTrait, indicator_id: i32) -> AppResult<Vec<Dimension>> {
    let dim_ids: Vec<i32> = indicator_dimensions::Entity::find()
        .filter(indicator_dimensions::Column::IndicatorId.eq(indicator_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.dimension_id)
        .collect();
    let mut dims = Vec::new();
    for d in dimensions::Entity::find()
        .filter(dimensions::Column::Id.is_in(dim_ids))
        .order_by_asc(dimensions::Column::Code)
        .all(db)
        .await?
    {
        let values = dimension_values::Entity::find()
            .filter(dimension_values::Column::DimensionId.eq(d.id))
            .order_by_asc(dimension_values::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .map(|v| (v.code, v.name))
            .collect();
        dims.push(Dimension {
            code: d.code,
            name: d.name,
            values,
        });
    }
    Ok(dims)
}

/// A value waiting for approval, with what the queue shows of it.
#[derive(Debug, Clone)]
pub struct Submitted {
    /// The value.
    pub value: Measurement,
    /// Its indicator.
    pub indicator: Indicator,
    /// Code of the indicator's plan.
    pub plan: String,
    /// Code of the org unit owning the indicator.
    pub unit: String,
    /// Email of who submitted it (none for the seed's values).
    pub submitted_by: Option<String>,
}

/// What opening the approval queue takes: the Secretary-General's office's right.
const OPEN_QUEUE: Action = Action::Administer;

/// Whether `actor` may open the approval queue ([`approval_queue`] refuses the others): a page links to
/// the queue only for them.
pub fn may_open_queue(actor: &Actor) -> bool {
    crate::policy::allows(actor, OPEN_QUEUE)
}

/// Every submitted value across plans and units, oldest submission first (admins only).
pub async fn approval_queue(db: &impl ConnectionTrait, actor: &Actor) -> AppResult<Vec<Submitted>> {
    authorize(actor, OPEN_QUEUE)?;
    let subs = measurements::Entity::find()
        .filter(measurements::Column::State.eq("submitted"))
        .order_by_asc(measurements::Column::SubmittedAt)
        .order_by_asc(measurements::Column::Id)
        .all(db)
        .await?;
    let inds: HashMap<i32, Indicator> = indicators::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let units = crate::models::units::codes(db).await?;
    let plan_codes = crate::models::plans::codes(db).await?;
    let emails: HashMap<i32, String> = users::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    Ok(subs
        .into_iter()
        .filter_map(|m| {
            let i = inds.get(&m.indicator_id)?;
            Some(Submitted {
                plan: plan_codes.get(&i.plan_id).cloned().unwrap_or_default(),
                unit: units.get(&i.owner_unit_id).cloned().unwrap_or_default(),
                submitted_by: m.submitted_by.and_then(|u| emails.get(&u).cloned()),
                indicator: i.clone(),
                value: m,
            })
        })
        .collect())
}
