//! Indicators with their milestones, dimensions, mandate links and framework revisions.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000004_create_indicators"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("indicators")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(fk("node_id"))
                    .col(string("code"))
                    .col(string("name"))
                    .col(text("definition").default(""))
                    .col(one_of("unit", &["percent", "count", "chf", "ratio", "yes_no", "index"]))
                    .col(one_of("direction", &["increase", "decrease", "maintain"]))
                    .col(one_of("aggregation", &["latest", "sum", "mean", "ratio"]))
                    .col(fixed_null("baseline_value"))
                    .col(integer_null("baseline_year"))
                    .col(fixed_null("target_value"))
                    .col(integer_null("target_year"))
                    .col(text("data_source").default(""))
                    .col(one_of("frequency", &["annual", "quarterly", "biennial", "quadrennial"]))
                    .col(fk("owner_unit_id"))
                    .col(boolean("is_key").default(false))
                    .col(string("sdg_tags").default(""))
                    .col(string("wsis_tags").default(""))
                    .col(fk_null("predecessor_id"))
                    .col(
                        string_null("predecessor_relation").check(
                            Expr::col("predecessor_relation")
                                .is_null()
                                .or(Expr::col("predecessor_relation").is_in(["carried_over", "redefined", "new"])),
                        ),
                    )
                    .col(provenance())
                    .col(source())
                    .col(version())
                    .foreign_key(&mut fkey("indicators", "plan_id", "plans", ForeignKeyAction::Cascade))
                    .foreign_key(&mut fkey(
                        "indicators",
                        "node_id",
                        "result_nodes",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "indicators",
                        "owner_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "indicators",
                        "predecessor_id",
                        "indicators",
                        ForeignKeyAction::SetNull,
                    )),
            )
            .to_owned(),
            vec![
                index("indicators", &["plan_id", "code"], true),
                index("indicators", &["node_id"], false),
                index("indicators", &["owner_unit_id"], false),
                index("indicators", &["predecessor_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("indicator_milestones")
                .col(id())
                .col(fk("indicator_id"))
                .col(integer("year"))
                .col(fixed("value"))
                .col(provenance())
                .col(version())
                .foreign_key(&mut fkey(
                    "indicator_milestones",
                    "indicator_id",
                    "indicators",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![index("indicator_milestones", &["indicator_id", "year"], true)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("indicator_dimensions")
                .col(fk("indicator_id"))
                .col(fk("dimension_id"))
                .primary_key(Index::create().col("indicator_id").col("dimension_id"))
                .foreign_key(&mut fkey(
                    "indicator_dimensions",
                    "indicator_id",
                    "indicators",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "indicator_dimensions",
                    "dimension_id",
                    "dimensions",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
            vec![index("indicator_dimensions", &["dimension_id"], false)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("mandate_links")
                .col(id())
                .col(fk("mandate_id"))
                .col(fk_null("node_id"))
                .col(fk_null("indicator_id"))
                .check(
                    Expr::col("node_id")
                        .is_not_null()
                        .or(Expr::col("indicator_id").is_not_null()),
                )
                .foreign_key(&mut fkey(
                    "mandate_links",
                    "mandate_id",
                    "mandates",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "mandate_links",
                    "node_id",
                    "result_nodes",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "mandate_links",
                    "indicator_id",
                    "indicators",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![
                index("mandate_links", &["mandate_id"], false),
                index("mandate_links", &["node_id"], false),
                index("mandate_links", &["indicator_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("framework_revisions")
                .col(id())
                .col(fk("plan_id"))
                .col(one_of("entity_type", &["indicator", "milestone", "result_node"]))
                .col(integer("entity_id"))
                .col(string("field"))
                .col(text_null("value_as_adopted"))
                .col(text_null("value_as_revised"))
                .col(date("decided_on"))
                .col(string("deciding_body"))
                .col(string("reference"))
                .col(one_of(
                    "reason_category",
                    &[
                        "methodology",
                        "data_availability",
                        "mandate_change",
                        "error_correction",
                        "external_shock",
                        "other",
                    ],
                ))
                .col(text("justification"))
                .col(fk_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fkey(
                    "framework_revisions",
                    "plan_id",
                    "plans",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "framework_revisions",
                    "created_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
            vec![
                index("framework_revisions", &["entity_type", "entity_id"], false),
                index("framework_revisions", &["plan_id"], false),
            ],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(
            m,
            &[
                "framework_revisions",
                "mandate_links",
                "indicator_dimensions",
                "indicator_milestones",
                "indicators",
            ],
        )
        .await
    }
}
