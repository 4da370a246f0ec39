//! `stratrack import` and `export` with the built binary on a temporary SQLite database: a bad row is
//! printed with its line and reason, the exit status is non-zero, and nothing is stored.

use std::process::{Command, Output};

fn run(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(args)
        .env("DATABASE_URL", db)
        .env("RUST_LOG", "error")
        .output()
        .expect("the binary runs")
}

fn count(db: &str) -> usize {
    let out = run(db, &["export", "--state", "current"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    csv::Reader::from_reader(&out.stdout[..]).records().count()
}

#[test]
fn a_cli_import_with_a_bad_row_prints_it_exits_non_zero_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let seeded = run(&db, &["seed"]);
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    let before = count(&db);
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "indicator_code,year,value\nKPI-R1,2029,131\nKPI-R3,2029,N/A\n").unwrap();
    let out = run(&db, &["import", bad.to_str().unwrap(), "--plan", "SP2028-2031"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "a bad row fails the command");
    assert!(
        stdout.contains("line 3, column value: `N/A` is not a number"),
        "{stdout}"
    );
    assert!(!stdout.contains("line 2"), "the good row is not reported: {stdout}");
    assert_eq!(count(&db), before, "nothing was stored");

    let good = dir.path().join("good.csv");
    std::fs::write(&good, "indicator_code,year,value\nKPI-R1,2029,131\nKPI-R3,2029,55.5\n").unwrap();
    let out = run(
        &db,
        &["import", good.to_str().unwrap(), "--plan", "SP2028-2031", "--submit"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 2 measurements"));
    assert_eq!(count(&db), before + 2);
    let file = dir.path().join("out.csv");
    let out = run(
        &db,
        &[
            "export",
            "--plan",
            "SP2028-2031",
            "--year",
            "2029",
            "--state",
            "submitted",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("SP2028-2031,KPI-R3,2029,,,55.5,,,provisional,,"),
        "{text}"
    );
}
