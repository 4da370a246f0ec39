//! The words themselves. The doc comments are the descriptions in the OpenAPI document.

use crate::word;

word! {
    /// The status of an indicator for a year.
    ///
    /// Ordered from best to worst (`Achieved < OnTrack < … < NoData`), so sorting
    /// by status lists successes first and missing data last.
    Status as "status" {
        /// The end-of-plan target is met (possibly early).
        Achieved = "achieved",
        /// Progress is at or above the plan's on-track threshold.
        OnTrack = "on_track",
        /// Progress is at or above the plan's at-risk threshold.
        AtRisk = "at_risk",
        /// Progress is below the at-risk threshold.
        OffTrack = "off_track",
        /// The actual value, the baseline or the target is missing.
        NoData = "no_data",
    }
}

impl Status {
    /// The label shown to people (`"On track"`, …).
    pub fn label(self) -> &'static str {
        match self {
            Status::Achieved => "Achieved",
            Status::OnTrack => "On track",
            Status::AtRisk => "At risk",
            Status::OffTrack => "Off track",
            Status::NoData => "No data",
        }
    }
}

word! {
    /// Whether an indicator is likely to meet its end-of-plan target, judged from the straight line
    /// fitted through its baseline and approved annual values (the projection).
    Outlook as "outlook" {
        /// The projected value at the target year meets the target (in the indicator's direction, or
        /// within the plan's on-track band for an indicator to maintain).
        Likely = "likely",
        /// The projected value at the target year falls short of the target.
        Unlikely = "unlikely",
        /// Too early to tell: fewer than two points (the baseline and one approved annual value after
        /// it), or no baseline or target to project from and to.
        TooEarly = "too_early",
    }
}

impl Outlook {
    /// The label shown to people (`"Likely"`, `"Unlikely"`, `"Too early to tell"`).
    pub fn label(self) -> &'static str {
        match self {
            Outlook::Likely => "Likely",
            Outlook::Unlikely => "Unlikely",
            Outlook::TooEarly => "Too early to tell",
        }
    }
}

word! {
    /// Which way an indicator should move from its baseline to its target.
    Direction as "direction" {
        /// Higher is better: the target lies above the baseline.
        Increase = "increase",
        /// Lower is better: the target lies below the baseline.
        Decrease = "decrease",
        /// The value should stay close to the target.
        Maintain = "maintain",
    }
}

word! {
    /// How the quarterly values of one year combine into the year's value.
    Aggregation as "aggregation" {
        /// The value of the highest quarter reported (stocks, levels, rates).
        Latest = "latest",
        /// The sum of the quarters (flows, counts).
        Sum = "sum",
        /// The arithmetic mean of the quarters.
        Mean = "mean",
        /// Summed numerators over summed denominators (percentages, shares).
        Ratio = "ratio",
    }
}

word! {
    /// The unit an indicator's values are measured in.
    Unit as "unit" {
        /// A percentage, 0 to 100.
        Percent = "percent",
        /// A count of things (whole, non-negative).
        Count = "count",
        /// An amount of money (CHF thousands).
        Chf = "chf",
        /// A share as a fraction (0.965, not 96.5).
        Ratio = "ratio",
        /// 1 for yes, 0 for no.
        YesNo = "yes_no",
        /// An index on its own scale.
        Index = "index",
    }
}

word! {
    /// The level of a result node in the framework.
    NodeLevel as "node level" {
        /// Strategic goal.
        Goal = "goal",
        /// Target under a goal.
        Target = "target",
        /// Thematic priority.
        ThematicPriority = "thematic_priority",
        /// Outcome under a thematic priority.
        Outcome = "outcome",
        /// Output (product or service) under an outcome.
        Output = "output",
        /// Enabler.
        Enabler = "enabler",
    }
}

impl NodeLevel {
    /// The human label.
    pub fn label(self) -> &'static str {
        match self {
            NodeLevel::Goal => "Strategic goal",
            NodeLevel::Target => "Target",
            NodeLevel::ThematicPriority => "Thematic priority",
            NodeLevel::Outcome => "Outcome",
            NodeLevel::Output => "Output",
            NodeLevel::Enabler => "Enabler",
        }
    }
}

word! {
    /// Where a reported value stands in the workflow.
    State as "workflow state" {
        /// Entered, not yet sent for approval.
        Draft = "draft",
        /// Sent for approval.
        Submitted = "submitted",
        /// Accepted by the Secretary-General's office.
        Approved = "approved",
        /// Sent back to the planner with a review note.
        Returned = "returned",
        /// An approved value replaced by an approved correction.
        Superseded = "superseded",
    }
}

word! {
    /// Quality flag of a value.
    Quality as "quality" {
        /// Provisional, to be confirmed.
        Provisional = "provisional",
        /// Estimated.
        Estimated = "estimated",
        /// Final.
        Final = "final",
    }
}

word! {
    /// A user's role.
    Role as "role" {
        /// Secretary-General's office: everything.
        Admin = "admin",
        /// Bureau or Secretariat planner, bound to one org unit.
        Planner = "planner",
        /// Council member: reads approved data and published reports.
        Reviewer = "reviewer",
    }
}
