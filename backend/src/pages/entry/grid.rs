//! `GET /entry`: the entry grid of a unit's indicators for a plan and year, searched, filtered and
//! paged in the URL; `POST /entry`: the grid's values saved as drafts, the rows ticked submitted, each
//! row's error shown on its row (the batch use case, [`batch::save`]).

use super::super::dashboard::thousands;
use super::super::forms::FormPairs;
use super::super::listing::Pager;
use super::super::{ContextQuery, Layout, PageResult, PageUser, context, level_rank, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::language;
use crate::models::imports::RowError;
use crate::models::measurements::batch::{self, Batch, BatchRow, Outcome, Tally};
use crate::models::measurements::grid::{self, GridParams, GridRow, Resolved, STATES};
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::HashMap;

/// What a form sent back shows again: the upload's errors, or the grid's refused rows as typed.
#[derive(Default)]
pub struct Sent {
    upload_errors: Vec<RowError>,
    refused: HashMap<String, (BatchRow, AppError)>,
    message: Option<String>,
    filter_errors: Option<String>,
}

impl Sent {
    /// The errors of an uploaded file.
    pub fn upload(upload_errors: Vec<RowError>) -> Self {
        Sent {
            upload_errors,
            ..Default::default()
        }
    }
}

/// One row of the grid as the page shows it.
pub struct RowView {
    i: usize,
    code: String,
    /// The name in the reader's language, as HTML ([`super::super::framework_text`]).
    name: String,
    node: String,
    unit: String,
    uom: String,
    period: String,
    quarter: String,
    baseline: String,
    expected: String,
    milestone: String,
    last_year: String,
    ratio: bool,
    /// A draft, returned or absent value: typed in the grid. Else read only, corrected on its page.
    editable: bool,
    id: Option<i32>,
    version: i32,
    value: String,
    shown: String,
    numerator: String,
    denominator: String,
    quality: String,
    narrative: String,
    evidence: String,
    state: String,
    note: String,
    counting: String,
    breakdowns: usize,
    disaggregated: bool,
    submit: bool,
    errors: Vec<(String, String)>,
    error: String,
    /// Whether `error` is in the reader's language (a conflict or lock the domain said as a message).
    error_own: bool,
}

fn shown(d: Option<rust_decimal::Decimal>) -> String {
    d.map_or_else(|| "—".into(), thousands)
}

impl RowView {
    /// Row `i` of the grid for `year`, the indicator's name in the reader's language (`names`).
    fn of(i: usize, r: GridRow, year: i32, names: &crate::models::translations::Lookup) -> Self {
        let ind = &r.indicator;
        let cur = r.current.as_ref();
        let state = cur.map_or("none", |m| m.state.as_str()).to_owned();
        let editable = matches!(state.as_str(), "none" | "draft" | "returned");
        let text = |f: Option<crate::fixed::Fixed>| f.map(|v| v.to_string()).unwrap_or_default();
        RowView {
            i,
            code: ind.code.clone(),
            name: super::super::framework_text(
                names.lang(),
                &names.name(crate::models::translations::Kind::Indicator, ind.id, &ind.name),
            ),
            node: r.node.clone(),
            unit: r.unit.clone(),
            uom: ind.unit.clone(),
            period: crate::views::measurements::period_label(names.lang(), year, r.quarter),
            quarter: r.quarter.map(|q| q.to_string()).unwrap_or_default(),
            baseline: match (ind.baseline_value, ind.baseline_year) {
                (Some(v), Some(y)) => format!("{} ({y})", thousands(v.to_decimal())),
                (Some(v), None) => thousands(v.to_decimal()),
                _ => "—".into(),
            },
            expected: shown(r.expected),
            milestone: r.milestone.map(thousands).unwrap_or_default(),
            last_year: shown(r.last_year),
            ratio: r.ratio,
            editable,
            id: cur.map(|m| m.id),
            version: cur.map_or(0, |m| m.version),
            value: cur
                .filter(|_| editable)
                .map(|m| m.value.to_string())
                .unwrap_or_default(),
            shown: cur.map_or_else(|| "—".into(), |m| thousands(m.value.to_decimal())),
            numerator: text(cur.and_then(|m| m.numerator)),
            denominator: text(cur.and_then(|m| m.denominator)),
            quality: cur.map_or_else(|| "provisional".into(), |m| m.quality.clone()),
            narrative: cur.map(|m| m.narrative.clone()).unwrap_or_default(),
            evidence: cur.map(|m| m.evidence_url.clone()).unwrap_or_default(),
            note: cur.map(|m| m.review_note.clone()).unwrap_or_default(),
            counting: r
                .counting
                .as_ref()
                .map(|m| {
                    language::text_with(
                        "entry-counting",
                        &[
                            ("value", thousands(m.value.to_decimal()).into()),
                            ("revision", m.revision.into()),
                        ],
                    )
                })
                .unwrap_or_default(),
            state,
            breakdowns: r.breakdowns,
            disaggregated: r.disaggregated,
            submit: false,
            errors: Vec::new(),
            error: String::new(),
            error_own: false,
        }
    }

    /// Shows `typed` again with `e`, the reason the row was not saved.
    fn refused(&mut self, typed: &BatchRow, e: &AppError) {
        self.value = typed.value.clone();
        self.numerator = typed.numerator.clone();
        self.denominator = typed.denominator.clone();
        self.quality = typed.quality.clone();
        self.narrative = typed.narrative.clone();
        self.evidence = typed.evidence_url.clone();
        self.submit = typed.submit;
        match e {
            AppError::Invalid(errs) => {
                self.errors = errs.iter().map(|f| (f.field.clone(), f.reason.clone())).collect();
                self.error = (errs.iter())
                    .map(|f| format!("{}: {}", f.field, f.reason))
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            other => (self.error, self.error_own) = other.detail_shown(crate::language::current()),
        }
    }

    /// The error of `field` on this row, if any.
    pub fn error_of(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }
}

#[derive(Template)]
#[template(path = "entry.html")]
struct EntryGrid {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    is_admin: bool,
    lock: Option<crate::pages::forms::FieldReason>,
    rows: Vec<RowView>,
    upload_errors: Vec<RowError>,
    message: Option<String>,
    elsewhere: Vec<(String, String)>,
    filter_errors: Option<String>,
    first_error: Option<String>,
    filters: Resolved,
    states: [&'static str; 5],
    units: Vec<String>,
    nodes: Vec<(String, String, String)>,
    quarterly: bool,
    total: u64,
    all: u64,
    first: u64,
    last: u64,
    pager: Pager,
    here: String,
}

/// The grid's filters as they go in its addresses (empty ones are left out), without the page.
fn filters(plan: &str, year: i32, p: &Resolved) -> Vec<(&'static str, String)> {
    vec![
        ("plan", plan.to_owned()),
        ("year", year.to_string()),
        ("unit", p.unit.clone().unwrap_or_default()),
        (
            "quarter",
            if p.quarter == 1 {
                String::new()
            } else {
                p.quarter.to_string()
            },
        ),
        ("q", p.q.clone()),
        ("state", p.state.clone().unwrap_or_default()),
        ("node", p.node.clone().unwrap_or_default()),
        (
            "has_value",
            p.has_value.map_or("", |h| if h { "yes" } else { "no" }).to_owned(),
        ),
    ]
}

/// Renders the grid for `q` and `gp` with what a form sent back.
pub async fn grid_page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    gp: &GridParams,
    mut sent: Sent,
) -> PageResult<Response> {
    let ctx = context(st, user, "/entry", q).await?;
    let g = match grid::grid(&st.db, &ctx.snap, &user.0, &ctx.plan, ctx.year, gp).await {
        // Filters the grid does not understand: the unfiltered grid, saying which ones and why.
        Err(AppError::Invalid(errs)) if sent.filter_errors.is_none() => {
            let named = super::super::listing::named(&errs).text(ctx.layout.lang);
            let plain = GridParams {
                unit: gp.unit.clone(),
                ..Default::default()
            };
            sent.filter_errors = Some(named);
            return Box::pin(grid_page(st, user, q, &plain, sent)).await;
        }
        r => r?,
    };
    let p = g.params.clone();
    let names = crate::models::translations::resolve(&st.db, ctx.layout.lang).await?;
    let mut rows: Vec<RowView> = (g.rows.into_iter().enumerate())
        .map(|(i, r)| RowView::of(i, r, ctx.year, &names))
        .collect();
    for r in &mut rows {
        if let Some((typed, e)) = sent.refused.remove(&r.code) {
            r.refused(&typed, &e);
        }
    }
    // Refused rows this page does not show (filtered out, or another unit's code): listed by the message.
    let mut elsewhere: Vec<(String, String)> = (sent.refused.into_iter())
        .map(|(code, (_, e))| (code, e.to_string()))
        .collect();
    elsewhere.sort();
    let mut nodes = g.nodes;
    nodes.sort_by_key(|(_, _, level)| level_rank(level));
    let plan = ctx.plan.code.clone();
    let keep = filters(&plan, ctx.year, &p);
    let keep: Vec<(&str, &str)> = keep.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let pager = Pager::new("/entry", &keep, (g.total, p.page, p.per_page), "indicators");
    // The form's own address: this very page, so a refused save shows the rows it was typed on.
    let mut here: Vec<(&str, String)> = (keep.iter().filter(|(_, v)| !v.is_empty()))
        .map(|(k, v)| (*k, (*v).to_owned()))
        .collect();
    here.extend([("per_page", p.per_page.to_string()), ("page", p.page.to_string())]);
    let here = serde_urlencoded::to_string(here).unwrap_or_default();
    let refused = sent.filter_errors.is_some()
        || !sent.upload_errors.is_empty()
        || !elsewhere.is_empty()
        || rows.iter().any(|r| !r.error.is_empty());
    let mut resp = render(&EntryGrid {
        first_error: rows.iter().find(|r| !r.error.is_empty()).map(|r| r.code.clone()),
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        lock: g.lock.as_ref().map(crate::pages::forms::FieldReason::of_reason),
        upload_errors: sent.upload_errors,
        message: sent.message,
        filter_errors: sent.filter_errors,
        elsewhere,
        states: STATES,
        units: g.units,
        nodes,
        quarterly: g.quarterly,
        total: g.total,
        all: g.all,
        first: if g.total == 0 { 0 } else { (p.page - 1) * p.per_page + 1 },
        last: (p.page * p.per_page).min(g.total),
        pager,
        here,
        rows,
        filters: p,
        plan,
        year: ctx.year,
        layout: ctx.layout.translated(),
    })?;
    if refused {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

/// `GET /entry`: the grid.
pub async fn entry_grid(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(gp): Query<GridParams>,
) -> PageResult<Response> {
    grid_page(&st, &user, &q, &gp, Sent::default()).await
}

/// The grid's rows as the form sent them: `code_{i}`, `quarter_{i}`, `id_{i}`, `version_{i}`,
/// `value_{i}` …, `submit_{i}`.
fn rows_of(pairs: &FormPairs) -> Vec<BatchRow> {
    let mut idx: Vec<usize> = (pairs.iter())
        .filter_map(|(k, _)| k.strip_prefix("code_").and_then(|i| i.parse().ok()))
        .collect();
    idx.sort_unstable();
    idx.dedup();
    idx.into_iter()
        .map(|i| {
            let f = |name: &str| pairs.get(&format!("{name}_{i}"));
            let id = f("id").parse().ok();
            BatchRow {
                code: f("code"),
                quarter: f("quarter").parse().ok(),
                current: id.map(|id| (id, f("version").parse().unwrap_or(0))),
                value: f("value"),
                numerator: f("numerator"),
                denominator: f("denominator"),
                quality: f("quality"),
                narrative: f("narrative"),
                evidence_url: f("evidence"),
                submit: f("submit") == "yes",
            }
        })
        .collect()
}

/// What a save of the grid did, in the reader's language: "4 saved (2 submitted for approval), 1 not
/// saved: see the row".
fn tally_text(t: &Tally) -> String {
    let mut msg = language::text_with("entry-tally-saved", &[("count", t.saved.into())]);
    if t.submitted > 0 {
        msg += &language::text_with("entry-tally-submitted", &[("count", t.submitted.into())]);
    }
    if t.refused > 0 {
        msg += &language::text_with("entry-tally-refused", &[("count", t.refused.into())]);
    }
    msg
}

/// `POST /entry`: saves the grid's rows as drafts and submits the ticked ones; every good row is
/// stored, every refused row shown again as typed with its error.
pub async fn save_grid(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(gp): Query<GridParams>,
    body: Bytes,
) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    let ctx = context(&st, &user, "/entry", &q).await?;
    let batch = Batch {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        rows: rows_of(&pairs),
    };
    let outcomes = batch::save(&st.db, &st.writer, &user.0, &batch).await?;
    let tally = Tally::of(&outcomes);
    if tally.refused == 0 {
        return Ok(super::done_to(
            "/entry",
            &ctx.plan.code,
            Some(ctx.year),
            tally_text(&tally),
        ));
    }
    let refused = (batch.rows.into_iter().zip(outcomes))
        .filter_map(|(row, o)| match o {
            Outcome::Refused(e) => Some((row.code.clone(), (row, e))),
            _ => None,
        })
        .collect();
    let sent = Sent {
        refused,
        message: Some(tally_text(&tally)),
        ..Default::default()
    };
    grid_page(&st, &user, &q, &gp, sent).await
}
