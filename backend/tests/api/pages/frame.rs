//! What every page shares: messages carried from a form to the next page (never from the address),
//! the page layout for what the server refuses, and the one-time password that opens nothing else.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use sea_orm::ConnectionTrait;

both_backends! {
    async fn a_message_in_a_link_is_never_shown_as_if_the_product_said_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.br@test.org").await;
        let planted = "Your+account+is+suspended%2C+call+%2B1+555+0100";
        for path in [format!("/?ok={planted}"), format!("/risks?error={planted}"), format!("/account?ok={planted}")] {
            let page = get(&app, Some(&cookie), &path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert!(!page.body.contains("suspended"), "{path} shows the planted text");
        }
        // A real form's message reaches the next page once, then is gone.
        let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
        let (version, _) = risk(&app, "RSK-01").await;
        let a = post(&app, Some(&cookie), "/risks/RSK-01", &risk_update(&csrf, version, "closed", "2028-12-01")).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        let text = a.done().expect("a message for the next page");
        let flash = a.flash.clone().unwrap();
        let shown = get(&app, Some(&format!("{cookie}; {flash}")), a.location.as_deref().unwrap()).await;
        assert!(shown.body.contains(&text), "the message is shown: {text}");
        assert_eq!(shown.flash.as_deref(), Some("stratrack_flash="), "and the cookie is deleted once shown");
    }
}

both_backends! {
    async fn a_malformed_address_and_an_unknown_path_answer_a_page_with_the_layout(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let bad = get(&app, Some(&cookie), "/?year=abc").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert!(bad.body.contains("<link rel=\"stylesheet\" href=\"/static/app.css\">"), "{}", bad.body);
        assert!(bad.body.contains("year") && bad.body.contains("Back to the dashboard"), "names the field: {}", bad.body);
        let missing = get(&app, Some(&cookie), "/no/such/page").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing.body.contains("404 Not Found") && missing.body.contains("/no/such/page"), "{}", missing.body);
        assert!(missing.body.contains("class=\"skip\""), "the layout of every page: {}", missing.body);
        let (s, problem) = app.call("GET", "/api/v1/no-such-route", None, None).await;
        assert_eq!((s, problem["status"].as_u64()), (StatusCode::NOT_FOUND, Some(404)), "the API answers a problem document");
    }
}

both_backends! {
    async fn an_error_page_keeps_the_navigation_of_whoever_is_logged_in(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let planner = login(&app, "planner.br@test.org").await;
        // An unknown path, a refused page and an unknown plan: each is an error page inside the planner's
        // own navigation (data entry, but no approvals), with the logout form.
        for (path, status) in [
            ("/no/such/page", StatusCode::NOT_FOUND),
            ("/audit", StatusCode::FORBIDDEN),
            ("/framework?plan=NOPLAN", StatusCode::NOT_FOUND),
        ] {
            let page = get(&app, Some(&planner), path).await;
            assert_eq!(page.status, status, "{path}");
            assert!(page.body.contains("href=\"/entry\"") && !page.body.contains("href=\"/approvals\""), "{path}: {}", page.body);
            assert!(page.body.contains("action=\"/logout\""), "{path}: {}", page.body);
        }
        // Someone not logged in gets the page without any navigation.
        let anonymous = get(&app, None, "/no/such/page").await;
        assert_eq!(anonymous.status, StatusCode::NOT_FOUND);
        assert!(!anonymous.body.contains("href=\"/entry\""), "{}", anonymous.body);
    }
}

both_backends! {
    async fn a_one_time_password_keeps_the_dashboard_closed_until_it_is_changed(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.bdt@test.org").await;
        app.db
            .execute_unprepared("UPDATE users SET must_change_password = true WHERE email = 'planner.bdt@test.org'")
            .await
            .unwrap();
        for path in ["/", "/?plan=SP2028-2031&year=2029", "/entry"] {
            let page = get(&app, Some(&cookie), path).await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}: {}", page.body);
            assert_eq!(page.location.as_deref(), Some("/account"), "{path}");
            assert_eq!(page.refused().as_deref(), Some("Please choose a new password."), "{path}");
        }
    }
}

both_backends! {
    async fn a_breakdown_is_shown_by_the_names_of_its_dimension_and_value(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let page = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("ITU region: Arab States"), "{}", page.body);
        assert!(!page.body.contains("region=arab_states"), "no stored code is shown");
    }
}

both_backends! {
    async fn status_badges_take_their_colours_from_the_charts_palette(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let css = get(&app, None, "/static/app.css").await.body;
        for s in stratrack::status::Status::ALL {
            let colour = stratrack_reports::charts::frame::status_badge(s).hex();
            assert!(css.contains(&format!("--{}: {colour};", s.as_str())), "{s:?} {colour}: {}", &css[..300]);
        }
        assert_eq!(css.matches("--on_track:").count(), 1, "one definition of each status colour");
    }
}

both_backends! {
    async fn no_page_puts_a_control_inside_a_disclosure_summary_and_every_tree_node_is_linked(backend: Backend) {
        // A `<summary>` is itself a control: a link or button inside it is one control inside another
        // (axe-core `nested-interactive`), which screen readers announce badly and keyboards cannot reach.
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = login(&app, "admin@test.org").await;
        for path in ["/framework?plan=SP2028-2031&year=2028", "/reports", "/audit"] {
            let page = get(&app, Some(&admin), path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            for summary in page.body.split("<summary").skip(1) {
                let inside = &summary[..summary.find("</summary>").expect("a closed summary")];
                for control in ["<a ", "<button", "<input", "<select"] {
                    assert!(!inside.contains(control), "{path}: a {control} inside a summary: {inside}");
                }
            }
        }
        let tree = get(&app, Some(&admin), "/framework?plan=SP2028-2031&year=2028").await.body;
        let nodes = tree.matches("<li id=\"node-").count();
        assert!(nodes > 10, "the seed's tree has its nodes");
        assert_eq!(tree.matches("<p class=\"node-open\"><a href=\"/framework/").count(), nodes, "each node links its page");
    }
}
