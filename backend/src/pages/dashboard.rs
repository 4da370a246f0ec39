//! The dashboard for a year: status counts, roll-ups per goal and thematic priority, budget against
//! actual per unit, and what needs attention.

use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::models::dashboard::dashboard as gather;
use crate::models::measurements::worklist::may_open_queue;
use crate::models::translations::{self, Kind, Lookup};
use crate::state::AppState;
use crate::status::Status;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use rust_decimal::Decimal;
use stratrack_i18n::{Lang, text, text_with};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/", get(dashboard))
}

/// One status count.
pub struct Count {
    /// snake_case key (CSS class).
    pub key: &'static str,
    /// Label, in the reader's language.
    pub label: String,
    /// Number of indicators.
    pub count: u32,
}

/// One node's roll-up row.
pub struct RollupRow {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    level: String,
    counts: Vec<u32>,
    progress: String,
}

/// Budget and actual of one unit.
pub struct BudgetRow {
    unit: String,
    budget: String,
    actual: String,
    rate: String,
}

/// An indicator that needs attention.
pub struct Attention {
    code: String,
    /// The name in the reader's language, as HTML ([`super::framework_text`]).
    name: String,
    unit: String,
    status: &'static str,
    status_label: String,
    why: String,
    /// Whether `why` is the status rule's own English text (a reason without data).
    why_english: bool,
}

/// One unit's collection of the year: what is due, by when, and what is overdue.
pub struct DueRow {
    unit: String,
    opens_on: String,
    due_on: String,
    outstanding: u32,
    outstanding_href: Option<String>,
    returned: u32,
    returned_href: Option<String>,
    overdue: u32,
    complete: String,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    layout: Layout,
    plan: String,
    /// The plan's name in the reader's language, as HTML ([`super::framework_text`]).
    plan_name: String,
    year: i32,
    total: u32,
    counts: Vec<Count>,
    rollups: Vec<RollupRow>,
    /// The charts (inline SVG and caption), kept once per data version and served without a copy.
    figures: std::sync::Arc<crate::models::dashboard::Figures>,
    budget: Vec<BudgetRow>,
    waiting: u64,
    /// Where the waiting values are listed for this user, if they may open the list.
    waiting_href: Option<String>,
    attention: Vec<Attention>,
    /// What the statuses rest on, as a sentence.
    basis: String,
    /// The collection of the year, for the office and planners.
    collection: Option<Vec<DueRow>>,
    /// Whether the office set dates for the year.
    dates_set: bool,
    /// The values returned to the user, kept once per data version for each user.
    returned: std::sync::Arc<crate::models::dashboard::ReturnedTo>,
}

/// Formats a decimal as shown (at most 4 dp) with thousands separators: 1234567.5 → "1,234,567.5".
pub fn thousands(d: Decimal) -> String {
    let s = crate::status::shown(d).normalize().to_string();
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A fraction as a percentage with one decimal: 0.9612 → "96.1 %".
pub fn percent(d: Decimal) -> String {
    // Always one decimal, so a column of rates lines up ("100.0 %", not "100 %").
    format!("{:.1} %", (d * Decimal::ONE_HUNDRED).round_dp(1))
}

/// The indicators that need attention (off track, at risk, without data, or stale), off track first.
fn attention(
    ev: &crate::models::evaluation::Evaluation,
    units: &std::collections::HashMap<i32, String>,
    names: &Lookup,
) -> Vec<Attention> {
    let lang = names.lang();
    let mut attention: Vec<Attention> = ev
        .indicators
        .iter()
        .filter_map(|i| {
            let a = ev.assessments.get(&i.id)?;
            let progress = || a.progress.map_or_else(|| "—".into(), percent);
            let year = a.actual_year.unwrap_or_default();
            let why = match a.status {
                Status::OffTrack | Status::AtRisk if a.stale => text_with(
                    lang,
                    "dashboard-why-progress-stale",
                    &[("progress", progress().into()), ("year", year.into())],
                ),
                Status::OffTrack | Status::AtRisk => {
                    text_with(lang, "dashboard-why-progress", &[("progress", progress().into())])
                }
                Status::NoData => a.reason_in(lang).unwrap_or_default(),
                _ if a.stale => text_with(lang, "dashboard-why-stale", &[("year", year.into())]),
                _ => return None,
            };
            Some(Attention {
                code: i.code.clone(),
                name: super::framework_text(lang, &names.name(Kind::Indicator, i.id, &i.name)),
                unit: units.get(&i.owner_unit_id).cloned().unwrap_or_default(),
                status: a.status.as_str(),
                status_label: text(lang, &format!("status-{}", a.status.as_str())),
                why_english: a.status == Status::NoData && a.why.is_empty() && lang != Lang::En,
                why,
            })
        })
        .collect();
    attention.sort_by_key(|a| (a.status != "off_track", a.status != "at_risk", a.code.clone()));
    attention
}

/// What the rated statuses of `year` rest on, in one sentence in `lang`: "Of 40 rated statuses, 31 rest on
/// values of 2029 and 9 on an older value standing in (9 from 2028)."
pub fn basis_sentence(b: &crate::models::collection::Basis, year: i32, lang: Lang) -> String {
    let stand = b.standing_in();
    let rated = b.own + stand;
    if rated == 0 {
        return text_with(lang, "dashboard-basis-none", &[("year", year.into())]);
    }
    if stand == 0 {
        return text_with(
            lang,
            "dashboard-basis-all",
            &[("rated", rated.into()), ("year", year.into())],
        );
    }
    let years = b
        .stand_in
        .iter()
        .rev()
        .map(|(y, n)| text_with(lang, "dashboard-basis-from", &[("count", n.into()), ("year", y.into())]))
        .collect::<Vec<_>>()
        .join(&text(lang, "dashboard-list-separator"));
    text_with(
        lang,
        "dashboard-basis-mixed",
        &[
            ("rated", rated.into()),
            ("own", b.own.into()),
            ("year", year.into()),
            ("standing", stand.into()),
            ("years", years.into()),
        ],
    )
}

/// The collection lines of the dashboard: one per unit the user sees on the board.
fn due_rows(actor: &crate::auth::Actor, b: &crate::models::collection::Board, lang: Lang) -> Vec<DueRow> {
    use super::collection::state_link;
    let at = (b.plan.code.as_str(), b.year);
    b.units
        .iter()
        .map(|u| DueRow {
            unit: u.code.clone(),
            opens_on: u.dates.map_or_else(|| "—".into(), |d| d.opens_on.to_string()),
            due_on: u
                .dates
                .map_or_else(|| text(lang, "dashboard-not-set"), |d| d.due_on.to_string()),
            outstanding: u.counts.outstanding(),
            // The entry list of the unit: no value, drafts and returned values are what is left to do.
            outstanding_href: state_link(actor, at, &u.code, "expected"),
            returned: u.counts.returned,
            returned_href: state_link(actor, at, &u.code, "returned"),
            overdue: u.overdue,
            complete: u.counts.share_complete().map_or_else(|| "—".into(), percent),
        })
        .collect()
}

/// Budget against actual per unit with a budget.
fn budget_rows(d: &crate::models::dashboard::Figures) -> Vec<BudgetRow> {
    d.budgets
        .iter()
        .map(|(u, b)| {
            let a = d.actuals.get(u).copied();
            BudgetRow {
                unit: d.unit_codes.get(u).cloned().unwrap_or_default(),
                budget: thousands(*b),
                actual: a.map_or_else(|| "—".into(), thousands),
                rate: match a {
                    Some(a) if !b.is_zero() => percent(a / *b),
                    _ => "—".into(),
                },
            }
        })
        .collect()
}

async fn dashboard(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    let ctx = context(&st, &user, "/", &q).await?;
    let lang = ctx.layout.lang;
    let today = chrono::Utc::now().date_naive();
    let d = gather(&st.db, &ctx.snap, &user.0, ctx.plan.clone(), ctx.year, today, lang).await?;
    let ev = &d.evaluation;
    let names = translations::resolve(&st.db, lang).await?;
    let mut by_status = [0u32; 5];
    for a in ev.assessments.values() {
        by_status[Status::ALL.iter().position(|s| *s == a.status).unwrap_or(4)] += 1;
    }
    let counts = Status::ALL
        .iter()
        .zip(by_status)
        .map(|(s, count)| Count {
            key: s.as_str(),
            label: text(lang, &format!("status-{}", s.as_str())),
            count,
        })
        .collect();
    // Goals, then thematic priorities, then enablers, as the caption says.
    let mut tops: Vec<_> = ev.nodes.iter().filter(|n| n.parent_id.is_none()).collect();
    tops.sort_by_key(|n| super::level_rank(&n.level));
    let rollups = tops
        .into_iter()
        .map(|n| {
            let r = ev.rollups.get(&n.id).cloned().unwrap_or_default();
            RollupRow {
                code: n.code.clone(),
                name: super::framework_text(lang, &names.name(Kind::Node, n.id, &n.name)),
                level: text(lang, &format!("level-{}", n.level)),
                counts: Status::ALL.iter().map(|s| r.count(*s)).collect(),
                progress: r.mean_progress.map_or_else(|| "—".into(), percent),
            }
        })
        .collect();
    let budget = budget_rows(&d.figures);
    let attention = attention(ev, &d.figures.unit_codes, &names);
    let total = ev.indicators.len() as u32;
    let waiting_href = if may_open_queue(&user.0) {
        Some("/approvals".to_owned())
    } else {
        user.0.unit_id.and_then(|u| {
            let code = d.figures.unit_codes.get(&u)?;
            super::collection::state_link(&user.0, (&ctx.plan.code, ctx.year), code, "submitted")
        })
    };
    let collection = d.collection.as_ref().map(|b| due_rows(&user.0, b, lang));
    let dates_set = d.collection.as_ref().is_some_and(|b| b.calendar.default.is_some());
    render(&DashboardPage {
        basis: basis_sentence(&d.basis, ctx.year, lang),
        collection,
        dates_set,
        waiting_href,
        plan: ctx.plan.code.clone(),
        plan_name: super::framework_text(lang, &names.name(Kind::Plan, ctx.plan.id, &ctx.plan.name)),
        year: ctx.year,
        total,
        counts,
        rollups,
        figures: d.figures.clone(),
        budget,
        waiting: d.waiting,
        attention,
        returned: d.returned.clone(),
        layout: ctx.layout.translated(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn thousands_separators_keep_every_digit() {
        assert_eq!(thousands(dec!(1234567.5)), "1,234,567.5");
        assert_eq!(thousands(dec!(-1000)), "-1,000");
        assert_eq!(thousands(dec!(999)), "999");
    }

    #[test]
    fn the_basis_names_every_year_standing_in_newest_first() {
        use crate::models::collection::Basis;
        let b = Basis {
            own: 31,
            stand_in: [(2027, 2), (2028, 7)].into_iter().collect(),
        };
        assert_eq!(
            basis_sentence(&b, 2029, Lang::En),
            "Of 40 rated statuses, 31 rest on values of 2029 itself and 9 on an older value standing in (7 from 2028, 2 from 2027)."
        );
        let own = Basis {
            own: 5,
            ..Basis::default()
        };
        assert_eq!(
            basis_sentence(&own, 2029, Lang::En),
            "All 5 rated statuses rest on values of 2029 itself."
        );
        assert!(basis_sentence(&Basis::default(), 2029, Lang::En).starts_with("No status of 2029 is rated yet"));
    }

    #[test]
    fn the_basis_is_told_in_the_readers_language_with_its_plural_forms() {
        use crate::models::collection::Basis;
        let b = Basis {
            own: 2,
            stand_in: [(2028, 1)].into_iter().collect(),
        };
        assert_eq!(
            basis_sentence(&b, 2029, Lang::Ar),
            "من بين 3 حالات مقيَّمة، تستند حالتان إلى قيم من عام 2029 نفسه، و1 إلى قيمة أقدم تحل محلها (1 من عام 2028)."
        );
        let b = Basis {
            own: 21,
            stand_in: [(2027, 1), (2028, 3)].into_iter().collect(),
        };
        assert_eq!(
            basis_sentence(&b, 2029, Lang::Ru),
            "Из 25 оценённых состояний 21 основано на значениях самого 2029 года, а 4 — на более раннем значении, заменяющем его (3 за 2028, 1 за 2027)."
        );
        assert_eq!(
            basis_sentence(&Basis::default(), 2029, Lang::Zh),
            "2029 年尚无已评级的状况：没有 2029 年或可替代年份的已核准数值。"
        );
    }

    #[test]
    fn percentages_always_have_one_decimal() {
        assert_eq!(percent(dec!(1)), "100.0 %");
        assert_eq!(percent(dec!(0.9612)), "96.1 %");
        assert_eq!(percent(dec!(0)), "0.0 %");
    }
}
