//! The web pages as a browser without JavaScript uses them: log in through the login form, keep the
//! session cookie, read the CSRF token from the page, send forms. Access per route and role is in
//! [`access`]; the forms of the finance, operations and risk pages in [`forms`]; the audit log in
//! [`audit`].

mod access;
pub mod approvals;
mod audit;
mod cached;
mod collection;
mod comparison;
mod entry;
mod finance;
mod forms;
mod frame;
mod framework_edit;
mod framework_workbook;
mod periods;
mod plans;
mod questions;
mod revisions;
mod risks;
pub(crate) mod translations;
mod words;

use crate::helpers::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;

/// The password of every user `TestApp` creates.
pub const PASSWORD: &str = "correct horse battery staple";

/// What a page request answered.
pub struct Answer {
    /// Status.
    pub status: StatusCode,
    /// `Location`, on redirects.
    pub location: Option<String>,
    /// The HTML.
    pub body: String,
    /// The `stratrack_flash=…` cookie a form's redirect sets for the next page, if any.
    pub flash: Option<String>,
}

impl Answer {
    /// The messages the next page will show, as (`ok` or `error`, text).
    pub fn messages(&self) -> Vec<(String, String)> {
        let value = self
            .flash
            .as_deref()
            .and_then(|c| c.strip_prefix("stratrack_flash="))
            .unwrap_or("");
        serde_urlencoded::from_str(value).unwrap()
    }

    /// The success message the next page will show.
    pub fn done(&self) -> Option<String> {
        self.messages().into_iter().find(|(k, _)| k == "ok").map(|(_, t)| t)
    }

    /// The refusal the next page will show.
    pub fn refused(&self) -> Option<String> {
        self.messages().into_iter().find(|(k, _)| k == "error").map(|(_, t)| t)
    }
}

pub async fn send(app: &TestApp, req: Request<Body>) -> (Answer, Option<String>) {
    let resp = tower::ServiceExt::oneshot(app.router.clone(), req)
        .await
        .expect("router answers");
    let status = resp.status();
    let location = resp
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let set: Vec<String> = resp
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .collect();
    let flash = set.iter().find(|c| c.starts_with("stratrack_flash=")).cloned();
    let cookie = set.into_iter().find(|c| !c.starts_with("stratrack_flash="));
    let body = resp.into_body().collect().await.expect("body").to_bytes().to_vec();
    let body = String::from_utf8(body).expect("utf-8 page");
    (
        Answer {
            status,
            location,
            body,
            flash,
        },
        cookie,
    )
}

/// Logs in through the login form (with the pre-session cookie and hidden field the form page gives) and
/// returns the `stratrack_session=…` cookie.
pub async fn login(app: &TestApp, email: &str) -> String {
    let (page, login_cookie) = send(app, Request::get("/login").body(Body::empty()).unwrap()).await;
    let csrf = csrf_of(&page.body);
    let form = serde_urlencoded::to_string([("email", email), ("password", PASSWORD), ("next", "/"), ("csrf", &csrf)])
        .unwrap();
    let req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, login_cookie.expect("a login CSRF cookie"))
        .body(Body::from(form))
        .unwrap();
    let (a, cookie) = send(app, req).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "login of {email}: {}", a.body);
    let cookie = cookie.expect("a session cookie");
    assert!(cookie.starts_with("stratrack_session="), "{cookie}");
    cookie
}

/// `GET path` with the session `cookie` (or none).
pub async fn get(app: &TestApp, cookie: Option<&str>, path: &str) -> Answer {
    let mut req = Request::get(path);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(app, req.body(Body::empty()).unwrap()).await.0
}

/// `POST path` with `form` fields, as a browser sends a form.
pub async fn post(app: &TestApp, cookie: Option<&str>, path: &str, form: &[(&str, String)]) -> Answer {
    let mut req = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let body = serde_urlencoded::to_string(form).unwrap();
    send(app, req.body(Body::from(body)).unwrap()).await.0
}

/// The CSRF token in the first hidden `csrf` input of `html`.
pub fn csrf_of(html: &str) -> String {
    let at = html.find(r#"name="csrf" value=""#).expect("a form with a csrf field");
    let rest = &html[at + r#"name="csrf" value=""#.len()..];
    rest[..rest.find('"').unwrap()].to_owned()
}

/// A page works without scripts and loads nothing from elsewhere: no inline `<script>` (a page may load
/// one of its own enhancing scripts from `/static/`, which its tests show it does not need), and no
/// http(s) URL but the evidence links of values (and the SVG namespace of inline charts, which is a
/// name, not a fetch).
pub fn assert_self_contained(path: &str, html: &str) {
    let lower = html.to_lowercase();
    let own = lower.matches(r#"<script src="/static/"#).count();
    let closed = lower.matches("\" defer></script>").count();
    assert!(
        lower.matches("<script").count() == own && own == closed,
        "{path} has an inline script or one from elsewhere"
    );
    for scheme in ["http://", "https://"] {
        for (i, _) in html.match_indices(scheme) {
            let before = &html[..i];
            let after = &html[i..];
            let svg_ns = before.ends_with("xmlns=\"") && after.starts_with("http://www.w3.org/2000/svg\"");
            let evidence = before.ends_with("<a href=\"") && {
                let close = after.find('"').unwrap();
                after[close..].starts_with(r#"" rel="noopener noreferrer">"#)
            };
            assert!(
                svg_ns || evidence,
                "{path} names an outside URL: …{}…",
                &html[i.saturating_sub(80)..(i + 80).min(html.len())]
            );
        }
    }
}

/// The roles that log in, by test email.
pub const ROLES: [(&str, &str); 4] = [
    ("reviewer", "reviewer@test.org"),
    ("planner BR", "planner.br@test.org"),
    ("planner BDT", "planner.bdt@test.org"),
    ("admin", "admin@test.org"),
];

/// The plan and year every form test looks at (the seed's operational plans start in 2028).
pub const VIEW: &str = "plan=SP2028-2031&year=2028";

const ACTUALS: &str = "/api/v1/plans/SP2028-2031/finance/actuals";

/// Id and version of the seeded BR 2028 staff actual (read through the API as the admin).
pub async fn br_actual(app: &TestApp) -> (i64, i64) {
    let (_, p) = app
        .get_json(&format!("{ACTUALS}?year=2028&unit=BR&kind=expense&category=staff"))
        .await;
    (
        p["items"][0]["id"].as_i64().unwrap(),
        p["items"][0]["version"].as_i64().unwrap(),
    )
}

/// How many actuals of `unit` the plan has in `year`.
pub async fn actuals_of(app: &TestApp, unit: &str, year: i32) -> u64 {
    let (_, p) = app.get_json(&format!("{ACTUALS}?year={year}&unit={unit}")).await;
    p["total"].as_u64().unwrap()
}

/// Id, version and delivered quantity of operational item `code` of 2028.
pub async fn item(app: &TestApp, code: &str) -> (i64, i64, String) {
    let (_, p) = app
        .get_json("/api/v1/operational-items?plan=SP2028-2031&year=2028&per_page=500")
        .await;
    let i = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .expect("item");
    (
        i["id"].as_i64().unwrap(),
        i["version"].as_i64().unwrap(),
        i["delivered_quantity"].as_str().unwrap().to_owned(),
    )
}

/// Version and status of risk `code`.
pub async fn risk(app: &TestApp, code: &str) -> (i64, String) {
    let (_, r) = app.get_json(&format!("/api/v1/plans/SP2028-2031/risks/{code}")).await;
    (r["version"].as_i64().unwrap(), r["status"].as_str().unwrap().to_owned())
}

fn view_fields(csrf: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("plan", "SP2028-2031".into()),
        ("view_year", "2028".into()),
    ]
}

/// The finance page's form updating an actual.
pub fn actual_update(csrf: &str, version: i64, amount: &str) -> Vec<(&'static str, String)> {
    let mut f = view_fields(csrf);
    f.extend([
        ("year", "2028".into()),
        ("unit", "BR".into()),
        ("kind", "expense".into()),
        ("category", "staff".into()),
        ("version", version.to_string()),
        ("amount", amount.into()),
    ]);
    f
}

/// The finance page's form recording a first actual of BR in 2029.
pub fn actual_create(csrf: &str, category: &str, amount: &str) -> Vec<(&'static str, String)> {
    let mut f = view_fields(csrf);
    f.extend([
        ("year", "2029".into()),
        ("unit", "BR".into()),
        ("kind", "expense".into()),
        ("category", category.into()),
        ("version", "0".into()),
        ("amount", amount.into()),
    ]);
    f
}

/// The finance page's form adding a row: `year`, `unit`, `kind`, `category` and `amount` as typed.
pub fn new_row(
    csrf: &str,
    (year, unit, kind, category): (&str, &str, &str, &str),
    amount: &str,
) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("plan", "SP2028-2031".to_owned()),
        ("view_year", "2028".to_owned()),
        ("year", year.to_owned()),
        ("unit", unit.to_owned()),
        ("kind", kind.to_owned()),
        ("category", category.to_owned()),
        ("amount", amount.to_owned()),
        ("description", "Field office".to_owned()),
    ]
}

/// The operations page's delivery form of an item.
pub fn delivery(csrf: &str, code: &str, version: i64, delivered: &str, status: &str) -> Vec<(&'static str, String)> {
    let mut f = view_fields(csrf);
    f.extend([
        ("code", code.into()),
        ("version", version.to_string()),
        ("delivered_quantity", delivered.into()),
        ("status", status.into()),
    ]);
    f
}

/// The risk page's update form.
pub fn risk_update(csrf: &str, version: i64, status: &str, reviewed_on: &str) -> Vec<(&'static str, String)> {
    let mut f = view_fields(csrf);
    f.extend([
        ("version", version.to_string()),
        ("status", status.into()),
        ("mitigation", "Fee schedule revised by Council in 2028.".into()),
        ("reviewed_on", reviewed_on.into()),
    ]);
    f
}
