//! `stratrack check` on a copy of seed-data with injected faults names each file, line and reason.

use std::path::{Path, PathBuf};
use std::process::Command;

fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seed-data")
}

fn copy_seed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(seed_dir()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    dir
}

/// Replaces line `n` (1-based) of `file` using `f`.
fn edit_line(dir: &Path, file: &str, n: usize, f: impl FnOnce(&str) -> String) {
    let p = dir.join(file);
    let text = std::fs::read_to_string(&p).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[n - 1] = f(&lines[n - 1]);
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
}

fn run_check(dir: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(["check", "--from"])
        .arg(dir)
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_shipped_seed_files_pass_check() {
    let (ok, out) = run_check(&seed_dir());
    assert!(ok, "{out}");
}

#[test]
fn check_names_a_bad_decimal_an_unknown_parent_and_a_duplicate_code_with_their_lines() {
    let dir = copy_seed();
    // Line 2 of milestones.csv: the value column (4th) gets a decimal comma.
    edit_line(dir.path(), "milestones.csv", 2, |l| {
        let mut cells: Vec<String> = l.split(',').map(String::from).collect();
        cells[3] = "\"12,5\"".into();
        cells.join(",")
    });
    // A result node whose parent does not exist, appended as the last line.
    let nodes = std::fs::read_to_string(dir.path().join("result_nodes.csv")).unwrap();
    let n_nodes = nodes.lines().count();
    let first_target = nodes.lines().find(|l| l.contains(",target,")).unwrap().to_owned();
    let mut cells: Vec<String> = first_target.split(',').map(String::from).collect();
    cells[1] = "T-ORPHAN".into();
    cells[3] = "G-NOPE".into();
    std::fs::write(
        dir.path().join("result_nodes.csv"),
        format!("{}{}\n{}\n", nodes, "", cells.join(",")),
    )
    .unwrap();
    // The second org unit gets the first one's code.
    let units = std::fs::read_to_string(dir.path().join("org_units.csv")).unwrap();
    let first_code = units.lines().nth(1).unwrap().split(',').next().unwrap().to_owned();
    edit_line(dir.path(), "org_units.csv", 3, |l| {
        let rest = l.split_once(',').unwrap().1;
        format!("{first_code},{rest}")
    });

    let (ok, out) = run_check(dir.path());
    assert!(!ok, "check must exit non-zero");
    assert!(
        out.contains("milestones.csv:2: column value: `12,5` has a comma; decimal commas are not accepted"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "result_nodes.csv:{}: column parent_code: unknown parent code `G-NOPE`",
            n_nodes + 1
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("org_units.csv:3: column code: duplicate code `{first_code}`")),
        "{out}"
    );
}

#[test]
fn check_refuses_adopted_totals_that_differ_from_the_lines() {
    let dir = copy_seed();
    // adopted_totals.csv: plan_code,biennium,revenue,expense,… — line 2 is 2028-2029.
    edit_line(dir.path(), "adopted_totals.csv", 2, |l| {
        l.replace(",346000,346000,", ",346000,345999.5,")
    });
    let (ok, out) = run_check(dir.path());
    assert!(!ok, "check must exit non-zero");
    assert!(
        out.contains(
            "adopted_totals.csv:2: column expense: the expense lines of SP2028-2031 2028-2029 in finance_lines.csv \
             sum to 346000, not the 345999.5 adopted here"
        ),
        "{out}"
    );
    assert!(!out.contains("column revenue"), "the revenue matches: {out}");
}

#[test]
fn check_names_a_pair_of_unit_and_aggregation_that_makes_no_sense_and_a_percentage_off_its_share() {
    let dir = copy_seed();
    // KPI-G1.1 (line 2) is a percentage: summing its quarters makes no sense.
    edit_line(dir.path(), "indicators.csv", 2, |l| {
        assert!(
            l.contains(",KPI-G1.1,") && l.contains(",percent,increase,latest,"),
            "{l}"
        );
        l.replace(",percent,increase,latest,", ",percent,increase,sum,")
    });
    // KPI-EN1 of 2028 is a percentage too: 181 of 200 is 90.5 %, not 0.905.
    let measurements = std::fs::read_to_string(dir.path().join("measurements.csv")).unwrap();
    let line = 1 + measurements
        .lines()
        .position(|l| l.starts_with("SP2028-2031,KPI-EN1,2028,,,90.5,,,"))
        .unwrap();
    edit_line(dir.path(), "measurements.csv", line, |l| {
        l.replace(",90.5,,,", ",0.905,181,200,")
    });

    let (ok, out) = run_check(dir.path());
    assert!(!ok, "check must exit non-zero: {out}");
    assert!(
        out.contains("indicators.csv:2: column aggregation: indicator KPI-G1.1: `sum` does not suit unit `percent`"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "measurements.csv:{line}: column value: 0.905 is not 100 × numerator ÷ denominator (100 × 181 ÷ 200 = 90.5)"
        )),
        "{out}"
    );
}
