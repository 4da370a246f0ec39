//! Notices in the product: a planner is told when a value of their unit is returned or approved, the
//! Secretary-General's office when values are submitted and when a unit is overdue. One row per
//! recipient ([`record`], written in the transaction of the step that causes it); each user lists and
//! marks their own ([`read`]). When SMTP is configured the same notices are mailed ([`mail`]), after
//! the transaction commits and never in the way of the request. A notice's text is kept in English and
//! as a message of the interface ([`text`]), shown in each reader's language.

pub mod mail;
pub mod read;
pub mod record;
pub mod text;

pub use mail::{Mail, Mailer, SmtpUrl};
pub use read::{Notice, UNREAD_COLUMN, Which, list, mark_read, unread_column, unread_count, unread_of_row};
