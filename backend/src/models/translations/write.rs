//! Setting and clearing a translation (the Secretary-General's office, like every framework edit):
//! checked field by field, refused at a stale version, audited as `translation` in its transaction.

use super::Kind;
use super::read::rows_of;
use super::subject::{Found, Subject, find};
use crate::auth::Actor;
use crate::entities::translations::{self, Column};
use crate::error::{AppError, AppResult, FieldErrors, Said};
use crate::limits;
use crate::models::finance_rows::PROVENANCES;
use crate::models::patching::Claim;
use crate::models::{audit, checks, transactions, versioned};
use crate::policy::{Action, authorize};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
};
use serde::{Deserialize, Serialize};
use stratrack_i18n::Lang;

/// The kind of record the audit log names.
const AUDIT: &str = "translation";

/// A record's text in one language. Both texts absent or blank clears the translation: the English
/// text is shown again, marked.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutTranslation {
    /// The name in the language; absent or blank: the English name is shown.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// The definition (indicators) or description (nodes) in the language; refused for other kinds.
    #[schema(max_length = 10000)]
    pub definition: Option<String>,
    /// Where the text comes from: `verified` (an official text), `illustrative`, `entered` (default).
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
    /// The official text it was taken from (a link or document symbol).
    #[schema(max_length = 2000)]
    pub source: Option<String>,
    /// The version of the translation this change is based on (or send `If-Match`); absent or 0 when
    /// there is none yet.
    pub version: Option<i32>,
}

/// A submitted translation, checked: trimmed, blank texts gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The language (never English).
    pub lang: Lang,
    /// The name, if given.
    pub name: Option<String>,
    /// The definition, if given.
    pub definition: Option<String>,
    /// The provenance.
    pub provenance: String,
    /// The source.
    pub source: String,
}

impl Checked {
    /// Whether nothing is left to store: the translation is cleared.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.definition.is_none()
    }
}

/// Checks `body` for a record of `kind` in language `lang` (a code), naming every bad field.
pub fn check(kind: Kind, lang: &str, body: &PutTranslation) -> AppResult<Checked> {
    let mut errs = FieldErrors::default();
    let lang = match Lang::parse(lang).filter(|l| *l != Lang::En) {
        Some(l) => Some(l),
        None => {
            let codes: Vec<&str> = super::languages().map(|l| l.code()).collect();
            errs.push(
                "lang",
                Said::new("said-lang-not-english", [("one_of", Said::one_of(&codes).into())]),
            );
            None
        }
    };
    let text = |v: &Option<String>| v.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
    let name = text(&body.name);
    let definition = text(&body.definition);
    if let Some(why) = name.as_deref().and_then(|n| limits::too_long(n, limits::NAME)) {
        errs.push("name", why);
    }
    if definition.is_some() && !kind.has_definition() {
        errs.push(
            "definition",
            Said::new("said-no-definition-to-translate", [("kind", kind.code().into())]),
        );
    } else if let Some(why) = definition
        .as_deref()
        .and_then(|d| limits::too_long(d, limits::NARRATIVE))
    {
        errs.push("definition", why);
    }
    let provenance = text(&body.provenance).unwrap_or_else(|| "entered".into());
    checks::one_of(&mut errs, "provenance", &provenance, PROVENANCES);
    let source = text(&body.source).unwrap_or_default();
    if let Some(why) = limits::too_long(&source, limits::NOTE) {
        errs.push("source", why);
    }
    errs.finish()?;
    Ok(Checked {
        lang: lang.unwrap_or_default(),
        name,
        definition,
        provenance,
        source,
    })
}

/// Sets (or, with both texts blank, clears) the translation of `subject` in `lang` (the office). The
/// claimed version must be the translation's current one (absent or 0 when there is none): a stale
/// claim is refused with 409 (412 for `If-Match`) and nothing changes. Returns the translation as
/// stored, or `None` when it was cleared.
pub async fn put(
    db: &DatabaseConnection,
    actor: &Actor,
    subject: &Subject,
    lang: &str,
    claim: Claim,
    body: &PutTranslation,
) -> AppResult<Option<translations::Model>> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let found = find(&txn, subject).await?;
    let checked = check(found.kind, lang, body)?;
    let row = put_in(&txn, actor, &found, &checked, &claim).await?;
    transactions::commit(txn, turn).await?;
    Ok(row)
}

/// [`put`] inside the caller's write transaction (several languages of one form, the workbook).
pub async fn put_in(
    txn: &impl ConnectionTrait,
    actor: &Actor,
    found: &Found,
    checked: &Checked,
    claim: &Claim,
) -> AppResult<Option<translations::Model>> {
    authorize(actor, Action::Administer)?;
    let what = Said::new(
        "said-what-translation",
        [
            ("lang", checked.lang.code().into()),
            ("what", found.label.clone().into()),
        ],
    );
    let existing = rows_of(txn, found.kind, found.id)
        .await?
        .into_iter()
        .find(|r| r.lang == checked.lang.code());
    let Some(old) = existing else {
        let claimed = if claim.is_sent() { claim.resolve()? } else { (0, false) };
        if claimed.0 != 0 {
            crate::models::patching::check_version(claimed, 0, what.clone())?;
        }
        if checked.is_empty() {
            return Ok(None);
        }
        let row = versioned::insert(
            txn,
            translations::ActiveModel {
                entity_kind: Set(found.kind.code().to_owned()),
                entity_id: Set(found.id),
                lang: Set(checked.lang.code().to_owned()),
                name: Set(checked.name.clone()),
                definition: Set(checked.definition.clone()),
                provenance: Set(checked.provenance.clone()),
                source: Set(checked.source.clone()),
                ..Default::default()
            },
        )
        .await?;
        audit::created(txn, Some(actor), AUDIT, row.id, &row).await?;
        return Ok(Some(row));
    };
    let (version, _) = claim.check(old.version, what.clone())?;
    if checked.is_empty() {
        let gone = translations::Entity::delete_many()
            .filter(Column::Id.eq(old.id))
            .filter(Column::Version.eq(version))
            .exec(txn)
            .await?;
        if gone.rows_affected != 1 {
            return Err(AppError::conflict(Said::new(
                "said-changed-while-editing-what",
                [("what", what.into())],
            )));
        }
        audit::deleted(txn, Some(actor), AUDIT, old.id, &old).await?;
        return Ok(None);
    }
    let mut am = old.clone().into_active_model();
    am.name = Set(checked.name.clone());
    am.definition = Set(checked.definition.clone());
    am.provenance = Set(checked.provenance.clone());
    am.source = Set(checked.source.clone());
    if versioned::changes_nothing(&am, &old) {
        return Ok(Some(old));
    }
    am.version = Set(old.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let row = versioned::update(txn, am, old.id, version).await?;
    audit::updated(txn, Some(actor), AUDIT, row.id, &old, &row).await?;
    Ok(Some(row))
}

/// Sets or clears the translations of `subject` in several languages at once (the office's form): each
/// language at the version it was read at; every bad field is named (`fr.name`), and a refusal of any
/// language changes none.
pub async fn put_all(
    db: &DatabaseConnection,
    actor: &Actor,
    subject: &Subject,
    entries: &[(String, PutTranslation)],
) -> AppResult<Vec<translations::Model>> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let found = find(&txn, subject).await?;
    let mut errs = FieldErrors::default();
    let mut checked = Vec::new();
    for (lang, body) in entries {
        match check(found.kind, lang, body) {
            Ok(c) => checked.push((c, Claim::new(None, body.version))),
            Err(AppError::Invalid(fields)) => {
                for f in fields {
                    errs.push(format!("{lang}.{}", f.field), f.into_reason());
                }
            }
            Err(other) => return Err(other),
        }
    }
    errs.finish()?;
    let mut rows = Vec::new();
    for (c, claim) in &checked {
        rows.extend(put_in(&txn, actor, &found, c, claim).await?);
    }
    transactions::commit(txn, turn).await?;
    Ok(rows)
}

/// Deletes every translation of record `id` of `kind`, inside the transaction that deletes the record.
pub async fn forget(txn: &impl ConnectionTrait, kind: Kind, id: i32) -> Result<(), sea_orm::DbErr> {
    translations::Entity::delete_many()
        .filter(Column::EntityKind.eq(kind.code()))
        .filter(Column::EntityId.eq(id))
        .exec(txn)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(name: &str, definition: Option<&str>) -> PutTranslation {
        PutTranslation {
            name: Some(name.into()),
            definition: definition.map(str::to_owned),
            ..Default::default()
        }
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Invalid(f) => f.into_iter().map(|f| f.field).collect(),
            other => panic!("not a validation error: {other:?}"),
        }
    }

    #[test]
    fn a_translation_is_trimmed_and_entered_by_default() {
        let c = check(Kind::Node, "fr", &body("  Connecter  ", Some(" Tous en ligne "))).unwrap();
        assert_eq!(c.name.as_deref(), Some("Connecter"));
        assert_eq!(c.definition.as_deref(), Some("Tous en ligne"));
        assert_eq!((c.lang, c.provenance.as_str()), (Lang::Fr, "entered"));
    }

    #[test]
    fn blank_texts_clear_the_translation() {
        assert!(check(Kind::Indicator, "ar", &body("   ", Some(""))).unwrap().is_empty());
    }

    #[test]
    fn english_and_unknown_languages_are_refused_naming_the_field() {
        for lang in ["en", "de", "FR", ""] {
            assert_eq!(fields(check(Kind::Plan, lang, &body("x", None)).unwrap_err()), ["lang"]);
        }
    }

    #[test]
    fn a_definition_is_refused_for_kinds_without_one() {
        let e = check(Kind::Unit, "es", &body("Oficina", Some("texto"))).unwrap_err();
        assert_eq!(fields(e), ["definition"]);
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let long = "x".repeat(limits::NAME + 1);
        let mut b = body(&long, None);
        b.provenance = Some("guessed".into());
        let e = check(Kind::Plan, "zh", &b).unwrap_err();
        assert_eq!(fields(e), ["name", "provenance"]);
    }

    #[test]
    fn a_name_at_the_limit_is_accepted() {
        let name = "é".repeat(limits::NAME);
        assert!(check(Kind::Plan, "ru", &body(&name, None)).is_ok());
    }
}
