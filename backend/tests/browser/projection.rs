//! A Council member compares 2028 and 2029 and opens an indicator from the comparison by the keyboard: its
//! page states the projection to the target year in words and draws the projected stretch dashed and
//! labelled as a projection, fits 390 px and passes the accessibility checks (issue 16's reviewer path).

use crate::harness::{Server, browser};
use fantoccini::Locator;

const PW: &str = "a long enough passphrase";

/// The WebDriver code of the Enter key.
const ENTER: &str = "\u{E007}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_member_opens_an_indicator_from_the_comparison_and_reads_its_projection() {
    let Some(b) = browser().await else { return };
    let srv = Server::start();
    srv.add_user("council.projection@itu.test", "reviewer", None, PW);
    b.resize(390, 844).await;
    b.login(&srv.base, "council.projection@itu.test", PW).await;
    b.go(&format!("{}/compare?plan=SP2028-2031&a=2028&b=2029", srv.base))
        .await;
    b.wait_text("How statuses moved from 2028 to 2029").await;
    let link =
        b.c.find(Locator::Css("#compared a[href^='/indicators/KPI-T1.1?']"))
            .await
            .expect("KPI-T1.1 is compared");
    link.send_keys(ENTER).await.unwrap();
    b.wait_path(|p| p.starts_with("/indicators/KPI-T1.1")).await;
    let said = b.text_of("#projection").await;
    // Least squares through the baseline and the approved annual values (docs/PROJECTION.md), to the
    // target year 2030; the API test `projections` works the figures out.
    assert!(
        said.starts_with("Projection: the target is"),
        "the projection is stated in words: {said}"
    );
    assert!(
        said.contains("in 2030, by a least-squares line through the baseline"),
        "{said}"
    );
    let outlook =
        b.c.find(Locator::Css("#projection"))
            .await
            .unwrap()
            .attr("data-outlook")
            .await
            .unwrap()
            .unwrap_or_default();
    assert!(
        said.contains(&format!("is {outlook} to be met")),
        "the words say the outlook {outlook}: {said}"
    );
    let page = b.c.source().await.unwrap();
    let group = &page[page
        .find(r#"<g class="projection">"#)
        .expect("the projected stretch is drawn")..];
    let group = &group[..group.find("</g>").unwrap()];
    assert!(group.contains("stroke-dasharray"), "drawn dashed: {group}");
    assert!(
        group.contains("projection 2030:"),
        "and labelled as a projection: {group}"
    );
    assert_eq!(b.overflow().await, None, "the indicator page fits a phone's width");
    b.shot("projection-indicator").await;
}
