//! A plan's life through the API: cloning a plan as the next period's draft (codes kept, every indicator
//! carrying over its old one, baselines from the latest approved values, targets empty, the old plan
//! untouched, a second clone refused), adopting a draft once every target and baseline is set, and
//! closing an adopted plan, which locks its years; a draft whose indicator years fall outside its
//! period is not adopted.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::pages::{get, login};
use axum::http::StatusCode;
use serde_json::{Value, json};

const OLD: &str = "/api/v1/plans/SP2028-2031";
const NEW: &str = "/api/v1/plans/SP2032-2035";

/// Every indicator of `plan` (one page is enough for the seed).
async fn indicators(app: &TestApp, plan: &str) -> Vec<Value> {
    let (s, l) = app.get_json(&format!("{plan}/indicators?per_page=500")).await;
    assert_eq!(s, StatusCode::OK, "{l}");
    l["items"].as_array().unwrap().clone()
}

/// The codes of the nodes of `plan`'s tree, sorted.
async fn node_codes(app: &TestApp, plan: &str) -> Vec<String> {
    let (_, t) = app.get_json(&format!("{plan}/tree")).await;
    let mut codes = Vec::new();
    fn walk(v: &Value, codes: &mut Vec<String>) {
        for n in v.as_array().into_iter().flatten() {
            codes.push(n["code"].as_str().unwrap().to_owned());
            walk(&n["children"], codes);
        }
    }
    walk(&t["nodes"], &mut codes);
    codes.sort();
    codes.dedup();
    codes
}

both_backends! {
    async fn cloning_a_plan_makes_the_next_periods_draft_carrying_over_every_indicator(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        app.assert_only_the_admin_may("POST", &format!("{OLD}/clone"), None).await;
        let (_, old_plan) = app.get_json(OLD).await;
        let old_inds = indicators(&app, OLD).await;
        let (_, old_t11) = app.get_json(&format!("{OLD}/indicators/KPI-T1.1?year=2028")).await;
        let old_nodes = node_codes(&app, OLD).await;
        let links_before = app.count("contribution_links").await;
        let audit_before = app.count("audit_log").await;

        let made = app.as_(&admin).post(&format!("{OLD}/clone")).await.expect(StatusCode::CREATED);
        assert_eq!(made["plan"]["code"], "SP2032-2035", "{made}");
        assert_eq!((made["plan"]["start_year"].as_i64(), made["plan"]["end_year"].as_i64()), (Some(2032), Some(2035)));
        assert_eq!(made["plan"]["status"], "draft");
        assert_eq!(made["plan"]["name"], "ITU Strategic Plan 2032-2035");
        assert_eq!(made["indicators"].as_u64(), Some(old_inds.len() as u64));
        assert_eq!(app.count("audit_log WHERE action = 'clone'").await, 1, "one audit entry");
        assert_eq!(app.count("audit_log").await, audit_before + 1);
        let copied = app.count("contribution_links").await - links_before;
        assert!(copied > 0 && made["links"].as_i64() == Some(copied), "{made}: weighted links copied");

        // The same codes, in a tree of the same nodes.
        assert_eq!(node_codes(&app, NEW).await, old_nodes);
        let new_inds = indicators(&app, NEW).await;
        let codes = |l: &[Value]| l.iter().map(|i| i["code"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
        assert_eq!(codes(&new_inds), codes(&old_inds));
        for i in &new_inds {
            assert!(i["target_value"].is_null() && i["target_year"].is_null(), "targets left empty: {i}");
        }
        let (_, t11) = app.get_json(&format!("{NEW}/indicators/KPI-T1.1?year=2032")).await;
        assert_eq!(t11["predecessor"]["code"], "KPI-T1.1", "{t11}");
        assert_eq!(t11["predecessor"]["plan"], "SP2028-2031", "{t11}");
        assert_eq!(t11["predecessor"]["relation"], "carried_over");
        assert_eq!(t11["predecessor"]["continues_series"], true);
        // The latest approved headline value of KPI-T1.1 is 78.6 for 2028 (its breakdowns do not count).
        assert_eq!((t11["baseline_value"].as_str(), t11["baseline_year"].as_i64()), (Some("78.6"), Some(2028)), "{t11}");
        assert_eq!(t11["milestones"], json!([]), "milestones left empty: {t11}");

        // Nothing in the old plan changed.
        assert_eq!(app.get_json(OLD).await.1, old_plan);
        assert_eq!(indicators(&app, OLD).await, old_inds);
        let (_, again) = app.get_json(&format!("{OLD}/indicators/KPI-T1.1?year=2028")).await;
        assert_eq!(again["baseline_value"], old_t11["baseline_value"]);
        assert_eq!(again["target_value"], old_t11["target_value"]);
        assert_eq!(again["version"], old_t11["version"]);

        // The next plan exists: a second clone is refused and makes nothing.
        let p = app.as_(&admin).post(&format!("{OLD}/clone")).await.expect(StatusCode::CONFLICT);
        assert!(p["detail"].as_str().unwrap().contains("SP2032-2035 already follows SP2028-2031"), "{p}");
        assert_eq!(app.count("plans").await, 3);
        assert_eq!(app.count("audit_log").await, audit_before + 1);
    }
}

both_backends! {
    async fn a_carried_over_indicator_of_the_cloned_plan_charts_across_both_periods(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        app.as_(&app.tokens.admin).post(&format!("{OLD}/clone")).await.expect(StatusCode::CREATED);
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), "/indicators/KPI-T1.1?plan=SP2032-2035&year=2032").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let start = page.body.find("<desc").expect("a chart with a text alternative");
        let desc = &page.body[start..start + page.body[start..].find("</desc>").unwrap()];
        let drawn = &desc[desc.find("approved values").expect("values drawn")..];
        assert!(drawn.starts_with("approved values 2028 "), "the old plan's values are on the line: {drawn}");
        assert!(page.body.contains("KPI-T1.1 carries over KPI-T1.1"), "{}", page.body);
    }
}

both_backends! {
    async fn a_draft_is_adopted_only_with_every_target_and_baseline_and_closing_locks_every_year(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        app.assert_only_the_admin_may("POST", &format!("{NEW}/adopt"), Some(json!({}))).await;
        app.assert_only_the_admin_may("POST", &format!("{OLD}/close"), Some(json!({}))).await;
        let admin = app.as_(&t.admin);
        admin.post(&format!("{OLD}/clone")).await.expect(StatusCode::CREATED);
        // The status moves only by the steps.
        let p = app.as_(&t.admin).patch(NEW).json(&json!({"version": 1, "status": "adopted"})).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("/adopt"), "{p}");
        let p = app.as_(&t.admin).post(&format!("{NEW}/adopt")).json(&json!({"note": "PP-30"})).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(p["errors"][0]["field"], "target", "{p}");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("KPI-"), "names the indicators: {p}");
        assert_eq!(app.get_json(NEW).await.1["status"], "draft", "nothing changed");

        set_every_target(&app).await;
        let stale = app.as_(&t.admin).post(&format!("{NEW}/adopt")).json(&json!({"version": 99})).await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "a stale version is refused");
        let p = app.as_(&t.admin).post(&format!("{NEW}/adopt")).json(&json!({"note": "PP-30"})).await.expect(StatusCode::OK);
        assert_eq!(p["status"], "adopted");
        assert_eq!(app.count("audit_log WHERE action = 'adopt'").await, 1);
        app.as_(&t.admin).post(&format!("{NEW}/adopt")).json(&json!({})).await.expect(StatusCode::CONFLICT);

        // Closing the old plan locks its four years; no value of them changes any more.
        let (s, _) = crate::measurements::create(&app, &t.planner_br, crate::measurements::body("KPI-R1", 2029, json!("140"), json!({}))).await;
        assert_eq!(s, StatusCode::CREATED, "2029 takes values before the close");
        let p = app.as_(&t.admin).post(&format!("{OLD}/close")).json(&json!({"note": "Plan period ended"})).await.expect(StatusCode::OK);
        assert_eq!(p["status"], "closed");
        let (_, l) = app.get_json(&format!("{OLD}/periods")).await;
        let statuses: Vec<&str> = l["items"].as_array().unwrap().iter().map(|y| y["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["locked"; 4], "{l}");
        assert_eq!(l["items"][1]["note"], "Plan period ended");
        let (s, m) = crate::measurements::create(&app, &t.planner_br, crate::measurements::body("KPI-R1", 2030, json!("141"), json!({}))).await;
        assert_eq!(s, StatusCode::LOCKED, "{m}");
        assert_eq!(app.count("audit_log WHERE action = 'close'").await, 1);
        assert_eq!(app.count("audit_log WHERE action = 'lock'").await, 4, "each lock audited");
        app.as_(&t.admin).post(&format!("{OLD}/close")).json(&json!({})).await.expect(StatusCode::CONFLICT);
    }
}

/// Sets an end target (and a baseline where none was proposed) on every indicator of the cloned plan.
async fn set_every_target(app: &TestApp) {
    for i in indicators(app, NEW).await {
        let code = i["code"].as_str().unwrap();
        let mut body = json!({"version": i["version"], "target_value": "1", "target_year": 2035});
        if i["baseline_value"].is_null() {
            body["baseline_value"] = json!("1");
            body["baseline_year"] = json!(2031);
        }
        let (s, r) = app
            .call(
                "PATCH",
                &format!("{NEW}/indicators/{code}"),
                Some(&app.tokens.admin),
                Some(body),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{code}: {r}");
    }
}

both_backends! {
    async fn a_draft_whose_target_or_milestone_years_fall_outside_its_period_is_not_adopted(backend: Backend) {
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
        use stratrack::entities::{indicator_milestones, indicators as ind, plans};
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        app.as_(&admin).post(&format!("{OLD}/clone")).await.expect(StatusCode::CREATED);
        set_every_target(&app).await;
        // Rows the writes would refuse, as a restored backup or a workbook made for another period can
        // leave them: a target year before the period and a milestone after it.
        let plan = plans::Entity::find().filter(plans::Column::Code.eq("SP2032-2035")).one(&app.db).await.unwrap().unwrap();
        let of = |code: &str| ind::Entity::find().filter(ind::Column::PlanId.eq(plan.id)).filter(ind::Column::Code.eq(code.to_owned()));
        let t11 = of("KPI-T1.1").one(&app.db).await.unwrap().unwrap();
        let mut am: ind::ActiveModel = t11.into();
        am.target_year = Set(Some(2031));
        am.update(&app.db).await.unwrap();
        let r1 = of("KPI-R1").one(&app.db).await.unwrap().unwrap();
        let m = indicator_milestones::ActiveModel {
            indicator_id: Set(r1.id),
            year: Set(2036),
            value: Set(stratrack::fixed::Fixed(10_000)),
            provenance: Set("entered".into()),
            version: Set(1),
            ..Default::default()
        };
        let m = m.insert(&app.db).await.unwrap();

        let p = app.as_(&admin).post(&format!("{NEW}/adopt")).json(&json!({"note": "PP-30"})).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
        let said: Vec<(String, String)> = p["errors"].as_array().unwrap().iter()
            .map(|e| (e["field"].as_str().unwrap().to_owned(), e["reason"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(
            said,
            [
                ("indicators.KPI-R1.milestones.2036".to_owned(), "2036 is outside the period of plan SP2032-2035 (2032-2035)".to_owned()),
                ("indicators.KPI-T1.1.target_year".to_owned(), "2031 is outside the period of plan SP2032-2035 (2032-2035)".to_owned()),
            ],
            "{p}"
        );
        assert_eq!(app.get_json(NEW).await.1["status"], "draft", "nothing changed");
        assert_eq!(app.count("audit_log WHERE action = 'adopt'").await, 0);

        // Put right, the plan is adopted.
        let mut am: ind::ActiveModel = of("KPI-T1.1").one(&app.db).await.unwrap().unwrap().into();
        am.target_year = Set(Some(2035));
        am.update(&app.db).await.unwrap();
        indicator_milestones::Entity::delete_by_id(m.id).exec(&app.db).await.unwrap();
        let p = app.as_(&admin).post(&format!("{NEW}/adopt")).json(&json!({})).await.expect(StatusCode::OK);
        assert_eq!(p["status"], "adopted");
    }
}
