//! The collection of a year in a real browser: the office sets the due date of 2029 on the collection
//! page, a BR planner sees it on their dashboard and submits a value, the office approves it and sees
//! BR's completeness change; the collection page and the dashboard fit a 390 px wide screen.

use crate::harness::{Browser, PW, walk};
use fantoccini::Locator;

const VIEW: &str = "plan=SP2028-2031&year=2029";

impl Browser {
    /// The text of the completeness board's row of unit `code`, cells separated by single spaces.
    async fn board_row(&self, code: &str) -> String {
        let row = self
            .c
            .find(Locator::Css(&format!("#completeness tr#unit-{code}")))
            .await
            .unwrap_or_else(|e| panic!("no board row of {code}: {e}"));
        let mut cells = Vec::new();
        for c in row.find_all(Locator::Css("th, td")).await.unwrap() {
            cells.push(c.text().await.unwrap());
        }
        cells.join(" | ")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_office_sets_a_due_date_and_sees_completeness_change_once_a_planners_value_is_approved() {
    let Some((b, srv)) = walk(&[("planner.br@itu.test", "planner", Some("BR"))]).await else {
        return;
    };
    b.first_admin(&srv).await;

    // The office sets the dates of 2029 (due in the past, so what is missing is overdue today).
    b.go(&format!("{}/collection?{VIEW}", srv.base)).await;
    b.wait_text("Collection of 2029").await;
    assert!(
        b.board_row("BR").await.contains("— | —"),
        "no dates yet: {}",
        b.board_row("BR").await
    );
    b.set_date("opens-on", "2026-01-01").await;
    b.set_date("due-on", "2026-01-31").await;
    b.click("form[action='/collection/dates'] button[type=submit]").await;
    b.wait_text("is due on 2026-01-31 for every unit").await;
    let before = b.board_row("BR").await;
    assert!(
        before.starts_with("BR Radiocommunication Bureau | 9 | 9 | 0 | 0 | 0 | 0 | 0.0 %"),
        "{before}"
    );
    assert!(
        before.contains("2026-01-31") && before.ends_with("9 overdue"),
        "{before}"
    );
    b.shot("collection-admin").await;
    b.logout().await;

    // The BR planner sees what is due on the dashboard, and submits a value.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    b.go(&format!("{}/?{VIEW}", srv.base)).await;
    let due = b.text_of("#due tbody").await;
    assert!(due.starts_with("BR 2026-01-01 2026-01-31 9 0 9 overdue"), "{due}");
    let basis = b.text_of("#basis").await;
    assert!(
        basis.contains("from 2028)"),
        "statuses of 2029 rest on 2028 values: {basis}"
    );
    b.shot("dashboard-planner-collection").await;
    b.go(&format!("{}/entry/KPI-R1?{VIEW}", srv.base)).await;
    b.fill("f-value", "4321").await;
    b.click("button[value=submit]").await;
    b.wait_text("Submitted KPI-R1 for approval").await;
    b.go(&format!("{}/collection?{VIEW}", srv.base)).await;
    let mine = b.board_row("BR").await;
    assert!(mine.contains("| 1 | 0 | 11.1 %"), "submitted, not yet approved: {mine}");
    assert!(
        b.c.find_all(Locator::Css("#completeness tbody tr"))
            .await
            .unwrap()
            .len()
            == 1,
        "a planner sees their own unit only"
    );
    b.shot("collection-planner").await;
    b.logout().await;

    // The office approves it, and BR's line moves from submitted to approved.
    b.login(&srv.base, "admin@stratrack.local", PW).await;
    b.go(&format!("{}/approvals", srv.base)).await;
    for cb in b.c.find_all(Locator::Css("input[name=ids]")).await.unwrap() {
        if cb
            .attr("aria-label")
            .await
            .unwrap()
            .unwrap_or_default()
            .contains("KPI-R1 2029")
        {
            cb.click().await.unwrap();
        }
    }
    b.click("button[value=approve]").await;
    b.wait_text("Approved 1 value(s)").await;
    b.go(&format!("{}/collection?{VIEW}", srv.base)).await;
    let after = b.board_row("BR").await;
    assert!(
        after.starts_with("BR Radiocommunication Bureau | 9 | 8 | 0 | 0 | 0 | 1 | 11.1 %"),
        "{after}"
    );
    assert!(after.ends_with("8 overdue"), "{after}");
    b.shot("collection-after-approval").await;

    // At phone width the board scrolls inside its own region, never the page.
    b.resize(390, 900).await;
    for path in [format!("/collection?{VIEW}"), format!("/?{VIEW}")] {
        b.go(&format!("{}{path}", srv.base)).await;
        assert_eq!(b.overflow().await, None, "{path} is wider than a 390 px screen");
    }
    b.shot("collection-390").await;
    b.logout().await;
    b.c.close().await.unwrap();
}
