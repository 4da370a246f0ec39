//! A Council member reads, on the page of the published 2028 report run, what changed since: the office
//! revised an approved 2028 value after the run was published, and the run's page shows the figure
//! reported and the figure approved now, the qualities, who, when and why, on a 390 px screen that
//! passes the accessibility checks. Before the revision the page says nothing has changed.

use crate::harness::{Browser, PW, walk};

/// Sends `method path` with a JSON `body` through the API as the user logged in the browser (session
/// cookie and the CSRF token of the page's form); answers the HTTP status and the JSON answer.
async fn api(b: &Browser, method: &str, path: &str, body: serde_json::Value) -> (i64, serde_json::Value) {
    let script = "const [method, path, body, done] = arguments; \
        const csrf = document.querySelector('input[name=csrf]').value; \
        const init = {method, headers: {'content-type': 'application/json', 'x-csrf-token': csrf}}; \
        if (method !== 'GET') init.body = JSON.stringify(body); \
        fetch(path, init).then(r => r.json().then(j => done([r.status, j]))).catch(e => done([0, String(e)]));";
    let answer =
        b.c.execute_async(script, vec![method.into(), path.into(), body])
            .await
            .unwrap();
    (answer[0].as_i64().unwrap_or(0), answer[1].clone())
}

/// The id of the 2028 headline value of KPI-T1.1 in `state`.
async fn value_2028(b: &Browser, state: &str) -> i64 {
    let (s, list) = api(
        b,
        "GET",
        &format!("/api/v1/measurements?indicator=KPI-T1.1&year=2028&state={state}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(s, 200, "{list}");
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["disaggregation"] == "")
        .and_then(|m| m["id"].as_i64())
        .unwrap_or_else(|| panic!("a {state} 2028 headline value of KPI-T1.1: {list}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_member_reads_the_restatements_of_the_published_2028_run_after_the_office_revised_a_value() {
    let Some((b, srv)) = walk(&[
        ("office@itu.test", "admin", None),
        ("office2@itu.test", "admin", None),
        ("council@itu.test", "reviewer", None),
    ])
    .await
    else {
        return;
    };
    // The office freezes the 2028 report and publishes it.
    b.login(&srv.base, "office@itu.test", PW).await;
    b.go(&format!("{}/reports?plan=SP2028-2031&year=2028", srv.base)).await;
    b.fill("r-year", "2028").await;
    b.click("form[method=post][action='/reports'] button[type=submit]")
        .await;
    b.wait_text_for("was frozen", 120).await;
    b.click("form[action$='/publish'] button").await;
    b.wait_text("is published to Council").await;
    b.click("td a[href^='/reports/']").await;
    b.wait_text("Restatements since this report").await;
    let run_page = b.c.current_url().await.unwrap().path().to_owned();
    assert!(
        b.text_of("#restatements")
            .await
            .contains("No figure reported in this run has changed since"),
        "nothing changed yet"
    );

    // After publication the office corrects the approved 2028 value; another office member approves it.
    let old = value_2028(&b, "approved").await;
    let body = serde_json::json!({"value": "79.1", "quality": "final", "reason": "Household survey corrected"});
    let (s, rev) = api(&b, "POST", &format!("/api/v1/measurements/{old}/revise"), body).await;
    assert_eq!(s, 201, "{rev}");
    let id = rev["id"].as_i64().unwrap();
    let (s, p) = api(
        &b,
        "POST",
        &format!("/api/v1/measurements/{id}/submit"),
        serde_json::json!({}),
    )
    .await;
    assert_eq!(s, 200, "{p}");
    b.logout().await;
    b.login(&srv.base, "office2@itu.test", PW).await;
    b.go(&format!("{}/reports", srv.base)).await;
    let (s, p) = api(
        &b,
        "POST",
        &format!("/api/v1/measurements/{id}/approve"),
        serde_json::json!({}),
    )
    .await;
    assert_eq!(s, 200, "{p}");
    b.logout().await;

    // A Council member on a phone opens the run from the reports page and reads what changed.
    b.login(&srv.base, "council@itu.test", PW).await;
    b.resize(390, 844).await;
    b.go(&format!("{}/reports?plan=SP2028-2031&year=2028", srv.base)).await;
    b.click(&format!("td a[href='{run_page}']")).await;
    b.wait_text("Restatements since this report").await;
    let rows = b.text_of("#restated-values tbody").await;
    for want in [
        "KPI-T1.1",
        "headline",
        "revised",
        "78.6",
        "79.1",
        "estimated → final",
        "entered by office@itu.test",
        "approved by office2@itu.test",
        "Household survey corrected",
    ] {
        assert!(rows.contains(want), "{want} in {rows}");
    }
    assert_eq!(b.overflow().await, None, "the run's page fits a phone's width");
    b.check_a11y("report run").await;
    b.shot("report-run-restatements").await;
    b.logout().await;

    // The next year's report states the restatement in a section of its own, which passes the
    // accessibility checks, axe-core and the Nu HTML checker like the rest of the report.
    b.resize(1280, 1000).await;
    b.login(&srv.base, "office@itu.test", PW).await;
    b.go(&format!("{}/reports?plan=SP2028-2031&year=2029", srv.base)).await;
    let next = b.freeze_run("2029").await;
    b.go(&format!("{}/api/v1/reports/{next}/files/report.html", srv.base))
        .await;
    b.wait_text("Restatements of figures reported last year").await;
    b.shot("report-restatements").await;
}
