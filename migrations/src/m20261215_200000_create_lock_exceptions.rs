//! Lock exceptions (DHIS2's): a locked year of a plan reopened for one org unit until a moment. An
//! exception is never deleted: revoking it stamps `revoked_at`, so a later refusal can name the exception
//! that ended and the audit keeps who granted and who revoked it.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261215_200000_create_lock_exceptions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("lock_exceptions")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(integer("year"))
                    .col(fk("org_unit_id"))
                    .col(timestamp_with_time_zone("until"))
                    .col(text("note").default(""))
                    .col(fk_null("granted_by"))
                    .col(timestamp_with_time_zone("granted_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(fk_null("revoked_by"))
                    .col(text("revoke_note").default(""))
                    .col(version())
                    .foreign_key(&mut fkey(
                        "lock_exceptions",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "lock_exceptions",
                        "org_unit_id",
                        "org_units",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "lock_exceptions",
                        "granted_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fkey(
                        "lock_exceptions",
                        "revoked_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    )),
            )
            .to_owned(),
            vec![index("lock_exceptions", &["plan_id", "year", "org_unit_id"], false)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["lock_exceptions"]).await
    }
}
