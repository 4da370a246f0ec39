//! Milestones of an indicator: `PUT` sets the value expected in one year of the plan, `DELETE` removes
//! it (admin). Once values exist, either is a framework revision and needs a `revision`.

use crate::api::common::check_if_match;
use crate::api::common::{ApiJson, FieldErrors, Tagged, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::indicator_milestones::{self, Column};
use crate::error::{AppError, AppResult, Problem};
use crate::fixed::Fixed;
use crate::models::indicators::{check_value_for_unit, check_year_in_plan, has_measurements};
use crate::models::plans::plan_by_code;
use crate::models::revisions::{self, Change, Decision};
use crate::models::transactions;
use crate::models::{audit, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::indicators::MilestoneView;
use axum::body::Body;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, ModelTrait, QueryFilter};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// The value expected in a year.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutMilestone {
    /// Expected value (decimal string or number), suiting the indicator's unit.
    #[schema(value_type = String, max_length = 64)]
    pub value: Fixed,
    /// The milestone's version when replacing one (or send `If-Match`); absent when adding.
    pub version: Option<i32>,
    /// The decision behind the change; required once the indicator has values.
    pub revision: Option<Decision>,
}

/// The optional body of a milestone delete.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMilestone {
    /// The decision behind removing it; required once the indicator has values.
    pub revision: Option<Decision>,
}

/// A JSON body that may be absent (an empty body reads as `None`).
pub struct MaybeJson<T>(pub Option<T>);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for MaybeJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, crate::config::MAX_BODY_BYTES)
            .await
            .map_err(|_| AppError::TooLarge(crate::config::MAX_BODY_BYTES))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(MaybeJson(None));
        }
        let req = Request::from_parts(parts, Body::from(bytes));
        ApiJson::<T>::from_request(req, state)
            .await
            .map(|ApiJson(v)| MaybeJson(Some(v)))
    }
}

fn view(code: &str, m: &indicator_milestones::Model) -> MilestoneView {
    MilestoneView {
        indicator: code.to_owned(),
        year: m.year,
        value: m.value.to_decimal(),
        version: m.version,
    }
}

/// Checks the gate and the decision, naming `revision` fields; returns whether to write revisions.
fn gate(errs: &mut FieldErrors, change: &Change, decision: Option<&Decision>, has_values: bool) -> bool {
    let write = errs.check(
        "revision",
        revisions::gate(std::slice::from_ref(change), decision, has_values),
    );
    for (f, reason) in decision.map(Decision::problems).unwrap_or_default() {
        errs.push(f, reason);
    }
    write.unwrap_or(false)
}

/// `PUT /api/v1/plans/{plan}/indicators/{code}/milestones/{year}`: add or replace a milestone (admin).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("year" = i32, Path, description = "A year of the plan")),
    request_body = PutMilestone,
    responses((status = 200, body = MilestoneView, description = "Replaced"), (status = 201, body = MilestoneView, description = "Added"),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn put_milestone(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, year)): Path<(String, String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<PutMilestone>,
) -> AppResult<(StatusCode, Tagged<MilestoneView>)> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let ind = super::indicator_or_404(&txn, &plan, &code).await?;
    let existing = indicator_milestones::Entity::find()
        .filter(Column::IndicatorId.eq(ind.id))
        .filter(Column::Year.eq(year))
        .one(&txn)
        .await?;
    let claimed = match &existing {
        Some(m) => {
            let c = claimed_version(&headers, b.version)?;
            check_version(c, m.version, &format!("the {year} milestone of {code}"))?;
            Some(c)
        }
        None if b.version.is_some() => {
            return Err(AppError::Conflict(format!(
                "{code} has no {year} milestone any more: reload it"
            )));
        }
        None => None,
    };
    let mut errs = FieldErrors::default();
    errs.check("year", check_year_in_plan(&plan, year));
    errs.check("value", check_value_for_unit(&ind.unit, b.value));
    let change = Change {
        field: format!("milestones.{year}"),
        before: existing.as_ref().map(|m| m.value.to_string()),
        after: Some(b.value.to_string()),
    };
    let write = if existing.as_ref().map(|m| m.value) == Some(b.value) {
        // Same value: nothing is revised; a decision sent along is refused as for any other field.
        errs.check("revision", revisions::gate(&[], b.revision.as_ref(), true));
        false
    } else {
        gate(
            &mut errs,
            &change,
            b.revision.as_ref(),
            has_measurements(&txn, ind.id).await?,
        )
    };
    errs.finish()?;
    let (status, row) = match existing.clone() {
        Some(m) => {
            let mut am: indicator_milestones::ActiveModel = m.clone().into();
            am.value = Set(b.value);
            am.version = Set(m.version + 1);
            let expected = claimed.map_or(m.version, |c| c.0);
            (StatusCode::OK, versioned::update(&txn, am, m.id, expected).await?)
        }
        None => {
            let row = indicator_milestones::ActiveModel {
                indicator_id: Set(ind.id),
                year: Set(year),
                value: Set(b.value),
                provenance: Set("entered".to_owned()),
                version: Set(1),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            (StatusCode::CREATED, row)
        }
    };
    let mut reason = String::new();
    if let (true, Some(d)) = (write, &b.revision) {
        revisions::record(&txn, &actor, plan.id, ind.id, std::slice::from_ref(&change), d).await?;
        reason = format!("{}: {}", d.reference.trim(), d.justification.trim());
    }
    let before = existing.as_ref().map(|m| view(&code, m));
    let after = view(&code, &row);
    let action = if before.is_some() { "update" } else { "create" };
    audit::record(
        &txn,
        Some(&actor),
        action,
        "indicator_milestone",
        row.id,
        before.as_ref(),
        Some(&after),
        &reason,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok((status, Tagged(row.version, after)))
}

/// `DELETE /api/v1/plans/{plan}/indicators/{code}/milestones/{year}`: remove a milestone (admin). The
/// optional JSON body carries the `revision` needed once the indicator has values.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("year" = i32, Path, description = "A year of the plan")),
    request_body(content = DeleteMilestone, description = "Optional; required with a revision once values exist"),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn delete_milestone(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, year)): Path<(String, String, i32)>,
    headers: HeaderMap,
    MaybeJson(b): MaybeJson<DeleteMilestone>,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let b = b.unwrap_or_default();
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let ind = super::indicator_or_404(&txn, &plan, &code).await?;
    let m = indicator_milestones::Entity::find()
        .filter(Column::IndicatorId.eq(ind.id))
        .filter(Column::Year.eq(year))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("the {year} milestone of indicator {code}")))?;
    check_if_match(&headers, m.version, &format!("the {year} milestone of {code}"))?;
    let change = Change {
        field: format!("milestones.{year}"),
        before: Some(m.value.to_string()),
        after: None,
    };
    let mut errs = FieldErrors::default();
    let write = gate(
        &mut errs,
        &change,
        b.revision.as_ref(),
        has_measurements(&txn, ind.id).await?,
    );
    errs.finish()?;
    let mut reason = String::new();
    if let (true, Some(d)) = (write, &b.revision) {
        revisions::record(&txn, &actor, plan.id, ind.id, std::slice::from_ref(&change), d).await?;
        reason = format!("{}: {}", d.reference.trim(), d.justification.trim());
    }
    let before = view(&code, &m);
    let id = m.id;
    m.delete(&txn).await?;
    audit::record(
        &txn,
        Some(&actor),
        "delete",
        "indicator_milestone",
        id,
        Some(&before),
        None,
        &reason,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
