//! The message lookup: one concurrent Fluent bundle per language, built once from the files compiled
//! in, shared by every thread.

use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::LazyLock;

/// The report's message file of `lang` (`messages/report/`), as compiled in: the words of the annual
/// report, in the same bundle as the interface's (its keys all begin `report-`).
pub(crate) fn report_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("../messages/report/ar.ftl"),
        Lang::En => include_str!("../messages/report/en.ftl"),
        Lang::Es => include_str!("../messages/report/es.ftl"),
        Lang::Fr => include_str!("../messages/report/fr.ftl"),
        Lang::Ru => include_str!("../messages/report/ru.ftl"),
        Lang::Zh => include_str!("../messages/report/zh.ftl"),
    }
}

/// The message file of `lang`, as compiled in.
pub(crate) fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("../messages/ar.ftl"),
        Lang::En => include_str!("../messages/en.ftl"),
        Lang::Es => include_str!("../messages/es.ftl"),
        Lang::Fr => include_str!("../messages/fr.ftl"),
        Lang::Ru => include_str!("../messages/ru.ftl"),
        Lang::Zh => include_str!("../messages/zh.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of each language, in the order of [`Lang::ALL`].
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Lang::ALL.into_iter().map(bundle).collect());

/// The bundle of `lang`. A file that does not parse keeps the messages that do (the tests fail on any
/// parse error, so a release never has one); the plural rules are those of `lang` (CLDR).
fn bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: the pages mark the direction of inserted text in
    // HTML (`dir`, `lang`, `<bdi>`), and API answers stay plain text.
    b.set_use_isolating(false);
    // Each file holds each key once and no key is in both files (tested), so adding cannot override.
    for text in [source(lang), report_source(lang)] {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = b.add_resource(resource);
    }
    b
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(1);
    &BUNDLES[i]
}

/// A value put into a message: a number (counted numbers choose the plural form) or a text.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// A whole number, e.g. a count or a year.
    Number(i64),
    /// A text, inserted as it is.
    Text(Cow<'a, str>),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

/// A template's loop variable or `if let` binding comes as a reference to a reference.
impl<'a> From<&&'a String> for Arg<'a> {
    fn from(s: &&'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

/// Whether `lang`'s own file has a message `key` (without falling back to English).
pub fn has(lang: Lang, key: &str) -> bool {
    bundle_of(lang).has_message(key)
}

/// The message `key` in `lang`, without variables. See [`text_with`].
pub fn text(lang: Lang, key: &str) -> String {
    text_with(lang, key, &[])
}

/// The message `key` in `lang` with `args` put in: from English when `lang` lacks it, and the key
/// itself when English lacks it too (visible, never blank; the tests fail on any such key).
pub fn text_with(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let (bundle, message) = match bundle_of(lang).get_message(key) {
        Some(m) => (bundle_of(lang), m),
        None => match bundle_of(Lang::En).get_message(key) {
            Some(m) => (bundle_of(Lang::En), m),
            None => return key.to_owned(),
        },
    };
    let Some(pattern) = message.value() else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v: FluentValue<'_> = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(t) => FluentValue::from(t.as_ref()),
        };
        fluent_args.set(*name, v);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unread(lang: Lang, n: i64) -> String {
        text_with(lang, "layout-unread", &[("count", n.into())])
    }

    #[test]
    fn arabic_counts_take_all_six_cldr_forms() {
        assert_eq!(unread(Lang::Ar, 0), "لا توجد إشعارات غير مقروءة");
        assert_eq!(unread(Lang::Ar, 1), "إشعار واحد غير مقروء");
        assert_eq!(unread(Lang::Ar, 2), "إشعاران غير مقروءين");
        assert_eq!(unread(Lang::Ar, 3), "3 إشعارات غير مقروءة");
        assert_eq!(unread(Lang::Ar, 10), "10 إشعارات غير مقروءة");
        assert_eq!(unread(Lang::Ar, 11), "11 إشعارًا غير مقروء");
        assert_eq!(unread(Lang::Ar, 99), "99 إشعارًا غير مقروء");
        assert_eq!(unread(Lang::Ar, 100), "100 إشعار غير مقروء");
        assert_eq!(unread(Lang::Ar, 102), "102 إشعار غير مقروء");
        // CLDR puts 103–110 in `few` and 111–199 in `many` (n % 100); intl_pluralrules 7.0.2 tests the
        // whole number, so they come out `other` (docs/I18N.md, "Known limits").
    }

    #[test]
    fn russian_counts_take_one_few_and_many() {
        assert_eq!(unread(Lang::Ru, 1), "1 непрочитанное уведомление");
        assert_eq!(unread(Lang::Ru, 21), "21 непрочитанное уведомление");
        assert_eq!(unread(Lang::Ru, 3), "3 непрочитанных уведомления");
        assert_eq!(unread(Lang::Ru, 24), "24 непрочитанных уведомления");
        assert_eq!(unread(Lang::Ru, 5), "5 непрочитанных уведомлений");
        assert_eq!(unread(Lang::Ru, 11), "11 непрочитанных уведомлений");
        assert_eq!(unread(Lang::Ru, 0), "0 непрочитанных уведомлений");
    }

    #[test]
    fn english_and_french_differ_on_zero() {
        assert_eq!(unread(Lang::En, 1), "1 unread notice");
        assert_eq!(unread(Lang::En, 0), "0 unread notices");
        assert_eq!(unread(Lang::Fr, 0), "0 avis non lu");
        assert_eq!(unread(Lang::Fr, 2), "2 avis non lus");
        assert_eq!(unread(Lang::Zh, 1), "1 条未读通知");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_key() {
        assert_eq!(text(Lang::Fr, "nav-dashboard"), "Tableau de bord");
        assert_eq!(text(Lang::En, "no-such-message"), "no-such-message");
        assert!(!has(Lang::En, "no-such-message"));
    }

    #[test]
    fn numbers_are_inserted_without_grouping_and_text_as_it_is() {
        assert_eq!(
            text_with(Lang::En, "dashboard-title", &[("year", 2029.into())]),
            "Dashboard 2029"
        );
        assert_eq!(
            text_with(Lang::Fr, "account-role", &[("role", "planificateur".into())]),
            "rôle planificateur"
        );
    }
}
