//! Accounts and API tokens as the API and the pages show them.

use crate::models::tokens::TokenRecord;
use crate::models::users::accounts::Account;
use serde::Serialize;

/// A user as shown by the API: never the password hash.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UserView {
    /// Id.
    pub id: i32,
    /// Email.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// admin, planner or reviewer.
    pub role: String,
    /// Org unit code of a planner.
    pub unit: Option<String>,
    /// Whether the account may log in.
    pub active: bool,
    /// Whether the user must change the password at next login.
    pub must_change_password: bool,
    /// Concurrency version.
    pub version: i32,
}

impl From<Account> for UserView {
    fn from(a: Account) -> Self {
        UserView {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            role: a.role,
            unit: a.unit,
            active: a.active,
            must_change_password: a.must_change_password,
            version: a.version,
        }
    }
}

/// A created user, with the one-time password when it was generated.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedUser {
    /// The user.
    pub user: UserView,
    /// The generated password, shown once.
    pub one_time_password: Option<String>,
}

/// A new one-time password.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PasswordReset {
    /// Shown once; the user must change it at next login.
    pub one_time_password: String,
}

/// A token as listed: never the token or its hash, only a recognisable prefix.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TokenView {
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

impl From<TokenRecord> for TokenView {
    fn from(t: TokenRecord) -> Self {
        TokenView {
            id: t.id,
            user_id: t.user_id,
            name: t.name,
            prefix: t.prefix,
            created_at: t.created_at,
            expires_at: t.expires_at,
            revoked_at: t.revoked_at,
        }
    }
}

/// The created token, shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedToken {
    /// Send as `Authorization: Bearer <token>`. Not retrievable later.
    pub token: String,
    /// The stored record.
    pub record: TokenView,
}
