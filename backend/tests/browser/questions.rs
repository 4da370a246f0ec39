//! Questions from Council, the acceptance path: a Council member asks about a section of a published
//! run on a phone, the Secretary-General's office replies and marks the thread answered, and the next
//! frozen run's report carries the thread in its annex. Every page passes the accessibility checks.

use crate::harness::{Browser, PW, Server, browser, fetch};
use fantoccini::Locator;

/// The WebDriver code of the Enter key.
const ENTER: &str = "\u{E007}";

/// Freezes the report of `year` from the reports page as the office; returns the new run's id (the
/// first row of the list, newest first).
async fn freeze(b: &Browser, srv: &Server, year: &str) -> String {
    b.go(&format!("{}/reports?plan=SP2028-2031&year={year}", srv.base))
        .await;
    b.fill("r-year", year).await;
    b.click("form[method=post][action='/reports'] button[type=submit]")
        .await;
    b.wait_text_for("was frozen", 90).await;
    let link = b.href("td > a[href^='/reports/']").await;
    link.rsplit('/').next().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_member_asks_on_a_published_run_the_office_answers_and_the_next_run_carries_it() {
    let Some(b) = browser().await else { return };
    let srv = Server::start();
    srv.add_user("council@itu.test", "reviewer", None, PW);
    b.first_admin(&srv).await;
    let run = freeze(&b, &srv, "2029").await;
    b.click(&format!("form[action='/reports/{run}/publish'] button")).await;
    b.wait_text(&format!("Report run {run} is published to Council")).await;
    b.logout().await;

    // The Council member, on a phone, opens the published run and asks about its finance section with
    // the keyboard.
    b.resize(390, 844).await;
    b.login(&srv.base, "council@itu.test", PW).await;
    b.go(&format!("{}/reports/{run}", srv.base)).await;
    b.wait_text("Ask a question").await;
    assert_eq!(b.overflow().await, None, "the run's page fits a phone's width");
    b.shot("question-ask").await;
    // A title of blanks is refused on a page of its own that keeps what was typed (and is checked too).
    b.fill("q-title", "   ").await;
    b.fill("q-body", "Why?").await;
    b.click("#ask-question button[type=submit]").await;
    b.wait_text("Your question was not sent").await;
    b.shot("question-ask-refused").await;
    b.go(&format!("{}/reports/{run}", srv.base)).await;
    b.wait_text("Ask a question").await;
    b.choose("q-section", "finance").await;
    b.fill("q-title", "Low execution in BR").await;
    b.fill("q-body", "Why was less than half of the BR budget spent?").await;
    b.c.find(Locator::Css("#ask-question button[type=submit]"))
        .await
        .unwrap()
        .send_keys(ENTER)
        .await
        .unwrap();
    let t = b.wait_text("was sent to the Secretary-General's office").await;
    assert!(t.contains("Section: Finance") && t.contains("Council member"), "{t}");
    let reviewer_forms = b.c.find_all(Locator::Css("#reply, #assign, #mark")).await.unwrap();
    assert!(
        reviewer_forms.is_empty(),
        "a Council member is offered no reply, assignment or status form"
    );
    assert_eq!(b.overflow().await, None);
    b.shot("question-asked").await;
    b.go(&format!("{}/reports/{run}", srv.base)).await;
    assert!(
        b.text_of("ul.threads").await.contains("Low execution in BR"),
        "the run lists its thread"
    );
    b.logout().await;

    // The office finds it on the Questions page, replies and marks it answered.
    b.resize(1280, 900).await;
    b.login(&srv.base, "admin@stratrack.local", PW).await;
    b.go(&format!("{}/questions?plan=SP2028-2031&status=open", srv.base))
        .await;
    b.wait_text("Low execution in BR").await;
    b.shot("questions").await;
    b.click("td > a[href^='/questions/']").await;
    b.wait_text("Who answers").await;
    b.fill("r-body", "Recruitment for two posts was delayed to 2030.").await;
    b.click("#reply button[type=submit]").await;
    b.wait_text("Your reply was added").await;
    b.click("#mark button[type=submit]").await;
    let t = b.wait_text("is now answered").await;
    assert!(t.contains("Open the question again"), "{t}");
    b.shot("question-answered").await;

    // The next frozen run carries the thread in its annex.
    let next = freeze(&b, &srv, "2029").await;
    assert_ne!(next, run);
    let cookie = b.session_cookie().await;
    let page = fetch(
        &format!("{}/api/v1/reports/{next}/files/report.html", srv.base),
        &cookie,
    )
    .await;
    assert_eq!(page.status, 200);
    let html = String::from_utf8(page.body).unwrap();
    for needle in [
        "Annex: questions from Council members and replies",
        "Low execution in BR",
        "Why was less than half of the BR budget spent?",
        "Recruitment for two posts was delayed to 2030.",
    ] {
        assert!(html.contains(needle), "the annex of run {next} lacks `{needle}`");
    }
    // The report with its annex of questions passes the accessibility checks, axe-core and the Nu checker.
    b.go(&format!("{}/api/v1/reports/{next}/files/report.html", srv.base))
        .await;
    b.shot("report-questions").await;
    let first = fetch(&format!("{}/api/v1/reports/{run}/files/report.html", srv.base), &cookie).await;
    assert!(
        !String::from_utf8(first.body)
            .unwrap()
            .contains("questions from Council"),
        "the run asked about is unchanged"
    );
}
