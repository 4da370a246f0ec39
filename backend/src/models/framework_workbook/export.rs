//! Writing a plan's framework as tables in the seed's format, then as one `.xlsx` workbook (a sheet per
//! table, every cell text so that a figure comes back exactly as written) or as a zip of CSV files that
//! the seed loader reads.

use super::{Row, TABLES, Table, columns_of};
use crate::auth::Actor;
use crate::entities::{
    budget_allocations, contribution_links, dimension_values, dimensions, indicator_dimensions, indicator_milestones,
    indicators, mandate_links, mandates, org_units, plans, result_nodes, risk_links, risks, translations,
};
use crate::error::{AppError, AppResult};
use crate::fixed::Fixed;
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;

fn fixed(v: Option<Fixed>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A table of rows numbered from sheet row 2 (under the header).
fn table(name: &'static str, rows: Vec<Vec<String>>) -> Table {
    Table {
        name,
        columns: columns_of(name),
        rows: rows
            .into_iter()
            .zip(2..)
            .map(|(cells, line)| Row { line, cells })
            .collect(),
    }
}

/// Looks up a code by id, empty when absent.
fn code_of(codes: &HashMap<i32, String>, id: Option<i32>) -> String {
    id.and_then(|i| codes.get(&i).cloned()).unwrap_or_default()
}

/// The framework of `plan` as tables in [`TABLES`] order, rows in the order the seed loads them.
pub async fn tables(db: &impl ConnectionTrait, plan: &Plan) -> Result<Vec<Table>, DbErr> {
    let units: HashMap<i32, String> = org_units::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    let nodes = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan.id))
        .order_by_asc(result_nodes::Column::Id)
        .all(db)
        .await?;
    let node_codes: HashMap<i32, String> = nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let inds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .order_by_asc(indicators::Column::Id)
        .all(db)
        .await?;
    let ind_codes: HashMap<i32, String> = inds.iter().map(|i| (i.id, i.code.clone())).collect();
    let code = plan.code.clone();
    let mut out = Vec::with_capacity(TABLES.len());
    out.push(table(
        "result_nodes",
        nodes
            .iter()
            .map(|n| {
                vec![
                    code.clone(),
                    n.code.clone(),
                    n.level.clone(),
                    code_of(&node_codes, n.parent_id),
                    n.name.clone(),
                    n.description.clone(),
                    code_of(&units, n.owner_unit_id),
                    n.output_kind.clone().unwrap_or_default(),
                    n.sort_order.to_string(),
                    n.provenance.clone(),
                    n.source.clone(),
                ]
            })
            .collect(),
    ));
    let links = contribution_links::Entity::find()
        .filter(contribution_links::Column::FromNodeId.is_in(node_codes.keys().copied()))
        .order_by_asc(contribution_links::Column::Id)
        .all(db)
        .await?;
    out.push(table(
        "contribution_links",
        links
            .iter()
            .map(|l| {
                vec![
                    code.clone(),
                    code_of(&node_codes, Some(l.from_node_id)),
                    code_of(&node_codes, Some(l.to_node_id)),
                    fixed(l.weight),
                    l.provenance.clone(),
                ]
            })
            .collect(),
    ));
    let dims = dimensions::Entity::find()
        .order_by_asc(dimensions::Column::Id)
        .all(db)
        .await?;
    let dim_codes: HashMap<i32, String> = dims.iter().map(|d| (d.id, d.code.clone())).collect();
    let values = dimension_values::Entity::find()
        .order_by_asc(dimension_values::Column::SortOrder)
        .order_by_asc(dimension_values::Column::Id)
        .all(db)
        .await?;
    let mut dim_rows = Vec::new();
    for d in &dims {
        for v in values.iter().filter(|v| v.dimension_id == d.id) {
            dim_rows.push(vec![
                d.code.clone(),
                d.name.clone(),
                v.code.clone(),
                v.name.clone(),
                v.sort_order.to_string(),
            ]);
        }
    }
    out.push(table("dimensions", dim_rows));
    out.push(table(
        "indicators",
        indicator_rows(db, plan, &inds, &node_codes, &units, &dim_codes).await?,
    ));
    let milestones = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.is_in(ind_codes.keys().copied()))
        .all(db)
        .await?;
    let order: HashMap<i32, usize> = inds.iter().enumerate().map(|(i, ind)| (ind.id, i)).collect();
    let mut milestones: Vec<_> = milestones.into_iter().collect();
    milestones.sort_by_key(|m| (order[&m.indicator_id], m.year));
    out.push(table(
        "milestones",
        milestones
            .iter()
            .map(|m| {
                vec![
                    code.clone(),
                    ind_codes[&m.indicator_id].clone(),
                    m.year.to_string(),
                    m.value.to_string(),
                    m.provenance.clone(),
                ]
            })
            .collect(),
    ));
    let all_mandates = mandates::Entity::find()
        .order_by_asc(mandates::Column::Id)
        .all(db)
        .await?;
    out.push(table(
        "mandates",
        all_mandates
            .iter()
            .map(|m| vec![m.vocabulary.clone(), m.code.clone(), m.title.clone(), m.source.clone()])
            .collect(),
    ));
    let by_id: HashMap<i32, &mandates::Model> = all_mandates.iter().map(|m| (m.id, m)).collect();
    let mlinks = mandate_links::Entity::find()
        .filter(
            mandate_links::Column::NodeId
                .is_in(node_codes.keys().copied())
                .or(mandate_links::Column::IndicatorId.is_in(ind_codes.keys().copied())),
        )
        .order_by_asc(mandate_links::Column::Id)
        .all(db)
        .await?;
    out.push(table(
        "mandate_links",
        mlinks
            .iter()
            .filter_map(|l| {
                let m = by_id.get(&l.mandate_id)?;
                Some(vec![
                    code.clone(),
                    m.vocabulary.clone(),
                    m.code.clone(),
                    code_of(&node_codes, l.node_id),
                    code_of(&ind_codes, l.indicator_id),
                ])
            })
            .collect(),
    ));
    let allocations = budget_allocations::Entity::find()
        .filter(budget_allocations::Column::PlanId.eq(plan.id))
        .order_by_asc(budget_allocations::Column::Id)
        .all(db)
        .await?;
    out.push(table(
        "budget_allocations",
        allocations
            .iter()
            .map(|a| {
                vec![
                    code.clone(),
                    a.year.to_string(),
                    code_of(&units, Some(a.org_unit_id)),
                    code_of(&node_codes, Some(a.node_id)),
                    a.amount.to_string(),
                    a.provenance.clone(),
                ]
            })
            .collect(),
    ));
    out.push(table("risks", risk_rows(db, plan, &node_codes, &units).await?));
    out.push(table("translations", translation_rows(db, plan, &nodes, &inds).await?));
    Ok(out)
}

/// The rows of the indicators sheet.
async fn indicator_rows(
    db: &impl ConnectionTrait,
    plan: &Plan,
    inds: &[indicators::Model],
    node_codes: &HashMap<i32, String>,
    units: &HashMap<i32, String>,
    dim_codes: &HashMap<i32, String>,
) -> Result<Vec<Vec<String>>, DbErr> {
    let ids: Vec<i32> = inds.iter().map(|i| i.id).collect();
    let mut dims_of: HashMap<i32, Vec<String>> = HashMap::new();
    for d in indicator_dimensions::Entity::find()
        .filter(indicator_dimensions::Column::IndicatorId.is_in(ids))
        .order_by_asc(indicator_dimensions::Column::DimensionId)
        .all(db)
        .await?
    {
        dims_of
            .entry(d.indicator_id)
            .or_default()
            .push(code_of(dim_codes, Some(d.dimension_id)));
    }
    // Predecessors live in other plans: their code and their plan's code.
    let pred_ids: Vec<i32> = inds.iter().filter_map(|i| i.predecessor_id).collect();
    let preds: HashMap<i32, indicators::Model> = indicators::Entity::find()
        .filter(indicators::Column::Id.is_in(pred_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let plan_codes: HashMap<i32, String> = plans::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    Ok(inds
        .iter()
        .map(|i| {
            let pred = i.predecessor_id.and_then(|p| preds.get(&p));
            vec![
                plan.code.clone(),
                i.code.clone(),
                code_of(node_codes, Some(i.node_id)),
                i.name.clone(),
                i.definition.clone(),
                i.unit.clone(),
                i.direction.clone(),
                i.aggregation.clone(),
                fixed(i.baseline_value),
                opt(i.baseline_year),
                fixed(i.target_value),
                opt(i.target_year),
                i.data_source.clone(),
                i.frequency.clone(),
                code_of(units, Some(i.owner_unit_id)),
                i.is_key.to_string(),
                dims_of.get(&i.id).map(|d| d.join(";")).unwrap_or_default(),
                i.sdg_tags.clone(),
                i.wsis_tags.clone(),
                pred.map(|p| code_of(&plan_codes, Some(p.plan_id))).unwrap_or_default(),
                pred.map(|p| p.code.clone()).unwrap_or_default(),
                i.predecessor_relation.clone().unwrap_or_default(),
                i.provenance.clone(),
                i.source.clone(),
            ]
        })
        .collect())
}

/// The rows of the risks sheet, each risk's linked nodes by code in code order.
async fn risk_rows(
    db: &impl ConnectionTrait,
    plan: &Plan,
    node_codes: &HashMap<i32, String>,
    units: &HashMap<i32, String>,
) -> Result<Vec<Vec<String>>, DbErr> {
    let rs = risks::Entity::find()
        .filter(risks::Column::PlanId.eq(plan.id))
        .order_by_asc(risks::Column::Id)
        .all(db)
        .await?;
    let mut linked: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for l in risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.is_in(rs.iter().map(|r| r.id)))
        .all(db)
        .await?
    {
        linked
            .entry(l.risk_id)
            .or_default()
            .push(code_of(node_codes, Some(l.node_id)));
    }
    Ok(rs
        .iter()
        .map(|r| {
            let mut nodes = linked.get(&r.id).cloned().unwrap_or_default();
            nodes.sort();
            vec![
                plan.code.clone(),
                r.code.clone(),
                r.title.clone(),
                r.description.clone(),
                r.category.clone(),
                r.likelihood.to_string(),
                r.impact.to_string(),
                r.mitigation.clone(),
                code_of(units, Some(r.owner_unit_id)),
                r.status.clone(),
                r.reviewed_on.to_string(),
                nodes.join(";"),
                r.provenance.clone(),
            ]
        })
        .collect())
}

/// The plan's own text in other languages: the plan's, its nodes' and its indicators' translations,
/// record by record in the order of the other sheets, languages by code. Org units, dimensions and
/// their values are shared by all plans, so their translations are not in a plan's workbook.
async fn translation_rows(
    db: &impl ConnectionTrait,
    plan: &Plan,
    nodes: &[result_nodes::Model],
    inds: &[indicators::Model],
) -> Result<Vec<Vec<String>>, DbErr> {
    use crate::models::translations::Kind;
    let mut records: Vec<(Kind, i32, String)> = vec![(Kind::Plan, plan.id, plan.code.clone())];
    records.extend(
        nodes
            .iter()
            .map(|n| (Kind::Node, n.id, format!("{}/{}", plan.code, n.code))),
    );
    records.extend(
        inds.iter()
            .map(|i| (Kind::Indicator, i.id, format!("{}/{}", plan.code, i.code))),
    );
    let mut rows = Vec::new();
    for kind in [Kind::Plan, Kind::Node, Kind::Indicator] {
        let stored = translations::Entity::find()
            .filter(translations::Column::EntityKind.eq(kind.code()))
            .order_by_asc(translations::Column::Lang)
            .all(db)
            .await?;
        for (_, id, key) in records.iter().filter(|(k, _, _)| *k == kind) {
            for t in stored.iter().filter(|t| t.entity_id == *id) {
                rows.push(vec![
                    kind.code().to_owned(),
                    key.clone(),
                    t.lang.clone(),
                    t.name.clone().unwrap_or_default(),
                    t.definition.clone().unwrap_or_default(),
                    t.provenance.clone(),
                    t.source.clone(),
                ]);
            }
        }
    }
    Ok(rows)
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// The framework of plan `plan` as one `.xlsx` workbook, a sheet per table (whoever may read the
/// framework). Every cell is text, so a figure reads back exactly; the header is bold and frozen.
pub async fn workbook(db: &impl ConnectionTrait, actor: &Actor, plan: &str) -> AppResult<Vec<u8>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    to_xlsx(&tables(db, &plan).await?)
}

/// `tables` as a workbook.
pub fn to_xlsx(tables: &[Table]) -> AppResult<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.name).map_err(internal)?;
        for (c, name) in (0u16..).zip(t.columns) {
            sheet.write_string_with_format(0, c, *name, &bold).map_err(internal)?;
            sheet.set_column_format(c, &text).map_err(internal)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(internal)?;
        for (r, row) in (1u32..).zip(&t.rows) {
            for (c, cell) in (0u16..).zip(&row.cells) {
                if !cell.is_empty() {
                    sheet.write_string(r, c, cell).map_err(internal)?;
                }
            }
        }
    }
    book.save_to_buffer().map_err(internal)
}

/// The framework of plan `plan` as a zip of CSV files in the seed's format, one per table
/// (`result_nodes.csv` …), for whoever may read the framework.
pub async fn csv_zip(db: &impl ConnectionTrait, actor: &Actor, plan: &str) -> AppResult<Vec<u8>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let tables = tables(db, &plan).await?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for t in &tables {
        zip.start_file(format!("{}.csv", t.name), opts).map_err(internal)?;
        zip.write_all(&to_csv(t)?).map_err(internal)?;
    }
    Ok(zip.finish().map_err(internal)?.into_inner())
}

/// One table as CSV in the seed's format: LF line ends, a cell quoted only when it must be.
pub fn to_csv(t: &Table) -> AppResult<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(t.columns).map_err(internal)?;
    for r in &t.rows {
        w.write_record(&r.cells).map_err(internal)?;
    }
    w.into_inner().map_err(internal)
}
