//! What the framework's records are, named by codes rather than ids: a node, a contribution link and a
//! mandate, as the API shows them and the audit log keeps them.

use crate::entities::{contribution_links, mandate_links, mandates, result_nodes};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::HashMap;

/// A result node as stored.
pub type Node = result_nodes::Model;

/// A result node.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NodeView {
    /// Stable code, e.g. `T1.2` or `TP-R1.O1`.
    pub code: String,
    /// goal, target, thematic_priority, outcome, output or enabler.
    pub level: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Code of the parent node; none at the top level.
    pub parent: Option<String>,
    /// Code of the owning org unit (always set for outputs).
    pub owner_unit: Option<String>,
    /// product or service, for outputs.
    pub output_kind: Option<String>,
    /// Position among its siblings.
    pub sort_order: i32,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Concurrency version.
    pub version: i32,
}

impl NodeView {
    /// Builds the view of `n`, naming its parent and unit from the code maps.
    pub fn new(n: &result_nodes::Model, node_codes: &HashMap<i32, String>, unit_codes: &HashMap<i32, String>) -> Self {
        NodeView {
            code: n.code.clone(),
            level: n.level.clone(),
            name: n.name.clone(),
            description: n.description.clone(),
            parent: n.parent_id.and_then(|p| node_codes.get(&p).cloned()),
            owner_unit: n.owner_unit_id.and_then(|u| unit_codes.get(&u).cloned()),
            output_kind: n.output_kind.clone(),
            sort_order: n.sort_order,
            provenance: n.provenance.clone(),
            version: n.version,
        }
    }
}

/// A contribution link: `from` contributes to `to` with an optional weight.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ContributionView {
    /// Link id.
    pub id: i32,
    /// Code of the contributing node.
    pub from: String,
    /// Code of the node contributed to.
    pub to: String,
    /// Share of the contribution, 0..1.
    #[schema(value_type = Option<String>)]
    pub weight: Option<Decimal>,
    /// Provenance.
    pub provenance: String,
    /// Concurrency version.
    pub version: i32,
}

impl ContributionView {
    /// Builds the view of `l` with node codes.
    pub fn new(l: &contribution_links::Model, node_codes: &HashMap<i32, String>) -> Self {
        let code = |id: i32| node_codes.get(&id).cloned().unwrap_or_default();
        ContributionView {
            id: l.id,
            from: code(l.from_node_id),
            to: code(l.to_node_id),
            weight: l.weight.map(|w| w.to_decimal()),
            provenance: l.provenance.clone(),
            version: l.version,
        }
    }
}

/// An instrument behind a node or indicator.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MandateView {
    /// resolution, decision, sdg or wsis.
    pub vocabulary: String,
    /// Code within the vocabulary, e.g. `71`, `9.c`, `C2`.
    pub code: String,
    /// Title.
    pub title: String,
    /// Source URL(s).
    pub source: String,
}

impl From<&mandates::Model> for MandateView {
    fn from(m: &mandates::Model) -> Self {
        MandateView {
            vocabulary: m.vocabulary.clone(),
            code: m.code.clone(),
            title: m.title.clone(),
            source: m.source.clone(),
        }
    }
}

/// Mandates linked to a node or an indicator, ordered by vocabulary and code.
pub async fn linked_mandates(
    db: &impl ConnectionTrait,
    link: mandate_links::Column,
    id: i32,
) -> Result<Vec<MandateView>, DbErr> {
    let rows = mandates::Entity::find()
        .inner_join(mandate_links::Entity)
        .filter(link.eq(id))
        .order_by_asc(mandates::Column::Vocabulary)
        .order_by_asc(mandates::Column::Code)
        .all(db)
        .await?;
    Ok(rows.iter().map(MandateView::from).collect())
}

/// Contribution links starting or ending at the node, by id.
pub async fn links_touching(db: &impl ConnectionTrait, node_id: i32) -> Result<Vec<contribution_links::Model>, DbErr> {
    contribution_links::Entity::find()
        .filter(touching(node_id))
        .order_by_asc(contribution_links::Column::Id)
        .all(db)
        .await
}

/// Links from or to `node_id`.
pub(super) fn touching(node_id: i32) -> Condition {
    Condition::any()
        .add(contribution_links::Column::FromNodeId.eq(node_id))
        .add(contribution_links::Column::ToNodeId.eq(node_id))
}
