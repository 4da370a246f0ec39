//! Recording notices, always in the caller's transaction (the step that causes them): who is told of
//! what, with the text and the link shown in the product. Each function returns the e-mails of the
//! notices it recorded, for [`super::Mailer::send_later`] once the transaction has committed, each in
//! its recipient's language (their stored preference; English when none): the same message as the
//! notice, and a subject and link line of its own (`notice-mail-…`), whose English is what the mails
//! always said.

use super::Mail;
use super::text::NoticeText;
use crate::auth::Actor;
use crate::entities::{notifications, users};
use crate::models::measurements::store::slot_label;
use crate::models::measurements::workflow::Step;
use crate::models::measurements::{Indicator, Measurement};
use crate::models::translations::{self, Lookup};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use stratrack_i18n::{Arg, Lang};

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
    /// The mail's subject, a `notice-mail-…` message.
    subject: NoticeText,
    topic: Option<String>,
}

/// Who is told: the user's id, e-mail and language (their stored preference; English when none).
struct Recipient {
    id: i32,
    email: String,
    lang: Lang,
}

impl From<users::Model> for Recipient {
    fn from(u: users::Model) -> Self {
        Recipient {
            lang: u.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En),
            id: u.id,
            email: u.email,
        }
    }
}

/// The active admins (the Secretary-General's office), but `except`.
async fn office(db: &impl ConnectionTrait, except: Option<i32>) -> Result<Vec<Recipient>, DbErr> {
    recipients(db, office_among(except)).await
}

/// Which users are the office but `except`: the active admins.
fn office_among(except: Option<i32>) -> Condition {
    let office = Condition::all()
        .add(users::Column::Role.eq("admin"))
        .add(users::Column::Active.eq(true));
    match except {
        Some(id) => office.add(users::Column::Id.ne(id)),
        None => office,
    }
}

/// Which users are the active planners of unit `unit_id` and the active users among `also` (who entered
/// or submitted the value), but `except`.
fn unit_people_among(unit_id: i32, also: &[i32], except: i32) -> Condition {
    Condition::all()
        .add(users::Column::Active.eq(true))
        .add(users::Column::Id.ne(except))
        .add(
            Condition::any()
                .add(
                    Condition::all()
                        .add(users::Column::Role.eq("planner"))
                        .add(users::Column::OrgUnitId.eq(unit_id)),
                )
                .add(users::Column::Id.is_in(also.iter().copied())),
        )
}

/// The users `among` names, in the order of their ids.
async fn recipients(db: &impl ConnectionTrait, among: Condition) -> Result<Vec<Recipient>, DbErr> {
    let rows = users::Entity::find()
        .filter(among)
        .order_by_asc(users::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Recipient::from).collect())
}

/// Inserts `d` once for each recipient and returns their e-mails, each in its recipient's language.
async fn insert(db: &impl ConnectionTrait, d: Draft, to: Vec<Recipient>) -> Result<Vec<Mail>, DbErr> {
    if to.is_empty() {
        return Ok(Vec::new());
    }
    let now: DateTimeWithTimeZone = chrono::Utc::now().into();
    notifications::Entity::insert_many(to.iter().map(|r| d.row(r.id, now)))
        .exec_without_returning(db)
        .await?;
    mails(db, &d, to).await
}

impl Draft {
    /// This notice for user `user_id`, recorded `now`.
    fn row(&self, user_id: i32, now: DateTimeWithTimeZone) -> notifications::ActiveModel {
        notifications::ActiveModel {
            user_id: Set(user_id),
            kind: Set(self.kind.word().to_owned()),
            measurement_id: Set(self.measurement_id),
            org_unit_id: Set(self.org_unit_id),
            message: Set(self.message.clone()),
            message_key: Set(Some(self.text.key.to_owned())),
            message_args: Set(Some(self.text.stored_args())),
            link: Set(self.link.clone()),
            topic: Set(self.topic.clone()),
            created_at: Set(now),
            read_at: Set(None),
            ..Default::default()
        }
    }
}

/// The e-mails of the notice `d` recorded for `to`, each in its recipient's language.
async fn mails(db: &impl ConnectionTrait, d: &Draft, to: Vec<Recipient>) -> Result<Vec<Mail>, DbErr> {
    let mut langs: Vec<Lang> = to.iter().map(|r| r.lang).collect();
    langs.sort_by_key(|l| l.code());
    langs.dedup();
    let mut names: HashMap<Lang, Lookup> = HashMap::new();
    for lang in langs {
        names.insert(lang, translations::resolve(db, lang).await?);
    }
    let english = Lookup::english();
    Ok(to
        .into_iter()
        .map(|r| mail(d, r.email, names.get(&r.lang).unwrap_or(&english)))
        .collect())
}

/// The mail of `d` to `to`, in `names`' language: the subject, the notice's message (its indicator
/// named in that language) and the line with its link.
fn mail(d: &Draft, to: String, names: &Lookup) -> Mail {
    let lang = names.lang();
    let open = stratrack_i18n::text_with(lang, "notice-mail-open", &[("link", Arg::from(d.link.as_str()))]);
    Mail {
        to,
        subject: d.subject.said_in(lang),
        body: format!("{}\n\n{open}\n", d.text.said_named(names)),
    }
}

/// Records the notice of a workflow step ([`StepNotice::of`]; nothing for a step that tells nobody) for
/// its recipients.
pub async fn on_step(db: &impl ConnectionTrait, notice: Option<StepNotice>) -> Result<Vec<Mail>, DbErr> {
    let Some(StepNotice { draft, among }) = notice else {
        return Ok(Vec::new());
    };
    let to = recipients(db, among).await?;
    insert(db, draft, to).await
}

/// The notice a workflow step causes, not yet recorded: what it says, and which users it is for (see
/// [`on_step`]).
pub struct StepNotice {
    draft: Draft,
    among: Condition,
}

/// Columns of a one-statement step's answer naming a recipient of its notice (see
/// [`StepNotice::record_for_row`]).
const TO_ID: &str = "notice_to_id";
const TO_EMAIL: &str = "notice_to_email";
const TO_LANGUAGE: &str = "notice_to_language";

impl StepNotice {
    /// What workflow step `step` on value `m` (of indicator `ind`, plan `plan_code`, and `unit` the code
    /// of the indicator's owner unit) tells whom: a submission tells the office; a return (with its note)
    /// or an approval tells the unit's planners and whoever entered or submitted the value. The actor is
    /// never told of their own step. None for other steps, which tell nobody.
    pub fn of(
        actor: &Actor,
        step: Step,
        m: &Measurement,
        ind: &Indicator,
        (plan_code, unit): (&str, &str),
        note: &str,
    ) -> Option<StepNotice> {
        let label = slot_label(&ind.code, m.year, m.quarter, &m.disaggregation);
        let view = format!("plan={plan_code}&year={}", m.year);
        let by = actor.name.as_str();
        let (kind, link) = match step {
            Step::Submit => (Kind::Submitted, format!("/approvals?{view}&unit={unit}")),
            Step::Return => (Kind::Returned, format!("/entry/{}?{view}", ind.code)),
            Step::Approve => (Kind::Approved, format!("/indicators/{}?{view}", ind.code)),
            _ => return None,
        };
        let (message, text) = step_text(kind, [&label, &ind.name, unit, by, note]);
        let subject = step_subject(kind, &label, unit);
        // The indicator's id beside its English name, so that a reader sees its name in their language.
        let mut text = text;
        text.args.insert("indicator_id", i64::from(ind.id).into());
        let among = if kind == Kind::Submitted {
            office_among(Some(actor.id))
        } else {
            let also: Vec<i32> = [m.entered_by, m.submitted_by].into_iter().flatten().collect();
            unit_people_among(ind.owner_unit_id, &also, actor.id)
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
        Some(StepNotice { draft, among })
    }

    /// PostgreSQL, for a step made in one statement (a data-modifying `WITH`): the common table
    /// expressions that record this notice for its recipients when the step's own expression `source`
    /// holds its row (and for nobody when it holds none), to put after it; and the query answering the
    /// statement: `source`'s row once for each recipient (once, recipient columns empty, when there is
    /// none), for [`StepNotice::mails_of`].
    pub fn record_for_row(
        &self,
        source: &str,
    ) -> Result<
        (
            Vec<sea_orm::sea_query::CommonTableExpression>,
            sea_orm::sea_query::SelectStatement,
        ),
        DbErr,
    > {
        use crate::models::transactions::part;
        use sea_orm::sea_query::{Alias, Asterisk, Expr, Query};
        use sea_orm::{ActiveModelTrait, Iterable};
        let to = Alias::new("notice_to");
        let who = Query::select()
            .columns([users::Column::Id, users::Column::Email, users::Column::Language])
            .from(users::Entity)
            .cond_where(self.among.clone())
            .and_where(Expr::exists(
                Query::select().expr(Expr::val(1)).from(Alias::new(source)).to_owned(),
            ))
            .to_owned();
        let now: DateTimeWithTimeZone = chrono::Utc::now().into();
        let row = self.draft.row(0, now);
        let (mut columns, mut values) = (Vec::new(), Vec::new());
        for c in notifications::Column::iter() {
            let sea_orm::ActiveValue::Set(v) = row.get(c) else {
                continue;
            };
            columns.push(c);
            values.push(match c {
                notifications::Column::UserId => Expr::col((to.clone(), users::Column::Id)),
                _ => Expr::val(v),
            });
        }
        let mut record = Query::insert();
        record
            .into_table(notifications::Entity)
            .columns(columns)
            .select_from(Query::select().exprs(values).from(to.clone()).to_owned())
            .map_err(|e| DbErr::Custom(format!("notice: {e}")))?;
        let ctes = vec![part("notice_to", who), part("notice", record)];
        let answer = Query::select()
            .column((Alias::new(source), Asterisk))
            .expr_as(Expr::col((to.clone(), users::Column::Id)), Alias::new(TO_ID))
            .expr_as(Expr::col((to.clone(), users::Column::Email)), Alias::new(TO_EMAIL))
            .expr_as(
                Expr::col((to.clone(), users::Column::Language)),
                Alias::new(TO_LANGUAGE),
            )
            .from(Alias::new(source))
            .left_join(to, Expr::val(true))
            .to_owned();
        Ok((ctes, answer))
    }

    /// The e-mails of this notice, recorded by a statement of [`StepNotice::record_for_row`] whose answer
    /// is `rows`.
    pub async fn mails_of(self, db: &impl ConnectionTrait, rows: &[sea_orm::QueryResult]) -> Result<Vec<Mail>, DbErr> {
        let mut to = Vec::new();
        for r in rows {
            let Some(id) = r.try_get::<Option<i32>>("", TO_ID)? else {
                continue;
            };
            let email: String = r.try_get("", TO_EMAIL)?;
            let language: Option<String> = r.try_get("", TO_LANGUAGE)?;
            to.push(Recipient {
                id,
                email,
                lang: language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En),
            });
        }
        to.sort_by_key(|r| r.id);
        mails(db, &self.draft, to).await
    }
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
        subject: NoticeText::new(
            "notice-mail-bulk",
            [
                ("count", i64::try_from(count).unwrap_or(i64::MAX).into()),
                ("unit", unit_code.into()),
            ],
        ),
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
    let to: Vec<Recipient> = office(db, None)
        .await?
        .into_iter()
        .filter(|r| !told.contains(&r.id))
        .collect();
    let (message, text) = overdue_text(unit_code, plan_code, year, due, missing);
    let draft = Draft {
        kind: Kind::Overdue,
        measurement_id: None,
        org_unit_id: Some(unit_id),
        message,
        text,
        link: format!("/approvals?plan={plan_code}&year={year}&unit={unit_code}"),
        subject: NoticeText::new(
            "notice-mail-overdue",
            [("unit", unit_code.into()), ("year", i64::from(year).into())],
        ),
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
        subject: NoticeText::new(
            "notice-mail-assigned",
            [("id", i64::from(thread.id).into()), ("unit", unit_code.into())],
        ),
        topic: None,
    };
    let to = recipients(db, unit_people_among(unit_id, &[], actor.id)).await?;
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

/// The subject of the mail of a workflow step of `kind` on the value `label` of `unit`.
fn step_subject(kind: Kind, label: &str, unit: &str) -> NoticeText {
    match kind {
        Kind::Returned => NoticeText::new("notice-mail-returned", [("value", label.into()), ("unit", unit.into())]),
        Kind::Approved => NoticeText::new("notice-mail-approved", [("value", label.into())]),
        _ => NoticeText::new(
            "notice-mail-submitted",
            [("value", label.into()), ("unit", unit.into())],
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

    /// A mail's subject and link line say in English exactly what the mails always said; other
    /// languages say them in theirs.
    #[test]
    fn each_mail_says_in_english_what_the_mails_always_said() {
        let label = "KPI-R1 2029 Q3 (sex=female)";
        let subjects = [
            (
                step_subject(Kind::Submitted, label, "BR"),
                format!("stratrack: {label} of BR submitted for approval"),
            ),
            (
                step_subject(Kind::Returned, label, "BR"),
                format!("stratrack: {label} returned to BR"),
            ),
            (
                step_subject(Kind::Approved, label, "BR"),
                format!("stratrack: {label} approved"),
            ),
            (
                NoticeText::new("notice-mail-bulk", [("count", 12.into()), ("unit", "BDT".into())]),
                "stratrack: 12 value(s) of BDT submitted for approval".to_owned(),
            ),
            (
                NoticeText::new("notice-mail-overdue", [("unit", "TSB".into()), ("year", 2029.into())]),
                "stratrack: TSB overdue for 2029".to_owned(),
            ),
            (
                NoticeText::new("notice-mail-assigned", [("id", 1234.into()), ("unit", "BDT".into())]),
                "stratrack: question 1234 from Council assigned to BDT".to_owned(),
            ),
        ];
        for (text, english) in &subjects {
            assert_eq!(&text.said_in(Lang::En), english, "{}", text.key);
            for lang in [Lang::Ar, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh] {
                let other = text.said_in(lang);
                assert_ne!(&other, english, "{} in {lang:?}", text.key);
                assert!(other.contains("stratrack"), "{other}");
            }
        }
        let d = Draft {
            kind: Kind::Approved,
            measurement_id: None,
            org_unit_id: None,
            message: "KPI-R1 2029 (Spectrum filings) was approved by Ana Silva.".into(),
            text: step_text(
                Kind::Approved,
                ["KPI-R1 2029", "Spectrum filings", "BR", "Ana Silva", ""],
            )
            .1,
            link: "/indicators/KPI-R1?plan=SP2028-2031&year=2029".into(),
            subject: step_subject(Kind::Approved, "KPI-R1 2029", "BR"),
            topic: None,
        };
        let en = mail(&d, "a@itu.int".into(), &Lookup::english());
        assert_eq!(en.subject, "stratrack: KPI-R1 2029 approved");
        assert_eq!(
            en.body,
            format!("{}\n\nOpen it in stratrack: {}\n", d.message, d.link),
            "the English mail, word for word"
        );
    }
}
