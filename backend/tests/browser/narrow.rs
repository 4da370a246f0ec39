//! Every page at a phone's width (390 px): nothing makes the page scroll sideways (a wide table scrolls
//! in its own region), and the accessibility checks still pass.

use crate::harness::{Browser, PW, walk};

/// The pages each role opens, with the plan and year of the seed's current cycle.
const PAGES: &[(&str, &str)] = &[
    ("not-found", "/no/such/page"),
    ("dashboard", "/?plan=SP2028-2031&year=2028"),
    ("framework", "/framework?plan=SP2028-2031&year=2028"),
    ("framework-search", "/framework?plan=SP2028-2031&year=2028&q=KPI"),
    ("framework-workbook", "/framework/workbook?plan=SP2028-2031&year=2028"),
    ("compare", "/compare?plan=SP2028-2031&a=2028&b=2029"),
    (
        "compare-filtered",
        "/compare?plan=SP2028-2031&a=2028&b=2029&goal=G1&unit=BR&change=worsened",
    ),
    ("cycle", "/cycle?plan=SP2028-2031"),
    ("indicator", "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028"),
    (
        "framework-adopted",
        "/framework?plan=SP2028-2031&year=2028&as_of=adopted",
    ),
    ("revisions", "/framework/revisions?plan=SP2028-2031&year=2028"),
    (
        "indicator-as-of",
        "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028&as_of=2029-06-30",
    ),
    ("sheet", "/indicators/KPI-T1.1/sheet?plan=SP2028-2031"),
    ("sheet-edit", "/indicators/KPI-T1.1/sheet/edit?plan=SP2028-2031"),
    ("translations-edit", "/translations/indicator/SP2028-2031/KPI-T1.1"),
    ("node-new", "/framework/nodes/new?plan=SP2028-2031"),
    ("node-edit", "/framework/TP-R1.O1/edit?plan=SP2028-2031"),
    ("indicator-new", "/indicators/new?plan=SP2028-2031"),
    ("indicator-edit", "/indicators/KPI-R1/edit?plan=SP2028-2031"),
    ("mandates", "/mandates?plan=SP2028-2031"),
    ("entry", "/entry?plan=SP2028-2031&year=2029"),
    ("entry-form", "/entry/KPI-R1?plan=SP2028-2031&year=2029"),
    ("approvals", "/approvals"),
    ("collection", "/collection?plan=SP2028-2031&year=2029"),
    ("periods", "/periods?plan=SP2028-2031&year=2029"),
    ("notifications", "/notifications"),
    ("entry-value", "/entry/values/1"),
    ("finance", "/finance?plan=SP2028-2031&year=2028"),
    (
        "finance-filtered",
        "/finance?plan=SP2028-2031&year=2028&unit=BR&kind=expense&line_year=2028",
    ),
    ("allocations", "/finance/allocations?plan=SP2028-2031&year=2028&unit=BR"),
    ("node", "/framework/TP-R1.O1.P1?plan=SP2028-2031&year=2028"),
    ("operations", "/operations?plan=SP2028-2031&year=2028"),
    ("risks", "/risks?plan=SP2028-2031&year=2028"),
    ("risk", "/risks/RSK-01?plan=SP2028-2031&year=2028"),
    ("plans", "/plans"),
    ("reports", "/reports?plan=SP2028-2031&year=2028"),
    ("questions", "/questions?plan=SP2028-2031&status=open"),
    ("audit", "/audit"),
    ("users", "/users"),
    ("account", "/account"),
];

async fn sweep(b: &Browser, base: &str, role: &str, wide: &mut Vec<String>) {
    for (name, path) in PAGES {
        b.go(&format!("{base}{path}")).await;
        let landed = b.c.current_url().await.unwrap();
        // A page the role may not open answers 403 in the same layout: it must fit too.
        if let Some(o) = b.overflow().await {
            wide.push(format!("{role} {path} ({}): {o}", landed.path()));
        }
        b.check_a11y(&format!("{role} {name} at 390 px")).await;
    }
    b.shot(&format!("narrow-{role}-framework")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_fits_a_phone_screen_for_every_role() {
    let Some((b, srv)) = walk(&[
        ("planner.br@itu.test", "planner", Some("BR")),
        ("council@itu.test", "reviewer", None),
    ])
    .await
    else {
        return;
    };
    b.resize(390, 844).await;
    let width: i64 =
        b.c.execute("return document.documentElement.clientWidth", vec![])
            .await
            .unwrap()
            .as_i64()
            .unwrap();
    assert!(width <= 390, "the window is a phone's width: {width}");
    let mut wide = Vec::new();
    b.first_admin(&srv).await;
    sweep(&b, &srv.base, "admin", &mut wide).await;
    b.logout().await;
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    sweep(&b, &srv.base, "planner", &mut wide).await;
    b.logout().await;
    b.login(&srv.base, "council@itu.test", PW).await;
    sweep(&b, &srv.base, "reviewer", &mut wide).await;
    assert!(
        wide.is_empty(),
        "pages wider than a 390 px screen:\n  {}",
        wide.join("\n  ")
    );
}
