//! A notice's text as a message of the interface (`notice-text-…` in `i18n/messages`): its key and
//! arguments are stored beside the English `message`, so that each reader sees the notice in their own
//! language while mails and the stored English stay word for word what they were. The English of each
//! message is that English (tested below). Names, codes and what people typed (an indicator's name, a
//! return note, a question's title) are arguments, inserted as they are.

use crate::models::translations::{Kind, Lookup};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use stratrack_i18n::{Arg, Lang};

/// One argument of a notice's message: a whole number (a count, a year: it chooses plural forms) or a
/// text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum NoticeArg {
    /// A whole number.
    Number(i64),
    /// A text, inserted as it is.
    Text(String),
}

impl From<&str> for NoticeArg {
    fn from(s: &str) -> Self {
        NoticeArg::Text(s.to_owned())
    }
}

impl From<String> for NoticeArg {
    fn from(s: String) -> Self {
        NoticeArg::Text(s)
    }
}

impl From<i64> for NoticeArg {
    fn from(n: i64) -> Self {
        NoticeArg::Number(n)
    }
}

/// A notice's text as a message: the key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeText {
    /// The message's key, `notice-text-…`.
    pub key: &'static str,
    /// Its arguments by name.
    pub args: BTreeMap<&'static str, NoticeArg>,
}

impl NoticeText {
    /// The message `key` with `args`.
    pub fn new<const N: usize>(key: &'static str, args: [(&'static str, NoticeArg); N]) -> Self {
        NoticeText {
            key,
            args: args.into_iter().collect(),
        }
    }

    /// The arguments as stored (`notifications.message_args`): a JSON object.
    pub fn stored_args(&self) -> String {
        serde_json::to_string(&self.args).unwrap_or_else(|_| "{}".to_owned())
    }

    /// The message in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        said(lang, self.key, &self.args)
    }

    /// The message in `names`' language, the indicator it names (see [`stored_in`]) named as `names`
    /// has it: what a notice's mail says to a reader of that language.
    pub fn said_named(&self, names: &Lookup) -> String {
        let mut args: BTreeMap<String, NoticeArg> =
            self.args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        if name_records(&mut args, names).is_none() {
            return self.said_in(names.lang());
        }
        said(names.lang(), self.key, &args)
    }
}

fn said<K: AsRef<str>>(lang: Lang, key: &str, args: &BTreeMap<K, NoticeArg>) -> String {
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                NoticeArg::Number(n) => Arg::Number(*n),
                NoticeArg::Text(t) => Arg::from(t.as_str()),
            };
            (k.as_ref(), v)
        })
        .collect();
    stratrack_i18n::text_with(lang, key, &args)
}

/// The stored notice `n` in `lang`: its message in that language, the indicator it names (argument
/// `indicator`, with its `indicator_id`) named as `names` has it (its English name where not
/// translated); or `None` when it was recorded before notices were kept as messages (or names a message
/// or arguments no longer known): then only its English `message` is there to show.
pub fn stored_in(n: &super::Notice, lang: Lang, names: &Lookup) -> Option<String> {
    let key = n.message_key.as_deref()?;
    if !stratrack_i18n::has(Lang::En, key) {
        return None;
    }
    let mut args: BTreeMap<String, NoticeArg> = serde_json::from_str(n.message_args.as_deref().unwrap_or("{}")).ok()?;
    name_records(&mut args, names)?;
    Some(said(lang, key, &args))
}

/// Names the framework records among a notice's `args` as `names` has them: the indicator (argument
/// `indicator`, with its `indicator_id`), its English name where not translated. It is the only record
/// a notice names: the rest are codes (a unit, a plan, a question's subject, a breakdown in the value's
/// label), dates and what people typed, inserted as they are. `None` when an id is out of range.
fn name_records(args: &mut BTreeMap<String, NoticeArg>, names: &Lookup) -> Option<()> {
    if let (Some(NoticeArg::Number(id)), Some(NoticeArg::Text(english))) =
        (args.get("indicator_id"), args.get("indicator"))
    {
        let name = names.name(Kind::Indicator, i32::try_from(*id).ok()?, english).text;
        args.insert("indicator".to_owned(), NoticeArg::Text(name));
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_arguments_read_back_as_the_same_message() {
        let t = NoticeText::new(
            "notice-text-bulk",
            [("count", 3.into()), ("unit", "BR".into()), ("by", "Ana".into())],
        );
        let stored = t.stored_args();
        assert_eq!(stored, r#"{"by":"Ana","count":3,"unit":"BR"}"#);
        let n = crate::entities::notifications::Model {
            id: 1,
            user_id: 1,
            kind: "submitted".into(),
            measurement_id: None,
            org_unit_id: None,
            message: String::new(),
            link: String::new(),
            topic: None,
            created_at: chrono::Utc::now().into(),
            read_at: None,
            message_key: Some(t.key.to_owned()),
            message_args: Some(stored),
        };
        let names = Lookup::english();
        assert_eq!(stored_in(&n, Lang::Fr, &names), Some(t.said_in(Lang::Fr)));
        assert_ne!(t.said_in(Lang::Fr), t.said_in(Lang::En));
        let old = crate::entities::notifications::Model {
            message_key: None,
            message_args: None,
            ..n.clone()
        };
        assert_eq!(
            stored_in(&old, Lang::Fr, &names),
            None,
            "an older notice is English only"
        );
        let unknown = crate::entities::notifications::Model {
            // A key no message has (built, so that the key scan does not take it for one in use).
            message_key: Some(["notice", "text", "gone"].join("-")),
            ..n
        };
        assert_eq!(stored_in(&unknown, Lang::Fr, &names), None);
    }
}
