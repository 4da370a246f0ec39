//! Counters of failed password checks, one row per key, taken atomically: a check first reserves a slot
//! with one guarded update (`failures = failures + 1 WHERE failures < limit`), so however many guesses
//! arrive at once, at most `limit` passwords are checked per key and window. A check that turns out right
//! gives its slot back ([`release`]) or clears the key ([`clear`]).

use crate::entities::login_throttles;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter};

/// What a key is counted for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key<'a> {
    /// Every failed login from one client address (any account).
    Addr(&'a str),
    /// Failed logins for one account from one client address: a guesser elsewhere never locks the
    /// rightful user out.
    AccountFromAddr {
        /// The (lower-cased) email tried.
        email: &'a str,
        /// The client address.
        addr: &'a str,
    },
    /// Wrong current passwords given by a logged-in user changing their password.
    PasswordChange(i32),
}

impl Key<'_> {
    fn text(&self) -> String {
        match self {
            Key::Addr(a) => format!("addr {a}"),
            Key::AccountFromAddr { email, addr } => format!("account {email} from {addr}"),
            Key::PasswordChange(id) => format!("password change {id}"),
        }
    }
}

/// Reserves one failure slot of `key` within the window; `Err(seconds)` says when the next slot frees
/// when all `limit` are taken.
pub async fn reserve(
    db: &impl ConnectionTrait,
    key: &Key<'_>,
    limit: u64,
    window: chrono::Duration,
) -> Result<Result<(), i64>, DbErr> {
    let key = key.text();
    let now = Utc::now();
    login_throttles::Entity::insert(login_throttles::ActiveModel {
        key: Set(key.clone()),
        failures: Set(0),
        window_started_at: Set(now.into()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(db)
    .await?;
    // A window that has passed starts again; the guard on the start time makes a second request doing
    // the same at the same moment a no-op.
    login_throttles::Entity::update_many()
        .col_expr(login_throttles::Column::Failures, Expr::value(0i64))
        .col_expr(
            login_throttles::Column::WindowStartedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(login_throttles::Column::Key.eq(&key))
        .filter(login_throttles::Column::WindowStartedAt.lte(now - window))
        .exec(db)
        .await?;
    let taken = login_throttles::Entity::update_many()
        .col_expr(
            login_throttles::Column::Failures,
            Expr::col(login_throttles::Column::Failures).add(1i64),
        )
        .filter(login_throttles::Column::Key.eq(&key))
        .filter(login_throttles::Column::Failures.lt(i64::try_from(limit).unwrap_or(i64::MAX)))
        .exec(db)
        .await?
        .rows_affected;
    if taken == 1 {
        return Ok(Ok(()));
    }
    let started: DateTime<Utc> = login_throttles::Entity::find_by_id(key)
        .one(db)
        .await?
        .map_or(now, |r| r.window_started_at.to_utc());
    Ok(Err(Ord::max((started + window - now).num_seconds(), 1)))
}

/// Gives back a slot reserved for a check that succeeded.
pub async fn release(db: &impl ConnectionTrait, key: &Key<'_>) -> Result<(), DbErr> {
    login_throttles::Entity::update_many()
        .col_expr(
            login_throttles::Column::Failures,
            Expr::col(login_throttles::Column::Failures).sub(1i64),
        )
        .filter(login_throttles::Column::Key.eq(key.text()))
        .filter(login_throttles::Column::Failures.gt(0i64))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets the failures of `key` (after the rightful user proved who they are).
pub async fn clear(db: &impl ConnectionTrait, key: &Key<'_>) -> Result<(), DbErr> {
    login_throttles::Entity::delete_by_id(key.text()).exec(db).await?;
    Ok(())
}
