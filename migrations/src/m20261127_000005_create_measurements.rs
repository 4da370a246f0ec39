//! Measurements (actual values with their workflow) and reporting periods with their locks.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000005_create_measurements"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("reporting_periods")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(integer("year"))
                    .col(one_of("status", &["open", "locked"]))
                    .col(timestamp_with_time_zone_null("locked_at"))
                    .col(fk_null("locked_by"))
                    .col(text("lock_note").default(""))
                    .col(version())
                    .foreign_key(&mut fkey(
                        "reporting_periods",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "reporting_periods",
                        "locked_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    )),
            )
            .to_owned(),
            vec![index("reporting_periods", &["plan_id", "year"], true)],
        )
        .await?;
        create(
            m,
            stamps(
                Table::create()
                    .table("measurements")
                    .col(id())
                    .col(fk("indicator_id"))
                    .col(integer("year"))
                    .col(
                        integer_null("quarter")
                            .check(Expr::col("quarter").is_null().or(Expr::col("quarter").between(1, 4))),
                    )
                    // Canonical "dim=value;dim=value", sorted by dimension code; "" for the headline value.
                    .col(string("disaggregation").default(""))
                    .col(fixed("value"))
                    .col(fixed_null("numerator"))
                    .col(fixed_null("denominator"))
                    .col(text("narrative").default(""))
                    .col(text("evidence_url").default(""))
                    .col(one_of("quality", &["provisional", "estimated", "final"]))
                    .col(one_of(
                        "state",
                        &["draft", "submitted", "approved", "returned", "superseded"],
                    ))
                    .col(integer("revision").default(1))
                    .col(fk_null("supersedes_id"))
                    .col(fk_null("entered_by"))
                    .col(timestamp_with_time_zone("entered_at"))
                    .col(fk_null("submitted_by"))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(fk_null("approved_by"))
                    .col(timestamp_with_time_zone_null("approved_at"))
                    .col(fk_null("returned_by"))
                    .col(timestamp_with_time_zone_null("returned_at"))
                    .col(text("review_note").default(""))
                    .col(provenance())
                    .col(version())
                    .check(Expr::col("denominator").is_null().or(Expr::col("denominator").ne(0)))
                    .check(Expr::col("revision").gte(1))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "indicator_id",
                        "indicators",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "supersedes_id",
                        "measurements",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "entered_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "submitted_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "approved_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fkey(
                        "measurements",
                        "returned_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    )),
            )
            .to_owned(),
            vec![
                index("measurements", &["indicator_id", "year", "state"], false),
                index("measurements", &["state"], false),
                index("measurements", &["supersedes_id"], false),
                index(
                    "measurements",
                    &["indicator_id", "year", "quarter", "disaggregation", "revision"],
                    false,
                ),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("measurement_dimensions")
                .col(fk("measurement_id"))
                .col(fk("dimension_value_id"))
                .primary_key(Index::create().col("measurement_id").col("dimension_value_id"))
                .foreign_key(&mut fkey(
                    "measurement_dimensions",
                    "measurement_id",
                    "measurements",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "measurement_dimensions",
                    "dimension_value_id",
                    "dimension_values",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
            vec![index("measurement_dimensions", &["dimension_value_id"], false)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["measurement_dimensions", "measurements", "reporting_periods"]).await
    }
}
