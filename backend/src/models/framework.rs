//! The framework explorer's read: a plan evaluated for a year with every org unit's code and each
//! node's cost by the one rule of [`crate::models::cost`], as the finance page and the report show it.

use crate::auth::Actor;
use crate::entities::result_nodes;
use crate::error::AppResult;
use crate::models::cache::{Derived, Snapshot};
use crate::models::cost;
use crate::models::evaluation::Evaluation;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{DatabaseConnection, DbErr};
use std::collections::HashMap;
use std::sync::Arc;

/// A result node as stored.
pub type Node = result_nodes::Model;

/// The plan's tree for a year: the evaluation, org unit codes by id, and the nodes' non-zero costs.
pub struct Explorer {
    /// The plan evaluated for the year (nodes, indicators, assessments, roll-ups).
    pub evaluation: Arc<Evaluation>,
    /// Org unit codes by id.
    pub units: Arc<HashMap<i32, String>>,
    /// Each node's cost in the year, where it is not zero.
    pub costs: Arc<NodeCosts>,
}

/// Each node's cost in a year by node id, where it is not zero ([`cost::load_year`]), kept per data
/// version.
pub struct NodeCosts(pub HashMap<i32, Decimal>);

impl Derived for NodeCosts {
    /// Plan id and year.
    type Key = (i32, i32);
}

/// Plan `plan` evaluated for `year` with unit codes and node costs (any signed-in user), at `snap`'s data
/// version: from the cache while the data is unchanged.
pub async fn explore(
    db: &DatabaseConnection,
    snap: &Snapshot<'_>,
    actor: &Actor,
    plan: &Plan,
    year: i32,
) -> AppResult<Explorer> {
    authorize(actor, Action::Read)?;
    let evaluation = snap.evaluate(db, plan.clone(), year).await?;
    let units = snap.unit_codes(db).await?;
    let costs = snap
        .derived((plan.id, year), async {
            let nodes = cost::load_year(db, plan.id, year).await?.nodes;
            Ok::<_, DbErr>(NodeCosts(
                nodes
                    .into_iter()
                    .filter(|n| !n.amount.is_zero())
                    .map(|n| (n.node_id, n.amount))
                    .collect(),
            ))
        })
        .await?;
    Ok(Explorer {
        evaluation,
        units,
        costs,
    })
}
