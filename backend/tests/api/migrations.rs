//! Every migration goes up, down and up again on both backends.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use migration::{Migrator, MigratorTrait};

/// The tables the data model needs, besides the migrations' own bookkeeping.
pub const TABLES: &[&str] = &[
    "adopted_totals",
    "api_tokens",
    "audit_log",
    "budget_allocations",
    "collection_calendars",
    "collection_overrides",
    "contribution_links",
    "data_version",
    "data_version_parts",
    "dimension_values",
    "dimensions",
    "finance_actuals",
    "finance_lines",
    "framework_revisions",
    "indicator_dimensions",
    "indicator_milestones",
    "indicators",
    "lock_exceptions",
    "login_attempts",
    "login_throttles",
    "mandate_links",
    "mandates",
    "measurement_dimensions",
    "measurements",
    "notifications",
    "operational_items",
    "operational_plans",
    "org_units",
    "plans",
    "question_messages",
    "question_threads",
    "readiness_probe",
    "report_files",
    "report_runs",
    "reporting_periods",
    "result_nodes",
    "risk_links",
    "risks",
    "sessions",
    "translations",
    "users",
];

async fn tables(app: &TestApp) -> Vec<String> {
    use sea_orm::ConnectionTrait;
    let sql = match app.backend {
        Backend::Sqlite => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    };
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap();
    rows.iter()
        .map(|r| r.try_get::<String>("", "t").unwrap())
        .filter(|t| t != "seaql_migrations")
        .collect()
}

both_backends! {
    async fn every_migration_goes_up_down_and_up_again(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        assert_eq!(tables(&app).await, TABLES);
        Migrator::down(&app.db, None).await.expect("every down works");
        assert!(tables(&app).await.is_empty(), "down leaves no table behind");
        Migrator::up(&app.db, None).await.expect("up again");
        assert_eq!(tables(&app).await, TABLES);
    }
}

both_backends! {
    async fn the_database_refuses_values_outside_the_closed_lists(backend: Backend) {
        use sea_orm::ConnectionTrait;
        let Some(app) = TestApp::empty(backend).await else { return };
        let now = "'2028-01-01T00:00:00+00:00'";
        let ok = app.db.execute_unprepared(&format!(
            "INSERT INTO org_units (code, name, kind, created_at, updated_at) VALUES ('U1', 'U1', 'bureau', {now}, {now})"
        )).await;
        assert!(ok.is_ok(), "{ok:?}");
        let bad = app.db.execute_unprepared(&format!(
            "INSERT INTO org_units (code, name, kind, created_at, updated_at) VALUES ('X', 'X', 'ministry', {now}, {now})"
        )).await;
        assert!(bad.is_err(), "a check constraint refuses an unknown kind");
        let dup = app.db.execute_unprepared(&format!(
            "INSERT INTO org_units (code, name, kind, created_at, updated_at) VALUES ('U1', 'again', 'bureau', {now}, {now})"
        )).await;
        assert!(dup.is_err(), "codes are unique");
        let orphan = app.db.execute_unprepared(&format!(
            "INSERT INTO org_units (code, name, kind, parent_id, created_at, updated_at) VALUES ('Y', 'Y', 'bureau', 999, {now}, {now})"
        )).await;
        assert!(orphan.is_err(), "foreign keys are enforced");
    }
}

both_backends! {
    async fn runs_frozen_before_runs_held_several_languages_say_their_one_language(backend: Backend) {
        use sea_orm::ConnectionTrait;
        let Some(app) = TestApp::seeded(backend).await else { return };
        let all: Vec<String> = Migrator::migrations().iter().map(|m| m.name().to_owned()).collect();
        let at = all.iter().position(|n| n == "m20261225_100000_add_report_run_languages").expect("the migration");
        let after = u32::try_from(all.len() - at).unwrap();
        Migrator::down(&app.db, Some(after)).await.expect("down to before the languages");
        let plan = app.db.query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(),
            "SELECT id FROM plans ORDER BY id".to_owned())).await.unwrap().unwrap().try_get::<i32>("", "id").unwrap();
        // A run in Arabic, one in English (no language in its input), and one whose typed text quotes the
        // key (escaped inside the JSON string, so it is not the input's language).
        for (id, snapshot) in [
            (1, r#"{"year":2028,"language":"ar"}"#),
            (2, r#"{"year":2028}"#),
            (3, r#"{"note":"a \"language\":\"zh\" in text"}"#),
        ] {
            app.db.execute_unprepared(&format!(
                "INSERT INTO report_runs (id, plan_id, year, status, created_at, snapshot_id, snapshot, manifest, version, kind) \
                 VALUES ({id}, {plan}, 2028, 'frozen', '2029-01-01T00:00:00Z', 's{id}', '{}', '', 1, 'annual')",
                snapshot.replace('\'', "''")
            )).await.unwrap();
        }
        Migrator::up(&app.db, None).await.expect("up again");
        let rows = app.db.query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(),
            "SELECT id, languages FROM report_runs ORDER BY id".to_owned())).await.unwrap();
        let languages: Vec<(i32, String)> = rows.iter()
            .map(|r| (r.try_get("", "id").unwrap(), r.try_get("", "languages").unwrap())).collect();
        assert_eq!(languages, [(1, "ar".to_owned()), (2, "en".to_owned()), (3, "en".to_owned())]);
    }
}
