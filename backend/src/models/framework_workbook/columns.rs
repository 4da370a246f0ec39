//! The columns of the framework's tables, once: the header of each seed file (`seed-data/<table>.csv`)
//! and of each sheet of the framework workbook. The seed loader (`seed/files.rs`) and the workbook both
//! use these; the domain defines them because the seed may import the domain, not the other way round.

/// `result_nodes`: the results framework's nodes.
pub const RESULT_NODES: &[&str] = &[
    "plan_code",
    "code",
    "level",
    "parent_code",
    "name",
    "description",
    "owner_unit_code",
    "output_kind",
    "sort_order",
    "provenance",
    "source",
];

/// `translations`: a framework record's name (and definition) in another official language; `key` is
/// the record's natural code (`SP2028-2031/G1` for a node or indicator, `sex/female` for a dimension
/// value, the code alone for a plan, unit or dimension).
pub const TRANSLATIONS: &[&str] = &["kind", "key", "lang", "name", "definition", "provenance", "source"];

/// `contribution_links`: a node's weighted contribution to a goal or target.
pub const CONTRIBUTION_LINKS: &[&str] = &["plan_code", "from_code", "to_code", "weight", "provenance"];

/// `dimensions`: the breakdown dimensions and their values (shared by all plans).
pub const DIMENSIONS: &[&str] = &[
    "dimension_code",
    "dimension_name",
    "value_code",
    "value_name",
    "sort_order",
];

/// `indicators`: every field of an indicator.
pub const INDICATORS: &[&str] = &[
    "plan_code",
    "code",
    "node_code",
    "name",
    "definition",
    "unit",
    "direction",
    "aggregation",
    "baseline_value",
    "baseline_year",
    "target_value",
    "target_year",
    "data_source",
    "frequency",
    "owner_unit_code",
    "is_key",
    "dimensions",
    "sdg_tags",
    "wsis_tags",
    "predecessor_plan_code",
    "predecessor_code",
    "predecessor_relation",
    "provenance",
    "source",
];

/// `milestones`: an indicator's value expected in a year.
pub const MILESTONES: &[&str] = &["plan_code", "indicator_code", "year", "value", "provenance"];

/// `mandates`: the catalogue of mandates (shared by all plans).
pub const MANDATES: &[&str] = &["vocabulary", "code", "title", "source"];

/// `mandate_links`: a mandate linked to a node or an indicator.
pub const MANDATE_LINKS: &[&str] = &["plan_code", "vocabulary", "mandate_code", "node_code", "indicator_code"];

/// `budget_allocations`: a unit's budget of a year allocated to a node.
pub const BUDGET_ALLOCATIONS: &[&str] = &["plan_code", "year", "unit_code", "node_code", "amount", "provenance"];

/// `risks`: the risk register, a risk's linked nodes `;`-separated.
pub const RISKS: &[&str] = &[
    "plan_code",
    "code",
    "title",
    "description",
    "category",
    "likelihood",
    "impact",
    "mitigation",
    "owner_unit_code",
    "status",
    "reviewed_on",
    "linked_node_codes",
    "provenance",
];
