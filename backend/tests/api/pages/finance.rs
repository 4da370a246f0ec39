//! The finance pages as the office, planners and Council use them: a unit's allocations against its
//! budget (the remainder, the refusal of a total above it), a node's cost on its page (the cost API's
//! figure), and the finance page's filters, subtotals, execution flags and plan-line form.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde_json::json;

const PLAN: &str = "/api/v1/plans/SP2028-2031";
const SHEET: &str = "/finance/allocations?plan=SP2028-2031&year=2028&unit=BR";

/// The decimal in the JSON string `v`.
fn dec(v: &serde_json::Value) -> Decimal {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a string"))
        .parse()
        .unwrap()
}

/// The amount shown as `1,234.5` read back exactly.
fn shown(text: &str) -> Decimal {
    text.trim()
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("`{text}` is not an amount"))
}

/// The text of the element that follows `marker` up to the next `<`.
fn after<'a>(html: &'a str, marker: &str) -> &'a str {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker} not in the page")) + marker.len();
    let rest = &html[from..];
    &rest[rest.find('>').unwrap() + 1..][..rest[rest.find('>').unwrap() + 1..].find('<').unwrap()]
}

/// Amount and version of BR's 2028 allocation to `node`, through the API.
async fn allocation(app: &TestApp, node: &str) -> Option<(Decimal, i64)> {
    let (_, p) = app
        .get_json(&format!("{PLAN}/finance/allocations?year=2028&unit=BR&node={node}"))
        .await;
    p["items"]
        .get(0)
        .map(|a| (dec(&a["amount"]), a["version"].as_i64().unwrap()))
}

/// The sheet form of BR in 2028 with `rows` of (node, version, amount).
fn sheet_form(csrf: &str, rows: &[(&str, i64, &str)]) -> Vec<(String, String)> {
    let mut f = vec![
        ("csrf".to_owned(), csrf.to_owned()),
        ("plan".to_owned(), "SP2028-2031".to_owned()),
        ("year".to_owned(), "2028".to_owned()),
        ("unit".to_owned(), "BR".to_owned()),
    ];
    for (i, (node, version, amount)) in rows.iter().enumerate() {
        f.push((format!("node_{i}"), (*node).to_owned()));
        f.push((format!("version_{i}"), version.to_string()));
        f.push((format!("amount_{i}"), (*amount).to_owned()));
    }
    f
}

async fn post_pairs(app: &TestApp, cookie: &str, path: &str, form: &[(String, String)]) -> Answer {
    let pairs: Vec<(&str, String)> = form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    post(app, Some(cookie), path, &pairs).await
}

both_backends! {
    async fn allocations_above_the_budget_are_refused_naming_the_total_and_nothing_is_stored(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), SHEET).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains(r#"data-budget="28300""#), "the script gets BR's 2028 budget");
        let csrf = csrf_of(&page.body);
        let before = app.count("audit_log").await;
        // BR's budget is allocated in full: half a thousand more to an enabler is over the budget.
        let over = sheet_form(&csrf, &[("TP-R1.O1.P1", 1, "8490"), ("EN-1", 0, "0.5")]);
        let a = post_pairs(&app, &admin, "/finance/allocations", &over).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER);
        assert_eq!(a.location.as_deref(), Some(SHEET));
        let refused = a.refused().expect("a refusal");
        assert!(refused.contains("total") && refused.contains("above its expense budget of 28300"), "{refused}");
        assert_eq!(app.count("audit_log").await, before, "nothing stored");
        assert_eq!(allocation(&app, "EN-1").await, None);
        // An amount with a thousands separator or a decimal comma is refused by the one parser, named by its node.
        let typed = sheet_form(&csrf, &[("TP-R1.O1.P1", 1, "8 489,5")]);
        let refused = post_pairs(&app, &admin, "/finance/allocations", &typed).await.refused().expect("a refusal");
        assert!(refused.contains("amount[TP-R1.O1.P1]") && refused.contains("thousands separators"), "{refused}");
        assert_eq!(allocation(&app, "TP-R1.O1.P1").await, Some((Decimal::new(8490, 0), 1)));
        // Moving half a thousand from an output to the enabler stays within the budget: both rows are saved.
        let moved = sheet_form(&csrf, &[("TP-R1.O1.P1", 1, "8489.5"), ("EN-1", 0, "0.5")]);
        let a = post_pairs(&app, &admin, "/finance/allocations", &moved).await;
        assert_eq!(a.done().as_deref(), Some("The allocations of BR in 2028 were saved (2 changed)."), "{:?}", a.refused());
        assert_eq!(allocation(&app, "TP-R1.O1.P1").await, Some((Decimal::new(84895, 1), 2)));
        assert_eq!(allocation(&app, "EN-1").await, Some((Decimal::new(5, 1), 1)));
        assert_eq!(app.count("audit_log").await, before + 2);
        // The same sheet sent again, at the versions it was drawn with, is a conflict and changes nothing.
        let stale = post_pairs(&app, &admin, "/finance/allocations", &moved).await.refused().expect("a refusal");
        assert!(stale.contains("someone changed them"), "{stale}");
        assert_eq!(app.count("audit_log").await, before + 2);
    }
}

both_backends! {
    async fn the_allocations_page_shows_the_remainder_and_only_the_office_may_save(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // The budget is cut by 100 below what BR allocates.
        let (_, l) = app.get_json(&format!("{PLAN}/finance/lines?year=2028&unit=BR&kind=expense&category=staff")).await;
        let (id, amount) = (&l["items"][0]["id"], dec(&l["items"][0]["amount"]));
        let body = json!({"version": 1, "amount": (amount - Decimal::ONE_HUNDRED).to_string()});
        let (s, _) = app.call("PATCH", &format!("{PLAN}/finance/lines/{id}"), Some(&app.tokens.admin), Some(body)).await;
        assert_eq!(s, StatusCode::OK);
        for (role, email) in ROLES {
            let cookie = login(&app, email).await;
            let page = get(&app, Some(&cookie), SHEET).await;
            assert_eq!(page.status, StatusCode::OK, "{role}: {}", page.body);
            assert!(page.body.contains("100 over the budget"), "{role} sees the remainder");
            assert_eq!(after(&page.body, r#"<td class="num" id="alloc-total""#), "28,300", "{role}");
            assert_eq!(page.body.contains(r#"name="amount_0""#), role == "admin", "{role}: only the office gets inputs");
        }
        // Lowering an overdrawn unit-year is allowed even while it stays above the budget.
        let admin = login(&app, "admin@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&admin), SHEET).await.body);
        let a = post_pairs(&app, &admin, "/finance/allocations", &sheet_form(&csrf, &[("TP-R1.O1.P1", 1, "8440")])).await;
        assert!(a.done().is_some(), "{:?}", a.refused());
        assert!(get(&app, Some(&admin), SHEET).await.body.contains("50 over the budget"));
    }
}

both_backends! {
    async fn a_nodes_page_shows_the_cost_the_cost_api_and_the_finance_page_give(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, c) = app.get_json(&format!("{PLAN}/finance/cost?year=2029")).await;
        let cookie = login(&app, "reviewer@test.org").await;
        let finance = get(&app, Some(&cookie), "/finance?plan=SP2028-2031&year=2029").await.body;
        for code in ["G1", "T1.1", "TP-R1", "TP-R1.O1", "TP-R1.O1.P1", "EN-4"] {
            let api = c["nodes"].as_array().unwrap().iter().find(|n| n["code"] == code).expect(code);
            let page = get(&app, Some(&cookie), &format!("/framework/{code}?plan=SP2028-2031&year=2029")).await;
            assert_eq!(page.status, StatusCode::OK, "{code}: {}", page.body);
            assert_eq!(shown(after(&page.body, r#"<strong id="node-cost""#)), dec(&api["cost"]), "{code}");
            if code == "G1" || code == "TP-R1" {
                let row = &finance[finance.find(&format!(">{code}</a></td><td>")).expect(code)..];
                assert_eq!(shown(after(row, r#"<td class="num""#)), dec(&api["cost"]), "{code} on /finance");
            }
        }
        let unknown = get(&app, Some(&cookie), "/framework/NOPE?plan=SP2028-2031&year=2029").await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    }
}

/// The text of `cell` without its tags.
fn text(cell: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for ch in cell.chars() {
        match ch {
            '<' => inside = true,
            '>' => inside = false,
            _ if !inside => out.push(ch),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// The rows of the subtotals table: (unit, kind, plan, actual, flag).
fn subtotals(html: &str) -> Vec<[String; 5]> {
    let t = &html[html.find(r#"<table id="subtotals">"#).expect("the subtotals")..];
    let body = &t[t.find("<tbody>").unwrap() + 7..t.find("</tbody>").unwrap()];
    body.split("</tr>")
        .filter(|r| r.contains("<t"))
        .map(|r| {
            let cells: Vec<String> = r.replace("</th>", "</td>").split("</td>").map(text).collect();
            [0, 1, 2, 3, 5].map(|i| cells[i].clone())
        })
        .collect()
}

both_backends! {
    async fn the_finance_page_filters_the_lines_and_subtotals_them_per_unit_and_kind(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "reviewer@test.org").await;
        let br = get(&app, Some(&cookie), "/finance?plan=SP2028-2031&year=2028&unit=BR&kind=expense&line_year=2028").await;
        assert_eq!(br.status, StatusCode::OK);
        assert!(br.body.contains("<p>2 rows (a line, its actual, or both)"), "BR's two expense lines of 2028");
        let rows = subtotals(&br.body);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0][..4], ["BR", "expense", "28,300", "27,456.5"].map(String::from), "{rows:?}");
        assert!(br.body.contains("<svg") && br.body.contains("Plan against actual by unit and kind"), "the chart");
        // Category and biennium: the staff lines of 2030-2031, every unit's.
        let staff = get(&app, Some(&cookie), "/finance?plan=SP2028-2031&year=2028&category=staff&biennium=2030-2031").await.body;
        assert!(!staff.contains(r#"aria-label="Biennium 2028-2029""#), "only the biennium asked for");
        assert!(staff.contains(r#"aria-label="Biennium 2030-2031""#));
        assert!(!staff.contains("non staff</td>"), "only the category asked for");
        let units: Vec<String> = subtotals(&staff).into_iter().map(|r| r[0].clone()).collect();
        assert_eq!(units, ["BDT", "BR", "GS", "TSB"], "a subtotal per unit");
        // Filters the page does not know keep every row rather than fail.
        let any = get(&app, Some(&cookie), "/finance?plan=SP2028-2031&year=2028&line_year=soon").await;
        assert_eq!(any.status, StatusCode::OK);
    }
}

both_backends! {
    async fn execution_above_a_hundred_and_below_fifty_percent_is_flagged_in_words(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let path = "/finance?plan=SP2028-2031&year=2028&unit=BR&kind=expense&line_year=2028&category=staff";
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), path).await.body;
        assert!(page.contains("below 50.0 % of the plan are flagged"), "the page says the threshold");
        assert_eq!(subtotals(&page)[0][4], "", "97.7 % is not flagged");
        let (id, version) = br_actual(&app).await;
        for (amount, flag) in [("20376.01", "above 100 %"), ("10187.99", "below 50.0 %"), ("10188", "")] {
            let csrf = csrf_of(&page);
            let v = app.version_of(&format!("{PLAN}/finance/actuals/{id}")).await;
            let a = post(&app, Some(&cookie), &format!("/finance/actuals/{id}"), &actual_update(&csrf, v, amount)).await;
            assert!(a.done().is_some(), "{amount}: {:?}", a.refused());
            let page = get(&app, Some(&cookie), path).await.body;
            assert_eq!(subtotals(&page)[0][4], flag, "{amount}");
            if !flag.is_empty() {
                assert!(page.contains(&format!("({flag})</span>")), "the line's rate is flagged too");
            }
        }
        assert_eq!(version + 3, app.version_of(&format!("{PLAN}/finance/actuals/{id}")).await);
    }
}

both_backends! {
    async fn the_office_changes_a_plan_line_typed_for_the_one_number_parser(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, l) = app.get_json(&format!("{PLAN}/finance/lines?year=2028&unit=BR&kind=expense&category=staff")).await;
        let id = l["items"][0]["id"].as_i64().unwrap();
        let line = format!("{PLAN}/finance/lines/{id}");
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), &format!("/finance?{VIEW}")).await.body;
        assert!(page.contains(&format!(r#"action="/finance/lines/{id}""#)), "the office gets the line's form");
        let csrf = csrf_of(&page);
        let before = app.count("audit_log").await;
        let a = post(&app, Some(&admin), &format!("/finance/lines/{id}"), &actual_update(&csrf, 1, "1 234,50")).await;
        let refused = a.refused().expect("a refusal");
        assert!(refused.starts_with("The plan line 2028 BR expense staff was not saved: amount"), "{refused}");
        assert!(refused.contains("thousands separators are not accepted"), "{refused}");
        assert_eq!(app.count("audit_log").await, before);
        let a = post(&app, Some(&admin), &format!("/finance/lines/{id}"), &actual_update(&csrf, 1, "20400.5")).await;
        assert_eq!(a.done().as_deref(), Some("The plan line 2028 BR expense staff was updated."));
        let (_, l) = app.get_json(&line).await;
        assert_eq!((dec(&l["amount"]), l["version"].as_i64()), (Decimal::new(204005, 1), Some(2)));
        // A planner gets no form and is refused if they send one.
        let planner = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&planner), &format!("/finance?{VIEW}")).await.body;
        assert!(!page.contains("action=\"/finance/lines/"));
        let a = post(&app, Some(&planner), &format!("/finance/lines/{id}"), &actual_update(&csrf_of(&page), 2, "1")).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get_json(&line).await.1["version"], 2);
    }
}

/// Amounts of the plan's `table` rows (`lines` or `actuals`) of `unit` in `year`, through the API.
async fn amounts(app: &TestApp, table: &str, year: i32, unit: &str) -> Vec<(String, Decimal)> {
    let (_, p) = app
        .get_json(&format!("{PLAN}/finance/{table}?year={year}&unit={unit}"))
        .await;
    p["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["category"].as_str().unwrap().to_owned(), dec(&r["amount"])))
        .collect()
}

both_backends! {
    async fn the_office_adds_a_plan_line_and_a_planner_an_actual_of_their_unit_on_the_finance_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), &format!("/finance?{VIEW}")).await;
        assert!(page.body.contains(r#"action="/finance/lines""#) && page.body.contains(r#"action="/finance/actuals/new""#), "{}", page.body);
        assert_self_contained("/finance", &page.body);
        let csrf = csrf_of(&page.body);
        let before = app.count("audit_log").await;
        let key = ("2031", "RO-AFR", "expense", "staff");

        // A decimal comma is refused by the one parser, naming the field; the form comes back as typed.
        let a = post(&app, Some(&admin), "/finance/lines", &new_row(&csrf, key, "1234,5")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
        assert!(a.body.contains("The plan line 2031 RO-AFR expense staff was not saved: amount"), "{}", a.body);
        assert!(a.body.contains(r#"id="new-line-e-amount""#) && a.body.contains(r#"value="1234,5""#), "{}", a.body);
        assert!(a.body.contains(r#"<option value="RO-AFR" selected>RO-AFR</option>"#), "the unit chosen is kept");
        assert_self_contained("/finance/lines", &a.body);
        // A category of the other kind is named too.
        let a = post(&app, Some(&admin), "/finance/lines", &new_row(&csrf, ("2031", "RO-AFR", "revenue", "staff"), "10")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(a.body.contains(r#"id="new-line-e-category""#), "{}", a.body);
        assert_eq!(app.count("audit_log").await, before, "nothing stored");
        assert!(amounts(&app, "lines", 2031, "RO-AFR").await.is_empty());

        let a = post(&app, Some(&admin), "/finance/lines", &new_row(&csrf, key, "1234.5")).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.location.as_deref(), Some("/finance?plan=SP2028-2031&year=2028"));
        assert_eq!(a.done().as_deref(), Some("The plan line 2031 RO-AFR expense staff was added to the financial plan."));
        assert_eq!(amounts(&app, "lines", 2031, "RO-AFR").await, [("staff".to_owned(), Decimal::new(12345, 1))]);
        assert_eq!(app.count("audit_log").await, before + 1, "audited like the API's create");
        // The same key again is refused, saying why.
        let a = post(&app, Some(&admin), "/finance/lines", &new_row(&csrf, key, "1")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(a.body.contains("already has a financial plan line for 2031 RO-AFR"), "{}", a.body);

        // A planner records an actual of their own unit only, and gets no line form.
        let planner = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&planner), &format!("/finance?{VIEW}")).await.body;
        assert!(!page.contains(r#"action="/finance/lines""#), "no line form for a planner");
        assert!(page.contains(r#"<select id="new-actual-unit" name="unit"><option value="BR" selected>BR</option></select>"#), "{page}");
        let csrf = csrf_of(&page);
        let a = post(&app, Some(&planner), "/finance/actuals/new", &new_row(&csrf, ("2031", "BR", "expense", "non_staff"), "10.25")).await;
        assert_eq!(a.done().as_deref(), Some("The actual 2031 BR expense non staff was recorded."), "{}", a.body);
        assert_eq!(amounts(&app, "actuals", 2031, "BR").await, [("non_staff".to_owned(), Decimal::new(1025, 2))]);
        let before = app.count("audit_log").await;
        for (path, form) in [
            ("/finance/actuals/new", new_row(&csrf, ("2031", "BDT", "expense", "staff"), "1")),
            ("/finance/lines", new_row(&csrf, ("2031", "BR", "expense", "staff"), "1")),
        ] {
            let a = post(&app, Some(&planner), path, &form).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{path}: {}", a.body);
        }
        assert_eq!(app.count("audit_log").await, before, "nothing stored for another unit or a line");

        // A reviewer gets neither form, and is refused.
        let reviewer = login(&app, "reviewer@test.org").await;
        let page = get(&app, Some(&reviewer), &format!("/finance?{VIEW}")).await.body;
        assert!(!page.contains(r#"action="/finance/lines""#) && !page.contains(r#"action="/finance/actuals/new""#));
        let a = post(&app, Some(&reviewer), "/finance/actuals/new", &new_row(&csrf_of(&page), ("2031", "BR", "expense", "staff"), "1")).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
    }
}

both_backends! {
    async fn a_planner_reading_french_is_told_in_french_what_was_recorded_and_what_was_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let planner = format!("{}; stratrack_lang=fr", login(&app, "planner.br@test.org").await);
        let page = get(&app, Some(&planner), &format!("/finance?{VIEW}")).await.body;
        let csrf = csrf_of(&page);
        // A decimal comma: the form comes back with the parser's reason in French at the amount.
        let a = post(&app, Some(&planner), "/finance/actuals/new", &new_row(&csrf, ("2031", "BR", "expense", "non_staff"), "10,25")).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.body);
        assert!(a.body.contains("contient une virgule"), "{}", a.body);
        assert!(a.body.contains("Le montant réel 2031 BR dépenses hors personnel"), "the refused row named in French: {}", a.body);
        assert!(amounts(&app, "actuals", 2031, "BR").await.is_empty(), "nothing stored");
        // Recorded: the one-time message in French, the kind and category as French words.
        let a = post(&app, Some(&planner), "/finance/actuals/new", &new_row(&csrf, ("2031", "BR", "expense", "non_staff"), "10.25")).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        let done = a.done().unwrap_or_default();
        assert!(done.starts_with("Le montant réel 2031 BR dépenses hors personnel") && done.ends_with(" : enregistré."), "{done}");
    }
}
