//! Writing questions from Council: a reviewer or the office asks; the office, or the planner of the unit
//! the office assigned the question to, replies; the office assigns and marks a thread answered or open.
//! Every change after the question claims the version it was based on and is audited as a `question`.

use super::read::{thread_or_404, view};
use super::{SECTIONS, STATUSES, SUBJECT_KINDS, Thread};
use crate::auth::Actor;
use crate::entities::{question_messages, question_threads};
use crate::error::{AppResult, FieldErrors};
use crate::models::checks::{one_of, require};
use crate::models::codes::node_by_code;
use crate::models::notifications::record;
use crate::models::patching::Claim;
use crate::models::plans::plan_by_code;
use crate::models::transactions::Writer;
use crate::models::versioned::{self, Write};
use crate::policy::{Action, authorize};
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel};
use serde::Deserialize;

/// What the audit log calls a thread.
const KIND: &str = "question";

/// A new question. `subject_kind`, `subject`, `title` and `body` are required; `run` too when the
/// question is about a section of a report run.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AskQuestion {
    /// indicator, node or section.
    #[schema(max_length = 64)]
    pub subject_kind: Option<String>,
    /// The indicator or node code, or the report section (`report`, `summary`, `goals`, `priorities`,
    /// `finance`, `operations`, `risks`, `breakdowns`, `data-quality`, `annex`, `sheets`, `moves`).
    #[schema(max_length = 64)]
    pub subject: Option<String>,
    /// The report run asked about (of the same plan; a Council reviewer sees published runs only).
    pub run: Option<i32>,
    /// A short title.
    #[schema(max_length = 500)]
    pub title: Option<String>,
    /// The question.
    #[schema(max_length = 10000)]
    pub body: Option<String>,
}

/// A reply to a question.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyToQuestion {
    /// The thread's version read (or send `If-Match`).
    pub version: Option<i32>,
    /// The reply.
    #[schema(max_length = 10000)]
    pub body: Option<String>,
}

/// Who answers a question: an org unit's code, or none (the office itself).
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignQuestion {
    /// The thread's version read (or send `If-Match`).
    pub version: Option<i32>,
    /// The org unit whose planner answers; absent or null: nobody but the office.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
}

/// A thread marked answered, or opened again.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkQuestion {
    /// The thread's version read (or send `If-Match`).
    pub version: Option<i32>,
    /// answered or open.
    #[schema(max_length = 64)]
    pub status: Option<String>,
}

/// `text` trimmed, or None (with "is required" recorded against `field`) when absent or blank.
fn required(errs: &mut FieldErrors, field: &str, text: Option<&str>) -> Option<String> {
    let t = text.map(str::trim).filter(|t| !t.is_empty());
    require(errs, &[(field, t.is_none())]);
    t.map(str::to_owned)
}

/// Appends `body` by `actor` to thread `thread_id`.
async fn add_message(db: &impl ConnectionTrait, actor: &Actor, thread_id: i32, body: String) -> AppResult<()> {
    question_messages::ActiveModel {
        thread_id: Set(thread_id),
        author_id: Set(Some(actor.id)),
        body: Set(body),
        created_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Checks what `b` asks about in plan `plan_id`, every bad field recorded: the kind, the subject (an
/// indicator or node of the plan, or a report section), the run (visible to `actor`, of the same plan;
/// required for a section).
async fn check_subject(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan_id: i32,
    b: &AskQuestion,
    errs: &mut FieldErrors,
) -> AppResult<(String, String)> {
    let kind = b.subject_kind.clone().unwrap_or_default();
    let subject = b.subject.as_deref().unwrap_or_default().trim().to_owned();
    require(
        errs,
        &[
            ("subject_kind", b.subject_kind.is_none()),
            ("subject", subject.is_empty()),
        ],
    );
    if b.subject_kind.is_some() {
        one_of(errs, "subject_kind", &kind, SUBJECT_KINDS);
    }
    if !subject.is_empty() {
        let known = match kind.as_str() {
            "indicator" => crate::models::indicators::by_code(db, plan_id, &subject)
                .await?
                .is_some(),
            "node" => node_by_code(db, plan_id, &subject).await?.is_some(),
            "section" => SECTIONS.iter().any(|(code, _)| *code == subject),
            _ => true,
        };
        if !known {
            errs.push(
                "subject",
                crate::error::Said::new(
                    "said-plan-no-subject",
                    [("kind", kind.as_str().into()), ("subject", subject.as_str().into())],
                ),
            );
        }
    }
    match b.run {
        Some(run) => match crate::models::report_runs::read::visible_run(db, actor, run).await {
            Ok(r) if r.plan_id == plan_id => {}
            Ok(_) => errs.push(
                "run",
                crate::error::Said::new("said-run-of-another-plan", [("id", i64::from(run).into())]),
            ),
            Err(crate::error::AppError::NotFound(_)) => errs.push(
                "run",
                crate::error::Said::new("said-no-run", [("id", i64::from(run).into())]),
            ),
            Err(e) => return Err(e),
        },
        None if kind == "section" => errs.push("run", crate::error::Said::new("said-run-for-section", [])),
        None => {}
    }
    Ok((kind, subject))
}

/// Asks a question about plan `code` (a Council reviewer or the office): the thread opens with the
/// question as its first message.
pub async fn ask(db: &DatabaseConnection, actor: &Actor, code: &str, b: AskQuestion) -> AppResult<Thread> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Ask)?;
    let w = Write::begin(db, actor, KIND).await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let mut errs = FieldErrors::default();
    let (kind, subject) = check_subject(&w.txn, actor, plan.id, &b, &mut errs).await?;
    let title = required(&mut errs, "title", b.title.as_deref());
    let body = required(&mut errs, "body", b.body.as_deref());
    errs.finish()?;
    let am = question_threads::ActiveModel {
        plan_id: Set(plan.id),
        subject_kind: Set(kind),
        subject: Set(subject),
        run_id: Set(b.run),
        title: Set(title.unwrap_or_default()),
        asked_by: Set(Some(actor.id)),
        assigned_unit_id: Set(None),
        status: Set("open".into()),
        ..Default::default()
    };
    let t: question_threads::Model = versioned::insert(&w.txn, am).await?;
    add_message(&w.txn, actor, t.id, body.unwrap_or_default()).await?;
    let id = t.id;
    let e = view(&w.txn, t).await?;
    w.created(id, e).await
}

/// Writes `change` to thread `old` as its next version if `claim` names its current one; records the
/// change (`before` being the thread before any message this write added) and commits.
async fn next_version(
    w: Write<'_>,
    old: question_threads::Model,
    before: Thread,
    change: impl FnOnce(&mut question_threads::ActiveModel),
    claimed: (i32, bool),
) -> AppResult<Thread> {
    let (id, version) = (old.id, old.version);
    crate::models::patching::check_version(
        claimed,
        version,
        crate::error::Said::new("said-what-question", [("id", i64::from(id).into())]),
    )?;
    let mut am = old.into_active_model();
    change(&mut am);
    am.version = Set(version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let saved = versioned::update_changing(&w.txn, am, id, version, None).await?;
    let after = view(&w.txn, saved).await?;
    w.updated(id, before, after).await
}

/// Replies to question `id` (the office, or the planner of the unit it is assigned to) if the thread is
/// still at the version the client read (`if_match`, else `b.version`).
pub async fn reply(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    if_match: Option<String>,
    b: ReplyToQuestion,
) -> AppResult<Thread> {
    crate::limits::enforce(&b)?;
    // Reviewers (and planners without a unit) are refused before the thread is read.
    authorize(actor, Action::Answer(actor.unit_id))?;
    let w = Write::begin(db, actor, KIND).await?;
    let old = thread_or_404(&w.txn, id).await?;
    authorize(actor, Action::Answer(old.assigned_unit_id))?;
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let mut errs = FieldErrors::default();
    let body = required(&mut errs, "body", b.body.as_deref());
    errs.finish()?;
    crate::models::patching::check_version(
        claimed,
        old.version,
        crate::error::Said::new("said-what-question", [("id", i64::from(id).into())]),
    )?;
    let before = view(&w.txn, old.clone()).await?;
    add_message(&w.txn, actor, id, body.unwrap_or_default()).await?;
    next_version(w, old, before, |_| {}, claimed).await
}

/// Assigns question `id` to org unit `b.unit` (none: the office answers itself); the office only. The
/// unit's planners are notified (in the product, and by mail through `writer`'s mailer).
pub async fn assign(
    db: &DatabaseConnection,
    writer: &Writer,
    actor: &Actor,
    id: i32,
    if_match: Option<String>,
    b: AssignQuestion,
) -> AppResult<Thread> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let w = Write::begin(db, actor, KIND).await?;
    let old = thread_or_404(&w.txn, id).await?;
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let mut errs = Vec::new();
    let unit = crate::models::codes::resolve_unit(&w.txn, "unit", b.unit.as_deref(), &mut errs).await?;
    FieldErrors(errs).finish()?;
    if unit.as_ref().map(|u| u.id) == old.assigned_unit_id {
        crate::models::patching::check_version(
            claimed,
            old.version,
            crate::error::Said::new("said-what-question", [("id", i64::from(id).into())]),
        )?;
        return view(&w.txn, old).await;
    }
    let before = view(&w.txn, old.clone()).await?;
    // The unit's planners are told in the same transaction, and mailed once it has committed.
    let mails = match &unit {
        Some(u) => record::question_assigned(&w.txn, actor, &old, u.id, &u.code).await?,
        None => Vec::new(),
    };
    let unit = unit.map(|u| u.id);
    let thread = next_version(w, old, before, |am| am.assigned_unit_id = Set(unit), claimed).await?;
    writer.mailer().send_later(mails);
    Ok(thread)
}

/// Marks question `id` answered or open again (`b.status`); the office only.
pub async fn mark(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    if_match: Option<String>,
    b: MarkQuestion,
) -> AppResult<Thread> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let w = Write::begin(db, actor, KIND).await?;
    let old = thread_or_404(&w.txn, id).await?;
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let mut errs = FieldErrors::default();
    let status = required(&mut errs, "status", b.status.as_deref()).unwrap_or_default();
    if !status.is_empty() {
        one_of(&mut errs, "status", &status, STATUSES);
    }
    errs.finish()?;
    if status == old.status {
        crate::models::patching::check_version(
            claimed,
            old.version,
            crate::error::Said::new("said-what-question", [("id", i64::from(id).into())]),
        )?;
        return view(&w.txn, old).await;
    }
    let before = view(&w.txn, old.clone()).await?;
    next_version(w, old, before, |am| am.status = Set(status), claimed).await
}
