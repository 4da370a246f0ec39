//! The IATI 2.03 codelists the export uses, and how stratrack's words map onto them. The codes are those
//! of the IATI Standard's codelists (IndicatorMeasure, ResultType, ActivityStatus, ActivityDateType,
//! OrganisationRole, ResultVocabulary, IndicatorVocabulary, DescriptionType); the schema itself does not
//! check them, so each mapping has a unit test here and `docs/IATI.md` gives the table.

use crate::models::plans::lifecycle::{CLOSED, DRAFT};
use stratrack_vocab::{Direction, NodeLevel, Unit};

/// IATI version of the file.
pub const VERSION: &str = "2.03";

/// ResultVocabulary and IndicatorVocabulary `99`: the reporting organisation's own codes (a node's or an
/// indicator's code).
pub const OWN_VOCABULARY: &str = "99";

/// DescriptionType `1`: general.
pub const GENERAL_DESCRIPTION: &str = "1";

/// OrganisationRole `4`: implementing (the publisher carries out its own plan).
pub const IMPLEMENTING: &str = "4";

/// ActivityDateType `1`: planned start.
pub const PLANNED_START: &str = "1";

/// ActivityDateType `3`: planned end.
pub const PLANNED_END: &str = "3";

/// IndicatorMeasure of a unit: `2` (percentage) for a percentage, `3` (nominal) for yes/no, whose 1 and 0
/// name categories, and `1` (unit) for every figure on a scale of its own: counts, CHF thousands, an
/// index, and a share written as a fraction (`0.965` is not a percentage, and exporting it as one would
/// mislead a reader by a factor of 100). No stratrack unit is qualitative (`5`): every value is a number.
pub fn measure(unit: Unit) -> &'static str {
    match unit {
        Unit::Percent => "2",
        Unit::YesNo => "3",
        Unit::Count | Unit::Chf | Unit::Ratio | Unit::Index => "1",
    }
}

/// The `ascending` attribute of a direction: true when more is better, false when less is, and absent for
/// an indicator that should hold steady (IATI has no word for it).
pub fn ascending(direction: Direction) -> Option<bool> {
    match direction {
        Direction::Increase => Some(true),
        Direction::Decrease => Some(false),
        Direction::Maintain => None,
    }
}

/// ResultType of a node's level: `1` output, `2` outcome (an outcome, and a thematic priority, which
/// groups outcomes), `3` impact (a strategic goal and its targets), `9` other (an enabler).
pub fn result_type(level: NodeLevel) -> &'static str {
    match level {
        NodeLevel::Output => "1",
        NodeLevel::Outcome | NodeLevel::ThematicPriority => "2",
        NodeLevel::Goal | NodeLevel::Target => "3",
        NodeLevel::Enabler => "9",
    }
}

/// ActivityStatus of a plan's status: `1` pipeline for a draft, `2` implementation for the adopted plan,
/// `4` closed; an unknown status reads as implementation.
pub fn activity_status(plan_status: &str) -> &'static str {
    match plan_status {
        DRAFT => "1",
        CLOSED => "4",
        _ => "2",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_has_the_percentage_measure_and_other_figures_the_unit_measure() {
        assert_eq!(measure(Unit::Percent), "2");
        assert_eq!(measure(Unit::YesNo), "3");
        for u in [Unit::Count, Unit::Chf, Unit::Ratio, Unit::Index] {
            assert_eq!(measure(u), "1", "{u:?}");
        }
    }

    #[test]
    fn a_decrease_indicator_is_not_ascending_and_a_maintain_one_says_nothing() {
        assert_eq!(ascending(Direction::Increase), Some(true));
        assert_eq!(ascending(Direction::Decrease), Some(false));
        assert_eq!(ascending(Direction::Maintain), None);
    }

    #[test]
    fn each_level_has_a_result_type() {
        assert_eq!(result_type(NodeLevel::Output), "1");
        assert_eq!(result_type(NodeLevel::Outcome), "2");
        assert_eq!(result_type(NodeLevel::ThematicPriority), "2");
        assert_eq!(result_type(NodeLevel::Goal), "3");
        assert_eq!(result_type(NodeLevel::Target), "3");
        assert_eq!(result_type(NodeLevel::Enabler), "9");
    }

    #[test]
    fn a_plan_status_has_an_activity_status() {
        assert_eq!(activity_status("draft"), "1");
        assert_eq!(activity_status("adopted"), "2");
        assert_eq!(activity_status("closed"), "4");
    }
}
