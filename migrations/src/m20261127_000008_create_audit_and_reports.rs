//! The append-only audit log and frozen report runs with their files.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000008_create_audit_and_reports"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table("audit_log")
                .col(big_pk_auto("id"))
                .col(timestamp_with_time_zone("at"))
                .col(fk_null("actor_id"))
                .col(string("actor_label"))
                .col(string("action"))
                .col(string("entity_type"))
                .col(string("entity_id"))
                .col(text_null("before"))
                .col(text_null("after"))
                .col(text("reason").default(""))
                .to_owned(),
            vec![
                index("audit_log", &["entity_type", "entity_id"], false),
                index("audit_log", &["actor_id"], false),
                index("audit_log", &["at"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("report_runs")
                .col(id())
                .col(fk("plan_id"))
                .col(integer("year"))
                .col(one_of("status", &["frozen", "published"]))
                .col(fk_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(fk_null("published_by"))
                .col(timestamp_with_time_zone_null("published_at"))
                .col(string("snapshot_id"))
                // The report input as JSON: the frozen data a rebuild renders from.
                .col(text("snapshot"))
                .col(text("manifest").default(""))
                .col(version())
                .foreign_key(&mut fkey("report_runs", "plan_id", "plans", ForeignKeyAction::Restrict))
                .foreign_key(&mut fkey(
                    "report_runs",
                    "created_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fkey(
                    "report_runs",
                    "published_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
            vec![index("report_runs", &["plan_id", "year"], false)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("report_files")
                .col(id())
                .col(fk("run_id"))
                .col(string("path"))
                .col(string("sha256"))
                .col(big_integer("size"))
                .col(blob("content"))
                .foreign_key(&mut fkey(
                    "report_files",
                    "run_id",
                    "report_runs",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![index("report_files", &["run_id", "path"], true)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["report_files", "report_runs", "audit_log"]).await
    }
}
