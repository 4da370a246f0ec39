//! Plans (strategic plan periods with their status thresholds) and organisational units.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000001_create_plans_and_units"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("org_units")
                    .col(id())
                    .col(string_uniq("code"))
                    .col(string("name"))
                    .col(one_of("kind", &["secretariat", "bureau", "regional_office"]))
                    .col(fk_null("parent_id"))
                    .col(provenance())
                    .col(source())
                    .col(version())
                    .foreign_key(&mut fkey(
                        "org_units",
                        "parent_id",
                        "org_units",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![index("org_units", &["parent_id"], false)],
        )
        .await?;
        create(
            m,
            stamps(
                Table::create()
                    .table("plans")
                    .col(id())
                    .col(string_uniq("code"))
                    .col(string("name"))
                    .col(string("resolution").default(""))
                    .col(integer("start_year"))
                    .col(integer("end_year"))
                    .col(one_of("status", &["draft", "adopted", "closed"]))
                    .col(fk_null("predecessor_id"))
                    .col(integer("max_age_years").default(1))
                    .col(fixed("on_track_threshold"))
                    .col(fixed("at_risk_threshold"))
                    .col(fixed("maintain_on_track_pct"))
                    .col(fixed("maintain_at_risk_pct"))
                    .col(fixed_null("contributory_unit_chf"))
                    .col(provenance())
                    .col(source())
                    .col(version())
                    .check(Expr::col("end_year").gte(Expr::col("start_year")))
                    .check(Expr::col("max_age_years").gte(0))
                    .foreign_key(&mut fkey(
                        "plans",
                        "predecessor_id",
                        "plans",
                        ForeignKeyAction::Restrict,
                    )),
            )
            .to_owned(),
            vec![index("plans", &["predecessor_id"], false)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["plans", "org_units"]).await
    }
}
