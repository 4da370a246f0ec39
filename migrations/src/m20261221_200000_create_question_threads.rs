//! Questions from Council: a reviewer (or the office) asks about an indicator, a result node or a
//! section of a report run; the office, or the planner of the unit it assigns the question to, replies.
//! A thread is open or answered and carries a version for optimistic concurrency; its messages are
//! appended, never changed.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261221_200000_create_question_threads"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut threads = Table::create();
        threads
            .table("question_threads")
            .col(id())
            .col(fk("plan_id"))
            .col(one_of("subject_kind", &["indicator", "node", "section"]))
            .col(string("subject"))
            .col(fk_null("run_id"))
            .col(string("title"))
            .col(fk_null("asked_by"))
            .col(fk_null("assigned_unit_id"))
            .col(one_of("status", &["open", "answered"]))
            .col(version());
        stamps(&mut threads)
            .foreign_key(&mut fkey(
                "question_threads",
                "plan_id",
                "plans",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fkey(
                "question_threads",
                "run_id",
                "report_runs",
                ForeignKeyAction::SetNull,
            ))
            .foreign_key(&mut fkey(
                "question_threads",
                "asked_by",
                "users",
                ForeignKeyAction::SetNull,
            ))
            .foreign_key(&mut fkey(
                "question_threads",
                "assigned_unit_id",
                "org_units",
                ForeignKeyAction::SetNull,
            ));
        create(
            m,
            threads.to_owned(),
            vec![
                index("question_threads", &["plan_id", "status"], false),
                index("question_threads", &["plan_id", "subject_kind", "subject"], false),
                index("question_threads", &["run_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("question_messages")
                .col(id())
                .col(fk("thread_id"))
                .col(fk_null("author_id"))
                .col(text("body"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fkey(
                    "question_messages",
                    "thread_id",
                    "question_threads",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "question_messages",
                    "author_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
            vec![index("question_messages", &["thread_id"], false)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["question_messages", "question_threads"]).await
    }
}
