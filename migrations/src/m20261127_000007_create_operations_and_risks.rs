//! Operational plans with their items, and the risk register linked to results.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000007_create_operations_and_risks"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("operational_plans")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(fk("org_unit_id"))
                    .col(integer("year"))
                    .col(integer("horizon_end_year"))
                    .col(string("title"))
                    .col(one_of("status", &["draft", "approved"]))
                    .col(provenance())
                    .col(version())
                    .check(Expr::col("horizon_end_year").gte(Expr::col("year")))
                    .foreign_key(&mut fkey(
                        "operational_plans",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "operational_plans",
                        "org_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![
                index("operational_plans", &["plan_id", "org_unit_id", "year"], true),
                index("operational_plans", &["org_unit_id"], false),
            ],
        )
        .await?;
        create(
            m,
            stamps(
                Table::create()
                    .table("operational_items")
                    .col(id())
                    .col(fk("operational_plan_id"))
                    .col(string("code"))
                    .col(string("name"))
                    .col(fk("output_node_id"))
                    .col(fk("responsible_unit_id"))
                    .col(fixed("budget"))
                    .col(fixed("planned_quantity"))
                    .col(fixed("delivered_quantity"))
                    .col(string("unit_of_measure"))
                    .col(text("milestones").default(""))
                    .col(one_of(
                        "status",
                        &["planned", "in_progress", "delivered", "delayed", "cancelled"],
                    ))
                    .col(provenance())
                    .col(version())
                    .check(Expr::col("budget").gte(0))
                    .check(Expr::col("planned_quantity").gte(0))
                    .check(Expr::col("delivered_quantity").gte(0))
                    .foreign_key(&mut fkey(
                        "operational_items",
                        "operational_plan_id",
                        "operational_plans",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "operational_items",
                        "output_node_id",
                        "result_nodes",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "operational_items",
                        "responsible_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![
                index("operational_items", &["operational_plan_id", "code"], true),
                index("operational_items", &["output_node_id"], false),
                index("operational_items", &["responsible_unit_id"], false),
            ],
        )
        .await?;
        create(
            m,
            stamps(
                Table::create()
                    .table("risks")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(string("code"))
                    .col(string("title"))
                    .col(text("description").default(""))
                    .col(one_of(
                        "category",
                        &[
                            "strategic",
                            "financial",
                            "operational",
                            "reputational",
                            "compliance",
                            "security",
                        ],
                    ))
                    .col(integer("likelihood").check(Expr::col("likelihood").between(1, 5)))
                    .col(integer("impact").check(Expr::col("impact").between(1, 5)))
                    .col(text("mitigation").default(""))
                    .col(fk("owner_unit_id"))
                    .col(one_of("status", &["open", "mitigating", "closed"]))
                    .col(date("reviewed_on"))
                    .col(provenance())
                    .col(version())
                    .foreign_key(&mut fkey("risks", "plan_id", "plans", ForeignKeyAction::Cascade))
                    .foreign_key(&mut fkey(
                        "risks",
                        "owner_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![
                index("risks", &["plan_id", "code"], true),
                index("risks", &["owner_unit_id"], false),
            ],
        )
        .await?;
        create(
            m,
            Table::create()
                .table("risk_links")
                .col(fk("risk_id"))
                .col(fk("node_id"))
                .primary_key(Index::create().col("risk_id").col("node_id"))
                .foreign_key(&mut fkey("risk_links", "risk_id", "risks", ForeignKeyAction::Cascade))
                .foreign_key(&mut fkey(
                    "risk_links",
                    "node_id",
                    "result_nodes",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
            vec![index("risk_links", &["node_id"], false)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["risk_links", "risks", "operational_items", "operational_plans"]).await
    }
}
