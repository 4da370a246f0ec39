//! Framework text in the other five official languages (issue 17.3): the name, and the definition or
//! description, of a plan, result node, indicator, org unit, dimension or dimension value in Arabic,
//! Chinese, French, Russian or Spanish. English stays in the entity's own row; a text missing here is
//! shown in English, marked. One row per entity and language, with its own version.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261224_200000_create_translations"
    }
}

/// The kinds of framework record a translation belongs to.
pub const KINDS: &[&str] = &["plan", "node", "indicator", "unit", "dimension", "dimension_value"];

/// The languages a translation may be in: the six without English (the entity's own text).
pub const LANGS: &[&str] = &["ar", "es", "fr", "ru", "zh"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut t = Table::create();
        t.table("translations")
            .col(id())
            .col(one_of("entity_kind", KINDS))
            .col(integer("entity_id"))
            .col(one_of("lang", LANGS))
            .col(string_null("name"))
            .col(text_null("definition"))
            .col(provenance())
            .col(source())
            .col(version())
            .check(
                Expr::col("name")
                    .is_not_null()
                    .or(Expr::col("definition").is_not_null()),
            );
        create(
            m,
            stamps(&mut t).to_owned(),
            vec![index("translations", &["entity_kind", "entity_id", "lang"], true)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["translations"]).await
    }
}
