//! `GET /entry/values/{id}`: one value with its return note, its revisions and every step taken on them;
//! `POST /entry/values/{id}`: edit a draft or returned value (and submit it again);
//! `POST /entry/values/{id}/revise`: correct an approved value with a reason. The same use cases as the
//! API's `PATCH` and `revise` ([`edit::update`], [`edit::revise_with_reason`]).

use super::super::dashboard::thousands;
use super::super::entry_form::submit;
use super::super::forms::{Filled, FormPairs, Summary, typed};
use super::super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use super::done_to;
use crate::language;
use crate::models::dimensions;
use crate::models::measurements::edit::{self, UpdateMeasurement};
use crate::models::measurements::grid::entered_as_ratio;
use crate::models::measurements::history::{self, HistoryStep};
use crate::state::AppState;
use crate::views::measurements::period_label;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use std::collections::HashMap;

/// A revision as the page lists it.
pub struct RevisionLine {
    id: i32,
    revision: i32,
    value: String,
    state: String,
    quality: String,
    narrative: String,
    current: bool,
}

/// The fields of the edit or revise form.
#[derive(Default, Clone)]
pub struct Fields {
    version: String,
    value: String,
    numerator: String,
    denominator: String,
    quality: String,
    narrative: String,
    evidence_url: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "entry_value.html")]
struct ValuePage {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    id: i32,
    code: String,
    /// The indicator's name in the reader's language, as HTML ([`super::super::framework_text`]).
    name: String,
    uom: String,
    period: String,
    breakdown: String,
    value: String,
    state: String,
    revision: i32,
    note: String,
    returned_at: String,
    lock: Option<crate::pages::forms::FieldReason>,
    ratio: bool,
    /// `edit` (draft or returned), `revise` (approved, nothing pending) or "" (read only).
    mode: &'static str,
    pending: Option<(i32, i32, String)>,
    counting: Option<String>,
    form: Fields,
    error: Option<Summary>,
    errors: HashMap<String, crate::pages::forms::FieldReason>,
    revisions: Vec<RevisionLine>,
    steps: Vec<HistoryStep>,
}

async fn page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    id: i32,
    sent: Option<Filled<Fields>>,
) -> PageResult<Response> {
    let ctx = context(st, user, "/entry", q).await?;
    let h = history::of_value(&st.db, &user.0, id).await?;
    let names = dimensions::names(&st.db).await?;
    let v = &h.value;
    let mode = match v.state.as_str() {
        _ if h.lock.is_some() => "",
        "draft" | "returned" => "edit",
        "approved" if h.pending().is_none() => "revise",
        _ => "",
    };
    let form = sent.as_ref().map_or_else(
        || Fields {
            version: v.version.to_string(),
            value: v.value.to_string(),
            numerator: v.numerator.map(|n| n.to_string()).unwrap_or_default(),
            denominator: v.denominator.map(|n| n.to_string()).unwrap_or_default(),
            quality: v.quality.clone(),
            narrative: v.narrative.clone(),
            evidence_url: v.evidence_url.clone(),
            reason: String::new(),
        },
        |s| s.typed.clone(),
    );
    let texts = crate::models::translations::resolve(&st.db, ctx.layout.lang).await?;
    let drawn = render(&ValuePage {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        id: v.id,
        code: h.indicator.code.clone(),
        name: super::super::framework_text(
            texts.lang(),
            &texts.name(
                crate::models::translations::Kind::Indicator,
                h.indicator.id,
                &h.indicator.name,
            ),
        ),
        uom: h.indicator.unit.clone(),
        period: period_label(crate::language::current(), v.year, v.quarter),
        breakdown: super::super::breakdown_html(&names, &texts, &v.disaggregation),
        value: thousands(v.value.to_decimal()),
        state: v.state.clone(),
        revision: v.revision,
        note: v.review_note.clone(),
        returned_at: v
            .returned_at
            .as_ref()
            .map(crate::models::periods::rfc3339)
            .unwrap_or_default(),
        lock: h.lock.as_ref().map(crate::pages::forms::FieldReason::of_reason),
        ratio: entered_as_ratio(&h.indicator),
        mode,
        pending: h.pending().map(|p| (p.id, p.revision, p.state.clone())),
        counting: h.counting().filter(|c| c.id != v.id || h.pending().is_some()).map(|c| {
            language::text_with(
                "entry-value-revision",
                &[
                    ("value", thousands(c.value.to_decimal()).into()),
                    ("revision", c.revision.into()),
                ],
            )
        }),
        form,
        error: sent.as_ref().and_then(|s| s.summary_in("entry-nothing-saved")),
        errors: sent.as_ref().map(Filled::by_field).unwrap_or_default(),
        revisions: (h.revisions.iter())
            .map(|r| RevisionLine {
                id: r.id,
                revision: r.revision,
                value: thousands(r.value.to_decimal()),
                state: r.state.clone(),
                quality: r.quality.clone(),
                narrative: r.narrative.clone(),
                current: r.id == v.id,
            })
            .collect(),
        steps: h.steps.into_iter().map(step_in_words).collect(),
        layout: ctx.layout.translated(),
    })?;
    Ok(match &sent {
        Some(s) => s.answer(drawn),
        None => drawn,
    })
}

/// A step of the history with its name in the reader's language (`entry-step-approved`); an audit action
/// with no message of its own is shown as the log names it.
fn step_in_words(mut s: HistoryStep) -> HistoryStep {
    let key = format!("entry-step-{}", s.action);
    if stratrack_i18n::has(stratrack_i18n::Lang::En, &key) {
        s.action = language::text(&key);
    }
    s
}

/// `GET /entry/values/{id}`: the value's page.
pub async fn value_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    page(&st, &user, &q, id, None).await
}

impl Fields {
    fn of(pairs: &FormPairs) -> Self {
        Fields {
            version: pairs.get("version"),
            value: pairs.get("value"),
            numerator: pairs.get("numerator"),
            denominator: pairs.get("denominator"),
            quality: pairs.get("quality"),
            narrative: pairs.get("narrative"),
            evidence_url: pairs.get("evidence_url"),
            reason: pairs.get("reason"),
        }
    }

    /// The change these fields ask for, as the API's body says it.
    fn body(&self, reason: bool) -> UpdateMeasurement {
        UpdateMeasurement {
            version: None,
            value: typed(&self.value),
            numerator: typed(&self.numerator),
            denominator: typed(&self.denominator),
            quality: Some(self.quality.clone()).filter(|q| !q.is_empty()),
            narrative: Some(self.narrative.clone()),
            evidence_url: Some(self.evidence_url.trim().to_owned()),
            reason: reason.then(|| self.reason.clone()),
        }
    }

    /// The version the form was read at (409 when stale).
    fn claimed(&self) -> Option<(i32, bool)> {
        self.version.trim().parse().ok().map(|v| (v, false))
    }
}

/// `POST /entry/values/{id}`: saves the edit of a draft or returned value, and submits it when asked.
pub async fn edit_value(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    let fields = Fields::of(&pairs);
    let saved = match edit::update(&st.db, &st.writer, &user.0, id, fields.claimed(), &fields.body(false)).await {
        Ok(w) => w,
        Err(e) => return page(&st, &user, &q, id, Some(Filled::refused(fields, e)?)).await,
    };
    let code = saved.indicator.code.clone();
    let mut msg = language::text_with("entry-saved-draft", &[("code", code.as_str().into())]);
    if pairs.get("action") == "submit" {
        match submit(&st, &user, id, Some((saved.row.version, false))).await {
            Ok(_) => msg = language::text_with("entry-submitted", &[("code", code.as_str().into())]),
            Err(e) => return page(&st, &user, &q, id, Some(Filled::refused(fields, e)?)).await,
        }
    }
    Ok(done_to(
        &format!("/entry/values/{id}"),
        &q.plan.clone().unwrap_or_default(),
        q.year,
        msg,
    ))
}

/// `POST /entry/values/{id}/revise`: corrects an approved value with a new revision (a draft, which
/// is then submitted when asked); the approved value keeps counting until the revision is approved.
pub async fn revise_value(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    let fields = Fields::of(&pairs);
    let revised =
        match edit::revise_with_reason(&st.db, &st.writer, &user.0, id, fields.claimed(), &fields.body(true)).await {
            Ok(w) => w,
            Err(e) => return page(&st, &user, &q, id, Some(Filled::refused(fields, e)?)).await,
        };
    let (code, new_id) = (revised.indicator.code.clone(), revised.row.id);
    let args = [
        ("code", code.as_str().into()),
        ("revision", revised.row.revision.into()),
    ];
    let mut msg = language::text_with("entry-correction-saved", &args);
    if pairs.get("action") == "submit" {
        submit(&st, &user, new_id, Some((revised.row.version, false))).await?;
        msg = language::text_with("entry-correction-submitted", &args);
    }
    Ok(done_to(
        &format!("/entry/values/{new_id}"),
        &q.plan.clone().unwrap_or_default(),
        q.year,
        msg,
    ))
}
