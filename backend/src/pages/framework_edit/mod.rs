//! The office's framework editing pages: result nodes with their weighted links to goals and targets
//! ([`nodes`]), indicators with every field and the revision form ([`indicators`]), and the mandates
//! with their links ([`mandates`]). Each form calls the same use case as the API, so the rules, the
//! access check (the office only: everyone else gets 403 on every route here) and the audit are the
//! same. A refused form comes back with what was typed and every problem named by its field.

pub mod indicators;
pub mod mandates;
pub mod nodes;

use super::{PageError, PageResult, PageUser};
use crate::auth::Role;
use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// Routes of the framework editing pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/weights.js", get(weights_script))
        .merge(nodes::router())
        .merge(indicators::router())
        .merge(mandates::router())
}

/// The script that sums a node's weights as they are typed (the server checks the sum again).
async fn weights_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../../static/weights.js"),
    )
        .into_response()
}

/// Refuses anyone but the office before a form is drawn (the use case asks the policy again on submit).
pub fn office_only(user: &PageUser) -> PageResult<()> {
    if user.0.role == Role::Admin {
        Ok(())
    } else {
        Err(PageError::App(AppError::forbidden(crate::error::Said::new(
            "said-forbidden-framework",
            [],
        ))))
    }
}

/// Splits a typed tag list (`9.c; 17.8` or `9.c, 17.8`) into tags.
pub fn tags(text: &str) -> Vec<String> {
    text.split([';', ','])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Collects the field errors of several reads into one refusal.
#[derive(Default)]
pub struct Reads(Vec<crate::error::FieldError>);

impl Reads {
    /// The value of `r`, or its field errors kept for [`Reads::finish`].
    pub fn take<T: Default>(&mut self, r: Result<T, AppError>) -> T {
        match r {
            Ok(v) => v,
            Err(AppError::Invalid(e)) => {
                self.0.extend(e);
                T::default()
            }
            Err(other) => {
                self.0
                    .push(crate::error::FieldError::new(String::new(), other.reason()));
                T::default()
            }
        }
    }

    /// `Ok` when every read succeeded, else the problems.
    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.0))
        }
    }
}
