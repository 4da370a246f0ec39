//! Series across plan cycles in the seed: KPI-T1.1 carries over KPI-G1.1 (one series), KPI-T2.1
//! redefines KPI-G2.1 (a gap in points followed by a parity ratio: two series). The API says which
//! predecessor continues a series; the indicator page and the annual report draw only a carried-over
//! predecessor on the indicator's line and show a redefined one apart, labelled.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::pages::{get, login};
use axum::http::StatusCode;

/// The text alternative of the first chart of `html` (its `<desc>`), where the approved values drawn
/// on the line are listed.
fn drawn_values(html: &str) -> &str {
    let start = html.find("<desc").expect("a chart with a text alternative");
    let desc = &html[start..start + html[start..].find("</desc>").expect("desc closes")];
    &desc[desc.find("approved values").unwrap_or(desc.len())..]
}

both_backends! {
    async fn the_api_says_only_a_carried_over_predecessor_continues_the_series(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, v) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-T2.1?year=2028").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["predecessor"]["code"], "KPI-G2.1");
        assert_eq!(v["predecessor"]["relation"], "redefined");
        assert_eq!(v["predecessor"]["continues_series"], false, "{v}");
        let (_, v) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-T1.1?year=2028").await;
        assert_eq!(v["predecessor"]["relation"], "carried_over");
        assert_eq!(v["predecessor"]["continues_series"], true, "{v}");
        let (_, v) = app.get_json("/api/v1/plans/SP2024-2027/indicators/KPI-G2.1?year=2025").await;
        assert_eq!(v["successors"][0]["code"], "KPI-T2.1");
        assert_eq!(v["successors"][0]["continues_series"], false, "{v}");
    }
}

both_backends! {
    async fn the_indicator_page_draws_a_redefined_predecessor_apart_and_a_carried_over_one_on_the_line(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), "/indicators/KPI-T2.1?plan=SP2028-2031&year=2028").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        // KPI-G2.1 has approved values for 2024 (5 points) and 2025 (4 points): neither is on the line.
        let drawn = drawn_values(&page.body);
        assert!(drawn.starts_with("approved values 2028 "), "{drawn}");
        assert!(!drawn.contains("2024") && !drawn.contains("2025"), "{drawn}");
        assert!(page.body.contains("KPI-T2.1 does not continue KPI-G2.1"), "{}", page.body);
        let at = page.body.find("Approved values of KPI-G2.1 (SP2024-2027, redefined, unit percent), a separate series")
            .expect("a labelled table of the earlier measure");
        let table = &page.body[at..at + page.body[at..].find("</table>").unwrap()];
        assert!(table.contains("<td>2024</td><td class=\"num\">5</td><td>final</td>"), "{table}");
        assert!(table.contains("<td>2025</td><td class=\"num\">4</td><td>estimated</td>"), "{table}");

        let page = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        let drawn = drawn_values(&page.body);
        assert!(drawn.starts_with("approved values 2024 "), "the carried-over series runs on: {drawn}");
        assert!(page.body.contains("KPI-T1.1 carries over KPI-G1.1"), "{}", page.body);
    }
}

both_backends! {
    async fn the_report_lists_a_redefined_predecessors_values_as_a_separate_labelled_series(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let plan = stratrack::models::report_input::plan_for(&app.db, Some("SP2028-2031"), 2028).await.unwrap().unwrap();
        let built = stratrack::models::report_input::build(&app.db, plan, 2028, &mut |_| {}).await.unwrap();
        let input = built.for_run("test", chrono::DateTime::<chrono::Utc>::UNIX_EPOCH);
        let report = stratrack_reports::render(&input).unwrap();
        let text = |path: &str| String::from_utf8(report.file(path).unwrap().bytes.clone()).unwrap();
        let values = text("tables/indicator_values.csv");
        for row in [
            "KPI-T2.1,2024,5,final,predecessor_redefined,SP2024-2027,KPI-G2.1,percent\n",
            "KPI-T2.1,2025,4,estimated,predecessor_redefined,SP2024-2027,KPI-G2.1,percent\n",
            "KPI-T2.1,2028,0.965,estimated,current,SP2028-2031,KPI-T2.1,ratio\n",
            "KPI-T1.1,2024,68,final,predecessor_carried_over,SP2024-2027,KPI-G1.1,percent\n",
        ] {
            assert!(values.contains(row), "{row} in {values}");
        }
        let chart = report
            .files
            .iter()
            .find(|f| f.path.ends_with(".svg") && String::from_utf8_lossy(&f.bytes).contains("-title\">KPI-T2.1 — "))
            .expect("the trajectory of KPI-T2.1");
        let svg = String::from_utf8(chart.bytes.clone()).unwrap();
        let drawn = drawn_values(&svg);
        assert!(!drawn.contains("2024") && !drawn.contains("2025"), "{drawn}");
        let html = text("report.html");
        assert!(html.contains("A different measure, not part of the series of KPI-T2.1: KPI-T2.1 redefines KPI-G2.1"));
    }
}
