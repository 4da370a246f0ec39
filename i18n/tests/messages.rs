//! The message files against each other: every language parses, has every English key and no other,
//! uses the same variables as English in each message, and selects counted numbers on exactly the CLDR
//! plural forms of its language (Arabic six, Russian one/few/many/other).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};

const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// What one message uses: its variables, and the keys of each select on plural forms.
#[derive(Debug, Default)]
struct Uses {
    variables: BTreeSet<String>,
    plural_selects: Vec<BTreeSet<String>>,
}

const PLURAL_WORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural forms a select on a count must offer in `lang` (CLDR cardinal categories of whole
/// numbers; French and Spanish `many` of CLDR 42 is for millions in compact notation and falls to the
/// default `other`).
fn plural_forms(lang: &str) -> BTreeSet<String> {
    let forms: &[&str] = match lang {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "ru" => &["one", "few", "many", "other"],
        "zh" => &["other"],
        _ => &["one", "other"],
    };
    forms.iter().map(|s| (*s).to_owned()).collect()
}

/// The interface's file of `lang` followed by the report's (`messages/report/`): one bundle, so a key
/// written in both is a key written twice.
fn read(lang: &str) -> String {
    let path = format!("{}/messages/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let report = format!("{}/messages/report/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.push('\n');
    text.push_str(&std::fs::read_to_string(&report).unwrap_or_else(|e| panic!("{report}: {e}")));
    text
}

fn walk_inline(e: &InlineExpression<&str>, uses: &mut Uses) {
    match e {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, uses);
            }
            for a in &arguments.named {
                walk_inline(&a.value, uses);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        _ => {}
    }
}

fn walk_expression(e: &Expression<&str>, uses: &mut Uses) {
    match e {
        Expression::Inline(i) => walk_inline(i, uses),
        Expression::Select { selector, variants } => {
            walk_inline(selector, uses);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !keys.is_empty() && keys.iter().all(|k| PLURAL_WORDS.contains(&k.as_str())) {
                uses.plural_selects.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, uses);
            }
        }
    }
}

fn walk_pattern(p: &Pattern<&str>, uses: &mut Uses) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, uses);
        }
    }
}

/// Every message of `lang` with what it uses; panics naming the file on a parse error or a key
/// written twice.
fn messages(lang: &str, text: &str) -> BTreeMap<String, Uses> {
    let resource = match parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("messages/{lang}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut uses = Uses::default();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut uses);
            }
            for a in &m.attributes {
                walk_pattern(&a.value, &mut uses);
            }
            let twice = out.insert(m.id.name.to_owned(), uses).is_some();
            assert!(!twice, "messages/{lang}.ftl has the key {} twice", m.id.name);
        }
    }
    out
}

#[test]
fn every_language_has_every_english_key_with_the_same_variables() {
    let en = messages("en", &read("en"));
    assert!(en.len() > 100, "the English file lost its messages ({})", en.len());
    let mut problems = Vec::new();
    for lang in LANGS {
        let own = messages(lang, &read(lang));
        for (key, uses) in &en {
            match own.get(key) {
                None => problems.push(format!("{lang}: {key} is missing")),
                Some(u) if u.variables != uses.variables => problems.push(format!(
                    "{lang}: {key} uses {:?}, English {:?}",
                    u.variables, uses.variables
                )),
                Some(_) => {}
            }
        }
        for key in own.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{lang}: {key} is not an English key (misspelt or left over)"));
        }
    }
    assert!(problems.is_empty(), "message files disagree:\n{}", problems.join("\n"));
}

#[test]
fn every_plural_select_offers_exactly_the_forms_of_its_language() {
    let mut problems = Vec::new();
    for lang in LANGS {
        let want = plural_forms(lang);
        for (key, uses) in messages(lang, &read(lang)) {
            for keys in &uses.plural_selects {
                if *keys != want {
                    problems.push(format!("{lang}: {key} offers {keys:?}, the language has {want:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "plural forms:\n{}", problems.join("\n"));
}

#[test]
fn every_translated_file_says_it_awaits_review_until_reviewed() {
    // The rule: text not taken from an official text is marked as needing review by the
    // language services. No translation here has been reviewed yet, so every file but English says so.
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let head: String = read(lang).lines().take(3).collect();
        assert!(
            head.starts_with("### NEEDS REVIEW by the ITU language services"),
            "messages/{lang}.ftl lost its review mark"
        );
        let report = format!("{}/messages/report/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
        let head: String = std::fs::read_to_string(&report)
            .unwrap_or_default()
            .lines()
            .take(3)
            .collect();
        assert!(
            head.starts_with("### NEEDS REVIEW by the ITU language services"),
            "messages/report/{lang}.ftl lost its review mark"
        );
    }
}
