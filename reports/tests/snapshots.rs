//! Snapshots of every CSV table and of the structure of every chart of the sample report.

mod support;

use support::{sample_report, svg_outline, text};

#[test]
fn every_csv_table_matches_its_snapshot() {
    let report = sample_report();
    let csvs: Vec<_> = report.files.iter().filter(|f| f.path.ends_with(".csv")).collect();
    assert_eq!(csvs.len(), 10, "ten tables");
    for f in csvs {
        let name = f.path.trim_start_matches("tables/").trim_end_matches(".csv");
        insta::assert_snapshot!(format!("csv_{name}"), text(report, &f.path));
    }
}

#[test]
fn every_chart_svg_keeps_its_structure() {
    let report = sample_report();
    let svgs: Vec<_> = report.files.iter().filter(|f| f.path.ends_with(".svg")).collect();
    assert_eq!(
        svgs.len(),
        14,
        "2 status, 5 trajectories, 4 finance and delivery, 3 breakdowns"
    );
    for f in svgs {
        let name = f.path.trim_start_matches("charts/").trim_end_matches(".svg");
        insta::assert_snapshot!(format!("svg_{name}"), svg_outline(&text(report, &f.path)));
    }
}

#[test]
fn manifest_matches_its_snapshot_with_checksums_redacted() {
    let report = sample_report();
    let manifest: serde_json::Value = serde_json::from_str(&text(report, "manifest.json")).expect("manifest is JSON");
    insta::assert_json_snapshot!("manifest", manifest, {
        ".files[].sha256" => "[sha256]",
        ".files[].bytes" => "[bytes]",
    });
}
