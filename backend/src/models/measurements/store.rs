//! Storing values: one at a time for the API, in large multi-row batches for imports, and the slot rule
//! (one value chain per indicator, year, quarter and disaggregation).

use super::entry::Entry;
use crate::entities::{measurement_dimensions, measurements};
use crate::error::AppError;
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IdenStatic, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

/// Rows per INSERT statement: 23 parameters a row stays well under SQLite's 32,766 variables and
/// PostgreSQL's 65,535 parameters.
pub const BATCH: usize = 1000;

/// Who stores a batch and in which state.
#[derive(Debug, Clone, Copy)]
pub struct Stamp {
    /// The user entering the values (None for the system, e.g. a CLI import without `--as`).
    pub user: Option<i32>,
    /// When.
    pub at: DateTimeWithTimeZone,
    /// Also submit them for approval.
    pub submit: bool,
}

fn active(e: &Entry<'_>, stamp: Stamp) -> measurements::ActiveModel {
    measurements::ActiveModel {
        indicator_id: Set(e.indicator.id),
        year: Set(e.year),
        quarter: Set(e.quarter),
        disaggregation: Set(e.disaggregation.clone()),
        value: Set(e.figures.value),
        numerator: Set(e.figures.numerator),
        denominator: Set(e.figures.denominator),
        narrative: Set(e.narrative.clone()),
        evidence_url: Set(e.evidence_url.clone()),
        quality: Set(e.quality.clone()),
        state: Set(if stamp.submit { "submitted" } else { "draft" }.into()),
        revision: Set(1),
        supersedes_id: Set(None),
        entered_by: Set(stamp.user),
        entered_at: Set(stamp.at),
        submitted_by: Set(stamp.submit.then_some(stamp.user).flatten()),
        submitted_at: Set(stamp.submit.then_some(stamp.at)),
        approved_by: Set(None),
        approved_at: Set(None),
        returned_by: Set(None),
        returned_at: Set(None),
        review_note: Set(String::new()),
        provenance: Set("entered".into()),
        version: Set(1),
        created_at: Set(stamp.at),
        updated_at: Set(stamp.at),
        ..Default::default()
    }
}

/// Every row (every revision) of the slot, oldest revision first.
pub async fn slot_rows(
    db: &impl ConnectionTrait,
    indicator_id: i32,
    year: i32,
    quarter: Option<i32>,
    disaggregation: &str,
) -> Result<Vec<measurements::Model>, DbErr> {
    let q = measurements::Entity::find()
        .filter(measurements::Column::IndicatorId.eq(indicator_id))
        .filter(measurements::Column::Year.eq(year))
        .filter(measurements::Column::Disaggregation.eq(disaggregation));
    let q = match quarter {
        Some(qn) => q.filter(measurements::Column::Quarter.eq(qn)),
        None => q.filter(measurements::Column::Quarter.is_null()),
    };
    q.order_by_asc(measurements::Column::Revision).all(db).await
}

/// Why a slot cannot take a new first value, pointing at the row to edit or revise.
pub fn occupied_message(what: &str, latest_id: i32, revision: i32, state: &str) -> crate::error::Said {
    use crate::error::Said;
    let id = || ("id", latest_id.to_string().into());
    let how = match state {
        "approved" => Said::new("said-occupied-revise", [id()]),
        "submitted" => Said::new("said-occupied-wait", []),
        _ => Said::new("said-occupied-edit", [id()]),
    };
    Said::new(
        "said-occupied",
        [
            ("what", what.into()),
            id(),
            ("revision", revision.to_string().into()),
            ("state", state.into()),
            ("how", how.into()),
        ],
    )
}

/// Describes a slot: "KPI-R1 2028", "KPI-R2 2028 Q3 (sex=female)".
pub fn slot_label(indicator: &str, year: i32, quarter: Option<i32>, disaggregation: &str) -> String {
    let mut s = format!("{indicator} {year}");
    if let Some(q) = quarter {
        s.push_str(&format!(" Q{q}"));
    }
    if !disaggregation.is_empty() {
        s.push_str(&format!(" ({disaggregation})"));
    }
    s
}

/// One new value (revision 1) ready to store, owning all it needs: see [`check_free`] and [`insert_one`].
#[derive(Debug, Clone)]
pub struct NewValue {
    /// The row.
    pub row: measurements::ActiveModel,
    /// Its dimension values.
    pub dimension_value_ids: Vec<i32>,
    /// The slot, as [`slot_label`] describes it.
    pub label: String,
}

impl NewValue {
    /// The new value of `e`, entered as `stamp` says.
    pub fn of(e: &Entry<'_>, stamp: Stamp) -> Self {
        NewValue {
            row: active(e, stamp),
            dimension_value_ids: e.dimension_value_ids.clone(),
            label: slot_label(&e.indicator.code, e.year, e.quarter, &e.disaggregation),
        }
    }
}

/// Refuses with 409 when the slot of `e` already has a value, naming it and how to change it.
pub async fn check_free(db: &impl ConnectionTrait, e: &Entry<'_>) -> Result<(), AppError> {
    let existing = slot_rows(db, e.indicator.id, e.year, e.quarter, &e.disaggregation).await?;
    match existing.last() {
        Some(last) => Err(AppError::conflict(occupied_message(
            &slot_label(&e.indicator.code, e.year, e.quarter, &e.disaggregation),
            last.id,
            last.revision,
            &last.state,
        ))),
        None => Ok(()),
    }
}

/// Stores one new value and its dimension rows, or returns None, storing nothing, when its slot already
/// has a value: the slot's unique index decides, in the insert itself (`ON CONFLICT DO NOTHING`), so the
/// check costs no statement of its own and leaves the transaction usable on PostgreSQL.
pub async fn insert_one(db: &impl ConnectionTrait, new: &NewValue) -> Result<Option<measurements::Model>, AppError> {
    let row = match measurements::Entity::insert(new.row.clone())
        .on_conflict(OnConflict::new().do_nothing().to_owned())
        .exec_with_returning(db)
        .await
    {
        Ok(r) => r,
        // No row came back: the slot was taken (sea-orm names it either way, by backend and version).
        Err(DbErr::RecordNotInserted | DbErr::RecordNotFound(_)) => return Ok(None),
        Err(err) => return Err(err.into()),
    };
    insert_dimensions(db, row.id, &new.dimension_value_ids).await?;
    Ok(Some(row))
}

/// Like [`insert_one`], and only where `guard` holds (e.g. [`crate::models::periods::not_locked`]), in
/// the same statement (`INSERT … SELECT … WHERE guard ON CONFLICT DO NOTHING RETURNING *`): None, storing
/// nothing, when the guard fails or the slot is taken, which the caller tells apart.
pub async fn insert_one_if(
    db: &impl ConnectionTrait,
    new: &NewValue,
    guard: sea_orm::sea_query::SimpleExpr,
) -> Result<Option<measurements::Model>, AppError> {
    use sea_orm::FromQueryResult;
    let stmt = db.get_database_backend().build(&guarded_insert(new, guard)?);
    let Some(row) = measurements::Model::find_by_statement(stmt).one(db).await? else {
        return Ok(None);
    };
    insert_dimensions(db, row.id, &new.dimension_value_ids).await?;
    Ok(Some(row))
}

/// `INSERT … SELECT … WHERE guard ON CONFLICT DO NOTHING RETURNING *` of `new`'s row.
fn guarded_insert(
    new: &NewValue,
    guard: sea_orm::sea_query::SimpleExpr,
) -> Result<sea_orm::sea_query::InsertStatement, AppError> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ActiveModelTrait, Iterable};
    let (columns, values): (Vec<_>, Vec<_>) = measurements::Column::iter()
        .filter_map(|c| match new.row.get(c) {
            sea_orm::ActiveValue::Set(v) => Some((c, Expr::val(v))),
            _ => None,
        })
        .unzip();
    let select = Query::select().exprs(values).and_where(guard).to_owned();
    let mut q = Query::insert();
    q.into_table(measurements::Entity)
        .columns(columns)
        .select_from(select)
        .map_err(|e| AppError::Internal(format!("guarded insert: {e}")))?
        .on_conflict(OnConflict::new().do_nothing().to_owned())
        .returning_all();
    Ok(q)
}

/// PostgreSQL: [`insert_one_if`] with its dimension rows and `audit` (the entry of its creation, see
/// [`crate::models::audit::append_for_row`]) as one statement, for
/// [`crate::models::transactions::Writer::statement`]: it stores all of them or nothing, and returns
/// the new row, or no row when `guard` fails or the slot is taken.
pub fn insert_one_audited(
    new: &NewValue,
    guard: sea_orm::sea_query::SimpleExpr,
    audit: crate::entities::audit_log::ActiveModel,
) -> Result<sea_orm::Statement, AppError> {
    use crate::models::transactions::part;
    use sea_orm::sea_query::{Alias, Asterisk, Expr, WithClause};
    let mut with = WithClause::new();
    with.cte(part("new_row", guarded_insert(new, guard)?));
    for (i, &value_id) in new.dimension_value_ids.iter().enumerate() {
        let select = Query::select()
            .expr(Expr::col((Alias::new("new_row"), measurements::Column::Id)))
            .expr(Expr::val(value_id))
            .from(Alias::new("new_row"))
            .to_owned();
        let mut link = Query::insert();
        link.into_table(measurement_dimensions::Entity)
            .columns([
                measurement_dimensions::Column::MeasurementId,
                measurement_dimensions::Column::DimensionValueId,
            ])
            .select_from(select)
            .map_err(|e| AppError::Internal(format!("dimension link: {e}")))?;
        with.cte(part(&format!("dimension_{i}"), link));
    }
    let audit = crate::models::audit::append_for_row(audit, "new_row", true)?;
    with.cte(part("audit_entry", audit));
    let q = with.query(Query::select().column(Asterisk).from(Alias::new("new_row")).to_owned());
    Ok(sea_orm::DbBackend::Postgres.build(&q))
}

/// Links a measurement to its dimension values.
pub async fn insert_dimensions(db: &impl ConnectionTrait, measurement_id: i32, value_ids: &[i32]) -> Result<(), DbErr> {
    if value_ids.is_empty() {
        return Ok(());
    }
    measurement_dimensions::Entity::insert_many(value_ids.iter().map(|&v| measurement_dimensions::ActiveModel {
        measurement_id: Set(measurement_id),
        dimension_value_id: Set(v),
    }))
    .on_conflict(
        OnConflict::columns([
            measurement_dimensions::Column::MeasurementId,
            measurement_dimensions::Column::DimensionValueId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The slot of a row: indicator, year, quarter, disaggregation.
pub type SlotKey = (i32, i32, Option<i32>, String);

/// id, indicator id, year, quarter, disaggregation, revision, state.
type SlotRow = (i32, i32, i32, Option<i32>, String, i32, String);

/// The latest revision (id, revision, state) of every filled slot of the given indicators.
pub async fn filled_slots(
    db: &impl ConnectionTrait,
    indicator_ids: &[i32],
) -> Result<HashMap<SlotKey, (i32, i32, String)>, DbErr> {
    let mut out: HashMap<SlotKey, (i32, i32, String)> = HashMap::new();
    for chunk in indicator_ids.chunks(BATCH) {
        let rows: Vec<SlotRow> = measurements::Entity::find()
            .select_only()
            .columns([
                measurements::Column::Id,
                measurements::Column::IndicatorId,
                measurements::Column::Year,
                measurements::Column::Quarter,
                measurements::Column::Disaggregation,
                measurements::Column::Revision,
                measurements::Column::State,
            ])
            .filter(measurements::Column::IndicatorId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        for (id, ind, y, q, d, rev, state) in rows {
            let e = out.entry((ind, y, q, d)).or_insert((id, rev, state.clone()));
            if rev > e.1 {
                *e = (id, rev, state);
            }
        }
    }
    Ok(out)
}

/// How many rows one [`insert_batch`] takes on `backend`: [`PG_BATCH`] on PostgreSQL (one array per
/// column), [`BATCH`] elsewhere (one multi-row `INSERT`).
pub fn batch_rows(backend: sea_orm::DbBackend) -> usize {
    if backend == sea_orm::DbBackend::Postgres {
        PG_BATCH
    } else {
        BATCH
    }
}

/// Inserts one batch of new values (at most [`batch_rows`]) in one statement, then their dimension
/// rows. Returns the new ids in the order of `entries`. Run it inside the import's transaction: all or
/// nothing.
pub async fn insert_batch(db: &impl ConnectionTrait, entries: &[Entry<'_>], stamp: Stamp) -> Result<Vec<i32>, DbErr> {
    let by_slot = if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        insert_rows_pg(db, entries, stamp).await?
    } else {
        insert_rows(db, entries, stamp).await?
    };
    let mut ids = Vec::with_capacity(entries.len());
    let mut links = Vec::new();
    for e in entries {
        let key = (e.indicator.id, e.year, e.quarter, e.disaggregation.clone());
        let id = *by_slot
            .get(&key)
            .ok_or_else(|| DbErr::Custom(format!("inserted row for {key:?} not returned")))?;
        ids.push(id);
        links.extend(e.dimension_value_ids.iter().map(|&v| (id, v)));
    }
    insert_links(db, &links).await?;
    Ok(ids)
}

/// The columns a new row fills: first those of [`varying`], then those of [`stamped`].
const INSERTED: [measurements::Column; 21] = {
    use measurements::Column as C;
    [
        C::IndicatorId,
        C::Year,
        C::Quarter,
        C::Disaggregation,
        C::Value,
        C::Numerator,
        C::Denominator,
        C::Narrative,
        C::EvidenceUrl,
        C::Quality,
        C::State,
        C::Revision,
        C::EnteredBy,
        C::EnteredAt,
        C::SubmittedBy,
        C::SubmittedAt,
        C::ReviewNote,
        C::Provenance,
        C::Version,
        C::CreatedAt,
        C::UpdatedAt,
    ]
};

/// How many of [`INSERTED`] vary from row to row ([`varying`]); the stamp decides the rest ([`stamped`]).
const VARYING: usize = 10;

/// The values of one new row that vary from row to row: the first [`VARYING`] of [`INSERTED`].
fn varying(e: &Entry<'_>) -> [sea_orm::Value; VARYING] {
    [
        e.indicator.id.into(),
        e.year.into(),
        e.quarter.into(),
        e.disaggregation.as_str().into(),
        e.figures.value.0.into(),
        e.figures.numerator.map(|f| f.0).into(),
        e.figures.denominator.map(|f| f.0).into(),
        e.narrative.as_str().into(),
        e.evidence_url.as_str().into(),
        e.quality.as_str().into(),
    ]
}

/// The values of a new row (revision 1) that the import's stamp decides, the same for every row: the
/// rest of [`INSERTED`].
fn stamped(stamp: Stamp) -> [sea_orm::Value; INSERTED.len() - VARYING] {
    [
        if stamp.submit { "submitted" } else { "draft" }.into(),
        1.into(),
        stamp.user.into(),
        stamp.at.into(),
        stamp.submit.then_some(stamp.user).flatten().into(),
        stamp.submit.then_some(stamp.at).into(),
        "".into(),
        "entered".into(),
        1.into(),
        stamp.at.into(),
        stamp.at.into(),
    ]
}

/// Inserts one batch of rows in a single statement; returns the new id of each slot.
async fn insert_rows(
    db: &impl ConnectionTrait,
    chunk: &[Entry<'_>],
    stamp: Stamp,
) -> Result<HashMap<SlotKey, i32>, DbErr> {
    use measurements::Column as C;
    let mut q = Query::insert();
    q.into_table(measurements::Entity).columns(INSERTED);
    for e in chunk {
        q.values_panic(varying(e).into_iter().chain(stamped(stamp)).map(Into::into));
    }
    // RETURNING gives no order guarantee on SQLite, so rows are matched back by their slot, which
    // is unique for revision 1 (the unique index on the slot).
    q.returning(Query::returning().columns([C::Id, C::IndicatorId, C::Year, C::Quarter, C::Disaggregation]));
    ids_by_slot(db.query_all(&q).await?)
}

/// The new id of each slot, from rows returning id, indicator_id, year, quarter and disaggregation.
fn ids_by_slot(rows: Vec<sea_orm::QueryResult>) -> Result<HashMap<SlotKey, i32>, DbErr> {
    let mut by_slot: HashMap<SlotKey, i32> = HashMap::with_capacity(rows.len());
    for r in rows {
        let key = (
            r.try_get::<i32>("", "indicator_id")?,
            r.try_get::<i32>("", "year")?,
            r.try_get::<Option<i32>>("", "quarter")?,
            r.try_get::<String>("", "disaggregation")?,
        );
        by_slot.insert(key, r.try_get::<i32>("", "id")?);
    }
    Ok(by_slot)
}

/// Rows per INSERT statement on PostgreSQL, where a batch is one array per column ([`insert_rows_pg`]).
const PG_BATCH: usize = 10_000;

/// On PostgreSQL, inserts one batch of rows as one statement with one array parameter per column that
/// varies (`unnest`) and each of the stamp's values once: 21 parameters for up to 10,000 rows instead of
/// 21 per row, and the server parses each array as `COPY` reads its text. Returns the new id of each slot.
async fn insert_rows_pg(
    db: &impl ConnectionTrait,
    chunk: &[Entry<'_>],
    stamp: Stamp,
) -> Result<HashMap<SlotKey, i32>, DbErr> {
    let ints = |f: &dyn Fn(&Entry<'_>) -> Option<i64>| pg_array(chunk.iter().map(|e| f(e).map(PgElement::Int)));
    let texts =
        |f: &dyn for<'e> Fn(&'e Entry<'e>) -> &'e str| pg_array(chunk.iter().map(|e| Some(PgElement::Text(f(e)))));
    let mut values: Vec<sea_orm::Value> = vec![
        ints(&|e| Some(e.indicator.id.into())).into(),
        ints(&|e| Some(e.year.into())).into(),
        ints(&|e| e.quarter.map(Into::into)).into(),
        texts(&|e| &e.disaggregation).into(),
        ints(&|e| Some(e.figures.value.0)).into(),
        ints(&|e| e.figures.numerator.map(|f| f.0)).into(),
        ints(&|e| e.figures.denominator.map(|f| f.0)).into(),
        texts(&|e| &e.narrative).into(),
        texts(&|e| &e.evidence_url).into(),
        texts(&|e| &e.quality).into(),
    ];
    // The arrays above are the first VARYING columns, in the order of `varying`; the stamp's values
    // are bound once each.
    values.extend(stamped(stamp));
    let columns: Vec<&str> = INSERTED.iter().map(IdenStatic::as_str).collect();
    let once: Vec<String> = (VARYING + 1..=INSERTED.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO measurements ({}) \
         SELECT u.i, u.y, u.q, u.d, u.v, u.n, u.dn, u.na, u.ev, u.qu, {} \
         FROM unnest($1::int4[], $2::int4[], $3::int4[], $4::text[], $5::int8[], $6::int8[], $7::int8[], \
         $8::text[], $9::text[], $10::text[]) AS u (i, y, q, d, v, n, dn, na, ev, qu) \
         RETURNING id, indicator_id, year, quarter, disaggregation",
        columns.join(", "),
        once.join(", ")
    );
    let rows = db
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            sql,
            values,
        ))
        .await?;
    ids_by_slot(rows)
}

/// An element of a PostgreSQL array literal.
enum PgElement<'a> {
    Int(i64),
    Text(&'a str),
}

/// The text of a PostgreSQL array (`{1,NULL,"a \"b\""}`): every text quoted, with `"` and `\` escaped,
/// so any narrative passes unchanged; absent elements are NULL.
fn pg_array<'a>(items: impl Iterator<Item = Option<PgElement<'a>>>) -> String {
    use std::fmt::Write;
    let mut out = String::from("{");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        match item {
            None => out.push_str("NULL"),
            Some(PgElement::Int(n)) => {
                let _ = write!(out, "{n}");
            }
            Some(PgElement::Text(t)) => {
                out.push('"');
                for c in t.chars() {
                    if c == '"' || c == '\\' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('"');
            }
        }
    }
    out.push('}');
    out
}

/// Inserts (measurement id, dimension value id) links in multi-row statements.
async fn insert_links(db: &impl ConnectionTrait, links: &[(i32, i32)]) -> Result<(), DbErr> {
    for part in links.chunks(BATCH * 4) {
        let mut q = Query::insert();
        q.into_table(measurement_dimensions::Entity).columns([
            measurement_dimensions::Column::MeasurementId,
            measurement_dimensions::Column::DimensionValueId,
        ]);
        for &(m, v) in part {
            q.values_panic([m.into(), v.into()]);
        }
        db.execute(&q).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{PgElement, pg_array};

    #[test]
    fn a_postgres_array_quotes_every_text_and_escapes_quotes_and_backslashes() {
        let texts = [
            Some(PgElement::Text(r#"say "hi" \ {x}, y"#)),
            None,
            Some(PgElement::Text("")),
        ];
        assert_eq!(pg_array(texts.into_iter()), r#"{"say \"hi\" \\ {x}, y",NULL,""}"#);
        let ints = [Some(PgElement::Int(-5)), None, Some(PgElement::Int(20_000))];
        assert_eq!(pg_array(ints.into_iter()), "{-5,NULL,20000}");
    }
}
