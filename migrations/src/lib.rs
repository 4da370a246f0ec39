//! Database migrations for stratrack: one file per change, applied in order by [`Migrator`].
//!
//! Every exact decimal (indicator values, money) is a BIGINT holding the value × 10⁴, so that
//! SQLite and PostgreSQL store and sum it exactly (see `stratrack::fixed`).

pub use sea_orm_migration::prelude::*;

mod common;
mod m20261127_000001_create_plans_and_units;
mod m20261127_000002_create_accounts;
mod m20261127_000003_create_framework;
mod m20261127_000004_create_indicators;
mod m20261127_000005_create_measurements;
mod m20261127_000006_create_finance;
mod m20261127_000007_create_operations_and_risks;
mod m20261127_000008_create_audit_and_reports;
mod m20261127_100001_add_unique_mandate_links;
mod m20261127_200000_constrain_measurements;
mod m20261127_400000_index_approved_headline_values;
mod m20261127_500000_cover_approved_headline_values;
mod m20261127_600000_create_data_version;
mod m20261201_100000_create_login_throttles;
mod m20261202_100000_create_readiness_probe;
mod m20261210_100000_create_adopted_totals;
mod m20261215_100000_create_collection_calendars;
mod m20261215_200000_create_lock_exceptions;
mod m20261215_300000_create_notifications;
mod m20261216_100000_add_indicator_reference_sheets;
mod m20261220_100000_index_headline_slots;
mod m20261221_200000_create_question_threads;
mod m20261222_100000_add_report_run_kind;
mod m20261223_100000_add_assigned_notifications;
mod m20261223_200000_add_report_run_council_document;
mod m20261223_300000_add_user_language;
mod m20261224_200000_create_translations;
mod m20261225_100000_add_report_run_languages;
mod m20261226_300000_add_notification_message_keys;
mod m20261227_100000_split_data_version;

/// The ordered list of every migration.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_create_plans_and_units::Migration),
            Box::new(m20261127_000002_create_accounts::Migration),
            Box::new(m20261127_000003_create_framework::Migration),
            Box::new(m20261127_000004_create_indicators::Migration),
            Box::new(m20261127_000005_create_measurements::Migration),
            Box::new(m20261127_000006_create_finance::Migration),
            Box::new(m20261127_000007_create_operations_and_risks::Migration),
            Box::new(m20261127_000008_create_audit_and_reports::Migration),
            Box::new(m20261127_100001_add_unique_mandate_links::Migration),
            Box::new(m20261127_200000_constrain_measurements::Migration),
            Box::new(m20261127_400000_index_approved_headline_values::Migration),
            Box::new(m20261127_500000_cover_approved_headline_values::Migration),
            Box::new(m20261127_600000_create_data_version::Migration),
            Box::new(m20261201_100000_create_login_throttles::Migration),
            Box::new(m20261202_100000_create_readiness_probe::Migration),
            Box::new(m20261210_100000_create_adopted_totals::Migration),
            Box::new(m20261215_100000_create_collection_calendars::Migration),
            Box::new(m20261215_200000_create_lock_exceptions::Migration),
            Box::new(m20261215_300000_create_notifications::Migration),
            Box::new(m20261216_100000_add_indicator_reference_sheets::Migration),
            Box::new(m20261220_100000_index_headline_slots::Migration),
            Box::new(m20261221_200000_create_question_threads::Migration),
            Box::new(m20261222_100000_add_report_run_kind::Migration),
            Box::new(m20261223_100000_add_assigned_notifications::Migration),
            Box::new(m20261223_200000_add_report_run_council_document::Migration),
            Box::new(m20261223_300000_add_user_language::Migration),
            Box::new(m20261224_200000_create_translations::Migration),
            Box::new(m20261225_100000_add_report_run_languages::Migration),
            Box::new(m20261226_300000_add_notification_message_keys::Migration),
            Box::new(m20261227_100000_split_data_version::Migration),
        ]
    }
}
