//! The finance page: the financial plan's lines beside their execution (filtered by biennium, year,
//! unit, kind and category; subtotals per unit and kind, execution flagged, a chart), the biennium
//! balance, the allocations of each unit-year reconciled with its budget, and the cost by goal and by
//! thematic priority for the year. Everything comes from the use cases the finance API calls, so the
//! page and the API never disagree; planners (and the admin) record execution actuals and the office
//! changes the plan's lines through [`actuals`], and add lines and actuals through [`new_rows`]; the
//! allocations have their page, [`allocations`].

pub mod actuals;
pub mod allocations;
pub mod chart;
pub mod lines;
pub mod new_rows;

use super::dashboard::{percent, thousands};
use super::forms::{Filled, may_write, unit_ids};
use super::listing::{self, Choice};
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::language;
use crate::models::cost_report::{self, CostParams, CostReport};
use crate::models::finance_rows::{self, FinanceTable};
use crate::models::finance_totals;
use crate::models::reconciliation::{self, CheckView};
use crate::models::translations::{self, Kind};
use crate::policy::{Action, allows, authorize};
use crate::state::AppState;
use crate::views::finance::MoneyView;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use rust_decimal::Decimal;
use serde::Deserialize;
use stratrack_reports::reconcile::CheckKind;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/finance", get(finance))
        .route("/finance/actuals", post(actuals::create))
        .route("/finance/actuals/new", post(new_rows::create_actual))
        .route("/finance/actuals/{id}", post(actuals::update))
        .route("/finance/lines", post(new_rows::create_line))
        .route("/finance/lines/{id}", post(actuals::update_line))
        .merge(allocations::router())
}

/// A line of a cost table.
pub struct CostRow {
    /// Node code; `None` for the enablers line.
    code: Option<String>,
    /// Name.
    name: String,
    /// CHF thousands.
    cost: String,
    /// Share of the year's allocations.
    share: String,
}

/// A reconciliation check as the page shows it.
pub struct CheckRow {
    /// What was summed.
    label: String,
    /// The sum.
    computed: String,
    /// What it is compared with.
    against: String,
    /// The reference, when set.
    reference: Option<String>,
    /// computed − reference.
    difference: String,
    /// Whether they are equal.
    reconciled: bool,
}

/// The cost section, present when the year lies in the plan.
pub struct CostSection {
    by_goal: Vec<CostRow>,
    by_priority: Vec<CostRow>,
    totals: Vec<(&'static str, String)>,
    reconciled: bool,
}

#[derive(Template)]
#[template(path = "finance.html")]
struct FinancePage {
    layout: Layout,
    plan: String,
    plan_name: String,
    year: i32,
    csrf: String,
    tables: Vec<lines::BienniumTable>,
    any_form: bool,
    any_line_form: bool,
    shown: usize,
    subtotals: Vec<lines::Subtotal>,
    chart: String,
    low: String,
    biennium_choices: Vec<Choice>,
    year_choices: Vec<Choice>,
    unit_choices: Vec<Choice>,
    kinds: Vec<Choice>,
    categories: Vec<Choice>,
    bienniums: Vec<CheckRow>,
    units: Vec<CheckRow>,
    cost: Option<CostSection>,
    /// The forms adding a line (the office) and an actual (those who record one), when the user may.
    adds: Vec<new_rows::AddForm>,
}

/// A check of a biennium's lines (against its adopted totals, or revenue against expense).
fn is_biennium_check(c: &CheckView) -> bool {
    [CheckKind::AdoptedRevenue, CheckKind::AdoptedExpense, CheckKind::Balance]
        .iter()
        .any(|k| k.as_str() == c.check)
}

fn check_row(c: &CheckView) -> CheckRow {
    CheckRow {
        label: c.label.clone(),
        computed: thousands(c.computed),
        against: c.against.clone(),
        reference: c.reference.map(thousands),
        difference: c.difference.map_or_else(|| "—".into(), thousands),
        reconciled: c.reconciles,
    }
}

/// Formats the cost report of the year for the page.
fn cost_section(r: CostReport) -> CostSection {
    let share = |c: Decimal| {
        if r.allocated.is_zero() {
            "—".into()
        } else {
            percent(c / r.allocated)
        }
    };
    let by_goal = r
        .by_goal
        .iter()
        .map(|g| CostRow {
            code: g.code.clone(),
            name: g.name.clone(),
            cost: thousands(g.cost),
            share: share(g.cost),
        })
        .collect();
    let by_priority = r
        .nodes
        .iter()
        .filter(|n| n.level == "thematic_priority")
        .map(|n| CostRow {
            code: Some(n.code.clone()),
            name: n.name.clone(),
            cost: thousands(n.cost),
            share: share(n.cost),
        })
        .collect();
    let totals = vec![
        ("fin-total-goals", thousands(r.goals)),
        ("fin-total-priorities", thousands(r.thematic_priorities)),
        ("fin-total-enablers", thousands(r.enablers)),
        ("fin-total-unattributed", thousands(r.unattributed)),
        ("fin-total-allocated", thousands(r.allocated)),
        ("fin-total-budget", thousands(r.expense_budget)),
        ("fin-total-difference", thousands(r.difference)),
    ];
    CostSection {
        by_goal,
        by_priority,
        totals,
        reconciled: r.reconciled,
    }
}

/// The lines' filters, as the address carries them (empty means any). The year of the lines is
/// `line_year`: `year` is the year the whole page looks at (allocations, cost).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Filters {
    biennium: String,
    line_year: String,
    unit: String,
    kind: String,
    category: String,
}

async fn finance(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(f): Query<Filters>,
) -> PageResult<Response> {
    page(&st, &user, &q, &f, None).await
}

/// The finance page for `q` filtered by `f`; `sent`, when an add form came back refused, is drawn again
/// with what was typed (answered 422).
async fn page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    f: &Filters,
    sent: Option<(FinanceTable, Filled<new_rows::NewRow>)>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(st, user, "/finance", q).await?;
    let code = ctx.plan.code.clone();
    let only = finance_rows::Only {
        biennium: f.biennium.clone(),
        year: f.line_year.trim().parse().ok(),
        unit: f.unit.clone(),
        kind: f.kind.clone(),
        category: f.category.clone(),
    };
    let all = |t| finance_rows::all(&st.db, &user.0, t, &code, &only);
    let lines: Vec<MoneyView> = all(FinanceTable::Lines).await?;
    let actuals: Vec<MoneyView> = all(FinanceTable::Actuals).await?;
    let ids = unit_ids(&st.db).await?;
    let mut unit_codes: Vec<&String> = ids.keys().collect();
    unit_codes.sort();
    let unit_choices = listing::choices(&unit_codes, &f.unit);
    let adds = new_rows::forms(user, &ctx.plan, ctx.year, (unit_codes.as_slice(), &ids), sent.as_ref());
    let (start, end) = (ctx.plan.start_year, ctx.plan.end_year);
    let bienniums: Vec<String> = (start..=end)
        .step_by(2)
        .map(|y| finance_rows::biennium_of(y, start))
        .collect();
    let years: Vec<String> = (start..=end).map(|y| y.to_string()).collect();
    // Drawing a form is not an attempt: ask without logging a refusal.
    let plans = allows(&user.0, Action::Administer);
    let tables = lines::tables(&lines, &actuals, |u| may_write(user, &ids, u), plans);
    let any_form = tables.iter().flat_map(|t| &t.rows).any(|r| r.form.is_some());
    let any_line_form = tables.iter().flat_map(|t| &t.rows).any(|r| r.line_form.is_some());
    let subtotals = lines::subtotals(&lines, &actuals);
    let chart = chart::plan_against_actual(&subtotals, ctx.layout.lang)?;
    let rec = reconciliation::report(&st.db, &user.0, &code, None).await?;
    let in_plan = (ctx.plan.start_year..=ctx.plan.end_year).contains(&ctx.year);
    let cost = if in_plan {
        let p = CostParams {
            year: Some(ctx.year),
            level: None,
            by: None,
        };
        Some(cost_section(
            cost_report::cost_report(&st.db, &user.0, &code, &p).await?,
        ))
    } else {
        None
    };
    let names = translations::resolve(&st.db, ctx.layout.lang).await?;
    let drawn = render(&FinancePage {
        plan: code,
        plan_name: super::framework_text(names.lang(), &names.name(Kind::Plan, ctx.plan.id, &ctx.plan.name)),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        shown: tables.iter().map(|t| t.rows.len()).sum(),
        tables,
        any_form,
        any_line_form,
        subtotals,
        chart,
        low: percent(finance_totals::LOW_EXECUTION),
        biennium_choices: listing::choices(bienniums, &f.biennium),
        year_choices: listing::choices(years, &f.line_year),
        unit_choices,
        kinds: listing::choices(["revenue", "expense"], &f.kind),
        categories: listing::choices(finance_rows::CATEGORIES, &f.category),
        bienniums: rec
            .checks
            .iter()
            .filter(|c| is_biennium_check(c))
            .map(check_row)
            .collect(),
        units: rec
            .checks
            .iter()
            .filter(|c| c.unit.is_some() && c.period == ctx.year.to_string())
            .map(check_row)
            .collect(),
        cost,
        adds,
        layout: ctx.layout.translated(),
    })?;
    Ok(match &sent {
        Some((_, typed)) => typed.answer(drawn),
        None => drawn,
    })
}

/// A row of table `t` as the page's messages name it, in the reader's language ("The plan line 2028 BR
/// expense staff"; the kind and category as words of the vocabulary, a code the vocabulary lacks as typed).
pub(crate) fn row_named(t: FinanceTable, year: &str, unit: &str, kind: &str, category: &str) -> String {
    let lang = language::current();
    let word = |of: &str, code: &str| {
        if stratrack_i18n::has(stratrack_i18n::Lang::En, &format!("{of}-{code}")) {
            super::word(lang, of, code)
        } else {
            code.replace('_', " ")
        }
    };
    let key = match t {
        FinanceTable::Lines => "fin-named-line",
        FinanceTable::Actuals => "fin-named-actual",
    };
    language::text_with(
        key,
        &[
            ("year", year.trim().into()),
            ("unit", unit.trim().into()),
            ("kind", word("fkind", kind.trim()).into()),
            ("category", word("fcat", category.trim()).into()),
        ],
    )
}
