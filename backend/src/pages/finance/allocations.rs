//! The allocations page: each unit's expense budget for a year against what it allocates to outputs,
//! thematic priorities and enablers, and one unit's sheet — read by everyone, saved by the office
//! through [`allocations::save_sheet`] (all rows or none, the budget rule on the server). The remainder
//! is worked out on the server; `static/allocations.js`, when it runs, updates it as amounts are typed.

use super::super::dashboard::thousands;
use super::super::forms::{FormPairs, Refusal, decimal, whole};
use super::super::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::error::{AppError, FieldError};
use crate::models::allocations::{self, SheetEntry};
use crate::policy::{Action, allows, authorize};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rust_decimal::Decimal;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/finance/allocations", get(allocations_page).post(save))
        .route("/static/allocations.js", get(script))
}

/// The script that sums the amounts as they are typed (the page works without it).
async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../../static/allocations.js"),
    )
        .into_response()
}

/// One unit's line in the overview.
struct UnitLine {
    unit: String,
    budget: String,
    allocated: String,
    remainder: String,
    over: bool,
    current: bool,
}

/// One node of the sheet.
struct Row {
    node: String,
    /// The name in the reader's language, as HTML ([`super::super::framework_text`]).
    name: String,
    level: String,
    /// The amount as typed back into the form (plain digits and a dot), empty when none.
    value: String,
    /// The amount formatted, `—` when none.
    shown: String,
    version: i32,
}

#[derive(Template)]
#[template(path = "allocations.html")]
struct AllocationsPage {
    layout: Layout,
    csrf: String,
    plan: String,
    year: i32,
    in_plan: bool,
    units: Vec<UnitLine>,
    unit: String,
    editable: bool,
    rows: Vec<Row>,
    /// Budget as plain digits, for the script.
    budget_raw: String,
    budget: String,
    allocated: String,
    remainder: String,
    over: bool,
}

/// Which unit's sheet to show.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Which {
    unit: String,
}

/// A remainder in words in `lang`: what is left, or by how much the budget is overdrawn.
fn remainder_text(r: Decimal, lang: crate::language::Lang) -> String {
    if r < Decimal::ZERO {
        stratrack_i18n::text_with(lang, "allocs-over", &[("amount", thousands(-r).into())])
    } else {
        thousands(r)
    }
}

async fn allocations_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(w): Query<Which>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(&st, &user, "/finance/allocations", &q).await?;
    let (code, year) = (ctx.plan.code.clone(), ctx.year);
    let in_plan = (ctx.plan.start_year..=ctx.plan.end_year).contains(&year);
    let lang = ctx.layout.lang;
    let checks = if in_plan {
        allocations::sheet::overview(&st.db, &user.0, &code, year).await?
    } else {
        Vec::new()
    };
    let own = ctx.layout.user.as_ref().and_then(|u| u.unit.clone());
    let unit = [Some(w.unit.trim().to_owned()), own]
        .into_iter()
        .flatten()
        .find(|u| checks.iter().any(|c| &c.unit_code == u))
        .or_else(|| checks.first().map(|c| c.unit_code.clone()))
        .unwrap_or_default();
    let units = checks
        .iter()
        .map(|c| UnitLine {
            current: c.unit_code == unit,
            unit: c.unit_code.clone(),
            budget: thousands(c.budget),
            allocated: thousands(c.allocated),
            remainder: remainder_text(c.budget - c.allocated, lang),
            over: c.allocated > c.budget,
        })
        .collect();
    let sheet = if unit.is_empty() {
        None
    } else {
        Some(allocations::sheet(&st.db, &user.0, &code, year, &unit).await?)
    };
    let names = crate::models::translations::resolve(&st.db, lang).await?;
    let rows = sheet.iter().flat_map(|s| &s.rows).map(|r| Row {
        node: r.node.clone(),
        name: super::super::framework_text(
            lang,
            &names.name(crate::models::translations::Kind::Node, r.node_id, &r.name),
        ),
        level: r.level.clone(),
        value: r.amount.map_or_else(String::new, |a| a.normalize().to_string()),
        shown: r.amount.map_or_else(|| "—".into(), thousands),
        version: r.version,
    });
    let (budget, allocated) = sheet
        .as_ref()
        .map_or((Decimal::ZERO, Decimal::ZERO), |s| (s.budget, s.allocated));
    render(&AllocationsPage {
        csrf: user.csrf().to_owned(),
        plan: code,
        year,
        in_plan,
        units,
        unit,
        editable: allows(&user.0, Action::Administer),
        rows: rows.collect(),
        budget_raw: budget.normalize().to_string(),
        budget: thousands(budget),
        allocated: thousands(allocated),
        remainder: remainder_text(budget - allocated, lang),
        over: allocated > budget,
        layout: ctx.layout.translated(),
    })
}

/// The rows of a sent sheet (`node_N`, `version_N`, `amount_N`), each amount read by the one number
/// parser; every unreadable amount named by its node.
fn entries(form: &FormPairs) -> Result<Vec<SheetEntry>, AppError> {
    let mut out = Vec::new();
    let mut errs: Vec<FieldError> = Vec::new();
    for (name, node) in form.iter() {
        let Some(i) = name.strip_prefix("node_") else { continue };
        let field = format!("amount[{node}]");
        let amount = decimal(&field, &form.get(&format!("amount_{i}")));
        let version = whole("version", &form.get(&format!("version_{i}")));
        match (amount, version) {
            (Ok(amount), Ok(version)) => out.push(SheetEntry {
                node: node.clone(),
                amount,
                version,
            }),
            (Err(AppError::Invalid(e)), _) | (_, Err(AppError::Invalid(e))) => errs.extend(e),
            (Err(e), _) | (_, Err(e)) => return Err(e),
        }
    }
    if errs.is_empty() {
        Ok(out)
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// `POST /finance/allocations`: saves one unit's sheet, all rows or none, and goes back to it.
async fn save(State(st): State<AppState>, user: PageUser, body: Bytes) -> PageResult<Response> {
    let form = FormPairs::checked(&user, &body)?;
    authorize(&user.0, Action::Administer)?;
    let (plan, year, unit) = (form.get("plan"), form.get("year"), form.get("unit"));
    let back = format!(
        "/finance/allocations?{}",
        serde_urlencoded::to_string([("plan", &plan), ("year", &year), ("unit", &unit)]).unwrap_or_default()
    );
    let said = |key: &str, n: usize| {
        let args = [
            ("unit", unit.as_str().into()),
            ("year", year.as_str().into()),
            ("count", n.into()),
        ];
        crate::language::text_with(key, &args)
    };
    let saved = match (whole("year", &year), entries(&form)) {
        (Ok(y), Ok(rows)) => allocations::save_sheet(&st.db, &user.0, &plan, (y, &unit), rows).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    let msg = match saved {
        Ok(0) => return Ok(frame::done(&back, &said("allocs-unchanged", 0))),
        Ok(n) => return Ok(frame::done(&back, &said("allocs-saved", n))),
        Err(e) => match Refusal::of(e)? {
            Refusal::Conflict(detail) => format!(
                "someone changed them since this page was drawn ({detail}). The page now shows the current \
                 amounts: check them and save again."
            ),
            other => other.said(),
        },
    };
    Ok(frame::refused(&back, &format!("{} {msg}", said("allocs-not-saved", 0))))
}
