//! Accounts and API tokens as the API and the pages show them.

use serde::Serialize;

/// A user as shown by the API: never the password hash.
pub use crate::models::users::accounts::Account as UserView;

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
pub use crate::models::tokens::TokenRecord as TokenView;

/// The created token, shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedToken {
    /// Send as `Authorization: Bearer <token>`. Not retrievable later.
    pub token: String,
    /// The stored record.
    pub record: TokenView,
}
