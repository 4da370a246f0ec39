//! API tokens: shown once at creation, stored as a sha256 digest, revocable, optionally expiring. A user
//! lists, creates and revokes their own; an admin anyone's.

use crate::auth::{Actor, Role, secrets};
use crate::entities::{api_tokens, users};
use crate::error::{AppError, AppResult, FieldError};
use crate::models::{audit, transactions};
use crate::policy::{Action, authorize};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use serde::{Deserialize, Serialize};

/// Prefix of every token, so leaked tokens are recognisable in logs and scanners.
pub const PREFIX: &str = "stk_";

/// Creates a token for `user_id`; returns the plain token (to show once) and the stored row.
pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i32,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(String, api_tokens::Model), DbErr> {
    let plain = format!("{PREFIX}{}", secrets::random(40));
    let row = api_tokens::ActiveModel {
        user_id: Set(user_id),
        name: Set(name.to_owned()),
        prefix: Set(plain[..PREFIX.len() + 6].to_owned()),
        token_hash: Set(secrets::digest(&plain)),
        created_at: Set(Utc::now().into()),
        expires_at: Set(expires_at.map(Into::into)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((plain, row))
}

/// A token as listed: never the token or its hash, only a recognisable prefix.
// The doors list it, the audit log records it, and the API shows it as `TokenView`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = TokenView)]
pub struct TokenRecord {
    /// Id.
    pub id: i32,
    /// Owner.
    pub user_id: i32,
    /// Name given at creation.
    pub name: String,
    /// First characters of the token, to recognise it.
    pub prefix: String,
    /// Created (RFC 3339, UTC).
    pub created_at: String,
    /// Expiry, if any.
    pub expires_at: Option<String>,
    /// Revocation time, if revoked.
    pub revoked_at: Option<String>,
}

fn record(t: &api_tokens::Model) -> TokenRecord {
    let fmt =
        |d: &sea_orm::prelude::DateTimeWithTimeZone| d.to_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    TokenRecord {
        id: t.id,
        user_id: t.user_id,
        name: t.name.clone(),
        prefix: t.prefix.clone(),
        created_at: fmt(&t.created_at),
        expires_at: t.expires_at.as_ref().map(fmt),
        revoked_at: t.revoked_at.as_ref().map(fmt),
    }
}

/// The tokens of `user_id` (default: the actor's own; another user's for an admin only), oldest first.
pub async fn list(db: &DatabaseConnection, actor: &Actor, user_id: Option<i32>) -> AppResult<Vec<TokenRecord>> {
    let user_id = user_id.unwrap_or(actor.id);
    if user_id != actor.id {
        authorize(actor, Action::ManageUsers)?;
    }
    let rows = api_tokens::Entity::find()
        .filter(api_tokens::Column::UserId.eq(user_id))
        .order_by_asc(api_tokens::Column::Id)
        .all(db)
        .await?;
    Ok(rows.iter().map(record).collect())
}

/// A new token.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateToken {
    /// What the token is for, e.g. "nightly import".
    #[schema(max_length = 100)]
    pub name: String,
    /// Days until it expires (1..=3650); omitted: never.
    pub expires_in_days: Option<i64>,
    /// Create for another user (admin only).
    pub user_id: Option<i32>,
}

fn check(b: &CreateToken) -> AppResult<()> {
    let mut errs = Vec::new();
    if b.name.trim().is_empty() {
        errs.push(FieldError::new("name", crate::error::Said::required()));
    }
    if let Some(d) = b.expires_in_days
        && !(1..=3650).contains(&d)
    {
        errs.push(FieldError::new("expires_in_days", super::checks::between(1, 3650)));
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Creates a token (for oneself; an admin for anyone); returns the plain token, shown once, and its
/// record.
pub async fn create_token(db: &DatabaseConnection, actor: &Actor, b: &CreateToken) -> AppResult<(String, TokenRecord)> {
    crate::limits::enforce(b)?;
    let user_id = b.user_id.unwrap_or(actor.id);
    if user_id != actor.id {
        authorize(actor, Action::ManageUsers)?;
    }
    check(b)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    if users::Entity::find_by_id(user_id).one(&txn).await?.is_none() {
        return Err(AppError::field(
            "user_id",
            crate::error::Said::new("said-no-user", [("id", i64::from(user_id).into())]),
        ));
    }
    let expires = b.expires_in_days.map(|d| Utc::now() + chrono::Duration::days(d));
    let (plain, row) = create(&txn, user_id, b.name.trim(), expires).await?;
    let v = record(&row);
    audit::created(&txn, Some(actor), "api_token", row.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((plain, v))
}

/// Revokes token `id` (its owner, or an admin): it stops working at once. Revoking a revoked token
/// changes nothing; another user's token is not found, so its id is not revealed.
pub async fn revoke(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let (txn, turn) = transactions::begin_write(db).await?;
    let t = api_tokens::Entity::find_by_id(id).one(&txn).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-token",
            [("id", i64::from(id).into())],
        ))
    })?;
    if t.user_id != actor.id && actor.role != Role::Admin {
        return Err(AppError::not_found(crate::error::Said::new(
            "said-what-token",
            [("id", i64::from(id).into())],
        )));
    }
    if t.revoked_at.is_none() {
        let before = record(&t);
        let mut am: api_tokens::ActiveModel = t.into();
        am.revoked_at = Set(Some(Utc::now().into()));
        let after = am.update(&txn).await?;
        audit::record(
            &txn,
            Some(actor),
            "revoke",
            "api_token",
            id,
            Some(&before),
            Some(&record(&after)),
            "",
        )
        .await?;
    }
    transactions::commit(txn, turn).await?;
    Ok(())
}
