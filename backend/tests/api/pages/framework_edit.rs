//! The office's framework editing pages: a node with weighted links to goals (the weights must sum to 1,
//! or the form comes back naming the field and nothing is stored), an indicator's target changed after
//! values exist (the first submit asks for the decision and stores nothing, the second stores the
//! revision), retiring a node (refused naming what depends on it), and mandate links added and removed.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

const PLAN: &str = "SP2028-2031";
const API: &str = "/api/v1/plans/SP2028-2031";

/// The form fields of a new output `code` under outcome TP-R1.O1, owned by BR, with `links`.
fn output(csrf: &str, code: &str, links: &[(&str, &str)]) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("csrf", csrf.to_owned()),
        ("plan", PLAN.to_owned()),
        ("code", code.to_owned()),
        ("level", "output".to_owned()),
        ("name", "Satellite filing assistance".to_owned()),
        ("description", String::new()),
        ("parent", "TP-R1.O1".to_owned()),
        ("owner_unit", "BR".to_owned()),
        ("output_kind", "service".to_owned()),
        ("sort_order", "9".to_owned()),
        ("version", String::new()),
    ];
    for (to, w) in links {
        f.push(("link_to", (*to).to_owned()));
        f.push(("link_weight", (*w).to_owned()));
    }
    f.push(("link_to", String::new()));
    f.push(("link_weight", String::new()));
    f
}

/// The only script a form page loads is the weights aid, from this site.
fn assert_only_the_weights_script(html: &str) {
    let scripts = html.matches("<script").count();
    let ours = html
        .matches(r#"<script src="/static/weights.js" defer></script>"#)
        .count();
    assert_eq!(scripts, ours, "no other script");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing from elsewhere"
    );
}

both_backends! {
    async fn the_office_adds_an_output_with_two_weighted_links_and_weights_that_do_not_make_1_are_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), "/framework/nodes/new?plan=SP2028-2031").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_only_the_weights_script(&page.body);
        assert!(page.body.contains(r#"<label for="link-weight-0">"#), "every share has a label");
        let csrf = csrf_of(&page.body);

        let bad = post(&app, Some(&cookie), "/framework/nodes/new", &output(&csrf, "TP-R1.O1.P9", &[("G1", "0.6"), ("T1.2", "0.3")])).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert!(bad.body.contains("<code>contributes_to</code>: the weights sum to 0.9, not 1"), "the field is named: {}", bad.body);
        assert!(bad.body.contains(r#"value="Satellite filing assistance""#), "what was typed is kept");
        let (s, _) = app.get_json(&format!("{API}/nodes/TP-R1.O1.P9")).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "nothing was stored");

        let ok = post(&app, Some(&cookie), "/framework/nodes/new", &output(&csrf, "TP-R1.O1.P9", &[("G1", "0.6"), ("T1.2", "0.4")])).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        assert_eq!(ok.done().as_deref(), Some("Added output TP-R1.O1.P9 to SP2028-2031"));
        let (_, node) = app.get_json(&format!("{API}/nodes/TP-R1.O1.P9")).await;
        assert_eq!((node["parent"].as_str(), node["owner_unit"].as_str()), (Some("TP-R1.O1"), Some("BR")), "{node}");
        let (_, links) = app.get_json(&format!("{API}/contributions?from=TP-R1.O1.P9&sort=-weight")).await;
        let got: Vec<(&str, &str)> = links["items"].as_array().unwrap().iter().map(|l| (l["to"].as_str().unwrap(), l["weight"].as_str().unwrap())).collect();
        assert_eq!(got, [("G1", "0.6"), ("T1.2", "0.4")]);

        // Editing the links goes through the same rule: a third share that overshoots is refused.
        let edit = get(&app, Some(&cookie), "/framework/TP-R1.O1.P9/edit?plan=SP2028-2031").await;
        assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
        assert!(edit.body.contains(r#"value="0.6""#) && edit.body.contains(r#"value="0.4""#), "the stored shares are shown");
        let mut f = output(&csrf, "", &[("G1", "0.6"), ("T1.2", "0.4"), ("G2", "0.1")]);
        f.retain(|(k, _)| *k != "version");
        f.push(("version", node["version"].to_string()));
        let over = post(&app, Some(&cookie), "/framework/TP-R1.O1.P9/edit", &f).await;
        assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(over.body.contains("the weights sum to 1.1, not 1"), "{}", over.body);
    }
}

both_backends! {
    async fn changing_a_target_after_values_exist_asks_for_the_decision_first_and_then_stores_a_revision(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), "/indicators/KPI-R1/edit?plan=SP2028-2031").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained("/indicators/KPI-R1/edit", &page.body);
        assert!(!page.body.contains(r#"name="revising""#), "no decision asked before a revised field changes");
        let csrf = csrf_of(&page.body);
        let (_, before) = app.get_json(&format!("{API}/indicators/KPI-R1")).await;
        let mut form = vec![
            ("csrf", csrf.clone()), ("plan", PLAN.to_owned()), ("version", before["version"].to_string()),
            ("node", "TP-R1.O1".to_owned()), ("name", before["name"].as_str().unwrap().to_owned()),
            ("definition", before["definition"].as_str().unwrap().to_owned()), ("unit", "count".to_owned()),
            ("direction", "increase".to_owned()), ("aggregation", "latest".to_owned()),
            ("baseline_value", "128".to_owned()), ("baseline_year", "2026".to_owned()),
            ("target_value", "150".to_owned()), ("target_year", "2031".to_owned()),
            ("data_source", "BR space-services records".to_owned()), ("frequency", "annual".to_owned()),
            ("owner_unit", "BR".to_owned()), ("is_key", "on".to_owned()), ("sdg_tags", "9.1".to_owned()), ("wsis_tags", "C2".to_owned()),
            ("predecessor_plan", "SP2024-2027".to_owned()), ("predecessor_code", "KPI-R1".to_owned()), ("predecessor_relation", "carried_over".to_owned()),
        ];
        let first = post(&app, Some(&cookie), "/indicators/KPI-R1/edit", &form).await;
        assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", first.body);
        assert!(first.body.contains(r#"<input type="hidden" name="revising" value="1">"#), "the decision fieldset opens");
        assert!(first.body.contains("<code>revision</code>: values exist for this indicator, so changing target_value"), "{}", first.body);
        assert!(first.body.contains(r#"name="target_value" inputmode="decimal" value="150""#), "the typed target is kept");
        let (_, still) = app.get_json(&format!("{API}/indicators/KPI-R1")).await;
        assert_eq!((still["target_value"].as_str(), still["version"].clone()), (Some("140"), before["version"].clone()), "nothing stored");

        form.extend([
            ("revising", "1".to_owned()), ("revision_reason_category", "mandate_change".to_owned()),
            ("revision_deciding_body", "Council".to_owned()), ("revision_reference", "Council Decision 620".to_owned()),
            ("revision_decided_on", "2029-06-20".to_owned()), ("revision_justification", "WRC-27 outcome".to_owned()),
        ]);
        let second = post(&app, Some(&cookie), "/indicators/KPI-R1/edit", &form).await;
        assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
        assert_eq!(second.done().as_deref(), Some("Saved indicator KPI-R1"));
        let (_, after) = app.get_json(&format!("{API}/indicators/KPI-R1")).await;
        assert_eq!(after["target_value"].as_str(), Some("150"));
        let (_, revs) = app.get_json(&format!("{API}/revisions?indicator=KPI-R1")).await;
        let r = &revs["items"][0];
        assert_eq!(
            (r["field"].as_str(), r["value_as_adopted"].as_str(), r["value_as_revised"].as_str(), r["reference"].as_str()),
            (Some("target_value"), Some("140"), Some("150"), Some("Council Decision 620")),
            "{revs}"
        );

        // A milestone of an indicator with values takes the same two steps.
        let edit = get(&app, Some(&cookie), "/indicators/KPI-R1/edit?plan=SP2028-2031").await.body;
        let form_2029 = &edit[edit.find(r#"id="milestone-2029""#).expect("a form per plan year")..];
        let at = form_2029.find(r#"name="milestone_version" value=""#).unwrap() + r#"name="milestone_version" value=""#.len();
        let version = form_2029[at..at + form_2029[at..].find('"').unwrap()].to_owned();
        let mut m = vec![("csrf", csrf.clone()), ("plan", PLAN.to_owned()), ("year", "2029".to_owned()), ("value", "133".to_owned()), ("milestone_version", version)];
        let ask = post(&app, Some(&cookie), "/indicators/KPI-R1/milestones", &m).await;
        assert_eq!(ask.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", ask.body);
        assert!(ask.body.contains(r#"id="m-value-2029" name="value" inputmode="decimal" value="133""#) && ask.body.contains(r#"name="revising""#), "{}", ask.body);
        m.extend(form[form.len() - 6..].iter().cloned());
        let set = post(&app, Some(&cookie), "/indicators/KPI-R1/milestones", &m).await;
        assert_eq!(set.done().as_deref(), Some("Set the 2029 milestone of KPI-R1 to 133"), "{}", set.body);
        let (_, revs) = app.get_json(&format!("{API}/revisions?indicator=KPI-R1")).await;
        assert!(revs["items"].as_array().unwrap().iter().any(|r| r["field"] == "milestones.2029" && r["value_as_revised"] == "133"), "{revs}");
    }
}

both_backends! {
    async fn retiring_a_node_that_others_depend_on_is_refused_naming_them_and_a_bare_node_is_retired(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), "/framework/nodes/new?plan=SP2028-2031").await.body);
        let a = post(&app, Some(&cookie), "/framework/TP-R1/retire", &[("csrf", csrf.clone()), ("plan", PLAN.to_owned()), ("version", String::new())]).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER);
        let why = a.refused().expect("a refusal");
        assert!(why.starts_with("Node TP-R1 was not retired: node TP-R1 cannot be deleted while it has") && why.contains("child node"), "{why}");
        let (s, _) = app.get_json(&format!("{API}/nodes/TP-R1")).await;
        assert_eq!(s, StatusCode::OK, "still there");

        let to_g1 = || async { app.get_json(&format!("{API}/contributions?to=G1")).await.1["total"].as_u64().unwrap() };
        let before = to_g1().await;
        let made = post(&app, Some(&cookie), "/framework/nodes/new", &output(&csrf, "TP-R1.O1.P8", &[("G1", "1")])).await;
        assert_eq!(to_g1().await, before + 1);
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let gone = post(&app, Some(&cookie), "/framework/TP-R1.O1.P8/retire", &[("csrf", csrf), ("plan", PLAN.to_owned()), ("version", "1".to_owned())]).await;
        assert_eq!(gone.done().as_deref(), Some("Retired node TP-R1.O1.P8: it is no longer in SP2028-2031"));
        let (s, _) = app.get_json(&format!("{API}/nodes/TP-R1.O1.P8")).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(to_g1().await, before, "its link went with it");
    }
}

both_backends! {
    async fn the_office_links_a_node_to_a_mandate_and_removes_the_link_and_the_mandates_page_shows_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let edit = get(&app, Some(&cookie), "/framework/TP-R1.O1/edit?plan=SP2028-2031").await;
        assert!(edit.body.contains(r#"<option value="sdg|4.4">"#), "every mandate is offered");
        let csrf = csrf_of(&edit.body);
        let link = |m: &str| vec![("csrf", csrf.clone()), ("plan", PLAN.to_owned()), ("owner", "node".to_owned()), ("code", "TP-R1.O1".to_owned()), ("mandate", m.to_owned())];
        let a = post(&app, Some(&cookie), "/mandates/links", &link("sdg|4.4")).await;
        assert_eq!(a.done().as_deref(), Some("TP-R1.O1 now refers to sdg 4.4"), "{:?}", a.refused());
        assert!(a.location.unwrap().starts_with("/framework/TP-R1.O1/edit?plan=SP2028-2031"));
        let again = post(&app, Some(&cookie), "/mandates/links", &link("sdg|4.4")).await;
        assert!(again.refused().unwrap().contains("already refers to sdg 4.4"));
        let page = get(&app, Some(&cookie), "/mandates?plan=SP2028-2031&vocabulary=sdg&q=4.4").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_self_contained("/mandates", &page.body);
        assert!(page.body.contains(r#"<a href="/framework/TP-R1.O1?plan=SP2028-2031">TP-R1.O1</a>"#), "{}", page.body);
        let (_, api) = app.get_json(&format!("{API}/nodes/TP-R1.O1/mandates")).await;
        assert!(api["items"].as_array().unwrap().iter().any(|m| m["code"] == "4.4"), "{api}");

        let r = post(&app, Some(&cookie), "/mandates/links/remove", &link("sdg|4.4")).await;
        assert_eq!(r.done().as_deref(), Some("TP-R1.O1 no longer refers to sdg 4.4"));
        let page = get(&app, Some(&cookie), "/mandates?plan=SP2028-2031&vocabulary=sdg&q=4.4").await;
        assert!(!page.body.contains(">TP-R1.O1</a>"), "the link is gone");
    }
}
