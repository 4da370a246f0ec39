//! A notice's text as a message of the interface (issue 17.1): the key of the message (`notice-text-…`)
//! and its arguments as a JSON object, so that each reader sees the notice in their own language. Both
//! nullable: notices recorded before keep only their English `message` (shown marked English), and the
//! English `message` stays what mails and older readers use.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261226_300000_add_notification_message_keys"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table("notifications")
                .add_column(ColumnDef::new("message_key").string_len(100).null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("notifications")
                .add_column(ColumnDef::new("message_args").text().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("notifications")
                .drop_column("message_args")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("notifications")
                .drop_column("message_key")
                .to_owned(),
        )
        .await
    }
}
