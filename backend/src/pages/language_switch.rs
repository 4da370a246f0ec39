//! The language switch of every page (`POST /language`): remembers the chosen language in the browser
//! (a cookie) and, for a logged-in user, as their preference; then goes back to the page it came from.
//! It works without JavaScript: six submit buttons in the layout, one per language.
//!
//! Anyone may switch (the login page has the switch too). A logged-in user's form must carry the
//! session's CSRF token, since it changes their stored preference; without a session the switch only
//! sets this browser's cookie, and a foreign site making it do so could at worst change the language of
//! the pages it shows next.

use super::login::safe_next;
use super::{PageError, PageResult, PageUser};
use crate::auth::{Actor, Via, cookies};
use crate::error::AppError;
use crate::language::{COOKIE, COOKIE_AGE_SECS};
use crate::models::users::language::{parse, set_language};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Form, OptionalFromRequestParts, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/language", post(switch))
}

#[derive(Debug, Deserialize)]
struct SwitchForm {
    lang: String,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    csrf: String,
}

/// The logged-in user of the switch, if a session says who (a token never counts on pages).
struct MaybeUser(Option<Actor>);

impl OptionalFromRequestParts<AppState> for MaybeUser {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Option<Self>, Self::Rejection> {
        parts.headers.remove(header::AUTHORIZATION);
        match <Actor as OptionalFromRequestParts<AppState>>::from_request_parts(parts, st).await {
            Ok(a) => Ok(Some(MaybeUser(a.filter(|a| matches!(a.via, Via::Session { .. }))))),
            Err(AppError::Unauthenticated) => Ok(Some(MaybeUser(None))),
            Err(e) => Err(PageError::App(e)),
        }
    }
}

async fn switch(
    State(st): State<AppState>,
    user: Option<MaybeUser>,
    Form(f): Form<SwitchForm>,
) -> PageResult<Response> {
    let lang = parse(&f.lang).map_err(|_| AppError::bad_request(crate::error::Said::new("error-language", [])))?;
    if let Some(actor) = user.and_then(|u| u.0) {
        PageUser(actor.clone(), Vec::new()).check_csrf(&f.csrf)?;
        set_language(&st.db, &actor, Some(lang)).await?;
    }
    let cookie = cookies::set(COOKIE, lang.code(), &st.config, Some(COOKIE_AGE_SECS));
    let to = safe_next(f.next.as_deref());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&to)).into_response())
}
