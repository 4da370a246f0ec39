//! A Council member compares two years on a phone with the keyboard: from the dashboard to the
//! comparison, the page fits 390 px (the tables scroll in their own labelled regions) and passes the
//! accessibility checks, and a count of one kind of move opens its list by the Enter key.

use crate::harness::{Server, browser};
use fantoccini::Locator;

const PW: &str = "a long enough passphrase";

/// The WebDriver code of the Enter key.
const ENTER: &str = "\u{E007}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_member_compares_two_years_on_a_phone_with_the_keyboard() {
    let Some(b) = browser().await else { return };
    let srv = Server::start();
    srv.add_user("council@itu.test", "reviewer", None, PW);
    b.resize(390, 844).await;
    b.login(&srv.base, "council@itu.test", PW).await;
    b.go(&format!("{}/?plan=SP2028-2031&year=2029", srv.base)).await;
    b.click("#compare-link").await;
    b.wait_text("How statuses moved from 2028 to 2029").await;
    assert_eq!(b.overflow().await, None, "the comparison fits a phone's width");
    b.shot("compare").await;
    let region =
        b.c.find(Locator::Css("div.scroll[role=region]"))
            .await
            .expect("the indicators scroll in a region");
    assert_eq!(
        region.attr("tabindex").await.unwrap().as_deref(),
        Some("0"),
        "reachable by keyboard"
    );

    let link =
        b.c.find(Locator::Css("ul.moves a[href*='change=worsened']"))
            .await
            .expect("a count of worsened statuses");
    link.send_keys(ENTER).await.unwrap();
    b.wait_text("Status move").await;
    for _ in 0..100 {
        if b.c
            .current_url()
            .await
            .unwrap()
            .query()
            .is_some_and(|q| q.contains("change=worsened"))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let rows = b.text_of("#compared tbody").await;
    assert!(
        rows.lines().all(|l| l.contains("Worsened")) || rows.contains("No indicator with these filters."),
        "only worsened statuses are listed: {rows}"
    );
    assert_eq!(b.overflow().await, None);
    b.shot("compare-worsened").await;
}
