//! The one error type of the domain, and the shape of the problem document the doors render it as.
//! Free of HTTP: the status each error answers with, and the rendering (every 4xx an RFC 9457 problem
//! document with a stable code, every 5xx logged once and saying nothing internal), live in
//! [`crate::views::problems`] and `api/problems.rs`.

use serde::Serialize;
use stratrack_i18n::{Arg, Lang};

/// One invalid field of a request.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, e.g. `value` or `rows[3].year`.
    pub field: String,
    /// What is wrong with it: in English, or where the domain says it as a message, in the language the
    /// request's `Accept-Language` asks for.
    pub reason: String,
    /// The same reason as a message of the interface, when the domain says it in words every language
    /// has ([`Said`]): the doors then give it in the reader's language. `None`: English only.
    #[serde(skip)]
    pub said: Option<Said>,
}

impl FieldError {
    /// `field` refused for `reason`.
    pub fn new(field: impl Into<String>, reason: impl Into<Reason>) -> Self {
        let field = field.into();
        match reason.into() {
            Reason::Plain(reason) => FieldError {
                field,
                reason,
                said: None,
            },
            Reason::Said(said) => FieldError {
                field,
                reason: said.english(),
                said: Some(said),
            },
        }
    }

    /// The reason in `lang`: the message in that language when the domain said it as one, else the
    /// English.
    pub fn reason_in(&self, lang: Lang) -> String {
        Said::or_english(self.said.as_ref(), &self.reason, lang)
    }

    /// The reason alone, as said (to name the field some other way, e.g. as a workbook's cell).
    pub fn into_reason(self) -> Reason {
        match self.said {
            Some(said) => Reason::Said(said),
            None => Reason::Plain(self.reason),
        }
    }
}

/// What the domain says to a person as a message of the interface (`i18n/messages/*.ftl`) and its
/// arguments, so that a door can give it in the reader's language. Its English is the message of
/// `en.ftl`, word for word what the domain wrote before it said it this way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    key: &'static str,
    args: Vec<(&'static str, SaidArg)>,
}

/// A value put into a [`Said`] message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaidArg {
    /// A whole number (a count chooses the plural form).
    Number(i64),
    /// A text, inserted as it is (what was typed, a code, a figure).
    Text(String),
    /// Words of another message, said in the same language ("no parent", "a or b").
    Said(Box<Said>),
}

impl SaidArg {
    /// The value as English text: a number as digits, a text as it is, words of a message in English.
    pub fn english(&self) -> String {
        match self {
            SaidArg::Number(n) => n.to_string(),
            SaidArg::Text(t) => t.clone(),
            SaidArg::Said(s) => s.english(),
        }
    }
}

impl From<Reason> for SaidArg {
    fn from(r: Reason) -> Self {
        match r {
            Reason::Plain(t) => SaidArg::Text(t),
            Reason::Said(s) => s.into(),
        }
    }
}

impl From<Said> for SaidArg {
    fn from(s: Said) -> Self {
        SaidArg::Said(Box::new(s))
    }
}

impl From<&str> for SaidArg {
    fn from(s: &str) -> Self {
        SaidArg::Text(s.to_owned())
    }
}

impl From<&String> for SaidArg {
    fn from(s: &String) -> Self {
        SaidArg::Text(s.clone())
    }
}

impl From<String> for SaidArg {
    fn from(s: String) -> Self {
        SaidArg::Text(s)
    }
}

impl From<i64> for SaidArg {
    fn from(n: i64) -> Self {
        SaidArg::Number(n)
    }
}

impl Said {
    /// The message `key` with `args`.
    pub fn new<const N: usize>(key: &'static str, args: [(&'static str, SaidArg); N]) -> Self {
        Said { key, args: args.into() }
    }

    /// "is required": a field left out or blank.
    pub fn required() -> Self {
        Said::new("said-required", [])
    }

    /// "must not be empty".
    pub fn not_empty() -> Self {
        Said::new("said-not-empty", [])
    }

    /// "must not be negative".
    pub fn not_negative() -> Self {
        Said::new("said-not-negative", [])
    }

    /// "must be one of a, b, c": a word outside the vocabulary of its field.
    pub fn one_of(words: &[&str]) -> Self {
        Said::new("said-one-of", [("words", words.join(", ").into())])
    }

    /// "must be one of a, b, c, not `x`": [`Said::one_of`] naming the word that was sent.
    pub fn one_of_not(words: &[&str], sent: &str) -> Self {
        Said::new(
            "said-one-of-not",
            [("one_of", Said::one_of(words).into()), ("sent", sent.into())],
        )
    }

    /// "`x` is not one of a, b, c": the same rule, the word sent first.
    pub fn not_one_of(sent: &str, words: &[&str]) -> Self {
        Said::new(
            "said-not-one-of",
            [("sent", sent.into()), ("words", words.join(", ").into())],
        )
    }

    /// Several things said as one list ("2 child nodes, 1 indicator"), joined by the comma of the
    /// language (`said-list`, nested from the right); empty for none.
    pub fn list(items: Vec<Said>) -> SaidArg {
        let mut from_last = items.into_iter().rev();
        let Some(last) = from_last.next() else {
            return SaidArg::Text(String::new());
        };
        from_last.fold(last.into(), |rest, first| {
            Said::new("said-list", [("first", first.into()), ("rest", rest)]).into()
        })
    }

    /// A refusal in `lang`: the message `said` in that language when the domain said it as one, else
    /// its `english` text. The one rule of every reason that carries both ([`FieldError`], an import's
    /// row error, a page's reason).
    pub fn or_english(said: Option<&Said>, english: &str, lang: Lang) -> String {
        said.map_or_else(|| english.to_owned(), |s| s.text(lang))
    }

    /// The message's key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message's whole-number arguments, by name (its other arguments are left out): what the report
    /// input carries of the status rule's reasons, whose arguments are all numbers.
    pub fn numbers(&self) -> impl Iterator<Item = (&'static str, i64)> + '_ {
        self.args.iter().filter_map(|(name, v)| match v {
            SaidArg::Number(n) => Some((*name, *n)),
            _ => None,
        })
    }

    /// The message in `lang` (English where that language lacks it).
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, v)| {
                let arg = match v {
                    SaidArg::Number(n) => Arg::Number(*n),
                    SaidArg::Text(t) => Arg::from(t.as_str()),
                    SaidArg::Said(s) => Arg::Text(s.text(lang).into()),
                };
                (*name, arg)
            })
            .collect();
        stratrack_i18n::text_with(lang, self.key, &args)
    }

    /// The message in English.
    pub fn english(&self) -> String {
        self.text(Lang::En)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<Said> for String {
    fn from(s: Said) -> Self {
        s.english()
    }
}

/// Why a field is refused: English text, or a [`Said`] message the doors can translate.
#[derive(Debug, Clone)]
pub enum Reason {
    /// English only.
    Plain(String),
    /// A message of the interface.
    Said(Said),
}

impl Reason {
    /// The reason in `lang`: the message in that language when said as one, else the English.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Reason::Plain(s) => s.clone(),
            Reason::Said(s) => s.text(lang),
        }
    }

    /// The reason prefixed by `label` ("KPI-1 2029: …"; text, or words of a message), said in every
    /// language as "label: reason".
    pub fn labelled(self, label: impl Into<SaidArg>) -> Reason {
        let label = label.into();
        match self {
            Reason::Plain(why) => Reason::Plain(format!("{}: {why}", label.english())),
            Reason::Said(why) => Said::new("said-labelled", [("label", label), ("why", why.into())]).into(),
        }
    }
}

impl Reason {
    /// Several reasons said as one ("a; b"), joined by the semicolon of the language (`said-joined`,
    /// nested from the right); empty for none. English reasons stay English inside it.
    pub fn joined(items: Vec<Reason>) -> Reason {
        let mut from_last = items.into_iter().rev();
        let Some(last) = from_last.next() else {
            return Reason::Plain(String::new());
        };
        from_last.fold(last, |rest, first| {
            Said::new("said-joined", [("first", first.into()), ("rest", rest.into())]).into()
        })
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Plain(s) => f.write_str(s),
            Reason::Said(s) => s.fmt(f),
        }
    }
}

impl From<String> for Reason {
    fn from(s: String) -> Self {
        Reason::Plain(s)
    }
}

impl From<&str> for Reason {
    fn from(s: &str) -> Self {
        Reason::Plain(s.to_owned())
    }
}

impl From<&String> for Reason {
    fn from(s: &String) -> Self {
        Reason::Plain(s.clone())
    }
}

impl From<Said> for Reason {
    fn from(s: Said) -> Self {
        Reason::Said(s)
    }
}

/// Everything a use case or a door can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 404: the named thing does not exist (what it is: English, or said as a message so the doors give
    /// the detail in the reader's language).
    #[error("{0} not found")]
    NotFound(Reason),
    /// 400/422: the request is invalid; every bad field is named.
    #[error("the request is invalid")]
    Invalid(Vec<FieldError>),
    /// 400: a malformed request (bad JSON, bad query string, bad path): the lead said as a message, the
    /// parser's own detail inside it as it is.
    #[error("{0}")]
    BadRequest(Reason),
    /// 409: the resource changed since the client read it, or a uniqueness rule was hit.
    #[error("{0}")]
    Conflict(Reason),
    /// 412: the `If-Match` version is not the current one.
    #[error("{0}")]
    PreconditionFailed(Reason),
    /// 423: the reporting period is locked; says which lock and since when.
    #[error("{0}")]
    Locked(Reason),
    /// 415: the body is not of the media type the route reads (e.g. JSON without
    /// `Content-Type: application/json`).
    #[error("{0}")]
    UnsupportedMediaType(Reason),
    /// 413: the request body is too large.
    #[error("the request body is larger than {0} bytes")]
    TooLarge(usize),
    /// 429: too many failed logins or wrong current passwords (says when to try again).
    #[error("{0}")]
    Throttled(Reason),
    /// 401: not logged in.
    #[error("authentication required")]
    Unauthenticated,
    /// 403: logged in but not allowed (why: English, or said as a message).
    #[error("{0}")]
    Forbidden(Reason),
    /// 503: the database cannot be reached or cannot store the change now (unreachable, disk full, I/O
    /// error, busy past its timeout). Nothing of the request was stored; the same request may be sent
    /// again later. Logged with its cause; the answer says only that.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// 403: the user must change their password before anything else.
    #[error("you must change your password first (POST /api/v1/auth/password)")]
    PasswordChangeRequired,
    /// 500: anything unexpected; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// 404 for `what` ("plan SP2028-2031", or a [`Said`] naming it).
    pub fn not_found(what: impl Into<Reason>) -> Self {
        AppError::NotFound(what.into())
    }

    /// 409: a rule of uniqueness or state was hit, or a stale version came in the body.
    pub fn conflict(why: impl Into<Reason>) -> Self {
        AppError::Conflict(why.into())
    }

    /// 412: the `If-Match` version is not the current one.
    pub fn precondition_failed(why: impl Into<Reason>) -> Self {
        AppError::PreconditionFailed(why.into())
    }

    /// 423: the reporting period is locked (which lock, since when).
    pub fn locked(why: impl Into<Reason>) -> Self {
        AppError::Locked(why.into())
    }

    /// 403: logged in but not allowed, and why.
    pub fn forbidden(why: impl Into<Reason>) -> Self {
        AppError::Forbidden(why.into())
    }

    /// 400: a request that cannot be read, and why.
    pub fn bad_request(why: impl Into<Reason>) -> Self {
        AppError::BadRequest(why.into())
    }

    /// 415: a body of another media type than the route reads, and which it reads.
    pub fn unsupported_media_type(why: impl Into<Reason>) -> Self {
        AppError::UnsupportedMediaType(why.into())
    }

    /// 429: too many attempts, and when to try again.
    pub fn throttled(why: impl Into<Reason>) -> Self {
        AppError::Throttled(why.into())
    }

    /// What the error says, as a [`Reason`]: its message where it has one, else its English text.
    pub fn reason(&self) -> Reason {
        self.said()
            .map_or_else(|| Reason::Plain(self.to_string()), Reason::Said)
    }

    /// This error's detail as a message of the interface, where the domain or the door said it as one
    /// (and where the detail is fixed words: an invalid request, a body too large).
    fn said(&self) -> Option<Said> {
        match self {
            AppError::NotFound(Reason::Said(what)) => {
                Some(Said::new("said-not-found", [("what", what.clone().into())]))
            }
            AppError::Conflict(Reason::Said(why))
            | AppError::PreconditionFailed(Reason::Said(why))
            | AppError::Locked(Reason::Said(why))
            | AppError::Forbidden(Reason::Said(why))
            | AppError::BadRequest(Reason::Said(why))
            | AppError::UnsupportedMediaType(Reason::Said(why))
            | AppError::Throttled(Reason::Said(why)) => Some(why.clone()),
            AppError::Invalid(_) => Some(Said::new("problem-validation_failed-detail", [])),
            AppError::TooLarge(limit) => Some(Said::new(
                "problem-too_large-detail",
                [("limit", i64::try_from(*limit).unwrap_or(i64::MAX).into())],
            )),
            _ => None,
        }
    }

    /// The detail of this error in `lang`, where the domain said it as a message; `None` where it is
    /// English text only.
    pub fn detail_in(&self, lang: Lang) -> Option<String> {
        self.said().map(|s| s.text(lang))
    }

    /// This error's detail as words put into another message: the message where the domain said it as
    /// one, else its English.
    pub fn said_arg(&self) -> SaidArg {
        self.said().map_or_else(|| self.to_string().into(), SaidArg::from)
    }

    /// This error's detail as a page shows it in `lang`: the text, and whether it is in that language
    /// (else the domain's English, to be marked so).
    pub fn detail_shown(&self, lang: Lang) -> (String, bool) {
        match self.detail_in(lang) {
            Some(said) => (said, true),
            None => (self.to_string(), false),
        }
    }

    /// The same error with its reason (conflict, precondition, lock, refusal of the right) prefixed by
    /// `label` ("KPI-1 2029: …"; text, or words of a message), said in every language as "label:
    /// reason" ([`Reason::labelled`]); other errors unchanged.
    pub fn labelled(self, label: impl Into<SaidArg>) -> Self {
        let label = label.into();
        let prefix = |r: Reason| r.labelled(label.clone());
        match self {
            AppError::Conflict(r) => AppError::Conflict(prefix(r)),
            AppError::PreconditionFailed(r) => AppError::PreconditionFailed(prefix(r)),
            AppError::Locked(r) => AppError::Locked(prefix(r)),
            AppError::Forbidden(r) => AppError::Forbidden(prefix(r)),
            other => other,
        }
    }

    /// One invalid field.
    pub fn field(field: impl Into<String>, reason: impl Into<Reason>) -> Self {
        AppError::Invalid(vec![FieldError::new(field, reason)])
    }
}

/// The RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the problem type (`about:blank` style, stable per code).
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary.
    pub title: String,
    /// HTTP status.
    pub status: u16,
    /// Human explanation of this occurrence.
    pub detail: String,
    /// Stable machine-readable code.
    pub code: String,
    /// Every invalid field, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                AppError::conflict(Said::new("said-conflict-unique", []))
            }
            Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => {
                AppError::conflict(Said::new("said-conflict-reference", []))
            }
            _ => match e {
                sea_orm::DbErr::RecordNotFound(what) => AppError::not_found(what),
                other if is_database_fault(&other) => AppError::Unavailable(other.to_string()),
                other => AppError::Internal(other.to_string()),
            },
        }
    }
}

/// Whether `e` says the database could not be reached or could not store anything now (rather than
/// that this request was wrong): the pool timed out or closed, the connection failed, or the database
/// answered with a fault of its own — SQLite: full, I/O error, busy, locked, read-only, cannot open;
/// PostgreSQL: connection exceptions (class 08), insufficient resources such as a full disk (53),
/// shutdown or start-up (57P01–57P03) and an unknown database (3D000).
pub fn is_database_fault(e: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::{DbErr, RuntimeErr};
    let sqlx = match e {
        // Whatever stopped the pool from handing out a connection, nothing of the request was done.
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(s)) | DbErr::Query(RuntimeErr::SqlxError(s)) => s,
        _ => return false,
    };
    match sqlx.as_ref() {
        Sqlx::Io(_) | Sqlx::Tls(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => {
            let code = db.code().unwrap_or_default();
            if db.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>().is_some() {
                // SQLite's (extended) result code: the primary code is its low byte.
                code.parse::<i32>()
                    .is_ok_and(|n| matches!(n & 0xff, 5 | 6 | 8 | 10 | 13 | 14))
            } else {
                code.starts_with("08") || code.starts_with("53") || code.starts_with("57P") || code == "3D000"
            }
        }
        _ => false,
    }
}

/// The database's own error, as some use cases still return it; a door converts it into an [`AppError`]
/// (`?` or `From`) without naming the database crate.
pub type DbErr = sea_orm::DbErr;

/// Result of a use case or a handler.
pub type AppResult<T> = Result<T, AppError>;
/// Collects every invalid field of a request, so one reply names them all.
#[derive(Debug, Default)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// Records that `field` is invalid for `reason`.
    pub fn push(&mut self, field: impl Into<String>, reason: impl Into<Reason>) {
        self.0.push(FieldError::new(field, reason));
    }

    /// Keeps the value of `r`, or records its error against `field`.
    pub fn check<T, E: Into<Reason>>(&mut self, field: &str, r: Result<T, E>) -> Option<T> {
        r.map_err(|reason| self.push(field, reason)).ok()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when nothing was recorded, else a 422 naming every field.
    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_said_with_the_comma_of_each_language_and_empty_when_there_is_nothing() {
        let blockers = || {
            Said::list(vec![
                Said::new("said-blocker-child-nodes", [("count", 2_i64.into())]),
                Said::new("said-blocker-indicators", [("count", 1_i64.into())]),
            ])
        };
        let said = |lang| Said::new("said-node-blocked", [("code", "G1".into()), ("blockers", blockers())]).text(lang);
        assert_eq!(
            said(Lang::En),
            "node G1 cannot be deleted while it has 2 child nodes, 1 indicator"
        );
        assert_eq!(said(Lang::Zh), "节点 G1 仍有2 个子节点、1 个指标，不能删除");
        assert_eq!(Said::list(Vec::new()), SaidArg::Text(String::new()));
    }

    #[test]
    fn a_refused_value_is_labelled_with_its_number_in_every_language() {
        let label = Said::new(
            "said-value-label",
            [("label", "KPI-1 2029".into()), ("id", 5_i64.into())],
        );
        let e = AppError::forbidden(Said::new("said-forbidden-own-entry", [])).labelled(label);
        assert_eq!(
            e.to_string(),
            "KPI-1 2029 (value 5): nobody may approve or return their own entry"
        );
        assert_eq!(
            e.detail_in(Lang::Fr).as_deref(),
            Some("KPI-1 2029 (valeur 5) : personne ne peut approuver ni renvoyer sa propre saisie")
        );
    }

    #[test]
    fn a_wait_is_said_with_its_minutes_and_english_keeps_minutes_for_one() {
        let e = AppError::throttled(Said::new("said-throttled-login", [("minutes", 1_i64.into())]));
        assert_eq!(e.to_string(), "too many failed logins: try again in 1 minutes");
        assert_eq!(
            e.detail_in(Lang::Ru).as_deref(),
            Some("слишком много неудачных попыток входа: повторите через 1 минуту")
        );
    }

    #[test]
    fn a_plans_step_from_the_wrong_status_names_the_status_by_its_word() {
        let draft = Said::new("pstatus-draft", []);
        let e = AppError::conflict(Said::new(
            "said-plan-close-refused",
            [("plan", "SP2028-2031".into()), ("status", draft.into())],
        ));
        assert_eq!(
            e.to_string(),
            "plan SP2028-2031 is draft: only an adopted plan can be closed"
        );
        assert_eq!(
            e.detail_in(Lang::Fr).as_deref(),
            Some("le plan SP2028-2031 a le statut « projet » : seul un plan au statut « adopté » peut être clos")
        );
    }

    #[test]
    fn an_invalid_request_and_a_body_too_large_have_fixed_details_in_every_language() {
        assert_eq!(AppError::Invalid(Vec::new()).to_string(), "the request is invalid");
        assert_eq!(
            AppError::Invalid(Vec::new()).detail_in(Lang::Fr).as_deref(),
            Some("la requête n’est pas valide")
        );
        assert_eq!(
            AppError::TooLarge(1024).detail_in(Lang::En).as_deref(),
            Some("the request body is larger than 1024 bytes")
        );
    }
}
