//! Walking a tree of result nodes given as a flat list with parent ids: the one depth-first order used
//! by the cost rule and the report's node table.

use std::collections::{HashMap, HashSet};

/// A node of a parent-linked tree.
pub trait TreeNode {
    /// The node's id.
    fn id(&self) -> i32;
    /// Its parent's id; `None` at the top level.
    fn parent_id(&self) -> Option<i32>;
}

impl TreeNode for crate::entities::result_nodes::Model {
    fn id(&self) -> i32 {
        self.id
    }

    fn parent_id(&self) -> Option<i32> {
        self.parent_id
    }
}

/// Where a root of a results framework sorts: goals first, then thematic priorities, then enablers (a
/// target or other level found at the top sorts with the goals or the priorities), as the report and
/// the comparison of years read.
pub fn root_rank(level: &str) -> u8 {
    match level {
        "goal" | "target" => 0,
        "enabler" => 2,
        _ => 1,
    }
}

/// Nodes depth first: parents before children, siblings in input order, roots in input order stably
/// sorted by `root_rank`. A node whose parent is missing (or itself) is a root; nodes caught in a parent
/// cycle are unreachable from a root and are kept, in input order, at the end.
pub fn depth_first<T: TreeNode, K: Ord>(nodes: &[T], root_rank: impl Fn(&T) -> K) -> Vec<&T> {
    let ids: HashSet<i32> = nodes.iter().map(TreeNode::id).collect();
    let mut children: HashMap<i32, Vec<&T>> = HashMap::new();
    let mut roots = Vec::new();
    for n in nodes {
        match n.parent_id().filter(|p| ids.contains(p) && *p != n.id()) {
            Some(p) => children.entry(p).or_default().push(n),
            None => roots.push(n),
        }
    }
    roots.sort_by_key(|n| root_rank(n));
    let mut out = Vec::with_capacity(nodes.len());
    let mut seen = HashSet::new();
    let mut stack: Vec<&T> = roots.into_iter().rev().collect();
    while let Some(n) = stack.pop() {
        if !seen.insert(n.id()) {
            continue;
        }
        out.push(n);
        if let Some(c) = children.get(&n.id()) {
            stack.extend(c.iter().rev());
        }
    }
    out.extend(nodes.iter().filter(|n| !seen.contains(&n.id())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct N(i32, Option<i32>);

    impl TreeNode for N {
        fn id(&self) -> i32 {
            self.0
        }

        fn parent_id(&self) -> Option<i32> {
            self.1
        }
    }

    fn order(nodes: &[N], rank: impl Fn(&N) -> i32) -> Vec<i32> {
        depth_first(nodes, rank).into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn parents_come_before_children_and_siblings_keep_their_order() {
        let nodes = [N(3, Some(1)), N(1, None), N(2, None), N(4, Some(1)), N(5, Some(3))];
        assert_eq!(order(&nodes, |_| 0), [1, 3, 5, 4, 2]);
    }

    #[test]
    fn roots_are_ranked_stably_and_a_cycle_is_kept_at_the_end() {
        let nodes = [N(1, None), N(2, None), N(7, Some(8)), N(8, Some(7)), N(9, Some(9))];
        assert_eq!(order(&nodes, |n| if n.0 == 2 { 0 } else { 1 }), [2, 1, 9, 7, 8]);
    }
}
