//! The risk pages: the office adds a risk (a bad likelihood named, nothing stored), edits it on its own
//! page, links it to a node and closes it; the matrix counts the risks the filters select; a risk not
//! reviewed for more than six months is flagged.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const LIST: &str = "/risks?plan=SP2028-2031&year=2028";

fn new_risk(csrf: &str, likelihood: &str) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("csrf", csrf.to_owned()),
        ("plan", "SP2028-2031".into()),
        ("view_year", "2028".into()),
    ];
    f.extend([
        ("code", "RSK-90".to_owned()),
        ("title", "Cyber attack on the filing system".into()),
        ("description", "".into()),
        ("category", "security".into()),
        ("likelihood", likelihood.into()),
        ("impact", "3".into()),
        ("mitigation", "Offline backups".into()),
        ("owner", "BR".into()),
        ("nodes", "EN-2".into()),
    ]);
    f
}

/// The count in the matrix cell of `likelihood` × `impact` on `html`.
fn cell(html: &str, likelihood: i32, impact: usize) -> u64 {
    let table = &html[html.find(r#"id="risk-matrix""#).expect("the matrix")..];
    let row = &table[table
        .find(&format!(r#"<tr><th scope="row">{likelihood}</th>"#))
        .unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    let td = row.split("<td").nth(impact).unwrap();
    let n = &td[td.find("<strong>").unwrap() + 8..td.find("</strong>").unwrap()];
    n.parse().unwrap()
}

/// The row of risk `code` in the register's table.
fn row<'a>(html: &'a str, code: &str) -> &'a str {
    let at = html.find(&format!(r#"<tr id="risk-{code}">"#)).expect("the risk's row");
    &html[at..at + html[at..].find("</tr>").unwrap()]
}

both_backends! {
    async fn the_office_adds_edits_links_and_closes_a_risk_from_the_pages(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), LIST).await;
        assert!(page.body.contains(r#"id="add-risk""#), "the office gets the add form");
        let csrf = csrf_of(&page.body);
        let before = app.count("risks").await;
        let a = post(&app, Some(&cookie), "/risks", &new_risk(&csrf, "7")).await;
        assert_eq!(a.refused().as_deref(), Some("Risk RSK-90 was not saved: likelihood must be between 1 and 5"));
        let a = post(&app, Some(&cookie), "/risks", &new_risk(&csrf, "high")).await;
        assert_eq!(a.refused().as_deref(), Some("Risk RSK-90 was not saved: likelihood `high` is not a whole number from 1 to 5"));
        assert_eq!(app.count("risks").await, before, "nothing stored");
        let a = post(&app, Some(&cookie), "/risks", &new_risk(&csrf, "2")).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-90 was added (score 6)."), "{:?}", a.refused());
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/risks/RSK-90").await;
        assert_eq!((r["owner"].as_str(), r["nodes"].clone()), (Some("BR"), json!(["EN-2"])));

        let detail = "/risks/RSK-90?plan=SP2028-2031&year=2028";
        let page = get(&app, Some(&cookie), detail).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained(detail, &page.body);
        assert!(page.body.contains(r#"id="edit-risk""#) && page.body.contains(r#"id="link-risk""#));
        let version = r["version"].as_i64().unwrap().to_string();
        let mut edit = new_risk(&csrf, "5");
        edit.extend([("version", version.clone()), ("status", "mitigating".into()), ("reviewed_on", "2028-11-30".into())]);
        let a = post(&app, Some(&cookie), "/risks/RSK-90/edit", &edit).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-90 was updated (score 15)."), "{:?}", a.refused());
        assert!(a.location.as_deref().unwrap().starts_with("/risks/RSK-90?"), "{:?}", a.location);
        let stale = post(&app, Some(&cookie), "/risks/RSK-90/edit", &edit).await;
        assert!(stale.refused().unwrap_or_default().contains("changed by someone else"), "{:?}", stale.refused());
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/risks/RSK-90").await;
        assert_eq!((r["likelihood"].as_i64(), r["status"].as_str()), (Some(5), Some("mitigating")));

        let link = |node: &str, v: i64| vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".into()), ("view_year", "2028".into()), ("version", v.to_string()), ("node", node.to_owned())];
        let a = post(&app, Some(&cookie), "/risks/RSK-90/links", &link("G1", r["version"].as_i64().unwrap())).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-90 is now linked to G1."), "{:?}", a.refused());
        let a = post(&app, Some(&cookie), "/risks/RSK-90/links/EN-2/delete", &link("", 0)).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-90 is no longer linked to EN-2."), "{:?}", a.refused());
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/risks/RSK-90").await;
        assert_eq!(r["nodes"], json!(["G1"]));

        let a = post(&app, Some(&cookie), "/risks/RSK-90/close", &link("", r["version"].as_i64().unwrap())).await;
        assert_eq!(a.done().as_deref(), Some("Risk RSK-90 was closed."), "{:?}", a.refused());
        assert_eq!(app.get_json("/api/v1/plans/SP2028-2031/risks/RSK-90").await.1["status"], "closed");
        assert_eq!(app.count("audit_log WHERE entity_type = 'risk'").await, 5, "create, edit, link, unlink, close");
    }
}

both_backends! {
    async fn the_matrix_counts_the_filtered_risks_and_an_old_review_is_flagged(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let (_, all) = app.get_json("/api/v1/plans/SP2028-2031/risks?per_page=500").await;
        let items = all["items"].as_array().unwrap();
        let count = |l: i64, i: i64, owner: Option<&str>| {
            items.iter().filter(|r| r["likelihood"] == l && r["impact"] == i && owner.is_none_or(|o| r["owner"] == o)).count() as u64
        };
        let page = get(&app, Some(&cookie), LIST).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(r#"id="add-risk""#), "a reviewer gets no form");
        assert!(count(4, 4, None) >= 1, "RSK-01 is 4 × 4");
        for (l, i) in [(4, 4), (1, 1), (5, 5), (3, 4)] {
            assert_eq!(cell(&page.body, l as i32, i as usize), count(l, i, None), "{l} × {i}");
        }
        let page = get(&app, Some(&cookie), &format!("{LIST}&owner=BDT")).await;
        assert_eq!(cell(&page.body, 4, 4), count(4, 4, Some("BDT")), "the matrix follows the filters");
        assert!(page.body.contains("critical</span>"), "the band is said in words");

        let version = app.version_of("/api/v1/plans/SP2028-2031/risks/RSK-01").await;
        app.as_(&app.tokens.admin).patch("/api/v1/plans/SP2028-2031/risks/RSK-01")
            .json(&json!({"version": version, "reviewed_on": "2025-01-01"})).await.expect(StatusCode::OK);
        let page = get(&app, Some(&cookie), LIST).await;
        assert!(row(&page.body, "RSK-01").contains("review overdue"), "{}", row(&page.body, "RSK-01"));
        assert!(page.body.contains("more than 183 days (six months) old"), "the rule is said on the page");
        let today = chrono::Utc::now().date_naive().to_string();
        app.as_(&app.tokens.admin).patch("/api/v1/plans/SP2028-2031/risks/RSK-01")
            .json(&json!({"version": version + 1, "reviewed_on": today})).await.expect(StatusCode::OK);
        let page = get(&app, Some(&cookie), LIST).await;
        assert!(!row(&page.body, "RSK-01").contains("review overdue"));
    }
}
