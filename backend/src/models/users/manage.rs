//! The rules of changing accounts, shared by the API, the pages and the CLI: what a new or changed user
//! must be, that nobody disables themself or leaves the installation without an active admin, and how a
//! user changes their own password (throttled like a login).

use super::{fields, password};
use crate::auth::{Actor, Via};
use crate::config::Config;
use crate::entities::users;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::sessions::throttle::{self, Key};
use crate::models::{audit, transactions};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

/// A user's fields as a door received them.
pub struct UserFields<'a> {
    /// Login email; `None` when it does not change.
    pub email: Option<&'a str>,
    /// Display name.
    pub display_name: &'a str,
    /// admin, planner or reviewer.
    pub role: &'a str,
    /// Org unit code.
    pub unit: Option<&'a str>,
    /// A chosen password, if any.
    pub password: Option<&'a str>,
}

/// A user's fields as they are stored.
#[derive(Debug)]
pub struct CheckedUser {
    /// Trimmed, lower-cased email (empty when it does not change).
    pub email: String,
    /// Trimmed display name.
    pub display_name: String,
    /// The org unit's id.
    pub unit_id: Option<i32>,
}

/// Checks every field of a new or changed user; every bad one is named (422).
pub async fn check(db: &impl ConnectionTrait, u: &UserFields<'_>) -> AppResult<CheckedUser> {
    let mut errs = Vec::new();
    let email = u
        .email
        .map(|e| fields::named("email", e, fields::email, &mut errs))
        .unwrap_or_default();
    let display_name = fields::named("display_name", u.display_name, fields::display_name, &mut errs);
    if !super::ROLES.contains(&u.role) {
        errs.push(field("role", crate::error::Said::new("said-role", [])));
    }
    let unit_id = match u.unit {
        Some(code) => match crate::models::units::by_code(db, code).await? {
            Some(unit) => Some(unit.id),
            None => {
                errs.push(field(
                    "unit",
                    crate::error::Said::new("said-unknown-unit", [("code", code.into())]),
                ));
                None
            }
        },
        None => None,
    };
    if u.role == "planner" && u.unit.is_none() {
        errs.push(field("unit", crate::error::Said::new("said-planner-unit", [])));
    }
    if let Some(reason) = u
        .password
        .and_then(|pw| password::weakness(pw, u.email.unwrap_or_default()))
    {
        errs.push(field("password", reason));
    }
    if errs.is_empty() {
        Ok(CheckedUser {
            email,
            display_name,
            unit_id,
        })
    } else {
        Err(AppError::Invalid(errs))
    }
}

fn field(name: &str, reason: impl Into<crate::error::Reason>) -> FieldError {
    FieldError::new(name, reason)
}

/// Refuses a change of `target` to `role`/`active` by `actor` (`None`: the CLI) that would disable the
/// actor's own account, or leave no active admin. Run it in the transaction that writes the change: on
/// PostgreSQL it locks the active admins' rows, so two admins disabling each other at once cannot both
/// pass.
pub async fn guard_admins(
    txn: &impl ConnectionTrait,
    actor: Option<i32>,
    target: &users::Model,
    role: &str,
    active: bool,
) -> AppResult<()> {
    if actor == Some(target.id) && target.active && !active {
        return Err(AppError::field(
            "active",
            crate::error::Said::new("said-own-account", []),
        ));
    }
    let loses_admin = target.role == "admin" && target.active && (!active || role != "admin");
    if loses_admin {
        let others = users::Entity::find()
            .filter(users::Column::Role.eq("admin"))
            .filter(users::Column::Active.eq(true))
            .filter(users::Column::Id.ne(target.id))
            .lock_exclusive()
            .count(txn)
            .await?;
        if others == 0 {
            return Err(AppError::conflict(crate::error::Said::new(
                "said-last-admin",
                [("email", target.email.clone().into())],
            )));
        }
    }
    Ok(())
}

/// Changes the actor's own password after checking the current one; the user's other sessions end.
/// Wrong current passwords are throttled like failed logins (5 per 15 minutes), since a stolen session
/// could otherwise guess the password behind it at full speed.
pub async fn change_own_password(
    db: &DatabaseConnection,
    cfg: &Config,
    actor: &Actor,
    current: &str,
    new: &str,
) -> AppResult<()> {
    let key = Key::PasswordChange(actor.id);
    if let Err(seconds) = throttle::reserve(db, &key, cfg.max_failures_per_account_addr, cfg.throttle_window).await? {
        tracing::warn!(
            user.id = actor.id,
            "Password change refused: throttled after wrong current passwords."
        );
        return Err(AppError::throttled(crate::error::Said::new(
            "said-throttled-password",
            [("minutes", ((seconds + 59) / 60).into())],
        )));
    }
    let u = users::Entity::find_by_id(actor.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let mut errs = Vec::new();
    let current_ok = super::verify_password_off_thread(current, u.password_hash.clone()).await;
    if !current_ok {
        errs.push(field("current_password", Said::new("said-password-wrong", [])));
    }
    if let Some(reason) = password::weakness(new, &u.email) {
        errs.push(field("new_password", reason));
    } else if new == current {
        errs.push(field("new_password", Said::new("said-password-same", [])));
    }
    if !errs.is_empty() {
        // A wrong current password keeps its slot: it is a failed guess.
        if current_ok {
            throttle::release(db, &key).await?;
        }
        return Err(AppError::Invalid(errs));
    }
    let keep = match actor.via {
        Via::Session { id, .. } => Some(id),
        Via::Token => None,
    };
    let (txn, turn) = transactions::begin_write(db).await?;
    super::set_password(&txn, actor.id, new, false, keep).await?;
    audit::record::<()>(&txn, Some(actor), "change_password", "user", actor.id, None, None, "").await?;
    transactions::commit(txn, turn).await?;
    throttle::clear(db, &key).await?;
    Ok(())
}
