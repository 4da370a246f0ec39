//! The office edits the framework in a real browser: it adds an output under an outcome with two
//! weighted links to goals (the shares are summed as they are typed, and the server checks the same
//! rule), then an indicator on it with annual milestones; each form passes the accessibility checks.

use crate::harness::walk;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_office_adds_an_output_with_two_weighted_links_and_an_indicator_with_milestones() {
    let Some((b, srv)) = walk(&[]).await else { return };
    b.first_admin(&srv).await;

    // From the framework page, the office opens the new-node form.
    b.go(&format!("{}/framework?plan=SP2028-2031&year=2028", srv.base))
        .await;
    b.click("a[href='/framework/nodes/new?plan=SP2028-2031']").await;
    b.wait_text("New result node").await;
    b.fill("n-code", "TP-R1.O1.P9").await;
    b.choose("n-level", "output").await;
    b.fill("n-name", "Satellite filing assistance").await;
    b.choose("n-parent", "TP-R1.O1").await;
    b.choose("n-owner", "BR").await;
    b.choose("n-kind", "service").await;
    b.choose("link-to-0", "G1").await;
    b.fill("link-weight-0", "0.6").await;
    b.choose("link-to-1", "T1.2").await;
    b.fill("link-weight-1", "0.3").await;
    b.wait_text("The shares sum to 0.9; they must sum to exactly 1.").await;
    b.shot("framework-node-new").await;
    // Sent anyway, the server refuses it naming the field, and keeps what was typed.
    b.click("#node-form button[type=submit]").await;
    b.wait_text("contributes_to: the weights sum to 0.9, not 1").await;
    b.shot("framework-node-refused").await;
    b.fill("link-weight-1", "0.4").await;
    b.wait_text("The shares sum to 1.").await;
    b.click("#node-form button[type=submit]").await;
    b.wait_text("Added output TP-R1.O1.P9 to SP2028-2031").await;

    // Then an indicator on the new output, with two milestones.
    b.go(&format!("{}/indicators/new?plan=SP2028-2031", srv.base)).await;
    b.wait_text("New indicator").await;
    b.fill("i-code", "KPI-R1.P9").await;
    b.choose("i-node", "TP-R1.O1.P9").await;
    b.fill("i-name", "Administrations assisted with satellite filings")
        .await;
    b.fill(
        "i-definition",
        "Administrations that received assistance with a filing in the year.",
    )
    .await;
    b.choose("i-unit", "count").await;
    b.choose("i-aggregation", "sum").await;
    b.fill("i-baseline-value", "20").await;
    b.fill("i-baseline-year", "2027").await;
    b.fill("i-target-value", "60").await;
    b.fill("i-target-year", "2031").await;
    b.fill("i-milestone-2029", "35").await;
    b.fill("i-milestone-2030", "48").await;
    b.fill("i-source", "BR assistance log").await;
    b.fill("i-sdg", "9.c; 17.8").await;
    b.shot("framework-indicator-new").await;
    b.click("#indicator-form button[type=submit]").await;
    let t = b.wait_text("Added indicator KPI-R1.P9 to TP-R1.O1.P9").await;
    assert!(
        t.contains("2029") && t.contains("35") && t.contains("48"),
        "the milestones are on the indicator page: {t}"
    );

    // The edit page of the indicator, with its milestone forms and mandate links, passes the checks too.
    b.go(&format!("{}/indicators/KPI-R1.P9/edit?plan=SP2028-2031", srv.base))
        .await;
    b.wait_text("Edit indicator KPI-R1.P9").await;
    b.shot("framework-indicator-edit").await;
    b.go(&format!("{}/framework/TP-R1.O1.P9/edit?plan=SP2028-2031", srv.base))
        .await;
    b.wait_text("The shares sum to 1.").await;
    b.shot("framework-node-edit").await;
    b.go(&format!("{}/mandates?plan=SP2028-2031", srv.base)).await;
    b.wait_text("Mandates — SP2028-2031").await;
    b.shot("mandates").await;
}
