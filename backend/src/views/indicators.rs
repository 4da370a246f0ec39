//! Indicators as the API shows them: in a list with their status for a year, and in detail with
//! milestones, links, dimensions, assessment and revision history.

use crate::entities::indicators;
use crate::models::as_of::AsOf;
use crate::models::indicators::ReferenceSheet;
use crate::models::translations::{Kind, Lookup};
use crate::status::{Assessment, Projection};
use crate::views::nodes::MandateView;
use crate::views::revisions::{ChangeView, RevisedField, RevisionView};
use rust_decimal::Decimal;
use serde::Serialize;

/// The fields of an indicator every view shows.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct IndicatorCore {
    /// Code, unique in the plan.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the node it measures.
    pub node: String,
    /// Level of that node.
    pub node_level: String,
    /// Code of the owning org unit.
    pub owner_unit: String,
    /// percent, count, chf, ratio, yes_no or index.
    pub unit: String,
    /// increase, decrease or maintain.
    pub direction: String,
    /// latest, sum, mean or ratio.
    pub aggregation: String,
    /// A key performance indicator of the plan.
    pub is_key: bool,
    /// Baseline value.
    #[schema(value_type = Option<String>)]
    pub baseline_value: Option<Decimal>,
    /// Baseline year.
    pub baseline_year: Option<i32>,
    /// End-of-plan target.
    #[schema(value_type = Option<String>)]
    pub target_value: Option<Decimal>,
    /// Target year.
    pub target_year: Option<i32>,
    /// Concurrency version.
    pub version: i32,
}

impl IndicatorCore {
    /// Builds the core of `i`, given the code and level of its node and the code of its unit.
    pub fn new(i: &indicators::Model, node: (&str, &str), unit: &str) -> Self {
        IndicatorCore {
            code: i.code.clone(),
            name: i.name.clone(),
            node: node.0.to_owned(),
            node_level: node.1.to_owned(),
            owner_unit: unit.to_owned(),
            unit: i.unit.clone(),
            direction: i.direction.clone(),
            aggregation: i.aggregation.clone(),
            is_key: i.is_key,
            baseline_value: i.baseline_value.map(|v| v.to_decimal()),
            baseline_year: i.baseline_year,
            target_value: i.target_value.map(|v| v.to_decimal()),
            target_year: i.target_year,
            version: i.version,
        }
    }
}

/// An indicator in a list, with its assessment for the year.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorListItem {
    /// The indicator.
    #[serde(flatten)]
    pub indicator: IndicatorCore,
    /// Actual, expected, progress and status for the year, by the status rule.
    #[serde(flatten)]
    pub assessment: Assessment,
    /// The name and definition in the language the request asked for (`Accept-Language`), marked where
    /// they stand in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

/// One page of indicators with their statuses.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorPage {
    /// Plan code.
    pub plan: String,
    /// The year evaluated.
    pub year: i32,
    /// The indicators of this page.
    pub items: Vec<IndicatorListItem>,
    /// Indicators matching the filters, across pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// A milestone: the value expected in one year of the plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MilestoneView {
    /// Indicator code.
    pub indicator: String,
    /// Year.
    pub year: i32,
    /// Expected value.
    #[schema(value_type = String)]
    pub value: Decimal,
    /// Concurrency version.
    pub version: i32,
}

/// An indicator of another plan cycle in the same series.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SeriesLink {
    /// Plan code.
    pub plan: String,
    /// Indicator code.
    pub code: String,
    /// carried_over, redefined or new: how the later indicator relates to the earlier.
    pub relation: Option<String>,
    /// Whether the two form one series (true only for `carried_over`): values of a redefined or new
    /// predecessor measure something else and must not be joined to the later indicator's.
    pub continues_series: bool,
}

/// A disaggregation dimension and its values.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DimensionView {
    /// Code, e.g. `sex`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Values, in display order.
    pub values: Vec<DimensionValueView>,
    /// The name in the language the request asked for (`Accept-Language`), marked where it stands
    /// in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

/// One value of a dimension.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DimensionValueView {
    /// Code, e.g. `female`.
    pub code: String,
    /// Name.
    pub name: String,
    /// The name in the language the request asked for (`Accept-Language`), marked where it stands
    /// in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

/// One indicator with everything about it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorDetail {
    /// The indicator.
    #[serde(flatten)]
    pub indicator: IndicatorCore,
    /// Plan code.
    pub plan: String,
    /// Definition.
    pub definition: String,
    /// annual, quarterly, biennial or quadrennial.
    pub frequency: String,
    /// Where the values come from.
    pub data_source: String,
    /// Annual milestones, by year.
    pub milestones: Vec<MilestoneView>,
    /// The indicator it continues in the previous plan cycle.
    pub predecessor: Option<SeriesLink>,
    /// Indicators of later cycles continuing this one.
    pub successors: Vec<SeriesLink>,
    /// Instruments behind it.
    pub mandates: Vec<MandateView>,
    /// Dimensions its values are broken down by.
    pub dimensions: Vec<DimensionView>,
    /// SDG targets.
    pub sdg_tags: Vec<String>,
    /// WSIS action lines.
    pub wsis_tags: Vec<String>,
    /// The year assessed.
    pub year: i32,
    /// Its assessment for `year`, by the status rule.
    pub assessment: Assessment,
    /// Where its approved annual values up to `year` are heading at its target year: a least-squares
    /// line through the baseline and those values (at least two points), and whether the target is
    /// likely to be met (`docs/PROJECTION.md`).
    pub projection: Projection,
    /// Whether any value was entered: from then on, changes to baseline, target, milestones, unit or
    /// direction need a revision.
    pub has_measurements: bool,
    /// Each revised field, as adopted and as revised now.
    pub revised_fields: Vec<RevisedField>,
    /// Every revision, oldest first.
    pub revisions: Vec<RevisionView>,
    /// The day baseline, target, unit, direction and milestones are shown as of (`adopted` or a date),
    /// when `as_of` was asked for; else they are as in force now.
    pub as_of: Option<String>,
    /// With `as_of`: each field whose value then differs from now, with the decisions in between.
    pub changed_since: Vec<ChangeView>,
    /// Its reference sheet.
    pub reference_sheet: ReferenceSheet,
    /// Provenance.
    pub provenance: String,
    /// Source URL(s).
    pub source: String,
    /// The name and definition in the language the request asked for (`Accept-Language`), marked where it stands
    /// in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

impl From<&crate::models::dimensions::Dimension> for DimensionView {
    fn from(d: &crate::models::dimensions::Dimension) -> Self {
        DimensionView::localized(d, &Lookup::english())
    }
}

impl DimensionView {
    /// The dimension `d` with its name and its values' names in the language of `lookup` as well.
    pub fn localized(d: &crate::models::dimensions::Dimension, lookup: &Lookup) -> Self {
        let dim = &d.dimension;
        DimensionView {
            code: dim.code.clone(),
            name: dim.name.clone(),
            values: d
                .values
                .iter()
                .map(|v| DimensionValueView {
                    code: v.code.clone(),
                    name: v.name.clone(),
                    localized: lookup.view(Kind::DimensionValue, v.id, &v.name, None),
                })
                .collect(),
            localized: lookup.view(Kind::Dimension, dim.id, &dim.name, None),
        }
    }
}

impl MilestoneView {
    /// The milestone `m` of indicator `code`.
    pub fn new(code: &str, m: &crate::entities::indicator_milestones::Model) -> Self {
        MilestoneView {
            indicator: code.to_owned(),
            year: m.year,
            value: m.value.to_decimal(),
            version: m.version,
        }
    }
}

impl From<&crate::models::indicators::Placed> for IndicatorCore {
    fn from(p: &crate::models::indicators::Placed) -> Self {
        IndicatorCore::new(&p.indicator, (&p.node_code, &p.node_level), &p.unit_code)
    }
}

impl From<&crate::models::indicators::SeriesEnd> for SeriesLink {
    fn from(s: &crate::models::indicators::SeriesEnd) -> Self {
        SeriesLink {
            plan: s.plan.clone(),
            code: s.code.clone(),
            relation: s.relation.clone(),
            continues_series: s.continues_series,
        }
    }
}

impl IndicatorDetail {
    /// The detail answer of `d`.
    pub fn new(d: &crate::models::indicators::Detail) -> Self {
        let ind = &d.indicator;
        IndicatorDetail {
            indicator: IndicatorCore::new(ind, (&d.node.0, &d.node.1), &d.unit_code),
            plan: d.plan.clone(),
            definition: ind.definition.clone(),
            frequency: ind.frequency.clone(),
            data_source: ind.data_source.clone(),
            milestones: d.milestones.iter().map(|m| MilestoneView::new(&ind.code, m)).collect(),
            predecessor: d.predecessor.as_ref().map(SeriesLink::from),
            successors: d.successors.iter().map(SeriesLink::from).collect(),
            mandates: d.mandates.iter().map(MandateView::from).collect(),
            dimensions: d.dimensions.iter().map(DimensionView::from).collect(),
            sdg_tags: crate::models::indicators::split_tags(&ind.sdg_tags),
            wsis_tags: crate::models::indicators::split_tags(&ind.wsis_tags),
            year: d.year,
            assessment: d.assessment.clone(),
            projection: d.projection.clone(),
            has_measurements: d.has_measurements,
            revised_fields: crate::views::revisions::revised_fields(&d.history),
            revisions: d.history.iter().map(|r| RevisionView::new(r, &ind.code)).collect(),
            as_of: d.as_of.map(AsOf::label),
            changed_since: d.changed_since.iter().map(|c| ChangeView::new(c, &ind.code)).collect(),
            reference_sheet: ReferenceSheet::of(ind),
            provenance: ind.provenance.clone(),
            source: ind.source.clone(),
            localized: None,
        }
    }
}
