//! The indicator page: metadata, baseline, milestones, target, trajectory with the projection to the
//! target year, every value with its state, the revision history ("as adopted" and "as revised") and
//! the audit trail.

use super::dashboard::thousands;
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::fixed::Fixed;
use crate::language::Lang;
use crate::models::as_of::{AsOf, Difference};
use crate::models::dimensions::{self, Names};
use crate::models::indicators::{self, Dossier, Indicator, ReferenceSheet, Value};
use crate::models::translations::{self, Kind};
use crate::state::AppState;
use crate::status::{Assessment, Outlook, Projection};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use std::collections::BTreeMap;
use stratrack_reports::input::SeriesPoint;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/indicators/{code}", get(indicator))
}

/// The day the indicator's fields are shown as of: `adopted` or `YYYY-MM-DD` (empty: now).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AsOfQuery {
    /// As typed or linked.
    pub as_of: String,
}

impl AsOfQuery {
    /// The day, or a 422 naming `as_of`.
    pub fn day(&self) -> Result<Option<AsOf>, AppError> {
        AsOf::parse(&self.as_of).map_err(|r| AppError::field("as_of", r))
    }
}

/// A field that differs between the day asked for and now.
pub struct ChangeRow {
    /// The field, in words.
    pub field: String,
    /// Its value on the day.
    pub then: String,
    /// Its value now.
    pub now: String,
    /// The decisions in between, one line each.
    pub decisions: Vec<String>,
}

/// The rows of the "changed since" table.
pub fn change_rows(diffs: &[Difference]) -> Vec<ChangeRow> {
    diffs
        .iter()
        .map(|d| ChangeRow {
            field: d.field.replace('_', " "),
            then: d.then.clone().unwrap_or_else(|| "—".into()),
            now: d.now.clone().unwrap_or_else(|| "—".into()),
            decisions: d
                .decisions
                .iter()
                .map(|r| {
                    format!(
                        "{} {} ({}, {})",
                        r.decided_on,
                        r.reference,
                        r.deciding_body,
                        r.reason_category.replace('_', " ")
                    )
                })
                .collect(),
        })
        .collect()
}

/// A point of the reference path.
pub struct PathRow {
    year: i32,
    reference: String,
    kind: &'static str,
    actual: String,
}

/// The predecessor in the previous plan cycle, with its approved values: one series with this
/// indicator's only when carried over ([`crate::models::report_input::cycles`]).
pub struct EarlierSeries {
    plan: String,
    code: String,
    name: String,
    relation: &'static str,
    /// The unit in the reader's language.
    unit_word: String,
    continues: bool,
    values: Vec<(i32, String, &'static str)>,
    /// When carried over: the one series across both plan periods, the predecessor's years first, each
    /// year with its plan and indicator code.
    both: Vec<SeriesRow>,
}

/// A year of a series that runs across two plan periods.
pub struct SeriesRow {
    year: i32,
    plan: String,
    code: String,
    value: String,
    quality: &'static str,
}

impl EarlierSeries {
    /// `p` and, when it continues the series, the rows of both periods: its values under its plan and
    /// code, then `own` (this indicator's approved values) under `plan` and `code`.
    fn new(
        p: &stratrack_reports::input::Predecessor,
        own: &[SeriesPoint],
        (plan, code): (&str, &str),
        lang: Lang,
    ) -> Self {
        let row = |v: &SeriesPoint, plan: &str, code: &str| SeriesRow {
            year: v.year,
            plan: plan.to_owned(),
            code: code.to_owned(),
            value: thousands(v.value),
            quality: v.quality.as_str(),
        };
        let both = if p.continues_series() {
            p.series
                .iter()
                .map(|v| row(v, &p.plan, &p.code))
                .chain(own.iter().map(|v| row(v, plan, code)))
                .collect()
        } else {
            Vec::new()
        };
        Self {
            both,
            plan: p.plan.clone(),
            code: p.code.clone(),
            name: p.name.clone(),
            relation: p.relation.as_str(),
            unit_word: super::word(lang, "iunit", stratrack_reports::format::unit_name(p.unit)),
            continues: p.continues_series(),
            values: p
                .series
                .iter()
                .map(|v| (v.year, thousands(v.value), v.quality.as_str()))
                .collect(),
        }
    }
}

/// The projection to the target year, in words ([`crate::status::projection`]).
pub struct ProjectionNote {
    /// `likely`, `unlikely` or `too_early`.
    outlook: &'static str,
    /// The message of the headline: "Projection: the target is likely to be met." …
    headline: &'static str,
    /// The sentence in the reader's language: the projected value and year and the points, or that no
    /// value is projected.
    text: String,
    /// Why no value is projected, in the reader's language where the rule said it as a message.
    reason: Option<super::forms::FieldReason>,
}

impl ProjectionNote {
    fn new(p: &Projection, lang: Lang) -> Self {
        let (text, reason) = match (p.value_at_target_year, p.target_year) {
            (Some(v), Some(ty)) => (
                stratrack_i18n::text_with(
                    lang,
                    "indp-projected",
                    &[
                        ("value", thousands(v).into()),
                        ("year", ty.into()),
                        ("count", p.points_used.saturating_sub(1).into()),
                        ("from", p.last_year.unwrap_or_default().into()),
                    ],
                ),
                None,
            ),
            _ => (
                stratrack_i18n::text(lang, "indp-not-projected"),
                super::forms::FieldReason::of_rule(p.reason_in(lang), &p.why),
            ),
        };
        Self {
            outlook: p.outlook.as_str(),
            headline: match p.outlook {
                Outlook::Likely => "indp-likely",
                Outlook::Unlikely => "indp-unlikely",
                Outlook::TooEarly => "indp-too-early",
            },
            text,
            reason,
        }
    }
}

/// One stored value.
pub struct ValueRow {
    period: String,
    breakdown: String,
    value: String,
    state: String,
    quality: String,
    revision: i32,
    narrative: String,
    note: String,
    evidence: String,
}

/// One audit entry.
pub struct AuditRow {
    at: String,
    who: String,
    action: String,
    entity: String,
}

#[derive(Template)]
#[template(path = "indicator.html")]
struct IndicatorPage {
    layout: Layout,
    plan: String,
    year: i32,
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    /// The definition likewise, shown in the metadata's "Definition" row.
    definition: String,
    status: &'static str,
    /// Why there is no status: the status rule's reasons in the reader's language.
    reason: Option<super::forms::FieldReason>,
    illustrative: bool,
    can_enter: bool,
    /// Whether the reader is the office, who edits the framework.
    is_admin: bool,
    /// The facts: the message of the label, and the text.
    meta: Vec<(&'static str, String)>,
    chart: Option<String>,
    projection: Option<ProjectionNote>,
    earlier: Option<EarlierSeries>,
    path: Vec<PathRow>,
    values: Vec<ValueRow>,
    sees_unapproved: bool,
    revisions: Vec<super::revisions::Row>,
    audit: Vec<AuditRow>,
    as_of: String,
    changes: Vec<ChangeRow>,
    has_sheet: bool,
    /// The reference sheet's parts: the message of the heading, and the text.
    sheet: Vec<(&'static str, String)>,
    can_edit_sheet: bool,
    /// The questions from Council about the indicator, and the form to ask one.
    questions: super::questions::Panel,
}

fn dec(f: Option<Fixed>) -> String {
    f.map_or_else(|| "—".into(), |v| thousands(v.to_decimal()))
}

/// The reference path (baseline, milestones, target) beside the approved annual totals, by year.
fn path_rows(ind: &Indicator, milestones: &[(i32, rust_decimal::Decimal)], ms: &[Value], lang: Lang) -> Vec<PathRow> {
    let mut actual_by_year: BTreeMap<i32, String> = BTreeMap::new();
    for m in ms
        .iter()
        .filter(|m| m.state == "approved" && m.disaggregation.is_empty() && m.quarter.is_none())
    {
        actual_by_year.insert(
            m.year,
            format!(
                "{}{}",
                thousands(m.value.to_decimal()),
                if m.quality == "final" {
                    String::new()
                } else {
                    format!(" ({})", super::word(lang, "quality", &m.quality))
                }
            ),
        );
    }
    let mut path: BTreeMap<i32, (String, &'static str)> = BTreeMap::new();
    if let (Some(v), Some(y)) = (ind.baseline_value, ind.baseline_year) {
        path.insert(y, (thousands(v.to_decimal()), "indp-kind-baseline"));
    }
    for (y, v) in milestones {
        path.entry(*y).or_insert((thousands(*v), "indp-kind-milestone"));
    }
    if let (Some(v), Some(y)) = (ind.target_value, ind.target_year) {
        path.insert(y, (thousands(v.to_decimal()), "indp-kind-target"));
    }
    let mut years: Vec<i32> = path.keys().chain(actual_by_year.keys()).copied().collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .map(|y| {
            let (reference, kind) = path.get(&y).cloned().unwrap_or(("—".into(), ""));
            PathRow {
                year: y,
                reference,
                kind,
                actual: actual_by_year.get(&y).cloned().unwrap_or_else(|| "—".into()),
            }
        })
        .collect()
}

/// Every stored value the reader may see.
fn value_rows(ms: &[Value], names: &Names, texts: &translations::Lookup) -> Vec<ValueRow> {
    ms.iter()
        .map(|m| ValueRow {
            period: crate::views::measurements::period_label(crate::language::current(), m.year, m.quarter),
            breakdown: super::breakdown_html(names, texts, &m.disaggregation),
            value: thousands(m.value.to_decimal()),
            state: m.state.clone(),
            quality: m.quality.clone(),
            revision: m.revision,
            narrative: m.narrative.clone(),
            note: m.review_note.clone(),
            evidence: if m.evidence_url.starts_with("https://") || m.evidence_url.starts_with("http://") {
                m.evidence_url.clone()
            } else {
                String::new()
            },
        })
        .collect()
}

/// The indicator's facts, as the message of the label and the text (words of the vocabulary in `lang`).
fn meta(ind: &Indicator, (node, unit): (String, String), a: &Assessment, lang: Lang) -> Vec<(&'static str, String)> {
    let word = |kind: &str, code: &str| super::word(lang, kind, code);
    vec![
        ("indp-node", node),
        ("indp-owner", unit),
        ("indp-definition", ind.definition.clone()),
        ("indp-unit", word("iunit", &ind.unit)),
        ("indp-direction", word("direction", &ind.direction)),
        ("indp-aggregation", word("aggregation", &ind.aggregation)),
        (
            "indp-baseline",
            format!(
                "{} ({})",
                dec(ind.baseline_value),
                ind.baseline_year.map_or("—".into(), |y| y.to_string())
            ),
        ),
        (
            "indp-end-target",
            format!(
                "{} ({})",
                dec(ind.target_value),
                ind.target_year.map_or("—".into(), |y| y.to_string())
            ),
        ),
        ("indp-expected", a.expected.map_or("—".into(), thousands)),
        (
            "indp-actual",
            match (a.actual, a.actual_year) {
                (Some(v), Some(y)) if a.stale => {
                    format!("{} ({y}, {})", thousands(v), stratrack_i18n::text(lang, "indp-stale"))
                }
                (Some(v), Some(y)) => format!("{} ({y})", thousands(v)),
                _ => "—".into(),
            },
        ),
        (
            "indp-progress",
            a.progress.map_or("—".into(), super::dashboard::percent),
        ),
        ("indp-data-source", ind.data_source.clone()),
        ("indp-frequency", word("freq", &ind.frequency)),
        ("indp-sdg", ind.sdg_tags.clone()),
        ("indp-wsis", ind.wsis_tags.clone()),
        ("indp-provenance", ind.provenance.clone()),
    ]
}

/// The parts of a reference sheet as the message of the heading and the text ("—" where none).
pub fn sheet_rows(sheet: &ReferenceSheet) -> Vec<(&'static str, String)> {
    sheet
        .parts()
        .iter()
        .map(|(field, _, text)| (sheet_heading(field), text.map_or_else(|| "—".to_owned(), str::to_owned)))
        .collect()
}

/// The message of the heading of the reference sheet's part `field`.
pub fn sheet_heading(field: &str) -> &'static str {
    match field {
        "rationale" => "sheets-rationale",
        "method" => "sheets-method",
        "disaggregation" => "sheets-disaggregation",
        "limitations" => "sheets-limitations",
        "quality_assurance" => "sheets-quality-assurance",
        _ => "sheets-target-rationale",
    }
}

/// Whether the reader may enter values of `ind`: an admin, or a planner of its owner unit.
fn can_enter(user: &PageUser, ind: &Indicator) -> bool {
    match user.0.role {
        Role::Admin => true,
        Role::Planner => user.0.unit_id == Some(ind.owner_unit_id),
        Role::Reviewer => false,
    }
}

async fn indicator(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    Query(when): Query<AsOfQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/indicators", &q).await?;
    let day = when.day()?;
    let Dossier {
        indicator: ind,
        evaluation,
        assessment: a,
        trajectory,
        node,
        unit,
        sees_unapproved: see_all,
        values: ms,
        revisions,
        befores,
        milestones,
        as_of: _,
        changed_since,
        audit,
    } = indicators::dossier(&st.db, &st.evaluations, &user.0, (&ctx.plan, &code), (ctx.year, day)).await?;
    let lang = ctx.layout.lang;
    let earlier = trajectory.as_ref().and_then(|t| {
        let p = t.indicator.predecessor.as_ref()?;
        Some(EarlierSeries::new(
            p,
            &t.indicator.series,
            (&ctx.plan.code, &ind.code),
            lang,
        ))
    });
    let projection = trajectory.as_ref().map(|t| ProjectionNote::new(&t.projection, lang));
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let chart = match trajectory {
        // English readers: the chart exactly as it always was.
        Some(t) if lang == Lang::En => Some(t.svg),
        Some(t) => Some(crate::models::report_input::charts::trajectory_in(
            &evaluation,
            ind.id,
            t.indicator,
            names.name(Kind::Indicator, ind.id, &ind.name).text,
            a.reason_in(lang),
            lang,
        )?),
        None => None,
    };
    let path_rows = path_rows(&ind, &milestones, &ms, lang);
    let values = value_rows(&ms, &dimensions::names(&st.db).await?, &names);
    let revisions = revisions
        .into_iter()
        .map(|r| {
            let before = befores.get(&r.id).cloned().flatten();
            super::revisions::Row::new(r, before, ind.code.clone())
        })
        .collect();
    let audit = audit
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.to_utc().format("%Y-%m-%d %H:%M").to_string(),
            who: e.actor_label,
            action: e.action,
            entity: format!("{} {}", e.entity_type, e.entity_id),
        })
        .collect();
    let meta = meta(
        &ind,
        (
            node.map(|n| format!("{} {}", n.code, n.name)).unwrap_or_default(),
            unit.map(|u| format!("{} — {}", u.code, u.name)).unwrap_or_default(),
        ),
        &a,
        lang,
    );
    let html = |r: &translations::Resolved| super::framework_text(names.lang(), r);
    let back = format!("/indicators/{}?plan={}", ind.code, ctx.plan.code);
    let questions = super::questions::Panel::load(&st.db, &user, &ctx.plan.code, Some(&ind.code), None, back).await?;
    render(&IndicatorPage {
        questions,
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        code: ind.code.clone(),
        name: html(&names.name(Kind::Indicator, ind.id, &ind.name)),
        definition: html(&names.definition(Kind::Indicator, ind.id, &ind.definition)),
        status: a.status.as_str(),
        reason: super::forms::FieldReason::of_rule(a.reason_in(ctx.layout.lang), &a.why),
        illustrative: ind.provenance == "illustrative",
        can_enter: can_enter(&user, &ind),
        is_admin: user.0.role == Role::Admin,
        meta,
        chart,
        projection,
        earlier,
        path: path_rows,
        values,
        sees_unapproved: see_all,
        revisions,
        audit,
        as_of: day.map(AsOf::label).unwrap_or_default(),
        changes: change_rows(&changed_since),
        has_sheet: !ReferenceSheet::of(&ind).is_empty(),
        sheet: sheet_rows(&ReferenceSheet::of(&ind)),
        can_edit_sheet: user.0.role == Role::Admin,
        layout: ctx.layout.translated(),
    })
}
