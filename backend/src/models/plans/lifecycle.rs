//! A plan's life: draft → adopted → closed, each step a use case of the office with its rules, audited
//! in its transaction.
//!
//! - **Adopt** a draft plan: it must have indicators, and every indicator an end target (value and
//!   year) and a baseline (value and year), so that every status of the plan can be computed; every
//!   target year and every milestone year must lie inside the plan's period (the writes check this,
//!   but rows can also come from the seed, a restored backup or a workbook made for another period, and
//!   adoption is the last gate before Council's plan is in force). The refusal names the indicators
//!   that miss a target or a baseline (key indicators called out), and each indicator year outside the
//!   period by indicator code, field and year.
//!
//!   Why an empty target refuses adoption, key indicator or not: DESIGN.md says nothing of adoption,
//!   but it computes every status from the baseline, milestones and the end target and answers
//!   `no_data` when the target is missing; an adopted plan whose indicators are `no_data` by
//!   construction could not be reported on. So "clone as the next plan" ([`super::next`]), which leaves
//!   targets and milestones empty for the office to set, makes a draft that cannot be adopted until
//!   each target is set; the refusal says which, key indicators first.
//! - **Close** an adopted plan: every year of the plan is locked (those not locked yet, each lock
//!   audited like a lock from the periods page), so no value of the plan changes any more; a unit
//!   that must still correct one needs a lock exception.
//!
//! The plain status field of `PATCH /plans/{plan}` no longer moves a plan: only these steps do.

use super::{Plan, PlanView, plan_by_code};
use crate::auth::Actor;
use crate::entities::{indicator_milestones, indicators, plans};
use crate::error::{AppError, AppResult, FieldError, Said, SaidArg};
use crate::models::patching::{Claim, check_version};
use crate::models::{audit, periods, transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Deserialize;

/// A draft plan, being prepared.
pub const DRAFT: &str = "draft";
/// The plan in force.
pub const ADOPTED: &str = "adopted";
/// A finished plan: its years are locked.
pub const CLOSED: &str = "closed";
/// Every plan status, in the order of a plan's life.
pub const STATUSES: &[&str] = &[DRAFT, ADOPTED, CLOSED];

/// How many indicator codes a refusal lists before saying how many more there are.
const NAMED: usize = 10;

/// Adopting or closing a plan.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    /// The plan version read (optional; or send `If-Match`); checked when sent.
    pub version: Option<i32>,
    /// Why, or the deciding act (e.g. "Res. 71 (Rev. 2030)"); kept in the audit log and, when closing,
    /// in the lock of every year.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// `codes` as a list a person reads: the first [`NAMED`], then how many more.
fn named(codes: &[String]) -> SaidArg {
    let text = codes.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
    if codes.len() > NAMED {
        let more = i64::try_from(codes.len() - NAMED).unwrap_or(i64::MAX);
        Said::new("said-codes-and-more", [("codes", text.into()), ("count", more.into())]).into()
    } else {
        text.into()
    }
}

/// How many indicator years outside the period a refusal names one by one.
const NAMED_YEARS: usize = 20;

/// What keeps `inds` (a draft plan's indicators, with `milestones`: (indicator id, year) of each of
/// their milestones) from being adopted as plan `plan`: one field error per rule broken, then one per
/// indicator year outside the plan's period.
pub fn adoption_gaps(plan: &Plan, inds: &[indicators::Model], milestones: &[(i32, i32)]) -> Vec<FieldError> {
    let mut errs = Vec::new();
    if inds.is_empty() {
        errs.push(FieldError::new(
            "indicators",
            crate::error::Said::new("said-plan-no-indicator-yet", []),
        ));
    }
    let missing = |has: &dyn Fn(&indicators::Model) -> bool| -> Vec<&indicators::Model> {
        inds.iter().filter(|i| !has(i)).collect()
    };
    let no_target = missing(&|i| i.target_value.is_some() && i.target_year.is_some());
    let no_baseline = missing(&|i| i.baseline_value.is_some() && i.baseline_year.is_some());
    for (field, lacking, key) in [
        ("target", no_target, "said-lack-target"),
        ("baseline", no_baseline, "said-lack-baseline"),
    ] {
        if lacking.is_empty() {
            continue;
        }
        let codes: Vec<String> = lacking.iter().map(|i| i.code.clone()).collect();
        let keys: Vec<String> = lacking.iter().filter(|i| i.is_key).map(|i| i.code.clone()).collect();
        let count = |v: &[String]| i64::try_from(v.len()).unwrap_or(i64::MAX);
        let mut reason = Said::new(key, [("count", count(&codes).into()), ("codes", named(&codes))]);
        if !keys.is_empty() {
            reason = Said::new(
                "said-lack-keys",
                [
                    ("lack", reason.into()),
                    ("count", count(&keys).into()),
                    ("codes", named(&keys)),
                ],
            );
        }
        errs.push(FieldError::new(field, reason));
    }
    errs.extend(outside_period(plan, inds, milestones));
    errs
}

/// Each target year and milestone year of `inds` outside `plan`'s period, named by indicator code, field
/// and year (the first [`NAMED_YEARS`], then how many more).
fn outside_period(plan: &Plan, inds: &[indicators::Model], milestones: &[(i32, i32)]) -> Vec<FieldError> {
    let period = plan.start_year..=plan.end_year;
    let outside = |year: i32| {
        Said::new(
            "said-outside-period",
            [
                ("year", year.to_string().into()),
                ("plan", plan.code.as_str().into()),
                ("start", plan.start_year.to_string().into()),
                ("end", plan.end_year.to_string().into()),
            ],
        )
    };
    let mut found = Vec::new();
    for i in inds {
        if let Some(y) = i.target_year.filter(|y| !period.contains(y)) {
            found.push(FieldError::new(
                format!("indicators.{}.target_year", i.code),
                outside(y),
            ));
        }
        let mut years: Vec<i32> = milestones
            .iter()
            .filter(|(id, y)| *id == i.id && !period.contains(y))
            .map(|(_, y)| *y)
            .collect();
        years.sort_unstable();
        for y in years {
            found.push(FieldError::new(
                format!("indicators.{}.milestones.{y}", i.code),
                outside(y),
            ));
        }
    }
    if found.len() > NAMED_YEARS {
        let more = found.len() - NAMED_YEARS;
        found.truncate(NAMED_YEARS);
        found.push(FieldError::new(
            "indicators",
            Said::new(
                "said-more-years-outside",
                [("count", i64::try_from(more).unwrap_or(i64::MAX).into())],
            ),
        ));
    }
    found
}

/// The claimed version, when one was sent (the step is deliberate; a version is optional).
fn claimed(claim: &Claim) -> AppResult<Option<(i32, bool)>> {
    match (&claim.if_match, claim.body) {
        (None, None) => Ok(None),
        _ => claim.resolve().map(Some),
    }
}

/// Moves `p` to `status` (a new version) and audits the step as `action` with `note`.
async fn step(
    db: &impl ConnectionTrait,
    actor: &Actor,
    p: &Plan,
    status: &str,
    action: &str,
    note: &str,
) -> AppResult<Plan> {
    let am = plans::ActiveModel {
        status: Set(status.to_owned()),
        version: Set(p.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let after: Plan = versioned::update(db, am, p.id, p.version).await?;
    audit::record(
        db,
        Some(actor),
        action,
        "plan",
        p.id,
        Some(&PlanView::from(p)),
        Some(&PlanView::from(&after)),
        note,
    )
    .await?;
    Ok(after)
}

/// Plan `code` for a step, at the version claimed, in status `from` (409 naming its status otherwise).
/// `step_refused` says why another status cannot take the step (its English: "plan X is S: only a
/// `from` plan can be …", word for word as before).
async fn in_status(
    db: &impl ConnectionTrait,
    code: &str,
    claim: &Claim,
    from: &str,
    step_refused: &'static str,
) -> AppResult<Plan> {
    let claimed = claimed(claim)?;
    let p = plan_by_code(db, code).await?;
    if let Some(c) = claimed {
        check_version(c, p.version, Said::new("said-what-plan", [("code", code.into())]))?;
    }
    if p.status != from {
        let status = match p.status.as_str() {
            DRAFT => Said::new("pstatus-draft", []).into(),
            ADOPTED => Said::new("pstatus-adopted", []).into(),
            CLOSED => Said::new("pstatus-closed", []).into(),
            other => SaidArg::from(other),
        };
        return Err(AppError::conflict(Said::new(
            step_refused,
            [("plan", code.into()), ("status", status)],
        )));
    }
    Ok(p)
}

/// Adopts draft plan `code` (admin) once every indicator has a target and a baseline and every
/// indicator year lies in the plan's period ([`adoption_gaps`]); audited as `adopt`.
pub async fn adopt(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    claim: Claim,
    body: &PlanStep,
) -> AppResult<Plan> {
    authorize(actor, Action::Administer)?;
    crate::limits::enforce(body)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let p = in_status(&txn, code, &claim, DRAFT, "said-plan-adopt-refused").await?;
    let inds = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(p.id))
        .order_by_asc(indicators::Column::Code)
        .all(&txn)
        .await?;
    let of_plan = sea_orm::sea_query::Query::select()
        .column(indicators::Column::Id)
        .from(indicators::Entity)
        .and_where(indicators::Column::PlanId.eq(p.id))
        .to_owned();
    let milestones: Vec<(i32, i32)> = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.in_subquery(of_plan))
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| (m.indicator_id, m.year))
        .collect();
    let gaps = adoption_gaps(&p, &inds, &milestones);
    if !gaps.is_empty() {
        return Err(AppError::Invalid(gaps));
    }
    let note = body.note.as_deref().unwrap_or("").trim();
    let after = step(&txn, actor, &p, ADOPTED, "adopt", note).await?;
    transactions::commit(txn, turn).await?;
    Ok(after)
}

/// Closes adopted plan `code` (admin): locks every year of it not locked yet (each lock audited, its
/// note saying the plan was closed), then marks it closed (audited as `close`). Returns the plan and
/// the years it locked.
pub async fn close(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    claim: Claim,
    body: &PlanStep,
) -> AppResult<(Plan, Vec<i32>)> {
    authorize(actor, Action::Administer)?;
    crate::limits::enforce(body)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let p = in_status(&txn, code, &claim, ADOPTED, "said-plan-close-refused").await?;
    let note = match body.note.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => n.to_owned(),
        _ => format!("plan {code} closed"),
    };
    let mut locked = Vec::new();
    for year in p.start_year..=p.end_year {
        let existing = periods::find(&txn, &p, year).await?;
        if existing.as_ref().is_some_and(|r| r.status == "locked") {
            continue;
        }
        let after = periods::set_lock(&txn, actor, &p, year, existing.as_ref(), true, &note).await?;
        audit::record(
            &txn,
            Some(actor),
            "lock",
            "reporting_period",
            after.id,
            existing.as_ref(),
            Some(&after),
            &note,
        )
        .await?;
        locked.push(year);
    }
    let after = step(&txn, actor, &p, CLOSED, "close", &note).await?;
    transactions::commit(txn, turn).await?;
    Ok((after, locked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixed::Fixed;

    fn plan() -> Plan {
        let at = chrono::DateTime::UNIX_EPOCH.fixed_offset();
        plans::Model {
            id: 1,
            code: "SP2032-2035".into(),
            name: "Next".into(),
            resolution: String::new(),
            start_year: 2032,
            end_year: 2035,
            status: DRAFT.into(),
            predecessor_id: None,
            max_age_years: 1,
            on_track_threshold: Fixed(9_500),
            at_risk_threshold: Fixed(7_500),
            maintain_on_track_pct: Fixed(500),
            maintain_at_risk_pct: Fixed(1_000),
            contributory_unit_chf: None,
            provenance: "entered".into(),
            source: String::new(),
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }

    fn indicator(code: &str, target: bool, baseline: bool) -> indicators::Model {
        let at = chrono::DateTime::UNIX_EPOCH.fixed_offset();
        indicators::Model {
            id: 1,
            plan_id: 1,
            node_id: 1,
            code: code.into(),
            name: code.into(),
            definition: String::new(),
            unit: "count".into(),
            direction: "increase".into(),
            aggregation: "sum".into(),
            baseline_value: baseline.then_some(Fixed(10_000)),
            baseline_year: baseline.then_some(2031),
            target_value: target.then_some(Fixed(20_000)),
            target_year: Some(2035),
            data_source: String::new(),
            frequency: "annual".into(),
            owner_unit_id: 1,
            is_key: false,
            sdg_tags: String::new(),
            wsis_tags: String::new(),
            predecessor_id: None,
            predecessor_relation: None,
            provenance: "entered".into(),
            source: String::new(),
            version: 1,
            created_at: at,
            updated_at: at,
            sheet_rationale: None,
            sheet_method: None,
            sheet_disaggregation: None,
            sheet_limitations: None,
            sheet_quality_assurance: None,
            sheet_target_rationale: None,
        }
    }

    #[test]
    fn a_plan_with_every_target_and_baseline_may_be_adopted() {
        let inds = [indicator("A", true, true), indicator("B", true, true)];
        assert!(adoption_gaps(&plan(), &inds, &[(1, 2033)]).is_empty());
    }

    #[test]
    fn missing_targets_and_baselines_are_named_by_indicator() {
        let gaps = adoption_gaps(
            &plan(),
            &[
                indicator("A", false, true),
                indicator("B", true, false),
                indicator("C", false, false),
            ],
            &[],
        );
        let said: Vec<(String, String)> = gaps.into_iter().map(|e| (e.field, e.reason)).collect();
        assert_eq!(
            said,
            [
                (
                    "target".to_owned(),
                    "2 indicator(s) lack an end target (value and year): A, C".to_owned()
                ),
                (
                    "baseline".to_owned(),
                    "2 indicator(s) lack a baseline (value and year): B, C".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_key_indicator_without_a_target_is_called_out() {
        let mut key = indicator("K", false, true);
        key.is_key = true;
        let gaps = adoption_gaps(&plan(), &[indicator("A", false, true), key], &[]);
        assert_eq!(
            gaps[0].reason,
            "2 indicator(s) lack an end target (value and year): A, K; 1 of them key indicator(s), which the \
             report to Council rates: K"
        );
    }

    #[test]
    fn target_and_milestone_years_outside_the_period_are_named_by_indicator_field_and_year() {
        let mut a = indicator("A", true, true);
        a.target_year = Some(2031);
        let mut b = indicator("B", true, true);
        b.id = 2;
        let gaps = adoption_gaps(&plan(), &[a, b], &[(2, 2036), (2, 2034), (1, 2032), (2, 2030)]);
        let said: Vec<(String, String)> = gaps.into_iter().map(|e| (e.field, e.reason)).collect();
        let outside = |y: i32| format!("{y} is outside the period of plan SP2032-2035 (2032-2035)");
        assert_eq!(
            said,
            [
                ("indicators.A.target_year".to_owned(), outside(2031)),
                ("indicators.B.milestones.2030".to_owned(), outside(2030)),
                ("indicators.B.milestones.2036".to_owned(), outside(2036)),
            ]
        );
    }

    #[test]
    fn a_plan_without_indicators_is_not_adopted() {
        assert_eq!(adoption_gaps(&plan(), &[], &[])[0].field, "indicators");
    }

    #[test]
    fn a_long_list_of_codes_is_cut_with_a_count() {
        let codes: Vec<String> = (1..=12).map(|i| format!("K{i}")).collect();
        assert_eq!(
            named(&codes).english(),
            "K1, K2, K3, K4, K5, K6, K7, K8, K9, K10 and 2 more"
        );
    }
}
