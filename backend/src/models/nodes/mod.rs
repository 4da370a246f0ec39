//! Result nodes: the typed levels of the framework tree and the rules for who may be whose parent, and
//! the use cases of the node routes: list, read and roll up ([`read`]), create, change and delete
//! ([`write`]), with the records as named by codes ([`records`]).

pub mod goal_links;
pub mod read;
pub mod records;
pub mod write;

pub use goal_links::GoalLink;
pub use read::{Detail, NodeListParams, Rollup, detail, list, rollup};
pub use records::{ContributionView, MandateView, Node, NodeView, linked_mandates, links_touching};
pub use write::{CreateNode, UpdateNode, create, create_in, delete, delete_in, update, update_in};

use crate::entities::{budget_allocations, indicators, operational_items, result_nodes, risk_links};
use crate::error::{Said, SaidArg};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};

/// The levels of a result node, in display order.
pub const LEVELS: &[&str] = &stratrack_vocab::NodeLevel::NAMES;

/// A result level as a refusal names it: in English its code (`thematic_priority`), as it always was;
/// in another language the vocabulary's word. An unknown code is said as it is.
pub fn level_named(level: &str) -> SaidArg {
    let key = match level {
        "goal" => "said-level-goal",
        "thematic_priority" => "said-level-thematic_priority",
        "enabler" => "said-level-enabler",
        "target" => "said-level-target",
        "outcome" => "said-level-outcome",
        "output" => "said-level-output",
        other => return other.into(),
    };
    Said::new(key, []).into()
}

/// A result level as the vocabulary's word in the language (`level-thematic_priority`: "thematic
/// priority"); an unknown code with its underscores read as spaces.
pub fn level_word(level: &str) -> SaidArg {
    let key = match level {
        "goal" => "level-goal",
        "thematic_priority" => "level-thematic_priority",
        "enabler" => "level-enabler",
        "target" => "level-target",
        "outcome" => "level-outcome",
        "output" => "level-output",
        other => return other.replace('_', " ").into(),
    };
    Said::new(key, []).into()
}

/// Checks that a node of `level` may sit under a parent of `parent_level` (`None` = top level).
pub fn check_parent_level(level: &str, parent_level: Option<&str>) -> Result<(), Said> {
    let allowed: &[Option<&str>] = match level {
        "goal" | "thematic_priority" => &[None],
        "target" => &[Some("goal")],
        "outcome" => &[Some("thematic_priority")],
        "output" => &[Some("outcome"), Some("thematic_priority")],
        "enabler" => &[None, Some("enabler")],
        other => return Err(Said::new("said-not-a-level", [("level", other.into())])),
    };
    if allowed.contains(&parent_level) {
        Ok(())
    } else {
        // A level is named by its code in English, by the vocabulary's word in another language; the
        // absence of a parent in words of the language.
        let named =
            |p: &Option<&str>| -> SaidArg { p.map_or_else(|| Said::new("said-no-parent", []).into(), level_named) };
        let want = match allowed {
            [one] => named(one),
            [a, b, ..] => Said::new("said-either", [("first", named(a)), ("second", named(b))]).into(),
            [] => SaidArg::from(""),
        };
        Err(Said::new(
            "said-parent-level",
            [
                ("level", level_named(level)),
                ("allowed", want),
                ("parent", named(&parent_level)),
            ],
        ))
    }
}

/// Kinds of an output: a product (a publication, a system) or a service (processing, assistance).
pub const OUTPUT_KINDS: &[&str] = &["product", "service"];

/// Checks the output-only fields: an output needs an owner unit and an output kind; other levels
/// take no output kind. Returns `(field, reason)` for each problem.
pub fn check_output_fields(level: &str, has_owner: bool, output_kind: Option<&str>) -> Vec<(&'static str, Said)> {
    let mut errs = Vec::new();
    match (level, output_kind) {
        ("output", None) => errs.push(("output_kind", Said::new("said-output-needs-kind", []))),
        ("output", Some(k)) if !OUTPUT_KINDS.contains(&k) => {
            errs.push((
                "output_kind",
                Said::new("said-not-product-or-service", [("kind", k.into())]),
            ));
        }
        ("output", Some(_)) | (_, None) => {}
        (_, Some(_)) => errs.push((
            "output_kind",
            Said::new("said-only-outputs-have-kind", [("level", level_named(level))]),
        )),
    }
    if level == "output" && !has_owner {
        errs.push(("owner_unit", Said::new("said-output-needs-owner", [])));
    }
    errs
}

/// Code of every node of plan `plan_id` by id.
pub async fn codes(db: &impl ConnectionTrait, plan_id: i32) -> Result<std::collections::HashMap<i32, String>, DbErr> {
    let rows: Vec<(i32, String)> = result_nodes::Entity::find()
        .select_only()
        .column(result_nodes::Column::Id)
        .column(result_nodes::Column::Code)
        .filter(result_nodes::Column::PlanId.eq(plan_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// What still hangs on a node and so forbids deleting it, e.g. "2 child nodes", "1 indicator", each
/// counted in words of every language. Contribution and mandate links are the node's own and go with it.
pub async fn dependents(db: &impl ConnectionTrait, node_id: i32) -> Result<Vec<Said>, DbErr> {
    let counts = [
        (
            result_nodes::Entity::find()
                .filter(result_nodes::Column::ParentId.eq(node_id))
                .count(db)
                .await?,
            "said-blocker-child-nodes",
        ),
        (
            indicators::Entity::find()
                .filter(indicators::Column::NodeId.eq(node_id))
                .count(db)
                .await?,
            "said-blocker-indicators",
        ),
        (
            budget_allocations::Entity::find()
                .filter(budget_allocations::Column::NodeId.eq(node_id))
                .count(db)
                .await?,
            "said-blocker-allocations",
        ),
        (
            operational_items::Entity::find()
                .filter(operational_items::Column::OutputNodeId.eq(node_id))
                .count(db)
                .await?,
            "said-blocker-items",
        ),
        (
            risk_links::Entity::find()
                .filter(risk_links::Column::NodeId.eq(node_id))
                .count(db)
                .await?,
            "said-blocker-risks",
        ),
    ];
    Ok(counts
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, key)| Said::new(key, [("count", i64::try_from(n).unwrap_or(i64::MAX).into())]))
        .collect())
}

/// Whether making `new_parent` the parent of `node_id` would put the node below itself.
pub fn would_cycle(node_id: i32, new_parent: i32, parent_of: &std::collections::HashMap<i32, Option<i32>>) -> bool {
    let mut cur = Some(new_parent);
    let mut steps = 0;
    while let Some(c) = cur {
        if c == node_id || steps > parent_of.len() {
            return true;
        }
        cur = parent_of.get(&c).copied().flatten();
        steps += 1;
    }
    false
}

/// The node `code` of `plan`, or 404.
pub async fn node_or_404(
    db: &impl sea_orm::ConnectionTrait,
    plan: &crate::entities::plans::Model,
    code: &str,
) -> crate::error::AppResult<crate::entities::result_nodes::Model> {
    crate::models::codes::node_by_code(db, plan.id, code)
        .await?
        .ok_or_else(|| {
            crate::error::AppError::not_found(Said::new(
                "said-what-node",
                [("code", code.into()), ("plan", plan.code.as_str().into())],
            ))
        })
}

/// Checks a new natural code: non-empty, at most 40 characters, letters, digits, `.`, `-` and `_` only,
/// so it can stand in a URL path as it is.
pub fn check_code(code: &str) -> Result<(), Said> {
    if code.is_empty() || code.len() > 40 {
        return Err(Said::new("said-code-length", []));
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        return Err(Said::new("said-code-character", [("character", c.to_string().into())]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_belongs_under_a_goal_only() {
        assert!(check_parent_level("target", Some("goal")).is_ok());
        assert!(check_parent_level("target", None).is_err());
        assert!(check_parent_level("target", Some("outcome")).is_err());
    }

    #[test]
    fn an_output_needs_an_owner_and_a_kind_and_only_outputs_have_a_kind() {
        let fields = |l, o, k| {
            check_output_fields(l, o, k)
                .into_iter()
                .map(|(f, _)| f)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields("output", false, None), ["output_kind", "owner_unit"]);
        assert_eq!(fields("output", true, Some("gadget")), ["output_kind"]);
        assert!(fields("output", true, Some("service")).is_empty());
        assert_eq!(fields("goal", false, Some("product")), ["output_kind"]);
        assert!(fields("goal", false, None).is_empty());
    }

    #[test]
    fn a_node_cannot_move_below_itself() {
        let parents = std::collections::HashMap::from([(1, None), (2, Some(1)), (3, Some(2))]);
        assert!(would_cycle(1, 3, &parents));
        assert!(would_cycle(2, 2, &parents));
        assert!(!would_cycle(3, 1, &parents));
    }

    #[test]
    fn goals_and_thematic_priorities_are_top_level() {
        assert!(check_parent_level("goal", None).is_ok());
        assert!(check_parent_level("thematic_priority", Some("goal")).is_err());
    }

    #[test]
    fn a_code_and_a_parent_level_are_refused_in_english_as_before_and_in_the_reader_s_language() {
        use stratrack_i18n::Lang;
        let code = check_code("a b").unwrap_err();
        assert_eq!(
            code.english(),
            "` ` is not allowed: use letters, digits, `.`, `-` and `_`"
        );
        assert_eq!(
            code.text(Lang::Fr),
            "` ` n’est pas admis : utilisez des lettres, des chiffres, `.`, `-` et `_`"
        );
        assert_eq!(
            check_code("").unwrap_err().text(Lang::Ru),
            "должен содержать от 1 до 40 символов"
        );
        let enabler = check_parent_level("enabler", Some("goal")).unwrap_err();
        assert_eq!(
            enabler.english(),
            "a enabler must have no parent or enabler as parent, not goal"
        );
        assert_eq!(
            enabler.text(Lang::Fr),
            "un élément de niveau catalyseur doit avoir pour parent aucun parent ou catalyseur, et non but"
        );
        let target = check_parent_level("target", None).unwrap_err();
        assert_eq!(target.english(), "a target must have goal as parent, not no parent");
        assert_eq!(
            target.text(Lang::Ru),
            "у элемента уровня целевой показатель родителем должно быть: цель, а не отсутствие родителя"
        );
        assert_eq!(
            target.text(Lang::Ar),
            "يجب أن يكون أصل عنصر المستوى غاية هو هدف، لا بلا أصل"
        );
        let output = check_parent_level("output", Some("goal")).unwrap_err();
        assert_eq!(
            output.english(),
            "a output must have outcome or thematic_priority as parent, not goal"
        );
    }
}
