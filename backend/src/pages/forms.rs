//! What the forms of the pages share: the [`CsrfForm`] extractor (a form is read only once its CSRF
//! field matched the session, so a missing or forged token is a 403, never a form rejection), what a use
//! case refused as every form shows it ([`Refusal`]: drawn again with the typed values, [`Filled`], or as
//! a message on the page the form came from, [`Back`]), and asking the policy whether a unit's rows get
//! a form.

use super::{PageError, PageResult, PageUser};
use crate::error::AppError;
use crate::models::viewing::Database;
use crate::policy::{Action, allows};
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Form, FromRef, FromRequest, FromRequestParts, Request};
use axum::response::{IntoResponse, Response};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// A urlencoded form sent by a signed-in user whose `csrf` field matched their session: `T` is read
/// (as [`Form`] reads it, so `#[serde(default)]` keeps it lenient) only after the check, and a missing
/// or wrong token answers 403 ([`PageUser::check_csrf`]). `T` needs no `csrf` field. Take it as the
/// last extractor, after `user: PageUser` (whose session it reuses); without one it resolves the user
/// itself (not signed in: to the login page).
#[derive(Debug)]
pub struct CsrfForm<T = NoFields>(pub T);

/// The fields of a form that carries nothing but its CSRF token (a button).
#[derive(Debug, Default, Deserialize)]
pub struct NoFields {}

impl<S, T> FromRequest<S> for CsrfForm<T>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let user = match parts.extensions.get::<PageUser>() {
            Some(user) => user.clone(),
            None => PageUser::from_request_parts(&mut parts, state)
                .await
                .map_err(IntoResponse::into_response)?,
        };
        let (method, uri, headers) = (parts.method.clone(), parts.uri.clone(), parts.headers.clone());
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let sent = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf"))
            .map(|(_, v)| v)
            .unwrap_or_default();
        user.check_csrf(&sent).map_err(IntoResponse::into_response)?;
        let mut again = Request::new(Body::from(bytes));
        *again.method_mut() = method;
        *again.uri_mut() = uri;
        *again.headers_mut() = headers;
        let Form(form) = Form::<T>::from_request(again, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(CsrfForm(form))
    }
}

/// A form whose field names vary (repeated `ids`, `dim_*` fields), read as its pairs in order.
pub struct FormPairs(Vec<(String, String)>);

impl FormPairs {
    /// Reads `body` as urlencoded pairs (400 if it is not) and refuses it (403) unless its `csrf` field
    /// matches `user`'s session.
    pub fn checked(user: &PageUser, body: &[u8]) -> PageResult<Self> {
        let pairs = serde_urlencoded::from_bytes(body).map_err(|e| {
            AppError::bad_request(crate::error::Said::new(
                "said-form-unreadable",
                [("detail", e.to_string().into())],
            ))
        })?;
        let form = FormPairs(pairs);
        user.check_csrf(&form.get("csrf"))?;
        Ok(form)
    }

    /// The value of the first field called `name`, or "" when there is none.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every (name, value) pair, in the order sent.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, String)> {
        self.0.iter()
    }
}

/// Where to go back to after a form: the page, with the plan and year the user was looking at.
#[derive(Debug, Clone)]
pub struct Back {
    /// Page path, e.g. `/finance`.
    pub path: &'static str,
    /// Plan code.
    pub plan: String,
    /// Year, as sent by the form.
    pub year: String,
}

impl Back {
    fn to(&self, kind: super::frame::Kind, msg: &str) -> Response {
        let q = serde_urlencoded::to_string([("plan", self.plan.as_str()), ("year", self.year.as_str())])
            .unwrap_or_default();
        super::frame::redirect(&format!("{}?{q}", self.path), &[(kind, msg)])
    }

    /// Back to the page with a success message.
    pub fn ok(&self, msg: &str) -> PageResult<Response> {
        Ok(self.to(super::frame::Kind::Ok, msg))
    }

    /// Back to the page with what was refused; a refusal of the right itself is a 403 page, so a
    /// forbidden form never looks like a mere validation error.
    pub fn refused(&self, e: AppError, what: &str) -> PageResult<Response> {
        let msg = Self::refusal(e, what)?;
        Ok(self.to(super::frame::Kind::Error, &msg))
    }

    /// What [`Back::refused`] says of `e` (for a form that goes back elsewhere); a refusal of the right
    /// itself is the 403 page.
    pub fn refusal(e: AppError, what: &str) -> PageResult<String> {
        Ok(Refusal::of(e)?.sentence(what))
    }

    /// Back to the page with what was refused, a conflict said as what it is ([`Refusal::plainly`]).
    pub fn refused_plainly(&self, e: AppError, what: &str) -> PageResult<Response> {
        let msg = Refusal::plainly(e)?.sentence(what);
        Ok(self.to(super::frame::Kind::Error, &msg))
    }
}

/// One problem shown with a form: the field as the use case named it (empty for the form as a whole,
/// e.g. a conflict), and why.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Field name, e.g. `contributes_to` or `revision.reference`; empty for the whole form.
    pub field: String,
    /// Why it was refused.
    pub reason: FieldReason,
}

/// Why a field was refused, as the page shows it: in the reader's language where the domain said it as a
/// message ([`crate::error::Said`]), else the domain's English (marked `lang="en"` on a translated page:
/// `{{ layout.reason(r)|safe }}`, or `{{ layout.lang_of(r)|safe }}` on the element holding it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldReason {
    /// The text.
    pub text: String,
    /// Whether the text is in the reader's language (else English).
    pub own: bool,
}

impl FieldReason {
    /// The reason of `f` in the request's language.
    pub fn of(f: &crate::error::FieldError) -> Self {
        Self::in_lang(&f.reason, f.said.as_ref(), crate::language::current())
    }

    /// A refusal's English `reason` and, when the domain said it as one, its message `said`, as the page
    /// shows it in `lang`: the message in that language, else the English (marked so). The one way a
    /// page builds a reason from the domain's.
    pub fn in_lang(reason: &str, said: Option<&crate::error::Said>, lang: stratrack_i18n::Lang) -> Self {
        FieldReason {
            text: crate::error::Said::or_english(said, reason, lang),
            own: said.is_some(),
        }
    }

    /// The status rule's or the projection's reasons as the page shows them: `text`, from their
    /// `reason_in(lang)`, is in the reader's language when the rule kept them as messages (`why`), else it
    /// is the English (marked so). `None` when there is no reason.
    pub fn of_rule(text: Option<String>, why: &[crate::error::Said]) -> Option<Self> {
        text.map(|text| FieldReason {
            text,
            own: !why.is_empty(),
        })
    }

    /// The detail of a refusal `e` (a conflict, a lock, a missing record) in the request's language
    /// where the domain said it as a message, else its English.
    pub fn detail_of(e: &AppError) -> Self {
        let (text, own) = e.detail_shown(crate::language::current());
        FieldReason { text, own }
    }

    /// A reason of the domain (a lock's note) in the request's language where said as a message.
    pub fn of_reason(r: &crate::error::Reason) -> Self {
        FieldReason {
            text: r.text(crate::language::current()),
            own: matches!(r, crate::error::Reason::Said(_)),
        }
    }

    /// English text of the domain.
    pub fn english(text: impl Into<String>) -> Self {
        FieldReason {
            text: text.into(),
            own: false,
        }
    }
}

impl std::fmt::Display for FieldReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// What a use case refused of a form, as every form shows it: with the form drawn again ([`Filled`]) or
/// as a message on the page the form goes back to ([`Back::refused`]). A refusal of the right itself
/// (403, 401, a password to change) and a server failure (500, 503, whose cause is logged, never shown)
/// are not a refusal of the form: [`Refusal::of`] answers them as the error page.
#[derive(Debug, Clone)]
pub enum Refusal {
    /// Fields refused, each named (`AppError::Invalid`).
    Fields(Vec<crate::error::FieldError>),
    /// Changed meanwhile, or a rule of uniqueness or state (409, 412): what the use case said, in the
    /// reader's language where it said it as a message.
    Conflict(FieldReason),
    /// Refused for another reason the user can act on (a locked year, a missing row): what it said.
    Other(FieldReason),
}

/// The line above a refused form on a translated page: the lead in the reader's language ("The value was
/// not saved:"), then what the use case said (in the reader's language where it said it as a message,
/// else in English), or, when fields were named, "see the fields below" in the reader's language.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The lead, translated.
    pub lead: String,
    /// What the use case said, when no field was named.
    pub said: Option<FieldReason>,
}

impl Refusal {
    /// The refusal `e` as a form shows it, or the error page when `e` is no refusal of the form.
    pub fn of(e: AppError) -> PageResult<Refusal> {
        Ok(match e {
            e @ (AppError::Forbidden(_)
            | AppError::Unauthenticated
            | AppError::PasswordChangeRequired
            | AppError::Internal(_)
            | AppError::Unavailable(_)) => return Err(PageError::App(e)),
            AppError::Invalid(errs) => Refusal::Fields(errs),
            e @ (AppError::Conflict(_) | AppError::PreconditionFailed(_)) => {
                Refusal::Conflict(FieldReason::detail_of(&e))
            }
            other => Refusal::Other(FieldReason::detail_of(&other)),
        })
    }

    /// The refusal `e` said as what it is, not as a change made meanwhile: a conflict that is a rule the
    /// user broke (a risk already linked) rather than someone else's change.
    pub fn plainly(e: AppError) -> PageResult<Refusal> {
        Ok(match Refusal::of(e)? {
            Refusal::Conflict(d) => Refusal::Other(d),
            other => other,
        })
    }

    /// The reason given for each field refused, by field name (empty when no field was named).
    pub fn by_field(&self) -> HashMap<String, FieldReason> {
        match self {
            Refusal::Fields(errs) => errs.iter().map(|f| (f.field.clone(), FieldReason::of(f))).collect(),
            _ => HashMap::new(),
        }
    }

    /// Every field refused said in one line ("likelihood must be between 1 and 5; reviewed on …", the
    /// underscores of a field's own name read as spaces, a code in it kept as it is), or what the use
    /// case said.
    pub fn said(&self) -> String {
        match self {
            Refusal::Fields(errs) => errs
                .iter()
                .map(|f| format!("{} {}", spoken(&f.field), FieldReason::of(f)))
                .collect::<Vec<_>>()
                .join("; "),
            Refusal::Conflict(d) | Refusal::Other(d) => d.text.clone(),
        }
    }

    /// The message of a form that goes back to its page: "`what` was not saved: …", or for a conflict
    /// that someone else changed it meanwhile and the page now shows the current state.
    pub fn sentence(&self, what: &str) -> String {
        use crate::language::text_with;
        match self {
            Refusal::Conflict(detail) => text_with(
                "problems-changed-meanwhile",
                &[("what", what.into()), ("detail", detail.text.as_str().into())],
            ),
            other => text_with(
                "problems-not-saved",
                &[("what", what.into()), ("why", other.said().into())],
            ),
        }
    }

    /// The line above a form drawn again: `lead` ("Nothing was saved"), then "see the fields below" when
    /// fields were refused (each is shown at its field), else what was said.
    pub fn summary(&self, lead: &str) -> String {
        match self {
            Refusal::Fields(_) => format!("{lead}: see the fields below."),
            other => format!("{lead}: {}", other.said()),
        }
    }

    /// The problems listed above a form drawn again: one per field refused, or one for the whole form.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            Refusal::Fields(errs) => errs
                .iter()
                .map(|f| Problem {
                    field: f.field.clone(),
                    reason: FieldReason::of(f),
                })
                .collect(),
            Refusal::Conflict(d) => vec![Problem {
                field: String::new(),
                reason: FieldReason {
                    text: crate::language::text_with("problems-conflict-reload", &[("detail", d.text.as_str().into())]),
                    own: true,
                },
            }],
            Refusal::Other(d) => vec![Problem {
                field: String::new(),
                reason: d.clone(),
            }],
        }
    }
}

/// A field name as a person reads it: `reviewed_on` as "reviewed on", `indicators.KPI_1.target_year` as
/// "indicators.KPI_1.target year" (only the lower-case parts are names; a code keeps its underscores).
fn spoken(field: &str) -> String {
    field
        .split('.')
        .map(|part| {
            if part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                part.replace('_', " ")
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// A form as it is drawn: what it holds (stored values, or what the user typed) and, when it comes back
/// after a refusal, what was refused. Every form that is drawn again with the user's typing keeps it here,
/// so a refused form answers the same way everywhere: 422, the typed values kept, each refused field
/// named ([`Filled::answer`]).
#[derive(Debug, Clone)]
pub struct Filled<F> {
    /// The fields, as stored or as typed.
    pub typed: F,
    /// Why the form came back; `None` when it is drawn the first time.
    pub refusal: Option<Refusal>,
}

impl<F> Filled<F> {
    /// A form drawn the first time, holding `typed`.
    pub fn fresh(typed: F) -> Self {
        Filled { typed, refusal: None }
    }

    /// The form sent with `typed`, drawn again with what `e` refused; the error page when `e` is no
    /// refusal of the form ([`Refusal::of`]).
    pub fn refused(typed: F, e: AppError) -> PageResult<Self> {
        Ok(Filled {
            typed,
            refusal: Some(Refusal::of(e)?),
        })
    }

    /// The problems to list above the form (none when it is drawn the first time).
    pub fn problems(&self) -> Vec<Problem> {
        self.refusal.as_ref().map(Refusal::problems).unwrap_or_default()
    }

    /// The reason at each refused field.
    pub fn by_field(&self) -> HashMap<String, FieldReason> {
        self.refusal.as_ref().map(Refusal::by_field).unwrap_or_default()
    }

    /// The line above the form on a translated page, when it came back: the message `lead_key` in the
    /// reader's language, and what the use case said unless fields were named (each is shown at its
    /// field).
    pub fn summary_in(&self, lead_key: &str) -> Option<Summary> {
        self.refusal.as_ref().map(|r| Summary {
            lead: crate::language::text(lead_key),
            said: match r {
                Refusal::Fields(_) => None,
                Refusal::Conflict(d) | Refusal::Other(d) => Some(d.clone()),
            },
        })
    }

    /// The line above the form ([`Refusal::summary`]), when it came back.
    pub fn summary(&self, lead: &str) -> Option<String> {
        self.refusal.as_ref().map(|r| r.summary(lead))
    }

    /// `page` (the form drawn) answered 422 when the form came back refused, as it is otherwise.
    pub fn answer(&self, page: Response) -> Response {
        if self.refusal.is_some() {
            (axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        } else {
            page
        }
    }
}

/// An exact decimal typed into a form, read by [`crate::fixed::parse_number`] like every entered number
/// (`12,5` and `1,234.5` are refused, never read as 125 or 1234.5); empty is `None`; `Err` names the field.
pub fn decimal(field: &str, text: &str) -> Result<Option<Decimal>, AppError> {
    Ok(fixed(field, text)?.map(|v| v.to_decimal()))
}

/// An exact decimal typed in `field`, read by [`crate::fixed::parse_number`]; empty is `None`. A refusal
/// names the field and carries the parser's message, so the page gives it in the reader's language.
pub fn fixed(field: &str, text: &str) -> Result<Option<crate::fixed::Fixed>, AppError> {
    filled(text)
        .map(|t| crate::fixed::parse_number(&t))
        .transpose()
        .map_err(|said| AppError::field(field, said))
}

/// A typed text as a use case's body carries it: trimmed, and absent when empty (a filter left blank, an
/// optional field not filled in).
pub fn filled(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A typed text as a use case's JSON-shaped body carries it ([`filled`]; the use case then names the
/// missing field, or reads the number with the one parser).
pub fn typed(text: &str) -> Option<serde_json::Value> {
    filled(text).map(serde_json::Value::String)
}

/// A year typed or chosen in `field`; empty is `None`; a text that is no year is named with the field.
pub fn year(field: &str, text: &str) -> Result<Option<i32>, AppError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse().map(Some).map_err(|_| {
        AppError::field(
            field,
            crate::error::Said::new("said-not-a-year-quoted", [("sent", format!("{t:?}").into())]),
        )
    })
}

/// A whole number from a hidden field, e.g. the version the form was drawn with.
pub fn whole(field: &str, text: &str) -> Result<i32, AppError> {
    text.trim()
        .parse()
        .map_err(|_| AppError::field(field, crate::error::Said::new("said-version-missing", [])))
}

/// Whether the user may write rows of unit `code` (admin: any; planner: their own), which decides
/// whether a row gets a form. The handler asks the policy again when the form is sent.
pub fn may_write(user: &PageUser, units: &HashMap<String, i32>, code: &str) -> bool {
    units
        .get(code)
        .is_some_and(|id| allows(&user.0, Action::WriteUnit(*id)))
}

/// Unit ids by code.
pub async fn unit_ids(db: &Database) -> PageResult<HashMap<String, i32>> {
    Ok(crate::models::units::codes(db)
        .await?
        .into_iter()
        .map(|(id, code)| (code, id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn a_refusal_of_the_right_or_a_server_failure_is_the_error_page_not_a_form_message() {
        for e in [
            AppError::forbidden("no"),
            AppError::Unauthenticated,
            AppError::PasswordChangeRequired,
            AppError::Internal("disk".into()),
            AppError::Unavailable("pool timed out at 10.0.0.3".into()),
        ] {
            assert!(Refusal::of(e).is_err());
        }
    }

    #[test]
    fn a_refused_form_names_each_field_and_says_a_conflict_in_words() {
        let e = AppError::Invalid(vec![
            crate::error::FieldError {
                field: "reviewed_on".into(),
                reason: "is not a date".into(),
                said: None,
            },
            crate::error::FieldError {
                field: "indicators.KPI_1.target_year".into(),
                reason: "2040 is outside".into(),
                said: None,
            },
        ]);
        let r = Refusal::of(e).unwrap();
        assert_eq!(
            r.sentence("Risk R1"),
            "Risk R1 was not saved: reviewed on is not a date; indicators.KPI_1.target year 2040 is outside"
        );
        assert_eq!(r.by_field()["reviewed_on"], FieldReason::english("is not a date"));
        assert_eq!(
            r.summary("Nothing was saved"),
            "Nothing was saved: see the fields below."
        );
        let stale = Refusal::of(AppError::precondition_failed("risk 3 is at version 4")).unwrap();
        assert!(
            stale
                .sentence("Risk R1")
                .starts_with("Risk R1 was changed by someone else meanwhile")
        );
        assert_eq!(stale.problems()[0].field, "");
        let locked = Refusal::of(AppError::locked("2029 was locked on 1 May")).unwrap();
        assert_eq!(
            locked.summary("Nothing was saved"),
            "Nothing was saved: 2029 was locked on 1 May"
        );
    }

    #[test]
    fn a_form_drawn_again_after_a_refusal_answers_422_and_keeps_what_was_typed() {
        let fresh = Filled::fresh("typed");
        assert_eq!(fresh.answer(().into_response()).status(), axum::http::StatusCode::OK);
        assert!(fresh.problems().is_empty() && fresh.summary("x").is_none());
        let sent = Filled::refused("12,5", AppError::field("amount", "has a comma")).unwrap();
        assert_eq!(sent.typed, "12,5");
        assert_eq!(
            sent.answer(().into_response()).status(),
            axum::http::StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(sent.problems()[0].field, "amount");
    }

    #[test]
    fn a_typed_number_is_read_by_the_one_parser_with_its_reason_and_the_field() {
        use crate::fixed::{Fixed, parse_number};
        assert_eq!(fixed("target_value", " 12.5 ").unwrap(), Some(Fixed(125_000)));
        assert_eq!(fixed("target_value", "  ").unwrap(), None);
        match fixed("target_value", "12,5") {
            Err(AppError::Invalid(e)) => {
                assert_eq!(e[0].field, "target_value");
                assert_eq!(e[0].reason, parse_number("12,5").unwrap_err().english());
                assert_eq!(e[0].said, Some(parse_number("12,5").unwrap_err()));
            }
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn typed_amounts_are_read_exactly_and_separators_or_text_are_refused_naming_the_field() {
        assert_eq!(decimal("amount", " 1234.5 ").unwrap(), Some(dec!(1234.5)));
        // Was read as 125, 12345 and 15: the wrong figures went into the report.
        for text in ["12,5", "1 234,5", "1,5", "1,234.5"] {
            match decimal("amount", text) {
                Err(AppError::Invalid(e)) => assert_eq!(e[0].field, "amount", "{text}"),
                other => panic!("{text} must be refused, got {other:?}"),
            }
        }
        assert_eq!(decimal("amount", "").unwrap(), None);
        match decimal("amount", "N/A") {
            Err(AppError::Invalid(e)) => assert_eq!(e[0].field, "amount"),
            other => panic!("expected a field error, got {other:?}"),
        }
    }
}
