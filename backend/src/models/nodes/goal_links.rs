//! The goal side of a node's contribution links: the links from a node to goals and targets, each with a
//! weight, which carry the node's cost to the goals ([`crate::models::cost`]). Given as a set (with a new
//! node, or replacing a node's set), the weights must sum to exactly 1, so no share of the node's cost is
//! left unattributed or counted twice. One rule ([`check_weights`]) for the API and the pages.

use super::records::{ContributionView, Node};
use crate::auth::Actor;
use crate::entities::{contribution_links, result_nodes};
use crate::error::{AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::audit;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use std::collections::HashMap;

/// The request field the set of goal-side links is given in.
pub const FIELD: &str = "contributes_to";

/// One weighted link of a node to a goal or a target.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalLink {
    /// Code of the goal or target the node contributes to.
    #[schema(max_length = 64)]
    pub to: String,
    /// Share of the node's contribution (0..1, decimal string or number); the shares of a node sum to 1.
    #[schema(value_type = String, max_length = 64)]
    pub weight: Fixed,
}

/// Whether a node of `level` is on the goal side (a goal or a target), where weighted links end.
pub fn is_goal_side(level: &str) -> bool {
    matches!(level, "goal" | "target")
}

/// The rule of a set of goal-side weights: each within 0..1 and, when there is any, all summing to
/// exactly 1 (exact decimals: 0.3333 + 0.3333 + 0.3333 is refused, not rounded).
pub fn check_weights(weights: &[Fixed]) -> Result<(), crate::error::Said> {
    let one = Fixed::from_raw(10_000);
    if let Some(w) = weights.iter().find(|w| !(Fixed::ZERO..=one).contains(*w)) {
        return Err(crate::error::Said::new(
            "said-weight-outside",
            [("weight", w.to_string().into())],
        ));
    }
    let sum: rust_decimal::Decimal = weights.iter().map(|w| w.to_decimal()).sum();
    if weights.is_empty() || sum == rust_decimal::Decimal::ONE {
        Ok(())
    } else {
        Err(crate::error::Said::new(
            "said-weights-sum",
            [("sum", sum.normalize().to_string().into())],
        ))
    }
}

/// Checks `links` for a node of plan `plan_id` coded `from` (the plan's nodes are `all`): every target a
/// goal or a target of the plan, none twice, none the node itself, and the weights by [`check_weights`].
/// Problems are named `contributes_to[i].to` and `contributes_to`. Returns the target nodes in order.
pub fn check<'a>(errs: &mut FieldErrors, from: &str, all: &'a [Node], links: &[GoalLink]) -> Vec<&'a Node> {
    let mut found = Vec::with_capacity(links.len());
    for (i, l) in links.iter().enumerate() {
        let field = format!("{FIELD}[{i}].to");
        let to = l.to.trim();
        match all.iter().find(|n| n.code == to) {
            None => errs.push(
                field,
                crate::error::Said::new("said-plan-has-no-node", [("code", to.into())]),
            ),
            Some(n) if n.code == from => errs.push(field, crate::error::Said::new("said-contribute-itself", [])),
            Some(n) if !is_goal_side(&n.level) => errs.push(
                field,
                crate::error::Said::new(
                    "said-link-to-level",
                    [("code", to.into()), ("level", super::level_word(&n.level))],
                ),
            ),
            Some(n) if links[..i].iter().any(|o| o.to.trim() == to) => {
                errs.push(
                    field,
                    crate::error::Said::new("said-named-twice", [("code", n.code.clone().into())]),
                );
            }
            Some(n) => found.push(n),
        }
    }
    let weights: Vec<Fixed> = links.iter().map(|l| l.weight).collect();
    errs.check(FIELD, check_weights(&weights));
    found
}

/// Replaces the goal-side links of `node` by `targets` with `links`' weights (in the caller's
/// transaction), auditing each link removed and added. Links to other levels stay.
pub async fn replace(
    txn: &impl ConnectionTrait,
    actor: &Actor,
    node: &result_nodes::Model,
    targets: &[&Node],
    links: &[GoalLink],
    codes: &HashMap<i32, String>,
) -> AppResult<()> {
    let goal_side: Vec<i32> = codes_of_goal_side(txn, node.plan_id).await?;
    let old = contribution_links::Entity::find()
        .filter(contribution_links::Column::FromNodeId.eq(node.id))
        .filter(contribution_links::Column::ToNodeId.is_in(goal_side))
        .all(txn)
        .await?;
    for l in &old {
        contribution_links::Entity::delete_by_id(l.id).exec(txn).await?;
        audit::deleted(
            txn,
            Some(actor),
            "contribution_link",
            l.id,
            &ContributionView::new(l, codes),
        )
        .await?;
    }
    for (to, l) in targets.iter().zip(links) {
        let row = contribution_links::ActiveModel {
            from_node_id: Set(node.id),
            to_node_id: Set(to.id),
            weight: Set(Some(l.weight)),
            provenance: Set("entered".to_owned()),
            version: Set(1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        audit::created(
            txn,
            Some(actor),
            "contribution_link",
            row.id,
            &ContributionView::new(&row, codes),
        )
        .await?;
    }
    Ok(())
}

/// Ids of the goals and targets of plan `plan_id`.
async fn codes_of_goal_side(db: &impl ConnectionTrait, plan_id: i32) -> AppResult<Vec<i32>> {
    Ok(result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .filter(result_nodes::Column::Level.is_in(["goal", "target"]))
        .all(db)
        .await?
        .into_iter()
        .map(|n| n.id)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Fixed {
        Fixed::parse(s).unwrap()
    }

    #[test]
    fn weights_that_sum_to_exactly_one_pass_and_others_are_refused_with_the_sum() {
        assert!(check_weights(&[w("0.6"), w("0.4")]).is_ok());
        assert!(check_weights(&[w("1")]).is_ok());
        assert!(
            check_weights(&[]).is_ok(),
            "a node with no goal-side link is left as it is"
        );
        assert_eq!(
            check_weights(&[w("0.6"), w("0.3")]).unwrap_err().english(),
            "the weights sum to 0.9, not 1"
        );
        assert_eq!(
            check_weights(&[w("0.3333"), w("0.3333"), w("0.3333")])
                .unwrap_err()
                .english(),
            "the weights sum to 0.9999, not 1"
        );
        assert_eq!(
            check_weights(&[w("1.5"), w("-0.5")]).unwrap_err().english(),
            "the weight 1.5 is outside 0..1"
        );
    }
}
