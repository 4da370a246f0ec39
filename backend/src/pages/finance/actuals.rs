//! Recording budget execution from the finance page, and changing the financial plan's lines (the
//! office): the form of a row creates the actual or updates it (or the line) at the version the page was
//! drawn with, through the same use cases (rules, audit) as the JSON API, the amount read by the one
//! number parser.

use super::super::forms::{Back, CsrfForm, decimal, whole};
use super::super::{PageResult, PageUser};
use crate::error::AppError;
use crate::models::finance_rows::{self, CreateFinanceLine, FinanceTable, UpdateFinanceLine};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

/// Fields of both forms. Every field is text with a default, so a form without its CSRF field is
/// refused by the CSRF check (403), not by the form parser.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActualForm {
    plan: String,
    view_year: String,
    year: String,
    unit: String,
    kind: String,
    category: String,
    version: String,
    amount: String,
}

impl ActualForm {
    /// The actual as the page's messages name it ("The actual 2026 BDT expense staff"), in the reader's
    /// language.
    fn what(&self) -> String {
        super::row_named(
            FinanceTable::Actuals,
            &self.year,
            &self.unit,
            &self.kind,
            &self.category,
        )
    }

    fn back(&self) -> Back {
        Back {
            path: "/finance",
            plan: self.plan.clone(),
            year: self.view_year.clone(),
        }
    }
}

/// `POST /finance/actuals`: records the first actual of a line.
pub async fn create(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<ActualForm>,
) -> PageResult<Response> {
    finance_rows::may_write(&user.0, FinanceTable::Actuals)?;
    let back = f.back();
    let what = f.what();
    let amount = match decimal("amount", &f.amount) {
        Ok(a) => a,
        Err(e) => return back.refused(e, &what),
    };
    let year = match whole("year", &f.year) {
        Ok(y) => y,
        Err(e) => return back.refused(e, &what),
    };
    let body = CreateFinanceLine {
        biennium: None,
        year: Some(year),
        unit: Some(f.unit.clone()),
        kind: Some(f.kind.clone()),
        category: Some(f.category.clone()),
        description: None,
        amount,
        provenance: None,
        source: None,
    };
    match finance_rows::create(&st.db, &user.0, FinanceTable::Actuals, &f.plan, body).await {
        Ok(_) => back.ok(&crate::language::text_with(
            "fin-done-recorded",
            &[("what", what.as_str().into())],
        )),
        Err(e) => back.refused(e, &what),
    }
}

/// `POST /finance/actuals/{id}`: changes an actual if nobody changed it since the page was drawn.
pub async fn update(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ActualForm>,
) -> PageResult<Response> {
    let what = f.what();
    change(&st, &user, FinanceTable::Actuals, id, f, what).await
}

/// `POST /finance/lines/{id}`: changes a financial-plan line's amount (the office) if nobody changed it
/// since the page was drawn.
pub async fn update_line(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ActualForm>,
) -> PageResult<Response> {
    let what = super::row_named(FinanceTable::Lines, &f.year, &f.unit, &f.kind, &f.category);
    change(&st, &user, FinanceTable::Lines, id, f, what).await
}

/// Sets the amount of row `id` of table `t` from form `f`, at the version it carries.
async fn change(
    st: &AppState,
    user: &PageUser,
    t: FinanceTable,
    id: i32,
    f: ActualForm,
    what: String,
) -> PageResult<Response> {
    finance_rows::may_write(&user.0, t)?;
    let back = f.back();
    let parsed = whole("version", &f.version).and_then(|v| {
        decimal("amount", &f.amount)?
            .map(|a| (v, a))
            .ok_or_else(|| AppError::field("amount", crate::error::Said::required()))
    });
    let (version, amount) = match parsed {
        Ok(p) => p,
        Err(e) => return back.refused(e, &what),
    };
    let body = UpdateFinanceLine {
        version: Some(version),
        biennium: None,
        year: None,
        unit: None,
        kind: None,
        category: None,
        description: None,
        amount: Some(amount),
        provenance: None,
        source: None,
    };
    match finance_rows::update(&st.db, &user.0, t, &f.plan, id, None, body).await {
        Ok(_) => back.ok(&crate::language::text_with(
            "fin-done-updated",
            &[("what", what.as_str().into())],
        )),
        Err(e) => back.refused(e, &what),
    }
}
