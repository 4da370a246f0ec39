//! Reading the audit log (the Secretary-General's office): entries newest first, filtered by record,
//! actor and time, and one entry. Nothing changes or deletes an entry.

use crate::auth::Actor;
use crate::entities::{audit_log, users};
use crate::error::{AppError, AppResult, FieldError};
use crate::models::paging::{Page, PageParams};
use crate::policy::{Action, authorize};
use chrono::{DateTime, FixedOffset, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

/// An audit entry as stored.
pub type Entry = audit_log::Model;

/// Filters and paging of the audit log (always newest first).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditListParams {
    /// Kind of record, e.g. `finance_line`, `risk`, `plan`.
    pub entity_type: Option<String>,
    /// The record's id or code.
    pub entity_id: Option<String>,
    /// The actor's user id or email.
    pub actor: Option<String>,
    /// From this date (`2028-01-01`, from midnight UTC) or instant (RFC 3339), inclusive.
    pub from: Option<String>,
    /// Up to this date (the whole day, UTC) or instant (RFC 3339), inclusive.
    pub to: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
}

/// A bound of the `from`/`to` filter: a date covers its whole UTC day.
fn bound(field: &str, text: &str, end: bool, errs: &mut Vec<FieldError>) -> Option<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t);
    }
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => {
            let day = if end { d.succ_opt()? } else { d };
            Some(day.and_hms_opt(0, 0, 0)?.and_utc().fixed_offset())
        }
        Err(_) => {
            errs.push(FieldError::new(field, crate::error::Said::new("said-date-or-time", [])));
            None
        }
    }
}

/// One page of audit entries, newest first, filtered by record, actor and time (admin only); every
/// bad filter is named.
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, p: &AuditListParams) -> AppResult<Page<Entry>> {
    authorize(actor, Action::ReadAudit)?;
    let (page, per_page) = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: None,
    }
    .resolve()?;
    let mut errs = Vec::new();
    let mut q = audit_log::Entity::find();
    if let Some(t) = &p.entity_type {
        q = q.filter(audit_log::Column::EntityType.eq(t.as_str()));
    }
    if let Some(id) = &p.entity_id {
        q = q.filter(audit_log::Column::EntityId.eq(id.as_str()));
    }
    if let Some(who) = p.actor.as_deref() {
        let id = match who.parse::<i32>() {
            Ok(id) => Some(id),
            Err(_) => users::Entity::find()
                .filter(users::Column::Email.eq(who))
                .one(db)
                .await?
                .map(|u| u.id),
        };
        match id {
            Some(id) => q = q.filter(audit_log::Column::ActorId.eq(id)),
            None => errs.push(FieldError::new(
                "actor",
                crate::error::Said::new("said-no-user-email", [("email", who.into())]),
            )),
        }
    }
    if let Some(t) = p.from.as_deref().and_then(|f| bound("from", f, false, &mut errs)) {
        q = q.filter(audit_log::Column::At.gte(t));
    }
    if let Some(t) = p.to.as_deref() {
        // A date covers its whole day: up to (not including) the next midnight; an instant is inclusive.
        let is_date = NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok();
        if let Some(b) = bound("to", t, true, &mut errs) {
            q = q.filter(if is_date {
                audit_log::Column::At.lt(b)
            } else {
                audit_log::Column::At.lte(b)
            });
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let paginator = q
        .order_by_desc(audit_log::Column::At)
        .order_by_desc(audit_log::Column::Id)
        .paginate(db, per_page);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// Audit entry `id` (admin only), or 404.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, id: i64) -> AppResult<Entry> {
    authorize(actor, Action::ReadAudit)?;
    audit_log::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::error::Said::new("said-what-audit-entry", [("id", id.into())])))
}

/// Every kind of record the log has entries for, in order (admin only).
pub async fn entity_types(db: &impl ConnectionTrait, actor: &Actor) -> AppResult<Vec<String>> {
    authorize(actor, Action::ReadAudit)?;
    Ok(audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::EntityType)
        .distinct()
        .order_by_asc(audit_log::Column::EntityType)
        .into_tuple()
        .all(db)
        .await?)
}
