//! Issue 15's acceptance walk in a real browser. The office adds an output under an outcome with two
//! weighted links and an indicator with milestones, revises a target of an indicator that has values
//! (with its Council decision) and reads it as adopted and as revised, allocates budget to the new
//! output, adds a risk linked to it and a mandate link; it downloads the framework workbook, changes
//! three cells of an indicator with values (name, definition, target), uploads it, confirms the
//! revision, and finds every one of these changes in the audit log. Every page it sees passes the
//! accessibility checks and fits a 390 px screen. A Council reviewer then sees no editing control on
//! the same pages and is answered 403 by every editing route, for the forms (GET) and their POSTs.

use crate::harness::{Browser, walk};
use crate::xlsx_sheets::{find, set, sheets, write};
use fantoccini::Locator;

const PLAN: &str = "plan=SP2028-2031";
const VIEW: &str = "plan=SP2028-2031&year=2029";
const NODE: &str = "TP-R1.O1.P9";
const KPI: &str = "KPI-R1.P9";
const RENAMED: &str = "Countries with space stations recorded in the Master Register";
/// The workbook page's upload button (the header's plan switcher also sends to the page's address).
const UPLOAD: &str = "main form[method=post][action='/framework/workbook'] button[type=submit]";
const REDEFINED: &str = "Countries with at least one space or earth station recorded in the MIFR at year end.";

impl Browser {
    /// Takes the screenshot `name` (which runs the accessibility checks), then narrows the window to a
    /// phone's 390 px: the page must not scroll sideways and must still pass the checks.
    async fn look(&self, name: &str) {
        self.shot(name).await;
        let (w, h) = self.c.get_window_size().await.unwrap();
        self.resize(390, 844).await;
        assert_eq!(self.overflow().await, None, "{name} at 390 px");
        self.check_a11y(&format!("{name} at 390 px")).await;
        self.resize(w as u32, h as u32).await;
    }

    /// The id of the amount field of `node` on the allocation sheet shown.
    async fn amount_field(&self, node: &str) -> String {
        let hidden = self
            .c
            .find(Locator::Css(&format!("input[name^='node_'][value='{node}']")))
            .await
            .unwrap_or_else(|e| panic!("{node} is on the allocation sheet: {e}"));
        let name = hidden.attr("name").await.unwrap().unwrap();
        format!("amount-{}", name.trim_start_matches("node_"))
    }

    /// The `value` property of the field `id`.
    async fn value_of(&self, id: &str) -> String {
        let e = self
            .c
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"));
        e.prop("value").await.unwrap().unwrap_or_default()
    }

    /// The cells of every row of the first table `css` selects, each row's cells joined by " | " (hidden
    /// content such as the audit log's before and after included).
    async fn rows_of(&self, css: &str) -> Vec<String> {
        let rows = self
            .c
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map(r => [...r.cells].map(c => \
                 c.textContent.replace(/\\s+/g, ' ').trim()).join(' | '))",
                vec![css.into()],
            )
            .await
            .unwrap();
        serde_json::from_value(rows).unwrap()
    }

    /// The audit entries of `entity_type`, newest first, as [`Browser::rows_of`] reads them.
    async fn audit(&self, base: &str, entity_type: &str) -> Vec<String> {
        self.go(&format!("{base}/audit?entity_type={entity_type}&per_page=100"))
            .await;
        self.rows_of("main table tbody tr").await
    }

    /// The editing controls inside `<main>`: a visible field or button of a POST form, a link to an
    /// editing page, a file field.
    async fn editing_controls(&self) -> Vec<String> {
        let found = self
            .c
            .execute(
                r#"const main = document.querySelector('main'), out = [];
                for (const f of main.querySelectorAll('form')) {
                  if ((f.getAttribute('method') || 'get').toLowerCase() !== 'post') continue;
                  for (const c of f.querySelectorAll('input, select, textarea, button'))
                    if (c.type !== 'hidden') out.push(`${f.getAttribute('action')}: ${c.tagName.toLowerCase()}${c.id ? '#' + c.id : ''}`);
                }
                for (const a of main.querySelectorAll('a[href]')) {
                  const h = a.getAttribute('href');
                  if (/\/(edit|new|retire|milestones)([?#]|$)/.test(h)) out.push(`a link to ${h}`);
                }
                for (const i of main.querySelectorAll('input[type=file]')) out.push('a file field');
                return out;"#,
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(found).unwrap()
    }
}

/// Whether one of `rows` holds every one of `wanted`.
fn has(rows: &[String], wanted: &[&str]) -> bool {
    rows.iter().any(|r| wanted.iter().all(|w| r.contains(w)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_office_edits_the_framework_in_the_pages_and_by_workbook_and_a_reviewer_can_change_nothing() {
    let Some((b, srv)) = walk(&[("council@itu.test", "reviewer", None)]).await else {
        return;
    };
    let base = srv.base.clone();
    b.first_admin(&srv).await;

    // An output under the outcome TP-R1.O1, contributing to a goal and a target with two weights.
    b.go(&format!("{base}/framework?{VIEW}")).await;
    b.click(&format!("a[href='/framework/nodes/new?{PLAN}']")).await;
    b.wait_text("New result node").await;
    b.fill("n-code", NODE).await;
    b.choose("n-level", "output").await;
    b.fill("n-name", "Satellite filing assistance").await;
    b.choose("n-parent", "TP-R1.O1").await;
    b.choose("n-owner", "BR").await;
    b.choose("n-kind", "service").await;
    b.choose("link-to-0", "G1").await;
    b.fill("link-weight-0", "0.6").await;
    b.choose("link-to-1", "T1.2").await;
    b.fill("link-weight-1", "0.4").await;
    b.wait_text("The shares sum to 1.").await;
    b.look("walk15-node-new").await;
    b.click("#node-form button[type=submit]").await;
    b.wait_text(&format!("Added output {NODE} to SP2028-2031")).await;
    b.look("walk15-node").await;

    // An indicator on it with two milestones, and a third set on its edit page.
    b.go(&format!("{base}/indicators/new?{PLAN}")).await;
    b.fill("i-code", KPI).await;
    b.choose("i-node", NODE).await;
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
    b.click("#indicator-form button[type=submit]").await;
    b.wait_text(&format!("Added indicator {KPI} to {NODE}")).await;
    b.go(&format!("{base}/indicators/{KPI}/edit?{PLAN}")).await;
    b.fill("m-value-2031", "60").await;
    b.click("#milestone-2031 button[type=submit]").await;
    b.wait_text(&format!("Set the 2031 milestone of {KPI} to 60")).await;
    b.look("walk15-indicator-edit").await;
    b.go(&format!("{base}/indicators/{KPI}?{VIEW}")).await;
    let path = b.text_of("div[aria-label^='Baseline, milestones'] tbody").await;
    for (year, value) in [("2029", "35"), ("2030", "48"), ("2031", "60")] {
        assert!(
            path.lines().any(|l| l.starts_with(year) && l.contains(value)),
            "the {year} milestone {value} is on the trajectory: {path}"
        );
    }
    b.look("walk15-indicator").await;

    // A revised target of KPI-T1.1, which has values: the form asks for the decision, then stores it.
    b.go(&format!("{base}/indicators/KPI-T1.1/edit?{PLAN}")).await;
    assert_eq!(b.value_of("i-target-value").await, "100", "the target as adopted");
    b.fill("i-target-value", "95").await;
    b.click("#indicator-form button[type=submit]").await;
    b.wait_text("The decision behind this revision").await;
    b.choose("r-reason", "methodology").await;
    b.fill("r-body", "Council").await;
    b.fill("r-reference", "Council Decision 620").await;
    b.set_date("r-date", "2026-11-20").await;
    b.fill("r-why", "The survey now counts individuals aged 15 and over only.")
        .await;
    b.look("walk15-revision-decision").await;
    b.click("#indicator-form button[type=submit]").await;
    b.wait_text("Saved indicator KPI-T1.1").await;
    b.go(&format!("{base}/indicators/KPI-T1.1?{VIEW}")).await;
    let revisions = b.rows_of("div[aria-label='As adopted and as revised'] tbody tr").await;
    assert!(
        has(&revisions, &["| 100 | 100 | 95 |", "Council Decision 620"]),
        "as adopted 100, as revised 95, with the decision: {revisions:?}"
    );
    b.look("walk15-indicator-revised").await;
    b.click("a[href$='as_of=adopted']").await;
    let note = b.wait_text("are shown as adopted").await;
    assert!(
        note.contains("Baseline, target, unit, direction and milestones are shown as adopted"),
        "{note}"
    );
    let changed = b.rows_of("#changed-since tbody tr").await;
    assert!(has(&changed, &["| 100 | 95 |", "Council Decision 620"]), "{changed:?}");
    b.look("walk15-indicator-as-adopted").await;
    b.go(&format!("{base}/framework?{VIEW}&as_of=adopted")).await;
    let changed = b.rows_of("#changed-since tbody tr").await;
    assert!(has(&changed, &["KPI-T1.1 |", "| 100 | 95 |"]), "{changed:?}");
    b.look("walk15-framework-as-adopted").await;
    b.go(&format!("{base}/framework/revisions?{VIEW}")).await;
    b.wait_text("Council Decision 620").await;
    b.look("walk15-revisions").await;

    // Budget for the new output: BR's 2028 budget is fully allocated, so 400 moves over from P1.
    b.go(&format!(
        "{base}/finance/allocations?plan=SP2028-2031&year=2028&unit=BR"
    ))
    .await;
    let (p1, p9) = (b.amount_field("TP-R1.O1.P1").await, b.amount_field(NODE).await);
    assert_eq!(b.value_of(&p1).await, "8490");
    assert_eq!(b.value_of(&p9).await, "", "nothing allocated to the new output yet");
    b.fill(&p1, "8090").await;
    b.fill(&p9, "400").await;
    b.click("#alloc-sheet button[type=submit]").await;
    b.wait_text("The allocations of BR in 2028 were saved (2 changed).")
        .await;
    assert_eq!(b.value_of(&p9).await, "400");
    b.look("walk15-allocations").await;

    // A risk threatening the new output.
    b.go(&format!("{base}/risks?plan=SP2028-2031&year=2028")).await;
    b.fill("add-code", "RSK-12").await;
    b.fill("add-title", "Filing assistance falls behind demand").await;
    b.choose("add-category", "operational").await;
    b.fill("add-likelihood", "3").await;
    b.fill("add-impact", "4").await;
    b.fill("add-mitigation", "Train regional staff to assist administrations.")
        .await;
    b.choose("add-owner", "BR").await;
    b.fill("add-nodes", NODE).await;
    b.click("#add-risk button[type=submit]").await;
    b.wait_text("Risk RSK-12 was added (score 12).").await;
    b.look("walk15-risks").await;
    b.go(&format!("{base}/risks/RSK-12?plan=SP2028-2031&year=2028")).await;
    assert!(b.text().await.contains(NODE), "the risk names the output it threatens");
    b.look("walk15-risk").await;

    // A mandate behind the new output.
    b.go(&format!("{base}/framework/{NODE}/edit?{PLAN}")).await;
    b.choose("mandate-choice", "resolution|71").await;
    b.click("#mandate-add button[type=submit]").await;
    b.wait_text(&format!("{NODE} now refers to resolution 71")).await;
    b.look("walk15-node-mandate").await;
    b.go(&format!("{base}/mandates?{PLAN}")).await;
    b.wait_text(NODE).await;
    b.look("walk15-mandates").await;

    // The workbook: three cells of KPI-R1 (which has values) changed outside, uploaded, confirmed.
    b.go(&format!("{base}/framework?{VIEW}")).await;
    b.click("a[href^='/framework/workbook?']").await;
    b.wait_text("Upload a changed workbook").await;
    b.look("walk15-workbook").await;
    let book = crate::harness::fetch(
        &b.href("a[href^='/framework/workbook.xlsx']").await,
        &b.session_cookie().await,
    )
    .await;
    assert_eq!(book.status, 200);
    assert!(book.content_type.contains("spreadsheetml"), "{}", book.content_type);
    let (names, mut sh) = sheets(&book.body);
    let key = [("code", "KPI-R1")];
    let (r, c) = find(&sh, "indicators", &key, "target_value");
    assert_eq!(sh["indicators"][r][c], "140", "KPI-R1's target as stored");
    let sheet_row = set(&mut sh, "indicators", &key, "name", RENAMED);
    set(&mut sh, "indicators", &key, "definition", REDEFINED);
    set(&mut sh, "indicators", &key, "target_value", "150");
    let file = tempfile::Builder::new().suffix(".xlsx").tempfile().unwrap();
    std::fs::write(file.path(), write(&names, &sh)).unwrap();
    b.attach("wb-file", file.path()).await;
    b.click(UPLOAD).await;
    b.wait_text("Planned changes: 3").await;
    let planned = b.rows_of("section[aria-labelledby=planned-h] tbody tr").await;
    assert_eq!(planned.len(), 3, "{planned:?}");
    let at = format!("indicators | {sheet_row} | KPI-R1 |");
    let at = at.as_str();
    assert!(has(&planned, &[at, "| name |", RENAMED]), "{planned:?}");
    assert!(has(&planned, &[at, "| definition |", REDEFINED]), "{planned:?}");
    assert!(
        has(&planned, &[at, "| target_value | 140 | 150 | revision"]),
        "{planned:?}"
    );
    assert_eq!(
        planned.iter().filter(|r| r.ends_with("revision")).count(),
        1,
        "only the target is a revision"
    );
    b.look("walk15-workbook-planned").await;
    b.set_date("wb-decided-on", "2026-11-27").await;
    b.fill("wb-body", "Council").await;
    b.fill("wb-reference", "Council Decision 621").await;
    b.choose("wb-reason", "methodology").await;
    b.fill("wb-justification", "Earth stations notified in the year now count.")
        .await;
    b.attach("wb-file", file.path()).await;
    b.click(UPLOAD).await;
    b.wait_text("Applied 3 change(s) from the workbook").await;
    b.go(&format!("{base}/indicators/KPI-R1?{VIEW}")).await;
    assert!(b.text_of("h1").await.contains(RENAMED), "the new name");
    let revisions = b.rows_of("div[aria-label='As adopted and as revised'] tbody tr").await;
    assert!(
        has(&revisions, &["| 140 | 140 | 150 |", "Council Decision 621"]),
        "{revisions:?}"
    );

    // Every change is in the audit log.
    let nodes = b.audit(&base, "result_node").await;
    assert!(has(&nodes, &["| create |", NODE]), "{nodes:?}");
    let indicators = b.audit(&base, "indicator").await;
    assert!(
        has(&indicators, &["| create |", KPI, "\"milestones\""]),
        "{indicators:?}"
    );
    assert!(
        has(
            &indicators,
            &["| update |", "Council Decision 620", "\"target_value\":\"95\""]
        ),
        "{indicators:?}"
    );
    assert!(
        has(
            &indicators,
            &[
                "| update |",
                "Council Decision 621",
                RENAMED,
                REDEFINED,
                "\"target_value\":\"150\""
            ]
        ),
        "the workbook's three changes in one entry: {indicators:?}"
    );
    let milestones = b.audit(&base, "indicator_milestone").await;
    assert!(has(&milestones, &["| create |", KPI, "2031"]), "{milestones:?}");
    let revisions = b.audit(&base, "framework_revision").await;
    for reference in ["Council Decision 620", "Council Decision 621"] {
        assert!(
            has(&revisions, &["| create |", reference, "target_value"]),
            "{revisions:?}"
        );
    }
    let allocations = b.audit(&base, "budget_allocation").await;
    assert!(has(&allocations, &["| create |", NODE]), "{allocations:?}");
    assert!(has(&allocations, &["| update |", "8090"]), "{allocations:?}");
    let risks = b.audit(&base, "risk").await;
    assert!(has(&risks, &["| create |", "RSK-12", NODE]), "{risks:?}");
    let links = b.audit(&base, "mandate_link").await;
    assert!(
        has(&links, &["| create |", format!("node {NODE}").as_str()]),
        "{links:?}"
    );
    b.look("walk15-audit").await;
    b.logout().await;

    // A reviewer reads the same pages and finds no editing control on any of them …
    b.login(&base, "council@itu.test", crate::harness::PW).await;
    for (name, path) in [
        ("framework", format!("/framework?{VIEW}")),
        ("framework-as-adopted", format!("/framework?{VIEW}&as_of=adopted")),
        ("node", format!("/framework/{NODE}?{VIEW}")),
        ("indicator", format!("/indicators/{KPI}?{VIEW}")),
        ("indicator-revised", format!("/indicators/KPI-T1.1?{VIEW}")),
        ("risks", "/risks?plan=SP2028-2031&year=2028".to_owned()),
        ("risk", "/risks/RSK-12?plan=SP2028-2031&year=2028".to_owned()),
        ("mandates", format!("/mandates?{PLAN}")),
        (
            "allocations",
            "/finance/allocations?plan=SP2028-2031&year=2028&unit=BR".to_owned(),
        ),
        ("finance", "/finance?plan=SP2028-2031&year=2028".to_owned()),
        ("workbook", format!("/framework/workbook?{PLAN}")),
        ("revisions", format!("/framework/revisions?{VIEW}")),
    ] {
        b.go(&format!("{base}{path}")).await;
        // Asking the Secretariat a question is the one thing a reviewer writes (issue 16.7): its form
        // is on the indicator pages and changes no part of the framework.
        let (asking, editing): (Vec<String>, Vec<String>) = b
            .editing_controls()
            .await
            .into_iter()
            .partition(|c| c.starts_with("/questions: "));
        assert_eq!(editing, Vec::<String>::new(), "a reviewer on {path}");
        if name.starts_with("indicator") {
            assert!(!asking.is_empty(), "a reviewer may ask about the indicator on {path}");
        }
        b.look(&format!("walk15-reviewer-{name}")).await;
    }

    // … and every editing route answers 403: the forms' pages and what they send.
    for path in [
        format!("/framework/nodes/new?{PLAN}"),
        format!("/framework/nodes/edit?{PLAN}&node={NODE}"),
        format!("/framework/{NODE}/edit?{PLAN}"),
        format!("/indicators/new?{PLAN}"),
        format!("/indicators/{KPI}/edit?{PLAN}"),
        format!("/indicators/KPI-T1.1/sheet/edit?{PLAN}"),
        "/translations/node/SP2028-2031/G1".to_owned(),
    ] {
        assert_eq!(b.answer("GET", &path, &[], false).await, 403, "a reviewer opens {path}");
    }
    let plan = [("plan", "SP2028-2031"), ("view_year", "2028")];
    let with = |extra: &[(&'static str, &'static str)]| -> Vec<(&'static str, &'static str)> {
        plan.iter().chain(extra).copied().collect()
    };
    let risk = with(&[
        ("code", "RSK-12"),
        ("title", "t"),
        ("category", "financial"),
        ("likelihood", "1"),
        ("impact", "1"),
        ("owner", "BR"),
        ("node", "G1"),
        ("nodes", "G1"),
        ("version", "1"),
        ("status", "open"),
        ("mitigation", "m"),
        ("reviewed_on", "2028-12-01"),
    ]);
    let sends: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "/framework/nodes/new".into(),
            with(&[
                ("code", "X1"),
                ("level", "goal"),
                ("name", "X"),
                ("link_to", "G1"),
                ("link_weight", "1"),
            ]),
        ),
        (
            format!("/framework/{NODE}/edit"),
            with(&[("name", "X"), ("version", "1")]),
        ),
        (format!("/framework/{NODE}/retire"), with(&[("version", "1")])),
        (
            "/indicators/new".into(),
            with(&[("code", "X1"), ("node", "G1"), ("name", "X"), ("unit", "count")]),
        ),
        (
            format!("/indicators/{KPI}/edit"),
            with(&[("name", "X"), ("version", "1")]),
        ),
        (
            format!("/indicators/{KPI}/milestones"),
            with(&[("year", "2029"), ("value", "1")]),
        ),
        (
            "/indicators/KPI-T1.1/sheet/edit".into(),
            with(&[("version", "1"), ("rationale", "Why.")]),
        ),
        (
            "/mandates/links".into(),
            with(&[("owner", "node"), ("code", NODE), ("mandate", "resolution|70")]),
        ),
        (
            "/mandates/links/remove".into(),
            with(&[("owner", "node"), ("code", NODE), ("mandate", "resolution|71")]),
        ),
        (
            "/finance/allocations".into(),
            with(&[
                ("year", "2028"),
                ("unit", "BR"),
                ("node_0", NODE),
                ("version_0", "1"),
                ("amount_0", "1"),
            ]),
        ),
        ("/risks".into(), risk.clone()),
        ("/risks/RSK-12".into(), risk.clone()),
        ("/risks/RSK-12/edit".into(), risk.clone()),
        ("/risks/RSK-12/close".into(), risk.clone()),
        ("/risks/RSK-12/links".into(), risk.clone()),
        (format!("/risks/RSK-12/links/{NODE}/delete"), risk.clone()),
        ("/framework/workbook".into(), with(&[("confirm", "true")])),
    ];
    for (path, form) in &sends {
        assert_eq!(
            b.answer("POST", path, form, false).await,
            403,
            "a reviewer sends POST {path}"
        );
    }
    assert_eq!(
        b.answer("POST", "/framework/workbook", &with(&[]), true).await,
        403,
        "a reviewer uploads a workbook"
    );
    b.logout().await;

    // Nothing the reviewer sent changed anything.
    b.login(&base, "admin@stratrack.local", crate::harness::PW).await;
    let after = b.audit(&base, "").await;
    assert!(
        !after.iter().any(|r| r
            .split(" | ")
            .nth(1)
            .is_some_and(|who| who.starts_with("council@itu.test"))),
        "no entry by the reviewer: {after:?}"
    );
    b.c.close().await.unwrap();
}
