//! The approval queue with its context: each submitted value with its indicator, unit of measure, the
//! change from last year's approved value, the expected value and target, the status it would give
//! (by the one rule, [`crate::status::assess`], through [`crate::models::evaluation`]), narrative,
//! evidence, and who entered and submitted it. Filtered by plan, year, unit and a search, paged; read
//! in a fixed number of queries whatever the page size.

use super::{Indicator, Measurement};
use crate::auth::Actor;
use crate::entities::{indicator_milestones, indicators, measurements, plans};
use crate::error::{AppError, AppResult};
use crate::models::evaluation::{spec, thresholds};
use crate::models::paging::{Page, PageParams, contains};
use crate::policy::{Action, authorize};
use crate::status::{self, Assessment, Observation};
use rust_decimal::Decimal;
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap};

/// What the queue shows.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    /// Plan code (None: every plan).
    pub plan: Option<String>,
    /// Year (None: every year).
    pub year: Option<i32>,
    /// Org unit code owning the indicators (None: every unit).
    pub unit: Option<String>,
    /// Text searched in the indicator's code and name.
    pub q: Option<String>,
    /// Page and page size.
    pub page: Option<u64>,
    /// Page size (default 50).
    pub per_page: Option<u64>,
}

/// A submitted value with what the office needs to decide on it.
#[derive(Debug, Clone)]
pub struct InQueue {
    /// The value.
    pub value: Measurement,
    /// Its indicator.
    pub indicator: Indicator,
    /// Code of the indicator's plan.
    pub plan: String,
    /// Code of the org unit owning the indicator.
    pub unit: String,
    /// Last year's approved value of the same slot (same quarter and breakdown), if any.
    pub previous: Option<Measurement>,
    /// The value less `previous`.
    pub change: Option<Decimal>,
    /// The approved value this revision would supersede, which counts until then.
    pub replaces: Option<Measurement>,
    /// The indicator's assessment for the value's year from approved values only (headline values).
    pub now: Option<Assessment>,
    /// The assessment were this value approved (headline values; a breakdown changes no status).
    pub would: Option<Assessment>,
    /// E-mail of who entered it.
    pub entered_by: Option<String>,
    /// E-mail of who submitted it.
    pub submitted_by: Option<String>,
}

/// A page of the queue, with how many values wait in each plan and year (under the unit and search
/// filters), so that none is missed by looking at one year.
#[derive(Debug)]
pub struct Queue {
    /// The page.
    pub items: Page<InQueue>,
    /// Submitted values per (plan code, year), every plan and year.
    pub waiting: BTreeMap<(String, i32), u64>,
}

/// The submitted values `filter` selects, oldest submission first (admins only).
pub async fn queue(db: &impl ConnectionTrait, actor: &Actor, filter: &QueueFilter) -> AppResult<Queue> {
    authorize(actor, Action::Administer)?;
    let params = PageParams {
        page: filter.page,
        per_page: filter.per_page,
        sort: None,
    };
    let (page, per_page) = params.resolve()?;
    let plan_codes = crate::models::plans::codes(db).await?;
    let units = crate::models::units::codes(db).await?;
    let plan_id = match filter.plan.as_deref().filter(|p| !p.is_empty()) {
        Some(code) => Some(
            *plan_codes
                .iter()
                .find(|(_, c)| *c == code)
                .ok_or_else(|| {
                    AppError::field(
                        "plan",
                        crate::error::Said::new("said-no-plan", [("code", code.to_string().into())]),
                    )
                })?
                .0,
        ),
        None => None,
    };
    let unit_id = match filter.unit.as_deref().filter(|u| !u.is_empty()) {
        Some(code) => Some(
            *units
                .iter()
                .find(|(_, c)| *c == code)
                .ok_or_else(|| {
                    AppError::field(
                        "unit",
                        crate::error::Said::new("said-no-unit", [("code", code.to_string().into())]),
                    )
                })?
                .0,
        ),
        None => None,
    };
    let mut common = Condition::all().add(measurements::Column::State.eq("submitted"));
    if let Some(u) = unit_id {
        common = common.add(indicators::Column::OwnerUnitId.eq(u));
    }
    if let Some(text) = filter.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        common = common.add(
            Condition::any()
                .add(contains((indicators::Entity, indicators::Column::Code), text))
                .add(contains((indicators::Entity, indicators::Column::Name), text)),
        );
    }
    let counts: Vec<(i32, i32, i64)> = measurements::Entity::find()
        .select_only()
        .inner_join(indicators::Entity)
        .column(indicators::Column::PlanId)
        .column(measurements::Column::Year)
        .column_as(measurements::Column::Id.count(), "n")
        .filter(common.clone())
        .group_by(indicators::Column::PlanId)
        .group_by(measurements::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    let waiting = counts
        .into_iter()
        .map(|(p, y, n)| {
            let code = plan_codes.get(&p).cloned().unwrap_or_default();
            ((code, y), u64::try_from(n).unwrap_or_default())
        })
        .collect();
    let mut this = common;
    if let Some(p) = plan_id {
        this = this.add(indicators::Column::PlanId.eq(p));
    }
    if let Some(y) = filter.year {
        this = this.add(measurements::Column::Year.eq(y));
    }
    let paginator = measurements::Entity::find()
        .find_also_related(indicators::Entity)
        .filter(this)
        .order_by_asc(measurements::Column::SubmittedAt)
        .order_by_asc(measurements::Column::Id)
        .paginate(db, per_page);
    let total = paginator.num_items().await?;
    let rows: Vec<(Measurement, Indicator)> = paginator
        .fetch_page(page - 1)
        .await?
        .into_iter()
        .filter_map(|(m, i)| Some((m, i?)))
        .collect();
    let items = with_context(db, rows, &plan_codes, &units).await?;
    Ok(Queue {
        items: Page {
            items,
            total,
            page,
            per_page,
        },
        waiting,
    })
}

/// The context of each value of a page: four queries for the whole page (plans, milestones, approved
/// values, people).
async fn with_context(
    db: &impl ConnectionTrait,
    rows: Vec<(Measurement, Indicator)>,
    plan_codes: &HashMap<i32, String>,
    units: &HashMap<i32, String>,
) -> AppResult<Vec<InQueue>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ind_ids: Vec<i32> = rows.iter().map(|(_, i)| i.id).collect();
    let plan_ids: Vec<i32> = rows.iter().map(|(_, i)| i.plan_id).collect();
    let last_year = rows.iter().map(|(m, _)| m.year).max().unwrap_or_default();
    let plan_rows: HashMap<i32, plans::Model> = plans::Entity::find()
        .filter(plans::Column::Id.is_in(plan_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut milestones: HashMap<i32, Vec<(i32, Decimal)>> = HashMap::new();
    for ms in indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.is_in(ind_ids.clone()))
        .order_by_asc(indicator_milestones::Column::Year)
        .all(db)
        .await?
    {
        milestones
            .entry(ms.indicator_id)
            .or_default()
            .push((ms.year, ms.value.to_decimal()));
    }
    // Every approved value of the page's indicators up to its latest year: the headline ones are what
    // the rule reads; the breakdowns give last year's value of a disaggregated slot.
    let approved = measurements::Entity::find()
        .filter(measurements::Column::IndicatorId.is_in(ind_ids))
        .filter(measurements::Column::State.eq("approved"))
        .filter(measurements::Column::Year.lte(last_year))
        .all(db)
        .await?;
    let mut by_ind: HashMap<i32, Vec<Measurement>> = HashMap::new();
    for a in approved {
        by_ind.entry(a.indicator_id).or_default().push(a);
    }
    let people: Vec<i32> = rows
        .iter()
        .flat_map(|(m, _)| [m.entered_by, m.submitted_by])
        .flatten()
        .collect();
    let emails = crate::models::periods::emails(db, people).await?;
    let mut out = Vec::with_capacity(rows.len());
    for (m, ind) in rows {
        let approved = by_ind.get(&ind.id).map_or(&[][..], Vec::as_slice);
        let same_slot = |a: &&Measurement, year: i32| {
            a.year == year && a.quarter == m.quarter && a.disaggregation == m.disaggregation
        };
        let previous = approved.iter().find(|a| same_slot(a, m.year - 1)).cloned();
        let replaces = approved.iter().find(|a| same_slot(a, m.year)).cloned();
        let change = previous.as_ref().map(|p| m.value.to_decimal() - p.value.to_decimal());
        let (now, would) = match plan_rows.get(&ind.plan_id) {
            Some(plan) if m.disaggregation.is_empty() => {
                let s = spec(&ind, milestones.get(&ind.id).map_or(&[][..], Vec::as_slice))?;
                let th = thresholds(plan);
                let mut obs: Vec<Observation> = approved
                    .iter()
                    .filter(|a| a.disaggregation.is_empty())
                    .map(observation)
                    .collect();
                let now = status::assess(&s, &obs, m.year, &th);
                obs.retain(|o| !(o.year == m.year && o.quarter == observation(&m).quarter));
                obs.push(observation(&m));
                (Some(now), Some(status::assess(&s, &obs, m.year, &th)))
            }
            _ => (None, None),
        };
        out.push(InQueue {
            plan: plan_codes.get(&ind.plan_id).cloned().unwrap_or_default(),
            unit: units.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
            entered_by: m.entered_by.and_then(|u| emails.get(&u).cloned()),
            submitted_by: m.submitted_by.and_then(|u| emails.get(&u).cloned()),
            previous,
            change,
            replaces,
            now,
            would,
            indicator: ind,
            value: m,
        });
    }
    Ok(out)
}

/// A stored value as the status rule reads it.
fn observation(m: &Measurement) -> Observation {
    Observation {
        year: m.year,
        quarter: m.quarter.and_then(|q| u8::try_from(q).ok()),
        value: m.value.to_decimal(),
        numerator: m.numerator.map(|f| f.to_decimal()),
        denominator: m.denominator.map(|f| f.to_decimal()),
    }
}
