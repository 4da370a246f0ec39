//! Who is calling: the [`Actor`] behind a session cookie or a bearer token. What they may do is decided
//! in [`crate::policy`], never here.

pub mod client_addr;
pub mod cookies;
pub mod secrets;

use crate::entities::{api_tokens, sessions, users};
use crate::error::AppError;
use crate::models::{data_version, notifications};
use crate::state::AppState;
use axum::extract::{FromRef, FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    FromQueryResult, IdenStatic, QueryFilter, QuerySelect, QueryTrait, SelectA, SelectB, SelectTwo,
};

/// Base name of the session cookie (`__Host-` prefixed behind HTTPS, see [`cookies`]).
pub const SESSION_COOKIE: &str = cookies::SESSION;

/// What a user who must change their password may still do: change it, log out, ask who they are.
const OPEN_BEFORE_PASSWORD_CHANGE: &[&str] = &[
    "/api/v1/auth/password",
    "/api/v1/auth/logout",
    "/api/v1/auth/me",
    "/account",
    "/account/password",
    "/logout",
    "/language",
];

pub use stratrack_vocab::Role;

/// How the actor authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// A browser session; state-changing forms must carry this CSRF token.
    Session {
        /// Session row id.
        id: i32,
        /// The session's CSRF token.
        csrf: String,
    },
    /// An API token (no CSRF: the header cannot be sent cross-site by a browser).
    Token,
}

/// An authenticated, active user.
#[derive(Debug, Clone)]
pub struct Actor {
    /// User id.
    pub id: i32,
    /// Email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Org unit of a planner.
    pub unit_id: Option<i32>,
    /// How they authenticated.
    pub via: Via,
    /// The data version read in the same statement as the session or token, kept when the request
    /// changes nothing (GET, HEAD): its cache snapshot starts at this version instead of reading it again
    /// ([`crate::models::cache::Cache::snapshot_at`]). None for a request that may write (its reads must
    /// see its own changes) and for an actor made outside a request.
    pub data_version: Option<i64>,
    /// How many of the user's notices are unread, read in the same statement as the session, kept when
    /// the request changes nothing, like `data_version` (the pages' header shows it without a query of its
    /// own: [`crate::models::notifications::unread_count`]). None for a token, a request that may write
    /// and an actor made outside a request.
    pub unread: Option<u64>,
    /// The interface language the user chose, if any (their pages follow it).
    pub language: Option<stratrack_i18n::Lang>,
}

impl Actor {
    /// The label written to the audit log.
    pub fn label(&self) -> String {
        format!("{} ({})", self.email, self.id)
    }
}

/// The actor behind the request's bearer token or session cookie; None when it carries neither (or a
/// session that has ended).
async fn resolve(parts: &Parts, st: &AppState) -> Result<Option<Actor>, AppError> {
    let now = Utc::now();
    let bearer = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let (user, via, version, unread) = if let Some(token) = bearer {
        let (user, version) = by_token(st, token, now).await?;
        (user, Via::Token, version, None)
    } else if let Some(cookie) = cookies::read(&parts.headers, SESSION_COOKIE, &st.config) {
        match by_session(parts, st, &cookie, now).await? {
            Some(found) => found,
            None => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    // A request that may write reads the version again after its writes; one that changes nothing reads
    // at the version read with its actor, before any of its data.
    let reads_only = matches!(parts.method, axum::http::Method::GET | axum::http::Method::HEAD);
    let mut actor = actor_of(parts, user, via)?;
    actor.data_version = reads_only.then_some(version);
    actor.unread = unread.filter(|_| reads_only);
    Ok(Some(actor))
}

/// What a lookup finds: the token or session, its user, the data version read in the same statement,
/// and the user's unread notices when asked for.
type Found<M> = (M, Option<users::Model>, i64, Option<u64>);

/// Runs `select` (a token or a session joined to its user) with the data version as one more column,
/// and with `unread` the count of the user's unread notices (`user_id` names the column holding the user):
/// this runs on every request, so who asks and which data version the request reads cost one round trip.
async fn lookup<E: EntityTrait>(
    db: &DatabaseConnection,
    select: SelectTwo<E, users::Entity>,
    unread: Option<&str>,
) -> Result<Option<Found<E::Model>>, DbErr> {
    let mut select = select.expr_as(data_version::column(), data_version::COLUMN);
    if let Some(user_id) = unread {
        select = select.expr_as(notifications::unread_column(user_id), notifications::UNREAD_COLUMN);
    }
    let stmt = select.build(db.get_database_backend());
    let Some(row) = db.query_one_raw(stmt).await? else {
        return Ok(None);
    };
    let unread = match unread {
        Some(_) => Some(notifications::unread_of_row(&row)?),
        None => None,
    };
    Ok(Some((
        E::Model::from_query_result(&row, SelectA.as_str())?,
        users::Model::from_query_result_optional(&row, SelectB.as_str())?,
        data_version::of_row(&row)?,
        unread,
    )))
}

/// The user of an API token, with the data version; an unknown, revoked or expired token is refused.
async fn by_token(
    st: &AppState,
    token: &str,
    now: chrono::DateTime<Utc>,
) -> Result<(Option<users::Model>, i64), AppError> {
    let select = api_tokens::Entity::find()
        .filter(api_tokens::Column::TokenHash.eq(secrets::digest(token)))
        .find_also_related(users::Entity);
    let Some((t, u, version, _)) = lookup(&st.db, select, None).await? else {
        return Err(AppError::Unauthenticated);
    };
    if t.revoked_at.is_some() || t.expires_at.is_some_and(|e| e <= now) {
        return Err(AppError::Unauthenticated);
    }
    Ok((u, version))
}

/// The user of a session cookie, with the session and the data version; None for an unknown session, or
/// one that expired or sat idle too long (deleted then). Touches a live session, and checks the CSRF header
/// of an API call.
async fn by_session(
    parts: &Parts,
    st: &AppState,
    cookie: &str,
    now: chrono::DateTime<Utc>,
) -> Result<Option<(Option<users::Model>, Via, i64, Option<u64>)>, AppError> {
    let select = sessions::Entity::find()
        .filter(sessions::Column::TokenHash.eq(secrets::digest(cookie)))
        .find_also_related(users::Entity);
    let Some((s, u, version, unread)) = lookup(&st.db, select, Some("sessions.user_id")).await? else {
        return Ok(None);
    };
    let idle_limit = s.last_seen_at + st.config.session_idle;
    if s.expires_at <= now || idle_limit <= now {
        sessions::Entity::delete_by_id(s.id).exec(&st.db).await?;
        return Ok(None);
    }
    // Touch at most once a minute, so reads do not turn into a write each.
    if now - s.last_seen_at.to_utc() > chrono::Duration::minutes(1) {
        let mut am: sessions::ActiveModel = s.clone().into();
        am.last_seen_at = Set(now.into());
        am.update(&st.db).await?;
    }
    check_csrf_header(parts, &s)?;
    let via = Via::Session {
        id: s.id,
        csrf: s.csrf_token,
    };
    Ok(Some((u, via, version, unread)))
}

/// Cookies ride along on cross-site requests: a state-changing API request must prove it comes from our
/// own pages (or a script that logged in) with the session's CSRF token. Pages check their form field.
fn check_csrf_header(parts: &Parts, s: &sessions::Model) -> Result<(), AppError> {
    let safe = matches!(
        parts.method,
        axum::http::Method::GET | axum::http::Method::HEAD | axum::http::Method::OPTIONS
    );
    let header_ok = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()) == Some(s.csrf_token.as_str());
    if !safe && !header_ok && parts.uri.path().starts_with("/api/") {
        tracing::warn!(user.id = s.user_id, path = %parts.uri.path(), "Request refused: missing or wrong CSRF token.");
        return Err(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-csrf-header",
            [],
        )));
    }
    Ok(())
}

/// The actor of a user authenticated `via` a token or session: refused when the user is gone or disabled,
/// or must change a one-time password and asks for anything else.
fn actor_of(parts: &Parts, user: Option<users::Model>, via: Via) -> Result<Actor, AppError> {
    let Some(u) = user else {
        return Err(AppError::Unauthenticated);
    };
    if !u.active {
        return Err(AppError::Unauthenticated);
    }
    // A one-time password (first start, admin reset) opens nothing but the change of it, on every door.
    if u.must_change_password && !OPEN_BEFORE_PASSWORD_CHANGE.contains(&parts.uri.path()) {
        tracing::info!(user.id = u.id, path = %parts.uri.path(), "Request refused: the password must be changed first.");
        return Err(AppError::PasswordChangeRequired);
    }
    Ok(Actor {
        id: u.id,
        email: u.email,
        name: u.display_name,
        role: Role::parse(&u.role).ok_or_else(|| AppError::Internal(format!("user {} has an unknown role", u.id)))?,
        unit_id: u.org_unit_id,
        via,
        data_version: None,
        unread: None,
        language: match u.language.as_deref() {
            None => None,
            Some(code) => Some(
                stratrack_i18n::Lang::parse(code)
                    .ok_or_else(|| AppError::Internal(format!("user {} has an unknown language {code:?}", u.id)))?,
            ),
        },
    })
}

impl<S> FromRequestParts<S> for Actor
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Some(a) = parts.extensions.get::<Actor>() {
            return Ok(a.clone());
        }
        let st = AppState::from_ref(state);
        match resolve(parts, &st).await? {
            Some(a) => {
                parts.extensions.insert(a.clone());
                Ok(a)
            }
            None => {
                tracing::info!(path = %parts.uri.path(), "Request refused: not logged in.");
                Err(AppError::Unauthenticated)
            }
        }
    }
}

impl<S> OptionalFromRequestParts<S> for Actor
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Option<Self>, Self::Rejection> {
        let st = AppState::from_ref(state);
        resolve(parts, &st).await
    }
}
