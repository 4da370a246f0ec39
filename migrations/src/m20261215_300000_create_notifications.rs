//! Notices shown in the product (and mailed when SMTP is configured): one row per recipient, so that each
//! user reads and marks their own. `topic` names a notice that must exist at most once per recipient (a
//! unit overdue for a plan's year); other notices leave it NULL, which a unique index never compares.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261215_300000_create_notifications"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table("notifications")
                .col(id())
                .col(fk("user_id"))
                .col(one_of("kind", &["submitted", "returned", "approved", "overdue"]))
                .col(fk_null("measurement_id"))
                .col(fk_null("org_unit_id"))
                .col(text("message"))
                .col(text("link").default(""))
                .col(string_null("topic"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("read_at"))
                .foreign_key(&mut fkey(
                    "notifications",
                    "user_id",
                    "users",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "notifications",
                    "measurement_id",
                    "measurements",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fkey(
                    "notifications",
                    "org_unit_id",
                    "org_units",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
            vec![
                index("notifications", &["user_id", "read_at"], false),
                index("notifications", &["user_id", "topic"], true),
                index("notifications", &["measurement_id"], false),
            ],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["notifications"]).await
    }
}
