//! Reading and marking one's own notices: the list (newest first, paged), the unread count of the
//! header, and marking one or all as read. Nobody reads or marks another user's notices.

use crate::auth::Actor;
use crate::entities::notifications;
use crate::error::{AppError, AppResult};
use crate::models::paging::{Page, PageParams};
use crate::models::transactions::{WorkFuture, Writer};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

/// A notice as stored.
pub type Notice = notifications::Model;

/// The name under which [`unread_column`] is selected.
pub const UNREAD_COLUMN: &str = "unread_notices";

/// The count of unread notices of the user in column `user_id` (e.g. `sessions.user_id`) as one more
/// column of a query made anyway (select it as [`UNREAD_COLUMN`], read it with [`unread_of_row`]): the
/// session lookup carries it, so a page's header costs no query of its own.
pub fn unread_column(user_id: &str) -> sea_orm::sea_query::SimpleExpr {
    Expr::cust(format!(
        "(SELECT COUNT(*) FROM notifications WHERE notifications.user_id = {user_id} \
         AND notifications.read_at IS NULL)"
    ))
}

/// The count selected by [`unread_column`] in `row`.
pub fn unread_of_row(row: &sea_orm::QueryResult) -> Result<u64, sea_orm::DbErr> {
    let n = row.try_get::<i64>("", UNREAD_COLUMN)?;
    u64::try_from(n).map_err(|_| sea_orm::DbErr::Custom(format!("a count of {n} unread notices")))
}

/// How many of `actor`'s notices are unread: the count read with their session when the request
/// changes nothing ([`crate::auth::Actor::unread`]), otherwise counted now.
pub async fn unread_count(db: &impl ConnectionTrait, actor: &Actor) -> AppResult<u64> {
    if let Some(n) = actor.unread {
        return Ok(n);
    }
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(actor.id))
        .filter(notifications::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// One page of `actor`'s notices, newest first (only the unread ones when `unread_only`).
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    params: &PageParams,
    unread_only: bool,
) -> AppResult<Page<Notice>> {
    let (page, per_page) = params.resolve()?;
    let mut q = notifications::Entity::find().filter(notifications::Column::UserId.eq(actor.id));
    if unread_only {
        q = q.filter(notifications::Column::ReadAt.is_null());
    }
    let paginator = q.order_by_desc(notifications::Column::Id).paginate(db, per_page);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// Which notices to mark read.
#[derive(Debug, Clone, Copy)]
pub enum Which {
    /// Notice `id` (404 unless it is the actor's).
    One(i32),
    /// Every unread notice of the actor.
    All,
}

/// Marks `which` of `actor`'s notices read; returns how many changed. A notice is the reader's own
/// state, not data of the plan: it is not written to the audit log.
pub async fn mark_read(writer: &Writer, actor: &Actor, which: Which) -> AppResult<u64> {
    writer.run((actor.id, which), mark).await
}

fn mark<'a>(txn: &'a DatabaseTransaction, input: &'a (i32, Which)) -> WorkFuture<'a, u64> {
    Box::pin(async move {
        let (user, which) = *input;
        let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
        let mut q = notifications::Entity::update_many()
            .col_expr(notifications::Column::ReadAt, Expr::value(now))
            .filter(notifications::Column::UserId.eq(user))
            .filter(notifications::Column::ReadAt.is_null());
        if let Which::One(id) = which {
            let own = notifications::Entity::find_by_id(id)
                .filter(notifications::Column::UserId.eq(user))
                .one(txn)
                .await?;
            if own.is_none() {
                return Err(AppError::not_found(crate::error::Said::new(
                    "said-what-notice",
                    [("id", i64::from(id).into())],
                )));
            }
            q = q.filter(notifications::Column::Id.eq(id));
        }
        Ok(q.exec(txn).await?.rows_affected)
    })
}
