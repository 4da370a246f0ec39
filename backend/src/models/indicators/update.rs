//! Changing an indicator (admin, versioned). Once values exist, a change to the baseline, target, unit
//! or direction needs a `revision` and is recorded as a framework revision, keeping the value as
//! adopted readable.

use super::fields::{
    PredecessorInput, Values, check_dimensions_in_use, check_values, dimensions_change, keep_only_changes,
    replace_dimensions, resolve_dimensions, resolve_node, resolve_predecessor, resolve_unit,
};
use super::{
    AGGREGATIONS, DIRECTIONS, FREQUENCIES, Placed, UNITS, check_unit_and_aggregation, check_value_for_unit, join_tags,
    one_of,
};
use crate::auth::Actor;
use crate::entities::{dimensions, indicator_milestones, indicators, org_units, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::patching::{Claim, nullable};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::revisions::{self, Change, Decision};
use crate::models::{audit, transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Changes to an indicator; absent fields stay as they are, `null` clears an optional one. The code is
/// fixed. Changing baseline, target, unit or direction after values exist needs `revision`.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
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
    /// Its reference sheet, replaced whole (a part left out is cleared); never a revision.
    pub reference_sheet: Option<super::ReferenceSheet>,
}

fn text<T: ToString>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

/// The checked change: the row to write, what it resolved, and the revisions it makes.
struct Checked {
    am: indicators::ActiveModel,
    node: Option<result_nodes::Model>,
    unit: Option<org_units::Model>,
    dims: Option<Vec<dimensions::Model>>,
    changes: Vec<Change>,
    write_revisions: Option<bool>,
}

/// Changes indicator `code` of plan `plan` (admin) at the version `claim` names (409/412 otherwise).
/// Absent fields stay; every problem is named at once; a revised baseline, target, unit or direction
/// of an indicator with values is recorded with its decision.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, code): (&str, &str),
    claim: Claim,
    b: UpdateIndicator,
) -> AppResult<Placed> {
    authorize(actor, Action::Administer)?;
    let claimed = claim.resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let placed = update_in(&txn, actor, &plan, code, Some(claimed), &b).await?;
    transactions::commit(txn, turn).await?;
    Ok(placed)
}

/// [`update`] inside the caller's write transaction `txn` (the framework workbook applies many
/// changes in one): the same checks, revisions and audit entry. `claimed` is the version the client
/// read; `None` takes the version current in `txn`. The caller has authorized the actor as admin.
pub async fn update_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    code: &str,
    claimed: Option<(i32, bool)>,
    b: &UpdateIndicator,
) -> AppResult<Placed> {
    authorize(actor, Action::Administer)?;
    let old = super::indicator_or_404(txn, plan, code).await?;
    if let Some(claimed) = claimed {
        crate::models::patching::check_version(
            claimed,
            old.version,
            crate::error::Said::new("said-what-indicator-code", [("code", code.into())]),
        )?;
    }
    let mut c = check(txn, plan, &old, b).await?;
    if let Some(dims) = &c.dims
        && dimensions_change(txn, old.id, dims).await?
    {
        // The change is in rows of another table: leave only the bookkeeping columns set, so that
        // the row still takes a new version and a concurrent edit of the dimensions is refused.
        keep_only_changes(&mut c.am, &old);
    }
    c.am.version = Set(old.version + 1);
    c.am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(txn, c.am, old.id, old.version).await?;
    if let Some(dims) = &c.dims {
        replace_dimensions(txn, old.id, dims).await?;
    }
    let mut reason = String::new();
    if let (Some(true), Some(d)) = (c.write_revisions, &b.revision) {
        revisions::record(txn, actor, plan.id, old.id, &c.changes, d).await?;
        reason = format!("{}: {}", d.reference.trim(), d.justification.trim());
    }
    audit::record(
        txn,
        Some(actor),
        "update",
        "indicator",
        old.id,
        Some(&old),
        Some(&updated),
        &reason,
    )
    .await?;
    let (Some(node), Some(unit)) = (c.node, c.unit) else {
        return Err(AppError::Internal("indicator without node or unit".into()));
    };
    Ok(Placed {
        indicator: updated,
        node_code: node.code,
        node_level: node.level,
        unit_code: unit.code,
    })
}

/// Checks every field of `b` against `old`, naming each problem, and builds the row to write.
async fn check(
    txn: &DatabaseTransaction,
    plan: &Plan,
    old: &indicators::Model,
    b: &UpdateIndicator,
) -> AppResult<Checked> {
    let mut errs = FieldErrors::default();
    let mut am: indicators::ActiveModel = old.clone().into();
    let values = check_own_fields(&mut errs, &mut am, plan, old, b);
    check_milestones_suit(txn, &mut errs, old, b, &values).await?;
    check_texts(&mut errs, &mut am, b);
    let (node, unit) = resolve_links(txn, &mut errs, &mut am, plan, old, b).await?;
    let dims = match &b.dimensions {
        Some(codes) => Some(resolve_dimensions(txn, &mut errs, codes).await?),
        None => None,
    };
    if let Some(dims) = &dims {
        check_dimensions_in_use(txn, &mut errs, old.id, dims).await?;
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
    let has_values = super::has_measurements(txn, old.id).await?;
    let write_revisions = errs.check("revision", revisions::gate(&changes, b.revision.as_ref(), has_values));
    if let Some(d) = &b.revision {
        for (f, reason) in d.problems() {
            errs.push(f, reason);
        }
    }
    errs.finish()?;
    Ok(Checked {
        am,
        node,
        unit,
        dims,
        changes,
        write_revisions,
    })
}

/// Checks and sets the indicator's own columns; returns the unit, baseline and target as they will be.
fn check_own_fields(
    errs: &mut FieldErrors,
    am: &mut indicators::ActiveModel,
    plan: &Plan,
    old: &indicators::Model,
    b: &UpdateIndicator,
) -> Values {
    if let Some(n) = &b.name {
        if n.trim().is_empty() {
            errs.push("name", crate::error::Said::required());
        }
        am.name = Set(n.trim().to_owned());
    }
    for (field, value, allowed, slot) in [
        ("direction", &b.direction, DIRECTIONS, &mut am.direction),
        ("aggregation", &b.aggregation, AGGREGATIONS, &mut am.aggregation),
        ("frequency", &b.frequency, FREQUENCIES, &mut am.frequency),
        ("unit", &b.unit, UNITS, &mut am.unit),
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
    if b.unit.is_none() || UNITS.contains(&values.unit.as_str()) {
        check_values(errs, plan, &values);
    }
    am.baseline_value = Set(values.baseline_value);
    am.baseline_year = Set(values.baseline_year);
    am.target_value = Set(values.target_value);
    am.target_year = Set(values.target_year);
    values
}

/// Sets the texts, the key flag and the tags (checked after the units, as the problems are listed).
fn check_texts(errs: &mut FieldErrors, am: &mut indicators::ActiveModel, b: &UpdateIndicator) {
    if let Some(d) = &b.definition {
        am.definition = Set(d.clone());
    }
    if let Some(d) = &b.data_source {
        am.data_source = Set(d.clone());
    }
    if let Some(k) = b.is_key {
        am.is_key = Set(k);
    }
    if let Some(sheet) = &b.reference_sheet {
        sheet.set(am);
    }
    for (field, tags, slot) in [
        ("sdg_tags", &b.sdg_tags, &mut am.sdg_tags),
        ("wsis_tags", &b.wsis_tags, &mut am.wsis_tags),
    ] {
        if let Some(t) = tags.as_ref().and_then(|t| errs.check(field, join_tags(t))) {
            *slot = Set(t);
        }
    }
}

/// A new unit must suit the milestones already set.
async fn check_milestones_suit(
    txn: &DatabaseTransaction,
    errs: &mut FieldErrors,
    old: &indicators::Model,
    b: &UpdateIndicator,
    values: &Values,
) -> AppResult<()> {
    if !b
        .unit
        .as_ref()
        .is_some_and(|u| u != &old.unit && UNITS.contains(&u.as_str()))
    {
        return Ok(());
    }
    let ms = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.eq(old.id))
        .all(txn)
        .await?;
    let bad: Vec<crate::error::Reason> = ms
        .iter()
        .filter_map(|m| {
            check_value_for_unit(&values.unit, m.value)
                .err()
                .map(|e| crate::error::Reason::from(e).labelled(m.year.to_string()))
        })
        .collect();
    if !bad.is_empty() {
        errs.push(
            "unit",
            crate::error::Said::new(
                "said-milestones-unsuited",
                [("why", crate::error::Reason::joined(bad).into())],
            ),
        );
    }
    Ok(())
}

/// Resolves and sets the node, the owner and the predecessor; returns the node and owner as they will be.
async fn resolve_links(
    txn: &DatabaseTransaction,
    errs: &mut FieldErrors,
    am: &mut indicators::ActiveModel,
    plan: &Plan,
    old: &indicators::Model,
    b: &UpdateIndicator,
) -> AppResult<(Option<result_nodes::Model>, Option<org_units::Model>)> {
    let node = match &b.node {
        Some(n) => resolve_node(txn, errs, plan, n).await?,
        None => result_nodes::Entity::find_by_id(old.node_id).one(txn).await?,
    };
    if let Some(n) = &node {
        am.node_id = Set(n.id);
    }
    let unit = match &b.owner_unit {
        Some(u) => resolve_unit(txn, errs, "owner_unit", u).await?,
        None => org_units::Entity::find_by_id(old.owner_unit_id).one(txn).await?,
    };
    if let Some(u) = &unit {
        am.owner_unit_id = Set(u.id);
    }
    match &b.predecessor {
        Some(Some(p)) => {
            if let Some(found) = resolve_predecessor(txn, errs, plan, p).await? {
                am.predecessor_id = Set(Some(found.id));
                am.predecessor_relation = Set(Some(p.relation.clone()));
            }
        }
        Some(None) => {
            am.predecessor_id = Set(None);
            am.predecessor_relation = Set(None);
        }
        None => {}
    }
    Ok((node, unit))
}
