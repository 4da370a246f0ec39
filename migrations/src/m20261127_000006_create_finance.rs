//! The financial plan (Decision 5), its execution and the allocation of budgets to results.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000006_create_finance"
    }
}

const CATEGORIES: &[&str] = &[
    "assessed_contributions",
    "cost_recovery",
    "interest_and_other",
    "reserve_account",
    "staff",
    "non_staff",
];

fn money_table(name: &'static str) -> TableCreateStatement {
    stamps(
        Table::create()
            .table(name)
            .col(id())
            .col(fk("plan_id"))
            .col(string("biennium"))
            .col(integer("year"))
            .col(fk("org_unit_id"))
            .col(one_of("kind", &["revenue", "expense"]))
            .col(one_of("category", CATEGORIES))
            .col(text("description").default(""))
            // CHF thousands, exact.
            .col(fixed("amount"))
            .col(provenance())
            .col(source())
            .col(version())
            .check(Expr::col("amount").gte(0))
            .check(
                (Expr::col("kind").eq("revenue").and(Expr::col("category").is_in([
                    "assessed_contributions",
                    "cost_recovery",
                    "interest_and_other",
                    "reserve_account",
                ])))
                .or(Expr::col("kind")
                    .eq("expense")
                    .and(Expr::col("category").is_in(["staff", "non_staff"]))),
            )
            .foreign_key(&mut fkey(name, "plan_id", "plans", ForeignKeyAction::Cascade))
            .foreign_key(&mut fkey(name, "org_unit_id", "org_units", ForeignKeyAction::Restrict)),
    )
    .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["finance_lines", "finance_actuals"] {
            create(
                m,
                money_table(t),
                vec![
                    index(t, &["plan_id", "year", "org_unit_id", "kind", "category"], true),
                    index(t, &["org_unit_id"], false),
                ],
            )
            .await?;
        }
        create(
            m,
            stamps(
                Table::create()
                    .table("budget_allocations")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(integer("year"))
                    .col(fk("org_unit_id"))
                    .col(fk("node_id"))
                    .col(fixed("amount"))
                    .col(provenance())
                    .col(version())
                    .check(Expr::col("amount").gte(0))
                    .foreign_key(&mut fkey(
                        "budget_allocations",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fkey(
                        "budget_allocations",
                        "org_unit_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fkey(
                        "budget_allocations",
                        "node_id",
                        "result_nodes",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![
                index(
                    "budget_allocations",
                    &["plan_id", "year", "org_unit_id", "node_id"],
                    true,
                ),
                index("budget_allocations", &["node_id"], false),
                index("budget_allocations", &["org_unit_id"], false),
            ],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["budget_allocations", "finance_actuals", "finance_lines"]).await
    }
}
