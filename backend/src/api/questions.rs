//! `/api/v1/plans/{plan}/questions` and `/api/v1/questions/{id}`: questions from Council. A Council
//! reviewer (or the office) asks about an indicator, a result node or a section of a report run; the
//! office, or the planner of the unit it assigns the question to, replies; the office marks a thread
//! answered or open. Everyone signed in reads. The use cases are [`crate::models::questions`].

use crate::api::common::{ApiJson, Page, Tagged, if_match};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::questions::{self, AskQuestion, AssignQuestion, MarkQuestion, QuestionListParams, ReplyToQuestion};
use crate::state::AppState;
use crate::views::questions::QuestionView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_questions, ask_question))
        .routes(routes!(get_question))
        .routes(routes!(reply_to_question))
        .routes(routes!(assign_question))
        .routes(routes!(mark_question))
}

/// `GET /api/v1/plans/{plan}/questions`: the plan's questions with their messages, the latest change
/// first, filtered by status, run, indicator or node.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/questions", tag = "questions",
    params(("plan" = String, Path, description = "Plan code"), QuestionListParams),
    responses((status = 200, body = Page<QuestionView>)))]
pub async fn list_questions(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<QuestionListParams>,
) -> AppResult<axum::Json<Page<QuestionView>>> {
    Ok(axum::Json(questions::list(&st.db, &actor, &code, p).await?))
}

/// `POST /api/v1/plans/{plan}/questions`: ask a question (a Council reviewer or the office).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/questions", tag = "questions",
    params(("plan" = String, Path, description = "Plan code")), request_body = AskQuestion,
    responses((status = 201, body = QuestionView), (status = 422, body = Problem)))]
pub async fn ask_question(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<AskQuestion>,
) -> AppResult<(StatusCode, Tagged<QuestionView>)> {
    let t = questions::ask(&st.db, &actor, &code, b).await?;
    Ok((StatusCode::CREATED, Tagged(t.version, t)))
}

/// `GET /api/v1/questions/{id}`: one thread with its messages, its version as ETag.
#[utoipa::path(get, path = "/api/v1/questions/{id}", tag = "questions",
    params(("id" = i32, Path, description = "Question id")),
    responses((status = 200, body = QuestionView)))]
pub async fn get_question(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<Tagged<QuestionView>> {
    let t = questions::get(&st.db, &actor, id).await?;
    Ok(Tagged(t.version, t))
}

/// `POST /api/v1/questions/{id}/replies`: reply (the office, or the planner of the assigned unit); needs
/// `version` or `If-Match`.
#[utoipa::path(post, path = "/api/v1/questions/{id}/replies", tag = "questions",
    params(("id" = i32, Path, description = "Question id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = ReplyToQuestion,
    responses((status = 200, body = QuestionView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn reply_to_question(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReplyToQuestion>,
) -> AppResult<Tagged<QuestionView>> {
    let t = questions::reply(&st.db, &actor, id, if_match(&headers), b).await?;
    Ok(Tagged(t.version, t))
}

/// `POST /api/v1/questions/{id}/assign`: assign the question to an org unit whose planner replies, or to
/// nobody but the office (the office); needs `version` or `If-Match`.
#[utoipa::path(post, path = "/api/v1/questions/{id}/assign", tag = "questions",
    params(("id" = i32, Path, description = "Question id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = AssignQuestion,
    responses((status = 200, body = QuestionView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn assign_question(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<AssignQuestion>,
) -> AppResult<Tagged<QuestionView>> {
    let t = questions::assign(&st.db, &st.writer, &actor, id, if_match(&headers), b).await?;
    Ok(Tagged(t.version, t))
}

/// `POST /api/v1/questions/{id}/status`: mark the thread answered, or open it again (the office); needs
/// `version` or `If-Match`.
#[utoipa::path(post, path = "/api/v1/questions/{id}/status", tag = "questions",
    params(("id" = i32, Path, description = "Question id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = MarkQuestion,
    responses((status = 200, body = QuestionView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn mark_question(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<MarkQuestion>,
) -> AppResult<Tagged<QuestionView>> {
    let t = questions::mark(&st.db, &actor, id, if_match(&headers), b).await?;
    Ok(Tagged(t.version, t))
}
