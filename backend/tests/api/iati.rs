//! The IATI results file: the seed's file, from the API and from the command line, validates against the
//! IATI 2.03 activity schema (`backend/tests/fixtures/iati-2.03`, checked with `xmllint`, which these tests
//! need: without it they fail, never skip); and the mapping a reader of the file relies on: direction as
//! `ascending`, percentages as the percentage measure, breakdowns as dimensions, approved values only,
//! `year` keeping one period.

use crate::both_backends;
use crate::helpers::{Backend, TestApp, run_binary};
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::path::{Path, PathBuf};
use stratrack::entities::{indicators, measurements, plans};

const PLAN: &str = "SP2028-2031";

/// The schema the files are checked against, copied into the repository so the tests need nothing else.
fn schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iati-2.03/iati-activities-schema.xsd")
}

/// Runs `xmllint` with `args`; panics, naming the package, when it is not installed.
fn xmllint(args: &[&str], file: &Path) -> std::process::Output {
    std::process::Command::new("xmllint")
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "xmllint could not run ({e}): install Debian's libxml2-utils (see the README); the IATI \
                 file cannot be checked against its schema without it"
            )
        })
}

/// `xml` saved to a temporary file (kept alive by the returned guard).
fn saved(xml: &[u8]) -> tempfile::NamedTempFile {
    let f = tempfile::Builder::new().suffix(".xml").tempfile().unwrap();
    std::fs::write(f.path(), xml).unwrap();
    f
}

/// Asserts that `xml` is valid against the IATI 2.03 activity schema, offline.
fn assert_valid(xml: &[u8]) {
    let f = saved(xml);
    let schema = schema();
    let out = xmllint(&["--noout", "--nonet", "--schema", schema.to_str().unwrap()], f.path());
    assert!(
        out.status.success(),
        "the IATI file does not validate against the 2.03 schema:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The string value of the XPath `expr` in `xml`.
fn xpath(xml: &[u8], expr: &str) -> String {
    let f = saved(xml);
    let out = xmllint(&["--nonet", "--xpath", &format!("string({expr})")], f.path());
    let text = String::from_utf8_lossy(&out.stdout);
    // xmllint ends what it prints with a line feed.
    text.strip_suffix('\n').unwrap_or(&text).to_owned()
}

/// The number of nodes the XPath `expr` selects in `xml`.
fn count(xml: &[u8], expr: &str) -> usize {
    let f = saved(xml);
    let out = xmllint(&["--nonet", "--xpath", &format!("count({expr})")], f.path());
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or_else(|_| {
        panic!(
            "count({expr}) is not a number: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The indicator with `code` (an XPath to it).
fn indicator(code: &str) -> String {
    format!("//indicator[reference/@code='{code}']")
}

/// `GET /api/v1/plans/{plan}/iati{query}` as `token`: the body, after checking the status and media type.
async fn iati(app: &TestApp, token: &str, plan: &str, query: &str) -> Vec<u8> {
    let a = app.as_(token).get(&format!("/api/v1/plans/{plan}/iati{query}")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", String::from_utf8_lossy(&a.body));
    let media = a.headers["content-type"].to_str().unwrap();
    assert!(media.starts_with("application/xml"), "{media}");
    a.body
}

both_backends! {
    async fn the_seed_exports_as_an_iati_file_valid_against_the_2_03_schema(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = &app.tokens;
        for plan in [PLAN, "SP2024-2027"] {
            let xml = iati(&app, &t.reviewer, plan, "").await;
            assert_valid(&xml);
            assert_eq!(xpath(&xml, "/iati-activities/@version"), "2.03");
            assert_eq!(
                xpath(&xml, "//iati-activity/iati-identifier"),
                format!("XX-ILLUSTRATIVE-ITU-{plan}")
            );
        }
        let xml = iati(&app, &t.planner_br, PLAN, "?year=2028").await;
        assert_valid(&xml);
        // Every indicator of the plan is there, under the node it belongs to.
        assert_eq!(count(&xml, "//indicator"), 53);
        // In the report's order: goals and their targets (impact) first, enablers (other) last.
        assert_eq!(xpath(&xml, "//result[1]/@type"), "3");
        assert_eq!(xpath(&xml, "//result[last()]/@type"), "9");
        assert_eq!(xpath(&xml, "//result[reference/@code='TP-D2.O1']/@type"), "2");
        assert_eq!(xpath(&xml, "//result[reference/@code='TP-R1.O1.P1']/@type"), "1");
        assert_eq!(
            xpath(&xml, &format!("{}/title/narrative", indicator("KPI-D4"))),
            "Women among ITU Academy trainees"
        );
        assert_eq!(xpath(&xml, &format!("{}/title/narrative/@xml:lang", indicator("KPI-D4"))), "en");
        app.cleanup().await;
    }
}

both_backends! {
    async fn indicators_carry_their_measure_direction_baseline_target_and_actual(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let xml = iati(&app, &app.tokens.reviewer, PLAN, "?year=2028").await;
        // A decrease indicator improves downwards; an increase one upwards; a maintain one says neither.
        assert_eq!(xpath(&xml, &format!("{}/@ascending", indicator("KPI-R4"))), "0");
        assert_eq!(xpath(&xml, &format!("{}/@ascending", indicator("KPI-D4"))), "1");
        assert_eq!(count(&xml, &format!("{}/@ascending", indicator("KPI-S8"))), 0);
        // A percentage has the percentage measure; a count the unit measure.
        assert_eq!(xpath(&xml, &format!("{}/@measure", indicator("KPI-D4"))), "2");
        assert_eq!(xpath(&xml, &format!("{}/@measure", indicator("KPI-R4"))), "1");
        // Baseline, the year's milestone as target, the approved value as actual, exact.
        let d4 = indicator("KPI-D4");
        assert_eq!(xpath(&xml, &format!("{d4}/baseline/@year")), "2026");
        assert_eq!(xpath(&xml, &format!("{d4}/baseline/@value")), "40");
        assert_eq!(xpath(&xml, &format!("{d4}/period/period-start/@iso-date")), "2028-01-01");
        assert_eq!(xpath(&xml, &format!("{d4}/period/period-end/@iso-date")), "2028-12-31");
        assert_eq!(xpath(&xml, &format!("{d4}/period/target/@value")), "44");
        assert_eq!(xpath(&xml, &format!("{d4}/period/actual[not(dimension)]/@value")), "43.2");
        assert_eq!(
            xpath(&xml, &format!("{d4}/period/actual[not(dimension)]/comment/narrative")),
            "15,120 of 35,000 trainees."
        );
        // Quarterly values combine by the indicator's rule (KPI-R2 sums its quarters).
        assert_eq!(
            xpath(&xml, &format!("{}/period/actual/@value", indicator("KPI-R2"))),
            "2655"
        );
        app.cleanup().await;
    }
}

both_backends! {
    async fn approved_breakdowns_become_dimensions(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let xml = iati(&app, &app.tokens.reviewer, PLAN, "?year=2028").await;
        let t11 = indicator("KPI-T1.1");
        assert_eq!(
            xpath(&xml, &format!("{t11}/period/actual[dimension[@name='sex' and @value='female']]/@value")),
            "77.2"
        );
        assert_eq!(
            xpath(&xml, &format!("{t11}/period/actual[dimension[@name='region' and @value='africa']]/@value")),
            "44.5"
        );
        // Each breakdown value carries exactly its own dimension.
        assert_eq!(
            count(&xml, &format!("{t11}/period/actual[dimension[@value='female']]/dimension")),
            1
        );
        app.cleanup().await;
    }
}

both_backends! {
    async fn only_approved_values_are_exported(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = &app.tokens;
        let x4 = indicator("KPI-X4");
        let xml = iati(&app, &t.admin, PLAN, "?year=2028").await;
        // KPI-X4 2028: the headline value is approved; Europe is submitted and Africa a draft.
        assert_eq!(count(&xml, &format!("{x4}/period/actual")), 1);
        assert_eq!(xpath(&xml, &format!("{x4}/period/actual/@value")), "33.9");
        assert_eq!(count(&xml, &format!("{x4}//actual[@value='27.4']")), 0, "the draft is not exported");
        assert_eq!(count(&xml, &format!("{x4}//actual[@value='38.5']")), 0, "the submitted value is not exported");

        // Once the office approves the submitted value, it is exported, as a breakdown.
        let plan = plans::Entity::find()
            .filter(plans::Column::Code.eq(PLAN))
            .one(&app.db)
            .await
            .unwrap()
            .expect("the seeded plan");
        let ind = indicators::Entity::find()
            .filter(indicators::Column::PlanId.eq(plan.id))
            .filter(indicators::Column::Code.eq("KPI-X4"))
            .one(&app.db)
            .await
            .unwrap()
            .expect("KPI-X4 of the plan");
        let europe = measurements::Entity::find()
            .filter(measurements::Column::IndicatorId.eq(ind.id))
            .filter(measurements::Column::Disaggregation.eq("region=europe"))
            .one(&app.db)
            .await
            .unwrap()
            .expect("the submitted Europe value");
        app.as_(&t.admin)
            .post(&format!("/api/v1/measurements/{}/approve", europe.id))
            .await
            .expect(StatusCode::OK);
        let xml = iati(&app, &t.reviewer, PLAN, "?year=2028").await;
        assert_eq!(
            xpath(&xml, &format!("{x4}/period/actual[dimension[@name='region' and @value='europe']]/@value")),
            "38.5"
        );
        assert_eq!(count(&xml, &format!("{x4}//actual[@value='27.4']")), 0, "the draft is still not exported");
        app.cleanup().await;
    }
}

both_backends! {
    async fn year_keeps_one_period_and_a_year_outside_the_plan_is_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = &app.tokens;
        let all = iati(&app, &t.reviewer, PLAN, "").await;
        let d4 = indicator("KPI-D4");
        assert_eq!(count(&all, &format!("{d4}/period")), 4, "one period per year of the plan");
        assert_eq!(xpath(&all, &format!("{d4}/period[4]/period-start/@iso-date")), "2031-01-01");
        assert_eq!(xpath(&all, &format!("{d4}/period[4]/target/@value")), "50");

        let one = iati(&app, &t.reviewer, PLAN, "?year=2029").await;
        assert_valid(&one);
        assert_eq!(count(&one, "//period"), count(&one, "//indicator"));
        assert_eq!(count(&one, "//period[period-start/@iso-date!='2029-01-01']"), 0);
        assert_eq!(xpath(&one, &format!("{d4}/period/target/@value")), "46");
        assert_eq!(count(&one, "//actual"), 0, "the seed has no value for 2029");

        let a = app.as_(&t.reviewer).get(&format!("/api/v1/plans/{PLAN}/iati?year=2040")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        let p = a.json();
        assert_eq!(p["errors"][0]["field"], "year", "{p}");
        let a = app.as_(&t.reviewer).get(&format!("/api/v1/plans/{PLAN}/iati?year=soon&colour=red")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        let p = a.json();
        assert_eq!(p["errors"][0]["field"], "year", "{p}");
        assert_eq!(p["errors"][1]["field"], "colour", "{p}");
        let a = app.as_(&t.reviewer).get("/api/v1/plans/NOPE/iati").await;
        assert_eq!(a.status, StatusCode::NOT_FOUND);
        app.cleanup().await;
    }
}

both_backends! {
    async fn the_command_line_writes_the_same_valid_file(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("iati.xml");
        let (ok, said) = run_binary(
            &app.url,
            &["export", "--iati", "--plan", PLAN, "--year", "2028", "--out", out.to_str().unwrap()],
            &[("STRATRACK_IATI_ORG_REF", "XM-EXAMPLE-1")],
        );
        assert!(ok, "{said}");
        let file = std::fs::read(&out).unwrap();
        assert_valid(&file);
        assert_eq!(xpath(&file, "//iati-identifier"), format!("XM-EXAMPLE-1-{PLAN}"));
        assert_eq!(xpath(&file, "//reporting-org/@ref"), "XM-EXAMPLE-1");
        // The same content as the API's file; only the moment each was made differs.
        let api = iati(&app, &app.tokens.reviewer, PLAN, "?year=2028").await;
        let body = |xml: &[u8]| {
            let text = String::from_utf8(xml.to_vec()).unwrap();
            text.split_once("<iati-activity ").unwrap().1.replace("XM-EXAMPLE-1", "XX-ILLUSTRATIVE-ITU")
        };
        assert_eq!(body(&file), body(&api));

        let (ok, said) = run_binary(&app.url, &["export", "--iati", "--plan", PLAN, "--year", "1990"], &[]);
        assert!(!ok);
        assert!(said.contains("--year: 1990 is not a year of plan SP2028-2031"), "{said}");
        let (ok, said) = run_binary(&app.url, &["export", "--iati"], &[]);
        assert!(!ok && said.contains("--plan"), "{said}");
        app.cleanup().await;
    }
}
