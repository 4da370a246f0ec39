//! The language a request is answered in, chosen once per request and read by whatever renders text
//! (the pages' layout, error pages, problem documents) through [`current`].
//!
//! Precedence (docs/I18N.md), first wins: the language switch (`POST /language`, which stores both of the
//! next two); the user's stored preference (pages, once the session is known: [`prefer`]); the browser's
//! cookie (pages); `Accept-Language`; English. The API follows `Accept-Language` only: a script states its
//! language per request, and a problem document's stable `code` never changes with it.

use crate::auth::cookies;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::header::ACCEPT_LANGUAGE;
use axum::middleware::Next;
use axum::response::Response;
use std::cell::RefCell;
pub use stratrack_i18n::Lang;

/// Base name of the cookie that remembers a browser's language (set by the language switch).
pub const COOKIE: &str = "stratrack_lang";

/// How long the browser keeps its language: a year.
pub const COOKIE_AGE_SECS: i64 = 365 * 24 * 3600;

/// What is known of the request being answered.
struct Asked {
    lang: std::cell::Cell<Lang>,
    /// Path, plan and year of a GET (where the language switch comes back to); `None` for other methods.
    back: RefCell<Option<String>>,
}

tokio::task_local! {
    static ASKED: Asked;
}

/// The language of the request being answered; English outside a request (the CLI, background tasks).
pub fn current() -> Lang {
    ASKED.try_with(|a| a.lang.get()).unwrap_or_default()
}

/// The user's stored preference wins over the cookie and the header for the rest of the request.
pub fn prefer(lang: Lang) {
    let _ = ASKED.try_with(|a| a.lang.set(lang));
}

/// Where the language switch returns to: the address of the page being shown when it was asked for
/// with GET, else `fallback` (the page's path: a form's answer has no address to come back to).
pub fn back(fallback: &str) -> String {
    ASKED
        .try_with(|a| a.back.borrow().clone())
        .ok()
        .flatten()
        .unwrap_or_else(|| fallback.to_owned())
}

/// The language a request asks for before its user is known: the cookie (not under `/api/`), then
/// `Accept-Language`, then English.
pub fn of_request(req: &Request, st: &AppState) -> Lang {
    let headers = req.headers();
    let cookie = if req.uri().path().starts_with("/api/") {
        None
    } else {
        cookies::read(headers, COOKIE, &st.config).and_then(|c| Lang::parse(&c))
    };
    cookie
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(stratrack_i18n::negotiate)
        })
        .unwrap_or_default()
}

/// The address the switch comes back to from `uri`: its path with the plan and year it shows (and the
/// login page's `next`, which that page carries anyway), and no other parameter: text planted in a link
/// is not echoed into the page, not even into a hidden field.
fn back_to(uri: &axum::http::Uri) -> String {
    let kept: Vec<(String, String)> = serde_urlencoded::from_str::<Vec<(String, String)>>(uri.query().unwrap_or(""))
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| matches!(k.as_str(), "plan" | "year" | "next"))
        .collect();
    match serde_urlencoded::to_string(&kept) {
        Ok(q) if !q.is_empty() => format!("{}?{q}", uri.path()),
        _ => uri.path().to_owned(),
    }
}

/// The middleware: answers the request within its language.
pub async fn choose(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let asked = Asked {
        lang: std::cell::Cell::new(of_request(&req, &st)),
        back: RefCell::new((req.method() == axum::http::Method::GET).then(|| back_to(req.uri()))),
    };
    ASKED.scope(asked, next.run(req)).await
}

/// The message `key` in the request's language (English when that language lacks it).
pub fn text(key: &str) -> String {
    stratrack_i18n::text(current(), key)
}

/// The message `key` in the request's language with `args`.
pub fn text_with(key: &str, args: &[(&str, stratrack_i18n::Arg<'_>)]) -> String {
    stratrack_i18n::text_with(current(), key, args)
}
