//! The question pages: a Council reviewer asks from the indicator page and sees no other form; the office
//! assigns the thread to BDT from its page, BDT's planner replies there while BR's planner is refused and
//! offered no form, a stale form is told so, and the office marks the thread answered.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

const INDICATOR: &str = "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028";

both_backends! {
    async fn a_thread_goes_from_the_indicator_page_to_bdt_and_back_with_each_form_only_for_who_may_use_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let reviewer = login(&app, "reviewer@test.org").await;
        let page = get(&app, Some(&reviewer), INDICATOR).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(r#"id="ask-question""#), "a reviewer may ask on the indicator page");
        let csrf = csrf_of(&page.body);
        let ask = |title: &str| vec![
            ("csrf", csrf.clone()), ("plan", "SP2028-2031".to_owned()), ("subject_kind", "indicator".into()),
            ("subject", "KPI-T1.1".into()), ("back", INDICATOR.into()), ("title", title.to_owned()),
            ("body", "How was the 2028 value measured?".into()),
        ];
        // Refused, the question comes back on a page of its own with what was typed and the field named.
        let a = post(&app, Some(&reviewer), "/questions", &ask("  ")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(a.body.contains("How was the 2028 value measured?</textarea>"), "the question as typed is kept");
        assert!(a.body.contains(r#"id="q-title-error">is required"#), "the title is named");
        assert!(a.body.contains(r#"name="back" value="/indicators/KPI-T1.1?plan"#), "the way back is kept");
        assert_self_contained("/questions", &a.body);
        let a = post(&app, Some(&reviewer), "/questions", &ask("Measurement")).await;
        let to = a.location.clone().unwrap();
        assert!(a.done().unwrap_or_default().contains("was sent to the Secretary-General's office"), "{:?}", a.messages());
        let thread = get(&app, Some(&reviewer), &to).await;
        assert_self_contained(&to, &thread.body);
        assert!(thread.body.contains("How was the 2028 value measured?"));
        for form in [r#"id="reply""#, r#"id="assign""#, r#"id="mark""#] {
            assert!(!thread.body.contains(form), "a reviewer gets no {form} form");
        }
        assert!(get(&app, Some(&reviewer), INDICATOR).await.body.contains("Measurement"), "the indicator lists its thread");
        let listed = get(&app, Some(&reviewer), "/questions?plan=SP2028-2031&indicator=KPI-T1.1&status=open").await;
        assert!(listed.body.contains("Measurement"));
        assert!(!get(&app, Some(&reviewer), "/questions?plan=SP2028-2031&status=answered").await.body.contains("Measurement"));
        let form = |extra: &[(&'static str, &str)]| {
            let mut f = vec![("csrf", csrf_of(&thread.body))];
            f.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
            f
        };
        assert_eq!(post(&app, Some(&reviewer), &format!("{to}/reply"), &form(&[("version", "1"), ("body", "x")])).await.status, StatusCode::FORBIDDEN);

        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), &to).await;
        assert!(page.body.contains(r#"id="assign""#) && page.body.contains(r#"id="mark""#) && page.body.contains(r#"id="reply""#));
        let office = |extra: &[(&'static str, &str)]| {
            let mut f = vec![("csrf", csrf_of(&page.body))];
            f.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
            f
        };
        let a = post(&app, Some(&admin), &format!("{to}/assign"), &office(&[("version", "1"), ("unit", "BDT")])).await;
        assert!(a.done().unwrap_or_default().contains("was assigned to BDT"), "{:?}", a.messages());

        let br = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&br), &to).await;
        assert!(!page.body.contains(r#"id="reply""#), "BR's planner is offered no reply form");
        let bdt = login(&app, "planner.bdt@test.org").await;
        let page = get(&app, Some(&bdt), &to).await;
        assert!(page.body.contains(r#"id="reply""#) && !page.body.contains(r#"id="assign""#));
        let reply = |v: &str| vec![("csrf", csrf_of(&page.body)), ("version", v.to_owned()), ("body", "From the ITU survey.".to_owned())];
        // A stale form: the thread as it now stands, the reply as typed, the next version to send.
        let a = post(&app, Some(&bdt), &format!("{to}/reply"), &reply("1")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(a.body.contains("Someone changed this question meanwhile"), "{}", a.body);
        assert!(a.body.contains("From the ITU survey.</textarea>") && a.body.contains(r#"name="version" value="2""#));
        let a = post(&app, Some(&bdt), &format!("{to}/reply"), &reply("2")).await;
        assert_eq!(a.done().as_deref(), Some("Your reply was added."), "{:?}", a.messages());

        let a = post(&app, Some(&admin), &format!("{to}/status"), &office(&[("version", "3"), ("status", "answered")])).await;
        assert!(a.done().unwrap_or_default().contains("is now answered"), "{:?}", a.messages());
        let page = get(&app, Some(&reviewer), &to).await;
        assert!(page.body.contains("From the ITU survey.") && page.body.contains("<strong>answered</strong>"));
    }
}
