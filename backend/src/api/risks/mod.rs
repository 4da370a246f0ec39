//! `/api/v1/plans/{plan}/risks`: the risk register linked to result nodes. Everyone reads; the admin
//! creates, deletes and links; the owner unit's planner updates status, mitigation and review date of
//! their unit's risks (see [`crate::models::risks`]).

pub mod links;
pub mod read;
pub mod write;

use crate::entities::{plans, risk_links, risks};
use crate::error::{AppError, AppResult};
use crate::models::refs;
use crate::state::AppState;
use crate::views::risks::RiskView;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use std::collections::HashMap;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read::list_risks, write::create_risk))
        .routes(routes!(read::get_risk, write::update_risk, write::delete_risk))
        .routes(routes!(links::create_risk_link))
        .routes(routes!(links::delete_risk_link))
}

/// A new risk. `code`, `title`, `category`, `likelihood`, `impact` and `owner` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRisk {
    /// Code, unique in the plan (e.g. `RSK-12`).
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Title.
    #[schema(max_length = 500)]
    pub title: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// strategic, financial, operational, reputational, compliance or security.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// 1..=5.
    pub likelihood: Option<i32>,
    /// 1..=5.
    pub impact: Option<i32>,
    /// Mitigation.
    #[schema(max_length = 10000)]
    pub mitigation: Option<String>,
    /// Owner org unit code.
    #[schema(max_length = 64)]
    pub owner: Option<String>,
    /// open (default), mitigating or closed.
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Date of the last review (default today, UTC).
    pub reviewed_on: Option<NaiveDate>,
    /// Codes of result nodes of the plan the risk threatens.
    pub nodes: Option<Vec<String>>,
}

/// Changes to a risk; absent fields stay as they are. The owner unit's planner may send only `status`,
/// `mitigation` and `reviewed_on`.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRisk {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Code.
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Title.
    #[schema(max_length = 500)]
    pub title: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// Category.
    #[schema(max_length = 64)]
    pub category: Option<String>,
    /// 1..=5.
    pub likelihood: Option<i32>,
    /// 1..=5.
    pub impact: Option<i32>,
    /// Mitigation.
    #[schema(max_length = 10000)]
    pub mitigation: Option<String>,
    /// Owner org unit code.
    #[schema(max_length = 64)]
    pub owner: Option<String>,
    /// open, mitigating or closed.
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Date of the last review.
    pub reviewed_on: Option<NaiveDate>,
}

/// The risk `risk` (by code) of `plan`, or 404.
pub async fn risk_or_404(db: &impl ConnectionTrait, plan: &plans::Model, risk: &str) -> AppResult<risks::Model> {
    risks::Entity::find()
        .filter(risks::Column::PlanId.eq(plan.id))
        .filter(risks::Column::Code.eq(risk))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("risk {risk} of plan {}", plan.code)))
}

/// Views of `rows`, with owner codes and linked node codes.
pub async fn views(db: &impl ConnectionTrait, plan: &plans::Model, rows: &[risks::Model]) -> AppResult<Vec<RiskView>> {
    let links = risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let nodes = refs::nodes_by_id(db, plan.id).await?;
    let units = crate::models::units::codes(db).await?;
    let mut linked: HashMap<i32, Vec<String>> = HashMap::new();
    for l in links {
        if let Some(n) = nodes.get(&l.node_id) {
            linked.entry(l.risk_id).or_default().push(n.code.clone());
        }
    }
    Ok(rows
        .iter()
        .map(|r| {
            let owner = units.get(&r.owner_unit_id).map_or("", String::as_str);
            RiskView::new(r, &plan.code, owner, linked.remove(&r.id).unwrap_or_default())
        })
        .collect())
}

/// The view of one risk.
pub async fn view(db: &impl ConnectionTrait, plan: &plans::Model, r: &risks::Model) -> AppResult<RiskView> {
    Ok(views(db, plan, std::slice::from_ref(r)).await?.remove(0))
}
