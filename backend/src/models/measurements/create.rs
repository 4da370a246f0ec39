//! Entering a value: the body as a client or the entry form sends it, checked against the catalogue,
//! the planner's unit, the year's lock and the slot, then stored as a draft in one audited write.

use super::catalog::Catalog;
use super::entry::{self, RawEntry};
use super::store::{self, NewValue, Stamp};
use super::{Measurement, Written, may_enter_data};
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::plans::Plan;
use crate::models::transactions::{WorkFuture, Writer};
use crate::models::{audit, periods};
use crate::policy::{Action, authorize};
use sea_orm::{ConnectionTrait, DatabaseTransaction, FromQueryResult};
use serde::Deserialize;

/// A new value. Numbers may be JSON numbers or decimal strings (strings are exact: prefer them).
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateMeasurement {
    /// Plan code, e.g. `SP2028-2031`.
    #[schema(max_length = 64)]
    pub plan_code: Option<String>,
    /// Indicator code, e.g. `KPI-R1`.
    #[schema(max_length = 64)]
    pub indicator_code: Option<String>,
    /// Year, inside the plan.
    #[schema(value_type = i32)]
    pub year: Option<serde_json::Value>,
    /// Quarter 1..4; omit for an annual value.
    #[schema(value_type = Option<i32>)]
    pub quarter: Option<serde_json::Value>,
    /// Disaggregation: `{"sex": "female"}` or `sex=female;region=africa`; omit for the headline value.
    #[schema(value_type = Option<Object>)]
    pub disaggregation: Option<serde_json::Value>,
    /// Value; for a ratio indicator, or a percent one given with numerator and denominator, it may be
    /// omitted and is then numerator ÷ denominator (× 100 for a percentage; 4 dp). When given with
    /// them it must equal that share.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub value: Option<serde_json::Value>,
    /// Numerator (required for a ratio indicator; optional, with the denominator, for a percent one).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub numerator: Option<serde_json::Value>,
    /// Denominator (required for a ratio indicator; optional, with the numerator, for a percent one;
    /// never 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub denominator: Option<serde_json::Value>,
    /// provisional (default), estimated or final.
    #[schema(max_length = 64)]
    pub quality: Option<String>,
    /// Narrative.
    #[schema(max_length = 10000)]
    pub narrative: Option<String>,
    /// Evidence link (http or https).
    #[schema(max_length = 2048)]
    pub evidence_url: Option<String>,
}

impl CreateMeasurement {
    /// The value as entered, every field as text, for [`entry::validate`].
    fn raw(&self) -> RawEntry {
        RawEntry {
            plan_code: self.plan_code.clone(),
            indicator_code: self.indicator_code.clone(),
            year: text_of(self.year.as_ref()),
            quarter: text_of(self.quarter.as_ref()),
            disaggregation: pairs_of(self.disaggregation.as_ref()),
            value: text_of(self.value.as_ref()),
            numerator: text_of(self.numerator.as_ref()),
            denominator: text_of(self.denominator.as_ref()),
            quality: self.quality.clone(),
            narrative: self.narrative.clone().unwrap_or_default(),
            evidence_url: self.evidence_url.clone().unwrap_or_default(),
        }
    }
}

/// The text of a JSON scalar as entered: numbers and strings as they are, null as absent; anything else
/// as its JSON text, which validation then refuses naming the field.
pub fn text_of(v: Option<&serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// A disaggregation given as an object (`{"sex": "female"}`) or as canonical text (`sex=female`).
pub fn pairs_of(v: Option<&serde_json::Value>) -> Result<Vec<(String, String)>, crate::error::Said> {
    match v {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::String(s)) => super::parse_disaggregation(s),
        Some(serde_json::Value::Object(o)) => {
            let mut text = Vec::new();
            for (d, val) in o {
                match val {
                    serde_json::Value::String(s) => text.push(format!("{d}={s}")),
                    other => {
                        return Err(crate::error::Said::new(
                            "said-dimension-value-not-code",
                            [("dimension", d.as_str().into()), ("sent", other.to_string().into())],
                        ));
                    }
                }
            }
            super::parse_disaggregation(&text.join(";"))
        }
        Some(other) => Err(crate::error::Said::new(
            "said-disaggregation-shape",
            [("sent", other.to_string().into())],
        )),
    }
}

/// Enters `body` as a draft by `actor`. A planner enters only their unit's indicators; a locked year
/// is named before an occupied slot (423 before 409), and the write checks the lock again. Audited.
pub async fn create(
    db: &impl ConnectionTrait,
    writer: &Writer,
    actor: &Actor,
    body: &CreateMeasurement,
) -> AppResult<Written> {
    crate::limits::enforce(body)?;
    may_enter_data(actor)?;
    let raw = body.raw();
    let plan_code = raw.plan_code.clone().unwrap_or_default();
    let indicator_code = raw.indicator_code.as_deref().unwrap_or("").trim();
    let disaggregated = raw.disaggregation.as_ref().is_ok_and(|p| !p.is_empty());
    let cat = Catalog::for_indicator(db, plan_code.trim(), indicator_code, disaggregated).await?;
    if let Some(p) = cat.plans.get(plan_code.trim())
        && let Some(i) = cat.indicator(p.id, indicator_code)
    {
        authorize(actor, Action::WriteUnit(i.owner_unit_id))?;
    }
    let e = entry::validate(&cat, &raw, None).map_err(AppError::Invalid)?;
    let plan = &cat.plans[plan_code.trim()];
    // The year's lock and the slot are checked in the write itself (the lock first, so a locked year
    // is named before an occupied slot); only a refusal reads more, to say which value holds the slot.
    let stamp = Stamp {
        user: Some(actor.id),
        // To the microsecond, as PostgreSQL keeps it: the row stored is the row built here.
        at: chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 6).into(),
        submit: false,
    };
    let new = New {
        plan: plan.clone(),
        year: e.year,
        unit: e.indicator.owner_unit_id,
        value: NewValue::of(&e, stamp),
        actor: actor.clone(),
    };
    let stored = if writer.single_statements() {
        store_new_in_one(writer, &new).await?
    } else {
        None
    };
    let stored = match stored {
        Some(row) => Some(row),
        None => writer.run(new, store_new).await?,
    };
    let Some(row) = stored else {
        store::check_free(db, &e).await?;
        return Err(AppError::conflict(crate::error::Said::new(
            "said-entered-meanwhile",
            [(
                "slot",
                store::slot_label(&e.indicator.code, e.year, e.quarter, &e.disaggregation).into(),
            )],
        )));
    };
    Ok(Written {
        row,
        indicator: e.indicator.clone(),
        plan: plan.clone(),
        unit_code: cat
            .unit_codes
            .get(&e.indicator.owner_unit_id)
            .cloned()
            .unwrap_or_default(),
    })
}

/// What the write transaction of a new value needs.
struct New {
    plan: Plan,
    year: i32,
    /// The org unit owning the indicator (a lock exception lets that unit write).
    unit: i32,
    value: NewValue,
    actor: Actor,
}

/// On PostgreSQL, stores a new value, its dimension rows and its audit entry in one statement, unless
/// its year is locked or its slot taken: None then, having stored nothing, and [`store_new`] says which
/// (or stores it, for a unit holding an exception to the lock).
async fn store_new_in_one(writer: &Writer, c: &New) -> AppResult<Option<Measurement>> {
    use sea_orm::{ActiveValue::Set, TryIntoModel};
    // The entry is of the row as the insert stores it; only its id is the statement's to give.
    let mut built = c.value.row.clone();
    built.id = Set(0);
    let built = built.try_into_model()?;
    let Some(entry) = audit::entry(Some(&c.actor), "create", ("measurement", 0), (None, Some(&built)), "") else {
        return Ok(None);
    };
    let stmt = store::insert_one_audited(&c.value, periods::not_locked(c.plan.id, c.year), entry)?;
    let Some(stored) = writer
        .statement(stmt)
        .await?
        .first()
        .map(|r| Measurement::from_query_result(r, ""))
    else {
        return Ok(None);
    };
    let stored = stored?;
    debug_assert_eq!(
        Measurement { id: stored.id, ..built },
        stored,
        "the audit entry recorded the row as built, and the row stored differs"
    );
    Ok(Some(stored))
}

/// Stores a new value unless its year is locked (423) or its slot taken (None: nothing stored, and the
/// other writes of its group go on); audited.
fn store_new<'a>(txn: &'a DatabaseTransaction, c: &'a New) -> WorkFuture<'a, Option<Measurement>> {
    Box::pin(async move {
        // The year's lock is checked in the insert's own statement. Only when it (or a taken slot)
        // stops the insert is the lock read: a locked year is named before a taken slot, and a unit
        // holding an exception goes on.
        let row = match store::insert_one_if(txn, &c.value, periods::not_locked(c.plan.id, c.year)).await? {
            Some(row) => row,
            None => {
                periods::check_open(txn, &c.plan, c.year, c.unit).await?;
                let Some(row) = store::insert_one(txn, &c.value).await? else {
                    return Ok(None);
                };
                row
            }
        };
        audit::created(txn, Some(&c.actor), "measurement", row.id, &row).await?;
        Ok(Some(row))
    })
}
