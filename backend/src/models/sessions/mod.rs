//! Logging in: password check with throttling per account and client address and per client address, and web sessions
//! stored in the database (so every stratrack process shares them).

pub mod throttle;

use crate::auth::secrets;
use crate::config::Config;
use crate::entities::{login_attempts, sessions, users};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use throttle::Key;

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

/// Checks email and password; on success creates a session with a fresh id.
///
/// Failures are counted per account *and* client address (a guesser elsewhere never locks the rightful
/// user out) and per client address (one address cannot try many accounts); each check reserves its slot
/// before the password is verified, so parallel guesses check at most the limit.
pub async fn login(
    db: &impl ConnectionTrait,
    cfg: &Config,
    email: &str,
    password: &str,
    client_addr: &str,
) -> Result<Result<NewSession, LoginError>, DbErr> {
    let email = email.trim().to_lowercase();
    let pair = Key::AccountFromAddr {
        email: &email,
        addr: client_addr,
    };
    let from = Key::Addr(client_addr);
    let mut gate = throttle::reserve(db, &pair, cfg.max_failures_per_account_addr, cfg.throttle_window).await?;
    if gate.is_ok() {
        gate = throttle::reserve(db, &from, cfg.max_failures_per_addr, cfg.throttle_window).await?;
        if gate.is_err() {
            throttle::release(db, &pair).await?;
        }
    }
    if let Err(seconds) = gate {
        // `?`: quoted and escaped, so a newline typed into the e-mail cannot start a forged log line.
        tracing::warn!(email = ?email, client = %client_addr, "Login refused: throttled after repeated failures.");
        return Ok(Err(LoginError::Throttled {
            minutes: (seconds + 59) / 60,
        }));
    }
    let user = users::Entity::find()
        .filter(users::Column::Email.eq(&email))
        .one(db)
        .await?;
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    let hash = user
        .as_ref()
        .map_or_else(|| DUMMY_HASH.clone(), |u| u.password_hash.clone());
    let matches = crate::models::users::verify_password_off_thread(password, hash).await;
    let ok = matches && user.as_ref().is_some_and(|u| u.active);
    login_attempts::ActiveModel {
        email: Set(email.clone()),
        client_addr: Set(client_addr.to_owned()),
        succeeded: Set(ok),
        at: Set(Utc::now().into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if ok {
        throttle::clear(db, &pair).await?;
        throttle::release(db, &from).await?;
    }
    let (true, Some(user)) = (ok, user) else {
        tracing::warn!(email = ?email, client = %client_addr, "Login failed.");
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

/// An argon2id hash of a random password, with the parameters of real ones, verified against when the
/// email is unknown so that the answer takes as long as for a known email.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::models::users::hash_password(&crate::models::users::random_password()));
