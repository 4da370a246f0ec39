//! The `import` and `export` subcommands (`export --iati` included): the same code paths as the API
//! routes, from a shell.

use crate::auth::{Actor, Role, Via};
use crate::db;
use crate::entities::users;
use crate::models::{exports, iati, imports};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::path::Path;

/// `stratrack import FILE [--plan P] [--as EMAIL] [--submit]`.
pub async fn import(
    url: &str,
    file: &Path,
    plan: Option<String>,
    as_user: Option<String>,
    submit: bool,
) -> anyhow::Result<()> {
    // Streamed from the file: a large file is never held in memory.
    let input = std::fs::File::open(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    let actor = match as_user {
        None => None,
        Some(email) => {
            let u = users::Entity::find()
                .filter(users::Column::Email.eq(email.as_str()))
                .one(&db)
                .await?
                .filter(|u| u.active)
                .ok_or_else(|| anyhow::anyhow!("no active user {email}"))?;
            Some(Actor {
                id: u.id,
                email: u.email,
                name: u.display_name,
                role: Role::parse(&u.role).ok_or_else(|| anyhow::anyhow!("user {email} has an unknown role"))?,
                unit_id: u.org_unit_id,
                via: Via::Token,
                data_version: None,
                unread: None,
                language: None,
            })
        }
    };
    if actor.as_ref().is_some_and(|a| a.role == Role::Reviewer) {
        anyhow::bail!("a reviewer may not import values");
    }
    let opts = imports::Options {
        default_plan: plan,
        submit,
    };
    let started = std::time::Instant::now();
    match imports::import_from(&db, actor.as_ref(), input, &opts).await {
        Ok(done) => {
            println!(
                "Imported {} measurements from {} as {} (ids {}) in {:.2} s.",
                done.imported,
                file.display(),
                done.state,
                done.ids,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Err(imports::ImportError::Rows(rows)) => {
            let total = rows.total();
            for r in rows.into_fields() {
                println!("{}: {}: {}", file.display(), r.field, r.reason);
            }
            anyhow::bail!("{total} problem(s) in {}; nothing was imported", file.display())
        }
        Err(e) => Err(e.into()),
    }
}

/// `stratrack export [--plan P] [--year Y] [--state S] [--out FILE]`.
pub async fn export(
    url: &str,
    plan: Option<String>,
    year: Option<i32>,
    state: String,
    out: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    if !exports::EXPORT_STATES.contains(&state.as_str()) {
        anyhow::bail!("--state must be one of {}", exports::EXPORT_STATES.join(", "));
    }
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    let csv = exports::export_csv(&db, &exports::Filter { plan, year, state }).await?;
    match out {
        Some(path) => {
            std::fs::write(&path, &csv).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            let rows = csv::Reader::from_reader(&csv[..]).records().count();
            eprintln!("Wrote {rows} measurements to {}.", path.display());
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&csv)?;
        }
    }
    Ok(())
}

/// `stratrack export --iati --plan P [--year Y] [--out FILE]`: the IATI file of the API route
/// (`GET /api/v1/plans/{plan}/iati`), approved values only, with the publisher of the environment.
pub async fn export_iati(
    url: &str,
    plan: String,
    year: Option<i32>,
    out: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    let publisher = crate::config::iati_publisher()?;
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    let params = iati::IatiParams { year };
    let xml = iati::file(&db, &publisher, &plan, &params, chrono::Utc::now())
        .await
        .map_err(|e| match e {
            crate::error::AppError::Invalid(fields) => anyhow::anyhow!(
                "{}",
                fields
                    .iter()
                    .map(|f| format!("--{}: {}", f.field, f.reason))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            other => anyhow::anyhow!("{other}"),
        })?;
    match out {
        Some(path) => {
            std::fs::write(&path, &xml).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            eprintln!("Wrote the IATI file of plan {plan} to {}.", path.display());
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&xml)?;
        }
    }
    Ok(())
}
