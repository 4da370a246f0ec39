//! Framework revisions: once an indicator has values, a change to its baseline, target, milestones,
//! unit or direction is a decision with a date, a deciding body, a reference, a reason and a
//! justification, and the value "as adopted" stays readable next to the value "as revised".

use crate::auth::Actor;
use crate::entities::framework_revisions::{self, Column};
use crate::entities::indicators;
use crate::error::{AppResult, FieldErrors, Said};
use crate::models::audit;
use crate::models::paging::{PageParams, paginate};
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Deserialize;
use std::collections::HashMap;

/// Why a framework was revised.
pub const REASONS: &[&str] = &[
    "methodology",
    "data_availability",
    "mandate_change",
    "error_correction",
    "external_shock",
    "other",
];

/// Indicator fields whose change is a revision once values exist (milestones are `milestones.<year>`).
pub const REVISED_FIELDS: &[&str] = &[
    "baseline_value",
    "baseline_year",
    "target_value",
    "target_year",
    "unit",
    "direction",
];

/// The decision behind a revision, as a request carries it.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Date of the decision (YYYY-MM-DD).
    #[schema(value_type = String, format = Date)]
    pub decided_on: NaiveDate,
    /// Body that decided, e.g. `Council`.
    #[schema(max_length = 500)]
    pub deciding_body: String,
    /// The decision's reference, e.g. `Council Decision 620`.
    #[schema(max_length = 500)]
    pub reference: String,
    /// methodology, data_availability, mandate_change, error_correction, external_shock or other.
    #[schema(max_length = 64)]
    pub reason_category: String,
    /// Why the value changed.
    #[schema(max_length = 10000)]
    pub justification: String,
}

impl Decision {
    /// Every problem with the decision, as `(field, reason)` with fields under `revision.`.
    pub fn problems(&self) -> Vec<(String, crate::error::Said)> {
        let mut out = Vec::new();
        for (name, value) in [
            ("deciding_body", &self.deciding_body),
            ("reference", &self.reference),
            ("justification", &self.justification),
        ] {
            if value.trim().is_empty() {
                out.push((format!("revision.{name}"), crate::error::Said::required()));
            }
        }
        if let Some(reason) = crate::limits::year_out_of_range(chrono::Datelike::year(&self.decided_on)) {
            out.push(("revision.decided_on".to_owned(), reason));
        }
        if !REASONS.contains(&self.reason_category.as_str()) {
            out.push((
                "revision.reason_category".to_owned(),
                crate::error::Said::not_one_of(&self.reason_category, REASONS),
            ));
        }
        out
    }
}

/// One field changing from `before` to `after` (as text; `None` = no value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// The value before this request.
    pub before: Option<String>,
    /// The value this request sets.
    pub after: Option<String>,
}

impl Change {
    /// A change of `field`, or `None` when the value stays the same.
    pub fn of(field: impl Into<String>, before: Option<String>, after: Option<String>) -> Option<Change> {
        (before != after).then(|| Change {
            field: field.into(),
            before,
            after,
        })
    }
}

/// Decides whether a request may go ahead: changes to revised fields need a decision once the
/// indicator has values, and a decision without such a change is refused as a mistake. Returns
/// whether revision rows are to be written.
pub fn gate(changes: &[Change], decision: Option<&Decision>, has_values: bool) -> Result<bool, Said> {
    match (changes.is_empty(), decision.is_some()) {
        (true, true) => Err(Said::new("said-revision-nothing", [])),
        (true, false) => Ok(false),
        (false, true) => Ok(true),
        (false, false) if has_values => {
            let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
            Err(Said::new(
                "said-revision-needed",
                [("fields", fields.join(", ").into())],
            ))
        }
        (false, false) => Ok(false),
    }
}

/// Revisions of one indicator, oldest first.
pub async fn of_indicator(
    db: &impl ConnectionTrait,
    indicator_id: i32,
) -> Result<Vec<framework_revisions::Model>, DbErr> {
    framework_revisions::Entity::find()
        .filter(framework_revisions::Column::EntityType.eq("indicator"))
        .filter(framework_revisions::Column::EntityId.eq(indicator_id))
        .order_by_asc(framework_revisions::Column::Id)
        .all(db)
        .await
}

/// Writes one revision row per change (and its audit entry). `value_as_adopted` is the value before the
/// field's first revision, so the adopted figure stays visible however often it is revised.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan_id: i32,
    indicator_id: i32,
    changes: &[Change],
    decision: &Decision,
) -> Result<Vec<framework_revisions::Model>, DbErr> {
    let earlier = of_indicator(db, indicator_id).await?;
    let mut out = Vec::with_capacity(changes.len());
    for c in changes {
        let adopted = earlier
            .iter()
            .find(|r| r.field == c.field)
            .map_or_else(|| c.before.clone(), |r| r.value_as_adopted.clone());
        let row = framework_revisions::ActiveModel {
            plan_id: Set(plan_id),
            entity_type: Set("indicator".to_owned()),
            entity_id: Set(indicator_id),
            field: Set(c.field.clone()),
            value_as_adopted: Set(adopted),
            value_as_revised: Set(c.after.clone()),
            decided_on: Set(decision.decided_on),
            deciding_body: Set(decision.deciding_body.trim().to_owned()),
            reference: Set(decision.reference.trim().to_owned()),
            reason_category: Set(decision.reason_category.clone()),
            justification: Set(decision.justification.trim().to_owned()),
            created_by: Set(Some(actor.id)),
            created_at: Set(chrono::Utc::now().into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        audit::record(
            db,
            Some(actor),
            "create",
            "framework_revision",
            row.id,
            None,
            Some(&row),
            &decision.reference,
        )
        .await?;
        out.push(row);
    }
    Ok(out)
}

/// Filters, paging and sorting of the revision list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RevisionListParams {
    /// Only revisions of this indicator (code).
    pub indicator: Option<String>,
    /// Only revisions of this field, e.g. `target_value` or `milestones.2029`.
    pub field: Option<String>,
    /// Only revisions for this reason category.
    pub reason_category: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// id, decided_on or field; prefix `-` for descending. Default id (oldest first).
    pub sort: Option<String>,
}

/// One page of revisions with the plan's indicator codes: items, codes, total, page and its size.
pub type RevisionPage = (Vec<framework_revisions::Model>, HashMap<i32, String>, u64, u64, u64);

/// The plan's framework revisions (any signed-in user), oldest first, filtered by indicator, field
/// and reason, sorted and paged.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &str,
    p: RevisionListParams,
) -> AppResult<RevisionPage> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let codes: HashMap<i32, String> = indicators::Entity::find()
        .select_only()
        .column(indicators::Column::Id)
        .column(indicators::Column::Code)
        .filter(indicators::Column::PlanId.eq(plan.id))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut errs = FieldErrors::default();
    let indicator = p.indicator.as_ref().and_then(|code| {
        let found = codes.iter().find(|(_, c)| *c == code).map(|(id, _)| *id);
        if found.is_none() {
            errs.push(
                "indicator",
                crate::error::Said::new(
                    "said-plan-no-indicator",
                    [("plan", plan.code.clone().into()), ("code", code.into())],
                ),
            );
        }
        found
    });
    if let Some(r) = &p.reason_category {
        errs.check("reason_category", crate::models::indicators::one_of(r, REASONS));
    }
    errs.finish()?;
    let mut select = framework_revisions::Entity::find().filter(Column::PlanId.eq(plan.id));
    if let Some(id) = indicator {
        select = select
            .filter(Column::EntityType.eq("indicator"))
            .filter(Column::EntityId.eq(id));
    }
    if let Some(f) = &p.field {
        select = select.filter(Column::Field.eq(f.as_str()));
    }
    if let Some(r) = &p.reason_category {
        select = select.filter(Column::ReasonCategory.eq(r.as_str()));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "id" => Some(Column::Id),
        "decided_on" => Some(Column::DecidedOn),
        "field" => Some(Column::Field),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(db, select, &params, sortable, Column::Id, Column::Id).await?;
    Ok((rows, codes, total, page, per_page))
}

/// Revisions of indicator `indicator_id` and of its milestones, oldest first (for its page).
pub async fn of_indicator_and_milestones(
    db: &impl ConnectionTrait,
    indicator_id: i32,
) -> Result<Vec<framework_revisions::Model>, DbErr> {
    framework_revisions::Entity::find()
        .filter(Column::EntityType.is_in(["indicator", "milestone"]))
        .filter(Column::EntityId.eq(indicator_id))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision() -> Decision {
        Decision {
            decided_on: NaiveDate::from_ymd_opt(2029, 5, 12).unwrap(),
            deciding_body: "Council".into(),
            reference: "Council Decision 620".into(),
            reason_category: "methodology".into(),
            justification: "New survey method.".into(),
        }
    }

    fn change() -> Vec<Change> {
        vec![Change::of("target_value", Some("80".into()), Some("85".into())).unwrap()]
    }

    #[test]
    fn an_unchanged_value_is_no_change() {
        assert_eq!(Change::of("unit", Some("count".into()), Some("count".into())), None);
    }

    #[test]
    fn a_change_once_values_exist_needs_a_decision() {
        let err = gate(&change(), None, true).unwrap_err().english();
        assert!(err.contains("target_value"), "{err}");
        assert_eq!(gate(&change(), Some(&decision()), true), Ok(true));
    }

    #[test]
    fn before_any_value_a_change_is_free_but_a_given_decision_is_kept() {
        assert_eq!(gate(&change(), None, false), Ok(false));
        assert_eq!(gate(&change(), Some(&decision()), false), Ok(true));
    }

    #[test]
    fn a_decision_without_a_revised_field_is_refused() {
        assert!(gate(&[], Some(&decision()), true).is_err());
        assert_eq!(gate(&[], None, true), Ok(false));
    }

    #[test]
    fn a_decision_names_every_missing_part() {
        let d = Decision {
            deciding_body: " ".into(),
            reason_category: "whim".into(),
            justification: String::new(),
            ..decision()
        };
        let fields: Vec<String> = d.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                "revision.deciding_body",
                "revision.justification",
                "revision.reason_category"
            ]
        );
    }
}
