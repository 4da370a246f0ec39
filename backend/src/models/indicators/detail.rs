//! Reading one indicator in full: milestones, the indicators of other plan cycles in its series,
//! mandates, dimensions, its assessment for a year and its revision history.

use super::Indicator;
use crate::auth::Actor;
use crate::entities::{framework_revisions, indicator_milestones, indicators};
use crate::error::{AppError, AppResult};
use crate::models::as_of::{self, AsOf, Difference};
use crate::models::cache::Cache;
use crate::models::dimensions::{self, Dimension};
use crate::models::mandates::{self, Mandate};
use crate::models::plans::{plan_by_code, plan_year};
use crate::models::report_input::cycles;
use crate::models::{revisions, units};
use crate::policy::{Action, authorize};
use crate::status::{Assessment, Projection};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

/// An indicator of another plan cycle in the same series.
#[derive(Debug, Clone)]
pub struct SeriesEnd {
    /// Its plan's code.
    pub plan: String,
    /// Its code.
    pub code: String,
    /// carried_over, redefined or new: how the later of the two relates to the earlier.
    pub relation: Option<String>,
    /// Whether the two form one series.
    pub continues_series: bool,
}

/// Everything about one indicator for a year.
#[derive(Debug)]
pub struct Detail {
    /// The indicator.
    pub indicator: Indicator,
    /// Its plan's code.
    pub plan: String,
    /// Its node's code and level (empty if the evaluation lacks it).
    pub node: (String, String),
    /// Its owner's code.
    pub unit_code: String,
    /// Its milestones by year.
    pub milestones: Vec<indicator_milestones::Model>,
    /// The indicator it continues.
    pub predecessor: Option<SeriesEnd>,
    /// The indicators continuing it.
    pub successors: Vec<SeriesEnd>,
    /// Mandates behind it.
    pub mandates: Vec<Mandate>,
    /// Dimensions its values are broken down by.
    pub dimensions: Vec<Dimension>,
    /// The year assessed.
    pub year: i32,
    /// Its assessment for `year`.
    pub assessment: Assessment,
    /// Its projection to its target year from the approved annual values up to `year`.
    pub projection: Projection,
    /// Whether any value was entered.
    pub has_measurements: bool,
    /// Its framework revisions, oldest first.
    pub history: Vec<framework_revisions::Model>,
    /// The day its fields and milestones are shown as of, when one was asked for.
    pub as_of: Option<AsOf>,
    /// The fields that differ between that day and now, with the decisions in between.
    pub changed_since: Vec<Difference>,
}

/// Indicator `code` of plan `plan` with its assessment for `year` (the plan's first year when absent),
/// for any signed-in user; with `as_of`, its baseline, target, unit, direction and milestones as they
/// stood that day ([`crate::models::as_of`]) and what changed since.
pub async fn detail(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    (plan, code): (&str, &str),
    year: Option<i32>,
    as_of: Option<AsOf>,
) -> AppResult<Detail> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let mut ind = super::indicator_or_404(db, &plan, code).await?;
    let year = plan_year(&plan, year).map_err(|r| AppError::field("year", r))?;
    let ev = cache
        .snapshot_at(db, actor.data_version)
        .await?
        .evaluate(db, plan, year)
        .await?;
    let node = ev
        .nodes
        .iter()
        .find(|n| n.id == ind.node_id)
        .map_or_else(Default::default, |n| (n.code.clone(), n.level.clone()));
    let unit_codes = units::codes(db).await?;
    let (predecessor, successors) = series(db, &ind).await?;
    let mut milestones = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.eq(ind.id))
        .order_by_asc(indicator_milestones::Column::Year)
        .all(db)
        .await?;
    let history = revisions::of_indicator(db, ind.id).await?;
    let changed_since = match as_of {
        Some(day) => {
            let diffs = as_of::differences(&history, day);
            as_of_milestones(&mut ind, &mut milestones, &diffs)?;
            diffs
        }
        None => Vec::new(),
    };
    let assessment = ev
        .assessments
        .get(&ind.id)
        .cloned()
        .ok_or_else(|| AppError::Internal(format!("indicator {code} missing from its plan's evaluation")))?;
    let projection = crate::models::report_input::charts::indicator_projection(db, &ev, &ind)
        .await?
        .ok_or_else(|| AppError::Internal(format!("indicator {code} missing from its plan's evaluation")))?;
    Ok(Detail {
        plan: ev.plan.code.clone(),
        node,
        unit_code: unit_codes.get(&ind.owner_unit_id).cloned().unwrap_or_default(),
        milestones,
        predecessor,
        successors,
        mandates: mandates::of_indicator(db, ind.id).await?,
        dimensions: dimensions::of_indicator(db, ind.id).await?,
        year,
        assessment,
        projection,
        has_measurements: super::has_measurements(db, ind.id).await?,
        history,
        as_of,
        changed_since,
        indicator: ind,
    })
}

/// Sets `ind` and `milestones` to their values in `diffs`' `then`; a milestone that did not exist then
/// is left out, one since removed comes back (without an id or version of its own).
fn as_of_milestones(
    ind: &mut Indicator,
    milestones: &mut Vec<indicator_milestones::Model>,
    diffs: &[Difference],
) -> AppResult<()> {
    let mut pairs: Vec<(i32, rust_decimal::Decimal)> =
        milestones.iter().map(|m| (m.year, m.value.to_decimal())).collect();
    as_of::apply(ind, &mut pairs, diffs)?;
    let mut rebuilt = Vec::with_capacity(pairs.len());
    for (year, value) in pairs {
        let value = crate::fixed::Fixed::from_decimal(value).map_err(|e| AppError::Internal(e.to_string()))?;
        rebuilt.push(match milestones.iter().find(|m| m.year == year) {
            Some(m) => indicator_milestones::Model { value, ..m.clone() },
            None => indicator_milestones::Model {
                id: 0,
                indicator_id: ind.id,
                year,
                value,
                provenance: "revised".to_owned(),
                version: 0,
            },
        });
    }
    *milestones = rebuilt;
    Ok(())
}

/// The indicator `ind` continues, and those continuing it.
async fn series(db: &DatabaseConnection, ind: &Indicator) -> AppResult<(Option<SeriesEnd>, Vec<SeriesEnd>)> {
    let plan_codes = crate::models::plans::codes(db).await?;
    // `later` names the relation between the two: the one whose predecessor the link describes.
    let link = |i: &indicators::Model, later: &indicators::Model| -> Result<SeriesEnd, sea_orm::DbErr> {
        Ok(SeriesEnd {
            plan: plan_codes.get(&i.plan_id).cloned().unwrap_or_default(),
            code: i.code.clone(),
            relation: later.predecessor_relation.clone(),
            continues_series: cycles::continues_series(later)?,
        })
    };
    let predecessor = match ind.predecessor_id {
        Some(id) => indicators::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|p| link(&p, ind))
            .transpose()?,
        None => None,
    };
    let successors = indicators::Entity::find()
        .filter(indicators::Column::PredecessorId.eq(ind.id))
        .order_by_asc(indicators::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(|s| link(s, s))
        .collect::<Result<_, _>>()?;
    Ok((predecessor, successors))
}
