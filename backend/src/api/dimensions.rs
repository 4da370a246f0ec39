//! Disaggregation dimensions (sex, ITU region …) with their values, read only.

use super::common::{ApiQuery, Page, PageParams, paginate};
use crate::auth::Actor;
use crate::entities::dimension_values;
use crate::entities::dimensions::{self, Column};
use crate::error::{AppResult, Problem};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::indicators::{DimensionValueView, DimensionView};
use axum::extract::State;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_dimensions))
}

/// Paging and sorting of the dimension list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DimensionListParams {
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code or name; prefix `-` for descending. Default code.
    pub sort: Option<String>,
}

/// `GET /api/v1/dimensions`: every dimension with its values in display order.
#[utoipa::path(get, path = "/api/v1/dimensions", tag = "dimensions", params(DimensionListParams),
    responses((status = 200, body = Page<DimensionView>), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn list_dimensions(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<DimensionListParams>,
) -> AppResult<axum::Json<Page<DimensionView>>> {
    authorize(&actor, Action::Read)?;
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "code" => Some(Column::Code),
        "name" => Some(Column::Name),
        _ => None,
    };
    let (dims, total, page, per_page) = paginate(
        &st.db,
        dimensions::Entity::find(),
        &params,
        sortable,
        Column::Code,
        Column::Id,
    )
    .await?;
    let values = dimension_values::Entity::find()
        .filter(dimension_values::Column::DimensionId.is_in(dims.iter().map(|d| d.id)))
        .order_by_asc(dimension_values::Column::SortOrder)
        .order_by_asc(dimension_values::Column::Code)
        .all(&st.db)
        .await?;
    let items = dims
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
        .collect();
    Ok(axum::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}
