//! The report's annex "Questions from Council members and replies": every thread of the plan asked up
//! to the moment the input is built (a freeze or a preview), with its messages.

use super::Stamp;
use crate::models::questions::{self, subject_label};
use sea_orm::{ConnectionTrait, DbErr};
use stratrack_reports::input::{QuestionInput, QuestionMessage};

/// The threads of plan `plan_id` in the order asked, each change seen by `stamp`.
pub async fn annex(db: &impl ConnectionTrait, plan_id: i32, stamp: &mut Stamp) -> Result<Vec<QuestionInput>, DbErr> {
    let threads = questions::of_plan(db, plan_id).await?;
    Ok(threads
        .into_iter()
        .map(|t| {
            stamp.see(t.updated_at.into());
            QuestionInput {
                id: t.id,
                about: subject_label(&t.subject_kind, &t.subject),
                run_id: t.run,
                title: t.title,
                asked_by: t.asked_by,
                asked_at: t.created_at,
                status: t.status,
                messages: t
                    .messages
                    .into_iter()
                    .map(|m| QuestionMessage {
                        author: m.author,
                        at: m.created_at,
                        body: m.body,
                    })
                    .collect(),
            }
        })
        .collect())
}
