//! Restoring a backup into an empty database: refuse what cannot be restored before writing anything,
//! migrate to the backup's schema, load every row in one transaction, then migrate to this binary's.

use super::insert::{Batch, null_of, to_value};
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
    refuse_unknown_schema(&header)?;
    let applied = schema::applied_migrations(db).await?;
    refuse_migrated_past(&header, &applied)?;
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
    load_tables(&txn, &tables, &mut lines, &mut totals).await?;
    after_load(&txn, &tables).await?;
    txn.commit().await?;
    crate::db::migrate(db).await?;
    Ok(totals)
}

/// Refuses a backup whose migrations this binary does not know or orders otherwise.
fn refuse_unknown_schema(header: &Header) -> Result<(), BackupError> {
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
    Ok(())
}

/// Refuses a database (its migrations `applied`) already migrated past the backup's schema.
fn refuse_migrated_past(header: &Header, applied: &[String]) -> Result<(), BackupError> {
    if !header.migrations.starts_with(applied) {
        return Err(BackupError::Refused(format!(
            "the database is already migrated past the backup's schema ({} migrations against {}): restore into \
             a new database (a new SQLite file or an empty PostgreSQL database); the restore migrates it",
            applied.len(),
            header.migrations.len()
        )));
    }
    Ok(())
}

/// Loads every table up to the `end` line, whose totals must match what was read.
async fn load_tables(
    txn: &DatabaseTransaction,
    tables: &BTreeMap<String, Table>,
    lines: &mut Lines<impl BufRead>,
    totals: &mut Totals,
) -> Result<(), BackupError> {
    loop {
        let (line, v) = lines.next_json()?;
        if let Some(end) = v.get("end") {
            let expected = (end["tables"].as_u64(), end["rows"].as_u64());
            if expected != (Some(totals.tables as u64), Some(totals.rows)) {
                return Err(corrupt(line, "the totals do not match the tables and rows read"));
            }
            return Ok(());
        }
        let (table, columns) = table_start(line, &v, tables)?;
        if FILLED_BY_MIGRATIONS.contains(&table.name.as_str()) {
            txn.execute_unprepared(&format!("DELETE FROM {}", quoted(&table.name)))
                .await?;
        }
        totals.rows += load_table(txn, table, &columns, lines).await?;
        totals.tables += 1;
    }
}

/// The table a `{"table":…,"columns":[…]}` line starts, and its columns, each in the schema.
fn table_start<'t>(
    line: u64,
    v: &serde_json::Value,
    tables: &'t BTreeMap<String, Table>,
) -> Result<(&'t Table, Vec<String>), BackupError> {
    let name = v["table"]
        .as_str()
        .ok_or_else(|| corrupt(line, "a table or the end of the backup was expected"))?;
    let table = tables
        .get(name)
        .ok_or_else(|| corrupt(line, &format!("table {name} is not in the schema")))?;
    let columns: Vec<String> =
        serde_json::from_value(v["columns"].clone()).map_err(|_| corrupt(line, "`columns` must be a list of names"))?;
    if let Some(c) = columns.iter().find(|c| table.kind(c).is_none()) {
        return Err(corrupt(line, &format!("column {name}.{c} is not in the schema")));
    }
    Ok((table, columns))
}

/// Once every row is in: PostgreSQL's id sequences continue after the restored ids, and the data version
/// moves on so that a process that served the empty database drops its cached evaluations.
async fn after_load(txn: &DatabaseTransaction, tables: &BTreeMap<String, Table>) -> Result<(), BackupError> {
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
        txn.execute_unprepared("UPDATE data_version SET version = version + 1")
            .await?;
    }
    Ok(())
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
    let mut self_refs = SelfRefs::new(table, columns);
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
        self_refs.defer_forward(cells, &mut values, &kinds);
        batch.add(values, line_len(&v));
        if batch.rows >= per_insert || batch.bytes >= MAX_BATCH_BYTES {
            batch.flush().await?;
        }
        n += 1;
    }
    batch.flush().await?;
    self_refs.set_deferred(txn, table, columns, &kinds).await?;
    Ok(n)
}

/// A table's references to its own rows: one pointing to a row not loaded yet is loaded as NULL and set
/// once the table is complete.
struct SelfRefs {
    /// Positions of the self-referencing columns.
    at: Vec<usize>,
    /// Position of the id column.
    id_at: Option<usize>,
    loaded_ids: HashSet<i64>,
    /// (column position, row id, value) to set once every row is in.
    later: Vec<(usize, i64, Value)>,
}

impl SelfRefs {
    fn new(table: &Table, columns: &[String]) -> Self {
        SelfRefs {
            at: columns
                .iter()
                .enumerate()
                .filter(|(_, c)| table.self_refs.contains(c))
                .map(|(i, _)| i)
                .collect(),
            id_at: columns.iter().position(|c| c == "id"),
            loaded_ids: HashSet::new(),
            later: Vec::new(),
        }
    }

    /// Replaces with NULL each value of `values` that points forward to a row not loaded yet, keeping it
    /// for [`SelfRefs::set_deferred`].
    fn defer_forward(&mut self, cells: &[serde_json::Value], values: &mut [Value], kinds: &[Kind]) {
        let id = self.id_at.and_then(|i| cells[i].as_i64());
        for &i in &self.at {
            if let (Some(target), Some(id)) = (cells[i].as_i64(), id)
                && target != id
                && !self.loaded_ids.contains(&target)
            {
                self.later
                    .push((i, id, std::mem::replace(&mut values[i], null_of(kinds[i]))));
            }
        }
        if !self.at.is_empty() {
            self.loaded_ids.extend(id);
        }
    }

    /// Sets the references deferred by [`SelfRefs::defer_forward`], now that every row is in.
    async fn set_deferred(
        self,
        txn: &DatabaseTransaction,
        table: &Table,
        columns: &[String],
        kinds: &[Kind],
    ) -> Result<(), BackupError> {
        for (i, id, value) in self.later {
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
            let id = if kinds[self.id_at.unwrap_or(0)] == Kind::Int32 {
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
        Ok(())
    }
}

fn line_len(v: &serde_json::Value) -> usize {
    // Only the big cells matter for the batch size: text and hex.
    v.as_array()
        .map_or(0, |a| a.iter().map(|c| c.as_str().map_or(8, str::len)).sum())
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
