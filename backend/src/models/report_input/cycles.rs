//! Plan cycles: an indicator's predecessor in the previous plan period and which of its values belong
//! to the indicator's series. The rule is [`SeriesRelation::continues_series`] (only a `carried_over`
//! predecessor continues it); the report, the indicator page and the API all read it from here.

use crate::entities::{indicators, plans};
use crate::models::words;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use stratrack_reports::input::{Predecessor, SeriesPoint, SeriesRelation};

/// A predecessor indicator with the code of its plan.
#[derive(Debug, Clone)]
pub struct Earlier {
    /// The predecessor.
    pub indicator: indicators::Model,
    /// Code of its plan.
    pub plan: String,
}

/// How `ind` relates to its predecessor: the stored relation ([`words::stored`]: a text no relation
/// matches is an error naming the indicator), and a missing one counted as `new`, which never
/// continues the series.
pub fn relation(ind: &indicators::Model) -> Result<SeriesRelation, DbErr> {
    match ind.predecessor_relation.as_deref() {
        Some(text) => words::stored(text, || format!("indicator {}", ind.code)),
        None => Ok(SeriesRelation::New),
    }
}

/// Whether the predecessor of `ind` (if any) continues its series.
pub fn continues_series(ind: &indicators::Model) -> Result<bool, DbErr> {
    Ok(ind.predecessor_id.is_some() && relation(ind)?.continues_series())
}

/// The predecessors of `inds`, by id, with their plans' codes.
pub async fn predecessors<'i>(
    db: &impl ConnectionTrait,
    inds: impl IntoIterator<Item = &'i indicators::Model>,
) -> Result<HashMap<i32, Earlier>, DbErr> {
    let ids: Vec<i32> = inds.into_iter().filter_map(|i| i.predecessor_id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let found = indicators::Entity::find()
        .filter(indicators::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let plan_codes: HashMap<i32, String> = plans::Entity::find()
        .filter(plans::Column::Id.is_in(found.iter().map(|i| i.plan_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    Ok(found
        .into_iter()
        .map(|i| {
            let plan = plan_codes.get(&i.plan_id).cloned().unwrap_or_default();
            (i.id, Earlier { indicator: i, plan })
        })
        .collect())
}

/// The series of `ind` as the report receives it: its own approved values, and its predecessor with
/// that indicator's values kept apart, labelled with the relation (the report joins them into one
/// line only when the relation continues the series). `values` holds the series by indicator id.
pub fn series(
    ind: &indicators::Model,
    known: &HashMap<i32, Earlier>,
    values: &HashMap<i32, Vec<SeriesPoint>>,
) -> Result<(Vec<SeriesPoint>, Option<Predecessor>), DbErr> {
    let own = values.get(&ind.id).cloned().unwrap_or_default();
    let predecessor = match ind.predecessor_id.and_then(|id| known.get(&id)) {
        Some(e) => Some(Predecessor {
            plan: e.plan.clone(),
            code: e.indicator.code.clone(),
            name: e.indicator.name.clone(),
            unit: crate::models::evaluation::unit(&e.indicator)?,
            relation: relation(ind)?,
            series: values.get(&e.indicator.id).cloned().unwrap_or_default(),
        }),
        None => None,
    };
    Ok((own, predecessor))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An indicator of plan 1 (`count`, `increase`, `sum`) named by its code, with `predecessor` (id,
    /// stored relation) when given.
    pub(crate) fn indicator(id: i32, code: &str, predecessor: Option<(i32, &str)>) -> indicators::Model {
        let at = chrono::DateTime::UNIX_EPOCH.fixed_offset();
        indicators::Model {
            id,
            plan_id: 1,
            node_id: 1,
            code: code.into(),
            name: code.into(),
            definition: String::new(),
            unit: "count".into(),
            direction: "increase".into(),
            aggregation: "sum".into(),
            baseline_value: None,
            baseline_year: None,
            target_value: None,
            target_year: None,
            data_source: String::new(),
            frequency: "annual".into(),
            owner_unit_id: 1,
            is_key: false,
            sdg_tags: String::new(),
            wsis_tags: String::new(),
            predecessor_id: predecessor.map(|(id, _)| id),
            predecessor_relation: predecessor.map(|(_, r)| r.to_owned()).filter(|r| !r.is_empty()),
            provenance: "verified".into(),
            source: String::new(),
            version: 1,
            created_at: at,
            updated_at: at,
            sheet_rationale: None,
            sheet_method: None,
            sheet_disaggregation: None,
            sheet_limitations: None,
            sheet_quality_assurance: None,
            sheet_target_rationale: None,
        }
    }

    fn series_of(ind: &indicators::Model) -> Result<Option<Predecessor>, DbErr> {
        let earlier = Earlier {
            indicator: indicator(7, "OLD-1", None),
            plan: "SP2024-2027".into(),
        };
        series(ind, &HashMap::from([(7, earlier)]), &HashMap::new()).map(|(_, p)| p)
    }

    #[test]
    fn an_unknown_stored_relation_is_an_error_naming_the_indicator_not_a_new_series() {
        let e = series_of(&indicator(8, "KPI-1", Some((7, "carried over")))).unwrap_err();
        assert!(e.to_string().contains("indicator KPI-1"), "{e}");
        assert!(e.to_string().contains("\"carried over\""), "{e}");
    }

    #[test]
    fn a_missing_relation_is_new_and_a_stored_one_is_read() {
        let p = series_of(&indicator(8, "KPI-1", Some((7, "")))).unwrap().unwrap();
        assert_eq!(p.relation, SeriesRelation::New);
        let p = series_of(&indicator(8, "KPI-1", Some((7, "carried_over"))))
            .unwrap()
            .unwrap();
        assert_eq!(p.relation, SeriesRelation::CarriedOver);
    }
}
