//! The import template of a unit and year: one row per value to enter (an annual indicator one row, a
//! quarterly one a row per quarter), pre-filled with what the importer reads to place the value (plan,
//! indicator, year, quarter) and, for the person filling it in, the indicator's name, unit of measure
//! and expected value of the year ([`INFORMATIONAL`] columns, which the import ignores). The entry
//! columns are left empty: filled in and uploaded as it is, the file imports; rows left blank are
//! skipped. Written as CSV ([`to_csv`]) or as an `.xlsx` workbook ([`to_xlsx`]) whose one sheet is the
//! sheet the import reads ([`xlsx_file::SHEET`]).

use super::{INFORMATIONAL, xlsx_file};
use crate::auth::{Actor, Role};
use crate::entities::indicators;
use crate::error::{AppError, AppResult};
use crate::models::evaluation;
use crate::models::measurements::worklist::may_open_entry;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};
use crate::status;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use stratrack_reports::csv_safe;

/// The template's columns, in order: the import's placing columns, the informational ones, then the
/// entry columns left empty.
pub const TEMPLATE_COLUMNS: &[&str] = &[
    "plan_code",
    "indicator_code",
    INFORMATIONAL[0],
    INFORMATIONAL[1],
    INFORMATIONAL[2],
    "year",
    "quarter",
    "value",
    "numerator",
    "denominator",
    "quality",
    "narrative",
    "evidence_url",
];

/// One row of the template: a value to enter.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateRow {
    /// Indicator code.
    pub indicator_code: String,
    /// Indicator name.
    pub indicator_name: String,
    /// Unit of measure (`percent`, `count`, …).
    pub unit_of_measure: String,
    /// The expected value of the year (the straight line through baseline, milestones and target), when
    /// the indicator has a baseline and a target; shown to 4 decimals.
    pub expected_value: Option<Decimal>,
    /// Quarter, for a quarterly indicator.
    pub quarter: Option<i32>,
}

/// The template of a plan, year and unit.
#[derive(Debug, Clone)]
pub struct Template {
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// Org unit code, or None for every unit (an admin who named none).
    pub unit: Option<String>,
    /// The rows, by indicator code then quarter.
    pub rows: Vec<TemplateRow>,
}

impl Template {
    /// A file name such as `template-SP2028-2031-BDT-2029.xlsx`.
    pub fn file_name(&self, extension: &str) -> String {
        let unit = self.unit.as_deref().unwrap_or("all");
        let safe = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect()
        };
        format!("template-{}-{}-{}.{extension}", safe(&self.plan), safe(unit), self.year)
    }
}

/// The template of `plan` and `year` for `actor`: a planner gets their own unit's indicators (naming
/// another unit is refused), an admin the unit named in `unit`, or every unit's; reviewers enter
/// nothing and get none. A year outside the plan, or an unknown unit, is refused naming the field.
pub async fn template(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &Plan,
    year: i32,
    unit: Option<&str>,
) -> AppResult<Template> {
    may_open_entry(actor)?;
    if !(plan.start_year..=plan.end_year).contains(&year) {
        return Err(AppError::field(
            "year",
            crate::models::plans::year_of_plan("said-year-outside-plan", plan, year),
        ));
    }
    let unit = match unit.filter(|u| !u.trim().is_empty()) {
        Some(code) => {
            let u = crate::models::units::by_code(db, code.trim()).await?.ok_or_else(|| {
                AppError::field(
                    "unit",
                    crate::error::Said::new("said-no-unit", [("code", code.trim().into())]),
                )
            })?;
            authorize(actor, Action::WriteUnit(u.id))?;
            Some(u)
        }
        None if actor.role == Role::Admin => None,
        None => {
            let id = actor
                .unit_id
                .ok_or_else(|| AppError::forbidden(crate::error::Said::new("said-forbidden-no-unit", [])))?;
            authorize(actor, Action::WriteUnit(id))?;
            Some(unit_of(db, id).await?)
        }
    };
    let mut q = indicators::Entity::find().filter(indicators::Column::PlanId.eq(plan.id));
    if let Some(u) = &unit {
        q = q.filter(indicators::Column::OwnerUnitId.eq(u.id));
    }
    let inds = q.order_by_asc(indicators::Column::Code).all(db).await?;
    let milestones = evaluation::plan_milestones(db, plan.id).await?;
    let mut rows = Vec::new();
    for ind in inds {
        let spec = evaluation::spec(&ind, milestones.get(&ind.id).map_or(&[][..], Vec::as_slice))?;
        let expected_value = status::expected(&spec, year).map(status::shown);
        let quarters: Vec<Option<i32>> = if ind.frequency == "quarterly" {
            (1..=4).map(Some).collect()
        } else {
            vec![None]
        };
        for quarter in quarters {
            rows.push(TemplateRow {
                indicator_code: ind.code.clone(),
                indicator_name: ind.name.clone(),
                unit_of_measure: ind.unit.clone(),
                expected_value,
                quarter,
            });
        }
    }
    Ok(Template {
        plan: plan.code.clone(),
        year,
        unit: unit.map(|u| u.code),
        rows,
    })
}

/// The org unit `id`.
async fn unit_of(db: &impl ConnectionTrait, id: i32) -> AppResult<crate::entities::org_units::Model> {
    crate::entities::org_units::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-unit",
                [("code", id.to_string().into())],
            ))
        })
}

/// A decimal as the import and export write it: a dot, no trailing zeros.
fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The template as CSV (UTF-8, comma separated, a header line). Text a spreadsheet would run as a
/// formula starts with `'` ([`csv_safe`]), as in the export.
pub fn to_csv(t: &Template) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Internal(format!("the CSV template cannot be written: {e}"));
    w.write_record(TEMPLATE_COLUMNS).map_err(fail)?;
    let year = t.year.to_string();
    for r in &t.rows {
        let expected = r.expected_value.map(plain).unwrap_or_default();
        let quarter = r.quarter.map(|q| q.to_string()).unwrap_or_default();
        w.write_record([
            &*csv_safe::escape(&t.plan),
            &*csv_safe::escape(&r.indicator_code),
            &*csv_safe::escape(&r.indicator_name),
            &*csv_safe::escape(&r.unit_of_measure),
            &expected,
            &year,
            &quarter,
            "",
            "",
            "",
            "",
            "",
            "",
        ])
        .map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(format!("the CSV template cannot be written: {e}")))
}

/// Width of each template column in the workbook, in characters.
const WIDTHS: [f64; 13] = [
    14.0, 14.0, 48.0, 16.0, 15.0, 7.0, 8.0, 14.0, 12.0, 12.0, 11.0, 40.0, 30.0,
];

/// The template as an `.xlsx` workbook: one sheet named [`xlsx_file::SHEET`], the header row bold and
/// frozen, columns sized, codes and names as text, year, quarter and expected value as numbers.
pub fn to_xlsx(t: &Template) -> Result<Vec<u8>, AppError> {
    use rust_xlsxwriter::{Format, Workbook};
    let fail =
        |e: rust_xlsxwriter::XlsxError| AppError::Internal(format!("the workbook template cannot be written: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(xlsx_file::SHEET).map_err(fail)?;
    let bold = Format::new().set_bold();
    for (c, (name, width)) in TEMPLATE_COLUMNS.iter().zip(WIDTHS).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, *name, &bold).map_err(fail)?;
        sheet.set_column_width(c, width).map_err(fail)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    for (i, r) in t.rows.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &t.plan).map_err(fail)?;
        sheet.write_string(row, 1, &r.indicator_code).map_err(fail)?;
        sheet.write_string(row, 2, &r.indicator_name).map_err(fail)?;
        sheet.write_string(row, 3, &r.unit_of_measure).map_err(fail)?;
        if let Some(e) = r.expected_value.and_then(|e| e.to_f64()) {
            sheet.write_number(row, 4, e).map_err(fail)?;
        }
        sheet.write_number(row, 5, f64::from(t.year)).map_err(fail)?;
        if let Some(q) = r.quarter {
            sheet.write_number(row, 6, f64::from(q)).map_err(fail)?;
        }
    }
    book.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_columns_are_import_columns_or_ignored_ones() {
        for c in TEMPLATE_COLUMNS {
            assert!(
                super::super::COLUMNS.contains(c) || INFORMATIONAL.contains(c),
                "{c} would be refused by the import"
            );
        }
        assert_eq!(TEMPLATE_COLUMNS.len(), WIDTHS.len());
    }
}
