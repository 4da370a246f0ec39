//! One counter row per throttled key (a client address, an account seen from an address, a user changing
//! their password). A guess reserves its slot with one guarded `UPDATE … SET failures = failures + 1 WHERE
//! failures < limit` before the password is checked, so parallel guesses cannot all read the same count
//! and pass together; counting rows of `login_attempts` first and inserting afterwards could.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer, string, timestamp_with_time_zone};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_100000_create_login_throttles"
    }
}

#[derive(DeriveIden)]
enum LoginThrottles {
    Table,
    Key,
    Failures,
    WindowStartedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LoginThrottles::Table)
                .col(string(LoginThrottles::Key).primary_key())
                .col(big_integer(LoginThrottles::Failures).default(0))
                .col(timestamp_with_time_zone(LoginThrottles::WindowStartedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(LoginThrottles::Table).to_owned())
            .await
    }
}
