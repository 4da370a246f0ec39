//! Checking every frozen report run: rebuilt from its snapshot, each file must be byte for byte the one
//! stored, and each stored file must still match its checksum. What a restore proves itself with.

use crate::entities::{report_files, report_runs};
use crate::error::AppError;
use crate::models::report_runs::rebuild_check;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sha2::{Digest, Sha256};

/// The outcome for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunCheck {
    /// Run id.
    pub run: i32,
    /// Files the run holds.
    pub files: usize,
    /// Paths that differ: rebuilt unlike the stored checksum, missing, extra, or stored bytes that no
    /// longer match their checksum. Empty when the run is intact.
    pub differ: Vec<String>,
}

impl RunCheck {
    /// Every file identical.
    pub fn identical(&self) -> bool {
        self.differ.is_empty()
    }
}

/// Checks every report run, in id order.
pub async fn verify_runs(db: &impl ConnectionTrait) -> Result<Vec<RunCheck>, AppError> {
    let ids: Vec<i32> = report_runs::Entity::find()
        .select_only()
        .column(report_runs::Column::Id)
        // A run still being rendered (no snapshot id yet) has nothing to check.
        .filter(report_runs::Column::SnapshotId.ne(""))
        .order_by_asc(report_runs::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let rebuilt = rebuild_check(db, id).await?;
        let mut differ: Vec<String> = rebuilt
            .files
            .iter()
            .filter(|f| !f.identical)
            .map(|f| f.path.clone())
            .collect();
        let stored = report_files::Entity::find()
            .filter(report_files::Column::RunId.eq(id))
            .order_by_asc(report_files::Column::Id)
            .all(db)
            .await?;
        for f in &stored {
            if hex::encode(Sha256::digest(&f.content)) != f.sha256 && !differ.contains(&f.path) {
                differ.push(f.path.clone());
            }
        }
        out.push(RunCheck {
            run: id,
            files: stored.len(),
            differ,
        });
    }
    Ok(out)
}
