//! The year-against-year page as a Council member uses it without scripts: both years side by side,
//! each move told in words beside its arrow, the filters kept in the address and in the pager, the
//! counts of each kind of move linking to their list, and a bad filter named on the page.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

/// The text of the element with id `id` up to the end of its table (empty if absent).
fn table<'h>(html: &'h str, id: &str) -> &'h str {
    let Some(start) = html.find(&format!(r#"id="{id}""#)) else {
        return "";
    };
    let end = html[start..].find("</table>").map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The body rows of a table's text.
fn rows(table: &str) -> Vec<&str> {
    table.split("<tr>").skip(2).collect()
}

const WORDS: [&str; 5] = ["Improved", "Worsened", "Unchanged", "Newly rated", "No longer rated"];

both_backends! {
    async fn a_reviewer_compares_two_years_with_every_move_in_words(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let dashboard = get(&app, Some(&cookie), "/?plan=SP2028-2031&year=2029").await;
        assert!(dashboard.body.contains(r#"href="/compare?plan=SP2028-2031&amp;a=2028&amp;b=2029""#), "the dashboard links to the comparison");
        assert!(dashboard.body.contains(r#"<a href="/compare">Compare years</a>"#), "so does the navigation");

        let page = get(&app, Some(&cookie), "/compare?plan=SP2028-2031&a=2028&b=2029").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained("/compare", &page.body);
        assert!(page.body.contains(r#"<div class="scroll" role="region" aria-label="Indicators in 2028 and 2029" tabindex="0">"#), "the wide table scrolls in its own labelled region");
        let compared = table(&page.body, "compared");
        let lines = rows(compared);
        assert!(!lines.is_empty(), "{compared}");
        for line in &lines {
            assert!(line.contains(r#"<span aria-hidden="true">"#), "the arrow is hidden from screen readers: {line}");
            assert!(WORDS.iter().any(|w| line.contains(&format!("</span> {w}</span>"))), "and its words are beside it: {line}");
        }
        assert!(compared.contains("Actual 2028") && compared.contains("Status 2029"));
        assert!(!rows(table(&page.body, "nodes-compared")).is_empty(), "the roll-ups of both years");

        // Each count links to its own list, keeping the years; that list holds only that kind of move.
        let worsened = page.body.split(r#"<li><a href=""#).skip(1).find(|l| l.contains("</span> Worsened</span>")).expect("a count of worsened");
        let href = worsened[..worsened.find('"').unwrap()].replace("&#38;", "&").replace("&amp;", "&");
        assert!(href.contains("a=2028") && href.contains("b=2029") && href.contains("change=worsened"), "{href}");
        let count: usize = worsened[worsened.find("</span>: ").unwrap() + 9..].split('<').next().unwrap().trim().parse().unwrap();
        let list = get(&app, Some(&cookie), &format!("{href}&per_page=2")).await;
        assert_eq!(list.status, StatusCode::OK);
        let shown = rows(table(&list.body, "compared"));
        if count == 0 {
            assert!(list.body.contains("No indicator with these filters."));
        } else {
            assert!(shown.len() <= 2 && shown.iter().all(|l| l.contains("</span> Worsened</span>")), "{shown:?}");
            assert!(list.body.contains(&format!("{count} indicators — page 1 of {}", count.div_ceil(2))), "the pager shows the total");
        }
        if count > 2 {
            let next = list.body.split(r#"rel="next""#).next().unwrap();
            let next = &next[next.rfind("href=\"").unwrap() + 6..];
            assert!(next.contains("change=worsened") && next.contains("a=2028"), "the next page keeps the filters: {next}");
        }
    }
}

both_backends! {
    async fn a_filter_that_names_nothing_is_refused_on_the_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.bdt@test.org").await;
        let page = get(&app, Some(&cookie), "/compare?plan=SP2028-2031&a=2028&b=2029&goal=TP-R1&change=sideways").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("goal: plan SP2028-2031 has no strategic goal `TP-R1`"), "{}", page.body);
        assert!(page.body.contains("change: `sideways` is not one of improved"), "{}", page.body);
        assert!(table(&page.body, "compared").is_empty(), "nothing compared on a refusal");
        let page = get(&app, Some(&cookie), "/compare?plan=SP2028-2031&a=soon&b=2029").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("a: `soon` is not a year"), "{}", page.body);
        let scoped = get(&app, Some(&cookie), "/compare?plan=SP2028-2031&a=2028&b=2029&goal=G2").await;
        let nodes = table(&scoped.body, "nodes-compared");
        assert!(nodes.contains(">G2</a>") && nodes.contains(">T2.1</a>") && !nodes.contains(">G1</a>"), "{nodes}");
    }
}
