//! The entry form of one indicator (value, breakdown, narrative, evidence, quality; save a draft or
//! submit) with the indicator's values, and submitting a draft: through the same use cases as the API.

use super::dashboard::thousands;
use super::forms::{CsrfForm, Filled, FormPairs, Summary, typed};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::language;
use crate::models::dimensions::{self, Names};
use crate::models::measurements::create::{self, CreateMeasurement};
use crate::models::measurements::steps::{self, StepRequest};
use crate::models::measurements::workflow::Step;
use crate::models::measurements::worklist::{self, Dimension};
use crate::models::measurements::{Measurement, Written};
use crate::models::translations::Lookup;
use crate::state::AppState;
use crate::views::measurements::period_label;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use std::collections::{BTreeMap, HashMap};

/// The values a form was filled with, to show them again with the errors.
#[derive(Debug, Default, Clone)]
pub struct FormValues {
    year: String,
    quarter: String,
    value: String,
    numerator: String,
    denominator: String,
    quality: String,
    narrative: String,
    evidence_url: String,
}

/// A dimension with its values `(code, name, selected)`.
pub struct DimChoice {
    code: String,
    name: String,
    values: Vec<(String, String, bool)>,
}

impl DimChoice {
    /// `d` with its values, named in `texts`' language (plain text: a label and options; an untranslated
    /// name is the English one).
    fn of(d: Dimension, selected: &BTreeMap<String, String>, names: &Names, texts: &Lookup) -> Self {
        let chosen = selected.get(&d.code);
        DimChoice {
            values: (d.values.into_iter())
                .map(|(v, name)| {
                    let sel = chosen == Some(&v);
                    let shown = names.value_in(&d.code, &v, texts);
                    let name = if shown.fallback { name } else { shown.text };
                    (v, name, sel)
                })
                .collect(),
            name: {
                let shown = names.dimension_in(&d.code, texts);
                if shown.fallback { d.name } else { shown.text }
            },
            code: d.code,
        }
    }
}

/// A stored value of the indicator.
pub struct ValueLine {
    id: i32,
    period: String,
    breakdown: String,
    value: String,
    state: String,
    note: String,
    can_submit: bool,
}

impl ValueLine {
    fn of(m: Measurement, names: &Names, texts: &Lookup) -> Self {
        ValueLine {
            id: m.id,
            period: period_label(crate::language::current(), m.year, m.quarter),
            breakdown: super::breakdown_html(names, texts, &m.disaggregation),
            value: thousands(m.value.to_decimal()),
            can_submit: m.state == "draft" || m.state == "returned",
            state: m.state,
            note: m.review_note,
        }
    }
}

#[derive(Template)]
#[template(path = "entry_form.html")]
struct EntryForm {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    code: String,
    /// The indicator's name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    unit: String,
    /// The direction's code, said as the vocabulary's word.
    direction: String,
    is_ratio: bool,
    lock: Option<crate::pages::forms::FieldReason>,
    error: Option<Summary>,
    form: FormValues,
    errors: HashMap<String, crate::pages::forms::FieldReason>,
    dimensions: Vec<DimChoice>,
    values: Vec<ValueLine>,
}

/// What the entry form was sent with: the values typed and the breakdown chosen.
struct Sent {
    form: FormValues,
    selected: BTreeMap<String, String>,
}

async fn form_page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    code: &str,
    filled: Option<Filled<Sent>>,
) -> PageResult<Response> {
    worklist::may_open_entry(&user.0)?;
    let ctx = context(st, user, "/entry", q).await?;
    let f = worklist::entry_form(&st.db, &user.0, &ctx.plan, ctx.year, code).await?;
    let names = dimensions::names(&st.db).await?;
    let none = BTreeMap::new();
    let selected = filled.as_ref().map_or(&none, |s| &s.typed.selected);
    let texts = crate::models::translations::resolve(&st.db, ctx.layout.lang).await?;
    let dims = (f.dimensions.into_iter())
        .map(|d| DimChoice::of(d, selected, &names, &texts))
        .collect();
    let ind = f.indicator;
    let is_ratio = crate::models::measurements::grid::entered_as_ratio(&ind);
    let name = super::framework_text(
        texts.lang(),
        &texts.name(crate::models::translations::Kind::Indicator, ind.id, &ind.name),
    );
    let drawn = render(&EntryForm {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        code: ind.code,
        name,
        unit: f.unit,
        direction: ind.direction,
        is_ratio,
        lock: f.lock.as_ref().map(crate::pages::forms::FieldReason::of_reason),
        error: filled.as_ref().and_then(|s| s.summary_in("entry-value-not-saved")),
        errors: filled.as_ref().map(Filled::by_field).unwrap_or_default(),
        form: filled.as_ref().map_or_else(
            || FormValues {
                year: ctx.year.to_string(),
                quality: "provisional".into(),
                ..Default::default()
            },
            |s| s.typed.form.clone(),
        ),
        dimensions: dims,
        values: f.values.into_iter().map(|m| ValueLine::of(m, &names, &texts)).collect(),
        layout: ctx.layout.translated(),
    })?;
    Ok(match &filled {
        Some(s) => s.answer(drawn),
        None => drawn,
    })
}

/// `GET /entry/{code}`: the entry form of an indicator.
pub async fn entry_form(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    form_page(&st, &user, &q, &code, None).await
}

impl FormValues {
    /// The value this form enters for indicator `code` of plan `plan`, broken down by `selected`; the
    /// use case reads its numbers as it reads the API's.
    fn body(&self, plan: &str, code: &str, selected: &BTreeMap<String, String>) -> CreateMeasurement {
        CreateMeasurement {
            plan_code: Some(plan.to_owned()),
            indicator_code: Some(code.to_owned()),
            year: typed(&self.year),
            quarter: typed(&self.quarter),
            disaggregation: (!selected.is_empty()).then(|| serde_json::to_value(selected).unwrap_or_default()),
            value: typed(&self.value),
            numerator: typed(&self.numerator),
            denominator: typed(&self.denominator),
            quality: Some(self.quality.clone()).filter(|s| !s.is_empty()),
            narrative: Some(self.narrative.clone()),
            evidence_url: Some(self.evidence_url.clone()).filter(|s| !s.trim().is_empty()),
        }
    }
}

/// Submits value `id` for approval as `user`, at the version `claimed` when the caller knows it (the
/// step is guarded by its state either way); the grid, the entry form and the correction pages submit
/// through here.
pub(super) async fn submit(
    st: &AppState,
    user: &PageUser,
    id: i32,
    claimed: Option<(i32, bool)>,
) -> Result<Written, AppError> {
    let req = StepRequest {
        step: Step::Submit,
        id,
        claimed,
        body: Default::default(),
    };
    steps::take(&st.db, &st.writer, &user.0, req).await
}

/// `POST /entry/{code}`: enter the value of the form, and submit it when asked to.
pub async fn entry_submit(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    let selected: BTreeMap<String, String> = pairs
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("dim_")
                .filter(|_| !v.is_empty())
                .map(|d| (d.to_owned(), v.clone()))
        })
        .collect();
    let form = FormValues {
        year: pairs.get("year"),
        quarter: pairs.get("quarter"),
        value: pairs.get("value"),
        numerator: pairs.get("numerator"),
        denominator: pairs.get("denominator"),
        quality: pairs.get("quality"),
        narrative: pairs.get("narrative"),
        evidence_url: pairs.get("evidence_url"),
    };
    let ctx = context(&st, &user, "/entry", &q).await?;
    let body = form.body(&ctx.plan.code, &code, &selected);
    let submit_now = pairs.get("action") == "submit";
    match create::create(&st.db, &st.writer, &user.0, &body).await {
        Ok(created) => {
            let mut msg = language::text_with("entry-saved-draft", &[("code", code.as_str().into())]);
            if submit_now {
                submit(&st, &user, created.row.id, None).await?;
                msg = language::text_with("entry-submitted", &[("code", code.as_str().into())]);
            }
            Ok(done_to(&format!("/entry/{code}"), &ctx.plan.code, Some(ctx.year), msg))
        }
        Err(e) => {
            let sent = Sent { form, selected };
            form_page(&st, &user, &q, &code, Some(Filled::refused(sent, e)?)).await
        }
    }
}

/// `POST /entry/values/{id}/submit`: submit a draft or returned value.
pub async fn submit_value(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
    _: CsrfForm,
) -> PageResult<Response> {
    let code = submit(&st, &user, id, None).await?.indicator.code;
    let msg = language::text_with("entry-submitted", &[("code", code.as_str().into())]);
    Ok(done_to(
        &format!("/entry/{code}"),
        &q.plan.unwrap_or_default(),
        q.year,
        msg,
    ))
}

/// A redirect to `path` of `plan` and `year` that shows `msg` as done.
pub fn done_to(path: &str, plan: &str, year: Option<i32>, msg: String) -> Response {
    let year = year.map(|y| y.to_string()).unwrap_or_default();
    let qs = serde_urlencoded::to_string([("plan", plan), ("year", &year)]).unwrap_or_default();
    super::frame::done(&format!("{path}?{qs}"), &msg)
}
