//! The interface language a user chose (`ar`, `en`, `es`, `fr`, `ru`, `zh`), or none: then the browser's
//! cookie or its `Accept-Language` decides (docs/I18N.md).

use crate::common::*;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261223_300000_add_user_language"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(one_of("language", &["ar", "en", "es", "fr", "ru", "zh"]).null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("users").drop_column("language").to_owned())
            .await
    }
}
