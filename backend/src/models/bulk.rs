//! Reading many small rows at once.
//!
//! On SQLite, sqlx runs every connection on a worker thread and hands each result row to the async
//! caller through a channel: a wake-up and a few allocations per row. For the report's reads
//! (hundreds of thousands of rows at the benchmark's scale) that hand-off, not SQLite, took most of
//! the time. [`rows`] therefore asks SQLite for the same rows packed into one JSON array
//! (`json_group_array`, ordered inside the aggregate) and decodes it in one go: the same columns and
//! the same order, one hand-off. Other backends read the rows as usual. Only the transport differs:
//! the callers apply the same rules to the same rows either way.

use sea_orm::sea_query::{Alias, Expr, SelectStatement, SimpleExpr};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, IdenStatic, QueryResult, Statement, TryGetableMany};
use serde::de::DeserializeOwned;

/// The names of `columns`, for [`rows`] of a select built with `.columns(columns)`: one list serves both.
pub fn names<C: IdenStatic>(columns: &[C]) -> Vec<&'static str> {
    columns.iter().map(IdenStatic::as_str).collect()
}

/// The rows of `select` (which selects exactly `columns`, in that order, without ORDER BY) sorted by
/// `order` (column names of `select`, ascending), each decoded as `T`: a tuple matching the columns.
///
/// On SQLite `T` is read from JSON, so the column types must be JSON-friendly (integers, text, NULL);
/// timestamps come as text (see [`sqlite_time`]).
pub async fn rows<T>(
    db: &impl ConnectionTrait,
    mut select: SelectStatement,
    columns: &[&str],
    order: &[&str],
) -> Result<Vec<T>, DbErr>
where
    T: DeserializeOwned + TryGetableMany,
{
    let backend = db.get_database_backend();
    if backend != DbBackend::Sqlite {
        for c in order {
            select.order_by(Alias::new(*c), sea_orm::Order::Asc);
        }
        let stmt = backend.build(&select);
        return db
            .query_all_raw(stmt)
            .await?
            .iter()
            .map(|row| T::try_get_many_by_index(row).map_err(Into::into))
            .collect();
    }
    let inner = backend.build(&select);
    let cols: Vec<String> = columns.iter().map(|c| format!("t.\"{c}\"")).collect();
    let by: Vec<String> = order.iter().map(|c| format!("t.\"{c}\"")).collect();
    let sql = format!(
        "SELECT json_group_array(json_array({})ORDER BY {}) AS rows FROM ({}) AS t",
        cols.join(", "),
        by.join(", "),
        inner.sql
    );
    let stmt = Statement::from_sql_and_values(DbBackend::Sqlite, sql, inner.values.map(|v| v.0).unwrap_or_default());
    let Some(row) = db.query_one_raw(stmt).await? else {
        return Ok(Vec::new());
    };
    let text: Option<String> = row.try_get_by_index(0)?;
    match text {
        Some(text) => serde_json::from_str(&text).map_err(|e| DbErr::Custom(format!("decoding packed rows: {e}"))),
        None => Ok(Vec::new()),
    }
}

/// `column` (qualified: `measurements.indicator_id`) is one of `ids`, the ids bound as one parameter
/// whatever their number: `= ANY(CAST($1 AS int4[]))` on PostgreSQL (sea-query numbers a custom
/// expression's placeholders `$N` there; a `?` would reach the server as it is), `IN (SELECT value FROM
/// json_each(?))` on SQLite. The statement's text is then the same for any list, so PostgreSQL plans it once per
/// connection instead of once per list length (`IN ($1, …, $1000)`), and thousands of ids bind one value.
pub fn in_ids(backend: DbBackend, column: &str, ids: &[i32]) -> SimpleExpr {
    let list: Vec<String> = ids.iter().map(i32::to_string).collect();
    let list = list.join(",");
    match backend {
        DbBackend::Postgres => {
            Expr::cust_with_values(format!("{column} = ANY(CAST($1 AS int4[]))"), [format!("{{{list}}}")])
        }
        _ => Expr::cust_with_values(
            format!("{column} IN (SELECT value FROM json_each(?))"),
            [format!("[{list}]")],
        ),
    }
}

/// Reads a timestamp stored as text by SQLite the way sqlx decodes `DateTime<FixedOffset>` from
/// text (RFC 3339 first, then SQLite's date-time forms; without an offset, UTC).
pub fn sqlite_time(value: &str) -> Option<sea_orm::prelude::DateTimeWithTimeZone> {
    use chrono::{DateTime, NaiveDateTime, Offset, TimeZone, Utc};
    if let Ok(dt) = DateTime::parse_from_rfc3339(value) {
        return Some(dt);
    }
    const FORMATS: &[&str] = &[
        "%F %T%.f",
        "%F %R",
        "%F %RZ",
        "%F %R%:z",
        "%F %T%.fZ",
        "%F %T%.f%:z",
        "%FT%R",
        "%FT%RZ",
        "%FT%R%:z",
        "%FT%T%.f",
        "%FT%T%.fZ",
        "%FT%T%.f%:z",
    ];
    for format in FORMATS {
        if let Ok(dt) = DateTime::parse_from_str(value, format) {
            return Some(dt);
        }
        if let Ok(dt) = NaiveDateTime::parse_from_str(value, format) {
            return Some(Utc.fix().from_utc_datetime(&dt));
        }
    }
    None
}

/// A timestamp column read by [`rows`]: text from SQLite's JSON, a timestamp from other backends.
#[derive(Debug, Clone, PartialEq)]
pub struct Time(pub Option<sea_orm::prelude::DateTimeWithTimeZone>);

impl<'de> serde::Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        Ok(Time(text.as_deref().and_then(sqlite_time)))
    }
}

impl sea_orm::TryGetable for Time {
    fn try_get_by<I: sea_orm::ColIdx>(res: &QueryResult, index: I) -> Result<Self, sea_orm::TryGetError> {
        let t: Option<sea_orm::prelude::DateTimeWithTimeZone> = sea_orm::TryGetable::try_get_by(res, index)?;
        Ok(Time(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_read_as_sqlx_reads_them() {
        let a = sqlite_time("2026-11-27T03:48:25.123+00:00").unwrap();
        let b = sqlite_time("2026-11-27 03:48:25.123+00:00").unwrap();
        let c = sqlite_time("2026-11-27 03:48:25.123").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert!(sqlite_time("yesterday").is_none());
    }
}
