//! The database's own description of its tables, read from the catalog (PostgreSQL) or the pragmas
//! (SQLite): columns with their kind of value, foreign keys, and an order that puts parents first.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use std::collections::{BTreeMap, BTreeSet};

/// The table of applied migrations: the schema version, written to the header rather than as rows.
pub const MIGRATIONS_TABLE: &str = "seaql_migrations";

/// Tables of the running server's own state, not data: never written to a backup (the row that
/// `/readyz` rewrites to prove the database can write, whose migration creates it anew).
pub const NOT_BACKED_UP: &[&str] = &["readiness_probe"];

/// Tables the migrations themselves fill (the data version counter, and its parts that PostgreSQL's
/// audit trigger raises): not counted when deciding whether a database is empty, and emptied before
/// their rows are loaded.
pub const FILLED_BY_MIGRATIONS: &[&str] = &["data_version", "data_version_parts"];

/// The kind of value a column holds, the same on both backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// INTEGER on PostgreSQL.
    Int32,
    /// BIGINT on PostgreSQL; every integer on SQLite.
    Int64,
    /// BOOLEAN.
    Bool,
    /// TEXT, VARCHAR.
    Text,
    /// TIMESTAMP WITH TIME ZONE.
    Timestamp,
    /// DATE.
    Date,
    /// BYTEA or BLOB.
    Blob,
}

impl Kind {
    /// The kind of a column of declared type `ty`, or `None` for a type no stratrack table uses.
    fn of(backend: DbBackend, ty: &str) -> Option<Kind> {
        let ty = ty.to_ascii_lowercase();
        Some(match backend {
            DbBackend::Postgres => match ty.as_str() {
                "integer" | "smallint" => Kind::Int32,
                "bigint" => Kind::Int64,
                "boolean" => Kind::Bool,
                "text" | "character varying" | "character" => Kind::Text,
                "timestamp with time zone" => Kind::Timestamp,
                "date" => Kind::Date,
                "bytea" => Kind::Blob,
                _ => return None,
            },
            _ if ty.contains("timestamp") => Kind::Timestamp,
            _ if ty.starts_with("date") => Kind::Date,
            _ if ty.contains("bool") => Kind::Bool,
            _ if ty.contains("int") => Kind::Int64,
            _ if ty.contains("blob") => Kind::Blob,
            _ if ty.contains("char") || ty.contains("text") => Kind::Text,
            _ => return None,
        })
    }
}

/// One table as the database describes it.
#[derive(Debug, Clone)]
pub struct Table {
    /// Name.
    pub name: String,
    /// Columns in their declared order, with their kinds.
    pub columns: Vec<(String, Kind)>,
    /// Columns that reference this same table (a node's parent): loaded after the rows they point to.
    pub self_refs: Vec<String>,
}

impl Table {
    /// Whether the table has an integer `id` column (its rows are ordered by it).
    pub fn has_id(&self) -> bool {
        self.columns.iter().any(|(c, _)| c == "id")
    }

    /// The kind of column `name`.
    pub fn kind(&self, name: &str) -> Option<Kind> {
        self.columns.iter().find(|(c, _)| c == name).map(|(_, k)| *k)
    }
}

/// A name quoted for SQL (both backends take double quotes).
pub fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

async fn rows(c: &impl ConnectionTrait, sql: &str) -> Result<Vec<(String, String, String)>, DbErr> {
    let rows = c
        .query_all_raw(Statement::from_string(c.get_database_backend(), sql))
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("", "t")?, r.try_get("", "c")?, r.try_get("", "x")?)))
        .collect()
}

/// Every table of the database except the migrations table, [`NOT_BACKED_UP`] and SQLite's own, parents before children
/// (ties by name, so the order is stable).
pub async fn tables(c: &impl ConnectionTrait) -> Result<Vec<Table>, DbErr> {
    let backend = c.get_database_backend();
    let (columns_sql, keys_sql) = match backend {
        DbBackend::Postgres => (
            "SELECT c.table_name::text AS t, c.column_name::text AS c, c.data_type::text AS x \
             FROM information_schema.columns c JOIN information_schema.tables t \
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' \
             ORDER BY c.table_name, c.ordinal_position",
            "SELECT cl.relname::text AS t, a.attname::text AS c, rc.relname::text AS x FROM pg_constraint k \
             JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class rc ON rc.oid = k.confrelid \
             JOIN pg_namespace n ON n.oid = cl.relnamespace \
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] \
             WHERE k.contype = 'f' AND n.nspname = current_schema()",
        ),
        _ => (
            "SELECT m.name AS t, p.name AS c, p.type AS x FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid",
            "SELECT m.name AS t, f.\"from\" AS c, f.\"table\" AS x FROM sqlite_master m \
             JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
        ),
    };
    let mut by_name: BTreeMap<String, Table> = BTreeMap::new();
    for (t, c, ty) in rows(c, columns_sql).await? {
        if t == MIGRATIONS_TABLE || NOT_BACKED_UP.contains(&t.as_str()) {
            continue;
        }
        let kind = Kind::of(backend, &ty).ok_or_else(|| {
            DbErr::Custom(format!(
                "column {t}.{c} has the type `{ty}`, which a backup cannot hold"
            ))
        })?;
        by_name
            .entry(t.clone())
            .or_insert_with(|| Table {
                name: t,
                columns: Vec::new(),
                self_refs: Vec::new(),
            })
            .columns
            .push((c, kind));
    }
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (t, c, parent) in rows(c, keys_sql).await? {
        let Some(table) = by_name.get_mut(&t) else { continue };
        if parent == t {
            table.self_refs.push(c);
        } else {
            parents.entry(t).or_default().insert(parent);
        }
    }
    Ok(parents_first(by_name, &parents))
}

/// Orders `tables` so that every table comes after the tables it references (Kahn's algorithm, ties by
/// name); a cycle, which no stratrack schema has, ends up in name order at the end.
fn parents_first(mut tables: BTreeMap<String, Table>, parents: &BTreeMap<String, BTreeSet<String>>) -> Vec<Table> {
    let mut out = Vec::with_capacity(tables.len());
    let mut placed: BTreeSet<String> = BTreeSet::new();
    loop {
        let ready: Option<String> = tables
            .keys()
            .find(|t| {
                // A parent outside the list (none in stratrack) does not hold a table back.
                parents
                    .get(*t)
                    .is_none_or(|ps| ps.iter().all(|p| placed.contains(p) || !tables.contains_key(p)))
            })
            .cloned();
        let next = match ready {
            Some(t) => t,
            None => match tables.keys().next() {
                Some(t) => t.clone(),
                None => break,
            },
        };
        if let Some(t) = tables.remove(&next) {
            placed.insert(next);
            out.push(t);
        }
    }
    out
}

/// The migrations applied to the database, in the order applied (none when it was never migrated).
pub async fn applied_migrations(c: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let exists_sql = match c.get_database_backend() {
        DbBackend::Postgres => format!(
            "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() \
             AND table_name = '{MIGRATIONS_TABLE}'"
        ),
        _ => format!("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '{MIGRATIONS_TABLE}'"),
    };
    let backend = c.get_database_backend();
    let n: i64 = match c.query_one_raw(Statement::from_string(backend, exists_sql)).await? {
        Some(r) => r.try_get("", "n")?,
        None => 0,
    };
    if n == 0 {
        return Ok(Vec::new());
    }
    c.query_all_raw(Statement::from_string(
        backend,
        format!("SELECT version FROM {MIGRATIONS_TABLE} ORDER BY version"),
    ))
    .await?
    .iter()
    .map(|r| r.try_get("", "version"))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str) -> Table {
        Table {
            name: name.into(),
            columns: vec![("id".into(), Kind::Int32)],
            self_refs: vec![],
        }
    }

    #[test]
    fn parents_come_before_the_tables_that_reference_them() {
        let tables: BTreeMap<String, Table> = ["a_child", "b_grandchild", "z_parent", "m_alone"]
            .into_iter()
            .map(|n| (n.to_owned(), table(n)))
            .collect();
        let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        parents.entry("a_child".into()).or_default().insert("z_parent".into());
        parents
            .entry("b_grandchild".into())
            .or_default()
            .insert("a_child".into());
        let order: Vec<String> = parents_first(tables, &parents).into_iter().map(|t| t.name).collect();
        assert_eq!(order, ["m_alone", "z_parent", "a_child", "b_grandchild"]);
    }

    #[test]
    fn declared_types_map_to_the_same_kinds_on_both_backends() {
        assert_eq!(Kind::of(DbBackend::Postgres, "integer"), Some(Kind::Int32));
        assert_eq!(Kind::of(DbBackend::Sqlite, "INTEGER"), Some(Kind::Int64));
        assert_eq!(
            Kind::of(DbBackend::Sqlite, "timestamp_with_timezone_text"),
            Some(Kind::Timestamp)
        );
        assert_eq!(Kind::of(DbBackend::Sqlite, "date_text"), Some(Kind::Date));
        assert_eq!(Kind::of(DbBackend::Sqlite, "boolean"), Some(Kind::Bool));
        assert_eq!(Kind::of(DbBackend::Sqlite, "varchar"), Some(Kind::Text));
        assert_eq!(Kind::of(DbBackend::Postgres, "bytea"), Some(Kind::Blob));
        assert_eq!(Kind::of(DbBackend::Postgres, "jsonb"), None);
    }
}
