//! Reading translations: every language of one record (the office's form and `GET …/translations`),
//! and one language of many records at once ([`Lookup`], for the pages and the API's read answers).

use super::subject::{Found, Kind, Subject, find};
use super::{Localized, Resolved};
use crate::auth::Actor;
use crate::entities::translations::{self, Column};
use crate::error::AppResult;
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use stratrack_i18n::Lang;

/// A record with its English text and every translation of it, by language code.
#[derive(Debug, Clone)]
pub struct Translations {
    /// The record and its English text.
    pub found: Found,
    /// Its translations, by language code (ar, es, fr, ru, zh); a language without one is absent.
    pub rows: Vec<translations::Model>,
}

impl Translations {
    /// The translation in `lang`, if any.
    pub fn of(&self, lang: Lang) -> Option<&translations::Model> {
        self.rows.iter().find(|r| r.lang == lang.code())
    }
}

/// The record `subject` and its translations (any signed-in user).
pub async fn of_subject(db: &impl ConnectionTrait, actor: &Actor, subject: &Subject) -> AppResult<Translations> {
    authorize(actor, Action::Read)?;
    let found = find(db, subject).await?;
    let rows = rows_of(db, found.kind, found.id).await?;
    Ok(Translations { found, rows })
}

/// The translations of record `id` of `kind`, by language code.
pub async fn rows_of(db: &impl ConnectionTrait, kind: Kind, id: i32) -> Result<Vec<translations::Model>, DbErr> {
    translations::Entity::find()
        .filter(Column::EntityKind.eq(kind.code()))
        .filter(Column::EntityId.eq(id))
        .order_by_asc(Column::Lang)
        .all(db)
        .await
}

/// One language's translations of every record, read once per request and asked per record.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    lang: Lang,
    rows: HashMap<(Kind, i32), (Option<String>, Option<String>)>,
}

impl Lookup {
    /// A lookup that translates nothing: an English reader's.
    pub fn english() -> Self {
        Lookup::default()
    }

    /// The language this lookup resolves to.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The name of record `id` of `kind`, whose English name is `english`.
    pub fn name(&self, kind: Kind, id: i32, english: &str) -> Resolved {
        let t = self.rows.get(&(kind, id)).and_then(|r| r.0.as_deref());
        Resolved::pick(english, t, self.lang)
    }

    /// The definition or description of record `id` of `kind`, whose English one is `english`. An
    /// empty English text stays empty, unmarked: there is nothing to fall back on.
    pub fn definition(&self, kind: Kind, id: i32, english: &str) -> Resolved {
        let t = self.rows.get(&(kind, id)).and_then(|r| r.1.as_deref());
        let mut r = Resolved::pick(english, t, self.lang);
        if r.text.trim().is_empty() {
            r.fallback = false;
        }
        r
    }

    /// Name and (for kinds that have one) definition of a record, or `None` for an English reader (the
    /// API's read answers then stay as they were).
    pub fn localize(&self, kind: Kind, id: i32, name: &str, definition: Option<&str>) -> Option<Localized> {
        (self.lang != Lang::En).then(|| Localized {
            lang: self.lang,
            name: self.name(kind, id, name),
            definition: definition.map(|d| self.definition(kind, id, d)),
        })
    }

    /// [`Lookup::localize`] as the API's read answers show it.
    pub fn view(&self, kind: Kind, id: i32, name: &str, definition: Option<&str>) -> Option<super::LocalizedView> {
        self.localize(kind, id, name, definition)
            .map(super::LocalizedView::from)
    }
}

/// Every translation in `lang` (one query; none for English).
pub async fn resolve(db: &impl ConnectionTrait, lang: Lang) -> Result<Lookup, DbErr> {
    if lang == Lang::En {
        return Ok(Lookup::english());
    }
    let rows = translations::Entity::find()
        .filter(Column::Lang.eq(lang.code()))
        .all(db)
        .await?;
    Ok(Lookup {
        lang,
        rows: rows
            .into_iter()
            .filter_map(|r| Some(((Kind::parse(&r.entity_kind)?, r.entity_id), (r.name, r.definition))))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(lang: Lang) -> Lookup {
        let mut rows = HashMap::new();
        rows.insert((Kind::Node, 7), (Some("Connecter".to_owned()), None));
        rows.insert((Kind::Indicator, 7), (None, Some("Part des…".to_owned())));
        Lookup { lang, rows }
    }

    #[test]
    fn a_name_is_looked_up_by_kind_and_id() {
        let l = lookup(Lang::Fr);
        assert_eq!(l.name(Kind::Node, 7, "Connect").text, "Connecter");
        // Same id, other kind: the indicator's name was not translated.
        let other = l.name(Kind::Indicator, 7, "Share of…");
        assert_eq!((other.text.as_str(), other.fallback), ("Share of…", true));
    }

    #[test]
    fn name_and_definition_fall_back_each_on_its_own() {
        let l = lookup(Lang::Fr)
            .localize(Kind::Node, 7, "Connect", Some("Everyone online"))
            .unwrap();
        assert!(!l.name.fallback);
        let d = l.definition.unwrap();
        assert_eq!(
            (d.text.as_str(), d.lang, d.fallback),
            ("Everyone online", Lang::En, true)
        );
    }

    #[test]
    fn an_empty_english_definition_is_not_marked_as_english() {
        let d = lookup(Lang::Fr).definition(Kind::Node, 7, "");
        assert!(!d.fallback);
    }

    #[test]
    fn an_english_reader_gets_no_localized_text() {
        assert_eq!(lookup(Lang::En).localize(Kind::Node, 7, "Connect", None), None);
    }
}
