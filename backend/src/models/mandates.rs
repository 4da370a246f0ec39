//! Mandates (resolutions, decisions, SDG targets, WSIS action lines) and their links to result nodes
//! and indicators: everyone reads them; the Secretary-General's office adds and removes links.

use crate::auth::Actor;
use crate::entities::mandate_links;
use crate::entities::mandates::{self, Column};
use crate::error::{AppError, AppResult, FieldErrors, Said};
use crate::models::paging::{PageParams, contains, paginate};
use crate::models::plans::plan_by_code;
use crate::models::{audit, transactions};
use crate::policy::{Action, authorize};
use sea_orm::sea_query::{ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};
use serde::{Deserialize, Serialize};

/// A mandate as stored.
pub type Mandate = mandates::Model;

/// One page of mandates: the items, the total, the page and its size.
pub type MandatePage = (Vec<Mandate>, u64, u64, u64);

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

/// Which node or indicator of which plan a link hangs on, by codes.
#[derive(Clone, Copy, Debug)]
pub enum Owner<'a> {
    /// A result node: plan code, node code.
    Node(&'a str, &'a str),
    /// An indicator: plan code, indicator code.
    Indicator(&'a str, &'a str),
}

/// The owner resolved: the link column, the owner's id, how the audit log names it (English) and how a
/// refusal does (in any language).
struct Resolved {
    column: mandate_links::Column,
    id: i32,
    what: String,
    said: Said,
    node: bool,
}

impl Owner<'_> {
    async fn resolve(self, db: &impl ConnectionTrait) -> AppResult<Resolved> {
        Ok(match self {
            Owner::Node(plan, code) => {
                let plan = plan_by_code(db, plan).await?;
                let node = crate::models::nodes::node_or_404(db, &plan, code).await?;
                Resolved {
                    column: mandate_links::Column::NodeId,
                    id: node.id,
                    what: format!("node {code}"),
                    said: Said::new("said-what-node-code", [("code", code.into())]),
                    node: true,
                }
            }
            Owner::Indicator(plan, code) => {
                let plan = plan_by_code(db, plan).await?;
                let ind = crate::models::indicators::indicator_or_404(db, &plan, code).await?;
                Resolved {
                    column: mandate_links::Column::IndicatorId,
                    id: ind.id,
                    what: format!("indicator {code}"),
                    said: Said::new("said-what-indicator-code", [("code", code.into())]),
                    node: false,
                }
            }
        })
    }
}

/// Mandates (any signed-in user): all of them, or those `owner` refers to; filtered, sorted and paged.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    owner: Option<Owner<'_>>,
    p: MandateListParams,
) -> AppResult<MandatePage> {
    authorize(actor, Action::Read)?;
    let owner = match owner {
        Some(o) => Some(o.resolve(db).await?),
        None => None,
    };
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
    if let Some(o) = owner {
        select = select.filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(mandate_links::Column::MandateId)
                    .from(mandate_links::Entity)
                    .and_where(o.column.eq(o.id))
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
    paginate(db, select, &params, sortable, Column::Vocabulary, Column::Id).await
}

/// Links `owner` to the mandate named in `body` (admin); the link is audited. Returns the mandate.
pub async fn add(
    db: &DatabaseConnection,
    actor: &Actor,
    owner: Owner<'_>,
    body: &AddMandateLink,
) -> AppResult<Mandate> {
    authorize(actor, Action::Administer)?;
    owner.resolve(db).await?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let mandate = add_in(&txn, actor, owner, body).await?;
    transactions::commit(txn, turn).await?;
    Ok(mandate)
}

/// [`add`] inside the caller's write transaction `txn` (the framework workbook): the same checks and
/// audit entry.
pub async fn add_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    owner: Owner<'_>,
    body: &AddMandateLink,
) -> AppResult<Mandate> {
    authorize(actor, Action::Administer)?;
    let owner = owner.resolve(txn).await?;
    let mut errs = FieldErrors::default();
    errs.check(
        "vocabulary",
        crate::models::indicators::one_of(&body.vocabulary, VOCABULARIES),
    );
    errs.finish()?;
    let mandate = mandates::Entity::find()
        .filter(Column::Vocabulary.eq(&body.vocabulary))
        .filter(Column::Code.eq(&body.code))
        .one(txn)
        .await?
        .ok_or_else(|| {
            AppError::field(
                "code",
                Said::new(
                    "said-no-mandate",
                    [("vocabulary", (&body.vocabulary).into()), ("code", (&body.code).into())],
                ),
            )
        })?;
    let exists = mandate_links::Entity::find()
        .filter(mandate_links::Column::MandateId.eq(mandate.id))
        .filter(owner.column.eq(owner.id))
        .one(txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(Said::new(
            "said-mandate-linked",
            [
                ("owner", owner.said.into()),
                ("vocabulary", (&body.vocabulary).into()),
                ("code", (&body.code).into()),
            ],
        )));
    }
    let is_node = owner.node;
    let row = mandate_links::ActiveModel {
        mandate_id: Set(mandate.id),
        node_id: Set(is_node.then_some(owner.id)),
        indicator_id: Set((!is_node).then_some(owner.id)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Some(actor),
        "create",
        "mandate_link",
        row.id,
        None,
        Some(&row),
        &owner.what,
    )
    .await?;
    Ok(mandate)
}

/// Removes the link of `owner` to mandate `vocabulary` `code` (admin); 404 when there is none.
pub async fn remove(
    db: &DatabaseConnection,
    actor: &Actor,
    owner: Owner<'_>,
    (vocabulary, code): (&str, &str),
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    owner.resolve(db).await?;
    let (txn, turn) = transactions::begin_write(db).await?;
    remove_in(&txn, actor, owner, (vocabulary, code)).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`remove`] inside the caller's write transaction `txn` (the framework workbook): the same audit
/// entry.
pub async fn remove_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    owner: Owner<'_>,
    (vocabulary, code): (&str, &str),
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let owner = owner.resolve(txn).await?;
    let link = mandate_links::Entity::find()
        .inner_join(mandates::Entity)
        .filter(Column::Vocabulary.eq(vocabulary))
        .filter(Column::Code.eq(code))
        .filter(owner.column.eq(owner.id))
        .one(txn)
        .await?
        .ok_or_else(|| {
            AppError::not_found(Said::new(
                "said-what-mandate-link",
                [
                    ("owner", owner.said.clone().into()),
                    ("vocabulary", vocabulary.into()),
                    ("code", code.into()),
                ],
            ))
        })?;
    mandate_links::Entity::delete_by_id(link.id).exec(txn).await?;
    audit::record(
        txn,
        Some(actor),
        "delete",
        "mandate_link",
        link.id,
        Some(&link),
        None,
        &owner.what,
    )
    .await?;
    Ok(())
}

/// Mandates linked to the indicator `indicator_id`, ordered by vocabulary and code.
pub async fn of_indicator(db: &impl ConnectionTrait, indicator_id: i32) -> Result<Vec<Mandate>, DbErr> {
    mandates::Entity::find()
        .inner_join(mandate_links::Entity)
        .filter(mandate_links::Column::IndicatorId.eq(indicator_id))
        .order_by_asc(Column::Vocabulary)
        .order_by_asc(Column::Code)
        .all(db)
        .await
}

/// What the mandates `ids` are linked to in one plan: node codes and indicator codes, each sorted.
#[derive(Debug, Default, Clone)]
pub struct Uses {
    /// Codes of the plan's result nodes that refer to the mandate.
    pub nodes: Vec<String>,
    /// Codes of the plan's indicators that refer to the mandate.
    pub indicators: Vec<String>,
}

/// The nodes and indicators of plan `plan` linked to each of the mandates `ids` (any signed-in user).
pub async fn uses(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &str,
    ids: &[i32],
) -> AppResult<std::collections::HashMap<i32, Uses>> {
    use crate::entities::indicators;
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, plan).await?;
    let links = mandate_links::Entity::find()
        .filter(mandate_links::Column::MandateId.is_in(ids.to_vec()))
        .all(db)
        .await?;
    let nodes = crate::models::nodes::codes(db, plan.id).await?;
    let inds: std::collections::HashMap<i32, String> = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(plan.id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.code))
        .collect();
    let mut out: std::collections::HashMap<i32, Uses> = std::collections::HashMap::new();
    for l in links {
        let u = out.entry(l.mandate_id).or_default();
        if let Some(c) = l.node_id.and_then(|n| nodes.get(&n)) {
            u.nodes.push(c.clone());
        }
        if let Some(c) = l.indicator_id.and_then(|i| inds.get(&i)) {
            u.indicators.push(c.clone());
        }
    }
    for u in out.values_mut() {
        u.nodes.sort();
        u.indicators.sort();
    }
    Ok(out)
}
