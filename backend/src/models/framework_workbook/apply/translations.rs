//! The `translations` sheet: the plan's, its nodes' and its indicators' text in other languages. A row
//! added or changed sets that language's text through [`translations::put_in`], a row removed clears it;
//! each at the version current in the upload's transaction, checked and audited as the form and the API
//! do.

use super::{Ctx, PlannedChange, Problems, change, earlier_row, place, removing};
use crate::error::{AppResult, Said};
use crate::models::framework_workbook::{Row, Table};
use crate::models::patching::Claim;
use crate::models::translations::{self, Kind, PutTranslation, Subject, read::rows_of, subject::find};
use std::collections::{HashMap, HashSet};

/// The text columns of a row, compared and written.
const TEXTS: [&str; 4] = ["name", "definition", "provenance", "source"];

/// The sheet's column of a field the translation use case names.
fn column(field: &str) -> Option<&'static str> {
    Some(match field {
        "lang" => "lang",
        "name" => "name",
        "definition" => "definition",
        "provenance" => "provenance",
        "source" => "source",
        _ => return None,
    })
}

/// A row's key: `kind key lang`.
fn key(t: &Table, r: &Row) -> String {
    let at = |c: &str| r.cells[t.col(c)].as_str();
    format!("{} {} {}", at("kind"), at("key"), at("lang"))
}

/// Compares the translations sheet `up` with the plan's translations `now` and applies each change.
pub(super) async fn apply(
    cx: &Ctx<'_>,
    p: &mut Problems,
    up: &Table,
    now: &Table,
    changes: &mut Vec<PlannedChange>,
) -> AppResult<()> {
    let current: HashMap<String, &Row> = now.rows.iter().map(|r| (key(now, r), r)).collect();
    let mut seen = HashSet::new();
    for r in &up.rows {
        let k = key(up, r);
        if !seen.insert(k.clone()) {
            p.row(up.name, r.line, earlier_row(&k));
            continue;
        }
        let at = |c: &str| r.cells[up.col(c)].as_str();
        let before = current.get(&k);
        let was = |c: &str| before.map_or("", |b| b.cells[now.col(c)].as_str());
        let differ: Vec<&str> = TEXTS.into_iter().filter(|c| !super::same(was(c), at(c))).collect();
        if differ.is_empty() {
            continue;
        }
        let Some(subject) = subject_of(cx, p, up, r) else {
            continue;
        };
        for c in &differ {
            changes.push(change(up, r.line, &k, c, was(c), at(c)));
        }
        let body = PutTranslation {
            name: Some(at("name").to_owned()),
            definition: Some(at("definition").to_owned()),
            provenance: Some(at("provenance").to_owned()).filter(|v| !v.is_empty()),
            source: Some(at("source").to_owned()),
            version: None,
        };
        if let Err(e) = put(cx, &subject, at("lang"), &body).await {
            place(p, up, r.line, e, column)?;
        }
    }
    for r in now.rows.iter().filter(|r| !seen.contains(&key(now, r))) {
        let at = |c: &str| r.cells[now.col(c)].as_str();
        changes.push(change(up, 0, &key(now, r), "name", at("name"), ""));
        let Some(subject) = subject_of(cx, p, now, r) else {
            continue;
        };
        if let Err(e) = put(cx, &subject, at("lang"), &PutTranslation::default()).await {
            p.row(up.name, 0, removing("said-wb-clearing", &key(now, r), &e));
        }
    }
    Ok(())
}

/// The record row `r` of `t` names, when it is the plan itself or one of its nodes or indicators;
/// otherwise the problem, named at its cell.
fn subject_of(cx: &Ctx<'_>, p: &mut Problems, t: &Table, r: &Row) -> Option<Subject> {
    let at = |c: &str| r.cells[t.col(c)].as_str();
    let plan = &cx.plan.code;
    let Some(kind) = Kind::parse(at("kind")).filter(|k| matches!(k, Kind::Plan | Kind::Node | Kind::Indicator)) else {
        p.cell(
            t,
            r.line,
            "kind",
            Said::new("said-wb-not-a-kind", [("kind", at("kind").into())]),
        );
        return None;
    };
    match Subject::from_key(kind, at("key")) {
        Ok(s @ Subject::Plan(_)) if at("key") == plan => Some(s),
        Ok(s @ (Subject::Node(..) | Subject::Indicator(..))) if at("key").starts_with(&format!("{plan}/")) => Some(s),
        Ok(_) => {
            let want = if kind == Kind::Plan {
                plan.clone()
            } else {
                format!("{plan}/<code>")
            };
            p.cell(
                t,
                r.line,
                "key",
                Said::new(
                    "said-wb-not-a-record",
                    [("key", at("key").into()), ("plan", plan.into()), ("want", want.into())],
                ),
            );
            None
        }
        Err(why) => {
            p.cell(t, r.line, "key", why);
            None
        }
    }
}

/// Sets (or, with blank texts, clears) the text of `subject` in `lang` at the version it has now.
async fn put(cx: &Ctx<'_>, subject: &Subject, lang: &str, body: &PutTranslation) -> AppResult<()> {
    let found = find(cx.txn, subject).await?;
    let checked = translations::write::check(found.kind, lang, body)?;
    let version = rows_of(cx.txn, found.kind, found.id)
        .await?
        .into_iter()
        .find(|t| t.lang == lang)
        .map_or(0, |t| t.version);
    translations::put_in(cx.txn, cx.actor, &found, &checked, &Claim::new(None, Some(version))).await?;
    Ok(())
}
