//! Writing restored rows: backup cells as typed values, gathered into multi-row `INSERT`s.

use super::schema::{Kind, Table, quoted};
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, Statement, Value};

/// Rows gathered into one multi-row `INSERT`.
pub(super) struct Batch<'a> {
    txn: &'a DatabaseTransaction,
    table: String,
    head: String,
    width: usize,
    values: Vec<Value>,
    /// Rows gathered.
    pub(super) rows: usize,
    /// Backup bytes gathered.
    pub(super) bytes: usize,
}

impl<'a> Batch<'a> {
    /// An empty batch of rows of `columns` of `table`.
    pub(super) fn new(txn: &'a DatabaseTransaction, table: &Table, columns: &[String]) -> Self {
        let cols: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        // No space after the commas: sqlx reuses a prepared statement of the same text with the
        // parameter types it was first prepared with, and sea-query's text for the migration's own
        // insert into data_version (two INTEGERs) is otherwise the same as this one (INTEGER, BIGINT).
        Batch {
            txn,
            table: table.name.clone(),
            head: format!("INSERT INTO {} ({}) VALUES", quoted(&table.name), cols.join(",")),
            width: columns.len(),
            values: Vec::new(),
            rows: 0,
            bytes: 0,
        }
    }

    /// Adds one row of `bytes` backup bytes.
    pub(super) fn add(&mut self, row: Vec<Value>, bytes: usize) {
        self.values.extend(row);
        self.rows += 1;
        self.bytes += bytes;
    }

    /// Inserts the rows gathered so far, if any.
    pub(super) async fn flush(&mut self) -> Result<(), sea_orm::DbErr> {
        if self.rows == 0 {
            return Ok(());
        }
        let backend = self.txn.get_database_backend();
        let mut sql = self.head.clone();
        let mut p = 0;
        for r in 0..self.rows {
            sql.push_str(if r == 0 { "(" } else { ",(" });
            for c in 0..self.width {
                if c > 0 {
                    sql.push(',');
                }
                p += 1;
                match backend {
                    DbBackend::Postgres => sql.push_str(&format!("${p}")),
                    _ => sql.push('?'),
                }
            }
            sql.push(')');
        }
        let values = std::mem::take(&mut self.values);
        self.txn
            .execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await
            .map_err(|e| sea_orm::DbErr::Custom(format!("loading {}: {e}", self.table)))?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }
}

/// A typed NULL of `kind` (PostgreSQL wants the type of every parameter).
pub(super) fn null_of(kind: Kind) -> Value {
    match kind {
        Kind::Int32 => Value::Int(None),
        Kind::Int64 => Value::BigInt(None),
        Kind::Bool => Value::Bool(None),
        Kind::Text => Value::String(None),
        Kind::Timestamp => Value::ChronoDateTimeWithTimeZone(None),
        Kind::Date => Value::ChronoDate(None),
        Kind::Blob => Value::Bytes(None),
    }
}

/// A backup cell as a value of the column's kind in this database.
pub(super) fn to_value(cell: &serde_json::Value, kind: Kind) -> Result<Value, String> {
    if cell.is_null() {
        return Ok(null_of(kind));
    }
    let text = || cell.as_str().ok_or_else(|| format!("`{cell}` is not text"));
    let int = || cell.as_i64().ok_or_else(|| format!("`{cell}` is not a whole number"));
    Ok(match kind {
        Kind::Int32 => Value::Int(Some(
            i32::try_from(int()?).map_err(|_| format!("`{cell}` is too large for the column"))?,
        )),
        Kind::Int64 => Value::BigInt(Some(int()?)),
        Kind::Bool => Value::Bool(Some(match cell {
            serde_json::Value::Bool(b) => *b,
            _ => int()? != 0,
        })),
        Kind::Text => Value::String(Some(text()?.to_owned())),
        Kind::Timestamp => Value::ChronoDateTimeWithTimeZone(Some(
            chrono::DateTime::parse_from_rfc3339(text()?)
                .map_err(|e| format!("`{cell}` is not an RFC 3339 time: {e}"))?,
        )),
        Kind::Date => Value::ChronoDate(Some(
            text()?.parse().map_err(|e| format!("`{cell}` is not a date: {e}"))?,
        )),
        Kind::Blob => Value::Bytes(Some(
            hex::decode(text()?).map_err(|e| format!("`{cell}` is not hex: {e}"))?,
        )),
    })
}
