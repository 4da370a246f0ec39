//! `stratrack backup`, `restore` and `verify-runs` with the built binary: a backup restores into an empty
//! database on either backend with every row and every frozen report run intact; a database that is not
//! empty and a backup of a newer schema are refused, untouched; a backup taken while the server writes is
//! one consistent moment. Also `bench-data` on both backends: whole counts that the import takes back.

use crate::both_backends;
use crate::helpers::template::PgDatabase;
use crate::helpers::{Backend, TestApp, run_binary};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// Runs the binary on `url`, logging errors only and without backtraces; returns success and stdout + stderr.
pub fn stratrack(url: &str, args: &[&str]) -> (bool, String) {
    run_binary(url, args, &[("RUST_LOG", "error"), ("RUST_BACKTRACE", "0")])
}

/// A database that was never migrated, to restore into (a PostgreSQL one is dropped with this value).
pub struct Fresh {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    _pg: Option<PgDatabase>,
}

impl Fresh {
    pub async fn new(backend: Backend) -> Fresh {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("restored.db").display());
                Fresh {
                    url,
                    _dir: Some(dir),
                    _pg: None,
                }
            }
            Backend::Postgres => {
                let db = PgDatabase::create("r", None).await.expect("PostgreSQL reachable");
                Fresh {
                    url: db.url(),
                    _dir: None,
                    _pg: Some(db),
                }
            }
        }
    }
}

/// A backup file's tables: columns and rows by table name.
type Tables = BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)>;

fn read_backup(path: &Path) -> (Value, Tables) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap());
    let header = lines.next().unwrap();
    let mut tables = Tables::new();
    let mut current = String::new();
    for v in lines {
        if let Some(rows) = v.as_array() {
            tables.get_mut(&current).unwrap().1.push(rows.clone());
        } else if let Some(t) = v["table"].as_str() {
            current = t.to_owned();
            let columns = serde_json::from_value(v["columns"].clone()).unwrap();
            tables.insert(current.clone(), (columns, Vec::new()));
        }
    }
    (header, tables)
}

/// The rows of every table but the data version counter, which a restore raises on purpose.
fn data(tables: &Tables) -> Tables {
    let mut t = tables.clone();
    t.remove("data_version");
    t
}

/// [`data`] with every time cut to whole microseconds: PostgreSQL keeps no finer time than that, SQLite
/// keeps nanoseconds.
fn to_micros(tables: &Tables) -> Tables {
    let mut t = data(tables);
    for (_, rows) in t.values_mut() {
        for cell in rows.iter_mut().flatten() {
            if let Some(at) = cell.as_str().and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok()) {
                use chrono::SubsecRound;
                *cell = json!(
                    at.trunc_subsecs(6)
                        .to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
                );
            }
        }
    }
    t
}

/// Rows of `table` whose `column` satisfies `f`.
fn count_where(tables: &Tables, table: &str, column: &str, f: impl Fn(&Value) -> bool) -> usize {
    let (cols, rows) = &tables[table];
    let i = cols.iter().position(|c| c == column).unwrap();
    rows.iter().filter(|r| f(&r[i])).count()
}

/// A seeded database with a frozen report run, an edited value and a new risk: rows in every kind of
/// column (binary report files, times, dates, booleans, audit rows).
async fn filled(backend: Backend) -> Option<TestApp> {
    let app = TestApp::seeded(backend).await?;
    crate::reports::freeze(&app).await;
    crate::measurements::draft(&app, &app.tokens.planner_br, "KPI-R4", 2029, "560").await;
    let (s, r) = app
        .call(
            "POST",
            "/api/v1/plans/SP2028-2031/risks",
            Some(&app.tokens.admin),
            Some(risk("B-1")),
        )
        .await;
    assert_eq!(s, axum::http::StatusCode::CREATED, "{r}");
    Some(app)
}

fn risk(code: &str) -> Value {
    json!({"code": code, "title": "Backup test risk", "description": "d", "category": "operational",
        "likelihood": 2, "impact": 3, "mitigation": "m", "owner": "BR"})
}

both_backends! {
    async fn a_backup_restores_into_an_empty_database_with_every_row_and_report_run_intact(backend: Backend) {
        let Some(app) = filled(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let (first, second) = (dir.path().join("a.backup"), dir.path().join("b.backup"));
        let (ok, text) = stratrack(&app.url, &["backup", "--out", first.to_str().unwrap()]);
        assert!(ok, "{text}");
        assert!(!dir.path().join("a.backup.partial").exists(), "no partial file is left behind");

        let target = Fresh::new(backend).await;
        let (ok, text) = stratrack(&target.url, &["restore", first.to_str().unwrap()]);
        assert!(ok, "{text}");
        assert!(text.contains("1 report runs verified byte-identical"), "{text}");
        let (ok, text) = stratrack(&target.url, &["verify-runs"]);
        assert!(ok && text.contains("every one identical"), "{text}");

        // A backup of the restored database holds exactly the same rows.
        let (ok, text) = stratrack(&target.url, &["backup", "--out", second.to_str().unwrap()]);
        assert!(ok, "{text}");
        let (header, before) = read_backup(&first);
        let (_, after) = read_backup(&second);
        assert_eq!(data(&before), data(&after));
        assert_eq!(header["migrations"].as_array().unwrap().len(), stratrack::models::backup::known_migrations().len());
        assert!(count_where(&before, "report_files", "content", |v| v.as_str().is_some_and(|s| s.len() > 100)) > 10);
        assert_eq!(count_where(&before, "risks", "code", |v| v == "B-1"), 1);

        // The restored database serves: the frozen run is rebuilt byte for byte by the report command.
        let out = dir.path().join("run");
        let (ok, text) = stratrack(&target.url, &["report", "--run", "1", "--out", out.to_str().unwrap()]);
        assert!(ok && text.contains("identical"), "{text}");
    }
}

#[test]
fn a_backup_made_on_one_backend_restores_on_the_other() {
    crate::helpers::block_on(async {
        for (from, to) in [
            (Backend::Sqlite, Backend::Postgres),
            (Backend::Postgres, Backend::Sqlite),
        ] {
            let Some(app) = filled(from).await else { return };
            let dir = tempfile::tempdir().unwrap();
            let (first, second) = (dir.path().join("a.backup"), dir.path().join("b.backup"));
            let (ok, text) = stratrack(&app.url, &["backup", "--out", first.to_str().unwrap()]);
            assert!(ok, "{text}");
            let target = Fresh::new(to).await;
            let (ok, text) = stratrack(&target.url, &["restore", first.to_str().unwrap()]);
            assert!(
                ok && text.contains("1 report runs verified byte-identical"),
                "{from:?} to {to:?}: {text}"
            );
            let (ok, text) = stratrack(&target.url, &["backup", "--out", second.to_str().unwrap()]);
            assert!(ok, "{text}");
            assert_eq!(
                to_micros(&read_backup(&first).1),
                to_micros(&read_backup(&second).1),
                "{from:?} to {to:?}"
            );
        }
    });
}

both_backends! {
    async fn restore_refuses_a_database_that_is_not_empty_and_changes_nothing(backend: Backend) {
        let Some(app) = filled(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.backup");
        let (ok, text) = stratrack(&app.url, &["backup", "--out", file.to_str().unwrap()]);
        assert!(ok, "{text}");
        // The helper's database: migrated, with five users and their tokens.
        let Some(other) = TestApp::empty(backend).await else { return };
        let (ok, text) = stratrack(&other.url, &["restore", file.to_str().unwrap()]);
        assert!(!ok, "{text}");
        assert!(text.contains("the database is not empty") && text.contains("rows"), "{text}");
        let (_, tables) = {
            let check = dir.path().join("check.backup");
            let (ok, text) = stratrack(&other.url, &["backup", "--out", check.to_str().unwrap()]);
            assert!(ok, "{text}");
            read_backup(&check)
        };
        assert_eq!(tables["users"].1.len(), 5, "the users are still the five");
        assert!(tables["plans"].1.is_empty() && tables["risks"].1.is_empty(), "nothing of the backup was loaded");
    }
}

both_backends! {
    async fn restore_refuses_a_backup_of_a_newer_schema_before_writing_anything(backend: Backend) {
        let Some(app) = filled(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.backup");
        let (ok, text) = stratrack(&app.url, &["backup", "--out", file.to_str().unwrap()]);
        assert!(ok, "{text}");
        let text = std::fs::read_to_string(&file).unwrap();
        let (first, rest) = text.split_once('\n').unwrap();
        let mut header: Value = serde_json::from_str(first).unwrap();
        header["migrations"].as_array_mut().unwrap().push(json!("m20991231_000000_from_the_future"));
        let newer = dir.path().join("newer.backup");
        std::fs::write(&newer, format!("{header}\n{rest}")).unwrap();

        let target = Fresh::new(backend).await;
        let (ok, out) = stratrack(&target.url, &["restore", newer.to_str().unwrap()]);
        assert!(!ok, "{out}");
        assert!(out.contains("newer schema") && out.contains("m20991231_000000_from_the_future"), "{out}");
        let db = stratrack::db::connect(&target.url).await.unwrap();
        assert!(stratrack::models::backup::schema::tables(&db).await.unwrap().is_empty(), "the database was not touched");
        db.close().await.ok();

        // A file cut short is refused too, and loads nothing.
        let cut = dir.path().join("cut.backup");
        std::fs::write(&cut, &text[..text.len() - 40]).unwrap();
        let (ok, out) = stratrack(&target.url, &["restore", cut.to_str().unwrap()]);
        assert!(!ok && out.contains("line "), "{out}");
        let db = stratrack::db::connect(&target.url).await.unwrap();
        let n = db.query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM plans")).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap();
        assert_eq!(n, 0, "a cut file loads nothing");
        db.close().await.ok();
    }
}

both_backends! {
    async fn a_backup_taken_while_risks_are_created_is_one_consistent_moment(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let app = std::sync::Arc::new(app);
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // Writes acknowledged so far: each backup starts only once the writer has been answered for a
        // write the previous backup did not hold, so on a loaded machine too the writes go on between
        // backups, and a backup that is one moment holds at least what was acknowledged before it began.
        let acked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let writer = {
            let (app, stop, acked) = (app.clone(), stop.clone(), acked.clone());
            tokio::spawn(async move {
                for i in 0..2_000 {
                    if stop.load(std::sync::atomic::Ordering::SeqCst) {
                        break;
                    }
                    let (s, r) = app.call("POST", "/api/v1/plans/SP2028-2031/risks", Some(&app.tokens.admin),
                        Some(risk(&format!("W-{i}")))).await;
                    assert_eq!(s, axum::http::StatusCode::CREATED, "{r}");
                    acked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                acked.load(std::sync::atomic::Ordering::SeqCst)
            })
        };
        let dir = tempfile::tempdir().unwrap();
        let mut seen: Vec<usize> = Vec::new();
        for k in 0..3 {
            let before = seen.last().copied().unwrap_or(0);
            while acked.load(std::sync::atomic::Ordering::SeqCst) <= before {
                assert!(!writer.is_finished(), "the writer stopped before backup {k}");
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            let at_start = acked.load(std::sync::atomic::Ordering::SeqCst);
            let file = dir.path().join(format!("{k}.backup"));
            let (url, path) = (app.url.clone(), file.to_str().unwrap().to_owned());
            let (ok, text) = tokio::task::spawn_blocking(move || stratrack(&url, &["backup", "--out", &path]))
                .await
                .unwrap();
            assert!(ok, "{text}");
            let (_, tables) = read_backup(&file);
            let risks = count_where(&tables, "risks", "code", |v| v.as_str().is_some_and(|c| c.starts_with("W-")));
            let (cols, rows) = &tables["audit_log"];
            let (ty, action) = (
                cols.iter().position(|c| c == "entity_type").unwrap(),
                cols.iter().position(|c| c == "action").unwrap(),
            );
            let audited = rows.iter().filter(|r| r[ty] == "risk" && r[action] == "create").count();
            assert_eq!(risks, audited, "backup {k}: every risk with its audit row, none without");
            assert!(risks >= at_start, "backup {k} holds {risks} risks, {at_start} were acknowledged before it began");
            seen.push(risks);
        }
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let acknowledged = writer.await.unwrap();
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "the writes went on during the backups: {seen:?}");
        assert!(acknowledged >= *seen.last().unwrap());
    }
}

both_backends! {
    async fn bench_data_writes_whole_counts_that_the_import_takes_back(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let (ok, text) = stratrack(&app.url, &["bench-data", "--indicators", "25", "--years", "2",
            "--disaggregations", "4", "--plan", "BX"]);
        assert!(ok, "{text}");
        assert!(text.contains("25 indicators, 250 approved measurements"), "{text}");
        let fraction = |sql: &str| {
            let sql = sql.to_owned();
            let db = &app.db;
            async move {
                db.query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(), sql))
                    .await.unwrap().unwrap().try_get::<i64>("", "n").unwrap()
            }
        };
        assert_eq!(fraction("SELECT COUNT(*) AS n FROM measurements m JOIN indicators i ON i.id = m.indicator_id \
            WHERE i.unit = 'count' AND m.value % 10000 <> 0").await, 0, "no count value has a fraction");
        assert_eq!(fraction("SELECT COUNT(*) AS n FROM indicators WHERE unit = 'count' \
            AND (target_value % 10000 <> 0 OR baseline_value % 10000 <> 0)").await, 0);
        assert!(fraction("SELECT COUNT(*) AS n FROM measurements m JOIN indicators i ON i.id = m.indicator_id \
            WHERE i.unit = 'count'").await > 0, "the plan has count indicators");
        // Exported, the second year's values go through the import's checks into a database that has the
        // same plan without them.
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("bx.csv");
        let (ok, text) = stratrack(&app.url, &["export", "--plan", "BX", "--year", "2029", "--out", csv.to_str().unwrap()]);
        assert!(ok, "{text}");
        let target = Fresh::new(backend).await;
        let (ok, text) = stratrack(&target.url, &["bench-data", "--indicators", "25", "--years", "1",
            "--disaggregations", "4", "--plan", "BX"]);
        assert!(ok, "{text}");
        let (ok, text) = stratrack(&target.url, &["import", csv.to_str().unwrap(), "--plan", "BX"]);
        assert!(ok, "the import accepts bench-data's values: {text}");
        assert!(text.contains("Imported 125 measurements"), "{text}");
    }
}
