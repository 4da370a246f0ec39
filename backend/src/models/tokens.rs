//! API tokens: shown once at creation, stored as a sha256 digest, revocable, optionally expiring.

use crate::auth::secrets;
use crate::entities::api_tokens;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};

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
