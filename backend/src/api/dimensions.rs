//! Disaggregation dimensions (sex, ITU region …) with their values, read only.

use super::common::{ApiQuery, Page, PageParams};
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::dimensions;
use crate::models::translations;
use crate::state::AppState;
use crate::views::indicators::DimensionView;
use axum::extract::State;
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
    responses((status = 200, body = Page<DimensionView>)))]
pub async fn list_dimensions(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<DimensionListParams>,
) -> AppResult<axum::Json<Page<DimensionView>>> {
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let (dims, total, page, per_page) = dimensions::list(&st.db, &actor, &params).await?;
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    Ok(axum::Json(Page {
        items: dims.iter().map(|d| DimensionView::localized(d, &lookup)).collect(),
        total,
        page,
        per_page,
    }))
}
