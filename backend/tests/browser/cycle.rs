//! A Council member reads the plan-cycle view on a phone with the keyboard: from the plans page to the
//! frameworks of 2028-2031 and 2024-2027 side by side, the page fits 390 px and passes the accessibility
//! checks, the count of carried-over indicators opens their list by the Enter key, and a carried-over
//! indicator opens its page, where the values of both plan periods stand in one table.

use crate::harness::{Browser, walk};
use fantoccini::Locator;

/// The WebDriver code of the Enter key.
const ENTER: &str = "\u{E007}";

/// Presses Enter on the first element `css` selects, as a keyboard user does on a focused link.
async fn enter(b: &Browser, css: &str) {
    b.c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .send_keys(ENTER)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_member_follows_a_carried_over_indicator_across_both_plan_periods() {
    let Some((b, srv)) = walk(&[("council@itu.test", "reviewer", None)]).await else {
        return;
    };
    b.resize(390, 844).await;
    b.login(&srv.base, "council@itu.test", crate::harness::PW).await;
    b.go(&format!("{}/plans", srv.base)).await;
    enter(&b, "#cycle-SP2028-2031").await;
    b.wait_text("Plan cycle — SP2028-2031 (2028-2031) beside SP2024-2027 (2024-2027)")
        .await;
    assert_eq!(b.overflow().await, None, "the cycle view fits a phone's width");
    b.shot("cycle").await;
    let region =
        b.c.find(Locator::Css("div.scroll[role=region]"))
            .await
            .expect("the indicators scroll in a region");
    assert_eq!(
        region.attr("tabindex").await.unwrap().as_deref(),
        Some("0"),
        "reachable by keyboard"
    );

    enter(&b, "#classes a[href*='class=carried_over']").await;
    for _ in 0..100 {
        let url = b.c.current_url().await.unwrap();
        if url.query().is_some_and(|q| q.contains("class=carried_over")) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.wait_text("Indicators of SP2028-2031 and their predecessors: 9 with these filters")
        .await;
    let rows = b.text_of("#cycle tbody").await;
    assert_eq!(rows.matches("Carried over").count(), 9, "{rows}");
    assert!(
        !rows.contains("Redefined") && !rows.contains("Dropped"),
        "only carried-over indicators: {rows}"
    );
    assert!(rows.contains("KPI-T1.1") && rows.contains("KPI-G1.1"), "{rows}");

    enter(&b, "#cycle a[href^='/indicators/KPI-T1.1']").await;
    b.wait_text("KPI-T1.1 carries over KPI-G1.1").await;
    assert_eq!(b.overflow().await, None, "the indicator page fits a phone's width");
    let both = b.text_of("#series-both").await;
    for row in [
        "2024 SP2024-2027 KPI-G1.1 68 final",
        "2027 SP2024-2027 KPI-G1.1 77 estimated",
        "2028 SP2028-2031 KPI-T1.1 78.6 estimated",
    ] {
        assert!(both.contains(row), "{row} in {both}");
    }
    b.shot("cycle-indicator").await;
}
