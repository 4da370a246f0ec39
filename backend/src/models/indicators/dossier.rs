//! Everything the indicator page shows about one indicator for a year: its assessment and trajectory,
//! node and owner, every value the reader may see, its revisions and (for those who see unapproved
//! values) its audit trail.

use super::Indicator;
use crate::auth::Actor;
use crate::entities::{audit_log, framework_revisions, indicator_milestones, measurements, org_units, result_nodes};
use crate::error::{AppError, AppResult};
use crate::models::as_of::{self, AsOf, Difference};
use crate::models::cache::Cache;
use crate::models::evaluation::Evaluation;
use crate::models::plans::Plan;
use crate::models::report_input::charts::Trajectory;
use crate::policy::{Action, authorize, sees_unapproved};
use crate::status::Assessment;
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use std::sync::Arc;

/// A stored value (measurement) of an indicator.
pub type Value = measurements::Model;

/// One indicator in full, for a reader.
pub struct Dossier {
    /// The indicator.
    pub indicator: Indicator,
    /// Its plan evaluated for the year (milestones among the rest).
    pub evaluation: Arc<Evaluation>,
    /// Its assessment for the year.
    pub assessment: Assessment,
    /// Its trajectory as the report draws it.
    pub trajectory: Option<Trajectory>,
    /// Its node.
    pub node: Option<result_nodes::Model>,
    /// Its owner.
    pub unit: Option<org_units::Model>,
    /// Whether the reader sees values in every state (else approved ones only).
    pub sees_unapproved: bool,
    /// The values the reader may see, by year, quarter, breakdown and revision.
    pub values: Vec<measurements::Model>,
    /// Revisions of the indicator and its milestones, oldest first.
    pub revisions: Vec<framework_revisions::Model>,
    /// The value each revision replaced, by revision id ([`as_of::befores`]).
    pub befores: HashMap<i32, Option<String>>,
    /// Its milestones (year, value): as in force now, or on the day `as_of` names.
    pub milestones: Vec<(i32, Decimal)>,
    /// The day `indicator` and `milestones` are shown as of, if one was asked for.
    pub as_of: Option<AsOf>,
    /// The fields that differ between that day and now, with the decisions in between.
    pub changed_since: Vec<Difference>,
    /// The newest 200 audit entries of the indicator and its values (empty for a reader who sees
    /// approved values only).
    pub audit: Vec<audit_log::Model>,
}

/// Indicator `code` of `plan` with everything about it for `year`, as `actor` may see it; with `as_of`,
/// its baseline, target, unit, direction and milestones as they stood that day.
pub async fn dossier(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    (plan, code): (&Plan, &str),
    (year, as_of): (i32, Option<AsOf>),
) -> AppResult<Dossier> {
    authorize(actor, Action::Read)?;
    let mut ind = super::by_code(db, plan.id, code).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-indicator-in",
            [("code", code.into()), ("plan", plan.code.as_str().into())],
        ))
    })?;
    let ev = cache
        .snapshot_at(db, actor.data_version)
        .await?
        .evaluate(db, plan.clone(), year)
        .await?;
    let assessment = ev
        .assessments
        .get(&ind.id)
        .cloned()
        .ok_or_else(|| AppError::Internal("indicator not evaluated".into()))?;
    let trajectory = crate::models::report_input::indicator_chart(db, &ev, &ind).await?;
    let node = result_nodes::Entity::find_by_id(ind.node_id).one(db).await?;
    let unit = org_units::Entity::find_by_id(ind.owner_unit_id).one(db).await?;
    let see_all = sees_unapproved(actor);
    let mut mq = measurements::Entity::find().filter(measurements::Column::IndicatorId.eq(ind.id));
    if !see_all {
        mq = mq.filter(measurements::Column::State.eq("approved"));
    }
    let values = mq
        .order_by_asc(measurements::Column::Year)
        .order_by_asc(measurements::Column::Quarter)
        .order_by_asc(measurements::Column::Disaggregation)
        .order_by_asc(measurements::Column::Revision)
        .all(db)
        .await?;
    let revisions = crate::models::revisions::of_indicator_and_milestones(db, ind.id).await?;
    let mut milestones: Vec<(i32, Decimal)> = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.eq(ind.id))
        .order_by_asc(indicator_milestones::Column::Year)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.year, m.value.to_decimal()))
        .collect();
    let changed_since = match as_of {
        Some(day) => as_of::differences(&revisions, day),
        None => Vec::new(),
    };
    as_of::apply(&mut ind, &mut milestones, &changed_since)?;
    let audit = if see_all {
        audit_trail(db, ind.id, &values).await?
    } else {
        Vec::new()
    };
    Ok(Dossier {
        indicator: ind,
        evaluation: ev,
        assessment,
        trajectory,
        node,
        unit,
        sees_unapproved: see_all,
        values,
        befores: as_of::befores(&revisions),
        revisions,
        milestones,
        as_of,
        changed_since,
        audit,
    })
}

/// The newest 200 audit entries of indicator `id` and of `values`.
async fn audit_trail(
    db: &DatabaseConnection,
    id: i32,
    values: &[measurements::Model],
) -> AppResult<Vec<audit_log::Model>> {
    let ids: Vec<String> = values.iter().map(|m| m.id.to_string()).collect();
    Ok(audit_log::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(audit_log::Column::EntityType.eq("indicator"))
                        .add(audit_log::Column::EntityId.eq(id.to_string())),
                )
                .add(
                    Condition::all()
                        .add(audit_log::Column::EntityType.eq("measurement"))
                        .add(audit_log::Column::EntityId.is_in(ids)),
                ),
        )
        .order_by_desc(audit_log::Column::Id)
        .limit(200)
        .all(db)
        .await?)
}
