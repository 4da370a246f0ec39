//! Recording notices, always in the caller's transaction (the step that causes them): who is told of
//! what, with the text and the link shown in the product. Each function returns the e-mails of the
//! notices it recorded, for [`super::Mailer::send_later`] once the transaction has committed.

use super::Mail;
use super::text::NoticeText;
use crate::auth::Actor;
use crate::entities::{notifications, users};
use crate::models::measurements::store::slot_label;
use crate::models::measurements::workflow::Step;
use crate::models::measurements::{Indicator, Measurement};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// What a notice is about (the stored `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Values were submitted for approval (to the office).
    Submitted,
    /// A value was returned with a note (to its unit).
    Returned,
    /// A value was approved (to its unit).
    Approved,
    /// A unit has not reported by its due date (to the office).
    Overdue,
    /// A question from Council was assigned to a unit to answer (to its planners).
    Assigned,
}

impl Kind {
    /// The stored word.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Submitted => "submitted",
            Kind::Returned => "returned",
            Kind::Approved => "approved",
            Kind::Overdue => "overdue",
            Kind::Assigned => "assigned",
        }
    }
}

/// One notice to record for several recipients.
struct Draft {
    kind: Kind,
    measurement_id: Option<i32>,
    org_unit_id: Option<i32>,
    /// The English text (stored as `message`, and the mail's body).
    message: String,
    /// The same text as a message of the interface, for readers of other languages.
    text: NoticeText,
    link: String,
    subject: String,
    topic: Option<String>,
}

/// The active admins (the Secretary-General's office), but `except`: id and e-mail.
async fn office(db: &impl ConnectionTrait, except: Option<i32>) -> Result<Vec<(i32, String)>, DbErr> {
    let rows = users::Entity::find()
        .filter(users::Column::Role.eq("admin"))
        .filter(users::Column::Active.eq(true))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|u| Some(u.id) != except)
        .map(|u| (u.id, u.email))
        .collect())
}

/// The active planners of unit `unit_id` and the active users among `also` (who entered or submitted the
/// value), but `except`: id and e-mail.
async fn unit_people(
    db: &impl ConnectionTrait,
    unit_id: i32,
    also: &[i32],
    except: i32,
) -> Result<Vec<(i32, String)>, DbErr> {
    let rows = users::Entity::find()
        .filter(users::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(users::Column::Role.eq("planner"))
                        .add(users::Column::OrgUnitId.eq(unit_id)),
                )
                .add(users::Column::Id.is_in(also.iter().copied())),
        )
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|u| u.id != except)
        .map(|u| (u.id, u.email))
        .collect())
}

/// Inserts `d` once for each recipient and returns their e-mails.
async fn insert(db: &impl ConnectionTrait, d: Draft, to: Vec<(i32, String)>) -> Result<Vec<Mail>, DbErr> {
    if to.is_empty() {
        return Ok(Vec::new());
    }
    let now: DateTimeWithTimeZone = chrono::Utc::now().into();
    let rows = to.iter().map(|(id, _)| notifications::ActiveModel {
        user_id: Set(*id),
        kind: Set(d.kind.word().to_owned()),
        measurement_id: Set(d.measurement_id),
        org_unit_id: Set(d.org_unit_id),
        message: Set(d.message.clone()),
        message_key: Set(Some(d.text.key.to_owned())),
        message_args: Set(Some(d.text.stored_args())),
        link: Set(d.link.clone()),
        topic: Set(d.topic.clone()),
        created_at: Set(now),
        read_at: Set(None),
        ..Default::default()
    });
    notifications::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(to
        .into_iter()
        .map(|(_, email)| Mail {
            to: email,
            subject: d.subject.clone(),
            body: format!("{}\n\nOpen it in stratrack: {}\n", d.message, d.link),
        })
        .collect())
}

/// Records what workflow step `step` on value `m` (of indicator `ind`, plan `plan_code`, unit
/// `unit_code`) tells whom: a submission tells the office; a return (with its note) or an approval tells
/// the unit's planners and whoever entered or submitted the value. The actor is never told of their own
/// step. Other steps record nothing.
pub async fn on_step(
    db: &impl ConnectionTrait,
    actor: &Actor,
    step: Step,
    m: &Measurement,
    ind: &Indicator,
    plan_code: &str,
    note: &str,
) -> Result<Vec<Mail>, DbErr> {
    let label = slot_label(&ind.code, m.year, m.quarter, &m.disaggregation);
    let units = crate::models::units::codes(db).await?;
    let unit = units.get(&ind.owner_unit_id).cloned().unwrap_or_default();
    let view = format!("plan={plan_code}&year={}", m.year);
    let by = actor.name.as_str();
    let (kind, (message, text), link, subject) = match step {
        Step::Submit => (
            Kind::Submitted,
            step_text(Kind::Submitted, [&label, &ind.name, &unit, by, note]),
            format!("/approvals?{view}&unit={unit}"),
            format!("stratrack: {label} of {unit} submitted for approval"),
        ),
        Step::Return => (
            Kind::Returned,
            step_text(Kind::Returned, [&label, &ind.name, &unit, by, note]),
            format!("/entry/{}?{view}", ind.code),
            format!("stratrack: {label} returned to {unit}"),
        ),
        Step::Approve => (
            Kind::Approved,
            step_text(Kind::Approved, [&label, &ind.name, &unit, by, note]),
            format!("/indicators/{}?{view}", ind.code),
            format!("stratrack: {label} approved"),
        ),
        _ => return Ok(Vec::new()),
    };
    // The indicator's id beside its English name, so that a reader sees its name in their language.
    let mut text = text;
    text.args.insert("indicator_id", i64::from(ind.id).into());
    let to = if kind == Kind::Submitted {
        office(db, Some(actor.id)).await?
    } else {
        let also: Vec<i32> = [m.entered_by, m.submitted_by].into_iter().flatten().collect();
        unit_people(db, ind.owner_unit_id, &also, actor.id).await?
    };
    let draft = Draft {
        kind,
        measurement_id: Some(m.id),
        org_unit_id: Some(ind.owner_unit_id),
        message,
        text,
        link,
        subject,
        topic: None,
    };
    insert(db, draft, to).await
}

/// Records, for the office, that `count` values of unit `unit_code` (`unit_id`) were submitted at once
/// (an import with submit) by `actor` (None: the system).
pub async fn submitted_in_bulk(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    unit_id: i32,
    unit_code: &str,
    count: usize,
) -> Result<Vec<Mail>, DbErr> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let (message, text) = bulk_text(count, unit_code, actor.map(|a| a.name.as_str()));
    let draft = Draft {
        kind: Kind::Submitted,
        measurement_id: None,
        org_unit_id: Some(unit_id),
        message,
        text,
        link: format!("/approvals?unit={unit_code}"),
        subject: format!("stratrack: {count} value(s) of {unit_code} submitted for approval"),
        topic: None,
    };
    let to = office(db, actor.map(|a| a.id)).await?;
    insert(db, draft, to).await
}

/// Records, for the office, that unit `unit_code` (`unit_id`) is overdue for `year` of plan `plan_code`
/// (due `due`, `missing` indicators without a submitted value): once per admin, however often it is
/// called (the calendar may call it on every look at the board). Returns the e-mails of the notices
/// recorded now.
pub async fn overdue(
    db: &impl ConnectionTrait,
    unit_id: i32,
    unit_code: &str,
    plan_code: &str,
    year: i32,
    due: chrono::NaiveDate,
    missing: usize,
) -> Result<Vec<Mail>, DbErr> {
    let topic = format!("overdue:{plan_code}:{year}:{unit_code}");
    let told: Vec<i32> = notifications::Entity::find()
        .filter(notifications::Column::Topic.eq(topic.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|n| n.user_id)
        .collect();
    let to: Vec<(i32, String)> = office(db, None)
        .await?
        .into_iter()
        .filter(|(id, _)| !told.contains(id))
        .collect();
    let (message, text) = overdue_text(unit_code, plan_code, year, due, missing);
    let draft = Draft {
        kind: Kind::Overdue,
        measurement_id: None,
        org_unit_id: Some(unit_id),
        message,
        text,
        link: format!("/approvals?plan={plan_code}&year={year}&unit={unit_code}"),
        subject: format!("stratrack: {unit_code} overdue for {year}"),
        topic: Some(topic),
    };
    insert(db, draft, to).await
}

/// Records, for the active planners of unit `unit_code` (`unit_id`), that the office member `actor`
/// assigned them question `thread` to answer. Returns their e-mails.
pub async fn question_assigned(
    db: &impl ConnectionTrait,
    actor: &Actor,
    thread: &crate::entities::question_threads::Model,
    unit_id: i32,
    unit_code: &str,
) -> Result<Vec<Mail>, DbErr> {
    let (message, text) = assigned_text(thread, unit_code, &actor.name);
    let draft = Draft {
        kind: Kind::Assigned,
        measurement_id: None,
        org_unit_id: Some(unit_id),
        message,
        text,
        link: format!("/questions/{}", thread.id),
        subject: format!("stratrack: question {} from Council assigned to {unit_code}", thread.id),
        topic: None,
    };
    let to = unit_people(db, unit_id, &[], actor.id).await?;
    insert(db, draft, to).await
}

/// What a workflow step of `kind` on a value says, in English and as a message: `[label, indicator
/// name, unit, who, note]` (the note only for a return).
fn step_text(kind: Kind, [label, name, unit, by, note]: [&str; 5]) -> (String, NoticeText) {
    match kind {
        Kind::Returned => (
            format!("{label} ({name}) was returned by {by}: {note}"),
            NoticeText::new(
                "notice-text-returned",
                [
                    ("value", label.into()),
                    ("indicator", name.into()),
                    ("by", by.into()),
                    ("note", note.into()),
                ],
            ),
        ),
        Kind::Approved => (
            format!("{label} ({name}) was approved by {by}."),
            NoticeText::new(
                "notice-text-approved",
                [("value", label.into()), ("indicator", name.into()), ("by", by.into())],
            ),
        ),
        _ => (
            format!("{label} ({name}) of {unit} was submitted for approval by {by}."),
            NoticeText::new(
                "notice-text-submitted",
                [
                    ("value", label.into()),
                    ("indicator", name.into()),
                    ("unit", unit.into()),
                    ("by", by.into()),
                ],
            ),
        ),
    }
}

/// `count` values of `unit` submitted at once by `by` (none: an import).
fn bulk_text(count: usize, unit: &str, by: Option<&str>) -> (String, NoticeText) {
    let n = i64::try_from(count).unwrap_or(i64::MAX);
    match by {
        Some(by) => (
            format!("{count} value(s) of {unit} were submitted for approval by {by}."),
            NoticeText::new(
                "notice-text-bulk",
                [("count", n.into()), ("unit", unit.into()), ("by", by.into())],
            ),
        ),
        None => (
            format!("{count} value(s) of {unit} were submitted for approval by an import."),
            NoticeText::new("notice-text-bulk-import", [("count", n.into()), ("unit", unit.into())]),
        ),
    }
}

/// `unit` overdue for `year` of `plan`.
fn overdue_text(unit: &str, plan: &str, year: i32, due: chrono::NaiveDate, missing: usize) -> (String, NoticeText) {
    (
        format!("{unit} is overdue for {plan} {year}: due {due}, {missing} indicator(s) without a submitted value."),
        NoticeText::new(
            "notice-text-overdue",
            [
                ("unit", unit.into()),
                ("plan", plan.into()),
                ("year", i64::from(year).into()),
                ("due", due.to_string().into()),
                ("missing", i64::try_from(missing).unwrap_or(i64::MAX).into()),
            ],
        ),
    )
}

/// Question `thread` assigned to `unit` by `by`.
fn assigned_text(thread: &crate::entities::question_threads::Model, unit: &str, by: &str) -> (String, NoticeText) {
    (
        format!(
            "Question {} from Council, \"{}\" (on {}), was assigned to {unit} to answer by {by}.",
            thread.id, thread.title, thread.subject
        ),
        NoticeText::new(
            "notice-text-assigned",
            [
                ("id", i64::from(thread.id).into()),
                ("title", thread.title.clone().into()),
                ("subject", thread.subject.clone().into()),
                ("unit", unit.into()),
                ("by", by.into()),
            ],
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use stratrack_i18n::Lang;

    /// Each notice's message says in English exactly what the notice has always said.
    #[test]
    fn each_message_says_in_english_what_the_notice_always_said() {
        let mut said = Vec::new();
        for kind in [Kind::Submitted, Kind::Returned, Kind::Approved] {
            said.push(step_text(
                kind,
                [
                    "KPI-R1 2029 Q3",
                    "Spectrum filings",
                    "BR",
                    "Ana Silva",
                    "check the source",
                ],
            ));
        }
        for count in [0, 1, 12] {
            said.push(bulk_text(count, "BDT", Some("Ana Silva")));
            said.push(bulk_text(count, "BDT", None));
        }
        let due = chrono::NaiveDate::from_ymd_opt(2029, 3, 31).unwrap();
        for missing in [1, 2, 2029] {
            said.push(overdue_text("TSB", "SP2028-2031", 2029, due, missing));
        }
        let now: DateTimeWithTimeZone = chrono::Utc::now().into();
        let thread = crate::entities::question_threads::Model {
            id: 1234,
            plan_id: 1,
            subject_kind: "indicator".into(),
            subject: "KPI-D4".into(),
            run_id: None,
            title: "Why \"late\"?".into(),
            asked_by: None,
            assigned_unit_id: None,
            status: "open".into(),
            version: 1,
            created_at: now,
            updated_at: now,
        };
        said.push(assigned_text(&thread, "BDT", "Office"));
        for (english, text) in &said {
            assert_eq!(&text.said_in(Lang::En), english, "{}", text.key);
            for lang in [Lang::Ar, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh] {
                let other = text.said_in(lang);
                assert_ne!(&other, english, "{} in {lang:?}", text.key);
                assert_ne!(other, text.key, "the message exists in {lang:?}");
            }
        }
        assert_eq!(said[3].0, "0 value(s) of BDT were submitted for approval by Ana Silva.");
        assert_eq!(
            said[11].0,
            "TSB is overdue for SP2028-2031 2029: due 2029-03-31, 2029 indicator(s) without a submitted value."
        );
    }
}
