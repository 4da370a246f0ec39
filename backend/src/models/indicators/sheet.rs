//! An indicator's reference sheet: why it is measured, how it is computed and broken down, its limits,
//! how its quality is assured and why its target is what it is. Plain texts the office keeps; changing
//! them is never a framework revision.

use crate::auth::Actor;
use crate::entities::{indicators, result_nodes};
use crate::error::AppResult;
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::{Deserialize, Serialize};

/// An indicator with its node, for its reference sheet.
pub struct SheetOf {
    /// Its plan's code.
    pub plan: String,
    /// The indicator (its fields as in force now).
    pub indicator: indicators::Model,
    /// Its node's code and name.
    pub node: (String, String),
    /// The sheet.
    pub sheet: ReferenceSheet,
}

/// The reference sheet of indicator `code` of plan `plan`, for any signed-in user.
pub async fn read_sheet(db: &impl ConnectionTrait, actor: &Actor, (plan, code): (&str, &str)) -> AppResult<SheetOf> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let indicator = super::indicator_or_404(db, &plan, code).await?;
    let node = result_nodes::Entity::find_by_id(indicator.node_id)
        .one(db)
        .await?
        .map(|n| (n.code, n.name))
        .unwrap_or_default();
    Ok(SheetOf {
        plan: plan.code,
        sheet: ReferenceSheet::of(&indicator),
        indicator,
        node,
    })
}

/// The six texts of a reference sheet; an absent or blank text is none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferenceSheet {
    /// Why the indicator is measured: what it tells about the result.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub rationale: Option<String>,
    /// Method of computation: numerator, denominator, formula.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub method: Option<String>,
    /// How the values are broken down (by sex, by region …) and where the breakdown comes from.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub disaggregation: Option<String>,
    /// What the indicator does not show, and known weaknesses of its data.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub limitations: Option<String>,
    /// How the values are checked before they are approved.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub quality_assurance: Option<String>,
    /// Why the end target and milestones are set where they are.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub target_rationale: Option<String>,
}

/// A blank text is no text; others are kept trimmed.
fn kept(t: Option<&String>) -> Option<String> {
    t.map(|t| t.trim()).filter(|t| !t.is_empty()).map(str::to_owned)
}

impl ReferenceSheet {
    /// The sheet of indicator `ind`.
    pub fn of(ind: &indicators::Model) -> Self {
        ReferenceSheet {
            rationale: ind.sheet_rationale.clone(),
            method: ind.sheet_method.clone(),
            disaggregation: ind.sheet_disaggregation.clone(),
            limitations: ind.sheet_limitations.clone(),
            quality_assurance: ind.sheet_quality_assurance.clone(),
            target_rationale: ind.sheet_target_rationale.clone(),
        }
    }

    /// Writes the whole sheet into `am`: a text left out or blank is cleared.
    pub fn set(&self, am: &mut indicators::ActiveModel) {
        am.sheet_rationale = Set(kept(self.rationale.as_ref()));
        am.sheet_method = Set(kept(self.method.as_ref()));
        am.sheet_disaggregation = Set(kept(self.disaggregation.as_ref()));
        am.sheet_limitations = Set(kept(self.limitations.as_ref()));
        am.sheet_quality_assurance = Set(kept(self.quality_assurance.as_ref()));
        am.sheet_target_rationale = Set(kept(self.target_rationale.as_ref()));
    }

    /// Each part as (key, heading, text), in the order the sheet shows them.
    pub fn parts(&self) -> [(&'static str, &'static str, Option<&str>); 6] {
        [
            ("rationale", "Rationale", self.rationale.as_deref()),
            ("method", "Method of computation", self.method.as_deref()),
            ("disaggregation", "Disaggregation", self.disaggregation.as_deref()),
            ("limitations", "Limitations", self.limitations.as_deref()),
            (
                "quality_assurance",
                "Quality assurance",
                self.quality_assurance.as_deref(),
            ),
            ("target_rationale", "Target rationale", self.target_rationale.as_deref()),
        ]
    }

    /// Whether no part has a text.
    pub fn is_empty(&self) -> bool {
        self.parts()
            .iter()
            .all(|(_, _, t)| t.is_none_or(|t| t.trim().is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_part_is_no_part_and_the_rest_is_kept_trimmed() {
        let s = ReferenceSheet {
            rationale: Some("  Measures access. ".into()),
            method: Some("   ".into()),
            ..Default::default()
        };
        assert_eq!(kept(s.rationale.as_ref()).as_deref(), Some("Measures access."));
        assert_eq!(kept(s.method.as_ref()), None);
        assert!(!s.is_empty());
        assert!(
            ReferenceSheet {
                method: Some(" ".into()),
                ..Default::default()
            }
            .is_empty()
        );
    }
}
