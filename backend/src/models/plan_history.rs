//! The plan-level reads of the framework's history (use cases): its indicators as of a day, and its
//! revisions each with the value it replaced. Kept apart from [`crate::models::as_of`], which the
//! evaluation calls and which must therefore know nothing of access or plans.

use crate::entities::{framework_revisions, indicators};
use crate::models::as_of::{AsOf, Difference, apply_plan, befores, of_plan};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// A recorded framework revision, as the pages read it.
pub type Revision = framework_revisions::Model;

/// A plan's indicators as of a day: each with its fields then, and what changed since.
pub struct PlanAsOf {
    /// The day.
    pub as_of: AsOf,
    /// Every indicator of the plan with its revised fields as of the day, by id.
    pub indicators: HashMap<i32, indicators::Model>,
    /// Indicator code and each field that differs between the day and now, by code then field.
    pub differences: Vec<(String, Difference)>,
}

/// The indicators of plan `plan` as of `as_of` (any signed-in user).
pub async fn plan_as_of(
    db: &impl ConnectionTrait,
    actor: &crate::auth::Actor,
    plan: &crate::models::plans::Plan,
    as_of: AsOf,
) -> crate::error::AppResult<PlanAsOf> {
    crate::policy::authorize(actor, crate::policy::Action::Read)?;
    let mut inds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .order_by_asc(indicators::Column::Code)
        .all(db)
        .await?;
    let revisions = of_plan(db, plan.id).await?;
    let mut milestones = HashMap::new();
    let diffs = apply_plan(&mut inds, &mut milestones, &revisions, as_of)?;
    let mut differences = Vec::new();
    for i in &inds {
        for d in diffs.get(&i.id).into_iter().flatten() {
            differences.push((i.code.clone(), d.clone()));
        }
    }
    Ok(PlanAsOf {
        as_of,
        indicators: inds.into_iter().map(|i| (i.id, i)).collect(),
        differences,
    })
}

/// One page of a plan's revisions, each with the value it replaced.
pub struct RevisionList {
    /// The plan's code.
    pub plan: String,
    /// The revisions of this page, each with the value it replaced ([`befores`]).
    pub items: Vec<(framework_revisions::Model, Option<String>)>,
    /// Indicator codes by id.
    pub codes: HashMap<i32, String>,
    /// Revisions matching the filters, across pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// The plan's revisions as [`crate::models::revisions::list`] filters, sorts and pages them (any
/// signed-in user), each with the value it replaced.
pub async fn revision_list(
    db: &impl ConnectionTrait,
    actor: &crate::auth::Actor,
    plan: &str,
    p: crate::models::revisions::RevisionListParams,
) -> crate::error::AppResult<RevisionList> {
    let (rows, codes, total, page, per_page) = crate::models::revisions::list(db, actor, plan, p).await?;
    let plan_id = rows.first().map(|r| r.plan_id);
    let before = match plan_id {
        Some(id) => befores(&of_plan(db, id).await?.into_values().flatten().collect::<Vec<_>>()),
        None => HashMap::new(),
    };
    Ok(RevisionList {
        plan: plan.to_owned(),
        items: rows
            .into_iter()
            .map(|r| {
                let b = before.get(&r.id).cloned().flatten();
                (r, b)
            })
            .collect(),
        codes,
        total,
        page,
        per_page,
    })
}
