//! `PATCH /api/v1/plans/{plan}/indicators/{code}`: change an indicator (admin, versioned). Once values
//! exist, a change to the baseline, target, unit or direction needs a `revision` and is recorded as a
//! framework revision, keeping the value as adopted readable.

use super::fields::{
    PredecessorInput, Values, check_dimensions_in_use, check_values, resolve_dimensions, resolve_node,
    resolve_predecessor, resolve_unit,
};
use crate::api::common::{ApiJson, FieldErrors, Tagged, check_version, claimed_version, nullable};
use crate::auth::Actor;
use crate::entities::{indicator_dimensions, indicator_milestones, indicators, result_nodes};
use crate::error::{AppResult, Problem};
use crate::fixed::Fixed;
use crate::models::indicators::{
    AGGREGATIONS, DIRECTIONS, FREQUENCIES, check_unit_and_aggregation, check_value_for_unit, join_tags, one_of,
};
use crate::models::plans::plan_by_code;
use crate::models::revisions::{self, Change, Decision};
use crate::models::transactions;
use crate::models::{audit, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::indicators::IndicatorCore;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Changes to an indicator; absent fields stay as they are, `null` clears an optional one. The code is
/// fixed. Changing baseline, target, unit or direction after values exist needs `revision`.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateIndicator {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Code of the node it measures.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Definition.
    #[schema(max_length = 10000)]
    pub definition: Option<String>,
    /// percent, count, chf, ratio, yes_no or index.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// increase, decrease or maintain.
    #[schema(max_length = 64)]
    pub direction: Option<String>,
    /// latest, sum, mean or ratio, as the unit allows (see creating an indicator).
    #[schema(max_length = 64)]
    pub aggregation: Option<String>,
    /// Baseline value.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub baseline_value: Option<Option<Fixed>>,
    /// Baseline year.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i32>)]
    pub baseline_year: Option<Option<i32>>,
    /// End-of-plan target.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub target_value: Option<Option<Fixed>>,
    /// Target year.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i32>)]
    pub target_year: Option<Option<i32>>,
    /// Where the values come from.
    #[schema(max_length = 2000)]
    pub data_source: Option<String>,
    /// annual, quarterly, biennial or quadrennial.
    #[schema(max_length = 64)]
    pub frequency: Option<String>,
    /// Owning org unit (code).
    #[schema(max_length = 64)]
    pub owner_unit: Option<String>,
    /// A key performance indicator.
    pub is_key: Option<bool>,
    /// SDG targets (replaces the list).
    pub sdg_tags: Option<Vec<String>>,
    /// WSIS action lines (replaces the list).
    pub wsis_tags: Option<Vec<String>>,
    /// Dimension codes (replaces the set).
    pub dimensions: Option<Vec<String>>,
    /// The indicator it continues; `null` removes the link.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<PredecessorInput>)]
    pub predecessor: Option<Option<PredecessorInput>>,
    /// The decision behind a change to baseline, target, unit or direction; required once values exist.
    pub revision: Option<Decision>,
}

fn text<T: ToString>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

/// `PATCH /api/v1/plans/{plan}/indicators/{code}`: change an indicator (admin).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/indicators/{code}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code")),
    request_body = UpdateIndicator,
    responses((status = 200, body = IndicatorCore), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateIndicator>,
) -> AppResult<Tagged<IndicatorCore>> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, b.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let old = super::indicator_or_404(&txn, &plan, &code).await?;
    check_version(claimed, old.version, &format!("indicator {code}"))?;
    let mut errs = FieldErrors::default();
    let mut am: indicators::ActiveModel = old.clone().into();
    if let Some(n) = &b.name {
        if n.trim().is_empty() {
            errs.push("name", "is required");
        }
        am.name = Set(n.trim().to_owned());
    }
    for (field, value, allowed, slot) in [
        ("direction", &b.direction, DIRECTIONS, &mut am.direction),
        ("aggregation", &b.aggregation, AGGREGATIONS, &mut am.aggregation),
        ("frequency", &b.frequency, FREQUENCIES, &mut am.frequency),
        ("unit", &b.unit, crate::models::indicators::UNITS, &mut am.unit),
    ] {
        if let Some(v) = value {
            errs.check(field, one_of(v, allowed));
            *slot = Set(v.clone());
        }
    }
    if b.unit.is_some() || b.aggregation.is_some() {
        // Named on the field the request changes; the aggregation when it changes both.
        let field = if b.aggregation.is_some() { "aggregation" } else { "unit" };
        errs.check(
            field,
            check_unit_and_aggregation(
                b.unit.as_ref().unwrap_or(&old.unit),
                b.aggregation.as_ref().unwrap_or(&old.aggregation),
            ),
        );
    }
    let values = Values {
        unit: b.unit.clone().unwrap_or_else(|| old.unit.clone()),
        baseline_value: b.baseline_value.unwrap_or(old.baseline_value),
        baseline_year: b.baseline_year.unwrap_or(old.baseline_year),
        target_value: b.target_value.unwrap_or(old.target_value),
        target_year: b.target_year.unwrap_or(old.target_year),
    };
    // The unit was checked just above; check_values would name it a second time.
    if b.unit.is_none() || crate::models::indicators::UNITS.contains(&values.unit.as_str()) {
        check_values(&mut errs, &plan, &values);
    }
    if b.unit
        .as_ref()
        .is_some_and(|u| u != &old.unit && crate::models::indicators::UNITS.contains(&u.as_str()))
    {
        let ms = indicator_milestones::Entity::find()
            .filter(indicator_milestones::Column::IndicatorId.eq(old.id))
            .all(&txn)
            .await?;
        let bad: Vec<String> = ms
            .iter()
            .filter_map(|m| {
                check_value_for_unit(&values.unit, m.value)
                    .err()
                    .map(|e| format!("{}: {e}", m.year))
            })
            .collect();
        if !bad.is_empty() {
            errs.push(
                "unit",
                format!("milestones do not suit it ({}); change them first", bad.join("; ")),
            );
        }
    }
    am.baseline_value = Set(values.baseline_value);
    am.baseline_year = Set(values.baseline_year);
    am.target_value = Set(values.target_value);
    am.target_year = Set(values.target_year);
    if let Some(d) = &b.definition {
        am.definition = Set(d.clone());
    }
    if let Some(d) = &b.data_source {
        am.data_source = Set(d.clone());
    }
    if let Some(k) = b.is_key {
        am.is_key = Set(k);
    }
    for (field, tags, slot) in [
        ("sdg_tags", &b.sdg_tags, &mut am.sdg_tags),
        ("wsis_tags", &b.wsis_tags, &mut am.wsis_tags),
    ] {
        if let Some(t) = tags.as_ref().and_then(|t| errs.check(field, join_tags(t))) {
            *slot = Set(t);
        }
    }
    let node = match &b.node {
        Some(n) => resolve_node(&txn, &mut errs, &plan, n).await?,
        None => result_nodes::Entity::find_by_id(old.node_id).one(&txn).await?,
    };
    if let Some(n) = &node {
        am.node_id = Set(n.id);
    }
    let unit = match &b.owner_unit {
        Some(u) => resolve_unit(&txn, &mut errs, "owner_unit", u).await?,
        None => {
            crate::entities::org_units::Entity::find_by_id(old.owner_unit_id)
                .one(&txn)
                .await?
        }
    };
    if let Some(u) = &unit {
        am.owner_unit_id = Set(u.id);
    }
    if let Some(p) = &b.predecessor {
        match p {
            Some(p) => {
                if let Some(found) = resolve_predecessor(&txn, &mut errs, &plan, p).await? {
                    am.predecessor_id = Set(Some(found.id));
                    am.predecessor_relation = Set(Some(p.relation.clone()));
                }
            }
            None => {
                am.predecessor_id = Set(None);
                am.predecessor_relation = Set(None);
            }
        }
    }
    let dims = match &b.dimensions {
        Some(codes) => Some(resolve_dimensions(&txn, &mut errs, codes).await?),
        None => None,
    };
    if let Some(dims) = &dims {
        check_dimensions_in_use(&txn, &mut errs, old.id, dims).await?;
    }
    let changes: Vec<Change> = [
        Change::of("baseline_value", text(old.baseline_value), text(values.baseline_value)),
        Change::of("baseline_year", text(old.baseline_year), text(values.baseline_year)),
        Change::of("target_value", text(old.target_value), text(values.target_value)),
        Change::of("target_year", text(old.target_year), text(values.target_year)),
        Change::of("unit", Some(old.unit.clone()), Some(values.unit.clone())),
        Change::of(
            "direction",
            Some(old.direction.clone()),
            Some(b.direction.clone().unwrap_or_else(|| old.direction.clone())),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let has_values = crate::models::indicators::has_measurements(&txn, old.id).await?;
    let write_revisions = errs.check("revision", revisions::gate(&changes, b.revision.as_ref(), has_values));
    if let Some(d) = &b.revision {
        for (f, reason) in d.problems() {
            errs.push(f, reason);
        }
    }
    errs.finish()?;
    am.version = Set(old.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(&txn, am, old.id, old.version).await?;
    if let Some(dims) = &dims {
        indicator_dimensions::Entity::delete_many()
            .filter(indicator_dimensions::Column::IndicatorId.eq(old.id))
            .exec(&txn)
            .await?;
        if !dims.is_empty() {
            indicator_dimensions::Entity::insert_many(dims.iter().map(|d| indicator_dimensions::ActiveModel {
                indicator_id: Set(old.id),
                dimension_id: Set(d.id),
            }))
            .exec(&txn)
            .await?;
        }
    }
    let mut reason = String::new();
    if let (Some(true), Some(d)) = (write_revisions, &b.revision) {
        revisions::record(&txn, &actor, plan.id, old.id, &changes, d).await?;
        reason = format!("{}: {}", d.reference.trim(), d.justification.trim());
    }
    audit::record(
        &txn,
        Some(&actor),
        "update",
        "indicator",
        old.id,
        Some(&old),
        Some(&updated),
        &reason,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    let (Some(node), Some(unit)) = (node, unit) else {
        return Err(crate::error::AppError::Internal(
            "indicator without node or unit".into(),
        ));
    };
    Ok(Tagged(
        updated.version,
        IndicatorCore::new(&updated, (&node.code, &node.level), &unit.code),
    ))
}
