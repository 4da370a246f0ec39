//! Measurements and reporting periods as the API shows them: codes and emails, not bare ids.

use crate::entities::{indicators, measurements, reporting_periods};
use crate::fixed::Fixed;
use crate::models::measurements::{Written, parse_disaggregation};
use crate::models::periods::{emails, rfc3339};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One value of an indicator with its workflow.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MeasurementView {
    /// Id.
    pub id: i32,
    /// Plan code.
    pub plan_code: String,
    /// Indicator code.
    pub indicator_code: String,
    /// Indicator name.
    pub indicator_name: String,
    /// Unit of the indicator (percent, count, chf, ratio, yes_no, index).
    pub unit: String,
    /// Org unit owning the indicator.
    pub owner_unit: String,
    /// Year.
    pub year: i32,
    /// Quarter, or null for an annual value.
    pub quarter: Option<i32>,
    /// Canonical disaggregation text, e.g. `region=africa;sex=female`; "" for the headline value.
    pub disaggregation: String,
    /// The disaggregation as an object, e.g. `{"sex": "female"}`.
    pub dimensions: BTreeMap<String, String>,
    /// Value (exact decimal as a string).
    #[schema(value_type = String)]
    pub value: Fixed,
    /// Numerator.
    #[schema(value_type = Option<String>)]
    pub numerator: Option<Fixed>,
    /// Denominator.
    #[schema(value_type = Option<String>)]
    pub denominator: Option<Fixed>,
    /// provisional, estimated or final.
    pub quality: String,
    /// Narrative.
    pub narrative: String,
    /// Evidence link.
    pub evidence_url: String,
    /// draft, submitted, approved, returned or superseded.
    pub state: String,
    /// Revision, from 1; a correction of an approved value is the next revision.
    pub revision: i32,
    /// The approved value this revision corrects.
    pub supersedes_id: Option<i32>,
    /// Who entered it (email).
    pub entered_by: Option<String>,
    /// When (RFC 3339 UTC).
    pub entered_at: String,
    /// Who submitted it.
    pub submitted_by: Option<String>,
    /// When.
    pub submitted_at: Option<String>,
    /// Who approved it.
    pub approved_by: Option<String>,
    /// When.
    pub approved_at: Option<String>,
    /// Who returned it.
    pub returned_by: Option<String>,
    /// When.
    pub returned_at: Option<String>,
    /// The reviewer's note when returned.
    pub review_note: String,
    /// Concurrency version.
    pub version: i32,
    /// Last change (RFC 3339 UTC).
    pub updated_at: String,
}

/// One page of values.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeasurementList {
    /// The values of this page.
    pub items: Vec<MeasurementView>,
    /// Values across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// Every revision of a value's slot, oldest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeasurementHistory {
    /// The revisions, oldest first: superseded ones stay readable.
    pub items: Vec<MeasurementView>,
    /// Number of revisions shown.
    pub total: usize,
}

/// The period of a value as the pages show it in `lang`: `2028`, or a quarter in the language's words
/// (the message `quarter-of-year`: `2028 Q3`, `T3 2028`, `3-й кв. 2028`, `2028年第3季度`). Forms,
/// addresses and the API keep the stored year and quarter.
pub fn period_label(lang: stratrack_i18n::Lang, year: i32, quarter: Option<i32>) -> String {
    quarter.map_or_else(
        || year.to_string(),
        |q| stratrack_i18n::text_with(lang, "quarter-of-year", &[("year", year.into()), ("n", q.into())]),
    )
}

/// Builds the views of `rows`, loading their indicators, every plan and unit code (a handful of rows
/// each) and their users in four queries.
pub async fn render(db: &impl ConnectionTrait, rows: &[measurements::Model]) -> Result<Vec<MeasurementView>, DbErr> {
    let mut ind_ids: Vec<i32> = rows.iter().map(|m| m.indicator_id).collect();
    ind_ids.sort_unstable();
    ind_ids.dedup();
    let inds: HashMap<i32, indicators::Model> = indicators::Entity::find()
        .filter(indicators::Column::Id.is_in(ind_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let plan_codes = crate::models::plans::codes(db).await?;
    let unit_codes = crate::models::units::codes(db).await?;
    build(db, rows, &inds, (&plan_codes, &unit_codes), None).await
}

/// The view of a value just written by `actor`, whose indicator, plan and unit code the use case has
/// already loaded: one query for its users, none when the actor is the only one.
pub async fn render_one(
    db: &impl ConnectionTrait,
    w: &Written,
    actor: &crate::auth::Actor,
) -> Result<MeasurementView, DbErr> {
    let inds = HashMap::from([(w.indicator.id, w.indicator.clone())]);
    let plan_codes = HashMap::from([(w.plan.id, w.plan.code.clone())]);
    let unit_codes = HashMap::from([(w.indicator.owner_unit_id, w.unit_code.clone())]);
    let mut v = build(
        db,
        std::slice::from_ref(&w.row),
        &inds,
        (&plan_codes, &unit_codes),
        Some((actor.id, &actor.email)),
    )
    .await?;
    Ok(v.remove(0))
}

/// Views of `rows`, their indicators in `inds`, plan and unit codes by id in `codes`; `known` is a user
/// whose email the caller has (the actor), not looked up again.
async fn build(
    db: &impl ConnectionTrait,
    rows: &[measurements::Model],
    inds: &HashMap<i32, indicators::Model>,
    (plan_codes, unit_codes): (&HashMap<i32, String>, &HashMap<i32, String>),
    known: Option<(i32, &str)>,
) -> Result<Vec<MeasurementView>, DbErr> {
    let user_ids: Vec<i32> = rows
        .iter()
        .flat_map(|m| [m.entered_by, m.submitted_by, m.approved_by, m.returned_by])
        .flatten()
        .filter(|&id| known.is_none_or(|(k, _)| k != id))
        .collect();
    let mut users = emails(db, user_ids).await?;
    if let Some((id, email)) = known {
        users.insert(id, email.to_owned());
    }
    let who = |id: Option<i32>| id.and_then(|i| users.get(&i).cloned());
    Ok(rows
        .iter()
        .map(|m| {
            let ind = inds.get(&m.indicator_id);
            MeasurementView {
                id: m.id,
                plan_code: ind
                    .and_then(|i| plan_codes.get(&i.plan_id))
                    .cloned()
                    .unwrap_or_default(),
                indicator_code: ind.map(|i| i.code.clone()).unwrap_or_default(),
                indicator_name: ind.map(|i| i.name.clone()).unwrap_or_default(),
                unit: ind.map(|i| i.unit.clone()).unwrap_or_default(),
                owner_unit: ind
                    .and_then(|i| unit_codes.get(&i.owner_unit_id))
                    .cloned()
                    .unwrap_or_default(),
                year: m.year,
                quarter: m.quarter,
                disaggregation: m.disaggregation.clone(),
                dimensions: parse_disaggregation(&m.disaggregation)
                    .unwrap_or_default()
                    .into_iter()
                    .collect(),
                value: m.value,
                numerator: m.numerator,
                denominator: m.denominator,
                quality: m.quality.clone(),
                narrative: m.narrative.clone(),
                evidence_url: m.evidence_url.clone(),
                state: m.state.clone(),
                revision: m.revision,
                supersedes_id: m.supersedes_id,
                entered_by: who(m.entered_by),
                entered_at: rfc3339(&m.entered_at),
                submitted_by: who(m.submitted_by),
                submitted_at: m.submitted_at.as_ref().map(rfc3339),
                approved_by: who(m.approved_by),
                approved_at: m.approved_at.as_ref().map(rfc3339),
                returned_by: who(m.returned_by),
                returned_at: m.returned_at.as_ref().map(rfc3339),
                review_note: m.review_note.clone(),
                version: m.version,
                updated_at: rfc3339(&m.updated_at),
            }
        })
        .collect())
}

/// One reporting period of a plan.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PeriodView {
    /// Plan code.
    pub plan_code: String,
    /// Year.
    pub year: i32,
    /// open or locked.
    pub status: String,
    /// When it was locked (RFC 3339 UTC), while locked.
    pub locked_at: Option<String>,
    /// Who locked it (email), while locked.
    pub locked_by: Option<String>,
    /// The note of the last lock or unlock.
    pub note: String,
    /// Concurrency version (1 for a year that has never been locked).
    pub version: i32,
}

impl PeriodView {
    /// The view of a period row, or of an implicit open year when `row` is None.
    pub fn build(
        plan_code: &str,
        year: i32,
        row: Option<&reporting_periods::Model>,
        locked_by: Option<String>,
    ) -> Self {
        PeriodView {
            plan_code: plan_code.to_owned(),
            year,
            status: row.map_or_else(|| "open".to_owned(), |r| r.status.clone()),
            locked_at: row.and_then(|r| r.locked_at.as_ref()).map(rfc3339),
            locked_by,
            note: row.map(|r| r.lock_note.clone()).unwrap_or_default(),
            version: row.map_or(1, |r| r.version),
        }
    }
}
