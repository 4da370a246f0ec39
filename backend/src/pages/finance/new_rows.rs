//! Adding a financial-plan line (the office) or an execution actual (a unit's planner for their own
//! unit, the office for any) from the finance page, through the use case the API's `POST` calls
//! ([`finance_rows::create`]: every field checked, the unit's right asked with `may_write_unit`,
//! audited), the amount read by the one number parser. Only those allowed get a form; anyone else's
//! `POST` is a 403. A refused form is drawn again on the finance page with what was typed and each
//! refused field named ([`Filled`]).

use super::super::forms::{Back, CsrfForm, Filled, decimal, may_write, year};
use super::super::listing::{self, Choice};
use super::super::{ContextQuery, PageResult, PageUser};
use super::Filters;
use crate::error::AppError;
use crate::models::finance_rows::{self, CreateFinanceLine, EXPENSE, FinanceTable, REVENUE};
use crate::models::plans::Plan;
use crate::policy::{Action, allows};
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use std::collections::HashMap;

/// The fields of an add form, as typed. Every field is text with a default, so a form without its CSRF
/// field is refused by the CSRF check (403), not by the form parser.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct NewRow {
    plan: String,
    view_year: String,
    year: String,
    unit: String,
    kind: String,
    category: String,
    amount: String,
    description: String,
}

impl NewRow {
    /// The body the API would take for these fields: the year and the amount read here (the amount by
    /// the one number parser), every other field as typed, each missing one named by the use case.
    fn body(&self) -> Result<CreateFinanceLine, AppError> {
        let text = |t: &str| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
        let (year, amount) = match (year("year", &self.year), decimal("amount", &self.amount)) {
            (Ok(y), Ok(a)) => (y, a),
            (y, a) => {
                let errs = [y.err(), a.err()]
                    .into_iter()
                    .flatten()
                    .flat_map(|e| match e {
                        AppError::Invalid(errs) => errs,
                        _ => Vec::new(),
                    })
                    .collect();
                return Err(AppError::Invalid(errs));
            }
        };
        Ok(CreateFinanceLine {
            biennium: None,
            year,
            unit: text(&self.unit),
            kind: text(&self.kind),
            category: text(&self.category),
            description: text(&self.description),
            amount,
            provenance: None,
            source: None,
        })
    }

    /// The row as the page's messages name it ("The plan line 2030 BR expense staff"), in the reader's
    /// language.
    fn named(&self, t: FinanceTable) -> String {
        super::row_named(t, &self.year, &self.unit, &self.kind, &self.category)
    }
}

/// A category to choose, with the kind it belongs to.
pub struct CategoryChoice {
    /// Stored value, e.g. `non_staff`.
    pub value: &'static str,
    /// Whether it is chosen.
    pub selected: bool,
}

/// One add form as the finance page draws it.
pub struct AddForm {
    /// Prefix of the form's element ids (`new-line`, `new-actual`).
    pub id: &'static str,
    /// Where it is sent.
    pub action: &'static str,
    /// The message of its heading.
    pub heading: &'static str,
    /// The message of its button.
    pub button: &'static str,
    /// Years of the plan.
    pub years: Vec<Choice>,
    /// Units the user may add a row for.
    pub units: Vec<Choice>,
    /// `expense`, `revenue`.
    pub kinds: Vec<Choice>,
    /// Expense categories.
    pub expense: Vec<CategoryChoice>,
    /// Revenue categories.
    pub revenue: Vec<CategoryChoice>,
    /// The amount as typed.
    pub amount: String,
    /// The description as typed.
    pub description: String,
    /// What was refused, when the form came back.
    pub error: Option<String>,
    /// The reason at each refused field.
    pub errors: HashMap<String, crate::pages::forms::FieldReason>,
}

/// The add forms `user` gets on the finance page of `plan` viewed in `year`: the office's line form, and
/// the actual form with the units (of `units`: codes sorted, and ids by code) whose actuals the user
/// records; none for a reviewer. `sent` is the form that came back refused, drawn with what was typed.
pub fn forms(
    user: &PageUser,
    plan: &Plan,
    year: i32,
    (codes, ids): (&[&String], &HashMap<String, i32>),
    sent: Option<&(FinanceTable, Filled<NewRow>)>,
) -> Vec<AddForm> {
    let default_year = if (plan.start_year..=plan.end_year).contains(&year) {
        year
    } else {
        plan.start_year
    };
    let own = user
        .0
        .unit_id
        .and_then(|id| ids.iter().find(|(_, i)| **i == id).map(|(c, _)| c.clone()));
    let mut out = Vec::new();
    for t in [FinanceTable::Lines, FinanceTable::Actuals] {
        let (units, id, action, heading, button): (Vec<&String>, _, _, _, _) = match t {
            // Drawing a form is not an attempt: ask without logging a refusal.
            FinanceTable::Lines if allows(&user.0, Action::Administer) => (
                codes.to_vec(),
                "new-line",
                "/finance/lines",
                "fin-add-line-h",
                "fin-add-line",
            ),
            FinanceTable::Actuals => (
                codes.iter().copied().filter(|c| may_write(user, ids, c)).collect(),
                "new-actual",
                "/finance/actuals/new",
                "fin-add-actual-h",
                "fin-add-actual",
            ),
            FinanceTable::Lines => continue,
        };
        if units.is_empty() {
            continue;
        }
        let came_back = sent.filter(|(st, _)| *st == t).map(|(_, f)| f);
        let typed = came_back.map(|f| f.typed.clone()).unwrap_or_else(|| NewRow {
            year: default_year.to_string(),
            unit: own
                .clone()
                .filter(|o| units.contains(&o))
                .unwrap_or_else(|| units[0].clone()),
            kind: "expense".into(),
            category: "staff".into(),
            ..NewRow::default()
        });
        let categories = |of: &[&'static str]| -> Vec<CategoryChoice> {
            of.iter()
                .map(|&value| CategoryChoice {
                    value,
                    selected: value == typed.category,
                })
                .collect()
        };
        out.push(AddForm {
            id,
            action,
            heading,
            button,
            years: listing::choices((plan.start_year..=plan.end_year).map(|y| y.to_string()), &typed.year),
            units: listing::choices(&units, &typed.unit),
            kinds: listing::choices(["expense", "revenue"], &typed.kind),
            expense: categories(EXPENSE),
            revenue: categories(REVENUE),
            amount: typed.amount.clone(),
            description: typed.description.clone(),
            error: came_back.and_then(|f| f.refusal.as_ref().map(|r| r.sentence(&typed.named(t)))),
            errors: came_back.map(Filled::by_field).unwrap_or_default(),
        });
    }
    out
}

/// `POST /finance/lines`: adds a line to the financial plan (the office).
pub async fn create_line(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<NewRow>,
) -> PageResult<Response> {
    add(&st, &user, FinanceTable::Lines, f).await
}

/// `POST /finance/actuals/new`: records an actual of any year, unit, kind and category the user may
/// write (a planner: their unit; the office: any).
pub async fn create_actual(
    State(st): State<AppState>,
    user: PageUser,
    CsrfForm(f): CsrfForm<NewRow>,
) -> PageResult<Response> {
    add(&st, &user, FinanceTable::Actuals, f).await
}

/// Creates the row `f` asks for in table `t`; back to the finance page with what was done, or the page
/// drawn again with the form as typed and what was refused.
async fn add(st: &AppState, user: &PageUser, t: FinanceTable, f: NewRow) -> PageResult<Response> {
    finance_rows::may_write(&user.0, t)?;
    let created = match f.body() {
        Ok(body) => finance_rows::create(&st.db, &user.0, t, &f.plan, body).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(_) => {
            let back = Back {
                path: "/finance",
                plan: f.plan.clone(),
                year: f.view_year.clone(),
            };
            let done = match t {
                FinanceTable::Lines => "fin-done-added",
                FinanceTable::Actuals => "fin-done-recorded",
            };
            back.ok(&crate::language::text_with(done, &[("what", f.named(t).into())]))
        }
        Err(e) => {
            let q = ContextQuery {
                plan: Some(f.plan.clone()),
                year: f.view_year.trim().parse().ok(),
            };
            // A refusal of the right itself (another unit's actual) is the 403 page, not the form.
            let sent = Filled::refused(f, e)?;
            super::page(st, user, &q, &Filters::default(), Some((t, sent))).await
        }
    }
}
