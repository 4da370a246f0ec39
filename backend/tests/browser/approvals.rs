//! The office decides on submitted values with their context in a real browser: approves one, returns
//! another with its own note; the planner sees the notices' count in the header, the returned value
//! with its note on the dashboard, and the notices page. The queue and the notices fit a 390 px screen
//! (the wide table scrolls inside its own region).

use crate::harness::{Browser, PW, Server, walk};
use fantoccini::Locator;
use std::process::Command;

/// Imports `csv` as `email`, submitted for approval, through the CLI on the server's database.
fn import_submitted(srv: &Server, email: &str, csv: &str) {
    let file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    std::fs::write(file.path(), csv).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(["import", "--plan", "SP2028-2031", "--as", email, "--submit"])
        .arg(file.path())
        .env("DATABASE_URL", &srv.db_url)
        .output()
        .unwrap();
    assert!(out.status.success(), "import: {}", String::from_utf8_lossy(&out.stderr));
}

/// The text of the queue row whose checkbox is labelled for `slot` ("KPI-R1 2029").
async fn queue_row(b: &Browser, slot: &str) -> (String, String) {
    for cb in b.c.find_all(Locator::Css("input[name=ids]")).await.unwrap() {
        let label = cb.attr("aria-label").await.unwrap().unwrap_or_default();
        if label.contains(slot) {
            let id = cb.attr("value").await.unwrap().unwrap();
            let row = b.c.find(Locator::Id(&format!("value-{id}"))).await.unwrap();
            return (id, row.text().await.unwrap());
        }
    }
    panic!("{slot} is not in the queue");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_office_approves_one_value_with_its_context_and_returns_another_with_a_note_the_planner_reads() {
    let Some((b, srv)) = walk(&[("planner.br@itu.test", "planner", Some("BR"))]).await else {
        return;
    };
    b.first_admin(&srv).await;
    import_submitted(
        &srv,
        "planner.br@itu.test",
        "indicator_code,year,value,narrative,evidence_url\n\
         KPI-R1,2029,135,Countries in the MIFR at year end.,https://www.itu.int/br/mifr\n\
         KPI-R4,2029,540,Backlog at year end.,\n",
    );

    // The office sees each value with its context, and is told of the submission in the header.
    b.go(&format!("{}/approvals?plan=SP2028-2031&year=2029", srv.base))
        .await;
    let header = b.text_of("a[href='/notifications']").await;
    assert!(header.contains("Notices 1"), "one notice of the import: {header}");
    let (r1, row) = queue_row(&b, "KPI-R1 2029").await;
    for want in [
        "135",
        "count",
        "+2",
        "last year 2028: 133",
        "expected 135",
        "target 140 by 2031",
        "On track",
        "planner.br@itu.test",
        "evidence",
    ] {
        assert!(row.contains(want), "the KPI-R1 row shows {want}: {row}");
    }
    b.shot("approvals-context").await;
    b.c.find(Locator::Css(&format!("#sel-{r1}")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.click("button[value=approve]").await;
    b.wait_text("Approved 1 value(s): KPI-R1 2029").await;
    let (r4, _) = queue_row(&b, "KPI-R4 2029").await;
    b.fill(
        &format!("note-{r4}"),
        "The backlog figure has no source: add the BR report.",
    )
    .await;
    b.click(&format!("button[name=return_one][value='{r4}']")).await;
    b.wait_text("Returned 1 value(s): KPI-R4 2029").await;
    b.shot("approvals-decided").await;
    b.logout().await;

    // The planner is told of both, and finds the returned value with its note on the dashboard.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    b.go(&format!("{}/?plan=SP2028-2031&year=2029", srv.base)).await;
    let header = b.text_of("a[href='/notifications']").await;
    assert!(header.contains("Notices 2"), "returned and approved: {header}");
    let returned = b.text_of("section[aria-labelledby=returned-h]").await;
    assert!(
        returned.contains("KPI-R4 2029") && returned.contains("The backlog figure has no source"),
        "{returned}"
    );
    b.shot("dashboard-returned").await;
    b.go(&format!("{}/notifications", srv.base)).await;
    let t = b.text().await;
    assert!(t.contains("was returned by") && t.contains("was approved by"), "{t}");
    b.shot("notifications").await;
    b.click("form[action='/notifications/read'] button").await;
    b.wait_text("Marked 2 notice(s) read").await;
    let header = b.text_of("a[href='/notifications']").await;
    assert_eq!(header.trim(), "Notices", "nothing unread");

    // At phone width the pages do not scroll sideways.
    b.resize(390, 844).await;
    b.go(&format!("{}/notifications", srv.base)).await;
    assert_eq!(b.overflow().await, None, "/notifications at 390 px");
    b.shot("notifications-390").await;
    b.logout().await;
    b.login(&srv.base, "admin@stratrack.local", PW).await;
    b.go(&format!("{}/approvals?plan=SP2028-2031", srv.base)).await;
    assert_eq!(b.overflow().await, None, "/approvals at 390 px");
    b.shot("approvals-390").await;
    b.c.close().await.unwrap();
}
