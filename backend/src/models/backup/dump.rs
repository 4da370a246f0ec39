//! Writing a backup: one read transaction, every table streamed row by row into JSON lines.

use super::schema::{self, Kind, Table, quoted};
use super::{BackupError, FORMAT, FORMAT_VERSION, Header, Totals};
use futures_util::StreamExt;
use sea_orm::{
    AccessMode, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, IsolationLevel,
    QueryResult, Statement, StreamTrait, TransactionTrait,
};
use serde_json::{Value, json};
use std::io::Write;

/// Writes a backup of `db` to `out`: a snapshot of every table as of one moment, however much the
/// server writes meanwhile.
pub async fn backup(db: &DatabaseConnection, out: &mut impl Write) -> Result<Totals, BackupError> {
    let txn = snapshot(db).await?;
    let migrations = schema::applied_migrations(&txn).await?;
    let tables = schema::tables(&txn).await?;
    let header = Header {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        stratrack_version: env!("CARGO_PKG_VERSION").into(),
        backend: match db.get_database_backend() {
            DbBackend::Postgres => "postgres".into(),
            _ => "sqlite".into(),
        },
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        migrations,
    };
    line(out, &serde_json::to_value(&header).map_err(to_io)?)?;
    let mut totals = Totals {
        migrations: header.migrations.len(),
        ..Totals::default()
    };
    for table in &tables {
        let columns: Vec<&str> = table.columns.iter().map(|(c, _)| c.as_str()).collect();
        line(out, &json!({ "table": table.name, "columns": columns }))?;
        let n = write_rows(&txn, table, out).await?;
        line(out, &json!({ "end_table": table.name, "rows": n }))?;
        totals.tables += 1;
        totals.rows += n;
    }
    line(out, &json!({ "end": { "tables": totals.tables, "rows": totals.rows } }))?;
    out.flush()?;
    txn.rollback().await?;
    Ok(totals)
}

/// A read-only transaction whose every read sees the same moment.
async fn snapshot(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.begin_with_config(Some(IsolationLevel::RepeatableRead), Some(AccessMode::ReadOnly))
                .await
        }
        // SQLite in WAL mode: a transaction's reads all see the snapshot taken by its first read, while
        // writers go on.
        _ => db.begin().await,
    }
}

/// Streams the rows of `table` in a stable order; returns how many.
async fn write_rows(txn: &DatabaseTransaction, table: &Table, out: &mut impl Write) -> Result<u64, BackupError> {
    let cols: Vec<String> = table.columns.iter().map(|(c, _)| quoted(c)).collect();
    let order = if table.has_id() {
        "\"id\"".to_owned()
    } else {
        (1..=cols.len()).map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
    };
    let sql = format!(
        "SELECT {} FROM {} ORDER BY {order}",
        cols.join(", "),
        quoted(&table.name)
    );
    let backend = ConnectionTrait::get_database_backend(txn);
    let mut stream = txn.stream_raw(Statement::from_string(backend, sql)).await?;
    let mut n = 0;
    while let Some(row) = stream.next().await {
        let row = row?;
        let values = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, (c, kind))| value(&row, i, *kind).map_err(|e| column_error(table, c, e)))
            .collect::<Result<Vec<Value>, DbErr>>()?;
        line(out, &Value::Array(values))?;
        n += 1;
    }
    Ok(n)
}

fn column_error(table: &Table, column: &str, e: DbErr) -> DbErr {
    DbErr::Custom(format!("reading {}.{column}: {e}", table.name))
}

/// Column `i` of `row` as JSON.
fn value(row: &QueryResult, i: usize, kind: Kind) -> Result<Value, DbErr> {
    Ok(match kind {
        Kind::Int32 => json!(row.try_get_by_index::<Option<i32>>(i)?),
        Kind::Int64 => json!(row.try_get_by_index::<Option<i64>>(i)?),
        Kind::Bool => json!(row.try_get_by_index::<Option<bool>>(i)?),
        Kind::Text => json!(row.try_get_by_index::<Option<String>>(i)?),
        Kind::Timestamp => json!(
            row.try_get_by_index::<Option<chrono::DateTime<chrono::FixedOffset>>>(i)?
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false))
        ),
        Kind::Date => json!(
            row.try_get_by_index::<Option<chrono::NaiveDate>>(i)?
                .map(|d| d.to_string())
        ),
        Kind::Blob => json!(row.try_get_by_index::<Option<Vec<u8>>>(i)?.map(hex::encode)),
    })
}

fn line(out: &mut impl Write, v: &Value) -> Result<(), BackupError> {
    serde_json::to_writer(&mut *out, v).map_err(to_io)?;
    out.write_all(b"\n")?;
    Ok(())
}

fn to_io(e: serde_json::Error) -> std::io::Error {
    std::io::Error::other(e)
}
