//! Reading a plan into an [`Activity`]: nodes in tree order, indicators with their milestones, and the
//! approved values of the years exported. Every figure comes from the status rule: a year's value from
//! [`status::annual_value`] (quarters combined by the indicator's aggregation), its target from
//! [`status::expected`]; both are written as the API shows them ([`status::shown`], 4 decimals at most).

use super::{Activity, Actual, IndicatorEntry, Period, Publisher, ResultEntry, codes};
use crate::entities::{indicators, measurements, plans, result_nodes};
use crate::models::evaluation::{plan_milestones, spec};
use crate::models::report_input::framework::tree_order;
use crate::models::words;
use crate::status::{self, IndicatorSpec, Observation};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use std::ops::RangeInclusive;
use stratrack_vocab::{NodeLevel, State};

/// The activity of `plan` for `years`.
pub(super) async fn activity(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    publisher: &Publisher,
    years: RangeInclusive<i32>,
    generated_at: DateTime<Utc>,
) -> Result<Activity, DbErr> {
    let nodes = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan.id))
        .order_by_asc(result_nodes::Column::SortOrder)
        .order_by_asc(result_nodes::Column::Code)
        .all(db)
        .await?;
    let inds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .order_by_asc(indicators::Column::Code)
        .all(db)
        .await?;
    let milestones = plan_milestones(db, plan.id).await?;
    let approved = approved_values(db, plan.id, &years).await?;

    // Never after the file itself: a clock set back must not make the data look newer than the file.
    let last_updated = [plan.updated_at]
        .into_iter()
        .chain(nodes.iter().map(|n| n.updated_at))
        .chain(inds.iter().map(|i| i.updated_at))
        .chain(approved.values().flatten().filter_map(|m| m.approved_at))
        .max()
        .map(|t| t.with_timezone(&Utc).min(generated_at));

    let mut by_node: HashMap<i32, Vec<&indicators::Model>> = HashMap::new();
    for i in &inds {
        by_node.entry(i.node_id).or_default().push(i);
    }
    let mut results = Vec::new();
    // The report's order: goals first, then thematic priorities, then enablers, each depth first.
    for node in tree_order(&nodes) {
        let Some(node_inds) = by_node.get(&node.id) else {
            continue;
        };
        let level: NodeLevel = words::stored(&node.level, || format!("result node {}", node.code))?;
        let indicators = node_inds
            .iter()
            .map(|i| {
                let s = spec(i, milestones.get(&i.id).map_or(&[][..], Vec::as_slice))?;
                let values = approved.get(&i.id).map_or(&[][..], Vec::as_slice);
                Ok(indicator(i, &s, values, years.clone()))
            })
            .collect::<Result<Vec<_>, DbErr>>()?;
        results.push(ResultEntry {
            result_type: codes::result_type(level),
            code: node.code.clone(),
            title: node.name.clone(),
            description: node.description.clone(),
            indicators,
        });
    }
    Ok(Activity {
        publisher: publisher.clone(),
        identifier: format!("{}-{}", publisher.org_ref, plan.code),
        title: plan.name.clone(),
        description: format!(
            "The results framework of {} ({}-{}, {}): its result nodes and indicators, each with its baseline, \
             the value expected for every year and the approved actual values.",
            plan.name, plan.start_year, plan.end_year, plan.resolution
        ),
        status: codes::activity_status(&plan.status),
        start: first_day(plan.start_year),
        end: last_day(plan.end_year),
        generated_at,
        last_updated,
        results,
    })
}

/// 1 January of `year` (years are bounded by the plans table, so the date exists).
fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// 31 December of `year`.
fn last_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The approved values (headline and breakdowns, any quarter) of plan `plan_id`'s indicators in `years`,
/// per indicator id. Superseded, draft, submitted and returned values are never read.
async fn approved_values(
    db: &impl ConnectionTrait,
    plan_id: i32,
    years: &RangeInclusive<i32>,
) -> Result<HashMap<i32, Vec<measurements::Model>>, DbErr> {
    let plan_indicators = Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(plan_id))
        .to_owned();
    let rows = measurements::Entity::find()
        .filter(measurements::Column::State.eq(State::Approved.as_str()))
        .filter(measurements::Column::Year.between(*years.start(), *years.end()))
        .filter(measurements::Column::IndicatorId.in_subquery(plan_indicators))
        .order_by_asc(measurements::Column::Id)
        .all(db)
        .await?;
    let mut out: HashMap<i32, Vec<measurements::Model>> = HashMap::new();
    for m in rows {
        out.entry(m.indicator_id).or_default().push(m);
    }
    Ok(out)
}

/// One indicator with its periods.
fn indicator(
    ind: &indicators::Model,
    spec: &IndicatorSpec,
    values: &[measurements::Model],
    years: RangeInclusive<i32>,
) -> IndicatorEntry {
    // Per breakdown (`""` is the headline value), the observations of every exported year.
    let mut by_breakdown: BTreeMap<&str, Vec<(Observation, &str)>> = BTreeMap::new();
    for m in values {
        by_breakdown.entry(m.disaggregation.as_str()).or_default().push((
            Observation {
                year: m.year,
                quarter: m.quarter.and_then(|q| u8::try_from(q).ok()),
                value: m.value.to_decimal(),
                numerator: m.numerator.map(|v| v.to_decimal()),
                denominator: m.denominator.map(|v| v.to_decimal()),
            },
            m.narrative.as_str(),
        ));
    }
    let periods = years
        .map(|year| Period {
            year,
            target: status::expected(spec, year).map(status::shown),
            actuals: by_breakdown
                .iter()
                .filter_map(|(breakdown, obs)| actual(ind, spec, year, breakdown, obs))
                .collect(),
        })
        .collect();
    IndicatorEntry {
        code: ind.code.clone(),
        title: ind.name.clone(),
        description: ind.definition.clone(),
        measure: codes::measure(spec.unit),
        ascending: codes::ascending(spec.direction),
        baseline: spec.baseline,
        periods,
    }
}

/// The value of `breakdown` in `year`, if it has one. A year whose quarters cannot make a value (a ratio
/// quarter without its numerator) has none here, as it has none in the status rule; the log says why.
fn actual(
    ind: &indicators::Model,
    spec: &IndicatorSpec,
    year: i32,
    breakdown: &str,
    obs: &[(Observation, &str)],
) -> Option<Actual> {
    let observations: Vec<Observation> = obs.iter().map(|(o, _)| o.clone()).collect();
    let value = match status::annual_value(spec.aggregation, spec.unit, year, &observations) {
        Ok(v) => v?,
        Err(reason) => {
            tracing::warn!(indicator.code = %ind.code, year, breakdown, %reason, "An approved value is left out of the IATI file.");
            return None;
        }
    };
    // The narrative of the annual value; quarters each have their own, and none speaks for the year.
    let comment = obs
        .iter()
        .rev()
        .find(|(o, _)| o.year == year && o.quarter.is_none())
        .map_or("", |(_, n)| n)
        .to_owned();
    Some(Actual {
        value: status::shown(value),
        dimensions: dimensions(breakdown),
        comment,
    })
}

/// `sex=female;region=africa` as `[("sex", "female"), ("region", "africa")]`, in stored order.
fn dimensions(breakdown: &str) -> Vec<(String, String)> {
    breakdown
        .split(';')
        .filter(|p| !p.is_empty())
        .map(|part| match part.split_once('=') {
            Some((d, v)) => (d.to_owned(), v.to_owned()),
            None => (part.to_owned(), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breakdown_becomes_its_dimensions_in_stored_order() {
        assert!(dimensions("").is_empty());
        assert_eq!(
            dimensions("sex=female;region=africa"),
            vec![
                ("sex".to_owned(), "female".to_owned()),
                ("region".to_owned(), "africa".to_owned())
            ]
        );
    }

    #[test]
    fn the_plan_years_are_whole_calendar_years() {
        assert_eq!(first_day(2028).to_string(), "2028-01-01");
        assert_eq!(last_day(2031).to_string(), "2031-12-31");
    }
}
