//! The framework's text in every other official language, as the report input carries it (report form
//! 4, `FrameworkText`): the plan's, its nodes' and indicators' names and definitions, and the names of
//! org units, dimensions and dimension values, keyed by their codes. Every language is carried, whatever
//! the run's language, so one frozen input renders in each of them.

use crate::entities::{dimension_values, translations};
use crate::models::translations::Kind;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use std::collections::{BTreeMap, HashMap};
use stratrack_reports::input::{FrameworkText, LocalText, Translations};

/// The codes of the records a report names, by id.
pub struct Codes<'c> {
    /// The plan's id.
    pub plan: i32,
    /// Result nodes' codes.
    pub nodes: &'c HashMap<i32, String>,
    /// Indicators' codes.
    pub indicators: &'c HashMap<i32, String>,
    /// Org units' codes.
    pub units: &'c HashMap<i32, String>,
}

/// Every translation of the plan and of the records it names (one read of the translations, plus the
/// dimensions and their values for their codes).
pub async fn framework_text(db: &impl ConnectionTrait, codes: Codes<'_>) -> Result<FrameworkText, DbErr> {
    let rows = translations::Entity::find().all(db).await?;
    if rows.is_empty() {
        return Ok(FrameworkText::default());
    }
    let dims = super::values::dimension_codes(db).await?;
    let values: HashMap<i32, String> = dimension_values::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|v| Some((v.id, format!("{}/{}", dims.get(&v.dimension_id)?, v.code))))
        .collect();
    let mut text = FrameworkText::default();
    for row in rows {
        let Some(kind) = Kind::parse(&row.entity_kind) else {
            continue;
        };
        let id = row.entity_id;
        let into: Option<&mut Translations> = match kind {
            Kind::Plan => (id == codes.plan).then_some(&mut text.plan),
            Kind::Node => by_code(&mut text.nodes, codes.nodes, id),
            Kind::Indicator => by_code(&mut text.indicators, codes.indicators, id),
            Kind::Unit => by_code(&mut text.units, codes.units, id),
            Kind::Dimension => by_code(&mut text.dimensions, &dims, id),
            Kind::DimensionValue => by_code(&mut text.values, &values, id),
        };
        if let Some(into) = into {
            into.insert(
                row.lang,
                LocalText {
                    name: row.name.unwrap_or_default(),
                    definition: row.definition.unwrap_or_default(),
                },
            );
        }
    }
    Ok(text)
}

/// The translations of the record `id` (whose code `codes` knows) in `map`; `None` for a record the
/// report does not name (another plan's node, say).
fn by_code<'m>(
    map: &'m mut BTreeMap<String, Translations>,
    codes: &HashMap<i32, String>,
    id: i32,
) -> Option<&'m mut Translations> {
    codes.get(&id).map(|code| map.entry(code.clone()).or_default())
}
