//! A node or an indicator refers to a mandate at most once: two admins linking the same mandate at the
//! same moment get one link and a conflict, not a duplicate. NULLs are distinct on both backends, so a
//! node link (indicator_id NULL) and an indicator link (node_id NULL) never collide.

use crate::common::index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_100001_add_unique_mandate_links"
    }
}

const INDEXES: [&[&str]; 2] = [&["mandate_id", "node_id"], &["mandate_id", "indicator_id"]];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for cols in INDEXES {
            m.create_index(index("mandate_links", cols, true)).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for cols in INDEXES {
            m.drop_index(
                Index::drop()
                    .name(format!("ux_mandate_links_{}", cols.join("_")))
                    .table("mandate_links")
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
