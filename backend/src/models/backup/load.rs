//! Restoring a backup into an empty database: refuse what cannot be restored before writing anything,
//! migrate to the backup's schema, load every row in one transaction, then migrate to this binary's.

use super::schema::{self, FILLED_BY_MIGRATIONS, Kind, MIGRATIONS_TABLE, Table, quoted};
use super::{BackupError, FORMAT, FORMAT_VERSION, Header, Totals, known_migrations};
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, Statement, TransactionTrait, Value,
};
use std::collections::{BTreeMap, HashSet};
use std::io::BufRead;

/// Most bound values in one `INSERT` (both backends allow more than 30,000).
const MAX_PARAMS: usize = 30_000;
/// Most bytes of backup lines gathered into one `INSERT` (report files can be large).
const MAX_BATCH_BYTES: usize = 8 << 20;

/// Restores the backup read from `input` into `db`, which must be empty; leaves it migrated to this
/// binary's schema. Nothing is loaded unless everything is.
pub async fn restore(db: &DatabaseConnection, input: impl BufRead) -> Result<Totals, BackupError> {
    let mut lines = Lines {
        inner: input.lines(),
        number: 0,
    };
    let header = read_header(&mut lines)?;
    let known = known_migrations();
    if let Some(unknown) = header.migrations.iter().find(|m| !known.contains(m)) {
        return Err(BackupError::Refused(format!(
            "the backup was made with a newer schema than this stratrack knows (migration {unknown}): \
             restore it with the stratrack version that made it ({}) or a later one",
            header.stratrack_version
        )));
    }
    if !known.starts_with(&header.migrations) {
        return Err(BackupError::Refused(
            "the backup's migrations are not in this stratrack's order: it was made by another build".into(),
        ));
    }
    let applied = schema::applied_migrations(db).await?;
    if !header.migrations.starts_with(&applied) {
        return Err(BackupError::Refused(format!(
            "the database is already migrated past the backup's schema ({} migrations against {}): restore into \
             a new database (a new SQLite file or an empty PostgreSQL database); the restore migrates it",
            applied.len(),
            header.migrations.len()
        )));
    }
    refuse_unless_empty(db).await?;
    let pending = u32::try_from(header.migrations.len() - applied.len()).unwrap_or(u32::MAX);
    if pending > 0 {
        Migrator::up(db, Some(pending)).await?;
    }
    let tables: BTreeMap<String, Table> = schema::tables(db)
        .await?
        .into_iter()
        .map(|t| (t.name.clone(), t))
        .collect();
    let txn = db.begin().await?;
    let mut totals = Totals {
        migrations: header.migrations.len(),
        ..Totals::default()
    };
    loop {
        let (line, v) = lines.next_json()?;
        if let Some(end) = v.get("end") {
            let expected = (end["tables"].as_u64(), end["rows"].as_u64());
            if expected != (Some(totals.tables as u64), Some(totals.rows)) {
                return Err(corrupt(line, "the totals do not match the tables and rows read"));
            }
            break;
        }
        let name = v["table"]
            .as_str()
            .ok_or_else(|| corrupt(line, "a table or the end of the backup was expected"))?;
        let table = tables
            .get(name)
            .ok_or_else(|| corrupt(line, &format!("table {name} is not in the schema")))?;
        let columns: Vec<String> = serde_json::from_value(v["columns"].clone())
            .map_err(|_| corrupt(line, "`columns` must be a list of names"))?;
        if let Some(c) = columns.iter().find(|c| table.kind(c).is_none()) {
            return Err(corrupt(line, &format!("column {name}.{c} is not in the schema")));
        }
        if FILLED_BY_MIGRATIONS.contains(&name) {
            txn.execute_unprepared(&format!("DELETE FROM {}", quoted(name))).await?;
        }
        totals.rows += load_table(&txn, table, &columns, &mut lines).await?;
        totals.tables += 1;
    }
    if txn.get_database_backend() == DbBackend::Postgres {
        for t in tables.values().filter(|t| t.has_id()) {
            txn.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{0}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) \
                 FROM {1} WHERE pg_get_serial_sequence('{0}', 'id') IS NOT NULL",
                t.name,
                quoted(&t.name)
            ))
            .await?;
        }
    }
    if tables.contains_key("data_version") {
        // A process that served the empty database must not keep its cached evaluations.
        txn.execute_unprepared("UPDATE data_version SET version = version + 1")
            .await?;
    }
    txn.commit().await?;
    crate::db::migrate(db).await?;
    Ok(totals)
}

/// Refuses a database with any row outside the tables the migrations fill.
async fn refuse_unless_empty(db: &DatabaseConnection) -> Result<(), BackupError> {
    for t in schema::tables(db).await? {
        if FILLED_BY_MIGRATIONS.contains(&t.name.as_str()) || t.name == MIGRATIONS_TABLE {
            continue;
        }
        let sql = format!("SELECT COUNT(*) AS n FROM {}", quoted(&t.name));
        let n: i64 = match db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await?
        {
            Some(r) => r.try_get("", "n")?,
            None => 0,
        };
        if n > 0 {
            return Err(BackupError::Refused(format!(
                "the database is not empty (table {} has {n} rows): a backup is restored into an empty database \
                 only, so that nothing there is overwritten or mixed with the backup's rows",
                t.name
            )));
        }
    }
    Ok(())
}

/// Loads the rows of one table up to its `end_table` line; returns how many.
async fn load_table(
    txn: &DatabaseTransaction,
    table: &Table,
    columns: &[String],
    lines: &mut Lines<impl BufRead>,
) -> Result<u64, BackupError> {
    let kinds: Vec<Kind> = columns.iter().filter_map(|c| table.kind(c)).collect();
    let id_at = columns.iter().position(|c| c == "id");
    // Self-references to rows not loaded yet are loaded as NULL and set once the table is complete.
    let self_refs: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| table.self_refs.contains(c))
        .map(|(i, _)| i)
        .collect();
    let mut loaded_ids: HashSet<i64> = HashSet::new();
    let mut later: Vec<(usize, i64, Value)> = Vec::new();
    let per_insert = (MAX_PARAMS / columns.len().max(1)).clamp(1, 1000);
    let mut batch = Batch::new(txn, table, columns);
    let mut n = 0u64;
    loop {
        let (line, v) = lines.next_json()?;
        if let Some(end) = v.get("end_table") {
            if end.as_str() != Some(&table.name) || v["rows"].as_u64() != Some(n) {
                return Err(corrupt(
                    line,
                    &format!("the end of table {} does not match its rows", table.name),
                ));
            }
            break;
        }
        let cells = v
            .as_array()
            .filter(|a| a.len() == columns.len())
            .ok_or_else(|| corrupt(line, &format!("a row of {} values was expected", columns.len())))?;
        let mut values = Vec::with_capacity(cells.len());
        for ((cell, kind), column) in cells.iter().zip(&kinds).zip(columns) {
            values.push(to_value(cell, *kind).map_err(|e| corrupt(line, &format!("{}.{column}: {e}", table.name)))?);
        }
        let id = id_at.and_then(|i| cells[i].as_i64());
        for &i in &self_refs {
            if let (Some(target), Some(id)) = (cells[i].as_i64(), id)
                && target != id
                && !loaded_ids.contains(&target)
            {
                later.push((i, id, std::mem::replace(&mut values[i], null_of(kinds[i]))));
            }
        }
        if !self_refs.is_empty() {
            loaded_ids.extend(id);
        }
        batch.add(values, line_len(&v));
        if batch.rows >= per_insert || batch.bytes >= MAX_BATCH_BYTES {
            batch.flush().await?;
        }
        n += 1;
    }
    batch.flush().await?;
    for (i, id, value) in later {
        let sql = match txn.get_database_backend() {
            DbBackend::Postgres => format!(
                "UPDATE {} SET {}=$1 WHERE id=$2",
                quoted(&table.name),
                quoted(&columns[i])
            ),
            _ => format!(
                "UPDATE {} SET {}=? WHERE id=?",
                quoted(&table.name),
                quoted(&columns[i])
            ),
        };
        let id = if kinds[id_at.unwrap_or(0)] == Kind::Int32 {
            Value::Int(i32::try_from(id).ok())
        } else {
            Value::BigInt(Some(id))
        };
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            sql,
            [value, id],
        ))
        .await?;
    }
    Ok(n)
}

fn line_len(v: &serde_json::Value) -> usize {
    // Only the big cells matter for the batch size: text and hex.
    v.as_array()
        .map_or(0, |a| a.iter().map(|c| c.as_str().map_or(8, str::len)).sum())
}

/// Rows gathered into one multi-row `INSERT`.
struct Batch<'a> {
    txn: &'a DatabaseTransaction,
    table: String,
    head: String,
    width: usize,
    values: Vec<Value>,
    rows: usize,
    bytes: usize,
}

impl<'a> Batch<'a> {
    fn new(txn: &'a DatabaseTransaction, table: &Table, columns: &[String]) -> Self {
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

    fn add(&mut self, row: Vec<Value>, bytes: usize) {
        self.values.extend(row);
        self.rows += 1;
        self.bytes += bytes;
    }

    async fn flush(&mut self) -> Result<(), sea_orm::DbErr> {
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
fn null_of(kind: Kind) -> Value {
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
fn to_value(cell: &serde_json::Value, kind: Kind) -> Result<Value, String> {
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

fn corrupt(line: u64, reason: &str) -> BackupError {
    BackupError::Corrupt {
        line,
        reason: reason.to_owned(),
    }
}

/// The backup's lines, counted, each parsed as JSON.
struct Lines<R: BufRead> {
    inner: std::io::Lines<R>,
    number: u64,
}

impl<R: BufRead> Lines<R> {
    fn next_json(&mut self) -> Result<(u64, serde_json::Value), BackupError> {
        self.number += 1;
        let text = self.inner.next().ok_or_else(|| {
            corrupt(
                self.number,
                "the file ends before the end of the backup: it was cut short",
            )
        })??;
        let v = serde_json::from_str(&text).map_err(|e| corrupt(self.number, &format!("not JSON: {e}")))?;
        Ok((self.number, v))
    }
}

fn read_header(lines: &mut Lines<impl BufRead>) -> Result<Header, BackupError> {
    let (line, v) = lines.next_json()?;
    if v["format"].as_str() != Some(FORMAT) {
        return Err(corrupt(
            line,
            "this is not a stratrack backup (no `format: stratrack-backup` header)",
        ));
    }
    let header: Header = serde_json::from_value(v).map_err(|e| corrupt(line, &format!("header: {e}")))?;
    if header.format_version > FORMAT_VERSION {
        return Err(BackupError::Refused(format!(
            "the backup's file layout (version {}) is newer than this stratrack reads ({FORMAT_VERSION})",
            header.format_version
        )));
    }
    Ok(header)
}
