//! Mandates (resolutions, decisions, SDG targets, WSIS action lines) and their links to result nodes
//! and indicators. Everyone reads them; the Secretary-General's office adds and removes links.

mod links;

use crate::api::common::{ApiQuery, FieldErrors, Page, PageParams, contains, paginate};
use crate::auth::Actor;
use crate::entities::mandate_links;
use crate::entities::mandates::{self, Column};
use crate::error::{AppError, AppResult, Problem};
use crate::models::audit;
use crate::models::transactions;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::MandateView;
use axum::extract::State;
use axum::http::StatusCode;
use sea_orm::sea_query::{ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_mandates))
        .routes(routes!(links::list_node_mandates, links::add_node_mandate))
        .routes(routes!(links::remove_node_mandate))
        .routes(routes!(links::list_indicator_mandates, links::add_indicator_mandate))
        .routes(routes!(links::remove_indicator_mandate))
}

/// Filters, paging and sorting of a mandate list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MandateListParams {
    /// Only this vocabulary: resolution, decision, sdg or wsis.
    pub vocabulary: Option<String>,
    /// Text searched in code and title, ignoring case.
    pub q: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// vocabulary, code or title; prefix `-` for descending. Default vocabulary.
    pub sort: Option<String>,
}

/// A mandate to link, by vocabulary and code.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddMandateLink {
    /// resolution, decision, sdg or wsis.
    #[schema(max_length = 64)]
    pub vocabulary: String,
    /// Code within the vocabulary, e.g. `71` or `9.c`.
    #[schema(max_length = 64)]
    pub code: String,
}

/// The vocabularies a mandate belongs to.
const VOCABULARIES: &[&str] = &["resolution", "decision", "sdg", "wsis"];

/// Which node or indicator a link hangs on.
#[derive(Clone, Copy)]
pub(super) enum Owner {
    /// A result node, by id.
    Node(i32),
    /// An indicator, by id.
    Indicator(i32),
}

impl Owner {
    fn column(self) -> (mandate_links::Column, i32) {
        match self {
            Owner::Node(id) => (mandate_links::Column::NodeId, id),
            Owner::Indicator(id) => (mandate_links::Column::IndicatorId, id),
        }
    }
}

pub(super) async fn list(
    db: &impl ConnectionTrait,
    p: MandateListParams,
    owner: Option<Owner>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    let mut errs = FieldErrors::default();
    if let Some(v) = &p.vocabulary {
        errs.check("vocabulary", crate::models::indicators::one_of(v, VOCABULARIES));
    }
    errs.finish()?;
    let mut select = mandates::Entity::find();
    if let Some(v) = &p.vocabulary {
        select = select.filter(Column::Vocabulary.eq(v.as_str()));
    }
    if let Some(q) = p.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        select = select.filter(contains(Column::Code, q).or(contains(Column::Title, q)));
    }
    if let Some(owner) = owner {
        let (col, id) = owner.column();
        select = select.filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(mandate_links::Column::MandateId)
                    .from(mandate_links::Entity)
                    .and_where(col.eq(id))
                    .to_owned(),
            ),
        );
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "vocabulary" => Some(Column::Vocabulary),
        "code" => Some(Column::Code),
        "title" => Some(Column::Title),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(db, select, &params, sortable, Column::Vocabulary, Column::Id).await?;
    Ok(axum::Json(Page {
        items: rows.iter().map(MandateView::from).collect(),
        total,
        page,
        per_page,
    }))
}

pub(super) async fn add(
    db: &sea_orm::DatabaseConnection,
    actor: &Actor,
    owner: Owner,
    what: &str,
    body: &AddMandateLink,
) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
    let mut errs = FieldErrors::default();
    errs.check(
        "vocabulary",
        crate::models::indicators::one_of(&body.vocabulary, VOCABULARIES),
    );
    errs.finish()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let mandate = mandates::Entity::find()
        .filter(Column::Vocabulary.eq(&body.vocabulary))
        .filter(Column::Code.eq(&body.code))
        .one(&txn)
        .await?
        .ok_or_else(|| {
            AppError::field(
                "code",
                format!("no {} mandate has code `{}`", body.vocabulary, body.code),
            )
        })?;
    let (col, id) = owner.column();
    let exists = mandate_links::Entity::find()
        .filter(mandate_links::Column::MandateId.eq(mandate.id))
        .filter(col.eq(id))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::Conflict(format!(
            "{what} already refers to {} {}",
            body.vocabulary, body.code
        )));
    }
    let (node_id, indicator_id) = match owner {
        Owner::Node(n) => (Some(n), None),
        Owner::Indicator(i) => (None, Some(i)),
    };
    let row = mandate_links::ActiveModel {
        mandate_id: Set(mandate.id),
        node_id: Set(node_id),
        indicator_id: Set(indicator_id),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(actor),
        "create",
        "mandate_link",
        row.id,
        None,
        Some(&row),
        what,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, axum::Json(MandateView::from(&mandate))))
}

pub(super) async fn remove(
    db: &sea_orm::DatabaseConnection,
    actor: &Actor,
    owner: Owner,
    what: &str,
    vocabulary: &str,
    code: &str,
) -> AppResult<StatusCode> {
    let (txn, turn) = transactions::begin_write(db).await?;
    let (col, id) = owner.column();
    let link = mandate_links::Entity::find()
        .inner_join(mandates::Entity)
        .filter(Column::Vocabulary.eq(vocabulary))
        .filter(Column::Code.eq(code))
        .filter(col.eq(id))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("a link from {what} to {vocabulary} {code}")))?;
    mandate_links::Entity::delete_by_id(link.id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "delete",
        "mandate_link",
        link.id,
        Some(&link),
        None,
        what,
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/mandates`: the instruments results and indicators can refer to.
#[utoipa::path(get, path = "/api/v1/mandates", tag = "mandates", params(MandateListParams),
    responses((status = 200, body = Page<MandateView>), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn list_mandates(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    authorize(&actor, Action::Read)?;
    list(&st.db, p, None).await
}
