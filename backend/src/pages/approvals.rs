//! The approval queue of the Secretary-General's office, with each value's context (unit of measure,
//! change from last year, expected value and target, the status it would give, narrative, evidence, who
//! entered and submitted it): filtered by unit and search within the plan viewed and, when the URL names
//! one, its year (without one, every year of the plan: nothing waiting is hidden by the default year),
//! paged, the filters in the URL. Approve the selected, or return each with its own note, through the use cases of
//! [`crate::models::measurements::review`]; a refused decision shows the page again with the notes
//! typed and the error beside its row.

use super::dashboard::{percent, thousands};
use super::forms::{FormPairs, Refusal};
use super::frame;
use super::{ContextQuery, Flash, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::language;
use crate::models::dimensions::{self, Names};
use crate::models::measurements::queue::{InQueue, QueueFilter, queue};
use crate::models::measurements::review::{Decision, decide, note_field};
use crate::models::measurements::workflow::Step;
use crate::models::translations::{self, Kind, Lookup};
use crate::policy::{Action, allows};
use crate::state::AppState;
use crate::status::Assessment;
use crate::views::measurements::period_label;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/approvals", get(list).post(decide_form))
}

/// The queue's own filters, as typed in the URL (the plan and year are the page's context).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Filters {
    unit: String,
    q: String,
    page: String,
    per_page: String,
}

impl Filters {
    fn number(field: &str, text: &str) -> Result<Option<u64>, AppError> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse()
            .map(Some)
            .map_err(|_| AppError::field(field, crate::error::Said::new("said-whole-number", [])))
    }

    /// The URL query of these filters with `page`, in `plan` and the year filtered on.
    fn href(&self, plan: &str, year: Option<i32>, page: u64) -> String {
        let page = page.to_string();
        let year = year.map(|y| y.to_string()).unwrap_or_default();
        let pairs = [
            ("plan", plan),
            ("year", year.as_str()),
            ("unit", self.unit.as_str()),
            ("q", self.q.as_str()),
            ("page", &page),
            ("per_page", self.per_page.as_str()),
        ];
        let kept: Vec<(&str, &str)> = pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        format!("/approvals?{}", serde_urlencoded::to_string(kept).unwrap_or_default())
    }
}

/// A status as a badge.
pub struct Badge {
    key: &'static str,
    progress: String,
}

fn badge(a: &Option<Assessment>) -> Option<Badge> {
    a.as_ref().map(|a| Badge {
        key: a.status.as_str(),
        progress: a.progress.map(percent).unwrap_or_default(),
    })
}

impl Row {
    /// The value named for its checkbox: indicator, period and breakdown.
    fn label(&self) -> String {
        format!("{} {} {}", self.code, self.period, self.breakdown_text)
    }
}

/// One submitted value as the queue shows it.
pub struct Row {
    id: i32,
    plan: String,
    year: i32,
    code: String,
    /// The indicator's name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    unit: String,
    period: String,
    /// The breakdown as HTML in the reader's language ([`super::breakdown_html`]; `total` for the
    /// headline value).
    breakdown: String,
    /// The breakdown as plain text, for the checkbox's name.
    breakdown_text: String,
    value: String,
    measure: String,
    quality: String,
    previous: String,
    change: String,
    replaces: Option<String>,
    expected: String,
    target: String,
    now: Option<Badge>,
    would: Option<Badge>,
    narrative: String,
    evidence: String,
    entered: String,
    submitted: String,
    own: bool,
    checked: bool,
    note: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "approvals.html")]
struct QueuePage {
    layout: Layout,
    csrf: String,
    units: Vec<String>,
    years: Vec<i32>,
    year: Option<i32>,
    unit: String,
    q: String,
    per_page: String,
    rows: Vec<Row>,
    total: u64,
    page: u64,
    pages: u64,
    prev: Option<String>,
    next: Option<String>,
    elsewhere: Vec<(String, String)>,
}

impl QueuePage {
    /// Whether year `y` is the one filtered on.
    fn picks(&self, y: &i32) -> bool {
        self.year == Some(*y)
    }

    /// The plan and the year filtered on, or every year, in the reader's language ("BDT 2029").
    fn years(&self) -> String {
        let plan = self.layout.plan.as_str();
        match self.year {
            Some(y) => language::text_with("approvals-scope-year", &[("plan", plan.into()), ("year", y.into())]),
            None => language::text_with("approvals-scope-every", &[("plan", plan.into())]),
        }
    }

    /// What the queue shows, in the reader's language: the plan and the year filtered on (or every
    /// year), and the unit filtered on ("BDT 2029 from BR").
    fn scope(&self) -> String {
        let scope = self.years();
        if self.unit.is_empty() {
            scope
        } else {
            language::text_with(
                "approvals-scope-unit",
                &[("scope", scope.into()), ("unit", self.unit.as_str().into())],
            )
        }
    }
}

/// What a refused form sent, to show again.
#[derive(Default)]
struct Typed {
    notes: HashMap<i32, String>,
    checked: HashSet<i32>,
    errors: HashMap<i32, String>,
    message: Option<String>,
}

async fn list(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    show(&st, &user, &q, &f, Typed::default()).await
}

fn when(t: Option<&chrono::DateTime<chrono::FixedOffset>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
}

fn row(r: InQueue, user: &PageUser, typed: &Typed, names: &Names, texts: &Lookup) -> Row {
    let m = &r.value;
    let shown = |d: Option<rust_decimal::Decimal>| d.map_or_else(|| "—".to_owned(), thousands);
    let id = m.id;
    Row {
        id,
        plan: r.plan,
        year: m.year,
        code: r.indicator.code.clone(),
        name: super::framework_text(
            texts.lang(),
            &texts.name(Kind::Indicator, r.indicator.id, &r.indicator.name),
        ),
        unit: r.unit,
        period: period_label(crate::language::current(), m.year, m.quarter),
        breakdown: super::breakdown_html(names, texts, &m.disaggregation),
        breakdown_text: super::breakdown_text(names, texts, &m.disaggregation),
        value: thousands(m.value.to_decimal()),
        measure: r.indicator.unit.clone(),
        quality: m.quality.clone(),
        previous: r.previous.as_ref().map_or_else(
            || language::text("approvals-none"),
            |p| {
                format!(
                    "{}: {}",
                    period_label(crate::language::current(), p.year, p.quarter),
                    thousands(p.value.to_decimal())
                )
            },
        ),
        change: r.change.map_or_else(
            || "—".to_owned(),
            |c| {
                if c.is_sign_positive() && !c.is_zero() {
                    format!("+{}", thousands(c))
                } else {
                    thousands(c)
                }
            },
        ),
        replaces: r.replaces.as_ref().map(|p| {
            language::text_with(
                "approvals-replaces",
                &[
                    ("revision", m.revision.into()),
                    ("value", thousands(p.value.to_decimal()).into()),
                    ("approved", p.revision.into()),
                ],
            )
        }),
        expected: shown(r.would.as_ref().and_then(|a| a.expected)),
        target: match (r.indicator.target_value, r.indicator.target_year) {
            (Some(v), Some(y)) => language::text_with(
                "approvals-target-by",
                &[("value", thousands(v.to_decimal()).into()), ("year", y.into())],
            ),
            _ => "—".to_owned(),
        },
        now: badge(&r.now),
        would: badge(&r.would),
        narrative: m.narrative.clone(),
        evidence: m.evidence_url.clone(),
        entered: format!(
            "{} {}",
            r.entered_by.as_deref().unwrap_or("seed"),
            when(Some(&m.entered_at))
        ),
        submitted: format!(
            "{} {}",
            r.submitted_by.as_deref().unwrap_or("seed"),
            when(m.submitted_at.as_ref())
        ),
        own: !allows(
            &user.0,
            Action::Approve {
                entered_by: m.entered_by,
                submitted_by: m.submitted_by,
            },
        ),
        checked: typed.checked.contains(&id),
        note: typed.notes.get(&id).cloned().unwrap_or_default(),
        error: typed.errors.get(&id).cloned(),
    }
}

async fn show(st: &AppState, user: &PageUser, q: &ContextQuery, f: &Filters, typed: Typed) -> PageResult<Response> {
    let mut ctx = context(st, user, "/approvals", q).await?;
    let filter = QueueFilter {
        plan: Some(ctx.plan.code.clone()),
        year: q.year,
        unit: Some(f.unit.clone()),
        q: Some(f.q.clone()),
        page: Filters::number("page", &f.page).unwrap_or(Some(0)),
        per_page: Filters::number("per_page", &f.per_page).unwrap_or(Some(0)),
    };
    // A filter that names nothing (a unit or page typed into the URL) is said on the page, which
    // then shows the queue without it.
    let (found, typed, unit) = match queue(&st.db, &user.0, &filter).await {
        Err(AppError::Invalid(errs)) => {
            let said: Vec<String> = errs.iter().map(|e| format!("{}: {}", e.field, e.reason)).collect();
            let plain = QueueFilter {
                unit: None,
                page: None,
                per_page: None,
                ..filter
            };
            let message = Some(format!(
                "{} {}",
                language::text("approvals-filter-not-applied"),
                said.join("; ")
            ));
            (
                queue(&st.db, &user.0, &plain).await?,
                Typed { message, ..typed },
                String::new(),
            )
        }
        other => (other?, typed, f.unit.clone()),
    };
    let units: Vec<String> = {
        let mut u: Vec<String> = crate::models::units::codes(&st.db).await?.into_values().collect();
        u.sort();
        u
    };
    let items = found.items;
    let pages = items.total.div_ceil(items.per_page).max(1);
    let plan = ctx.plan.code.as_str();
    let prev = (items.page > 1).then(|| f.href(plan, q.year, items.page - 1));
    let next = (items.page < pages).then(|| f.href(plan, q.year, items.page + 1));
    let elsewhere = found
        .waiting
        .iter()
        .filter(|((p, y), _)| !(*p == ctx.plan.code && q.year.is_none_or(|shown| shown == *y)))
        .map(|((p, y), n)| {
            let href = format!(
                "/approvals?{}",
                serde_urlencoded::to_string([
                    ("plan", p.as_str()),
                    ("year", &y.to_string()),
                    ("unit", f.unit.as_str())
                ])
                .unwrap_or_default()
            );
            (href, format!("{p} {y}: {n}"))
        })
        .collect();
    let failed = typed.message.is_some();
    if let Some(text) = &typed.message {
        ctx.layout.flashes.push(Flash {
            kind: "error",
            text: text.clone(),
        });
    }
    let names = dimensions::names(&st.db).await?;
    let texts = translations::resolve(&st.db, ctx.layout.lang).await?;
    let rows = items
        .items
        .into_iter()
        .map(|r| row(r, user, &typed, &names, &texts))
        .collect();
    let page = QueuePage {
        csrf: user.csrf().to_owned(),
        units,
        years: (ctx.plan.start_year..=ctx.plan.end_year).collect(),
        year: q.year,
        unit,
        q: f.q.clone(),
        per_page: f.per_page.clone(),
        rows,
        total: items.total,
        page: items.page,
        pages,
        prev,
        next,
        elsewhere,
        layout: ctx.layout.translated(),
    };
    let mut resp = render(&page)?;
    if failed {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

async fn decide_form(State(st): State<AppState>, user: PageUser, body: Bytes) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    let q = ContextQuery {
        plan: Some(pairs.get("plan")).filter(|p| !p.is_empty()),
        year: pairs.get("year").trim().parse().ok(),
    };
    let f = Filters {
        unit: pairs.get("unit"),
        q: pairs.get("q"),
        page: pairs.get("page"),
        per_page: pairs.get("per_page"),
    };
    let mut typed = Typed::default();
    for (k, v) in pairs.iter() {
        if k == "ids"
            && let Ok(id) = v.parse()
        {
            typed.checked.insert(id);
        } else if let Some(id) = k.strip_prefix("note_").and_then(|id| id.parse().ok()) {
            typed.notes.insert(id, v.clone());
        }
    }
    let note = |id: i32| typed.notes.get(&id).cloned().unwrap_or_default();
    let (step, items) = match pairs.get("return_one").parse::<i32>() {
        Ok(id) => (Step::Return, vec![(id, note(id))]),
        Err(_) => {
            let step = if pairs.get("action") == "return" {
                Step::Return
            } else {
                Step::Approve
            };
            let mut ids: Vec<i32> = typed.checked.iter().copied().collect();
            ids.sort_unstable();
            (step, ids.into_iter().map(|id| (id, note(id))).collect())
        }
    };
    match decide(&st.db, &st.writer, &user.0, Decision { step, items }).await {
        Ok(done) => {
            let key = if step == Step::Return {
                "approvals-returned"
            } else {
                "approvals-approved"
            };
            let msg = language::text_with(
                key,
                &[
                    ("count", done.labels.len().into()),
                    ("values", done.labels.join(", ").into()),
                ],
            );
            // Back to the queue as it was filtered (its first page: the values decided have left it).
            let back = match &q.plan {
                Some(plan) => f.href(plan, q.year, 1),
                None => "/approvals".to_owned(),
            };
            Ok(frame::done(&back, &msg))
        }
        Err(e) => {
            typed.message = Some(match Refusal::of(e)? {
                Refusal::Fields(errs) => {
                    let mut lines = Vec::new();
                    for e in errs {
                        match e.field.strip_prefix("note_").and_then(|id| id.parse::<i32>().ok()) {
                            Some(id) if e.field == note_field(id) => {
                                typed.errors.insert(id, e.reason.clone());
                                lines.push(e.reason);
                            }
                            _ if e.field == "ids" => lines.push(language::text("approvals-select-one")),
                            _ => lines.push(format!("{}: {}", e.field, e.reason)),
                        }
                    }
                    format!("{} {}", language::text("approvals-nothing-changed"), lines.join(" "))
                }
                other => format!(
                    "{} {}",
                    language::text("approvals-nothing-changed-because"),
                    other.said()
                ),
            });
            show(&st, &user, &q, &f, typed).await
        }
    }
}
