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

/// The codes of the listed lines' `side` ("current" or "predecessor") in `v`.
fn codes(v: &serde_json::Value, side: &str) -> Vec<String> {
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|l| l[side]["code"].as_str().unwrap_or("—").to_owned())
        .collect()
}

/// The count of `class` in `v`.
fn count(v: &serde_json::Value, class: &str) -> i64 {
    v["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .find(|c| c["class"] == class)
        .and_then(|c| c["count"].as_i64())
        .unwrap_or(-1)
}

both_backends! {
    async fn the_cycle_view_classes_the_seeds_indicators_from_their_predecessor_links(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, v) = app.get_json("/api/v1/plans/SP2028-2031/cycle?per_page=100").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!((v["predecessor"].as_str(), v["predecessor_period"].as_str()), (Some("SP2024-2027"), Some("2024-2027")));
        let counts: Vec<i64> = ["carried_over", "redefined", "new", "dropped"].iter().map(|c| count(&v, c)).collect();
        assert_eq!(counts, [9, 1, 43, 0], "{}", v["counts"]);
        assert_eq!(v["total"], 53);

        let (_, carried) = app.get_json("/api/v1/plans/SP2028-2031/cycle?class=carried_over").await;
        assert_eq!(codes(&carried, "current"), ["KPI-D5", "KPI-EN3", "KPI-R1", "KPI-R2", "KPI-S1", "KPI-S2", "KPI-T1.1", "KPI-T1.2", "KPI-T2.5"]);
        assert_eq!(codes(&carried, "predecessor"), ["KPI-D1", "KPI-EN1", "KPI-R1", "KPI-R2", "KPI-S1", "KPI-S2", "KPI-G1.1", "KPI-G1.2", "KPI-G2.2"]);
        let t11 = &carried["items"][6];
        assert_eq!((t11["current"]["unit"].as_str(), t11["predecessor"]["unit"].as_str()), (Some("percent"), Some("percent")));
        assert_eq!(t11["predecessor"]["plan"], "SP2024-2027");
        assert_eq!(t11["changed"][0]["field"], "name", "{t11}");
        assert_eq!(t11["changed"][0]["before"], "Individuals using the Internet (world)");

        let (_, redefined) = app.get_json("/api/v1/plans/SP2028-2031/cycle?class=redefined").await;
        assert_eq!((codes(&redefined, "current"), codes(&redefined, "predecessor")), (vec!["KPI-T2.1".to_owned()], vec!["KPI-G2.1".to_owned()]));
        let line = &redefined["items"][0];
        let changed: Vec<(&str, &str, &str)> = line["changed"].as_array().unwrap().iter()
            .map(|c| (c["field"].as_str().unwrap(), c["before"].as_str().unwrap(), c["now"].as_str().unwrap()))
            .filter(|c| c.0 != "name" && c.0 != "definition")
            .collect();
        assert_eq!(changed, [("unit", "percent", "ratio"), ("direction", "decrease", "increase"), ("aggregation", "latest", "ratio")]);
        assert!(line["changed"].as_array().unwrap().iter().any(|c| c["field"] == "name"), "{line}");

        let (_, new) = app.get_json("/api/v1/plans/SP2028-2031/cycle?class=new&per_page=100").await;
        let new_codes = codes(&new, "current");
        assert_eq!(new_codes.len(), 43);
        assert!(new_codes.contains(&"KPI-T1.3".to_owned()) && !new_codes.contains(&"KPI-T1.1".to_owned()));
        assert!(codes(&new, "predecessor").iter().all(|c| c == "—"), "no new indicator of the seed names an earlier one");
        let mut sorted = new_codes.clone();
        sorted.sort();
        assert_eq!(new_codes, sorted, "by code within a class");

        let nodes = v["nodes"].as_array().unwrap();
        let node = |code: &str| nodes.iter().find(|n| n["code"] == code).cloned().unwrap_or_default();
        assert_eq!((node("G1")["class"].as_str(), node("T2.1")["predecessor_name"].as_str()), (Some("in_both"), Some("Gender divide in Internet use")));
        assert_eq!((node("T1.3")["class"].as_str(), node("T1.3")["predecessor_name"].clone()), (Some("new"), serde_json::Value::Null));
    }
}

both_backends! {
    async fn an_indicator_continued_by_none_is_dropped_and_filters_by_goal_reach_both_plans(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        // The office unlinks KPI-D5 from KPI-D1: KPI-D1 of 2024-2027 is no longer continued, KPI-D5 is new.
        let path = "/api/v1/plans/SP2028-2031/indicators/KPI-D5";
        let version = app.version_of(path).await;
        let (s, up) = app.call("PATCH", path, Some(&admin), Some(serde_json::json!({"version": version, "predecessor": null}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        let (_, v) = app.get_json("/api/v1/plans/SP2028-2031/cycle").await;
        let counts: Vec<i64> = ["carried_over", "redefined", "new", "dropped"].iter().map(|c| count(&v, c)).collect();
        assert_eq!(counts, [8, 1, 44, 1], "{}", v["counts"]);
        let (_, dropped) = app.get_json("/api/v1/plans/SP2028-2031/cycle?class=dropped").await;
        assert_eq!((codes(&dropped, "current"), codes(&dropped, "predecessor")), (vec!["—".to_owned()], vec!["KPI-D1".to_owned()]));
        assert_eq!(dropped["items"][0]["current"], serde_json::Value::Null);
        assert_eq!(dropped["items"][0]["predecessor"]["name"], "Countries with a national CIRT");

        // TP-D5 is in both plans: its roll-up in 2024-2027 counted KPI-D1, in 2028-2031 KPI-D5.
        let (s, scoped) = app.get_json("/api/v1/plans/SP2028-2031/cycle?goal=TP-D5&per_page=100").await;
        assert_eq!(s, StatusCode::OK, "{scoped}");
        assert_eq!(count(&scoped, "dropped"), 1);
        let current = codes(&scoped, "current");
        assert!(current.contains(&"KPI-D5".to_owned()) && current.contains(&"KPI-D12".to_owned()), "{current:?}");
        assert!(!current.contains(&"KPI-T1.1".to_owned()), "{current:?}");
        assert!(scoped["nodes"].as_array().unwrap().iter().all(|n| n["code"].as_str().unwrap().starts_with("TP-D5")), "{}", scoped["nodes"]);
        let (_, r1) = app.get_json("/api/v1/plans/SP2028-2031/cycle?goal=TP-R1&class=carried_over").await;
        assert_eq!(codes(&r1, "current"), ["KPI-R1", "KPI-R2"], "{r1}");
        assert_eq!(count(&r1, "dropped"), 0, "KPI-D1 is not counted under TP-R1: {r1}");
    }
}

both_backends! {
    async fn the_cycle_view_names_a_bad_filter_an_unknown_plan_and_a_plan_without_predecessor(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json("/api/v1/plans/SP2028-2031/cycle?class=kept&goal=NOPE").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let text = p.to_string();
        assert!(text.contains("carried_over, redefined, new, dropped") && text.contains("`NOPE`"), "{p}");
        let (s, _) = app.get_json("/api/v1/plans/SP1999/cycle").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, v) = app.get_json("/api/v1/plans/SP2024-2027/cycle").await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!((v["predecessor"].clone(), v["total"].as_i64()), (serde_json::Value::Null, Some(0)));
        assert_eq!(v["note"], "SP2024-2027 follows no earlier plan: there is no framework to compare it with.");
    }
}

both_backends! {
    async fn a_reviewer_reads_the_cycle_page_and_the_carried_over_series_in_one_table(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let plans = get(&app, Some(&cookie), "/plans").await;
        assert!(plans.body.contains(r#"<a href="/cycle?plan=SP2028-2031" id="cycle-SP2028-2031">Compare the frameworks</a>"#), "{}", plans.body);
        let framework = get(&app, Some(&cookie), "/framework?plan=SP2028-2031").await;
        assert!(framework.body.contains(r#"<a id="cycle-link" href="/cycle?plan=SP2028-2031">"#));

        let page = get(&app, Some(&cookie), "/cycle?plan=SP2028-2031&class=carried_over").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("Plan cycle — SP2028-2031 (2028-2031) beside SP2024-2027 (2024-2027)"));
        assert!(page.body.contains(r#"<a href="/cycle?plan=SP2028-2031&#38;class=redefined"><span class="cycle redefined">Redefined</span>: 1</a>"#), "{}", page.body);
        assert!(page.body.contains(r#"<option value="carried_over" selected>"#));
        let at = page.body.find(r#"id="cycle""#).expect("the table");
        let table = &page.body[at..at + page.body[at..].find("</table>").unwrap()];
        assert_eq!(table.matches("<tr class=\"carried_over\">").count(), 9, "{table}");
        assert!(table.contains(r#"<a href="/indicators/KPI-T1.1?plan=SP2028-2031">KPI-T1.1</a>"#), "{table}");
        assert!(table.contains(r#"<a href="/indicators/KPI-G1.1?plan=SP2024-2027">KPI-G1.1</a>"#), "{table}");
        assert!(table.contains("name: Individuals using the Internet (world) → Individuals using the Internet"), "{table}");

        let first = get(&app, Some(&cookie), "/cycle?plan=SP2024-2027").await;
        assert_eq!(first.status, StatusCode::OK);
        assert!(first.body.contains("SP2024-2027 follows no earlier plan"), "{}", first.body);
        let bad = get(&app, Some(&cookie), "/cycle?plan=SP2028-2031&class=kept").await;
        assert!(bad.body.contains("class: `kept` is not one of"), "{}", bad.body);

        let ind = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028").await;
        let at = ind.body.find(r#"id="series-both""#).expect("one table of both periods");
        let both = &ind.body[at..at + ind.body[at..].find("</table>").unwrap()];
        assert!(both.contains("across both plan periods: SP2024-2027 (as KPI-G1.1) and SP2028-2031"), "{both}");
        for row in [
            r#"<td>2024</td><td>SP2024-2027</td><td>KPI-G1.1</td><td class="num">68</td><td>final</td>"#,
            r#"<td>2027</td><td>SP2024-2027</td><td>KPI-G1.1</td><td class="num">77</td><td>estimated</td>"#,
            r#"<td>2028</td><td>SP2028-2031</td><td>KPI-T1.1</td><td class="num">78.6</td><td>estimated</td>"#,
        ] {
            assert!(both.contains(row), "{row} in {both}");
        }
        let redefined = get(&app, Some(&cookie), "/indicators/KPI-T2.1?plan=SP2028-2031&year=2028").await;
        assert!(!redefined.body.contains(r#"id="series-both""#), "a redefined predecessor is no part of the series");
    }
}
