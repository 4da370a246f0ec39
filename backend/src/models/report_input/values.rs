//! The measurement reads of the report: each indicator's approved headline value per year (its series,
//! including its predecessor's values from the previous plan cycle) and the approved breakdowns of the
//! report year. Only approved rows are read, and only the rows the report shows: at 1,000,000
//! measurements the headline series is 1 row in 25, served by the covering partial index of migrations
//! 400000 and 500000.

use super::Stamp;
use crate::entities::{dimension_values, dimensions, measurements};
use crate::fixed::Fixed;
use crate::models::bulk::{self, Time};
use crate::models::evaluation::approved_headline_rows;
use crate::status::{self, Aggregation, Observation, Unit};
use rust_decimal::Decimal;
use sea_orm::sea_query::{Expr, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use std::collections::{BTreeMap, HashMap};
use stratrack_reports::input::{DisaggregatedValue, NarrativeInput, Quality, SeriesPoint};

/// indicator id, year, quarter, value, numerator, denominator, quality, updated at, id.
type Row = (i32, i32, Option<i32>, i64, Option<i64>, Option<i64>, String, Time, i32);

/// How weak a quality is: a combined value is only as good as its weakest part.
fn weakness(q: Quality) -> u8 {
    match q {
        Quality::Final => 0,
        Quality::Estimated => 1,
        Quality::Provisional => 2,
    }
}

fn observation(year: i32, q: Option<i32>, v: i64, n: Option<i64>, d: Option<i64>) -> Observation {
    let dec = |raw: i64| Fixed(raw).to_decimal();
    Observation {
        year,
        quarter: q.and_then(|q| u8::try_from(q).ok()),
        value: dec(v),
        numerator: n.map(dec),
        denominator: d.map(dec),
    }
}

/// How an indicator's values of one period combine: its aggregation rule and its unit (a `ratio` of
/// quarters is × 100 for a percentage).
pub type Rule = (Aggregation, Unit);

/// The rule of an indicator missing from a map of rules: the latest value, as a plain number.
const FALLBACK: Rule = (Aggregation::Latest, Unit::Count);

/// The rows of one period, in entry order, with their qualities.
#[derive(Default)]
struct Period {
    observations: Vec<Observation>,
    qualities: Vec<(Option<u8>, Quality)>,
}

impl Period {
    fn push(&mut self, o: Observation, q: Quality) {
        self.qualities.push((o.quarter, q));
        self.observations.push(o);
    }

    /// The period's value by the status rule's [`status::annual_value`], and the quality of the rows it
    /// used: the annual row's (the last one entered) when there is one, else the weakest quarter's (the
    /// last entry of each quarter). `None` when the rows make no value (e.g. a ratio quarter without
    /// denominator); the status rule then explains it in the indicator's reason.
    fn value(&self, (aggregation, unit): Rule, year: i32) -> Option<(Decimal, Quality)> {
        let value = status::annual_value(aggregation, unit, year, &self.observations).ok()??;
        // The last entry of each period key: slot 0 for the annual row, 1..=4 for quarters (a map
        // only for odd quarter numbers, which the status rule refuses anyway).
        let mut slots: [Option<Quality>; 5] = [None; 5];
        let mut odd: BTreeMap<u8, Quality> = BTreeMap::new();
        for (q, quality) in &self.qualities {
            match q {
                None => slots[0] = Some(*quality),
                Some(n @ 1..=4) => slots[usize::from(*n)] = Some(*quality),
                Some(n) => {
                    odd.insert(*n, *quality);
                }
            }
        }
        let quality = match slots[0] {
            Some(q) => q,
            None => slots[1..]
                .iter()
                .flatten()
                .chain(odd.values())
                .copied()
                .max_by_key(|q| weakness(*q))
                .unwrap_or(Quality::Final),
        };
        Some((value, quality))
    }
}

/// Approved headline values per indicator and year up to `year`, for the indicators selected by
/// `ids` (a subquery), combined by each indicator's aggregation rule. Returns the series by indicator
/// id, ascending by year, and the latest update time of the rows read.
pub async fn series(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
    year: i32,
    aggregation: &HashMap<i32, Rule>,
) -> Result<(HashMap<i32, Vec<SeriesPoint>>, Stamp), DbErr> {
    let extra = [
        measurements::Column::Quality,
        measurements::Column::UpdatedAt,
        measurements::Column::Id,
    ];
    let years = measurements::Column::Year.lte(year);
    let order = ["indicator_id", "year", "id"];
    let rows: Vec<Row> = approved_headline_rows(db, &extra, years, ids, &order).await?;
    let mut stamp = Stamp::default();
    let mut out: HashMap<i32, Vec<SeriesPoint>> = HashMap::new();
    let mut current: Option<(i32, i32)> = None;
    let mut period = Period::default();
    let mut flush = |key: Option<(i32, i32)>, period: &mut Period| {
        if let Some((ind, y)) = key {
            let rule = aggregation.get(&ind).copied().unwrap_or(FALLBACK);
            if let Some((value, quality)) = period.value(rule, y) {
                out.entry(ind).or_default().push(SeriesPoint {
                    year: y,
                    value,
                    quality,
                });
            }
        }
        *period = Period::default();
    };
    for (ind, y, q, v, n, d, qual, at, _) in rows {
        stamp.see_opt(at.0);
        if current != Some((ind, y)) {
            flush(current, &mut period);
            current = Some((ind, y));
        }
        let quality = crate::models::words::stored(&qual, || format!("a value of indicator id {ind} for {y}"))?;
        period.push(observation(y, q, v, n, d), quality);
    }
    flush(current, &mut period);
    Ok((out, stamp))
}

/// Every dimension's code, by id.
pub async fn dimension_codes(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(dimensions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.code))
        .collect())
}

/// The dimension values a breakdown can name: `(dimension code, value code)` → (order, value name).
pub async fn dimension_catalog(
    db: &impl ConnectionTrait,
) -> Result<HashMap<(String, String), (i32, i32, String)>, DbErr> {
    let dims = dimension_codes(db).await?;
    Ok(dimension_values::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|v| {
            let dim = dims.get(&v.dimension_id)?.clone();
            Some(((dim, v.code), (v.dimension_id, v.sort_order, v.name)))
        })
        .collect())
}

/// indicator id, disaggregation, quarter, value, numerator, denominator, updated at, id.
type BreakdownRow = (i32, String, Option<i32>, i64, Option<i64>, Option<i64>, Time, i32);

/// How many indicators' breakdowns are read per query: bounds the rows held at once.
const BREAKDOWN_CHUNK: usize = 1000;

/// Approved values of `year` broken down by one dimension (`sex=female`, `region=africa`), per
/// indicator of `ids`, combined by the indicator's aggregation rule and ordered by dimension and
/// value order. Cross-tabulations (`region=africa;sex=female`) stay in the database and the API; the
/// report shows one dimension at a time. Read indicator by indicator, a chunk of indicators per
/// query, so only one chunk's rows are held at a time.
pub async fn breakdowns(
    db: &impl ConnectionTrait,
    ids: &[i32],
    year: i32,
    aggregation: &HashMap<i32, Rule>,
) -> Result<(HashMap<i32, Vec<DisaggregatedValue>>, Stamp), DbErr> {
    let catalog = dimension_catalog(db).await?;
    let mut stamp = Stamp::default();
    let mut out: HashMap<i32, Vec<DisaggregatedValue>> = HashMap::new();
    let mut sorted: Vec<i32> = ids.to_vec();
    sorted.sort_unstable();
    let columns = [
        measurements::Column::IndicatorId,
        measurements::Column::Disaggregation,
        measurements::Column::Quarter,
        measurements::Column::Value,
        measurements::Column::Numerator,
        measurements::Column::Denominator,
        measurements::Column::UpdatedAt,
        measurements::Column::Id,
    ];
    for chunk in sorted.chunks(BREAKDOWN_CHUNK) {
        let select = measurements::Entity::find()
            .select_only()
            .columns(columns)
            .filter(Expr::cust(
                "measurements.state = 'approved' AND measurements.disaggregation <> '' \
                 AND measurements.disaggregation NOT LIKE '%;%'",
            ))
            .filter(measurements::Column::Year.eq(year))
            .filter(measurements::Column::IndicatorId.is_in(chunk.iter().copied()))
            .into_query();
        let rows: Vec<BreakdownRow> = bulk::rows(db, select, &bulk::names(&columns), &["indicator_id", "id"]).await?;
        // Rows come indicator by indicator, in entry order within each: one indicator's periods
        // (one per breakdown) are combined as soon as its rows end.
        let mut current: Option<i32> = None;
        let mut periods: Vec<(String, Period)> = Vec::new();
        for (ind, dis, q, v, n, d, at, _) in rows {
            stamp.see_opt(at.0);
            if current != Some(ind) {
                if let Some(done) = current {
                    finish(done, &mut periods, year, aggregation, &catalog, &mut out);
                }
                current = Some(ind);
            }
            let o = observation(year, q, v, n, d);
            match periods.iter_mut().find(|(k, _)| *k == dis) {
                Some((_, p)) => p.push(o, Quality::Final),
                None => {
                    let mut p = Period::default();
                    p.push(o, Quality::Final);
                    periods.push((dis, p));
                }
            }
        }
        if let Some(done) = current {
            finish(done, &mut periods, year, aggregation, &catalog, &mut out);
        }
    }
    Ok((out, stamp))
}

/// Combines one indicator's breakdown periods into its values, ordered by dimension and value order.
fn finish(
    ind: i32,
    periods: &mut Vec<(String, Period)>,
    year: i32,
    aggregation: &HashMap<i32, Rule>,
    catalog: &HashMap<(String, String), (i32, i32, String)>,
    out: &mut HashMap<i32, Vec<DisaggregatedValue>>,
) {
    let rule = aggregation.get(&ind).copied().unwrap_or(FALLBACK);
    let mut values: Vec<(i32, i32, DisaggregatedValue)> = Vec::new();
    for (text, period) in periods.drain(..) {
        let Some((value, _)) = period.value(rule, year) else {
            continue;
        };
        let (dim, code) = text.split_once('=').unwrap_or((text.as_str(), ""));
        let (dim_order, value_order, name) =
            catalog
                .get(&(dim.to_owned(), code.to_owned()))
                .cloned()
                .unwrap_or((i32::MAX, i32::MAX, code.to_owned()));
        values.push((
            dim_order,
            value_order,
            DisaggregatedValue {
                dimension: dim.to_owned(),
                value_code: code.to_owned(),
                value_name: name,
                value,
            },
        ));
    }
    if values.is_empty() {
        return;
    }
    values.sort_by(|a, b| (a.0, a.1, &a.2.value_code).cmp(&(b.0, b.1, &b.2.value_code)));
    out.insert(ind, values.into_iter().map(|(_, _, d)| d).collect());
}

/// The narratives and evidence links of the approved headline values of `year` of plan `plan_id`'s
/// indicators, per indicator id: the annual value's first, then the quarters' in order; only values with a
/// narrative or a link. A value whose revision is pending stays approved until the revision is, so its
/// narrative is the one shown (the annex says so).
pub async fn narratives(
    db: &impl ConnectionTrait,
    plan_id: i32,
    year: i32,
) -> Result<HashMap<i32, Vec<NarrativeInput>>, DbErr> {
    let rows: Vec<(i32, Option<i32>, String, String, i32)> = measurements::Entity::find()
        .select_only()
        .columns([
            measurements::Column::IndicatorId,
            measurements::Column::Quarter,
            measurements::Column::Narrative,
            measurements::Column::EvidenceUrl,
            measurements::Column::Id,
        ])
        .filter(Expr::cust(crate::models::evaluation::APPROVED_HEADLINE))
        .filter(measurements::Column::Year.eq(year))
        .filter(measurements::Column::IndicatorId.in_subquery(crate::models::evaluation::plan_indicators(plan_id)))
        .filter(
            sea_orm::Condition::any()
                .add(measurements::Column::Narrative.ne(""))
                .add(measurements::Column::EvidenceUrl.ne("")),
        )
        .into_tuple()
        .all(db)
        .await?;
    let mut rows = rows;
    // The annual value first (no quarter), then the quarters; NULLs sort differently on each backend.
    rows.sort_by_key(|(ind, quarter, _, _, id)| (*ind, quarter.is_some(), *quarter, *id));
    let mut out: HashMap<i32, Vec<NarrativeInput>> = HashMap::new();
    for (ind, quarter, text, evidence_url, _) in rows {
        if text.trim().is_empty() && evidence_url.trim().is_empty() {
            continue;
        }
        out.entry(ind).or_default().push(NarrativeInput {
            quarter: quarter.and_then(|q| u8::try_from(q).ok()),
            text,
            evidence_url,
        });
    }
    Ok(out)
}
