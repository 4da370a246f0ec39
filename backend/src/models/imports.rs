//! Bulk import of measurements from CSV or an `.xlsx` workbook, all or nothing.
//!
//! The format is told by the content: a file starting with the zip signature `PK\x03\x04` is a
//! workbook ([`xlsx_file`]), anything else is CSV ([`csv_file`]). Either way the header is checked by
//! the one header check and every row becomes the same [`entry::RawEntry`], checked by the one
//! [`RowCheck`]. The file is decoded and its header checked; its rows are read and validated one at a
//! time against preloaded lookups (indicators, dimension values, filled slots, locked years) with the
//! same rules as a single entry, and inserted in multi-row batches in one transaction, each batch while
//! the next is checked ([`store_rows`]). On any error nothing is stored and the bad rows are reported with their line, column and reason: the
//! first [`limits::IMPORT_PROBLEMS`], then the count of the rest. Once a row is bad, valid rows are no
//! longer kept, so a large bad file is checked in bounded memory.

pub mod csv_file;
pub mod template;
pub mod xlsx_file;

use crate::auth::Actor;
use crate::error::FieldError;
use crate::limits;
use crate::models::measurements::catalog::Catalog;
use crate::models::measurements::entry::{self, Entry};
use crate::models::measurements::store::{self, SlotKey, Stamp};
use crate::models::{audit, transactions};
use crate::policy::{Action, authorize};
use sea_orm::{DatabaseConnection, DbErr};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Read;

/// The columns the import takes, in the order the export writes them. Besides these, a column named
/// after a dimension (`sex`, `region`) may hold that dimension's value code instead of `disaggregation`.
pub const COLUMNS: &[&str] = &[
    "plan_code",
    "indicator_code",
    "year",
    "quarter",
    "disaggregation",
    "value",
    "numerator",
    "denominator",
    "quality",
    "narrative",
    "evidence_url",
];

/// Columns a template carries for the person filling it in, which the import accepts and ignores: what
/// is typed there is never stored.
pub const INFORMATIONAL: &[&str] = &["indicator_name", "unit_of_measure", "expected_value"];

/// The cells of a row that say what is entered. A row with none of them filled is a template row left
/// blank, and is skipped rather than refused.
pub const ENTRY_CELLS: &str = "value, numerator, denominator, quality, narrative, evidence_url";

/// One problem of an import: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Line in the file (the header is line 1).
    pub line: u64,
    /// Column name ("" when the whole line or file is concerned).
    pub column: String,
    /// What is wrong, in English.
    pub reason: String,
    /// The same reason as a message of the interface, when the domain said it as one: the pages give
    /// it in the reader's language ([`crate::error::FieldError::said`]).
    pub said: Option<crate::error::Said>,
}

impl RowError {
    /// A problem at `line` and `column` ("" for the whole line) for `reason`, English or said.
    pub fn new(line: u64, column: impl Into<String>, reason: impl Into<crate::error::Reason>) -> Self {
        let FieldError { reason, said, .. } = FieldError::new(String::new(), reason);
        RowError {
            line,
            column: column.into(),
            reason,
            said,
        }
    }

    /// The reason in `lang`: the message in that language when the domain said it as one, else the
    /// English.
    pub fn reason_in(&self, lang: stratrack_i18n::Lang) -> String {
        crate::error::Said::or_english(self.said.as_ref(), &self.reason, lang)
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "line {}: {}", self.line, self.reason)
        } else {
            write!(f, "line {}, column {}: {}", self.line, self.column, self.reason)
        }
    }
}

impl From<&RowError> for FieldError {
    fn from(e: &RowError) -> Self {
        FieldError {
            field: if e.column.is_empty() {
                format!("line {}", e.line)
            } else {
                format!("line {}, column {}", e.line, e.column)
            },
            reason: e.reason.clone(),
            said: e.said.clone(),
        }
    }
}

/// The problems of a file, in line order: the first [`limits::IMPORT_PROBLEMS`] listed, the rest counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// The sheet read, when the file is a workbook: lines are then its row numbers and columns are
    /// named by letter and name, `C (value)`.
    pub sheet: Option<String>,
    /// The problems listed.
    pub listed: Vec<RowError>,
    /// How many more were found.
    pub more: u64,
    /// The line of the first problem not listed.
    first_unlisted: u64,
}

impl Problems {
    /// Records a problem (or only counts it once the list is full).
    pub fn push(&mut self, e: RowError) {
        if self.listed.len() < limits::IMPORT_PROBLEMS {
            self.listed.push(e);
        } else {
            if self.more == 0 {
                self.first_unlisted = e.line;
            }
            self.more += 1;
        }
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// Every problem found, listed or not.
    pub fn total(&self) -> u64 {
        self.listed.len() as u64 + self.more
    }

    /// Where `e` is, as the file names it: `line 3, column value` in a CSV file, `sheet Values, row 7,
    /// column C (value)` in a workbook.
    pub fn place(&self, e: &RowError) -> String {
        match (&self.sheet, e.column.is_empty()) {
            (None, _) => FieldError::from(e).field,
            (Some(s), true) => format!("sheet {s}, row {}", e.line),
            (Some(s), false) => format!("sheet {s}, row {}, column {}", e.line, e.column),
        }
    }

    /// The problems (see [`Problems::into_rows`]) as field errors, each named by its [`Problems::place`].
    pub fn into_fields(self) -> Vec<FieldError> {
        let sheet = Problems {
            sheet: self.sheet.clone(),
            ..Problems::default()
        };
        self.into_rows()
            .iter()
            .map(|e| FieldError {
                field: sheet.place(e),
                reason: e.reason.clone(),
                said: e.said.clone(),
            })
            .collect()
    }

    /// The listed problems, and when some were not listed a last one saying how many and from which
    /// line on.
    pub fn into_rows(self) -> Vec<RowError> {
        let mut rows = self.listed;
        if self.more > 0 {
            rows.push(RowError::new(
                self.first_unlisted,
                "",
                crate::error::Said::new(
                    "said-import-more",
                    [("count", i64::try_from(self.more).unwrap_or(i64::MAX).into())],
                ),
            ));
        }
        rows
    }
}

impl From<Vec<RowError>> for Problems {
    fn from(errors: Vec<RowError>) -> Self {
        let mut p = Problems::default();
        errors.into_iter().for_each(|e| p.push(e));
        p
    }
}

/// Why an import stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file or some rows are invalid.
    #[error("{} problem(s) in the file; nothing was imported", .0.total())]
    Rows(Problems),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// Anything else (e.g. an audit write).
    #[error("{0}")]
    Other(String),
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Plan of rows without a `plan_code` cell (or when the file has no such column).
    pub default_plan: Option<String>,
    /// Submit the values for approval instead of leaving them as drafts.
    pub submit: bool,
}

/// What an import stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Imported {
    /// Rows stored.
    pub imported: usize,
    /// The state they were stored in: draft or submitted.
    pub state: String,
    /// Ids of the new values, as ranges such as `101-250`.
    pub ids: String,
}

/// Imports `bytes` as `actor` (None: the system, e.g. the CLI without `--as`; entered_by stays empty).
pub async fn import(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    bytes: &[u8],
    opts: &Options,
) -> Result<Imported, ImportError> {
    import_from(db, actor, bytes, opts).await
}

/// Imports the file read from `input` (e.g. an open file), streamed: the file is never held whole.
pub async fn import_from(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    input: impl Read,
    opts: &Options,
) -> Result<Imported, ImportError> {
    let watch = crate::metrics::ImportWatch::start();
    let (txn, turn) = transactions::begin_write(db).await?;
    let cat = Catalog::for_plans(&txn, None).await?;
    let ind_ids: Vec<i32> = cat.indicators.values().flat_map(|m| m.values().map(|i| i.id)).collect();
    let filled = store::filled_slots(&txn, &ind_ids).await?;
    let stamp = Stamp {
        user: actor.map(|a| a.id),
        at: chrono::Utc::now().into(),
        submit: opts.submit,
    };
    let mut hasher = Sha256::new();
    let (stored, format) = {
        let mut hashed = Hashed {
            inner: input,
            hasher: &mut hasher,
        };
        let mut source = Source::open(&mut hashed, &cat, opts.default_plan.as_deref())?;
        let format = source.format();
        let check = RowCheck {
            cat: &cat,
            filled: &filled,
            actor,
            default_plan: opts.default_plan.as_deref(),
            seen: HashMap::new(),
            allowed: HashMap::new(),
        };
        (store_rows(&txn, check, &mut source, stamp).await?, format)
    };
    let ids = stored.ids;
    if opts.submit {
        notify_office(&txn, actor, &stored.per_unit).await?;
    }
    let result = Imported {
        imported: ids.len(),
        state: if opts.submit { "submitted" } else { "draft" }.into(),
        ids: ranges(&ids),
    };
    let digest = hex::encode(hasher.finalize());
    let after =
        serde_json::json!({"imported": result.imported, "state": result.state, "ids": result.ids, "sha256": digest});
    let reason = format!("{format} import of {} rows", result.imported);
    audit::record(
        &txn,
        actor,
        "import",
        "measurement",
        &result.ids,
        None,
        Some(&after),
        &reason,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    watch.stored(result.imported);
    Ok(result)
}

/// Tells the office, in the import's transaction, how many values of each unit were submitted
/// (`per_unit`: org unit id → values). (The import has no writer, so these notices are not mailed; they
/// show in the product.)
async fn notify_office(
    db: &impl sea_orm::ConnectionTrait,
    actor: Option<&Actor>,
    per_unit: &BTreeMap<i32, usize>,
) -> Result<(), DbErr> {
    let codes = crate::models::units::codes(db).await?;
    for (&unit, &count) in per_unit {
        let code = codes.get(&unit).map_or("?", String::as_str);
        crate::models::notifications::record::submitted_in_bulk(db, actor, unit, code, count).await?;
    }
    Ok(())
}

/// A reader that feeds every byte it passes on into a SHA-256, for the audit entry of the import.
struct Hashed<'h, R> {
    inner: R,
    hasher: &'h mut Sha256,
}

impl<R: Read> Read for Hashed<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// What [`store_rows`] stored: the new ids in the file's order, and how many values of each org unit.
#[derive(Default)]
struct Stored {
    ids: Vec<i32>,
    per_unit: BTreeMap<i32, usize>,
}

/// Rows checked between two chances for the batch being inserted to go on (see [`store_rows`]).
const ROWS_BETWEEN_YIELDS: usize = 256;

/// Reads, checks and stores every row of `file` in `txn`; returns what was stored, or the problems.
/// The rows are checked a batch at a time ([`store::batch_rows`]) and each batch is inserted while the
/// next is checked: the database works on one core while this process reads and checks on the other
/// (the check lets the insert go on every [`ROWS_BETWEEN_YIELDS`] rows), and at most two batches are
/// held. Once a row is bad no more rows are kept or inserted: nothing will be stored (the caller's
/// transaction is rolled back), and only the problems matter. A row with no entry cell filled (a
/// template row left blank) is skipped.
async fn store_rows<'a>(
    txn: &sea_orm::DatabaseTransaction,
    mut check: RowCheck<'a, '_>,
    file: &mut Source<impl Read>,
    stamp: Stamp,
) -> Result<Stored, ImportError> {
    use sea_orm::ConnectionTrait;
    let per_batch = store::batch_rows(txn.get_database_backend());
    let mut problems = Problems {
        sheet: file.sheet(),
        ..Problems::default()
    };
    let mut stored = Stored::default();
    let mut ready: Vec<Entry<'a>> = Vec::new();
    let mut rows = 0u64;
    let mut more = true;
    while more || !ready.is_empty() {
        let batch = std::mem::take(&mut ready);
        let insert = async move {
            if batch.is_empty() {
                Ok(Vec::new())
            } else {
                store::insert_batch(txn, &batch, stamp).await
            }
        };
        let next = async {
            let mut since_yield = 0;
            while more && ready.len() < per_batch {
                let Some((line, raw)) = file.next_row() else {
                    more = false;
                    break;
                };
                since_yield += 1;
                if since_yield == ROWS_BETWEEN_YIELDS {
                    since_yield = 0;
                    tokio::task::yield_now().await;
                }
                if raw.as_ref().is_ok_and(left_blank) {
                    continue;
                }
                rows += 1;
                match raw.and_then(|raw| check.row(line, &raw, |field| file.column_of(field))) {
                    Ok(e) if problems.is_empty() => {
                        *stored.per_unit.entry(e.indicator.owner_unit_id).or_default() += 1;
                        ready.push(e);
                    }
                    Ok(_) => {}
                    Err(errs) => {
                        errs.into_iter().for_each(|e| problems.push(e));
                        ready.clear();
                    }
                }
            }
        };
        let (ids, ()) = tokio::join!(insert, next);
        stored.ids.extend(ids?);
    }
    if rows == 0 {
        problems.push(csv_file::no_rows());
    }
    if problems.is_empty() {
        Ok(stored)
    } else {
        Err(ImportError::Rows(problems))
    }
}

/// Whether none of the cells that say what is entered ([`ENTRY_CELLS`]) is filled.
fn left_blank(raw: &entry::RawEntry) -> bool {
    raw.value.is_none()
        && raw.numerator.is_none()
        && raw.denominator.is_none()
        && raw.quality.is_none()
        && raw.narrative.trim().is_empty()
        && raw.evidence_url.trim().is_empty()
}

/// The zip signature every `.xlsx` workbook starts with.
const ZIP_MAGIC: &[u8; 4] = b"PK\x03\x04";
/// The signature of an Excel 97-2003 `.xls` workbook (an OLE compound file).
const OLE_MAGIC: &[u8; 4] = b"\xD0\xCF\x11\xE0";

/// An import file, CSV or workbook: its header checked, its rows read one at a time.
enum Source<R: Read> {
    /// A CSV file, streamed.
    Csv(csv_file::File<std::io::Chain<std::io::Cursor<Vec<u8>>, R>>),
    /// A workbook, read whole.
    Xlsx(xlsx_file::File),
}

impl<R: Read> Source<R> {
    /// Tells the format from the first bytes and opens the file; a workbook is read whole, up to the
    /// upload limit.
    fn open(mut input: R, cat: &Catalog, default_plan: Option<&str>) -> Result<Self, ImportError> {
        let mut head = Vec::with_capacity(4);
        (&mut input).take(4).read_to_end(&mut head).map_err(|e| {
            rows(
                None,
                csv_file::header_error(
                    "",
                    crate::error::Said::new("said-import-file-unreadable", [("detail", e.to_string().into())]),
                ),
            )
        })?;
        if head.as_slice() == OLE_MAGIC {
            return Err(rows(
                None,
                csv_file::header_error("", crate::error::Said::new("said-import-xls", [])),
            ));
        }
        if head.as_slice() != ZIP_MAGIC {
            let file = csv_file::open(std::io::Cursor::new(head).chain(input), cat, default_plan)
                .map_err(|e| ImportError::Rows(e.into()))?;
            return Ok(Source::Csv(file));
        }
        let max = crate::config::MAX_BODY_BYTES;
        let mut bytes = head;
        (&mut input)
            .take((max + 1 - bytes.len()) as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                rows(
                    None,
                    csv_file::header_error(
                        "",
                        crate::error::Said::new("said-import-workbook-unreadable", [("detail", e.to_string().into())]),
                    ),
                )
            })?;
        if bytes.len() > max {
            return Err(rows(
                None,
                csv_file::header_error(
                    "",
                    crate::error::Said::new(
                        "said-import-workbook-too-large",
                        [("max", i64::try_from(max >> 20).unwrap_or(i64::MAX).into())],
                    ),
                ),
            ));
        }
        match xlsx_file::open(bytes, cat, default_plan) {
            Ok(file) => Ok(Source::Xlsx(file)),
            Err((sheet, errs)) => {
                let mut p = Problems::from(errs);
                p.sheet = sheet;
                Err(ImportError::Rows(p))
            }
        }
    }

    /// `CSV` or `XLSX`, for the audit entry.
    fn format(&self) -> &'static str {
        match self {
            Source::Csv(_) => "CSV",
            Source::Xlsx(_) => "XLSX",
        }
    }

    /// The sheet read, for a workbook.
    fn sheet(&self) -> Option<String> {
        match self {
            Source::Csv(_) => None,
            Source::Xlsx(f) => Some(f.sheet.clone()),
        }
    }

    /// The next row with its line (CSV) or sheet row (workbook), or None after the last.
    fn next_row(&mut self) -> Option<(u64, Result<entry::RawEntry, Vec<RowError>>)> {
        match self {
            Source::Csv(f) => f.next_row().map(|(l, r)| (l, r.map_err(|e| vec![e]))),
            Source::Xlsx(f) => f.next_row(),
        }
    }

    /// The column a validation field is named by in this file.
    fn column_of(&self, field: &str) -> String {
        match self {
            Source::Csv(f) => f.column_of(field),
            Source::Xlsx(f) => f.column_of(field),
        }
    }
}

/// The problems of a file that cannot be read at all.
fn rows(sheet: Option<String>, e: RowError) -> ImportError {
    let mut p = Problems::from(vec![e]);
    p.sheet = sheet;
    ImportError::Rows(p)
}

/// What checking a row needs besides the row: the catalogue, the slots already filled, who imports,
/// and what the rows before it took.
struct RowCheck<'a, 'o> {
    cat: &'a Catalog,
    filled: &'o HashMap<SlotKey, (i32, i32, String)>,
    actor: Option<&'o Actor>,
    default_plan: Option<&'o str>,
    /// The line of each slot taken by an earlier row.
    seen: HashMap<SlotKey, u64>,
    /// Whether the importer may write each indicator seen so far.
    allowed: HashMap<i32, bool>,
}

impl<'a> RowCheck<'a, '_> {
    /// Checks the row on `line`: [`entry::validate`] (its fields named as the file's columns by
    /// `column_of`), then the importer's unit, the year's lock and the slot, free in the database and
    /// in the file.
    fn row(
        &mut self,
        line: u64,
        raw: &entry::RawEntry,
        column_of: impl Fn(&str) -> String,
    ) -> Result<Entry<'a>, Vec<RowError>> {
        let problem = |column: &str, reason: crate::error::Reason| {
            let f = FieldError::new(column, reason);
            vec![RowError {
                line,
                column: f.field,
                reason: f.reason,
                said: f.said,
            }]
        };
        let e = entry::validate(self.cat, raw, self.default_plan).map_err(|errs| {
            errs.into_iter()
                .map(|fe| RowError {
                    line,
                    column: column_of(&fe.field),
                    reason: fe.reason,
                    said: fe.said,
                })
                .collect::<Vec<_>>()
        })?;
        let actor = self.actor;
        let ok = *self.allowed.entry(e.indicator.id).or_insert_with(|| {
            actor.is_none_or(|a| authorize(a, Action::WriteUnit(e.indicator.owner_unit_id)).is_ok())
        });
        if !ok {
            return Err(problem(
                "indicator_code",
                crate::error::Said::new("said-import-other-unit", [("code", (&e.indicator.code).into())]).into(),
            ));
        }
        if let Some(msg) = self.cat.refusal(e.plan_id, e.year, e.indicator.owner_unit_id) {
            return Err(problem("year", msg));
        }
        let key: SlotKey = (e.indicator.id, e.year, e.quarter, e.disaggregation.clone());
        let label = || store::slot_label(&e.indicator.code, e.year, e.quarter, &e.disaggregation);
        if let Some((id, rev, state)) = self.filled.get(&key) {
            return Err(problem(
                "indicator_code",
                store::occupied_message(&label(), *id, *rev, state).into(),
            ));
        }
        if let Some(first) = self.seen.insert(key, line) {
            return Err(problem(
                "indicator_code",
                crate::error::Said::new(
                    "said-import-also-on-line",
                    [
                        ("slot", label().into()),
                        ("line", i64::try_from(first).unwrap_or(i64::MAX).into()),
                    ],
                )
                .into(),
            ));
        }
        Ok(e)
    }
}

/// Compact id ranges: `[1,2,3,7]` → `1-3,7`.
pub fn ranges(ids: &[i32]) -> String {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(line: u64) -> RowError {
        RowError {
            line,
            column: "value".into(),
            reason: "bad".into(),
            said: None,
        }
    }

    #[test]
    fn problems_beyond_the_first_thousand_are_counted_not_listed() {
        let mut p = Problems::default();
        (2..=5001).for_each(|l| p.push(problem(l)));
        assert_eq!(
            (p.listed.len(), p.more, p.total()),
            (limits::IMPORT_PROBLEMS, 4000, 5000)
        );
        let rows = p.into_rows();
        assert_eq!(rows.len(), limits::IMPORT_PROBLEMS + 1);
        let last = rows.last().unwrap();
        assert_eq!(last.line, 1002);
        assert!(last.reason.starts_with("and 4000 more problem(s)"), "{}", last.reason);
    }

    #[test]
    fn the_count_of_unlisted_problems_is_said_in_the_language_with_its_plural() {
        use stratrack_i18n::Lang;
        let last = |n: u64| {
            let mut p = Problems::default();
            (1..=limits::IMPORT_PROBLEMS as u64 + n).for_each(|l| p.push(problem(l)));
            p.into_rows().pop().unwrap()
        };
        let (one, few, many) = (last(1), last(3), last(5));
        assert_eq!(
            one.reason,
            "and 1 more problem(s) from this line on, not listed: fix the ones above and import again"
        );
        assert!(
            one.reason_in(Lang::Fr).starts_with("et 1 autre problème "),
            "{}",
            one.reason_in(Lang::Fr)
        );
        assert!(
            many.reason_in(Lang::Fr).starts_with("et 5 autres problèmes "),
            "{}",
            many.reason_in(Lang::Fr)
        );
        assert!(
            one.reason_in(Lang::Ru).starts_with("и ещё 1 проблема "),
            "{}",
            one.reason_in(Lang::Ru)
        );
        assert!(
            few.reason_in(Lang::Ru).starts_with("и ещё 3 проблемы "),
            "{}",
            few.reason_in(Lang::Ru)
        );
        assert!(
            many.reason_in(Lang::Ru).starts_with("и ещё 5 проблем "),
            "{}",
            many.reason_in(Lang::Ru)
        );
        assert!(
            few.reason_in(Lang::Ar).starts_with("و3 مشكلات أخرى"),
            "{}",
            few.reason_in(Lang::Ar)
        );
        assert!(
            one.reason_in(Lang::Ar).starts_with("ومشكلة أخرى واحدة"),
            "{}",
            one.reason_in(Lang::Ar)
        );
    }

    #[test]
    fn ids_are_summarised_as_ranges() {
        assert_eq!(ranges(&[3, 1, 2, 7, 9, 10]), "1-3,7,9-10");
        assert_eq!(ranges(&[]), "");
    }
}
