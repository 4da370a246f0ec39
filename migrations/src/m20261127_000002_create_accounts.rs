//! Users, web sessions, API tokens and login throttling.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000002_create_accounts"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("users")
                    .col(id())
                    .col(string_uniq("email"))
                    .col(string("display_name"))
                    .col(one_of("role", &["admin", "planner", "reviewer"]))
                    .col(fk_null("org_unit_id"))
                    .col(text("password_hash"))
                    .col(boolean("active").default(true))
                    .col(boolean("must_change_password").default(false))
                    .col(integer("failed_logins").default(0))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(version())
                    .check(
                        Expr::col("role")
                            .ne("planner")
                            .or(Expr::col("org_unit_id").is_not_null()),
                    )
                    .foreign_key(&mut fkey(
                        "users",
                        "org_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![index("users", &["org_unit_id"], false)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("sessions")
                .col(id())
                // sha256 of the cookie value; the value itself is never stored.
                .col(string_uniq("token_hash"))
                .col(fk("user_id"))
                .col(string("csrf_token"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("last_seen_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .foreign_key(&mut fkey("sessions", "user_id", "users", ForeignKeyAction::Cascade))
                .to_owned(),
            vec![
                index("sessions", &["user_id"], false),
                index("sessions", &["expires_at"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("api_tokens")
                .col(id())
                .col(fk("user_id"))
                .col(string("name"))
                .col(string("prefix"))
                .col(string_uniq("token_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("expires_at"))
                .col(timestamp_with_time_zone_null("revoked_at"))
                .col(timestamp_with_time_zone_null("last_used_at"))
                .foreign_key(&mut fkey("api_tokens", "user_id", "users", ForeignKeyAction::Cascade))
                .to_owned(),
            vec![index("api_tokens", &["user_id"], false)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("login_attempts")
                .col(id())
                .col(string("email"))
                .col(string("client_addr"))
                .col(boolean("succeeded"))
                .col(timestamp_with_time_zone("at"))
                .to_owned(),
            vec![
                index("login_attempts", &["email", "at"], false),
                index("login_attempts", &["client_addr", "at"], false),
            ],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["login_attempts", "api_tokens", "sessions", "users"]).await
    }
}
