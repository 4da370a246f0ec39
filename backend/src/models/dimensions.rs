//! Disaggregation dimensions (sex, ITU region …) with their values: the list everyone reads and the
//! dimensions one indicator's values are broken down by.

use crate::auth::Actor;
use crate::entities::dimensions::{self, Column};
use crate::entities::{dimension_values, indicator_dimensions};
use crate::error::AppResult;
use crate::models::paging::{PageParams, paginate};
use crate::models::translations::{Kind, Lookup, Resolved};
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// A dimension with its values in display order.
#[derive(Debug, Clone)]
pub struct Dimension {
    /// The dimension.
    pub dimension: dimensions::Model,
    /// Its values, by sort order then code.
    pub values: Vec<dimension_values::Model>,
}

/// One page of dimensions: the items, the total, the page and its size.
pub type DimensionPage = (Vec<Dimension>, u64, u64, u64);

/// Every dimension with its values (any signed-in user), sorted by `code` or `name` and paged.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, params: &PageParams) -> AppResult<DimensionPage> {
    authorize(actor, Action::Read)?;
    let sortable = |name: &str| match name {
        "code" => Some(Column::Code),
        "name" => Some(Column::Name),
        _ => None,
    };
    let (dims, total, page, per_page) = paginate(
        db,
        dimensions::Entity::find(),
        params,
        sortable,
        Column::Code,
        Column::Id,
    )
    .await?;
    Ok((with_values(db, dims).await?, total, page, per_page))
}

/// The dimensions indicator `indicator_id` is broken down by, by code, with their values.
pub async fn of_indicator(db: &impl ConnectionTrait, indicator_id: i32) -> Result<Vec<Dimension>, DbErr> {
    let dims = dimensions::Entity::find()
        .inner_join(indicator_dimensions::Entity)
        .filter(indicator_dimensions::Column::IndicatorId.eq(indicator_id))
        .order_by_asc(Column::Code)
        .all(db)
        .await?;
    with_values(db, dims).await
}

async fn with_values(db: &impl ConnectionTrait, dims: Vec<dimensions::Model>) -> Result<Vec<Dimension>, DbErr> {
    let values = dimension_values::Entity::find()
        .filter(dimension_values::Column::DimensionId.is_in(dims.iter().map(|d| d.id)))
        .order_by_asc(dimension_values::Column::SortOrder)
        .order_by_asc(dimension_values::Column::Code)
        .all(db)
        .await?;
    Ok(dims
        .into_iter()
        .map(|d| Dimension {
            values: values.iter().filter(|v| v.dimension_id == d.id).cloned().collect(),
            dimension: d,
        })
        .collect())
}

/// The names of every dimension and value, to show a breakdown as people read it ("ITU region: Arab
/// States") rather than as it is stored (`region=arab_states`), in English or in a reader's language.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// By code: id and English name.
    dimensions: std::collections::HashMap<String, (i32, String)>,
    /// By dimension's code and value's code: id and English name.
    values: std::collections::HashMap<(String, String), (i32, String)>,
}

/// One part of a breakdown named in a reader's language: the dimension and its value (none for a part
/// stored without `=`, shown as stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedPart {
    /// The dimension's name, or the part as stored.
    pub dimension: Resolved,
    /// The value's name.
    pub value: Option<Resolved>,
}

impl Names {
    /// A breakdown as the pages show it: `total` for the headline value, else each dimension's name and
    /// value's name, in stored order ("ITU region: Arab States, Sex: Female"). A code no longer known is
    /// shown as stored.
    pub fn breakdown(&self, disaggregation: &str) -> String {
        if disaggregation.is_empty() {
            return "total".into();
        }
        disaggregation
            .split(';')
            .map(|part| match part.split_once('=') {
                Some((d, v)) => {
                    let dim = self.dimensions.get(d).map_or(d, |n| n.1.as_str());
                    let value = self
                        .values
                        .get(&(d.to_owned(), v.to_owned()))
                        .map_or(v, |n| n.1.as_str());
                    format!("{dim}: {value}")
                }
                None => part.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The parts of a breakdown (none for the headline value), each dimension and value named in
    /// `lookup`'s language where translated, else in English (marked as standing in); a code no longer
    /// known as stored, in English.
    pub fn parts_in(&self, disaggregation: &str, lookup: &Lookup) -> Vec<NamedPart> {
        if disaggregation.is_empty() {
            return Vec::new();
        }
        disaggregation
            .split(';')
            .map(|part| match part.split_once('=') {
                Some((d, v)) => NamedPart {
                    dimension: self.dimension_in(d, lookup),
                    value: Some(self.value_in(d, v, lookup)),
                },
                None => NamedPart {
                    dimension: Resolved::pick(part, None, lookup.lang()),
                    value: None,
                },
            })
            .collect()
    }

    /// The name of dimension `code` in `lookup`'s language (its code, in English, if not known).
    pub fn dimension_in(&self, code: &str, lookup: &Lookup) -> Resolved {
        match self.dimensions.get(code) {
            Some((id, name)) => lookup.name(Kind::Dimension, *id, name),
            None => Resolved::pick(code, None, lookup.lang()),
        }
    }

    /// The name of value `code` of dimension `dimension` in `lookup`'s language (its code, in English,
    /// if not known).
    pub fn value_in(&self, dimension: &str, code: &str, lookup: &Lookup) -> Resolved {
        match self.values.get(&(dimension.to_owned(), code.to_owned())) {
            Some((id, name)) => lookup.name(Kind::DimensionValue, *id, name),
            None => Resolved::pick(code, None, lookup.lang()),
        }
    }
}

/// The names of every dimension and value (two small queries).
pub async fn names(db: &impl ConnectionTrait) -> Result<Names, DbErr> {
    let dims = dimensions::Entity::find().all(db).await?;
    let codes: std::collections::HashMap<i32, String> = dims.iter().map(|d| (d.id, d.code.clone())).collect();
    let values = dimension_values::Entity::find().all(db).await?;
    Ok(Names {
        values: values
            .into_iter()
            .filter_map(|v| Some(((codes.get(&v.dimension_id)?.clone(), v.code), (v.id, v.name))))
            .collect(),
        dimensions: dims.into_iter().map(|d| (d.code, (d.id, d.name))).collect(),
    })
}
