//! Reading questions from Council: one thread, a plan's threads filtered by status, run, indicator or
//! node, and every thread of a plan for the report's annex. Everyone signed in reads.

use super::{Message, STATUSES, Thread};
use crate::auth::Actor;
use crate::entities::{org_units, question_messages, question_threads, users};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::models::checks::one_of;
use crate::models::paging::{Page, PageParams, paginate};
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use std::collections::HashMap;

/// Filters and paging of a plan's questions.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct QuestionListParams {
    /// open or answered.
    pub status: Option<String>,
    /// Only the questions about this report run.
    pub run: Option<i32>,
    /// Only the questions about this indicator (code).
    pub indicator: Option<String>,
    /// Only the questions about this result node (code).
    pub node: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// created_at, updated_at (default `-updated_at`: the latest change first) or status; `-` first for
    /// descending. Ties by id.
    pub sort: Option<String>,
}

/// Thread `id`, or 404.
pub(super) async fn thread_or_404(db: &impl ConnectionTrait, id: i32) -> AppResult<question_threads::Model> {
    question_threads::Entity::find_by_id(id).one(db).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-question",
            [("id", i64::from(id).into())],
        ))
    })
}

/// How a user reads as an author: their name and role.
fn author(u: &users::Model, units: &HashMap<i32, String>) -> String {
    let role = match u.role.as_str() {
        "admin" => "Secretary-General's office".to_owned(),
        "reviewer" => "Council member".to_owned(),
        _ => match u.org_unit_id.and_then(|id| units.get(&id)) {
            Some(unit) => format!("planner, {unit}"),
            None => "planner".to_owned(),
        },
    };
    format!("{} ({role})", u.display_name)
}

/// The threads `rows` with their messages, authors and codes, in the order given.
pub(super) async fn views(db: &impl ConnectionTrait, rows: Vec<question_threads::Model>) -> Result<Vec<Thread>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|t| t.id).collect();
    let messages = question_messages::Entity::find()
        .filter(question_messages::Column::ThreadId.is_in(ids))
        .order_by_asc(question_messages::Column::CreatedAt)
        .order_by_asc(question_messages::Column::Id)
        .all(db)
        .await?;
    let people: Vec<i32> = rows
        .iter()
        .filter_map(|t| t.asked_by)
        .chain(messages.iter().filter_map(|m| m.author_id))
        .collect();
    let units: HashMap<i32, String> = org_units::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    let names: HashMap<i32, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(people))
        .all(db)
        .await?
        .iter()
        .map(|u| (u.id, author(u, &units)))
        .collect();
    let plans = crate::models::plans::codes(db).await?;
    let name = |id: Option<i32>| id.and_then(|id| names.get(&id).cloned()).unwrap_or_else(|| "—".into());
    let mut by_thread: HashMap<i32, Vec<Message>> = HashMap::new();
    for m in messages {
        by_thread.entry(m.thread_id).or_default().push(Message {
            id: m.id,
            author: name(m.author_id),
            body: m.body,
            created_at: m.created_at.to_utc(),
        });
    }
    Ok(rows
        .into_iter()
        .map(|t| Thread {
            id: t.id,
            plan: plans.get(&t.plan_id).cloned().unwrap_or_default(),
            subject_kind: t.subject_kind,
            subject: t.subject,
            run: t.run_id,
            title: t.title,
            asked_by: name(t.asked_by),
            assigned_unit: t.assigned_unit_id.and_then(|u| units.get(&u).cloned()),
            status: t.status,
            version: t.version,
            created_at: t.created_at.to_utc(),
            updated_at: t.updated_at.to_utc(),
            messages: by_thread.remove(&t.id).unwrap_or_default(),
        })
        .collect())
}

/// The view of one thread.
pub(super) async fn view(db: &impl ConnectionTrait, t: question_threads::Model) -> AppResult<Thread> {
    views(db, vec![t])
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal("a thread without its view".into()))
}

/// Question `id` with its messages.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<Thread> {
    authorize(actor, Action::Read)?;
    view(db, thread_or_404(db, id).await?).await
}

/// The questions of plan `code` that `p` selects, one page of them, the latest change first.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: QuestionListParams,
) -> AppResult<Page<Thread>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let mut errs = FieldErrors::default();
    if let Some(s) = &p.status {
        one_of(&mut errs, "status", s, STATUSES);
    }
    errs.finish()?;
    let mut q = question_threads::Entity::find().filter(question_threads::Column::PlanId.eq(plan.id));
    if let Some(s) = &p.status {
        q = q.filter(question_threads::Column::Status.eq(s.as_str()));
    }
    if let Some(run) = p.run {
        q = q.filter(question_threads::Column::RunId.eq(run));
    }
    for (kind, code) in [("indicator", &p.indicator), ("node", &p.node)] {
        if let Some(code) = code {
            q = q
                .filter(question_threads::Column::SubjectKind.eq(kind))
                .filter(question_threads::Column::Subject.eq(code.as_str()));
        }
    }
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort.or_else(|| Some("-updated_at".into())),
    };
    let column = |name: &str| match name {
        "created_at" => Some(question_threads::Column::CreatedAt),
        "updated_at" => Some(question_threads::Column::UpdatedAt),
        "status" => Some(question_threads::Column::Status),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(
        db,
        q,
        &paging,
        column,
        question_threads::Column::UpdatedAt,
        question_threads::Column::Id,
    )
    .await?;
    Ok(Page {
        items: views(db, rows).await?,
        total,
        page,
        per_page,
    })
}

/// Every thread of plan `plan_id` in the order asked, with its messages: what the report's annex carries.
pub async fn of_plan(db: &impl ConnectionTrait, plan_id: i32) -> Result<Vec<Thread>, DbErr> {
    let rows = question_threads::Entity::find()
        .filter(question_threads::Column::PlanId.eq(plan_id))
        .order_by_asc(question_threads::Column::CreatedAt)
        .order_by_asc(question_threads::Column::Id)
        .all(db)
        .await?;
    views(db, rows).await
}
