//! `stratrack report`: the annual report written to a folder from the live database, the same bytes on
//! every run, and a frozen run rebuilt from its snapshot.

use crate::both_backends;
use crate::helpers::{Backend, TestApp, run_binary};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Runs the binary on `url` in the environment of the test; returns success and stdout + stderr.
fn stratrack(url: &str, args: &[&str]) -> (bool, String) {
    run_binary(url, args, &[])
}

/// Every file under `dir` with its sha256, by relative path.
fn checksums(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, hex::encode(Sha256::digest(std::fs::read(&p).unwrap())));
            }
        }
    }
    out
}

both_backends! {
    async fn the_report_command_writes_every_manifest_file_and_the_same_bytes_twice(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        for out in [&a, &b] {
            let (ok, text) = stratrack(&app.url, &["report", "--year", "2028", "--out", out.to_str().unwrap()]);
            assert!(ok, "{text}");
            assert!(text.contains("for SP2028-2031 2028"), "{text}");
        }
        let first = checksums(&a);
        assert_eq!(first, checksums(&b), "two runs on the same data give the same bytes");
        let manifest: Value = serde_json::from_slice(&std::fs::read(a.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["run_id"], "preview");
        let listed = manifest["files"].as_array().unwrap();
        assert_eq!(first.len(), listed.len() + 1, "the folder holds the manifest's files and the manifest");
        for f in listed {
            let path = f["path"].as_str().unwrap();
            assert_eq!(first.get(path), Some(&f["sha256"].as_str().unwrap().to_owned()), "{path}");
        }
        let paths: Vec<&str> = listed.iter().map(|f| f["path"].as_str().unwrap()).collect();
        for kind in ["report.html", "report.xlsx", "tables/indicators.csv", "tables/node_rollups.csv",
            "tables/finance_by_unit.csv", "tables/cost_by_node.csv", "tables/operational_delivery.csv",
            "tables/risks.csv", "tables/data_quality.csv", "tables/disaggregations.csv",
            "charts/status-by-goal.svg", "charts/status-by-goal.png", "charts/cost-by-goal.png",
            "charts/delivery-by-unit.svg"] {
            assert!(paths.contains(&kind), "{kind} missing from {paths:?}");
        }
        assert!(paths.iter().any(|p| p.starts_with("charts/trajectory-")), "trajectory charts");
        assert!(paths.iter().any(|p| p.starts_with("charts/breakdown-")), "breakdown charts");
        // The predecessor's values (SP 2024-2027) continue the series of KPI-T1.1.
        let values = std::fs::read_to_string(a.join("tables/indicator_values.csv")).unwrap();
        assert!(values.contains("KPI-T1.1,2024,68,final"), "{values}");
        // The seed's narratives with their evidence, and the results serving each mandate.
        let narratives = std::fs::read_to_string(a.join("tables/narratives.csv")).unwrap();
        assert!(narratives.lines().any(|l| l.starts_with("KPI-D4,") && l.ends_with(",2028,annual,\"15,120 of 35,000 trainees.\",https://academy.itu.int/")),
            "{narratives}");
        let mandates = std::fs::read_to_string(a.join("tables/mandates.csv")).unwrap();
        assert!(mandates.lines().any(|l| l.starts_with("resolution,71,Strategic plan for the Union,2028,goal,G1,")), "{mandates}");
        assert!(a.join("tables/revisions.csv").exists(), "the revisions table, with its header, even with no revision");
        let html = std::fs::read_to_string(a.join("report.html")).unwrap();
        assert!(html.contains("<a href=\"https://academy.itu.int/\">https://academy.itu.int/</a>"));
    }
}

both_backends! {
    async fn a_frozen_run_rebuilt_by_the_command_is_byte_identical_after_new_approvals(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let run = crate::reports::freeze(&app).await;
        let id = run["id"].as_i64().unwrap().to_string();
        {
            use sea_orm::ConnectionTrait;
            app.db.execute_unprepared("UPDATE measurements SET state = 'approved' WHERE state = 'submitted'").await.unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let (ok, text) = stratrack(&app.url, &["report", "--run", &id, "--out", dir.path().to_str().unwrap()]);
        assert!(ok, "{text}");
        assert!(text.contains("identical"), "{text}");
        let rebuilt = checksums(dir.path());
        for f in run["files"].as_array().unwrap() {
            assert_eq!(rebuilt.get(f["path"].as_str().unwrap()), Some(&f["sha256"].as_str().unwrap().to_owned()));
        }
        let live = dir.path().join("live");
        let (ok, text) = stratrack(&app.url, &["report", "--year", "2028", "--out", live.to_str().unwrap()]);
        assert!(ok, "{text}");
        let manifest: Value = serde_json::from_slice(&std::fs::read(live.join("manifest.json")).unwrap()).unwrap();
        assert_ne!(manifest["snapshot_id"], run["snapshot_id"], "the live report sees the new approvals");
    }
}

both_backends! {
    async fn the_report_command_writes_the_seed_report_in_arabic_and_chinese_the_same_bytes_twice(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        for (lang, html_tag, title) in [
            ("ar", "<html lang=\"ar\" dir=\"rtl\">", "وضع المؤشرات حسب الغاية الاستراتيجية"),
            ("zh", "<html lang=\"zh\" dir=\"ltr\">", "按战略目标分列的指标状态"),
        ] {
            let (a, b) = (dir.path().join(format!("{lang}-a")), dir.path().join(format!("{lang}-b")));
            for out in [&a, &b] {
                let args = ["report", "--year", "2028", "--lang", lang, "--out", out.to_str().unwrap()];
                let (ok, text) = stratrack(&app.url, &args);
                assert!(ok, "{text}");
            }
            assert_eq!(checksums(&a), checksums(&b), "{lang}: two runs on the same data give the same bytes");
            let html = std::fs::read_to_string(a.join("report.html")).unwrap();
            assert!(html.contains(html_tag), "{lang}: {}", &html[..120]);
            let svg = std::fs::read_to_string(a.join("charts/status-by-goal.svg")).unwrap();
            assert!(svg.contains(title), "{lang}: the chart's title is translated");
        }
        let (ok, text) = stratrack(&app.url, &["report", "--year", "2028", "--lang", "de", "--out", "unused"]);
        assert!(!ok && text.contains("not one of ar, en, es, fr, ru, zh"), "{text}");
        let (ok, text) = stratrack(&app.url, &["report", "--year", "2028", "--lang", "en,ar,en", "--out", "unused"]);
        assert!(!ok && text.contains("--lang: `en` is given twice"), "{text}");
    }
}
