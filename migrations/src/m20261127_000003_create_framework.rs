//! The results framework tree: result nodes, contribution links, dimensions and mandate vocabularies.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000003_create_framework"
    }
}

/// The typed levels of a result node.
pub const LEVELS: &[&str] = &["goal", "target", "thematic_priority", "outcome", "output", "enabler"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("result_nodes")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(fk_null("parent_id"))
                    .col(one_of("level", LEVELS))
                    .col(string("code"))
                    .col(string("name"))
                    .col(text("description").default(""))
                    .col(fk_null("owner_unit_id"))
                    .col(
                        string_null("output_kind").check(
                            Expr::col("output_kind")
                                .is_null()
                                .or(Expr::col("output_kind").is_in(["product", "service"])),
                        ),
                    )
                    .col(integer("sort_order").default(0))
                    .col(provenance())
                    .col(source())
                    .col(version())
                    .foreign_key(&mut fkey("result_nodes", "plan_id", "plans", ForeignKeyAction::Cascade))
                    .foreign_key(&mut fkey(
                        "result_nodes",
                        "parent_id",
                        "result_nodes",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "result_nodes",
                        "owner_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![
                index("result_nodes", &["plan_id", "code"], true),
                index("result_nodes", &["plan_id", "level"], false),
                index("result_nodes", &["parent_id"], false),
                index("result_nodes", &["owner_unit_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("contribution_links")
                .col(id())
                .col(fk("from_node_id"))
                .col(fk("to_node_id"))
                .col(fixed_null("weight"))
                .col(provenance())
                .col(version())
                .check(Expr::col("from_node_id").ne(Expr::col("to_node_id")))
                .check(Expr::col("weight").is_null().or(Expr::col("weight").gte(0)))
                .foreign_key(&mut fkey(
                    "contribution_links",
                    "from_node_id",
                    "result_nodes",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fkey(
                    "contribution_links",
                    "to_node_id",
                    "result_nodes",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![
                index("contribution_links", &["from_node_id", "to_node_id"], true),
                index("contribution_links", &["to_node_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("dimensions")
                .col(id())
                .col(string_uniq("code"))
                .col(string("name"))
                .to_owned(),
            vec![],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("dimension_values")
                .col(id())
                .col(fk("dimension_id"))
                .col(string("code"))
                .col(string("name"))
                .col(integer("sort_order").default(0))
                .foreign_key(&mut fkey(
                    "dimension_values",
                    "dimension_id",
                    "dimensions",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![index("dimension_values", &["dimension_id", "code"], true)],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("mandates")
                .col(id())
                .col(one_of("vocabulary", &["resolution", "decision", "sdg", "wsis"]))
                .col(string("code"))
                .col(string("title"))
                .col(source())
                .to_owned(),
            vec![index("mandates", &["vocabulary", "code"], true)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(
            m,
            &[
                "mandates",
                "dimension_values",
                "dimensions",
                "contribution_links",
                "result_nodes",
            ],
        )
        .await
    }
}
