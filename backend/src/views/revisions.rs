//! Framework revisions as the API shows them, and the "as adopted" versus "as revised" summary.

use crate::entities::framework_revisions;
use serde::Serialize;

/// One revised field of an indicator.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RevisionView {
    /// Revision id.
    pub id: i32,
    /// Indicator code.
    pub indicator: String,
    /// The field: baseline_value, baseline_year, target_value, target_year, unit, direction or
    /// `milestones.<year>`.
    pub field: String,
    /// The value as the plan adopted it (before the field's first revision); none if it had none.
    pub value_as_adopted: Option<String>,
    /// The value this revision set; none if it removed it.
    pub value_as_revised: Option<String>,
    /// Date of the decision.
    #[schema(value_type = String, format = Date)]
    pub decided_on: chrono::NaiveDate,
    /// Body that decided.
    pub deciding_body: String,
    /// The decision's reference.
    pub reference: String,
    /// Why.
    pub reason_category: String,
    /// Justification.
    pub justification: String,
    /// Id of the user who recorded it.
    pub created_by: Option<i32>,
    /// When it was recorded (UTC).
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::DateTime<chrono::FixedOffset>,
}

impl RevisionView {
    /// Builds the view of `r` for the indicator coded `indicator`.
    pub fn new(r: &framework_revisions::Model, indicator: &str) -> Self {
        RevisionView {
            id: r.id,
            indicator: indicator.to_owned(),
            field: r.field.clone(),
            value_as_adopted: r.value_as_adopted.clone(),
            value_as_revised: r.value_as_revised.clone(),
            decided_on: r.decided_on,
            deciding_body: r.deciding_body.clone(),
            reference: r.reference.clone(),
            reason_category: r.reason_category.clone(),
            justification: r.justification.clone(),
            created_by: r.created_by,
            created_at: r.created_at,
        }
    }
}

/// A field as adopted and as revised now.
#[derive(Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct RevisedField {
    /// The field.
    pub field: String,
    /// The value the plan adopted.
    pub as_adopted: Option<String>,
    /// The value after the latest revision.
    pub as_revised: Option<String>,
    /// How many times it was revised.
    pub revisions: usize,
    /// Reference of the latest revision.
    pub latest_reference: String,
}

/// Summarises revisions (oldest first) per field, in the order fields were first revised.
pub fn revised_fields(rows: &[framework_revisions::Model]) -> Vec<RevisedField> {
    let mut out: Vec<RevisedField> = Vec::new();
    for r in rows {
        match out.iter_mut().find(|f| f.field == r.field) {
            Some(f) => {
                f.as_revised = r.value_as_revised.clone();
                f.revisions += 1;
                f.latest_reference = r.reference.clone();
            }
            None => out.push(RevisedField {
                field: r.field.clone(),
                as_adopted: r.value_as_adopted.clone(),
                as_revised: r.value_as_revised.clone(),
                revisions: 1,
                latest_reference: r.reference.clone(),
            }),
        }
    }
    out
}

/// A field whose value on an earlier day differs from its value now.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ChangeView {
    /// The field, e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// Its value on the day asked for (none: no value).
    pub then: Option<String>,
    /// Its value now.
    pub now: Option<String>,
    /// The revisions decided after that day, oldest decision first.
    pub decisions: Vec<RevisionView>,
}

impl ChangeView {
    /// The view of `d`, a difference of indicator `indicator`.
    pub fn new(d: &crate::models::as_of::Difference, indicator: &str) -> Self {
        ChangeView {
            field: d.field.clone(),
            then: d.then.clone(),
            now: d.now.clone(),
            decisions: d.decisions.iter().map(|r| RevisionView::new(r, indicator)).collect(),
        }
    }
}
