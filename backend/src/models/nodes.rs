//! Result nodes: the typed levels of the framework tree and the rules for who may be whose parent.

/// The levels of a result node, in display order.
pub const LEVELS: &[&str] = &["goal", "target", "thematic_priority", "outcome", "output", "enabler"];

/// Checks that a node of `level` may sit under a parent of `parent_level` (`None` = top level).
pub fn check_parent_level(level: &str, parent_level: Option<&str>) -> Result<(), String> {
    let allowed: &[Option<&str>] = match level {
        "goal" | "thematic_priority" => &[None],
        "target" => &[Some("goal")],
        "outcome" => &[Some("thematic_priority")],
        "output" => &[Some("outcome"), Some("thematic_priority")],
        "enabler" => &[None, Some("enabler")],
        other => return Err(format!("`{other}` is not a result level")),
    };
    if allowed.contains(&parent_level) {
        Ok(())
    } else {
        let want: Vec<&str> = allowed.iter().map(|p| p.unwrap_or("no parent")).collect();
        Err(format!(
            "a {level} must have {} as parent, not {}",
            want.join(" or "),
            parent_level.unwrap_or("no parent")
        ))
    }
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
    fn goals_and_thematic_priorities_are_top_level() {
        assert!(check_parent_level("goal", None).is_ok());
        assert!(check_parent_level("thematic_priority", Some("goal")).is_err());
    }
}
