//! `GET /api/v1/plans/{plan}/indicators/{code}`: one indicator with milestones, series links, mandates,
//! dimensions, its assessment for a year and its revision history ("as adopted" versus "as revised").

use crate::api::common::{ApiQuery, Tagged};
use crate::api::nodes::YearParams;
use crate::auth::Actor;
use crate::entities::{
    dimension_values, dimensions, indicator_dimensions, indicator_milestones, indicators, mandate_links, plans,
};
use crate::error::{AppError, AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::plans::plan_year;
use crate::models::report_input::cycles;
use crate::models::{revisions, units};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::indicators::{
    DimensionValueView, DimensionView, IndicatorCore, IndicatorDetail, MilestoneView, SeriesLink,
};
use crate::views::revisions::{RevisionView, revised_fields};
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Dimensions of an indicator with their values.
pub async fn dimensions_of(db: &impl ConnectionTrait, indicator_id: i32) -> Result<Vec<DimensionView>, sea_orm::DbErr> {
    let dims = dimensions::Entity::find()
        .inner_join(indicator_dimensions::Entity)
        .filter(indicator_dimensions::Column::IndicatorId.eq(indicator_id))
        .order_by_asc(dimensions::Column::Code)
        .all(db)
        .await?;
    let values = dimension_values::Entity::find()
        .filter(dimension_values::Column::DimensionId.is_in(dims.iter().map(|d| d.id)))
        .order_by_asc(dimension_values::Column::SortOrder)
        .order_by_asc(dimension_values::Column::Code)
        .all(db)
        .await?;
    Ok(dims
        .into_iter()
        .map(|d| DimensionView {
            values: values
                .iter()
                .filter(|v| v.dimension_id == d.id)
                .map(|v| DimensionValueView {
                    code: v.code.clone(),
                    name: v.name.clone(),
                })
                .collect(),
            code: d.code,
            name: d.name,
        })
        .collect())
}

/// `GET /api/v1/plans/{plan}/indicators/{code}?year=Y`: everything about one indicator.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators/{code}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"), YearParams),
    responses((status = 200, body = IndicatorDetail), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn get_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<Tagged<IndicatorDetail>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let ind = super::indicator_or_404(&st.db, &plan, &code).await?;
    let year = plan_year(&plan, p.year).map_err(|r| AppError::field("year", r))?;
    let ev = st.evaluations.evaluate(&st.db, plan, year).await?;
    let node = ev.nodes.iter().find(|n| n.id == ind.node_id);
    let unit_codes = units::codes(&st.db).await?;
    let plan_codes: HashMap<i32, String> = plans::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    // `later` names the relation between the two: the one whose predecessor the link describes.
    let link = |i: &indicators::Model, later: &indicators::Model| SeriesLink {
        plan: plan_codes.get(&i.plan_id).cloned().unwrap_or_default(),
        code: i.code.clone(),
        relation: later.predecessor_relation.clone(),
        continues_series: cycles::continues_series(later),
    };
    let predecessor = match ind.predecessor_id {
        Some(id) => indicators::Entity::find_by_id(id)
            .one(&st.db)
            .await?
            .map(|p| link(&p, &ind)),
        None => None,
    };
    let successors = indicators::Entity::find()
        .filter(indicators::Column::PredecessorId.eq(ind.id))
        .order_by_asc(indicators::Column::Id)
        .all(&st.db)
        .await?
        .iter()
        .map(|s| link(s, s))
        .collect();
    let milestones = indicator_milestones::Entity::find()
        .filter(indicator_milestones::Column::IndicatorId.eq(ind.id))
        .order_by_asc(indicator_milestones::Column::Year)
        .all(&st.db)
        .await?
        .into_iter()
        .map(|m| MilestoneView {
            indicator: ind.code.clone(),
            year: m.year,
            value: m.value.to_decimal(),
            version: m.version,
        })
        .collect();
    let history = revisions::of_indicator(&st.db, ind.id).await?;
    let assessment = ev
        .assessments
        .get(&ind.id)
        .cloned()
        .ok_or_else(|| AppError::Internal(format!("indicator {code} missing from its plan's evaluation")))?;
    let detail = IndicatorDetail {
        indicator: IndicatorCore::new(
            &ind,
            node.map_or(("", ""), |n| (n.code.as_str(), n.level.as_str())),
            unit_codes.get(&ind.owner_unit_id).map_or("", String::as_str),
        ),
        plan: ev.plan.code.clone(),
        definition: ind.definition.clone(),
        frequency: ind.frequency.clone(),
        data_source: ind.data_source.clone(),
        milestones,
        predecessor,
        successors,
        mandates: crate::api::nodes::linked_mandates(&st.db, mandate_links::Column::IndicatorId, ind.id).await?,
        dimensions: dimensions_of(&st.db, ind.id).await?,
        sdg_tags: crate::models::indicators::split_tags(&ind.sdg_tags),
        wsis_tags: crate::models::indicators::split_tags(&ind.wsis_tags),
        year,
        assessment,
        has_measurements: crate::models::indicators::has_measurements(&st.db, ind.id).await?,
        revised_fields: revised_fields(&history),
        revisions: history.iter().map(|r| RevisionView::new(r, &ind.code)).collect(),
        provenance: ind.provenance.clone(),
        source: ind.source.clone(),
    };
    Ok(Tagged(ind.version, detail))
}
