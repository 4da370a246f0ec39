//! The collection calendar: for a plan and year, when the office opens the collection of values and when
//! they are due (`collection_calendars`, one row per plan and year, the default for every unit), and the
//! dates of single org units that differ from it (`collection_overrides`).

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261215_100000_create_collection_calendars"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("collection_calendars")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(integer("year"))
                    .col(date("opens_on"))
                    .col(date("due_on"))
                    .col(version())
                    .check(Expr::col("opens_on").lte(Expr::col("due_on")))
                    .foreign_key(&mut fkey(
                        "collection_calendars",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    )),
            )
            .to_owned(),
            vec![index("collection_calendars", &["plan_id", "year"], true)],
        )
        .await?;
        create(
            m,
            stamps(
                Table::create()
                    .table("collection_overrides")
                    .col(id())
                    .col(fk("calendar_id"))
                    .col(fk("org_unit_id"))
                    .col(date("opens_on"))
                    .col(date("due_on"))
                    .col(version())
                    .check(Expr::col("opens_on").lte(Expr::col("due_on")))
                    .foreign_key(&mut fkey(
                        "collection_overrides",
                        "calendar_id",
                        "collection_calendars",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "collection_overrides",
                        "org_unit_id",
                        "org_units",
                        ForeignKeyAction::Cascade,
                    )),
            )
            .to_owned(),
            vec![index("collection_overrides", &["calendar_id", "org_unit_id"], true)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["collection_overrides", "collection_calendars"]).await
    }
}
