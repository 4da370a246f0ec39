//! The audit log page: admin only, newest first, 50 entries a page with previous/next links, filtered
//! by user, record and dates, a bad filter named beside its field.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

/// Writes `n` system entries about `test_thing` 1..=n, oldest first; each side is a record (an object),
/// as every writer of the log stores.
async fn entries(app: &TestApp, n: i32) {
    for id in 1..=n {
        stratrack::models::audit::record(
            &app.db,
            None,
            "update",
            "test_thing",
            id,
            Some(&serde_json::json!({ "n": id })),
            Some(&serde_json::json!({ "n": id + 1 })),
            "",
        )
        .await
        .unwrap();
    }
}

both_backends! {
    async fn the_audit_log_pages_newest_first_fifty_at_a_time(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        entries(&app, 60).await;
        let cookie = login(&app, "admin@test.org").await;
        let a = get(&app, Some(&cookie), "/audit?entity_type=test_thing").await;
        assert_eq!(a.status, StatusCode::OK);
        assert_eq!(a.body.matches("<details>").count(), 50);
        assert!(a.body.contains("60 entries, newest first — page 1 of 2"), "{}", a.body);
        let (n60, n59) = (a.body.find("test_thing 60<").unwrap(), a.body.find("test_thing 59<").unwrap());
        assert!(n60 < n59, "newest first");
        assert!(a.body.contains("<pre class=\"json\">{&#34;n&#34;:61}</pre>"), "the record after the change: {}", a.body);
        assert!(!a.body.contains("Previous page"));
        let next = a.body.split("href=\"").find(|s| s.contains("rel=\"next\"")).expect("a next link");
        let next = next[..next.find('"').unwrap()].replace("&#38;", "&").replace("&amp;", "&");
        let b = get(&app, Some(&cookie), &next).await;
        assert_eq!(b.body.matches("<details>").count(), 10, "{next}");
        assert!(b.body.contains("page 2 of 2") && b.body.contains("Previous page") && !b.body.contains("Next page"));
        assert!(b.body.contains("test_thing 1<"));
    }
}

both_backends! {
    async fn the_audit_log_filters_by_user_record_and_date(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        entries(&app, 3).await;
        let br = login(&app, "planner.br@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&br), "/").await.body);
        let (version, _) = risk(&app, "RSK-01").await;
        let a = post(&app, Some(&br), "/risks/RSK-01", &risk_update(&csrf, version, "closed", "2028-12-01")).await;
        assert!(a.done().is_some(), "{:?}", a.location);
        let admin = login(&app, "admin@test.org").await;
        let mine = get(&app, Some(&admin), "/audit?user=planner.br%40test.org&entity_type=&entity_id=&from=&to=").await;
        assert_eq!(mine.body.matches("<details>").count(), 1, "{}", mine.body);
        assert!(mine.body.contains("planner.br@test.org") && mine.body.contains(">risk "));
        assert!(mine.body.contains("closed"), "the risk after the change");
        let one = get(&app, Some(&admin), "/audit?entity_type=test_thing&entity_id=2").await;
        assert_eq!(one.body.matches("<details>").count(), 1);
        let today = chrono::Utc::now().date_naive();
        let later = get(&app, Some(&admin), &format!("/audit?from={}", today.succ_opt().unwrap())).await;
        assert_eq!(later.body.matches("<details>").count(), 0);
        let until_today = get(&app, Some(&admin), &format!("/audit?to={today}&entity_type=test_thing")).await;
        assert_eq!(until_today.body.matches("<details>").count(), 3);
        let bad = get(&app, Some(&admin), "/audit?from=yesterday&user=nobody%40test.org").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains(r#"<span class="field-error" id="e-from">must be a date"#), "{}", bad.body);
        assert!(bad.body.contains(r#"id="e-user">no user has the email"#), "{}", bad.body);
        assert!(bad.body.contains(r#"value="yesterday""#), "the filter typed stays in its field");
    }
}
