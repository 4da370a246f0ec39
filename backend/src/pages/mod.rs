//! Server-rendered pages (askama), usable without JavaScript. Every page resolves the user from the
//! session cookie, asks [`crate::policy`] like the API does, and checks the CSRF field of every form
//! ([`forms::CsrfForm`]).

pub mod approvals;
pub mod audit;
pub mod collection;
pub mod comparison;
pub mod dashboard;
pub mod entry;
pub mod entry_form;
pub mod entry_template;
pub mod finance;
pub mod forms;
pub mod frame;
pub mod framework;
pub mod framework_edit;
pub mod framework_workbook;
pub mod indicator;
pub mod language_switch;
pub mod listing;
pub mod login;
#[cfg(test)]
mod message_keys;
pub mod node;
pub mod notifications;
pub mod operations;
pub mod periods;
pub mod plan_cycle;
pub mod plans;
pub mod questions;
pub mod report_run;
pub mod reports;
pub mod revisions;
pub mod risks;
pub mod sheet;
pub mod translations;
pub mod users;

use crate::auth::{Actor, Role, Via};
use crate::error::{AppError, DbErr};
use crate::language::{self, Lang};
use crate::models::cache::Snapshot;
use crate::models::plans::Plan;
use crate::models::translations::{Lookup, Resolved};
use crate::models::viewing::viewing;
use crate::state::AppState;
use axum::Router;
use axum::extract::{FromRef, FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;
use stratrack_i18n::Arg;

/// Every page route.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/app.css", get(stylesheet))
        .merge(login::router())
        .merge(dashboard::router())
        .merge(framework::router())
        .merge(comparison::router())
        .merge(plan_cycle::router())
        .merge(framework_workbook::router())
        .merge(revisions::router())
        .merge(framework_edit::router())
        .merge(indicator::router())
        .merge(sheet::router())
        .merge(translations::router())
        .merge(users::router())
        .merge(entry::router())
        .merge(entry_template::router())
        .merge(approvals::router())
        .merge(collection::router())
        .merge(notifications::router())
        .merge(periods::router())
        .merge(plans::router())
        .merge(finance::router())
        .merge(operations::router())
        .merge(risks::router())
        .merge(audit::router())
        .merge(reports::router())
        .merge(report_run::router())
        .merge(questions::router())
        .merge(language_switch::router())
}

/// The stylesheet: the status colours of the charts' palette (`--achieved` …, one definition for badges
/// and charts), then `static/app.css`.
static STYLESHEET: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    use stratrack_reports::charts::frame::status_badge;
    let colours: String = crate::status::Status::ALL
        .iter()
        .map(|s| format!(" --{}: {};", s.as_str(), status_badge(*s).hex()))
        .collect();
    format!(":root {{{colours} }}\n{}", include_str!("../../static/app.css"))
});

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET.as_str(),
    )
        .into_response()
}

/// A page failure: a redirect to the login page, or an error page.
#[derive(Debug)]
pub enum PageError {
    /// Not logged in: go to the login page, then come back.
    Login(String),
    /// Anything the API would refuse, shown as a page.
    App(AppError),
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError::App(e)
    }
}

impl From<DbErr> for PageError {
    fn from(e: DbErr) -> Self {
        PageError::App(e.into())
    }
}

/// Result of a page handler.
pub type PageResult<T> = Result<T, PageError>;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What a refused page shows, in the layout of every page.
#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    title: String,
    detail: String,
    detail_english: bool,
}

/// What an error page says, kept on its answer so that [`frame::carry`] can draw it again inside the
/// navigation of the user who asked (the page may have failed before it knew who asked).
#[derive(Debug, Clone)]
pub struct Shown {
    title: String,
    detail: String,
    /// Whether the detail is the error's own English text (marked `lang="en"` in another language).
    detail_english: bool,
}

impl Shown {
    /// The error page in `layout` (bare for someone not logged in).
    pub fn render(&self, layout: Layout) -> String {
        let page = ErrorPage {
            layout: layout.translated(),
            title: self.title.clone(),
            detail: self.detail.clone(),
            detail_english: self.detail_english,
        };
        askama::Template::render(&page).unwrap_or_else(|e| {
            tracing::error!(error = %e, "Error page failed to render.");
            escape(&page.detail)
        })
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::Login(next) => {
                let target = format!(
                    "/login?next={}",
                    serde_urlencoded::to_string([("", next)])
                        .unwrap_or_default()
                        .trim_start_matches('=')
                );
                Redirect::to(&target).into_response()
            }
            PageError::App(AppError::PasswordChangeRequired) => {
                frame::refused("/account", &language::text("account-must-change"))
            }
            PageError::App(e) => {
                let (status, code) = crate::views::problems::status_and_code(&e);
                let (detail, detail_english) = match &e {
                    AppError::Internal(_) => {
                        tracing::error!(error = %e, "Page failed with an internal error.");
                        (language::text("error-internal"), false)
                    }
                    AppError::Unavailable(_) => {
                        tracing::error!(error = %e, "Page refused: the database is unavailable.");
                        (language::text("error-unavailable"), false)
                    }
                    other => {
                        let (detail, own) = other.detail_shown(language::current());
                        (detail, !own)
                    }
                };
                let shown = Shown {
                    title: format!("{} {}", status.as_u16(), language::text(&format!("problem-{code}"))),
                    detail,
                    detail_english,
                };
                let html = shown.render(Layout::bare());
                let mut resp = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
                resp.extensions_mut().insert(shown);
                resp
            }
        }
    }
}

/// The logged-in user of a page (session cookie only; API tokens are for scripts), with the messages
/// the previous form left for this page.
#[derive(Debug, Clone)]
pub struct PageUser(pub Actor, pub Vec<Flash>);

impl PageUser {
    /// The session's CSRF token, to put in every form.
    pub fn csrf(&self) -> &str {
        match &self.0.via {
            Via::Session { csrf, .. } => csrf,
            Via::Token => "",
        }
    }

    /// Refuses a form whose CSRF field does not match the session.
    pub fn check_csrf(&self, sent: &str) -> Result<(), PageError> {
        if !sent.is_empty() && sent == self.csrf() {
            Ok(())
        } else {
            tracing::warn!(user.id = self.0.id, "Form refused: missing or wrong CSRF token.");
            Err(PageError::App(AppError::forbidden(crate::error::Said::new(
                "said-forbidden-form-expired",
                [],
            ))))
        }
    }
}

impl<S> FromRequestParts<S> for PageUser
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let next = parts
            .uri
            .path_and_query()
            .map_or("/".to_owned(), |p| p.as_str().to_owned());
        // Pages never accept bearer tokens: drop the header so only the session counts.
        parts.headers.remove(header::AUTHORIZATION);
        match <Actor as OptionalFromRequestParts<S>>::from_request_parts(parts, state).await {
            Ok(Some(a)) if matches!(a.via, Via::Session { .. }) => {
                if let Some(l) = a.language {
                    language::prefer(l);
                }
                let flashes = parts
                    .extensions
                    .get::<frame::Incoming>()
                    .map(|i| i.0.clone())
                    .unwrap_or_default();
                let user = PageUser(a, flashes);
                // Kept for the form extractor ([`forms::CsrfForm`]), which checks the same session.
                parts.extensions.insert(user.clone());
                Ok(user)
            }
            Ok(_) | Err(AppError::Unauthenticated) => Err(PageError::Login(next)),
            Err(e) => Err(PageError::App(e)),
        }
    }
}

/// A flash message shown at the top of a page.
#[derive(Debug, Clone)]
pub struct Flash {
    /// `ok` or `error`.
    pub kind: &'static str,
    /// The text.
    pub text: String,
}

/// One navigation entry.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Link.
    pub href: &'static str,
    /// Label, in the reader's language.
    pub label: String,
    /// Whether it is the current section.
    pub current: bool,
}

/// Who is shown in the header.
#[derive(Debug, Clone)]
pub struct LayoutUser {
    /// Display name.
    pub name: String,
    /// Role.
    pub role: &'static str,
    /// Org unit code of a planner.
    pub unit: Option<String>,
    /// CSRF token for the logout form.
    pub csrf: String,
    /// How many of their notices are unread (shown in the header).
    pub unread: u64,
}

/// What the base template needs: user, navigation, plan and year being viewed, flash messages.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The user, `None` on the login page.
    pub user: Option<LayoutUser>,
    /// Navigation entries the user may open.
    pub nav: Vec<NavItem>,
    /// Current path (the plan/year form submits to it).
    pub path: String,
    /// Plan codes to choose from.
    pub plans: Vec<String>,
    /// The plan being viewed.
    pub plan: String,
    /// The year being viewed.
    pub year: i32,
    /// Messages.
    pub flashes: Vec<Flash>,
    /// The reader's language (`<html lang dir>`, the layout's text, the language switch).
    pub lang: Lang,
    /// Whether the page's own text is in the reader's language; when not, its main content is marked
    /// `lang="en"` so that assistive technology reads the English text as English (issue 17.6).
    pub translated: bool,
    /// Where the language switch comes back to (this page's address).
    pub back: String,
}

/// Framework text resolved in `reader`'s language ([`crate::models::translations`]) as HTML: for an
/// English reader the text alone, as before translations existed; a translation wrapped in its own
/// `lang` and `dir` (the page's content may still be marked English); an English text standing in for a
/// missing translation wrapped `lang="en" dir="ltr"` and followed by a visible "(in English)" in the
/// reader's language (issue 17.3, 17.6).
pub fn framework_text(reader: Lang, text: &Resolved) -> String {
    let esc = |t: &str| {
        askama::filters::escape(t, askama::filters::Html)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let body = esc(&text.text);
    if reader == Lang::En || text.text.is_empty() {
        body
    } else if text.fallback {
        format!(
            r#"<span lang="en" dir="ltr">{body}</span> <small class="in-english" lang="{}" dir="{}">({})</small>"#,
            reader.code(),
            reader.dir(),
            esc(&stratrack_i18n::text(reader, "translation-in-english"))
        )
    } else {
        format!(
            r#"<span lang="{}" dir="{}">{body}</span>"#,
            text.lang.code(),
            text.lang.dir()
        )
    }
}

/// A value's breakdown as HTML in `lookup`'s language: `total` for the headline value (the templates say
/// it in words), else each dimension's and value's name through [`framework_text`] (a translation in its
/// own `lang`, an English name standing in marked), "Sexe : …" joined as "dimension: value, …". For an
/// English reader the escaped English of [`crate::models::dimensions::Names::breakdown`], as before.
pub fn breakdown_html(names: &crate::models::dimensions::Names, lookup: &Lookup, disaggregation: &str) -> String {
    let parts = names.parts_in(disaggregation, lookup);
    if parts.is_empty() {
        return "total".to_owned();
    }
    let lang = lookup.lang();
    parts
        .iter()
        .map(|p| match &p.value {
            Some(v) => format!("{}: {}", framework_text(lang, &p.dimension), framework_text(lang, v)),
            None => framework_text(lang, &p.dimension),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value's breakdown as plain text in `lookup`'s language (an attribute, an option: no marks; an
/// untranslated name is the English one), `total` said as the message `entry-total`.
pub fn breakdown_text(names: &crate::models::dimensions::Names, lookup: &Lookup, disaggregation: &str) -> String {
    let parts = names.parts_in(disaggregation, lookup);
    if parts.is_empty() {
        return stratrack_i18n::text(lookup.lang(), "entry-total");
    }
    parts
        .iter()
        .map(|p| match &p.value {
            Some(v) => format!("{}: {}", p.dimension.text, v.text),
            None => p.dimension.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A word of the vocabulary in `lang`: `word(lang, "status", "on_track")` is the message
/// `status-on_track` (what [`Layout::word`] shows, for a door that builds text before its page).
pub fn word(lang: Lang, kind: &str, code: &str) -> String {
    stratrack_i18n::text(lang, &format!("{kind}-{code}"))
}

/// One language of the language switch.
pub struct LangChoice {
    /// Code (`ar` …), the value the switch submits and the `lang` of its name.
    pub code: &'static str,
    /// Writing direction of its name.
    pub dir: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// Whether the page is in it.
    pub current: bool,
}

impl Layout {
    /// The layout of a page shown to whoever asked, logged in or not (an error page): no navigation.
    pub fn bare() -> Self {
        Layout {
            user: None,
            nav: Vec::new(),
            path: "/".into(),
            plans: Vec::new(),
            plan: String::new(),
            year: 0,
            flashes: Vec::new(),
            lang: language::current(),
            translated: false,
            back: language::back("/"),
        }
    }

    /// This layout around a page whose own text is translated (login, account, dashboard, errors).
    pub fn translated(mut self) -> Self {
        self.translated = true;
        self
    }

    /// The message `key` in the reader's language.
    pub fn t(&self, key: &str) -> String {
        stratrack_i18n::text(self.lang, key)
    }

    /// The message `key` with one variable.
    pub fn t1<'a>(&self, key: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        stratrack_i18n::text_with(self.lang, key, &[(name, value.into())])
    }

    /// The message `key` with two variables.
    pub fn t2<'a, 'b>(&self, key: &str, n1: &str, v1: impl Into<Arg<'a>>, n2: &str, v2: impl Into<Arg<'b>>) -> String {
        stratrack_i18n::text_with(self.lang, key, &[(n1, v1.into()), (n2, v2.into())])
    }

    /// The message `key` with three variables, each a pair `("name", value)` (a template passes the
    /// pairs by reference).
    pub fn t3<'a, A, B, C>(&self, key: &str, a: &(&str, A), b: &(&str, B), c: &(&str, C)) -> String
    where
        A: Clone + Into<Arg<'a>>,
        B: Clone + Into<Arg<'a>>,
        C: Clone + Into<Arg<'a>>,
    {
        let args = [
            (a.0, a.1.clone().into()),
            (b.0, b.1.clone().into()),
            (c.0, c.1.clone().into()),
        ];
        stratrack_i18n::text_with(self.lang, key, &args)
    }

    /// The message `key` with several variables of one kind (counts): `tn("k", [("count", n), ("all", m)])`.
    pub fn tn<'a, V: Into<Arg<'a>> + Copy>(&self, key: &str, args: &[(&str, V)]) -> String {
        let args: Vec<(&str, Arg<'a>)> = args.iter().map(|(n, v)| (*n, (*v).into())).collect();
        stratrack_i18n::text_with(self.lang, key, &args)
    }

    /// A word of the vocabulary in the reader's language: `word("status", "on_track")` is the message
    /// `status-on_track`.
    pub fn word(&self, kind: &str, code: &str) -> String {
        word(self.lang, kind, code)
    }

    /// Whether the reader's language is not English: English text on the page is then marked
    /// `lang="en"`.
    pub fn foreign(&self) -> bool {
        self.lang != Lang::En
    }

    /// The attributes that mark an English fragment (framework text, a chart drawn in English) in a page
    /// of another language: ` lang="en" dir="ltr"`, or nothing on an English page.
    pub fn english(&self) -> &'static str {
        if self.foreign() { r#" lang="en" dir="ltr""# } else { "" }
    }

    /// The attributes that mark a translated fragment shared by every page (the pager, a form's problems)
    /// inside a page whose own content is still English: the reader's ` lang="…" dir="…"`; nothing on a
    /// translated page or an English one.
    pub fn own(&self) -> String {
        if self.english_content() {
            format!(r#" lang="{}" dir="{}""#, self.lang.code(), self.lang.dir())
        } else {
            String::new()
        }
    }

    /// English `text` (what the domain said, framework text) escaped for the page, and in a page of
    /// another language wrapped in a `<span lang="en" dir="ltr">`: `{{ layout.en(reason)|safe }}`. An
    /// English page gets the text alone, as before the page was translated.
    pub fn en(&self, text: &str) -> String {
        let escaped = askama::filters::escape(text, askama::filters::Html)
            .map(|s| s.to_string())
            .unwrap_or_default();
        if self.foreign() {
            format!(r#"<span lang="en" dir="ltr">{escaped}</span>"#)
        } else {
            escaped
        }
    }

    /// Why a field was refused, escaped for the page: in the reader's language as it is, English text of
    /// the domain as [`Layout::en`] writes it.
    pub fn reason(&self, r: &forms::FieldReason) -> String {
        if r.own {
            askama::filters::escape(&r.text, askama::filters::Html)
                .map(|s| s.to_string())
                .unwrap_or_default()
        } else {
            self.en(&r.text)
        }
    }

    /// Why a row of an upload was refused, in the reader's language where the domain said it as a
    /// message, else in English.
    pub fn row_reason(&self, e: &crate::models::imports::RowError) -> forms::FieldReason {
        forms::FieldReason::in_lang(&e.reason, e.said.as_ref(), self.lang)
    }

    /// The attributes for an element holding the reason `r`: [`Layout::english`] unless `r` is in the
    /// reader's language.
    pub fn lang_of(&self, r: &forms::FieldReason) -> &'static str {
        if r.own { "" } else { self.english() }
    }

    /// Framework text (a name, a definition) resolved in the reader's language, escaped for the page:
    /// `{{ layout.fw(name)|safe }}`. See [`framework_text`].
    pub fn fw(&self, text: &Resolved) -> String {
        framework_text(self.lang, text)
    }

    /// Whether the page's main content is English text in a page of another language.
    pub fn english_content(&self) -> bool {
        self.foreign() && !self.translated
    }

    /// The six languages for the switch, the reader's marked.
    pub fn languages(&self) -> Vec<LangChoice> {
        Lang::ALL
            .into_iter()
            .map(|l| LangChoice {
                code: l.code(),
                dir: l.dir(),
                name: l.autonym(),
                current: l == self.lang,
            })
            .collect()
    }
}

/// `?plan=&year=` on every page. Messages never come from the address (anyone could plant text in a
/// link): a form leaves them in a cookie ([`frame::redirect`]).
#[derive(Debug, Default, Deserialize)]
pub struct ContextQuery {
    /// Plan code.
    pub plan: Option<String>,
    /// Year.
    pub year: Option<i32>,
}

/// The plan and year a page shows, with the layout around it, and the data version the request reads at.
pub struct Context<'a> {
    /// The cache at the data version read once for this request: pass it to the use cases that read
    /// from the cache, so the whole page shows one version.
    pub snap: Snapshot<'a>,
    /// The plan.
    pub plan: Plan,
    /// The year.
    pub year: i32,
    /// The layout.
    pub layout: Layout,
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Admin => "admin",
        Role::Planner => "planner",
        Role::Reviewer => "reviewer",
    }
}

/// Builds the layout for `user` on `path` ("/framework" …), resolving plan and year from the query; takes
/// the data version read with the session (or reads it once).
pub async fn context<'a>(st: &'a AppState, user: &PageUser, path: &str, q: &ContextQuery) -> PageResult<Context<'a>> {
    let a = &user.0;
    let snap = st.evaluations.snapshot_at(&st.db, a.data_version).await?;
    let v = viewing(&st.db, &snap, a, q.plan.as_deref(), q.year).await?;
    let mut nav = vec![
        ("/", "nav-dashboard"),
        ("/framework", "nav-framework"),
        ("/compare", "nav-compare"),
    ];
    if a.role != Role::Reviewer {
        nav.push(("/entry", "nav-entry"));
    }
    if a.role == Role::Admin {
        nav.push(("/approvals", "nav-approvals"));
    }
    if crate::models::collection::completeness::may_see_board(a) {
        nav.push(("/collection", "nav-collection"));
    }
    nav.push(("/periods", "nav-periods"));
    nav.push(("/plans", "nav-plans"));
    nav.extend([
        ("/finance", "nav-finance"),
        ("/operations", "nav-operations"),
        ("/risks", "nav-risks"),
        ("/reports", "nav-reports"),
        ("/questions", "nav-questions"),
    ]);
    if a.role == Role::Admin {
        nav.extend([("/audit", "nav-audit"), ("/users", "nav-users")]);
    }
    let lang = language::current();
    let section = |href: &str| {
        if href == "/" {
            path == "/"
        } else {
            path.starts_with(href)
        }
    };
    let flashes = user.1.clone();
    let layout = Layout {
        user: Some(LayoutUser {
            name: a.name.clone(),
            role: role_name(a.role),
            unit: v.unit,
            csrf: user.csrf().to_owned(),
            unread: crate::models::notifications::unread_count(&st.db, a).await?,
        }),
        nav: nav
            .into_iter()
            .map(|(href, key)| NavItem {
                href,
                label: stratrack_i18n::text(lang, key),
                current: section(href),
            })
            .collect(),
        path: path.to_owned(),
        plans: v.plans.iter().map(|p| p.code.clone()).collect(),
        plan: v.plan.code.clone(),
        year: v.year,
        flashes,
        lang,
        translated: false,
        back: language::back(path),
    };
    Ok(Context {
        snap,
        plan: v.plan,
        year: v.year,
        layout,
    })
}

/// Where a top-level node sorts: goals, then thematic priorities, then enablers (the plan's own order).
/// Nodes come sorted by their order within a level, which would interleave the levels.
pub fn level_rank(level: &str) -> u8 {
    match level {
        "goal" => 0,
        "thematic_priority" => 1,
        "enabler" => 2,
        _ => 3,
    }
}

/// Renders an askama template into an HTML response.
pub fn render(t: &impl askama::Template) -> PageResult<Response> {
    let html = t.render().map_err(|e| AppError::Internal(format!("template: {e}")))?;
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response())
}

#[cfg(test)]
mod framework_text_tests {
    use super::*;

    fn resolved(text: &str, lang: Lang, fallback: bool) -> Resolved {
        Resolved {
            text: text.into(),
            lang,
            fallback,
        }
    }

    #[test]
    fn an_english_reader_gets_the_escaped_text_alone() {
        assert_eq!(
            framework_text(Lang::En, &resolved("R&D <goal>", Lang::En, false)),
            "R&#38;D &#60;goal&#62;"
        );
    }

    #[test]
    fn a_translation_carries_its_own_language_and_direction() {
        let html = framework_text(Lang::Ar, &resolved("التقييس", Lang::Ar, false));
        assert_eq!(html, r#"<span lang="ar" dir="rtl">التقييس</span>"#);
    }

    #[test]
    fn an_english_fallback_is_marked_english_and_says_so_in_the_readers_language() {
        let html = framework_text(Lang::Ru, &resolved("Standardization", Lang::En, true));
        assert_eq!(
            html,
            r#"<span lang="en" dir="ltr">Standardization</span> <small class="in-english" lang="ru" dir="ltr">(на английском)</small>"#
        );
    }
}
