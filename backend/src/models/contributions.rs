//! Contribution links of a plan: which node contributes to which (an outcome to a goal, say), with an
//! optional weight in 0..1. Everyone reads them; the Secretary-General's office changes them.

use crate::auth::Actor;
use crate::entities::contribution_links::{self, Column};
use crate::entities::result_nodes;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::nodes::{self, ContributionView};
use crate::models::paging::{PageParams, paginate};
use crate::models::patching::{Claim, nullable};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{audit, transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, ModelTrait, QueryFilter,
};
use serde::Deserialize;
use std::collections::HashMap;

/// A contribution link as stored.
pub type Contribution = contribution_links::Model;

/// A link with the codes of the plan's nodes, to name its ends.
#[derive(Debug)]
pub struct Named {
    /// The link.
    pub link: Contribution,
    /// Node codes by id.
    pub codes: HashMap<i32, String>,
}

/// One page of links with the node codes: the items, the codes, the total, the page and its size.
pub type ContributionPage = (Vec<Contribution>, HashMap<i32, String>, u64, u64, u64);

/// Filters, paging and sorting of the contribution list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ContributionListParams {
    /// Only links from this node (code).
    pub from: Option<String>,
    /// Only links to this node (code).
    pub to: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// id or weight; prefix `-` for descending. Default id.
    pub sort: Option<String>,
}

/// A new contribution link.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateContribution {
    /// Code of the contributing node.
    #[schema(max_length = 64)]
    pub from: String,
    /// Code of the node it contributes to.
    #[schema(max_length = 64)]
    pub to: String,
    /// Share of the contribution, 0..1 (decimal string or number).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub weight: Option<Fixed>,
}

/// A change of a link's weight.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateContribution {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// New weight, 0..1; `null` clears it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub weight: Option<Option<Fixed>>,
}

fn check_weight(errs: &mut FieldErrors, w: Option<Fixed>) {
    if let Some(w) = w
        && !(Fixed::ZERO..=Fixed::from_raw(10_000)).contains(&w)
    {
        errs.push(
            "weight",
            crate::error::Said::new("said-outside-0-1", [("value", w.to_string().into())]),
        );
    }
}

/// Looks up the node `code` for field `field`, naming it when unknown.
async fn node_field(
    db: &impl ConnectionTrait,
    plan: &Plan,
    errs: &mut FieldErrors,
    field: &str,
    code: &str,
) -> AppResult<Option<result_nodes::Model>> {
    let n = crate::models::codes::node_by_code(db, plan.id, code).await?;
    if n.is_none() {
        errs.push(
            field,
            crate::error::Said::new(
                "said-plan-no-node",
                [("plan", plan.code.as_str().into()), ("code", code.to_string().into())],
            ),
        );
    }
    Ok(n)
}

/// The link `id` if it belongs to `plan`, else 404.
async fn link_or_404(db: &impl ConnectionTrait, plan: &Plan, id: i32) -> AppResult<Contribution> {
    let link = contribution_links::Entity::find_by_id(id).one(db).await?;
    let from = match &link {
        Some(l) => result_nodes::Entity::find_by_id(l.from_node_id).one(db).await?,
        None => None,
    };
    match (link, from) {
        (Some(l), Some(n)) if n.plan_id == plan.id => Ok(l),
        _ => Err(AppError::not_found(crate::error::Said::new(
            "said-what-contribution",
            [("id", i64::from(id).into()), ("plan", plan.code.clone().into())],
        ))),
    }
}

/// The plan's contribution links (any signed-in user), filtered by `from`/`to`, sorted and paged.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &str,
    p: ContributionListParams,
) -> AppResult<ContributionPage> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let mut errs = FieldErrors::default();
    let from = match &p.from {
        Some(c) => node_field(db, &plan, &mut errs, "from", c).await?,
        None => None,
    };
    let to = match &p.to {
        Some(c) => node_field(db, &plan, &mut errs, "to", c).await?,
        None => None,
    };
    errs.finish()?;
    let mut select = contribution_links::Entity::find().filter(
        Column::FromNodeId.in_subquery(
            Query::select()
                .column(result_nodes::Column::Id)
                .from(result_nodes::Entity)
                .and_where(result_nodes::Column::PlanId.eq(plan.id))
                .to_owned(),
        ),
    );
    if let Some(n) = from {
        select = select.filter(Column::FromNodeId.eq(n.id));
    }
    if let Some(n) = to {
        select = select.filter(Column::ToNodeId.eq(n.id));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "id" => Some(Column::Id),
        "weight" => Some(Column::Weight),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(db, select, &params, sortable, Column::Id, Column::Id).await?;
    let codes = nodes::codes(db, plan.id).await?;
    Ok((rows, codes, total, page, per_page))
}

/// The link `id` of plan `plan` (any signed-in user).
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, plan: &str, id: i32) -> AppResult<Named> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let link = link_or_404(db, &plan, id).await?;
    let codes = nodes::codes(db, plan.id).await?;
    Ok(Named { link, codes })
}

/// Links two nodes of plan `plan` (admin); a link that exists already is a conflict.
pub async fn create(db: &DatabaseConnection, actor: &Actor, plan: &str, body: CreateContribution) -> AppResult<Named> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let named = create_in(&txn, actor, &plan, body).await?;
    transactions::commit(txn, turn).await?;
    Ok(named)
}

/// [`create`] inside the caller's write transaction `txn` (the framework workbook): the same checks
/// and audit entry.
pub async fn create_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    body: CreateContribution,
) -> AppResult<Named> {
    authorize(actor, Action::Administer)?;
    let mut errs = FieldErrors::default();
    let from = node_field(txn, plan, &mut errs, "from", &body.from).await?;
    let to = node_field(txn, plan, &mut errs, "to", &body.to).await?;
    if body.from == body.to {
        errs.push("to", crate::error::Said::new("said-contribute-itself", []));
    }
    check_weight(&mut errs, body.weight);
    errs.finish()?;
    let (Some(from), Some(to)) = (from, to) else {
        return Err(AppError::Internal("checked nodes missing".into()));
    };
    let exists = contribution_links::Entity::find()
        .filter(Column::FromNodeId.eq(from.id))
        .filter(Column::ToNodeId.eq(to.id))
        .one(txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-already-contributes",
            [("from", from.code.clone().into()), ("to", to.code.clone().into())],
        )));
    }
    let row = contribution_links::ActiveModel {
        from_node_id: Set(from.id),
        to_node_id: Set(to.id),
        weight: Set(body.weight),
        provenance: Set("entered".to_owned()),
        version: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let codes: HashMap<i32, String> = [(from.id, from.code), (to.id, to.code)].into_iter().collect();
    audit::created(
        txn,
        Some(actor),
        "contribution_link",
        row.id,
        &ContributionView::new(&row, &codes),
    )
    .await?;
    Ok(Named { link: row, codes })
}

/// Changes the weight of link `id` (admin) at the version `claim` names (409/412 otherwise).
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    (plan, id): (&str, i32),
    claim: Claim,
    body: UpdateContribution,
) -> AppResult<Named> {
    authorize(actor, Action::Administer)?;
    let claimed = claim.resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let named = update_in(&txn, actor, &plan, id, Some(claimed), body).await?;
    transactions::commit(txn, turn).await?;
    Ok(named)
}

/// [`update`] inside the caller's write transaction `txn` (the framework workbook): the same checks
/// and audit entry. `claimed` is the version the client read; `None` takes the version current in
/// `txn`.
pub async fn update_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    id: i32,
    claimed: Option<(i32, bool)>,
    body: UpdateContribution,
) -> AppResult<Named> {
    authorize(actor, Action::Administer)?;
    let link = link_or_404(txn, plan, id).await?;
    if let Some(claimed) = claimed {
        crate::models::patching::check_version(claimed, link.version, stale_what(id))?;
    }
    let mut errs = FieldErrors::default();
    let mut am: contribution_links::ActiveModel = link.clone().into();
    if let Some(w) = body.weight {
        check_weight(&mut errs, w);
        am.weight = Set(w);
    }
    errs.finish()?;
    am.version = Set(link.version + 1);
    let updated = versioned::update(txn, am, link.id, link.version).await?;
    let codes = nodes::codes(txn, plan.id).await?;
    let (before, after) = (
        ContributionView::new(&link, &codes),
        ContributionView::new(&updated, &codes),
    );
    audit::updated(txn, Some(actor), "contribution_link", id, &before, &after).await?;
    Ok(Named { link: updated, codes })
}

/// Removes link `id` (admin); an `If-Match`, when sent, must name its current version.
pub async fn delete(db: &DatabaseConnection, actor: &Actor, (plan, id): (&str, i32), claim: Claim) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, plan).await?;
    let link = link_or_404(&txn, &plan, id).await?;
    claim.check_if_sent(link.version, stale_what(id))?;
    delete_in(&txn, actor, &plan, id).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`delete`] inside the caller's write transaction `txn` (the framework workbook), at the version
/// current in `txn`: the same audit entry.
pub async fn delete_in(txn: &DatabaseTransaction, actor: &Actor, plan: &Plan, id: i32) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let link = link_or_404(txn, plan, id).await?;
    let view = ContributionView::new(&link, &nodes::codes(txn, plan.id).await?);
    link.delete(txn).await?;
    audit::deleted(txn, Some(actor), "contribution_link", id, &view).await?;
    Ok(())
}

/// The id of the link from node `from` to node `to` (codes) of plan `plan`, if there is one.
pub async fn id_of(db: &impl ConnectionTrait, plan: &Plan, from: &str, to: &str) -> AppResult<Option<i32>> {
    let (Some(from), Some(to)) = (
        crate::models::codes::node_by_code(db, plan.id, from).await?,
        crate::models::codes::node_by_code(db, plan.id, to).await?,
    ) else {
        return Ok(None);
    };
    Ok(contribution_links::Entity::find()
        .filter(Column::FromNodeId.eq(from.id))
        .filter(Column::ToNodeId.eq(to.id))
        .one(db)
        .await?
        .map(|l| l.id))
}

/// How a stale version's refusal names link `id` (`contribution link 7`).
fn stale_what(id: i32) -> crate::error::Said {
    crate::error::Said::new("said-what-contribution-id", [("id", i64::from(id).into())])
}
