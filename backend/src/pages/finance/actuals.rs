//! Recording budget execution from the finance page: the form of a row creates the actual or updates it
//! at the version the page was drawn with, through the same use cases (rules, audit) as the JSON API.

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
    /// The actual as the page's messages name it ("The actual 2026 BDT expense staff costs").
    fn what(&self) -> String {
        format!(
            "The actual {} {} {} {}",
            self.year,
            self.unit,
            self.kind,
            self.category.replace('_', " ")
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
        Ok(_) => back.ok(&format!("{what} was recorded.")),
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
    finance_rows::may_write(&user.0, FinanceTable::Actuals)?;
    let back = f.back();
    let what = f.what();
    let parsed = whole("version", &f.version).and_then(|v| {
        decimal("amount", &f.amount)?
            .map(|a| (v, a))
            .ok_or_else(|| AppError::field("amount", "is required"))
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
    match finance_rows::update(&st.db, &user.0, FinanceTable::Actuals, &f.plan, id, None, body).await {
        Ok(_) => back.ok(&format!("{what} was updated.")),
        Err(e) => back.refused(e, &what),
    }
}
