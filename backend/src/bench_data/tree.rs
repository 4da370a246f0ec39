//! The synthetic plan's result tree: goals and targets, priorities, outcomes and outputs, enablers,
//! and the contribution links from outcomes to targets.

use super::{Bulk, next_id, q};
use sea_orm::{DatabaseTransaction, DbErr};

/// The result nodes written, by the role later steps give them.
pub(super) struct Tree {
    /// Nodes indicators hang on: targets, outcomes and outputs.
    pub leaves: Vec<i64>,
    /// Output node ids with the index of their owner unit.
    pub outputs: Vec<(i64, usize)>,
    /// Enabler node ids.
    pub enablers: Vec<i64>,
    /// Goal and target node ids.
    pub goal_side: Vec<i64>,
}

/// Writes result nodes one batch at a time, numbering them from the next free id.
struct Nodes<'a> {
    bulk: Bulk<'a>,
    next: i64,
    plan_id: i64,
    now: &'a str,
}

impl Nodes<'_> {
    /// Adds one node; its id.
    async fn add(
        &mut self,
        parent: Option<i64>,
        level: &str,
        code: &str,
        name: &str,
        unit: i64,
        order: usize,
    ) -> Result<i64, DbErr> {
        let (id, plan_id, now) = (self.next, self.plan_id, self.now);
        self.next += 1;
        let parent = parent.map_or("NULL".to_owned(), |p| p.to_string());
        self.bulk
            .row(&format!(
                "{id}, {plan_id}, {parent}, '{level}', {}, {}, {unit}, {order}, 'illustrative', 1, {now}, {now}",
                q(code),
                q(name)
            ))
            .await
            .map(|()| id)
    }
}

/// Writes five goals of five targets, ten priorities of five outcomes of five outputs, two enablers,
/// and a link from every outcome to a target.
pub(super) async fn write(
    txn: &DatabaseTransaction,
    plan_id: i64,
    units: &[(i64, String)],
    now: &str,
) -> Result<Tree, DbErr> {
    let mut node = Nodes {
        bulk: Bulk::new(
            txn,
            "result_nodes",
            "id, plan_id, parent_id, level, code, name, owner_unit_id, sort_order, provenance, version, created_at, updated_at",
        ),
        next: next_id(txn, "result_nodes").await?,
        plan_id,
        now,
    };
    let (goal_side, targets) = goals(&mut node, units).await?;
    let (outcomes, outputs, below) = priorities(&mut node, units).await?;
    let leaves = [targets.as_slice(), below.as_slice()].concat();
    let mut enablers = Vec::new();
    for e in 1..=2 {
        enablers.push(
            node.add(
                None,
                "enabler",
                &format!("EN-{e}"),
                &format!("Synthetic enabler {e}"),
                units[0].0,
                30 + e,
            )
            .await?,
        );
    }
    node.bulk.flush().await?;
    // Every outcome serves one target in full, so cost by goal reconciles with the budget.
    let mut link_id = next_id(txn, "contribution_links").await?;
    let mut links = Bulk::new(
        txn,
        "contribution_links",
        "id, from_node_id, to_node_id, weight, provenance, version",
    );
    for (i, oc) in outcomes.iter().enumerate() {
        links
            .row(&format!(
                "{link_id}, {oc}, {}, 10000, 'illustrative', 1",
                targets[i % targets.len()]
            ))
            .await?;
        link_id += 1;
    }
    links.flush().await?;

    Ok(Tree {
        leaves,
        outputs,
        enablers,
        goal_side,
    })
}

/// Five goals of five targets each: the goal and target ids, and the target ids.
async fn goals(node: &mut Nodes<'_>, units: &[(i64, String)]) -> Result<(Vec<i64>, Vec<i64>), DbErr> {
    let (mut targets, mut goal_side) = (vec![], vec![]);
    for g in 1..=5 {
        let goal = node
            .add(
                None,
                "goal",
                &format!("G{g}"),
                &format!("Synthetic goal {g}"),
                units[0].0,
                g,
            )
            .await?;
        goal_side.push(goal);
        for t in 1..=5 {
            let name = format!("Synthetic target {g}.{t}");
            let id = node
                .add(Some(goal), "target", &format!("T{g}.{t}"), &name, units[0].0, t)
                .await?;
            targets.push(id);
            goal_side.push(id);
        }
    }
    Ok((goal_side, targets))
}

/// Ten priorities of five outcomes of five outputs each: the outcome ids, the output ids with their
/// unit's index, and the outcomes and outputs in the order written.
async fn priorities(
    node: &mut Nodes<'_>,
    units: &[(i64, String)],
) -> Result<(Vec<i64>, Vec<(i64, usize)>, Vec<i64>), DbErr> {
    let (mut outcomes, mut outputs, mut leaves) = (vec![], vec![], vec![]);
    for p in 1..=10 {
        let unit = units[p % units.len()].0;
        let tp = node
            .add(
                None,
                "thematic_priority",
                &format!("TP{p}"),
                &format!("Synthetic priority {p}"),
                unit,
                10 + p,
            )
            .await?;
        for o in 1..=5 {
            let code = format!("TP{p}.O{o}");
            let oc = node
                .add(
                    Some(tp),
                    "outcome",
                    &code,
                    &format!("Synthetic outcome {p}.{o}"),
                    unit,
                    o,
                )
                .await?;
            outcomes.push(oc);
            leaves.push(oc);
            for r in 1..=5 {
                let u = (p + o + r) % units.len();
                let name = format!("Synthetic output {p}.{o}.{r}");
                let id = node
                    .add(Some(oc), "output", &format!("{code}.P{r}"), &name, units[u].0, r)
                    .await?;
                outputs.push((id, u));
                leaves.push(id);
            }
        }
    }
    Ok((outcomes, outputs, leaves))
}
