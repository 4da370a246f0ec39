//! Export of measurements as CSV with exactly the columns the import takes, so an exported file imports
//! back unchanged (into a database with the same framework and empty slots).

use super::imports::COLUMNS;
use crate::entities::{indicators, measurements, plans};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::borrow::Cow;
use std::collections::HashMap;
use stratrack_reports::csv_safe;

/// Which values to export.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Plan code (all plans when None).
    pub plan: Option<String>,
    /// Year (all years when None).
    pub year: Option<i32>,
    /// A state, or `current`: the latest revision of every slot, whatever its state.
    pub state: String,
}

/// States an export can select.
pub const EXPORT_STATES: &[&str] = &["approved", "submitted", "draft", "returned", "current"];

/// The CSV text of the values selected by `f`, ordered by plan, indicator, year, quarter and
/// disaggregation. Decimals are plain text with a dot and no trailing zeros; a text cell that a spreadsheet
/// would run as a formula starts with `'` ([`csv_safe`]), which the import removes again.
pub async fn export_csv(db: &impl ConnectionTrait, f: &Filter) -> Result<Vec<u8>, DbErr> {
    let mut pq = plans::Entity::find();
    if let Some(p) = &f.plan {
        pq = pq.filter(plans::Column::Code.eq(p.as_str()));
    }
    let plan_codes: HashMap<i32, String> = pq.all(db).await?.into_iter().map(|p| (p.id, p.code)).collect();
    let inds: HashMap<i32, indicators::Model> = indicators::Entity::find()
        .filter(indicators::Column::PlanId.is_in(plan_codes.keys().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut q = measurements::Entity::find().filter(measurements::Column::IndicatorId.is_in(inds.keys().copied()));
    if let Some(y) = f.year {
        q = q.filter(measurements::Column::Year.eq(y));
    }
    q = if f.state == "current" {
        q.filter(measurements::Column::State.ne("superseded"))
    } else {
        q.filter(measurements::Column::State.eq(f.state.as_str()))
    };
    let mut rows = q.all(db).await?;
    if f.state == "current" {
        // A pending revision and the approved value it corrects share a slot: keep the latest.
        let mut latest: HashMap<(i32, i32, Option<i32>, String), i32> = HashMap::new();
        for m in &rows {
            let e = latest
                .entry((m.indicator_id, m.year, m.quarter, m.disaggregation.clone()))
                .or_insert(m.revision);
            *e = (*e).max(m.revision);
        }
        rows.retain(|m| latest[&(m.indicator_id, m.year, m.quarter, m.disaggregation.clone())] == m.revision);
    }
    let key = |m: &measurements::Model| {
        let i = &inds[&m.indicator_id];
        (
            plan_codes[&i.plan_id].clone(),
            i.code.clone(),
            m.year,
            m.quarter,
            m.disaggregation.clone(),
        )
    };
    rows.sort_by_cached_key(key);
    let mut w = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 80));
    w.write_record(COLUMNS).map_err(|e| DbErr::Custom(e.to_string()))?;
    let opt = |v: Option<crate::fixed::Fixed>| v.map(|x| x.to_string()).unwrap_or_default();
    // Text cells only: a spreadsheet must not run a narrative as a formula; numbers stay numbers.
    let text = csv_safe::escape;
    for m in &rows {
        let i = &inds[&m.indicator_id];
        let cells: [Cow<'_, str>; 11] = [
            text(&plan_codes[&i.plan_id]),
            text(&i.code),
            m.year.to_string().into(),
            m.quarter.map(|q| q.to_string()).unwrap_or_default().into(),
            text(&m.disaggregation),
            m.value.to_string().into(),
            opt(m.numerator).into(),
            opt(m.denominator).into(),
            text(&m.quality),
            text(&m.narrative),
            text(&m.evidence_url),
        ];
        w.write_record(cells.iter().map(|c| c.as_bytes()))
            .map_err(|e| DbErr::Custom(e.to_string()))?;
    }
    w.into_inner().map_err(|e| DbErr::Custom(e.to_string()))
}
