//! The use cases of managing accounts, shared by the API and the pages: list, read, create and change
//! users, reset a password. Each asks the policy itself and writes its audit row in the transaction of
//! its change.

use super::manage;
use crate::auth::Actor;
use crate::entities::{sessions, users};
use crate::error::{AppError, AppResult};
use crate::models::paging::{Page, PageParams, contains, paginate};
use crate::models::patching::check_version;
use crate::models::{audit, transactions, units};
use crate::policy::{Action, authorize};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// An account as the doors show it and the audit log records it: never the password hash. The API
/// shows it as `UserView`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = UserView, description = "A user as shown by the API: never the password hash.")]
pub struct Account {
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

fn account(u: &users::Model, units: &HashMap<i32, String>) -> Account {
    Account {
        id: u.id,
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        role: u.role.clone(),
        unit: u.org_unit_id.and_then(|id| units.get(&id).cloned()),
        active: u.active,
        must_change_password: u.must_change_password,
        version: u.version,
    }
}

/// Filters of the user list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserListParams {
    /// Only this role.
    pub role: Option<String>,
    /// Only users whose email or display name contains this text (any case).
    pub q: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Items per page (1..=500).
    pub per_page: Option<u64>,
    /// Sort: email, role, id (prefix `-` for descending).
    pub sort: Option<String>,
}

/// One page of users (admin).
pub async fn list(db: &DatabaseConnection, actor: &Actor, p: UserListParams) -> AppResult<Page<Account>> {
    authorize(actor, Action::ManageUsers)?;
    let mut q = users::Entity::find();
    if let Some(r) = &p.role {
        q = q.filter(users::Column::Role.eq(r.as_str()));
    }
    if let Some(text) = p.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        q = q.filter(
            sea_orm::Condition::any()
                .add(contains(users::Column::Email, text))
                .add(contains(users::Column::DisplayName, text)),
        );
    }
    let pp = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let col = |s: &str| match s {
        "email" => Some(users::Column::Email),
        "role" => Some(users::Column::Role),
        "id" => Some(users::Column::Id),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(db, q, &pp, col, users::Column::Email, users::Column::Id).await?;
    let units = units::codes(db).await?;
    Ok(Page {
        items: rows.iter().map(|u| account(u, &units)).collect(),
        total,
        page,
        per_page,
    })
}

/// One user (admin, or the user themself).
pub async fn get(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<Account> {
    if actor.id != id {
        authorize(actor, Action::ManageUsers)?;
    }
    let u = find(db, id).await?;
    Ok(account(&u, &units::codes(db).await?))
}

async fn find(db: &impl ConnectionTrait, id: i32) -> AppResult<users::Model> {
    users::Entity::find_by_id(id).one(db).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-user",
            [("id", i64::from(id).into())],
        ))
    })
}

/// A new user.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// Login email: one `@`, a dotted domain, no control or invisible characters; stored lower-cased.
    #[schema(max_length = 254)]
    pub email: String,
    /// Display name (not empty, no control or invisible characters).
    #[schema(max_length = 120)]
    pub display_name: String,
    /// admin, planner or reviewer.
    pub role: String,
    /// Org unit code (required for planners).
    pub unit: Option<String>,
    /// Initial password (same rules as a changed one, see `ChangePassword`); omitted: a random one is
    /// generated and returned once, to be changed at first login.
    pub password: Option<String>,
}

/// Creates a user (admin); returns it with the one-time password when one was generated.
pub async fn create(db: &DatabaseConnection, actor: &Actor, b: &CreateUser) -> AppResult<(Account, Option<String>)> {
    authorize(actor, Action::ManageUsers)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let checked = manage::check(
        &txn,
        &manage::UserFields {
            email: Some(&b.email),
            display_name: &b.display_name,
            role: &b.role,
            unit: b.unit.as_deref(),
            password: b.password.as_deref(),
        },
    )
    .await?;
    let generated = b.password.is_none().then(super::random_password);
    let password = b.password.clone().or(generated.clone()).unwrap_or_default();
    let u = super::create(
        &txn,
        super::NewUser {
            email: &checked.email,
            display_name: &checked.display_name,
            role: &b.role,
            org_unit_id: checked.unit_id,
            password: &password,
            must_change_password: generated.is_some(),
        },
    )
    .await?;
    let units = units::codes(&txn).await?;
    let v = account(&u, &units);
    audit::created(&txn, Some(actor), "user", u.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((v, generated))
}

/// Changes to a user. Absent fields stay as they are.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// The version read (or send If-Match).
    pub version: Option<i32>,
    /// Display name (not empty, no control or invisible characters).
    #[schema(max_length = 120)]
    pub display_name: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Org unit code; `null` with role admin/reviewer.
    pub unit: Option<String>,
    /// `false` disables the account and ends its sessions.
    pub active: Option<bool>,
}

/// Changes role, unit, name or active flag (admin) of the user `id`, which must still be at the
/// `claimed` version (`(version, came in If-Match)`, or why the door could not read one: reported after
/// the access check, so a refused caller learns nothing). Nobody disables their own account (422), and
/// the last active admin is neither disabled nor demoted (409); a disabled account's sessions end.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    claimed: AppResult<(i32, bool)>,
    b: &UpdateUser,
) -> AppResult<Account> {
    authorize(actor, Action::ManageUsers)?;
    let claimed = claimed?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let u = find(&txn, id).await?;
    check_version(
        claimed,
        u.version,
        crate::error::Said::new("said-what-user", [("id", i64::from(id).into())]),
    )?;
    let role = b.role.clone().unwrap_or_else(|| u.role.clone());
    let units = units::codes(&txn).await?;
    let unit = b.unit.clone().or_else(|| {
        if b.role.is_some() {
            None
        } else {
            u.org_unit_id.and_then(|i| units.get(&i).cloned())
        }
    });
    let checked = manage::check(
        &txn,
        &manage::UserFields {
            email: None,
            display_name: b.display_name.as_deref().unwrap_or(&u.display_name),
            role: &role,
            unit: unit.as_deref(),
            password: None,
        },
    )
    .await?;
    let active = b.active.unwrap_or(u.active);
    manage::guard_admins(&txn, Some(actor.id), &u, &role, active).await?;
    let mut am: users::ActiveModel = u.clone().into();
    am.role = Set(role);
    am.org_unit_id = Set(checked.unit_id);
    if b.display_name.is_some() {
        am.display_name = Set(checked.display_name);
    }
    am.active = Set(active);
    am.version = Set(u.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated: users::Model = crate::models::versioned::update(&txn, am, id, u.version).await?;
    if !updated.active {
        sessions::Entity::delete_many()
            .filter(sessions::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
    }
    let (before, after) = (account(&u, &units), account(&updated, &units));
    audit::updated(&txn, Some(actor), "user", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(after)
}

/// Sets a random one-time password for user `id` and ends their sessions (admin); returns the user's
/// email and the password, to show once.
pub async fn reset_password(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<(String, String)> {
    authorize(actor, Action::ManageUsers)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let pw = super::reset_password(&txn, id).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-user",
            [("id", i64::from(id).into())],
        ))
    })?;
    audit::record::<()>(&txn, Some(actor), "reset_password", "user", id, None, None, "").await?;
    let email = find(&txn, id).await?.email;
    transactions::commit(txn, turn).await?;
    Ok((email, pw))
}

/// Changing one's own password.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePassword {
    /// The current password.
    pub current_password: String,
    /// The new password: 12 to 128 characters, not only spaces, not one piece repeated, not a run like
    /// `123456789012`, not the email, not one of the 49,233 most common passwords.
    pub new_password: String,
}
