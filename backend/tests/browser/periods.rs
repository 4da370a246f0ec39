//! The office locks a year, grants one unit a lock exception and revokes it, in a real browser; the unit's
//! planner enters a value during the exception and is refused after it, the refusal naming the exception;
//! another unit is refused throughout. The periods page fits a 390 px wide screen.

use crate::harness::{Browser, PW, walk};
use fantoccini::Locator;

/// Types `value` into the first field matching `css`.
async fn fill_css(b: &Browser, css: &str, value: &str) {
    let e =
        b.c.find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("field {css}: {e}"));
    e.clear().await.unwrap();
    e.send_keys(value).await.unwrap();
}

/// Enters `value` for indicator `code` in 2029 on its entry form as a draft and returns the page text.
async fn enter(b: &Browser, base: &str, code: &str, value: &str, answer: &str) -> String {
    b.go(&format!("{base}/entry/{code}?plan=SP2028-2031&year=2029")).await;
    b.fill("f-value", value).await;
    b.click("button[value=draft]").await;
    b.wait_text(answer).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_office_grants_a_unit_a_lock_exception_that_ends_when_revoked() {
    let Some((b, srv)) = walk(&[
        ("planner.br@itu.test", "planner", Some("BR")),
        ("planner.tsb@itu.test", "planner", Some("TSB")),
    ])
    .await
    else {
        return;
    };
    b.first_admin(&srv).await;

    // The office locks 2029 with a note (every BR value of 2028 is already approved in the seed, so the
    // walk locks the year still being collected: the unit then has a slot to fill during its exception).
    b.go(&format!("{}/periods?plan=SP2028-2031&year=2029", srv.base)).await;
    b.shot("periods").await;
    b.fill("lock-note-2029", "Books closed for the Council report").await;
    b.click("#lock-2029 button[type=submit]").await;
    let t = b.wait_text("Locked reporting period 2029 of SP2028-2031").await;
    assert!(
        t.contains("Books closed for the Council report"),
        "the note is shown: {t}"
    );
    b.shot("periods-locked").await;

    // … and grants BR an exception until tomorrow.
    let until = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    b.c.find(Locator::Css("#grant-year option[value='2029']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.c.find(Locator::Css("#grant-unit option[value='BR']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.fill("grant-until", &until).await;
    b.fill("grant-note", "Late spectrum survey").await;
    b.click("#grant button[type=submit]").await;
    b.wait_text("BR may change values of 2029 of SP2028-2031").await;
    b.shot("periods-exception").await;
    b.logout().await;

    // BR enters a value during its exception; TSB is still refused, naming the lock.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    enter(&b, &srv.base, "KPI-R1", "4321", "Saved KPI-R1 as a draft").await;
    b.shot("periods-entry-during-exception").await;
    b.logout().await;
    b.login(&srv.base, "planner.tsb@itu.test", PW).await;
    let t = enter(&b, &srv.base, "KPI-S1", "300", "was locked on").await;
    assert!(
        t.contains("reporting period 2029 of SP2028-2031 was locked on") && !t.contains("exception granted to TSB"),
        "{t}"
    );
    b.logout().await;

    // The office revokes the exception.
    b.login(&srv.base, "admin@stratrack.local", PW).await;
    b.go(&format!("{}/periods?plan=SP2028-2031&year=2029", srv.base)).await;
    fill_css(&b, "textarea[id^='revoke-note-']", "Council report frozen").await;
    b.click("form[id^='revoke-'] button[type=submit]").await;
    b.wait_text("Revoked the exception of BR to 2029 of SP2028-2031").await;
    b.shot("periods-revoked").await;

    // At phone width the page itself never scrolls sideways: its tables scroll in their own regions.
    let (w, h) = b.c.get_window_size().await.unwrap();
    b.c.set_window_size(390, 844).await.unwrap();
    b.go(&format!("{}/periods?plan=SP2028-2031&year=2029", srv.base)).await;
    assert_eq!(b.overflow().await, None, "the periods page fits a 390 px screen");
    b.shot("periods-390").await;
    b.c.set_window_size(w as u32, h as u32).await.unwrap();
    b.logout().await;

    // After the exception, BR is refused and told which exception ended.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    let t = enter(&b, &srv.base, "KPI-R3", "70", "was revoked on").await;
    assert!(
        t.contains("the exception granted to BR until")
            && t.contains("by admin@stratrack.local: Council report frozen"),
        "the refusal names the ended exception: {t}"
    );
    b.shot("periods-refused-after-exception").await;
    b.c.close().await.unwrap();
}
