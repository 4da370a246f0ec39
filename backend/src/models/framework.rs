//! The framework explorer's read: a plan evaluated for a year with every org unit's code and each
//! node's cost by the one rule of [`crate::models::cost`], as the finance page and the report show it.

use crate::auth::Actor;
use crate::entities::{org_units, result_nodes};
use crate::error::AppResult;
use crate::models::cost;
use crate::models::evaluation::{Cache, Evaluation};
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{DatabaseConnection, EntityTrait};
use std::collections::HashMap;
use std::sync::Arc;

/// A result node as stored.
pub type Node = result_nodes::Model;

/// The plan's tree for a year: the evaluation, org unit codes by id, and the nodes' non-zero costs.
pub struct Explorer {
    /// The plan evaluated for the year (nodes, indicators, assessments, roll-ups).
    pub evaluation: Arc<Evaluation>,
    /// Org unit codes by id.
    pub units: HashMap<i32, String>,
    /// Each node's cost in the year, where it is not zero.
    pub costs: HashMap<i32, Decimal>,
}

/// Plan `plan` evaluated for `year` with unit codes and node costs (any signed-in user).
pub async fn explore(
    db: &DatabaseConnection,
    cache: &Cache,
    actor: &Actor,
    plan: &Plan,
    year: i32,
) -> AppResult<Explorer> {
    authorize(actor, Action::Read)?;
    let evaluation = cache.evaluate(db, plan.clone(), year).await?;
    let units = org_units::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    let costs = cost::load_year(db, plan.id, year)
        .await?
        .nodes
        .into_iter()
        .filter(|n| !n.amount.is_zero())
        .map(|n| (n.node_id, n.amount))
        .collect();
    Ok(Explorer {
        evaluation,
        units,
        costs,
    })
}
