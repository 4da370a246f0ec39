//! The forms of the finance, operations and risk pages: a forged form changes nothing, a stale page is
//! told the record changed meanwhile, a bad field is named, and what is saved shows on the page.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

/// Follows a redirect back to the page and returns its HTML.
async fn follow(app: &TestApp, cookie: &str, a: &Answer) -> String {
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let both = format!("{cookie}; {}", a.flash.as_deref().expect("a message for the next page"));
    let page = get(app, Some(&both), a.location.as_deref().unwrap()).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

both_backends! {
    async fn a_form_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let other = csrf_of(&get(&app, Some(&login(&app, "admin@test.org").await), "/").await.body);
        let (actual_id, av) = br_actual(&app).await;
        let (item_id, iv, _) = item(&app, "BR-02").await;
        let (rv, _) = risk(&app, "RSK-01").await;
        let audit = app.count("audit_log").await;
        for token in ["", "forged", other.as_str()] {
            let sends = [
                ("/finance/actuals".to_owned(), actual_create(token, "staff", "1")),
                (format!("/finance/actuals/{actual_id}"), actual_update(token, av, "1")),
                (format!("/operations/items/{item_id}"), delivery(token, "BR-02", iv, "2", "delivered")),
                ("/risks/RSK-01".to_owned(), risk_update(token, rv, "closed", "2028-12-01")),
            ];
            for (path, mut form) in sends {
                if token.is_empty() {
                    form.retain(|(k, _)| *k != "csrf");
                }
                let a = post(&app, Some(&cookie), &path, &form).await;
                assert_eq!(a.status, StatusCode::FORBIDDEN, "csrf `{token}` → {path}: {}", a.body);
                assert!(a.body.contains("did not come from this site"), "{}", a.body);
            }
        }
        assert_eq!(app.count("audit_log").await, audit);
        assert_eq!(br_actual(&app).await.1, av);
        assert_eq!(item(&app, "BR-02").await.1, iv);
        assert_eq!(risk(&app, "RSK-01").await.0, rv);
        assert_eq!(actuals_of(&app, "BR", 2029).await, 0);
    }
}

both_backends! {
    async fn a_planner_records_an_actual_and_a_stale_page_is_told_it_changed_meanwhile(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), &format!("/finance?{VIEW}")).await.body;
        let csrf = csrf_of(&page);
        let (id, version) = br_actual(&app).await;
        assert!(page.contains(&format!(r#"action="/finance/actuals/{id}""#)), "the BR actual has a form");
        assert!(!page.contains(r#"name="unit" value="BDT""#), "no form for another unit's rows");
        let path = format!("/finance/actuals/{id}");
        // A decimal comma or a thousands separator is refused, never read as another number
        // (the form used to strip them: 12,5 became 125).
        for typed in ["12,5", "30,123.5", "1 234,5"] {
            let a = post(&app, Some(&cookie), &path, &actual_update(&csrf, version, typed)).await;
            let shown = follow(&app, &cookie, &a).await;
            assert!(shown.contains("was not saved") && shown.contains("amount"), "{typed}: {shown}");
            assert_eq!(br_actual(&app).await.1, version, "{typed} changed nothing");
        }
        let a = post(&app, Some(&cookie), &path, &actual_update(&csrf, version, "30123.5")).await;
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("was updated"), "{shown}");
        assert!(shown.contains("30,123.5"), "the new actual is on the page");
        // A second tab still holding the old version: nothing saved, and the user is told why.
        let a = post(&app, Some(&cookie), &path, &actual_update(&csrf, version, "1")).await;
        assert!(a.refused().is_some(), "the refusal is carried to the page");
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("changed by someone else meanwhile"), "{shown}");
        let (_, p) = app.get_json(&format!("/api/v1/plans/SP2028-2031/finance/actuals/{id}")).await;
        assert_eq!((p["amount"].as_str(), p["version"].as_i64()), (Some("30123.5"), Some(version + 1)));
        // Text is refused naming the field, and changes nothing.
        let a = post(&app, Some(&cookie), &path, &actual_update(&csrf, version + 1, "N/A")).await;
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("amount `N/A` is not a number"), "{shown}");
        assert_eq!(br_actual(&app).await.1, version + 1);
    }
}

both_backends! {
    async fn a_planner_updates_the_delivery_of_an_item_and_sees_the_new_rate(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), &format!("/operations?{VIEW}")).await.body;
        let (id, version, delivered) = item(&app, "BR-02").await;
        assert_eq!(delivered, "1");
        assert!(page.contains(&format!(r#"action="/operations/items/{id}""#)));
        let (bdt_item, _, _) = item(&app, "BDT-01").await;
        assert!(!page.contains(&format!(r#"action="/operations/items/{bdt_item}""#)), "no form on BDT items");
        let a = post(&app, Some(&cookie), &format!("/operations/items/{id}"), &delivery(&csrf_of(&page), "BR-02", version, "2", "delivered")).await;
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("Item BR-02 was updated"), "{shown}");
        let (_, v) = app.get_json(&format!("/api/v1/operational-items/{id}")).await;
        assert_eq!((v["delivered_quantity"].as_str(), v["status"].as_str(), v["delivery_rate"].as_str()), (Some("2"), Some("delivered"), Some("1")));
        let row = &shown[shown.find("BR-02 <span").unwrap()..];
        assert!(row[..row.find("</tr>").unwrap()].contains("100.0 %"), "the item's rate shows 100 %");
        let (s, log) = app.get_json(&format!("/api/v1/audit?entity_type=operational_item&entity_id={id}")).await;
        assert_eq!(s, StatusCode::OK);
        assert!(log["items"][0]["actor"].as_str().unwrap().starts_with("planner.br@test.org"));
    }
}

both_backends! {
    async fn the_owner_planner_updates_a_risk_and_a_bad_date_is_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), &format!("/risks?{VIEW}")).await.body;
        assert!(page.contains(r#"action="/risks/RSK-01""#), "BR owns RSK-01");
        assert!(!page.contains(r#"action="/risks/RSK-03""#), "BDT owns RSK-03");
        let first = page.find("RSK-01").unwrap().min(page.find("RSK-02").unwrap());
        assert_eq!(&page[first..first + 6], "RSK-01", "RSK-01 (16) is graver than RSK-02 (12)");
        let csrf = csrf_of(&page);
        let (version, _) = risk(&app, "RSK-01").await;
        let a = post(&app, Some(&cookie), "/risks/RSK-01", &risk_update(&csrf, version, "closed", "31/12/2028")).await;
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("reviewed on `31/12/2028` is not a date"), "{shown}");
        assert_eq!(risk(&app, "RSK-01").await, (version, "mitigating".to_owned()));
        let a = post(&app, Some(&cookie), "/risks/RSK-01", &risk_update(&csrf, version, "closed", "2028-12-01")).await;
        let shown = follow(&app, &cookie, &a).await;
        assert!(shown.contains("Risk RSK-01 was updated"), "{shown}");
        assert!(shown.contains("Fee schedule revised by Council in 2028."));
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/risks/RSK-01").await;
        assert_eq!((r["status"].as_str(), r["reviewed_on"].as_str()), (Some("closed"), Some("2028-12-01")));
        // The BDT planner may not, whatever they send.
        let bdt = login(&app, "planner.bdt@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&bdt), "/risks").await.body);
        let a = post(&app, Some(&bdt), "/risks/RSK-01", &risk_update(&csrf, version + 1, "open", "2028-12-02")).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
        assert_eq!(risk(&app, "RSK-01").await.1, "closed");
    }
}
