//! Reading values: the filtered, paginated list; one value; the revision history of its slot.
//! Reviewers see approved values only (and, in a history, the approved values they replaced).

use super::{Measurement, format_disaggregation, parse_disaggregation, store};
use crate::auth::Actor;
use crate::entities::{indicators, measurements, org_units, plans};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::paging::{Page, PageParams, paginate};
use crate::policy::{Action, authorize, sees_unapproved};
use sea_orm::sea_query::{Query as SqlQuery, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Select};
use serde::Deserialize;

/// States a value can be in.
pub const STATES: &[&str] = &["draft", "submitted", "approved", "returned", "superseded"];

/// Filters, paging and sorting of the measurement list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MeasurementListParams {
    /// Plan code.
    pub plan: Option<String>,
    /// Indicator code.
    pub indicator: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Quarter (1..4).
    pub quarter: Option<i32>,
    /// draft, submitted, approved, returned or superseded (reviewers always get approved).
    pub state: Option<String>,
    /// Code of the org unit owning the indicator, e.g. `BR`.
    pub unit: Option<String>,
    /// Disaggregation as `sex=female;region=africa`; empty for headline values only.
    pub disaggregation: Option<String>,
    /// provisional, estimated or final.
    pub quality: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// Sort field (id, year, quarter, state, value, revision, entered_at, updated_at); prefix `-` for
    /// descending. Ties are broken by id.
    pub sort: Option<String>,
}

fn sort_column(name: &str) -> Option<measurements::Column> {
    use measurements::Column as C;
    Some(match name {
        "id" => C::Id,
        "year" => C::Year,
        "quarter" => C::Quarter,
        "state" => C::State,
        "value" => C::Value,
        "revision" => C::Revision,
        "entered_at" => C::EnteredAt,
        "updated_at" => C::UpdatedAt,
        _ => return None,
    })
}

/// Values visible to `actor`, filtered by `p`, sorted and paginated, with the total; 422 naming every
/// filter that cannot be read.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, p: &MeasurementListParams) -> AppResult<Page<Measurement>> {
    authorize(actor, Action::Read)?;
    use measurements::Column as C;
    let mut q = measurements::Entity::find();
    let mut errs = Vec::new();
    if let Some(s) = &p.state {
        if !STATES.contains(&s.as_str()) {
            errs.push(FieldError::new("state", Said::not_one_of(s, STATES)));
        }
        q = q.filter(C::State.eq(s.as_str()));
    }
    if !sees_unapproved(actor) {
        q = q.filter(C::State.eq("approved"));
    }
    if let Some(y) = p.year {
        q = q.filter(C::Year.eq(y));
    }
    if let Some(qn) = p.quarter {
        q = q.filter(C::Quarter.eq(qn));
    }
    if let Some(ql) = &p.quality {
        q = q.filter(C::Quality.eq(ql.as_str()));
    }
    if let Some(d) = &p.disaggregation {
        match parse_disaggregation(d) {
            Ok(pairs) => q = q.filter(C::Disaggregation.eq(format_disaggregation(&pairs))),
            Err(e) => errs.push(FieldError::new("disaggregation", e)),
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let q = of_indicators(q, p);
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort.clone(),
    };
    let (items, total, page, per_page) = paginate(db, q, &params, sort_column, C::Id, C::Id).await?;
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// `q` narrowed to the indicators of the plan, indicator code and owning unit `p` names, if any.
fn of_indicators(q: Select<measurements::Entity>, p: &MeasurementListParams) -> Select<measurements::Entity> {
    if p.plan.is_none() && p.indicator.is_none() && p.unit.is_none() {
        return q;
    }
    let mut sub = SqlQuery::select();
    sub.column((indicators::Entity, indicators::Column::Id))
        .from(indicators::Entity);
    if let Some(plan) = &p.plan {
        sub.and_where(indicators::Column::PlanId.in_subquery(id_of_code(
            plans::Entity,
            plans::Column::Id,
            plans::Column::Code,
            plan,
        )));
    }
    if let Some(code) = &p.indicator {
        sub.and_where(indicators::Column::Code.eq(code.as_str()));
    }
    if let Some(unit) = &p.unit {
        sub.and_where(indicators::Column::OwnerUnitId.in_subquery(id_of_code(
            org_units::Entity,
            org_units::Column::Id,
            org_units::Column::Code,
            unit,
        )));
    }
    q.filter(measurements::Column::IndicatorId.in_subquery(sub.to_owned()))
}

/// `SELECT id FROM table WHERE code = code`, as a subquery.
fn id_of_code<E: EntityTrait, C: ColumnTrait>(table: E, id: C, code_col: C, code: &str) -> SelectStatement {
    SqlQuery::select()
        .column(id)
        .from(table)
        .and_where(code_col.eq(code))
        .to_owned()
}

/// Whether `actor` may see a value in `state`: reviewers see approved values, and superseded ones
/// (which were approved once) in histories.
fn visible(actor: &Actor, state: &str) -> bool {
    sees_unapproved(actor) || state == "approved" || state == "superseded"
}

/// Value `id`; a reviewer asking for one that is not approved gets 404, as if it did not exist.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<Measurement> {
    authorize(actor, Action::Read)?;
    measurements::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|m| visible(actor, &m.state))
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-measurement",
                [("id", i64::from(id).into())],
            ))
        })
}

/// Every revision `actor` may see of the slot (indicator, year, quarter, disaggregation) value `id`
/// belongs to, oldest first.
pub async fn history(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<Vec<Measurement>> {
    let m = get(db, actor, id).await?;
    Ok(
        store::slot_rows(db, m.indicator_id, m.year, m.quarter, &m.disaggregation)
            .await?
            .into_iter()
            .filter(|r| visible(actor, &r.state))
            .collect(),
    )
}
