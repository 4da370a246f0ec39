//! Logs: where they go and in what shape (`STRATRACK_LOG_FORMAT`: `text`, the default, or `json` for one
//! JSON object a line), and the request id every line of a request carries.
//!
//! Every request gets an id: the client's `X-Request-Id` when it is sane (1 to 64 characters of
//! `A-Z a-z 0-9 . _ -`, so it cannot forge log lines or smuggle markup), else a new random one. It is a
//! field of the request's span, so every line logged while answering names it, and it is returned as
//! the `X-Request-Id` header, so a user can quote it and an operator find the lines.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::io::IsTerminal;
use std::str::FromStr;

/// The header carrying the request id both ways.
pub const REQUEST_ID: &str = "x-request-id";

/// The filter when `RUST_LOG` is not set.
const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn,tower_http=info";

/// The shape of the log lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// Human-readable lines, coloured only on a terminal.
    #[default]
    Text,
    /// One JSON object a line, for log collectors.
    Json,
}

impl FromStr for LogFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err("must be `text` or `json`".into()),
        }
    }
}

/// Reads `STRATRACK_LOG_FORMAT`; a value other than `text` or `json` is an error naming the variable.
pub fn format_from_env() -> anyhow::Result<LogFormat> {
    match std::env::var("STRATRACK_LOG_FORMAT") {
        Ok(v) => v
            .parse()
            .map_err(|e| anyhow::anyhow!("environment variable STRATRACK_LOG_FORMAT=`{v}` is not valid: {e}")),
        Err(_) => Ok(LogFormat::default()),
    }
}

/// Starts logging to standard error in the format of `STRATRACK_LOG_FORMAT`, filtered by `RUST_LOG`.
/// Colours only when standard error is a terminal and `NO_COLOR` is not set, so files and collectors
/// never get escape codes.
pub fn init() -> anyhow::Result<()> {
    let format = format_from_env()?;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| DEFAULT_FILTER.into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => {
            let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            builder.with_ansi(colour).init();
        }
        LogFormat::Json => builder.json().with_ansi(false).flatten_event(true).init(),
    }
    // A panic becomes one log line in the chosen format, inside the span of the request it happened
    // in, instead of a raw message and backtrace on standard error between the JSON lines.
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("(no message)");
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        tracing::error!(panic.message = ?message, panic.location = %location, "A thread panicked.");
    }));
    Ok(())
}

/// The last-resort answer to a request whose handler panicked: a 500 problem document that says
/// nothing internal (the panic is logged by the hook [`init`] installs), instead of a closed connection.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    use axum::response::IntoResponse;
    crate::error::AppError::Internal("a request handler panicked".into()).into_response()
}

/// The id of the request being answered, in the request's extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// Whether a client's request id may be used as it is.
fn sane(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Middleware: gives the request its id (the client's when sane, else a new one) before the trace span
/// is made, and returns it in the response's `X-Request-Id`.
pub async fn request_id(mut req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| sane(v))
        .map_or_else(|| format!("{:032x}", rand::random::<u128>()), str::to_owned);
    let value = HeaderValue::from_str(&id).expect("a sane id is a valid header value");
    req.headers_mut().insert(REQUEST_ID, value.clone());
    req.extensions_mut().insert(RequestId(id));
    let mut resp = next.run(req).await;
    resp.headers_mut().insert(REQUEST_ID, value);
    resp
}

/// The span of one request, carrying its id, method and path (not the query string, which may hold
/// what a user typed). Made at ERROR level so that no `RUST_LOG` filter that lets a line through drops
/// the span that names its request.
pub fn request_span(req: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = req.extensions().get::<RequestId>().map_or("", |r| r.0.as_str());
    tracing::error_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_plain_ids_are_taken_from_the_client() {
        assert!(sane("abc-123_X.y"));
        assert!(sane(&"a".repeat(64)));
        assert!(!sane(&"a".repeat(65)));
        assert!(!sane(""));
        assert!(!sane("a b"));
        assert!(!sane("a\"}\n{"));
        assert!(!sane("é"));
    }

    #[tokio::test]
    async fn a_panicking_handler_gets_a_problem_document_that_says_nothing_internal() {
        use tower::ServiceExt;
        let app = axum::Router::new()
            .route(
                "/boom",
                axum::routing::get(|| async {
                    panic!("secret detail");
                    #[allow(unreachable_code)]
                    ""
                }),
            )
            .layer(tower_http::catch_panic::CatchPanicLayer::custom(panic_response));
        let req = axum::http::Request::get("/boom")
            .body(axum::body::Body::empty())
            .unwrap();
        let resp = app.oneshot(req).await.unwrap();
        assert_eq!(resp.status(), axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(resp.headers()["content-type"], "application/problem+json");
        let body = http_body_util::BodyExt::collect(resp.into_body())
            .await
            .unwrap()
            .to_bytes();
        let text = String::from_utf8(body.to_vec()).unwrap();
        assert!(
            text.contains("\"code\":\"internal\"") && !text.contains("secret"),
            "{text}"
        );
    }

    #[test]
    fn the_log_format_is_text_or_json() {
        assert_eq!("".parse::<LogFormat>(), Ok(LogFormat::Text));
        assert_eq!("JSON".parse::<LogFormat>(), Ok(LogFormat::Json));
        assert!("yaml".parse::<LogFormat>().is_err());
    }
}
