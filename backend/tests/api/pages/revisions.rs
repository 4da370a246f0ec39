//! The framework as adopted and as revised on the pages, the plan's revisions page, and the indicator
//! reference sheet: printable for everyone, editable by the office through a form that carries the
//! version.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const KPI: &str = "/api/v1/plans/SP2028-2031/indicators/KPI-T1.1";

/// Revises KPI-T1.1's target (adopted 100) to `target` by `reference` of `day`.
async fn revise(app: &TestApp, target: &str, day: &str, reference: &str) {
    let v = app.version_of(KPI).await;
    let decision = json!({"decided_on": day, "deciding_body": "Council", "reference": reference,
        "reason_category": "methodology", "justification": "The survey method changed."});
    let (s, p) = app
        .call(
            "PATCH",
            KPI,
            Some(&app.tokens.admin.clone()),
            Some(json!({"version": v, "target_value": target, "revision": decision})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{p}");
}

/// The text of the table with id `id` in `html` (empty if absent).
fn table<'h>(html: &'h str, id: &str) -> &'h str {
    let Some(start) = html.find(&format!(r#"id="{id}""#)) else {
        return "";
    };
    let end = html[start..].find("</table>").map_or(html.len(), |e| start + e);
    &html[start..end]
}

both_backends! {
    async fn the_framework_and_the_indicator_show_what_was_adopted_and_what_changed_since(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        revise(&app, "95", "2029-05-12", "Council Decision 620").await;
        let cookie = login(&app, "reviewer@test.org").await;

        let now = get(&app, Some(&cookie), "/framework?plan=SP2028-2031&year=2028").await;
        assert_eq!(now.status, StatusCode::OK);
        assert!(table(&now.body, "changed-since").is_empty(), "the framework now lists no change");
        let adopted = get(&app, Some(&cookie), "/framework?plan=SP2028-2031&year=2028&as_of=adopted").await;
        assert_eq!(adopted.status, StatusCode::OK, "{}", adopted.body);
        assert!(adopted.body.contains("as adopted"), "the page says which framework it shows");
        let changed = table(&adopted.body, "changed-since");
        assert!(changed.contains("KPI-T1.1") && changed.contains("<td>100</td><td>95</td>") && changed.contains("Council Decision 620"), "{changed}");
        let before = get(&app, Some(&cookie), "/framework?plan=SP2028-2031&year=2028&as_of=2029-05-11").await;
        assert!(table(&before.body, "changed-since").contains("Council Decision 620"), "the day before the decision, it is still to come");
        let after = get(&app, Some(&cookie), "/framework?plan=SP2028-2031&year=2028&as_of=2029-05-12").await;
        assert!(after.body.contains("Nothing has been revised since."), "from its day on, the revision is in force");

        let page = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028&as_of=adopted").await;
        assert_eq!(page.status, StatusCode::OK);
        let changed = table(&page.body, "changed-since");
        assert!(changed.contains("target value") && changed.contains("<td>100</td><td>95</td>"), "{changed}");
        assert!(page.body.contains("<th scope=\"row\">End target</th><td><bdi>100 (2030)</bdi></td>"), "the metadata shows the adopted target");
        let page = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        assert!(page.body.contains("<th scope=\"row\">End target</th><td><bdi>95 (2030)</bdi></td>"), "and without as_of, the target now");
        let bad = get(&app, Some(&cookie), "/framework?plan=SP2028-2031&as_of=someday").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

both_backends! {
    async fn the_revisions_page_lists_each_decision_with_the_value_before_and_after_filtered_and_paged(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        revise(&app, "95", "2029-05-12", "Council Decision 620").await;
        revise(&app, "97.5", "2030-03-01", "Council Decision 631").await;
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), "/framework/revisions?plan=SP2028-2031").await;
        assert_eq!(page.status, StatusCode::OK);
        let rows = table(&page.body, "revisions");
        assert!(rows.contains("<td>target value</td><td>95</td><td>97.5</td><td>100</td><td>2030-03-01</td><td>Council</td><td>Council Decision 631</td>"), "{rows}");
        assert!(rows.contains("<td>target value</td><td>100</td><td>95</td><td>100</td><td>2029-05-12</td>"), "{rows}");
        assert!(rows.find("Council Decision 631") < rows.find("Council Decision 620"), "latest decision first");
        let paged = get(&app, Some(&cookie), "/framework/revisions?plan=SP2028-2031&per_page=1").await;
        assert!(paged.body.contains("2 revisions — page 1 of 2") && paged.body.contains("page=2"), "{}", paged.body);
        let none = get(&app, Some(&cookie), "/framework/revisions?plan=SP2028-2031&reason_category=error_correction").await;
        assert!(none.body.contains("No revision of SP2028-2031 matches."));
        let bad = get(&app, Some(&cookie), "/framework/revisions?plan=SP2028-2031&reason_category=whim").await;
        assert_eq!(bad.status, StatusCode::OK);
        assert!(bad.body.contains("reason_category: `whim` is not one of"), "a bad filter is named");
    }
}

both_backends! {
    async fn the_office_edits_the_reference_sheet_on_its_page_and_a_stale_form_stores_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let form_page = get(&app, Some(&cookie), "/indicators/KPI-T1.1/sheet/edit?plan=SP2028-2031").await;
        assert_eq!(form_page.status, StatusCode::OK);
        assert!(form_page.body.contains(r#"<label for="sheet-method">Method of computation</label>"#));
        let csrf = csrf_of(&form_page.body);
        let version = app.version_of(KPI).await.to_string();
        let form = |v: &str, method: &str| vec![("csrf", csrf.clone()), ("plan", "SP2028-2031".to_owned()), ("version", v.to_owned()),
            ("rationale", "Access comes first.".to_owned()), ("method", method.to_owned()), ("limitations", String::new())];
        let a = post(&app, Some(&cookie), "/indicators/KPI-T1.1/sheet/edit", &form(&version, "Users / population × 100")).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.done().as_deref(), Some("Saved the reference sheet of KPI-T1.1"));
        assert_eq!(app.count("framework_revisions").await, 0, "a sheet is never a revision");
        let a = post(&app, Some(&cookie), "/indicators/KPI-T1.1/sheet/edit", &form(&version, "Stale text")).await;
        assert!(a.refused().unwrap().contains("someone else changed the indicator"), "{:?}", a.refused());

        let reviewer = login(&app, "reviewer@test.org").await;
        let sheet = get(&app, Some(&reviewer), "/indicators/KPI-T1.1/sheet?plan=SP2028-2031").await;
        assert_eq!(sheet.status, StatusCode::OK);
        assert!(sheet.body.contains("<dt>Method of computation</dt><dd>Users / population × 100</dd>"), "{}", sheet.body);
        assert!(sheet.body.contains("<dt>Limitations</dt><dd>—</dd>"), "an empty part reads as none");
        assert!(!sheet.body.contains("Stale text"));
        assert!(!sheet.body.contains("/sheet/edit"), "a reviewer gets no edit link");
        let page = get(&app, Some(&reviewer), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        assert!(page.body.contains("<dt>Rationale</dt><dd>Access comes first.</dd>"), "the indicator page shows the sheet");
    }
}
