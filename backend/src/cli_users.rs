//! `stratrack user …` and `stratrack token create`: account administration from the shell.

use crate::entities::{org_units, users};
use crate::models::{tokens, users as model};
use anyhow::{Context, bail};
use clap::Subcommand;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use std::io::Read;

/// `stratrack user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user; the password is read from standard input (one line).
    Add {
        /// Login email.
        #[arg(long)]
        email: String,
        /// admin, planner or reviewer.
        #[arg(long)]
        role: String,
        /// Org unit code (required for planners), e.g. BDT.
        #[arg(long)]
        unit: Option<String>,
        /// Display name (default: the email).
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List users.
    List,
    /// Disable a user: no more logins, sessions end, tokens stop working (never the last active admin).
    Disable {
        /// Email of the user.
        email: String,
    },
    /// Enable a disabled user again.
    Enable {
        /// Email of the user.
        email: String,
    },
    /// Give a user a new one-time password (printed once).
    ResetPassword {
        /// Email of the user.
        email: String,
    },
}

/// `stratrack token` subcommands.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user; printed once.
    Create {
        /// Email of the user.
        #[arg(long)]
        email: String,
        /// Days until it expires.
        #[arg(long)]
        expires_in_days: Option<i64>,
        /// What the token is for.
        #[arg(long, default_value = "cli")]
        name: String,
    },
}

async fn user_by_email(db: &DatabaseConnection, email: &str) -> anyhow::Result<users::Model> {
    users::Entity::find()
        .filter(users::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .with_context(|| format!("no user with email {email}"))
}

/// Disables (ending sessions) or enables the user with `email`, audited; never the last active admin.
async fn set_active(db: &DatabaseConnection, email: &str, active: bool) -> anyhow::Result<()> {
    let u = user_by_email(db, email).await?;
    let id = u.id;
    let (txn, turn) = crate::models::transactions::begin_write(db).await?;
    model::manage::guard_admins(&txn, None, &u, &u.role, active)
        .await
        .map_err(|e| anyhow::anyhow!("cannot disable {email}: {e}"))?;
    let mut am: users::ActiveModel = u.clone().into();
    am.active = Set(active);
    am.version = Set(u.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    am.update(&txn).await?;
    if !active {
        crate::entities::sessions::Entity::delete_many()
            .filter(crate::entities::sessions::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
    }
    let (action, source) = if active {
        ("enable", "stratrack user enable")
    } else {
        ("disable", "stratrack user disable")
    };
    crate::models::audit::record::<()>(&txn, None, action, "user", id, None, None, source).await?;
    crate::models::transactions::commit(txn, turn).await?;
    Ok(())
}

/// Runs a `user` subcommand.
pub async fn user(db: &DatabaseConnection, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add {
            email,
            role,
            unit,
            name,
            password_stdin,
        } => {
            let pw = read_password(password_stdin)?;
            add_user(db, &email, &role, unit.as_deref(), name.as_deref(), &pw).await?;
        }
        UserCommand::List => list_users(db).await?,
        UserCommand::Disable { email } => {
            set_active(db, &email, false).await?;
            println!("Disabled {email}.");
        }
        UserCommand::Enable { email } => {
            set_active(db, &email, true).await?;
            println!("Enabled {email}.");
        }
        UserCommand::ResetPassword { email } => reset_password(db, &email).await?,
    }
    Ok(())
}

/// The new user's password: one line of standard input, which `--password-stdin` must announce.
fn read_password(password_stdin: bool) -> anyhow::Result<String> {
    if !password_stdin {
        bail!("pass --password-stdin and write the password to standard input");
    }
    let mut pw = String::new();
    std::io::stdin().read_to_string(&mut pw)?;
    Ok(pw.trim_end_matches(['\n', '\r']).to_owned())
}

/// `stratrack user add`: checks every option, creates the user, audited.
async fn add_user(
    db: &DatabaseConnection,
    email: &str,
    role: &str,
    unit: Option<&str>,
    name: Option<&str>,
    pw: &str,
) -> anyhow::Result<()> {
    if let Some(reason) = model::password::weakness(pw, email) {
        bail!("the password {reason}");
    }
    let email = model::fields::email(email).map_err(|reason| anyhow::anyhow!("--email {reason}"))?;
    let name =
        model::fields::display_name(name.unwrap_or(&email)).map_err(|reason| anyhow::anyhow!("--name {reason}"))?;
    if !model::ROLES.contains(&role) {
        bail!("--role must be admin, planner or reviewer");
    }
    let org_unit_id = unit_id(db, unit, role).await?;
    let u = model::create(
        db,
        model::NewUser {
            email: &email,
            display_name: &name,
            role,
            org_unit_id,
            password: pw,
            must_change_password: false,
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("cannot create {email}: {e}"))?;
    crate::models::audit::record(
        db,
        None,
        "create",
        "user",
        u.id,
        None,
        // An object like every other side of the log (the API records the user's view).
        Some(&serde_json::json!({ "email": u.email, "display_name": u.display_name, "role": u.role })),
        "stratrack user add",
    )
    .await?;
    println!("Created {} ({}) with id {}.", u.email, u.role, u.id);
    Ok(())
}

/// The id of the org unit `--unit` names; a planner needs one.
async fn unit_id(db: &DatabaseConnection, unit: Option<&str>, role: &str) -> anyhow::Result<Option<i32>> {
    match unit {
        Some(code) => Ok(Some(
            org_units::Entity::find()
                .filter(org_units::Column::Code.eq(code))
                .one(db)
                .await?
                .with_context(|| format!("unknown org unit {code}"))?
                .id,
        )),
        None if role == "planner" => bail!("a planner needs --unit"),
        None => Ok(None),
    }
}

/// `stratrack user list`: one line a user, by email.
async fn list_users(db: &DatabaseConnection) -> anyhow::Result<()> {
    let units = crate::models::units::codes(db).await?;
    println!("{:<5} {:<36} {:<9} {:<6} active", "id", "email", "role", "unit");
    for u in users::Entity::find().order_by_asc(users::Column::Email).all(db).await? {
        let unit = u.org_unit_id.and_then(|i| units.get(&i).cloned()).unwrap_or_default();
        println!(
            "{:<5} {:<36} {:<9} {:<6} {}",
            u.id,
            u.email,
            u.role,
            unit,
            if u.active { "yes" } else { "no" }
        );
    }
    Ok(())
}

/// `stratrack user reset-password`: a new one-time password, audited and printed once.
async fn reset_password(db: &DatabaseConnection, email: &str) -> anyhow::Result<()> {
    let u = user_by_email(db, email).await?;
    let pw = model::reset_password(db, u.id).await?.context("user vanished")?;
    crate::models::audit::record::<()>(
        db,
        None,
        "reset_password",
        "user",
        u.id,
        None,
        None,
        "stratrack user reset-password",
    )
    .await?;
    println!("New one-time password for {email} (shown once; to be changed at next login):");
    println!("{pw}");
    Ok(())
}

/// Runs a `token` subcommand.
pub async fn token(db: &DatabaseConnection, cmd: TokenCommand) -> anyhow::Result<()> {
    let TokenCommand::Create {
        email,
        expires_in_days,
        name,
    } = cmd;
    let u = user_by_email(db, &email).await?;
    if let Some(d) = expires_in_days
        && !(1..=3650).contains(&d)
    {
        bail!("--expires-in-days must be between 1 and 3650");
    }
    let expires = expires_in_days.map(|d| chrono::Utc::now() + chrono::Duration::days(d));
    let (plain, row) = tokens::create(db, u.id, &name, expires).await?;
    crate::models::audit::record::<()>(
        db,
        None,
        "create",
        "api_token",
        row.id,
        None,
        None,
        "stratrack token create",
    )
    .await?;
    println!("{plain}");
    Ok(())
}
