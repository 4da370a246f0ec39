//! Users: creation with argon2id-hashed passwords, and the first admin of a new installation. What an
//! email, a name and a password must be is in [`fields`] and [`password`]; the rules of changing
//! accounts (never disable oneself or the last admin, change one's password) in [`manage`]; the use cases
//! of the doors (list, create, change, reset) in [`accounts`].

pub mod accounts;
pub mod fields;
pub mod language;
pub mod manage;
pub mod password;

use crate::entities::users;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait};

/// The roles a user can hold.
pub const ROLES: &[&str] = &["admin", "planner", "reviewer"];

/// Hashes a password with argon2id and a fresh random salt (PHC string).
pub fn hash_password(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .expect("argon2 with default parameters cannot fail on a password")
}

/// Whether `password` matches the PHC `hash`.
pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default().verify_password(password.as_bytes(), hash).is_ok()
}

/// [`verify_password`] on a blocking thread: argon2 takes tens of milliseconds of CPU by design, which
/// must not stall the other requests of an async worker.
pub async fn verify_password_off_thread(password: &str, hash: String) -> bool {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false)
}

/// Whether the user must change their password before anything else.
pub async fn must_change_password(db: &impl ConnectionTrait, user_id: i32) -> Result<bool, DbErr> {
    Ok(users::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some_and(|u| u.must_change_password))
}

/// A random password of 20 letters and digits, for first starts and resets.
pub fn random_password() -> String {
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| CHARS[rng.random_range(0..CHARS.len())] as char)
        .collect()
}

/// Data for a new user.
pub struct NewUser<'a> {
    /// Login email, unique.
    pub email: &'a str,
    /// Name shown in pages.
    pub display_name: &'a str,
    /// One of [`ROLES`].
    pub role: &'a str,
    /// Org unit, required for planners.
    pub org_unit_id: Option<i32>,
    /// Plain password, hashed before storing.
    pub password: &'a str,
    /// Whether the user must change the password at first login.
    pub must_change_password: bool,
}

/// Inserts a user.
pub async fn create(db: &impl ConnectionTrait, new: NewUser<'_>) -> Result<users::Model, DbErr> {
    let now = chrono::Utc::now();
    users::ActiveModel {
        email: Set(new.email.trim().to_lowercase()),
        display_name: Set(new.display_name.to_owned()),
        role: Set(new.role.to_owned()),
        org_unit_id: Set(new.org_unit_id),
        password_hash: Set(hash_password(new.password)),
        active: Set(true),
        must_change_password: Set(new.must_change_password),
        failed_logins: Set(0),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// On a database without users, creates the first admin with a one-time random password and returns
/// the email and password to print once. Returns `None` when users already exist.
pub async fn ensure_first_admin(db: &impl ConnectionTrait) -> Result<Option<(String, String)>, DbErr> {
    if users::Entity::find().count(db).await? > 0 {
        return Ok(None);
    }
    let password = random_password();
    let email = "admin@stratrack.local";
    create(
        db,
        NewUser {
            email,
            display_name: "Administrator",
            role: "admin",
            org_unit_id: None,
            password: &password,
            must_change_password: true,
        },
    )
    .await?;
    Ok(Some((email.to_owned(), password)))
}

/// Sets a new password; ends the user's sessions except `keep_session` (the one changing it).
pub async fn set_password(
    db: &impl ConnectionTrait,
    user_id: i32,
    password: &str,
    must_change: bool,
    keep_session: Option<i32>,
) -> Result<(), DbErr> {
    use crate::entities::sessions;
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    users::Entity::update_many()
        .col_expr(users::Column::PasswordHash, Expr::value(hash_password(password)))
        .col_expr(users::Column::MustChangePassword, Expr::value(must_change))
        .col_expr(users::Column::UpdatedAt, Expr::value(chrono::Utc::now().fixed_offset()))
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    let mut del = sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user_id));
    if let Some(k) = keep_session {
        del = del.filter(sessions::Column::Id.ne(k));
    }
    del.exec(db).await?;
    Ok(())
}

/// Gives the user a random one-time password (to change at next login); `None` if there is no such user.
pub async fn reset_password(db: &impl ConnectionTrait, user_id: i32) -> Result<Option<String>, DbErr> {
    if users::Entity::find_by_id(user_id).one(db).await?.is_none() {
        return Ok(None);
    }
    let pw = random_password();
    set_password(db, user_id, &pw, true, None).await?;
    Ok(Some(pw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let h = hash_password("correct horse");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("wrong horse", &h));
    }

    #[test]
    fn random_passwords_differ() {
        assert_ne!(random_password(), random_password());
        assert_eq!(random_password().len(), 20);
    }
}
