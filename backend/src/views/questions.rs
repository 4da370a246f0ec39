//! A question from Council with its messages as JSON: the domain's record, which is already the answer's
//! shape.

pub use crate::models::questions::{Message as QuestionMessageView, Thread as QuestionView};
