//! What serde says of a value it refuses (a JSON body, a query string), said in the reader's language:
//! the one reading of serde's sentences, shared by [`crate::api::common`] and [`crate::api::query`].

use crate::error::Said;

/// What serde (or our own number parser inside it) says of a refused value, as a message whose English
/// is serde's text word for word: its shapes ("invalid type: string \"N/A\", expected a Decimal",
/// "invalid value: …", "invalid length 3, expected …", "unknown variant `x`, expected one of `a`, `b`",
/// "unknown field …", "missing field …", "duplicate field …", a refusal of [`crate::fixed::parse_number`])
/// and serde_json's place ("at line 1 column 20") in words of the language, with serde's fragments (type
/// names, the variants, the value) inside as they are. A shape not recognised is the text itself in
/// English and the text after the lead `fallback` (a message with `$detail`) in other languages.
pub(crate) fn serde_reason(text: &str, fallback: &'static str) -> Said {
    if let Some((why, place)) = text.rsplit_once(" at line ")
        && let Some((line, column)) = place.split_once(" column ")
        && let (Ok(line), Ok(column)) = (line.parse::<i64>(), column.parse::<i64>())
    {
        let why = serde_shape(why).unwrap_or_else(|| Said::new(fallback, [("detail", why.into())]));
        return Said::new(
            "said-json-at",
            [("why", why.into()), ("line", line.into()), ("column", column.into())],
        );
    }
    serde_shape(text).unwrap_or_else(|| Said::new(fallback, [("detail", text.into())]))
}

/// One of serde's own sentences (see [`serde_reason`]), or `None`.
fn serde_shape(text: &str) -> Option<Said> {
    let found_expected = |rest: &str, key: &'static str| {
        let (found, expected) = rest.split_once(", expected ")?;
        Some(Said::new(
            key,
            [("found", serde_found(found)), ("expected", serde_expected(expected))],
        ))
    };
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        return found_expected(rest, "said-json-invalid-type");
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        return found_expected(rest, "said-json-invalid-value");
    }
    if let Some(rest) = text.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(Said::new(
            "said-json-invalid-length",
            [
                ("length", length.parse::<i64>().ok()?.into()),
                ("expected", serde_expected(expected)),
            ],
        ));
    }
    for (lead, key) in [
        ("unknown variant `", "said-json-unknown-variant"),
        ("unknown field `", "said-json-unknown-field"),
    ] {
        if let Some(rest) = text.strip_prefix(lead) {
            let (name, expected) = rest.split_once("`, expected ")?;
            return Some(Said::new(
                key,
                [("name", name.into()), ("expected", serde_one_of(expected))],
            ));
        }
    }
    for (lead, key) in [
        ("missing field `", "said-json-missing-field"),
        ("duplicate field `", "said-json-duplicate-field"),
    ] {
        if let Some(name) = text.strip_prefix(lead).and_then(|r| r.strip_suffix('`')) {
            return Some(Said::new(key, [("name", name.into())]));
        }
    }
    number_reason(text)
}

/// The refusal of the one number parser whose English is `text` (a JSON string or number refused as a
/// [`crate::fixed::Fixed`]), found by reading the typed text again.
fn number_reason(text: &str) -> Option<Said> {
    let typed = match text.strip_prefix('`') {
        None => "",
        Some(rest) => {
            // The typed text ends at a "` " after which the parser's words follow; try each.
            let mut found = None;
            for (i, _) in rest.match_indices("` ") {
                let said = crate::fixed::parse_number(&rest[..i]).err();
                if said.as_ref().is_some_and(|s| s.english() == text) {
                    found = said;
                    break;
                }
            }
            return found;
        }
    };
    crate::fixed::parse_number(typed).err().filter(|s| s.english() == text)
}

/// What serde found instead ("string \"N/A\"", "integer `5`", "null", "map"): its kind in words of
/// the language, the value as it is.
fn serde_found(found: &str) -> crate::error::SaidArg {
    for (lead, key) in [
        ("string ", "said-json-found-string"),
        ("integer ", "said-json-found-integer"),
        ("floating point ", "said-json-found-float"),
        ("boolean ", "said-json-found-boolean"),
        ("character ", "said-json-found-character"),
    ] {
        if let Some(value) = found.strip_prefix(lead) {
            return Said::new(key, [("value", value.into())]).into();
        }
    }
    let key = match found {
        "null" => "said-json-found-null",
        "map" => "said-json-found-map",
        "sequence" => "said-json-found-sequence",
        "unit value" => "said-json-found-unit",
        "byte array" => "said-json-found-bytes",
        "number" => "said-json-found-number",
        other => return other.into(),
    };
    Said::new(key, []).into()
}

/// What serde expected: a few common words of the language ("a string", a whole number's Rust type,
/// our decimal number), else its words as they are ("a Decimal", "struct Plan").
fn serde_expected(expected: &str) -> crate::error::SaidArg {
    const INTEGERS: [&str; 10] = ["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"];
    let key = match expected {
        "a string" => "said-json-expected-string",
        "a boolean" => "said-json-expected-boolean",
        "a sequence" => "said-json-expected-sequence",
        "a map" => "said-json-expected-map",
        "a decimal number (a string such as \"1234.5\" or a JSON number)" => "said-json-expected-decimal",
        t if INTEGERS.contains(&t) => {
            return Said::new("said-json-expected-integer", [("type", t.into())]).into();
        }
        other => return serde_one_of(other),
    };
    Said::new(key, []).into()
}

/// serde's list of the names it expected ("one of `a`, `b`", "`a` or `b`", "there are no fields"),
/// with the names as they are.
fn serde_one_of(expected: &str) -> crate::error::SaidArg {
    if let Some(words) = expected.strip_prefix("one of ") {
        return Said::new("said-json-one-of", [("words", words.into())]).into();
    }
    if let Some((first, second)) = expected.split_once("` or `") {
        return Said::new(
            "said-json-either",
            [
                ("first", format!("{first}`").into()),
                ("second", format!("`{second}").into()),
            ],
        )
        .into();
    }
    match expected {
        "there are no variants" => Said::new("said-json-no-variants", []).into(),
        "there are no fields" => Said::new("said-json-no-fields", []).into(),
        other => other.into(),
    }
}
