//! Typed requests to the router: `app.as_(&t.planner_br).post(path).json(&body).if_match(v).send().await`
//! (or just `.await`) gives an [`Answer`] with its status, headers and body.

use super::TestApp;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, request};
use std::future::{Future, IntoFuture};
use std::pin::Pin;

/// Who sends the requests: a bearer token, or nobody.
#[derive(Clone, Copy)]
pub struct Caller<'a> {
    app: &'a TestApp,
    token: Option<&'a str>,
}

impl TestApp {
    /// Requests sent with `token` as the bearer token.
    pub fn as_<'a>(&'a self, token: &'a str) -> Caller<'a> {
        Caller {
            app: self,
            token: Some(token),
        }
    }

    /// Requests sent without credentials.
    pub fn anonymous(&self) -> Caller<'_> {
        Caller { app: self, token: None }
    }
}

impl<'a> Caller<'a> {
    /// A request with any method (`"GET"`, `"POST"`, …).
    pub fn request(self, method: &str, path: &str) -> Call<'a> {
        let mut parts = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).expect("an HTTP method"))
            .uri(path);
        if let Some(t) = self.token {
            parts = parts.header("authorization", format!("Bearer {t}"));
        }
        Call {
            app: self.app,
            parts,
            body: Body::empty(),
        }
    }

    pub fn get(self, path: &str) -> Call<'a> {
        self.request("GET", path)
    }

    pub fn post(self, path: &str) -> Call<'a> {
        self.request("POST", path)
    }

    pub fn put(self, path: &str) -> Call<'a> {
        self.request("PUT", path)
    }

    pub fn patch(self, path: &str) -> Call<'a> {
        self.request("PATCH", path)
    }

    pub fn delete(self, path: &str) -> Call<'a> {
        self.request("DELETE", path)
    }
}

/// A request being put together; send it with [`Call::send`] or by awaiting it.
pub struct Call<'a> {
    app: &'a TestApp,
    parts: request::Builder,
    body: Body,
}

impl Call<'_> {
    /// A JSON body.
    pub fn json(self, body: &impl serde::Serialize) -> Self {
        let bytes = serde_json::to_vec(body).expect("a body that serialises");
        self.body("application/json", bytes)
    }

    /// A body of any content type.
    pub fn body(mut self, content_type: &str, bytes: impl Into<Body>) -> Self {
        self.parts = self.parts.header("content-type", content_type);
        self.body = bytes.into();
        self
    }

    /// `If-Match` with the entity tag of `version`.
    pub fn if_match(self, version: i64) -> Self {
        self.header("if-match", &format!("\"{version}\""))
    }

    /// Any other header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.parts = self.parts.header(name, value);
        self
    }

    /// Sends the request through the router.
    pub async fn send(self) -> Answer {
        let req = self.parts.body(self.body).expect("a valid request");
        let (status, headers, body) = self.app.exchange(req).await;
        Answer { status, headers, body }
    }
}

impl<'a> IntoFuture for Call<'a> {
    type Output = Answer;
    type IntoFuture = Pin<Box<dyn Future<Output = Answer> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// The router's answer.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    /// The body as JSON (`Null` when it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `ETag` header; panics when there is none.
    pub fn etag(&self) -> &str {
        self.header("etag").expect("an ETag")
    }

    /// A header's value, when present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Status and JSON body, as the untyped [`TestApp::call`] gives them.
    pub fn status_and_json(self) -> (StatusCode, serde_json::Value) {
        let json = self.json();
        (self.status, json)
    }

    /// The JSON body, after asserting the status (the body is shown when it differs).
    pub fn expect(self, status: StatusCode) -> serde_json::Value {
        assert_eq!(self.status, status, "{}", self.text());
        self.json()
    }
}
