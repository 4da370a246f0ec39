//! The workbook page's upload form refuses every role but the office with 403 whatever the body is: the
//! role is checked before the body is read, so a form sent without a file (url-encoded) is refused for
//! its sender, not for its encoding; the office is told, on the page, how to send the workbook.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

both_backends! {
    async fn a_url_encoded_workbook_upload_is_refused_with_403_for_every_role_but_the_office(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let csrf = csrf_of(&get(&app, Some(&cookie), "/framework/workbook?plan=SP2028-2031").await.body);
            let form = [("csrf", csrf), ("plan", "SP2028-2031".to_owned()), ("confirm", "true".to_owned())];
            let a = post(&app, Some(&cookie), "/framework/workbook", &form).await;
            if role == "admin" {
                assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
                assert!(a.body.contains("was not sent as a file upload"), "the page says why: {}", a.body);
            } else {
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → POST /framework/workbook: {}", a.body);
            }
            assert_self_contained("/framework/workbook", &a.body);
        }
        assert_eq!(app.count("audit_log").await, 0, "nothing was stored");
    }
}
