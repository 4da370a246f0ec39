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

    /// The place of a status on **the one order of statuses**, from worst to best: off track 0, at risk 1,
    /// on track 2, achieved 3. `None` for `no_data`, which is no rating and so neither better nor worse
    /// than any other status.
    ///
    /// Every comparison of two statuses goes through this order ([`StatusMove::between`]); it is the
    /// declaration order of `Status` (best first) reversed, with `no_data` set apart.
    pub fn rank(self) -> Option<u8> {
        match self {
            Status::OffTrack => Some(0),
            Status::AtRisk => Some(1),
            Status::OnTrack => Some(2),
            Status::Achieved => Some(3),
            Status::NoData => None,
        }
    }
}

word! {
    /// How an indicator's status moved from one year (A) to another (B), on the order of
    /// [`Status::rank`]: up or down it, not at all, or onto or off it (`no_data` is not on it).
    StatusMove as "status move" {
        /// Rated in both years and better in B (e.g. at risk → on track).
        Improved = "improved",
        /// Rated in both years and worse in B (e.g. on track → off track).
        Worsened = "worsened",
        /// The same status in both years (`no_data` in both included).
        Unchanged = "unchanged",
        /// No data in A, rated in B.
        NewlyRated = "newly_rated",
        /// Rated in A, no data in B.
        NoLongerRated = "no_longer_rated",
    }
}

impl StatusMove {
    /// The move from status `from` (year A) to status `to` (year B), by [`Status::rank`].
    pub fn between(from: Status, to: Status) -> StatusMove {
        match (from.rank(), to.rank()) {
            (None, None) => StatusMove::Unchanged,
            (None, Some(_)) => StatusMove::NewlyRated,
            (Some(_), None) => StatusMove::NoLongerRated,
            (Some(a), Some(b)) if b > a => StatusMove::Improved,
            (Some(a), Some(b)) if b < a => StatusMove::Worsened,
            (Some(_), Some(_)) => StatusMove::Unchanged,
        }
    }

    /// The label shown to people (`"Improved"`, …): the text that goes with every [`StatusMove::arrow`].
    pub fn label(self) -> &'static str {
        match self {
            StatusMove::Improved => "Improved",
            StatusMove::Worsened => "Worsened",
            StatusMove::Unchanged => "Unchanged",
            StatusMove::NewlyRated => "Newly rated",
            StatusMove::NoLongerRated => "No longer rated",
        }
    }

    /// The arrow drawn for the move; never shown without [`StatusMove::label`] (an arrow, like a colour,
    /// is not the only way a move is told).
    pub fn arrow(self) -> &'static str {
        match self {
            StatusMove::Improved => "\u{2191}",
            StatusMove::Worsened => "\u{2193}",
            StatusMove::Unchanged => "\u{2192}",
            StatusMove::NewlyRated => "\u{2197}",
            StatusMove::NoLongerRated => "\u{2198}",
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

word! {
    /// The vocabulary of a mandate a result serves, in the order the annual report groups them.
    MandateVocabulary as "mandate vocabulary" {
        /// A resolution of the Plenipotentiary Conference, e.g. `71`.
        Resolution = "resolution",
        /// A target of the Sustainable Development Goals, e.g. `9.c`.
        Sdg = "sdg",
        /// A WSIS action line, e.g. `C2`.
        Wsis = "wsis",
        /// A decision of the Plenipotentiary Conference, e.g. `5`.
        Decision = "decision",
    }
}

impl MandateVocabulary {
    /// One mandate's kind as a reader names it: `Resolution 71`, `SDG target 9.c`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Resolution => "Resolution",
            Self::Sdg => "SDG target",
            Self::Wsis => "WSIS action line",
            Self::Decision => "Decision",
        }
    }

    /// The heading of a group of mandates: `Resolutions`, `SDG targets`.
    pub fn heading(self) -> &'static str {
        match self {
            Self::Resolution => "Resolutions",
            Self::Sdg => "SDG targets",
            Self::Wsis => "WSIS action lines",
            Self::Decision => "Decisions",
        }
    }
}
