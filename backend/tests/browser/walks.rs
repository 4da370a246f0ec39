//! Each role's main path through the pages.

use crate::harness::{Server, browser};

const PW: &str = "a long enough passphrase";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_role_walks_its_main_path_in_a_real_browser() {
    let Some(b) = browser().await else { return };
    let srv = Server::start();
    srv.add_user("planner.br@itu.test", "planner", Some("BR"), PW);
    srv.add_user("council@itu.test", "reviewer", None, PW);

    // Anonymous visitors land on the login page.
    b.go(&srv.base).await;
    assert!(b.c.current_url().await.unwrap().path().starts_with("/login"));
    b.shot("login").await;

    // The first admin must change the one-time password.
    b.login(&srv.base, "admin@stratrack.local", &srv.admin_password).await;
    assert_eq!(b.c.current_url().await.unwrap().path(), "/account");
    b.fill("current_password", &srv.admin_password).await;
    b.fill("new_password", PW).await;
    b.click("form[action='/account/password'] button").await;
    b.wait_text("Your password was changed").await;

    b.go(&srv.base).await;
    let t = b.text().await;
    assert!(t.contains("Status of") && t.contains("Needs attention"), "{t}");
    assert!(t.contains("admin"), "the header shows the role");
    b.shot("dashboard-admin").await;

    b.go(&format!("{}/framework", srv.base)).await;
    assert!(b.text().await.contains("Results framework"));
    b.shot("framework").await;

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
    b.go(&format!("{}/entry/KPI-R1?plan=SP2028-2031&year=2029", srv.base))
        .await;
    b.fill("f-value", "12,5").await;
    b.click("button[value=submit]").await;
    let t = b.text().await;
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
    b.logout().await;

    // A Council reviewer sees the dashboard, read-only.
    b.login(&srv.base, "council@itu.test", PW).await;
    let t = b.text().await;
    assert!(t.contains("Status of") && t.contains("reviewer"), "{t}");
    assert!(
        !t.contains("Data entry") && !t.contains("Approvals"),
        "no write navigation for reviewers"
    );
    b.shot("dashboard-reviewer").await;
    b.logout().await;

    b.c.close().await.unwrap();
}
