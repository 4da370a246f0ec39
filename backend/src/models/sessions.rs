//! Logging in: password check with throttling per account and per client address, and web sessions
//! stored in the database (so every stratrack process shares them).

use crate::auth::secrets;
use crate::entities::{login_attempts, sessions, users};
use crate::state::Config;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

/// Why a login was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginError {
    /// Wrong email or password (never says which).
    #[error("wrong email or password")]
    BadCredentials,
    /// Too many recent failures for this account or address.
    #[error("too many failed logins: try again in {minutes} minutes")]
    Throttled {
        /// Minutes until the window has passed.
        minutes: i64,
    },
}

/// A new session: the cookie value (shown once to the browser) and its CSRF token.
pub struct NewSession {
    /// The cookie value; only its digest is stored.
    pub cookie: String,
    /// CSRF token for state-changing requests made with this session.
    pub csrf: String,
    /// The user.
    pub user: users::Model,
}

async fn failures(
    db: &impl ConnectionTrait,
    col: login_attempts::Column,
    value: &str,
    cfg: &Config,
) -> Result<u64, DbErr> {
    login_attempts::Entity::find()
        .filter(col.eq(value))
        .filter(login_attempts::Column::Succeeded.eq(false))
        .filter(login_attempts::Column::At.gt(Utc::now() - cfg.throttle_window))
        .count(db)
        .await
}

/// Checks email and password; on success creates a session with a fresh id.
pub async fn login(
    db: &impl ConnectionTrait,
    cfg: &Config,
    email: &str,
    password: &str,
    client_addr: &str,
) -> Result<Result<NewSession, LoginError>, DbErr> {
    let email = email.trim().to_lowercase();
    let throttled = failures(db, login_attempts::Column::Email, &email, cfg).await? >= cfg.max_failures_per_account
        || failures(db, login_attempts::Column::ClientAddr, client_addr, cfg).await? >= cfg.max_failures_per_addr;
    if throttled {
        tracing::warn!(email = %email, client = %client_addr, "Login refused: throttled after repeated failures.");
        return Ok(Err(LoginError::Throttled {
            minutes: cfg.throttle_window.num_minutes(),
        }));
    }
    let user = users::Entity::find()
        .filter(users::Column::Email.eq(&email))
        .one(db)
        .await?;
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    let ok = match &user {
        Some(u) => crate::models::users::verify_password(password, &u.password_hash) && u.active,
        None => {
            let _ = crate::models::users::verify_password(password, DUMMY_HASH);
            false
        }
    };
    login_attempts::ActiveModel {
        email: Set(email.clone()),
        client_addr: Set(client_addr.to_owned()),
        succeeded: Set(ok),
        at: Set(Utc::now().into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (true, Some(user)) = (ok, user) else {
        tracing::warn!(email = %email, client = %client_addr, "Login failed.");
        return Ok(Err(LoginError::BadCredentials));
    };
    let cookie = secrets::random(48);
    let csrf = secrets::random(32);
    let now = Utc::now();
    sessions::ActiveModel {
        token_hash: Set(secrets::digest(&cookie)),
        user_id: Set(user.id),
        csrf_token: Set(csrf.clone()),
        created_at: Set(now.into()),
        last_seen_at: Set(now.into()),
        expires_at: Set((now + cfg.session_absolute).into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    tracing::info!(user.id = user.id, "Login succeeded.");
    Ok(Ok(NewSession { cookie, csrf, user }))
}

/// Ends a session.
pub async fn logout(db: &impl ConnectionTrait, session_id: i32) -> Result<(), DbErr> {
    sessions::Entity::delete_by_id(session_id).exec(db).await?;
    Ok(())
}

/// An argon2id hash of a random string, verified against when the email is unknown.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c3RyYXRyYWNrZHVtbXk$Q1YwR1f3V2rE2m8xK1hA8wqC1y7c8m1hQ2p5cGxr0m8";
