//! The planner's entry grid in a real browser: five values typed at once (one bad, which stores nothing
//! for its row), submitted; one returned by the office with a note; the planner sees it returned,
//! corrects it on its page and submits it again. The grid and the value's page fit a 390 px screen.

use crate::harness::{Browser, PW, walk};
use fantoccini::Locator;
const GRID: &str = "/entry?plan=SP2028-2031&year=2029";

/// Returns the 2029 value of `code` with `note` through the API, as the admin logged in the browser
/// (session cookie and its CSRF token, taken from the page's form), and answers the HTTP status.
async fn return_with_note(b: &Browser, code: &str, note: &str) -> i64 {
    let script = "const [code, note, done] = arguments; \
        const csrf = document.querySelector('input[name=csrf]').value; \
        fetch('/api/v1/measurements?year=2029&indicator=' + code).then(r => r.json()).then(list => \
          fetch('/api/v1/measurements/' + list.items[0].id + '/return', {method: 'POST', \
            headers: {'content-type': 'application/json', 'x-csrf-token': csrf}, body: JSON.stringify({note})})) \
        .then(r => done(r.status), e => done(String(e)));";
    let answer = b.c.execute_async(script, vec![code.into(), note.into()]).await.unwrap();
    answer.as_i64().unwrap_or_else(|| panic!("return of {code}: {answer}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_planner_fills_the_grid_and_corrects_a_returned_value_in_the_pages() {
    let Some((b, srv)) = walk(&[
        ("planner.br@itu.test", "planner", Some("BR")),
        ("office@itu.test", "admin", None),
    ])
    .await
    else {
        return;
    };

    // Five values typed in the grid (rows by code: KPI-R1, KPI-R2, KPI-R3 …), one with a decimal comma.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    b.go(&format!("{}{GRID}", srv.base)).await;
    b.wait_text("9 indicator(s) match").await;
    b.shot("entry-grid").await;
    for (i, value) in [(0, "136"), (2, "70.5"), (3, "5,20"), (4, "90"), (5, "75")] {
        b.fill(&format!("value_{i}"), value).await;
        b.click(&format!("#submit_{i}")).await;
    }
    b.click("form[action^='/entry?'] button[type=submit]").await;
    let t = b
        .wait_text("4 saved (4 submitted for approval), 1 not saved: see the row")
        .await;
    assert!(t.contains("decimal commas are not accepted"), "{t}");
    let bad = b.text_of("#row-KPI-R4").await;
    assert!(bad.contains("Not saved: value"), "the error is on the bad row: {bad}");
    assert_eq!(
        b.c.find(Locator::Id("value_3"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("5,20"),
        "the bad row keeps what was typed"
    );
    b.shot("entry-grid-one-row-refused").await;
    b.go(&format!("{}{GRID}&state=submitted", srv.base)).await;
    b.wait_text("4 indicator(s) match of 9").await;
    b.go(&format!("{}{GRID}&state=none", srv.base)).await;
    let none = b.wait_text("5 indicator(s) match of 9").await;
    assert!(none.contains("KPI-R4"), "the bad row stored nothing: {none}");
    b.logout().await;

    // The office returns KPI-R3 with a note.
    b.login(&srv.base, "office@itu.test", PW).await;
    b.go(&format!("{}{GRID}&unit=BR", srv.base)).await;
    b.wait_text("9 indicator(s) match").await;
    b.shot("entry-grid-office").await;
    let note = "70.5 is the 2028 figure: send the 2029 one";
    assert_eq!(return_with_note(&b, "KPI-R3", note).await, 200);
    b.logout().await;

    // The planner sees it returned with its note, corrects it on its page and submits it again.
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    b.go(&format!("{}{GRID}", srv.base)).await;
    let row = b.text_of("#row-KPI-R3").await;
    assert!(row.contains("returned") && row.contains(note), "{row}");
    let history = b.href("#row-KPI-R3 a[href^='/entry/values/']").await;
    b.go(&history).await;
    b.wait_text(note).await;
    b.shot("entry-value-returned").await;
    b.fill("v-value", "72.25").await;
    b.click("button[name=action][value=submit]").await;
    let t = b.wait_text("Submitted KPI-R3 for approval").await;
    assert!(t.contains("72.25") && t.contains("submitted"), "{t}");
    let steps = b.text_of("#steps").await;
    for step in ["entered", "submitted", "returned", "edited"] {
        assert!(steps.contains(step), "{step} in the history: {steps}");
    }
    b.shot("entry-value-resubmitted").await;

    // At 390 px the grid and the value's page are no wider than the screen.
    b.resize(390, 844).await;
    for path in [GRID.to_owned(), history.trim_start_matches(&srv.base).to_owned()] {
        b.go(&format!("{}{path}", srv.base)).await;
        b.wait_text("2029").await;
        assert_eq!(b.overflow().await, None, "{path} at 390 px");
    }
    b.shot("entry-value-390").await;
    b.go(&format!("{}{GRID}", srv.base)).await;
    b.shot("entry-grid-390").await;
    b.c.set_window_size(1280, 1000).await.unwrap();
    b.c.close().await.unwrap();
}
