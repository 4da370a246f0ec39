//! Each role's main path through the pages.

use crate::checkers::{axe_violations, vnu_errors};
use crate::harness::{Browser, PW, fetch, walk};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_role_walks_its_main_path_in_a_real_browser() {
    let Some((b, srv)) = walk(&[
        ("planner.br@itu.test", "planner", Some("BR")),
        ("council@itu.test", "reviewer", None),
    ])
    .await
    else {
        return;
    };
    the_accessibility_check_finds_what_it_looks_for(&b).await;

    // Anonymous visitors land on the login page.
    b.go(&srv.base).await;
    assert!(b.c.current_url().await.unwrap().path().starts_with("/login"));
    b.shot("login").await;

    // The first admin must change the one-time password.
    b.login(&srv.base, "admin@stratrack.local", &srv.admin_password).await;
    assert_eq!(b.c.current_url().await.unwrap().path(), "/account");
    b.shot("account").await;
    b.fill("current_password", &srv.admin_password).await;
    b.fill("new_password", PW).await;
    b.click("form[action='/account/password'] button").await;
    b.wait_text("Your password was changed").await;

    b.go(&srv.base).await;
    let t = b.text().await;
    assert!(t.contains("Status of") && t.contains("Needs attention"), "{t}");
    assert!(t.contains("admin"), "the header shows the role");
    b.shot("dashboard-admin").await;
    let mut codes = Vec::new();
    for td in
        b.c.find_all(Locator::Css("section[aria-labelledby=goals-h] tbody td:first-child"))
            .await
            .unwrap()
    {
        codes.push(td.text().await.unwrap());
    }
    let rank = |c: &String| ["G", "TP-", "EN-"].iter().position(|p| c.starts_with(p)).unwrap_or(3);
    assert!(
        codes.len() > 3 && codes[..2] == ["G1", "G2"] && codes.is_sorted_by_key(rank),
        "goals, then thematic priorities, then enablers: {codes:?}"
    );
    b.go(&format!("{}/?plan=SP2028-2031&year=2029", srv.base)).await;
    let before = b.attention_row("KPI-R1").await;
    assert!(
        before.as_deref().is_some_and(|r| r.contains("value from 2028")),
        "before any 2029 value, KPI-R1 needs attention with a stale value: {before:?}"
    );

    b.go(&format!("{}/framework", srv.base)).await;
    assert!(b.text().await.contains("Results framework"));
    b.shot("framework").await;
    let first = b.c.find(Locator::Css(".tree li")).await.unwrap();
    assert_eq!(
        first.attr("id").await.unwrap().as_deref(),
        Some("node-G1"),
        "goals come first"
    );
    // Each status bar segment is as wide as its share (no padded pill for a zero share).
    let wrong = b
        .c
        .execute(
            "return [...document.querySelectorAll('.bar > span')].filter(s => Math.abs(\
             s.getBoundingClientRect().width - parseFloat(s.style.width) / 100 * s.parentElement.clientWidth) > 1.5).length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(wrong, serde_json::json!(0), "status bar segments of the wrong width");
    // Drilling down from the dashboard lands on the node's page, and from there on the node in the tree.
    b.go(&srv.base).await;
    b.click("a[href^='/framework/G1?']").await;
    b.wait_path(|p| p == "/framework/G1").await;
    assert!(b.text().await.contains("Cost in"), "the node page shows its cost");
    b.click("a[href$='#node-G1']").await;
    b.wait_path(|p| p == "/framework").await;
    assert_eq!(b.c.current_url().await.unwrap().fragment(), Some("node-G1"));
    let node =
        b.c.find(Locator::Id("node-G1"))
            .await
            .expect("the tree has the G1 node");
    assert!(node.text().await.unwrap().contains("G1"));

    b.go(&format!("{}/indicators/KPI-T1.1", srv.base)).await;
    let t = b.text().await;
    assert!(
        t.contains("KPI-T1.1") && t.contains("Trajectory") && t.contains("Values"),
        "{t}"
    );
    b.shot("indicator").await;

    b.go(&format!("{}/users", srv.base)).await;
    assert!(b.text().await.contains("planner.br@itu.test"));
    b.shot("users").await;

    for (path, heading, shot) in [
        ("/finance", "Finance", "finance"),
        ("/operations", "Operational plans", "operations"),
        ("/risks", "Risk register", "risks"),
        ("/audit", "Audit log", "audit"),
    ] {
        b.go(&format!("{}{path}", srv.base)).await;
        let h1 = b.text_of("h1").await;
        assert!(h1.contains(heading), "{path} shows `{h1}`");
        b.shot(shot).await;
    }
    // An unknown indicator is an error page that says so and passes the same checks.
    b.go(&format!("{}/indicators/KPI-NOPE", srv.base)).await;
    let t = b.wait_text("Not Found").await;
    assert!(t.contains("KPI-NOPE") && t.contains("Back to the dashboard"), "{t}");
    b.shot("not-found").await;
    // A new API token is shown once, on the page that lists the tokens.
    b.go(&format!("{}/users", srv.base)).await;
    b.fill("tk-name", "walk token").await;
    b.click("form[action='/tokens'] button").await;
    b.wait_text("New token (shown once)").await;
    b.shot("token-created").await;
    b.logout().await;

    // A BR planner enters a 2029 value for KPI-R1 and submits it.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    b.go(&format!("{}/entry?plan=SP2028-2031&year=2029", srv.base)).await;
    let t = b.text().await;
    assert!(
        t.contains("KPI-R1") && !t.contains("KPI-D1 "),
        "a planner sees their unit's indicators: {t}"
    );
    b.shot("data-entry").await;
    // A CSV batch with a bad row is refused as a whole, with the row-by-row report on the page.
    let csv = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    std::fs::write(
        csv.path(),
        "indicator_code,year,quarter,disaggregation,value,numerator,denominator,quality,narrative,evidence_url\n\
         KPI-R1,2030,,,4400,,,,ok row,\n\
         KPI-R1,2031,,,many,,,,bad row,\n",
    )
    .unwrap();
    b.c.find(Locator::Id("csv-file"))
        .await
        .unwrap()
        .send_keys(&csv.path().display().to_string())
        .await
        .unwrap();
    b.click("form[action^='/entry/upload'] button[type=submit]").await;
    let t = b.wait_text("The file was not imported: 1 problem(s)").await;
    let report = b.text_of("#upload-errors tbody").await;
    assert!(report.starts_with("3 value"), "line 3, column value: {report}\n{t}");
    b.click("a[href='#upload-errors']").await;
    b.shot("data-entry-upload-errors").await;
    b.go(&format!("{}/entry/KPI-R1?plan=SP2028-2031&year=2029", srv.base))
        .await;
    b.shot("data-entry-form").await;
    b.fill("f-value", "12,5").await;
    b.click("button[value=submit]").await;
    // The refusal is the answer to the form's POST: wait for it instead of reading the page being replaced.
    let t = b.wait_text("The value was not saved").await;
    assert!(
        t.contains("The value was not saved"),
        "a decimal comma is refused beside its field: {t}"
    );
    b.shot("data-entry-error").await;
    b.fill("f-value", "4321").await;
    b.fill("f-narrative", "Filings processed in 2029").await;
    b.click("button[value=submit]").await;
    let t = b.wait_text("Submitted KPI-R1 for approval").await;
    assert!(t.contains("4,321") && t.contains("submitted"), "{t}");
    b.logout().await;

    // The Secretary-General's office approves it from the queue.
    b.login(&srv.base, "admin@stratrack.local", PW).await;
    b.go(&format!("{}/approvals", srv.base)).await;
    let t = b.text().await;
    assert!(t.contains("KPI-R1") && t.contains("4,321"), "{t}");
    b.shot("approvals").await;
    let boxes = b.c.find_all(fantoccini::Locator::Css("input[name=ids]")).await.unwrap();
    let mut found = false;
    for cb in boxes {
        let label = cb.attr("aria-label").await.unwrap().unwrap_or_default();
        if label.contains("KPI-R1 2029") {
            cb.click().await.unwrap();
            found = true;
        }
    }
    assert!(found, "the KPI-R1 2029 value is in the queue");
    b.click("button[value=approve]").await;
    b.wait_text("Approved 1 value(s)").await;

    // … freezes the 2029 report on the reports page and publishes it to Council; a second run, for
    // 2028, stays frozen (unpublished).
    b.go(&format!("{}/reports?plan=SP2028-2031&year=2029", srv.base)).await;
    assert!(b.text().await.contains("No report run yet"));
    let published = b.freeze_run("2029").await;
    b.click(&format!("form[action='/reports/{published}/publish'] button"))
        .await;
    b.wait_text(&format!("Report run {published} is published to Council"))
        .await;
    let unpublished = b.freeze_run("2028").await;
    let rows = b.run_rows().await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].starts_with(&format!("{unpublished} SP2028-2031 annual report 2028 frozen")),
        "{rows:?}"
    );
    assert!(
        rows[1].starts_with(&format!("{published} SP2028-2031 annual report 2029 published")),
        "{rows:?}"
    );
    b.shot("reports-admin").await;
    // … and freezes the four-year assessment, whose page passes the same checks as the annual report's.
    b.click("form:has(input[name=kind][value=assessment]) button[type=submit]")
        .await;
    // Its own message, not "was frozen": the page still open shows the annual run's, until the
    // assessment's answer replaces it.
    let t = b.wait_text_for("Four-year assessment run ", 120).await;
    let assessment = t
        .split("Four-year assessment run ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("the assessment's run id in: {t}"))
        .to_owned();
    b.go(&format!("{}/api/v1/reports/{assessment}/files/report.html", srv.base))
        .await;
    assert!(b.text_of("h1").await.contains("assessment"), "the assessment's page");
    b.shot("report-assessment").await;
    b.go(&srv.base).await;
    b.logout().await;

    // A Council reviewer sees the dashboard, read-only, and the approved value on the indicator page.
    b.login(&srv.base, "council@itu.test", PW).await;
    let t = b.wait_text("Status of").await;
    assert!(t.contains("Status of") && t.contains("reviewer"), "{t}");
    assert!(
        !t.contains("Data entry") && !t.contains("Approvals"),
        "no write navigation for reviewers"
    );
    b.shot("dashboard-reviewer").await;
    b.go(&format!("{}/?plan=SP2028-2031&year=2029", srv.base)).await;
    let after = b.attention_row("KPI-R1").await;
    assert_eq!(
        after, None,
        "with the approved 2029 value, KPI-R1 is no longer stale nor off track"
    );
    b.go(&format!("{}/indicators/KPI-R1?plan=SP2028-2031&year=2029", srv.base))
        .await;
    let t = b.text().await;
    assert!(
        t.contains("4,321") && t.contains("Filings processed in 2029") && t.contains("approved"),
        "the reviewer sees the approved value: {t}"
    );
    b.shot("indicator-reviewer").await;

    // … sees only the published run on the reports page, and downloads its report.
    b.go(&format!("{}/reports?plan=SP2028-2031&year=2029", srv.base)).await;
    let t = b.text().await;
    assert!(t.contains("Published reports") && !t.contains("Freeze a run"), "{t}");
    let rows = b.run_rows().await;
    assert_eq!(rows.len(), 1, "a reviewer sees the published run only: {rows:?}");
    assert!(
        rows[0].starts_with(&format!("{published} SP2028-2031 annual report 2029 published")),
        "{rows:?}"
    );
    b.shot("reports-reviewer").await;

    let cookie = b.session_cookie().await;
    let html_url = b.href("a[href$='/files/report.html']").await;
    assert!(
        html_url.ends_with(&format!("/reports/{published}/files/report.html")),
        "{html_url}"
    );
    let d = fetch(&html_url, &cookie).await;
    assert_eq!(d.status, 200, "{html_url}");
    assert!(d.content_type.starts_with("text/html"), "{}", d.content_type);
    let html = String::from_utf8(d.body).expect("utf-8 report");
    assert!(
        html.contains("annual report to Council, 2029"),
        "the report: {html:.400}"
    );
    assert!(html.contains("KPI-R1"), "the report lists KPI-R1");

    let zip_url = b.href(&format!("a[href$='/reports/{published}/zip']")).await;
    let d = fetch(&zip_url, &cookie).await;
    assert_eq!(d.status, 200, "{zip_url}");
    assert_eq!(d.content_type, "application/zip");
    assert!(
        d.disposition.as_deref().is_some_and(|v| v.starts_with("attachment")),
        "{:?}",
        d.disposition
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(d.body)).expect("a zip");
    let mut report = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("report.html").expect("report.html in the zip"),
        &mut report,
    )
    .unwrap();
    assert_eq!(report, html, "the zip holds the same report.html");
    // The report as a reader opens it: the same accessibility checks, axe-core and the Nu HTML checker.
    b.go(&html_url).await;
    b.shot("report").await;
    b.go(&srv.base).await;

    // The unpublished run is not there for the reviewer, not even by its address.
    for path in [
        format!("/api/v1/reports/{unpublished}/files/report.html"),
        format!("/api/v1/reports/{unpublished}/zip"),
    ] {
        let d = fetch(&format!("{}{path}", srv.base), &cookie).await;
        assert_eq!(d.status, 404, "{path} for a reviewer");
    }
    b.logout().await;

    b.c.close().await.unwrap();
}

impl Browser {
    /// Freezes a report run for `year` of the plan being viewed from the reports page, and returns its id.
    pub(crate) async fn freeze_run(&self, year: &str) -> String {
        self.fill("r-year", year).await;
        self.click("form[method=post][action='/reports'] button[type=submit]")
            .await;
        // Building the report (charts, workbook, PDF) takes a while in a debug build.
        // This year's message: an earlier run's "was frozen" may still be on the page being replaced.
        let t = self.wait_text_for(&format!("for {year} was frozen"), 60).await;
        let id = t
            .split("Report run ")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .expect("the run id in the message");
        assert!(t.contains(&format!("Report run {id} for {year} was frozen")), "{t}");
        id.to_owned()
    }

    /// The dashboard's "needs attention" row of indicator `code`, if it is listed.
    async fn attention_row(&self, code: &str) -> Option<String> {
        for r in self
            .c
            .find_all(Locator::Css("section[aria-labelledby=attention-h] tbody tr"))
            .await
            .unwrap()
        {
            let t = r.text().await.unwrap();
            if t.starts_with(&format!("{code} ")) {
                return Some(t);
            }
        }
        None
    }

    /// The text of every run row on the reports page.
    async fn run_rows(&self) -> Vec<String> {
        let mut out = Vec::new();
        for r in self.c.find_all(Locator::Css("table tbody tr")).await.unwrap() {
            out.push(r.text().await.unwrap().split_whitespace().collect::<Vec<_>>().join(" "));
        }
        out
    }
}

/// The checks run on every page would pass vacuously if the script were broken: run them once on a
/// page that breaks each rule and require every problem to be reported.
async fn the_accessibility_check_finds_what_it_looks_for(b: &Browser) {
    let page = r##"<!DOCTYPE html><html><head><title>broken</title>
<style>a:focus { outline: none } .pale { color: #999 } button:focus { outline: none }</style></head>
<body><header><nav><a href="/">Home</a></nav></header>
<h2>No h1 first</h2><h4>Skipped a level</h4>
<main><form><input id="nolabel" name="nolabel"><select name="s"><option>x</option></select>
<label for="ghost">Ghost</label><button></button>
<input id="dangling" aria-label="Dangling" aria-describedby="gone"></form>
<details><summary><a href="/y">a link in a summary</a></summary>more</details>
<table><tr><td>no header</td></tr></table><table><tr><th>no scope</th></tr></table>
<img src="x.png"><svg width="10" height="10"><rect width="10" height="10"/></svg>
<span role="img"></span><p class="pale">pale text</p><a href="/x">link</a></main><main></main></body></html>"##;
    b.go(&format!(
        "data:text/html;charset=utf-8,{}",
        page.replace('#', "%23").replace('\n', " ")
    ))
    .await;
    let found = b.a11y_problems("self-test").await.join("\n");
    for expected in [
        "no lang attribute",
        "2 <main> elements",
        "not a skip link",
        "input#nolabel[name=nolabel] has no label",
        "select[name=s] has no label",
        "label for=\"ghost\" points at nothing",
        "input#dangling has aria-describedby=\"gone\", which is on no element",
        "button has no accessible name",
        "has no <th>",
        "\"no scope\" has no scope",
        "0 <h1>",
        "<h4> \"Skipped a level\" follows h2",
        "img has no alt",
        "an <svg> without role=img",
        "span has role=img and no aria-label",
        "for \"pale text\"",
        "shows no focus outline",
    ] {
        assert!(
            found.contains(expected),
            "the check misses `{expected}`; it found:\n{found}"
        );
    }
    // axe-core runs on the same page and finds its own rules broken there.
    let found = axe_violations(&b.c, "self-test").await.join("\n");
    for expected in [
        "html-has-lang (serious)",
        "image-alt (critical)",
        "label (critical)",
        "button-name (critical)",
        "color-contrast (serious)",
        "nested-interactive (serious)",
        "    img  <img src=\"x.png\">",
    ] {
        assert!(
            found.contains(expected),
            "axe-core misses `{expected}`; it found:\n{found}"
        );
    }
    // The Nu HTML checker reports a misplaced caption and a stray end tag with the file and line.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.html");
    std::fs::write(
        &file,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>broken</title></head><body>\n\
         <figure><svg role=\"img\" aria-label=\"c\"></svg><figcaption>Figure</figcaption><table><tr><td>1</td></tr></table></figure>\n\
         </div></body></html>\n",
    )
    .unwrap();
    let found = vnu_errors(&[file]).join("\n");
    for expected in [
        "broken.html:3: Element “table” not allowed as child of element “figure”",
        "broken.html:4: Stray end tag “div”",
    ] {
        assert!(
            found.contains(expected),
            "the Nu HTML checker misses `{expected}`; it found:\n{found}"
        );
    }
}
