//! What a translation belongs to: the kind of record ([`Kind`]), the record as requests name it, by its
//! natural codes ([`Subject`]), and the record found with its English text ([`Found`]).

use crate::entities::{dimension_values, dimensions};
use crate::error::{AppError, AppResult, Said};
use crate::models::plans::plan_by_code;
use crate::models::{indicators, nodes, units};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

/// The kinds of framework record that carry text in several languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A strategic plan (its name).
    Plan,
    /// A result node (name and description).
    Node,
    /// An indicator (name and definition).
    Indicator,
    /// An org unit (its name).
    Unit,
    /// A disaggregation dimension (its name).
    Dimension,
    /// A value of a dimension (its name).
    DimensionValue,
}

impl Kind {
    /// Every kind, in the order the workbook's Translations sheet lists them.
    pub const ALL: [Kind; 6] = [
        Kind::Plan,
        Kind::Node,
        Kind::Indicator,
        Kind::Unit,
        Kind::Dimension,
        Kind::DimensionValue,
    ];

    /// The stored code (`translations.entity_kind`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::Node => "node",
            Kind::Indicator => "indicator",
            Kind::Unit => "unit",
            Kind::Dimension => "dimension",
            Kind::DimensionValue => "dimension_value",
        }
    }

    /// The kind a stored or submitted code names.
    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether records of this kind have a long text besides their name (a node's description, an
    /// indicator's definition).
    pub fn has_definition(self) -> bool {
        matches!(self, Kind::Node | Kind::Indicator)
    }
}

/// A record as a request names it: by its natural codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The plan with this code.
    Plan(String),
    /// The node (plan code, node code).
    Node(String, String),
    /// The indicator (plan code, indicator code).
    Indicator(String, String),
    /// The org unit with this code.
    Unit(String),
    /// The dimension with this code.
    Dimension(String),
    /// The value (dimension code, value code).
    DimensionValue(String, String),
}

impl Subject {
    /// The kind of record named.
    pub fn kind(&self) -> Kind {
        match self {
            Subject::Plan(_) => Kind::Plan,
            Subject::Node(..) => Kind::Node,
            Subject::Indicator(..) => Kind::Indicator,
            Subject::Unit(_) => Kind::Unit,
            Subject::Dimension(_) => Kind::Dimension,
            Subject::DimensionValue(..) => Kind::DimensionValue,
        }
    }

    /// The record's key as one text (`SP2028-2031/G1`, `region/arab_states`), as the workbook writes it.
    pub fn key(&self) -> String {
        match self {
            Subject::Plan(c) | Subject::Unit(c) | Subject::Dimension(c) => c.clone(),
            Subject::Node(a, b) | Subject::Indicator(a, b) | Subject::DimensionValue(a, b) => format!("{a}/{b}"),
        }
    }

    /// The subject of `kind` whose [`Subject::key`] is `key`, or why not.
    pub fn from_key(kind: Kind, key: &str) -> Result<Subject, Said> {
        let pair = || {
            key.split_once('/')
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .ok_or_else(|| Said::new("said-key-not-a-pair", [("key", key.into())]))
        };
        Ok(match kind {
            Kind::Plan => Subject::Plan(key.to_owned()),
            Kind::Unit => Subject::Unit(key.to_owned()),
            Kind::Dimension => Subject::Dimension(key.to_owned()),
            Kind::Node => pair().map(|(a, b)| Subject::Node(a, b))?,
            Kind::Indicator => pair().map(|(a, b)| Subject::Indicator(a, b))?,
            Kind::DimensionValue => pair().map(|(a, b)| Subject::DimensionValue(a, b))?,
        })
    }
}

/// A record found, with its English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The kind.
    pub kind: Kind,
    /// Its row id (`translations.entity_id`).
    pub id: i32,
    /// How the record is named in messages (`node G1 of plan SP2028-2031`), in any language.
    pub label: Said,
    /// The English name.
    pub name: String,
    /// The English definition or description, for the kinds that have one.
    pub definition: Option<String>,
}

/// The record `subject` names, or 404.
pub async fn find(db: &impl ConnectionTrait, subject: &Subject) -> AppResult<Found> {
    let found = |kind, id, label: Said, name: String, definition| Found {
        kind,
        id,
        label,
        name,
        definition,
    };
    Ok(match subject {
        Subject::Plan(code) => {
            let p = plan_by_code(db, code).await?;
            found(
                Kind::Plan,
                p.id,
                Said::new("said-what-plan", [("code", code.into())]),
                p.name,
                None,
            )
        }
        Subject::Node(plan, code) => {
            let p = plan_by_code(db, plan).await?;
            let n = nodes::node_or_404(db, &p, code).await?;
            let label = Said::new("said-what-node", [("code", code.into()), ("plan", plan.into())]);
            found(Kind::Node, n.id, label, n.name, Some(n.description))
        }
        Subject::Indicator(plan, code) => {
            let p = plan_by_code(db, plan).await?;
            let i = indicators::indicator_or_404(db, &p, code).await?;
            let label = Said::new("said-what-indicator", [("code", code.into()), ("plan", plan.into())]);
            found(Kind::Indicator, i.id, label, i.name, Some(i.definition))
        }
        Subject::Unit(code) => {
            let u = units::by_code(db, code)
                .await?
                .ok_or_else(|| AppError::not_found(Said::new("said-what-unit", [("code", code.into())])))?;
            found(
                Kind::Unit,
                u.id,
                Said::new("said-what-unit", [("code", code.into())]),
                u.name,
                None,
            )
        }
        Subject::Dimension(code) => {
            let d = dimension(db, code).await?;
            found(
                Kind::Dimension,
                d.id,
                Said::new("said-what-dimension", [("code", code.into())]),
                d.name,
                None,
            )
        }
        Subject::DimensionValue(dim, code) => {
            let d = dimension(db, dim).await?;
            let v = dimension_values::Entity::find()
                .filter(dimension_values::Column::DimensionId.eq(d.id))
                .filter(dimension_values::Column::Code.eq(code))
                .one(db)
                .await?
                .ok_or_else(|| {
                    AppError::not_found(Said::new(
                        "said-what-dimension-value",
                        [("code", code.into()), ("dimension", dim.into())],
                    ))
                })?;
            let label = Said::new(
                "said-what-dimension-value",
                [("code", code.into()), ("dimension", dim.into())],
            );
            found(Kind::DimensionValue, v.id, label, v.name, None)
        }
    })
}

async fn dimension(db: &impl ConnectionTrait, code: &str) -> AppResult<dimensions::Model> {
    dimensions::Entity::find()
        .filter(dimensions::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(Said::new("said-what-dimension", [("code", code.into())])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_code() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.code()), Some(k));
        }
        assert_eq!(Kind::parse("Node"), None);
    }

    #[test]
    fn a_key_reads_back_as_the_same_subject() {
        let node = Subject::Node("SP2028-2031".into(), "G1".into());
        assert_eq!(node.key(), "SP2028-2031/G1");
        assert_eq!(Subject::from_key(Kind::Node, "SP2028-2031/G1"), Ok(node));
        assert_eq!(Subject::from_key(Kind::Unit, "BR"), Ok(Subject::Unit("BR".into())));
        assert!(
            Subject::from_key(Kind::Indicator, "KPI-1")
                .unwrap_err()
                .english()
                .contains("first/second")
        );
    }

    #[test]
    fn only_nodes_and_indicators_have_a_definition() {
        let with: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.has_definition()).collect();
        assert_eq!(with, [Kind::Node, Kind::Indicator]);
    }
}
