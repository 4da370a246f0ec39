//! Questions from Council on pages: the list (filtered by status, run and indicator), one thread with
//! its messages and the forms its reader may use (reply, assign, mark answered or open), the ask form,
//! and the panel of threads the indicator page and a report run's page show. Each form goes through the
//! use case the API calls ([`crate::models::questions`]) and comes back with what was done or refused.

use crate::auth::Actor;
use crate::error::AppError;
use crate::language;
use crate::models::questions::{
    self, AskQuestion, AssignQuestion, MarkQuestion, QuestionListParams, ReplyToQuestion, SECTIONS, Thread,
};
use crate::pages::forms::{CsrfForm, Filled, Problem, Refusal, Summary, filled as text};
use crate::pages::listing::{self, Choice, Pager};
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, frame, render};
use crate::policy::{Action, allows};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/questions", get(list_page).post(ask))
        .route("/questions/{id}", get(thread_page))
        .route("/questions/{id}/reply", post(reply))
        .route("/questions/{id}/assign", post(assign))
        .route("/questions/{id}/status", post(mark))
}

/// A thread as a list shows it.
pub struct Row {
    /// Thread id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// What it is about, as read.
    pub about: String,
    /// The run asked about.
    pub run: Option<i32>,
    /// open or answered.
    pub status: String,
    /// Who asked.
    pub asked_by: String,
    /// Day asked.
    pub asked_on: String,
    /// Replies so far.
    pub replies: usize,
}

/// What a thread is about, in the reader's language: a section of a report by its heading, an indicator
/// or a result by its code (the words of [`crate::models::questions::subject_label`], translated).
fn about(kind: &str, subject: &str) -> String {
    match kind {
        "section" if SECTIONS.iter().any(|(code, _)| *code == subject) => language::text_with(
            "questions-about-section",
            &[(
                "section",
                language::text(&format!("qsection-{subject}")).as_str().into(),
            )],
        ),
        "section" => subject.to_owned(),
        "node" => language::text_with("questions-about-node", &[("code", subject.into())]),
        _ => language::text_with("questions-about-indicator", &[("code", subject.into())]),
    }
}

impl Row {
    fn of(t: &Thread) -> Self {
        Row {
            id: t.id,
            title: t.title.clone(),
            about: about(&t.subject_kind, &t.subject),
            run: t.run,
            status: t.status.clone(),
            asked_by: t.asked_by.clone(),
            asked_on: t.created_at.format("%Y-%m-%d").to_string(),
            replies: t.messages.len().saturating_sub(1),
        }
    }
}

/// The threads about one subject and the form to ask about it, for the indicator page and a run's page
/// (`templates/questions_panel.html`).
pub struct Panel {
    /// Plan code.
    pub plan: String,
    /// The threads, the latest change first.
    pub threads: Vec<Row>,
    /// Whether the reader may ask (Council reviewers and the office).
    pub may_ask: bool,
    /// The session's CSRF token.
    pub csrf: String,
    /// indicator or section.
    pub subject_kind: &'static str,
    /// The indicator's code (empty for a run: the section is chosen).
    pub subject: String,
    /// The run asked about.
    pub run: Option<i32>,
    /// The sections to choose from (a run's page): their anchors, each shown as the message
    /// `qsection-{anchor}`.
    pub sections: Vec<&'static str>,
    /// Where the form comes back to when refused.
    pub back: String,
}

impl Panel {
    /// The panel of plan `plan`'s threads about indicator `code` (`run` None) or about run `run`.
    pub async fn load(
        db: &crate::models::viewing::Database,
        user: &PageUser,
        plan: &str,
        indicator: Option<&str>,
        run: Option<i32>,
        back: String,
    ) -> PageResult<Panel> {
        let p = QuestionListParams {
            indicator: indicator.map(str::to_owned),
            run,
            per_page: Some(crate::limits::MAX_PER_PAGE),
            ..Default::default()
        };
        let found = questions::list(db, &user.0, plan, p).await?;
        Ok(Panel {
            plan: plan.to_owned(),
            threads: found.items.iter().map(Row::of).collect(),
            may_ask: allows(&user.0, Action::Ask),
            csrf: user.csrf().to_owned(),
            subject_kind: if indicator.is_some() { "indicator" } else { "section" },
            subject: indicator.unwrap_or_default().to_owned(),
            run,
            sections: if indicator.is_some() {
                Vec::new()
            } else {
                SECTIONS.iter().map(|(code, _)| *code).collect()
            },
            back,
        })
    }
}

/// The list's filters as the address carries them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListQuery {
    plan: Option<String>,
    year: Option<i32>,
    status: String,
    run: String,
    indicator: String,
    page: String,
    per_page: String,
}

#[derive(Template)]
#[template(path = "questions.html")]
struct ListPage {
    layout: Layout,
    plan: String,
    statuses: Vec<Choice>,
    run: String,
    indicator: String,
    rows: Vec<Row>,
    pager: Pager,
}

async fn list_page(State(st): State<AppState>, user: PageUser, Query(q): Query<ListQuery>) -> PageResult<Response> {
    let cq = ContextQuery {
        plan: q.plan.clone(),
        year: q.year,
    };
    let ctx = context(&st, &user, "/questions", &cq).await?;
    let plan = ctx.plan.code.clone();
    let (page, per_page) = listing::page_of(&q.page, &q.per_page);
    let run = q.run.trim().parse::<i32>().ok();
    if run.is_none() && !q.run.trim().is_empty() {
        return Err(AppError::field("run", crate::error::Said::new("said-not-a-run-number", [])).into());
    }
    let p = QuestionListParams {
        status: text(&q.status),
        run,
        indicator: text(&q.indicator),
        page: Some(page),
        per_page: Some(per_page),
        ..Default::default()
    };
    let found = questions::list(&st.db, &user.0, &plan, p).await?;
    let pager = Pager::new(
        "/questions",
        &[
            ("plan", &plan),
            ("status", &q.status),
            ("run", &q.run),
            ("indicator", &q.indicator),
        ],
        (found.total, found.page, found.per_page),
        "questions",
    );
    render(&ListPage {
        statuses: listing::choices(questions::STATUSES, q.status.trim()),
        run: q.run.trim().to_owned(),
        indicator: q.indicator.trim().to_owned(),
        rows: found.items.iter().map(Row::of).collect(),
        pager,
        plan,
        layout: ctx.layout.translated(),
    })
}

#[derive(Template)]
#[template(path = "question.html")]
struct ThreadPage {
    layout: Layout,
    plan: String,
    csrf: String,
    thread: Thread,
    about: String,
    /// Where the subject is shown, if it has a page.
    about_href: Option<String>,
    may_reply: bool,
    is_admin: bool,
    units: Vec<Choice>,
    /// The reply as typed when it came back refused (empty otherwise).
    reply_typed: String,
    /// Why the reply came back, listed above its form.
    reply_problems: Vec<Problem>,
    /// What was wrong with the reply's text.
    reply_error: Option<crate::pages::forms::FieldReason>,
}

async fn thread_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    thread_view(&st, &user, id, &q, Filled::fresh(String::new())).await
}

/// Thread `id`'s page, its reply form holding `reply` (what was typed, and why it came back).
async fn thread_view(
    st: &AppState,
    user: &PageUser,
    id: i32,
    q: &ContextQuery,
    reply: Filled<String>,
) -> PageResult<Response> {
    let ctx = context(st, user, "/questions", q).await?;
    let thread = questions::get(&st.db, &user.0, id).await?;
    let ids = crate::pages::forms::unit_ids(&st.db).await?;
    let assigned = thread.assigned_unit.clone().unwrap_or_default();
    let may_reply = allows(&user.0, Action::Answer(ids.get(&assigned).copied()));
    let mut units: Vec<&String> = ids.keys().collect();
    units.sort();
    let about_href = match thread.subject_kind.as_str() {
        "indicator" => Some(format!("/indicators/{}?plan={}", thread.subject, thread.plan)),
        "node" => Some(format!("/framework/{}?plan={}", thread.subject, thread.plan)),
        _ => thread.run.map(|r| format!("/reports/{r}")),
    };
    let page = ThreadPage {
        plan: thread.plan.clone(),
        csrf: user.csrf().to_owned(),
        about: about(&thread.subject_kind, &thread.subject),
        about_href,
        may_reply,
        is_admin: allows(&user.0, Action::Administer),
        units: listing::choices(units, &assigned),
        reply_problems: match &reply.refusal {
            Some(Refusal::Conflict(_)) => vec![Problem {
                field: String::new(),
                reason: crate::pages::forms::FieldReason {
                    text: language::text("questions-changed-meanwhile"),
                    own: true,
                },
            }],
            _ => reply.problems(),
        },
        reply_error: reply.by_field().remove("body"),
        reply_typed: reply.typed.clone(),
        thread,
        layout: ctx.layout.translated(),
    };
    Ok(reply.answer(render(&page)?))
}

/// The ask form (on the indicator page and on a run's page).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct AskForm {
    plan: String,
    subject_kind: String,
    subject: String,
    run: String,
    title: String,
    body: String,
    back: String,
}

/// Where a form may come back to: a path of this site (never `//host` or `/\host`, which browsers
/// read as another site), else the list of questions.
fn local(back: &str) -> String {
    if back.starts_with('/') && !back.starts_with("//") && !back.contains('\\') {
        back.to_owned()
    } else {
        "/questions".to_owned()
    }
}

/// Back to `to` with `e` said as a refusal of `what` (403 stays a 403 page).
fn refused(to: &str, e: AppError, what: &str) -> PageResult<Response> {
    Ok(frame::refused(to, &Refusal::of(e)?.sentence(what)))
}

/// The ask form drawn again on a page of its own, with what was typed and what was refused (422): the
/// indicator page or run page it was sent from shows no typing of its own.
#[derive(Template)]
#[template(path = "question_ask.html")]
struct AskPage {
    layout: Layout,
    plan: String,
    csrf: String,
    about: String,
    back: String,
    typed: AskForm,
    /// The line above the form when it came back (`templates/form_summary.html`).
    error: Option<Summary>,
    errors: std::collections::HashMap<String, crate::pages::forms::FieldReason>,
}

/// `POST /questions`: asks a question (Council reviewers and the office). Refused, the question comes
/// back on a page of its own with the title and text as typed and each refused field named.
async fn ask(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<AskForm>) -> PageResult<Response> {
    crate::policy::authorize(&user.0, Action::Ask)?;
    let body = AskQuestion {
        subject_kind: text(&f.subject_kind),
        subject: text(&f.subject),
        run: f.run.trim().parse().ok(),
        title: Some(f.title.clone()),
        body: Some(f.body.clone()),
    };
    match questions::ask(&st.db, &user.0, &f.plan, body).await {
        Ok(t) => Ok(frame::done(
            &format!("/questions/{}", t.id),
            &language::text_with("questions-sent", &[("id", t.id.into())]),
        )),
        Err(e) => {
            let filled = Filled::refused(f, e)?;
            let cq = ContextQuery {
                plan: Some(filled.typed.plan.clone()),
                year: None,
            };
            let ctx = context(&st, &user, "/questions", &cq).await?;
            let page = AskPage {
                plan: ctx.plan.code.clone(),
                csrf: user.csrf().to_owned(),
                about: about(filled.typed.subject_kind.trim(), filled.typed.subject.trim()),
                back: local(&filled.typed.back),
                error: filled.summary_in("questions-not-sent"),
                errors: filled.by_field(),
                typed: filled.typed.clone(),
                layout: ctx.layout.translated(),
            };
            Ok(filled.answer(render(&page)?))
        }
    }
}

/// The forms of a thread's page: the version read and what the form sets.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ThreadForm {
    version: String,
    body: String,
    unit: String,
    status: String,
}

/// The version a thread form carries.
fn version(f: &ThreadForm) -> Option<i32> {
    f.version.trim().parse().ok()
}

/// Runs `write` for thread `id` and comes back to its page, saying `said` or why not.
async fn on_thread<F>(id: i32, write: F, said: &str) -> PageResult<Response>
where
    F: std::future::Future<Output = Result<Thread, AppError>>,
{
    let to = format!("/questions/{id}");
    match write.await {
        Ok(_) => Ok(frame::done(&to, said)),
        Err(e) => refused(&to, e, &format!("Question {id}")),
    }
}

/// Refuses a reader who may not `action` before anything is read (a 403 page).
fn may(actor: &Actor, action: Action) -> PageResult<()> {
    crate::policy::authorize(actor, action).map_err(Into::into)
}

/// `POST /questions/{id}/reply`: a reply (the office, or the planner of the assigned unit).
async fn reply(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ThreadForm>,
) -> PageResult<Response> {
    may(&user.0, Action::Answer(user.0.unit_id))?;
    let b = ReplyToQuestion {
        version: version(&f),
        body: Some(f.body.clone()),
    };
    match questions::reply(&st.db, &user.0, id, None, b).await {
        Ok(_) => Ok(frame::done(
            &format!("/questions/{id}"),
            &language::text("questions-reply-added"),
        )),
        // Refused (a blank reply, or the thread changed meanwhile): the page again, as it now stands,
        // with the reply as typed.
        Err(e) => thread_view(&st, &user, id, &ContextQuery::default(), Filled::refused(f.body, e)?).await,
    }
}

/// `POST /questions/{id}/assign`: who answers (the office).
async fn assign(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ThreadForm>,
) -> PageResult<Response> {
    may(&user.0, Action::Administer)?;
    let said = match text(&f.unit) {
        Some(u) => language::text_with("questions-assigned", &[("id", id.into()), ("unit", u.as_str().into())]),
        None => language::text_with("questions-to-office", &[("id", id.into())]),
    };
    let b = AssignQuestion {
        version: version(&f),
        unit: text(&f.unit),
    };
    on_thread(id, questions::assign(&st.db, &st.writer, &user.0, id, None, b), &said).await
}

/// `POST /questions/{id}/status`: marked answered, or open again (the office).
async fn mark(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<ThreadForm>,
) -> PageResult<Response> {
    may(&user.0, Action::Administer)?;
    let said = language::text_with(
        if f.status.trim() == "open" {
            "questions-now-open"
        } else {
            "questions-now-answered"
        },
        &[("id", id.into())],
    );
    let b = MarkQuestion {
        version: version(&f),
        status: text(&f.status),
    };
    on_thread(id, questions::mark(&st.db, &user.0, id, None, b), &said).await
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn a_form_comes_back_only_to_a_path_of_this_site() {
        assert_eq!(local("/indicators/KPI-R1?plan=SP"), "/indicators/KPI-R1?plan=SP");
        for elsewhere in ["//evil.test/x", "/\\evil.test", "https://evil.test", ""] {
            assert_eq!(local(elsewhere), "/questions", "{elsewhere}");
        }
    }
}
