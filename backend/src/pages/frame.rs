//! What every page response goes through: the one-time messages a form leaves for the next page (a cookie
//! the server sets, never text from the link, so nobody can plant a message in a URL), and the same page
//! layout for what axum itself refuses (a malformed query or form, a wrong method) and for unknown paths.

use super::{ContextQuery, Flash, PageError, PageUser, Shown, context};
use crate::auth::cookies;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// Base name of the cookie that carries a form's message to the page it redirects to.
pub const COOKIE: &str = "stratrack_flash";

/// Longest message kept, in bytes: a cookie holds about 4 KB and the rest of the headers must fit too.
const MAX_TEXT: usize = 1_500;

/// Whether a message reports success or a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Done.
    Ok,
    /// Refused or partly done.
    Error,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Ok => "ok",
            Kind::Error => "error",
        }
    }
}

/// Messages a response leaves for the next page (kept in the response's extensions until [`carry`] turns
/// them into the cookie).
#[derive(Debug, Clone, Default)]
struct Outgoing(Vec<(Kind, String)>);

/// Messages the request brought (read by [`carry`], shown by the page layout).
#[derive(Debug, Clone, Default)]
pub struct Incoming(pub Vec<Flash>);

/// A redirect (303) to `to` that shows each of `messages` once on the page it lands on.
pub fn redirect(to: &str, messages: &[(Kind, &str)]) -> Response {
    let mut resp = Redirect::to(to).into_response();
    resp.extensions_mut()
        .insert(Outgoing(messages.iter().map(|(k, t)| (*k, (*t).to_owned())).collect()));
    resp
}

/// A redirect to `to` that shows `text` as done.
pub fn done(to: &str, text: &str) -> Response {
    redirect(to, &[(Kind::Ok, text)])
}

/// A redirect to `to` that shows `text` as refused.
pub fn refused(to: &str, text: &str) -> Response {
    redirect(to, &[(Kind::Error, text)])
}

fn cut(text: &str) -> &str {
    if text.len() <= MAX_TEXT {
        return text;
    }
    let mut end = MAX_TEXT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn encode(messages: &[(Kind, String)]) -> String {
    serde_urlencoded::to_string(messages.iter().map(|(k, t)| (k.word(), cut(t))).collect::<Vec<_>>())
        .unwrap_or_default()
}

fn decode(value: &str) -> Vec<Flash> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(value)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, text)| {
            let kind = match k.as_str() {
                "ok" => "ok",
                "error" => "error",
                _ => return None,
            };
            Some(Flash { kind, text })
        })
        .collect()
}

/// The middleware of the page routes: hands the request's messages to the page, sets the cookie of the
/// messages a redirect leaves, deletes the cookie once a page has shown them, and gives axum's own
/// refusals (malformed query or form, wrong method, wrong content type) the page layout.
pub async fn carry(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let brought = cookies::read(req.headers(), COOKIE, &st.config).map(|v| decode(&v));
    if let Some(msgs) = &brought {
        req.extensions_mut().insert(Incoming(msgs.clone()));
    }
    let asked = (req.uri().clone(), req.headers().clone());
    let mut resp = frame_refusal(next.run(req).await).await;
    if let Some(shown) = resp.extensions_mut().remove::<Shown>() {
        resp = with_navigation(&st, asked, &shown, resp).await;
    }
    let cookie = match resp.extensions_mut().remove::<Outgoing>() {
        Some(out) => Some(cookies::set(COOKIE, &encode(&out.0), &st.config, Some(60))),
        // Shown on this page (a redirect, e.g. to the login page, passes them on).
        None if brought.is_some() && !resp.status().is_redirection() => {
            Some(cookies::set(COOKIE, "", &st.config, Some(0)))
        }
        None => None,
    };
    if let Some(c) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        resp.headers_mut().append(header::SET_COOKIE, c);
    }
    resp
}

/// Error page `shown` drawn again inside the navigation of the user who asked, when a session says who
/// that is (plan and year from the address, or the defaults when those are what failed); `resp` as it
/// was for anyone else, or when the layout cannot be built.
async fn with_navigation(st: &AppState, (uri, headers): (Uri, HeaderMap), shown: &Shown, resp: Response) -> Response {
    let (mut parts, ()) = Request::new(()).into_parts();
    parts.uri = uri.clone();
    parts.headers = headers;
    let Ok(user) = PageUser::from_request_parts(&mut parts, st).await else {
        return resp;
    };
    let asked: ContextQuery = serde_urlencoded::from_str(uri.query().unwrap_or_default()).unwrap_or_default();
    let ctx = match context(st, &user, uri.path(), &asked).await {
        Ok(ctx) => ctx,
        Err(_) => match context(st, &user, uri.path(), &ContextQuery::default()).await {
            Ok(ctx) => ctx,
            Err(_) => return resp,
        },
    };
    let (mut head, _) = resp.into_parts();
    head.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(head, Body::from(shown.render(ctx.layout)))
}

/// A 4xx answer that is not a page (axum's plain-text rejections, an empty 405) becomes the error page,
/// with axum's text as the reason.
async fn frame_refusal(resp: Response) -> Response {
    let status = resp.status();
    let is_page = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !status.is_client_error() || is_page {
        return resp;
    }
    let body = axum::body::to_bytes(resp.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body).trim().to_owned();
    let reason: crate::error::Reason = match status {
        StatusCode::METHOD_NOT_ALLOWED => crate::error::Said::new("error-method", []).into(),
        // The HTTP reason phrase stays as it is (English is the phrase alone); other languages lead with
        // their own words.
        _ if text.is_empty() => crate::error::Said::new(
            "error-refused-status",
            [
                ("status", i64::from(status.as_u16()).into()),
                ("phrase", status.canonical_reason().unwrap_or("Refused").into()),
            ],
        )
        .into(),
        _ => crate::error::Said::new("error-unreadable", [("detail", text.into())]).into(),
    };
    let mut page = PageError::App(AppError::bad_request(reason)).into_response();
    *page.status_mut() = status;
    page
}

/// What the server answers at an address it does not know: a page for people, a problem document under
/// `/api/`.
pub async fn not_found(State(st): State<AppState>, req: Request) -> Response {
    let path = req.uri().path();
    let e = AppError::not_found(crate::error::Said::new("said-nothing-at", [("path", path.into())]));
    if path.starts_with("/api/") {
        return e.into_response();
    }
    let mut resp = PageError::App(e).into_response();
    match resp.extensions_mut().remove::<Shown>() {
        Some(shown) => with_navigation(&st, (req.uri().clone(), req.headers().clone()), &shown, resp).await,
        None => resp,
    }
}
