//! Writing an [`Activity`] as an IATI 2.03 `iati-activities` document with `quick-xml`, which escapes
//! every text and attribute. Elements come in the order the schema's sequences require; every narrative
//! says its language (`xml:lang="en"`); numbers are exact decimals without trailing zeros; dates are ISO.

use super::{Activity, Actual, IndicatorEntry, Period, ResultEntry, codes};
use chrono::{DateTime, SecondsFormat, Utc};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::io;

type Xml = Writer<Vec<u8>>;

/// The language of every narrative: the framework is kept in English.
const LANG: &str = "en";

/// The UTF-8 bytes of the document.
pub fn write(a: &Activity) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let generated = instant(a.generated_at);
    w.create_element("iati-activities")
        .with_attribute(("version", codes::VERSION))
        .with_attribute(("generated-datetime", generated.as_str()))
        .write_inner_content(|w| activity(w, a))?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

fn activity(w: &mut Xml, a: &Activity) -> io::Result<()> {
    let mut el = w
        .create_element("iati-activity")
        .with_attribute(("xml:lang", LANG))
        .with_attribute(("default-currency", "CHF"));
    let updated = a.last_updated.map(instant);
    if let Some(u) = &updated {
        el = el.with_attribute(("last-updated-datetime", u.as_str()));
    }
    el.write_inner_content(|w| {
        w.create_element("iati-identifier")
            .write_text_content(BytesText::new(&clean(&a.identifier)))?;
        let p = &a.publisher;
        w.create_element("reporting-org")
            .with_attribute(("ref", clean(&p.org_ref)))
            .with_attribute(("type", p.org_type.as_str()))
            .write_inner_content(|w| narrative(w, &p.name))?;
        texts(w, "title", &a.title)?;
        w.create_element("description")
            .with_attribute(("type", codes::GENERAL_DESCRIPTION))
            .write_inner_content(|w| narrative(w, &a.description))?;
        w.create_element("participating-org")
            .with_attribute(("ref", clean(&p.org_ref)))
            .with_attribute(("type", p.org_type.as_str()))
            .with_attribute(("role", codes::IMPLEMENTING))
            .write_inner_content(|w| narrative(w, &p.name))?;
        w.create_element("activity-status")
            .with_attribute(("code", a.status))
            .write_empty()?;
        for (kind, day) in [(codes::PLANNED_START, a.start), (codes::PLANNED_END, a.end)] {
            w.create_element("activity-date")
                .with_attribute(("type", kind))
                .with_attribute(("iso-date", day.to_string().as_str()))
                .write_empty()?;
        }
        for r in &a.results {
            result(w, r)?;
        }
        Ok(())
    })?;
    Ok(())
}

fn result(w: &mut Xml, r: &ResultEntry) -> io::Result<()> {
    w.create_element("result")
        .with_attribute(("type", r.result_type))
        .write_inner_content(|w| {
            texts(w, "title", &r.title)?;
            if !r.description.trim().is_empty() {
                texts(w, "description", &r.description)?;
            }
            reference(w, &r.code)?;
            for i in &r.indicators {
                indicator(w, i)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn indicator(w: &mut Xml, i: &IndicatorEntry) -> io::Result<()> {
    let mut el = w.create_element("indicator").with_attribute(("measure", i.measure));
    if let Some(up) = i.ascending {
        el = el.with_attribute(("ascending", if up { "1" } else { "0" }));
    }
    el.write_inner_content(|w| {
        texts(w, "title", &i.title)?;
        if !i.description.trim().is_empty() {
            texts(w, "description", &i.description)?;
        }
        reference(w, &i.code)?;
        if let Some((year, value)) = i.baseline {
            w.create_element("baseline")
                .with_attribute(("year", year.to_string().as_str()))
                .with_attribute(("value", figure(value).as_str()))
                .write_empty()?;
        }
        for p in &i.periods {
            period(w, p)?;
        }
        Ok(())
    })?;
    Ok(())
}

fn period(w: &mut Xml, p: &Period) -> io::Result<()> {
    w.create_element("period").write_inner_content(|w| {
        let start = format!("{}-01-01", p.year);
        let end = format!("{}-12-31", p.year);
        w.create_element("period-start")
            .with_attribute(("iso-date", start.as_str()))
            .write_empty()?;
        w.create_element("period-end")
            .with_attribute(("iso-date", end.as_str()))
            .write_empty()?;
        if let Some(t) = p.target {
            w.create_element("target")
                .with_attribute(("value", figure(t).as_str()))
                .write_empty()?;
        }
        for a in &p.actuals {
            actual(w, a)?;
        }
        Ok(())
    })?;
    Ok(())
}

fn actual(w: &mut Xml, a: &Actual) -> io::Result<()> {
    let el = w
        .create_element("actual")
        .with_attribute(("value", figure(a.value).as_str()));
    if a.dimensions.is_empty() && a.comment.trim().is_empty() {
        el.write_empty()?;
        return Ok(());
    }
    el.write_inner_content(|w| {
        for (name, value) in &a.dimensions {
            w.create_element("dimension")
                .with_attribute(("name", clean(name)))
                .with_attribute(("value", clean(value)))
                .write_empty()?;
        }
        if !a.comment.trim().is_empty() {
            texts(w, "comment", &a.comment)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `<reference vocabulary="99" code="…"/>`: the node's or indicator's own code.
fn reference(w: &mut Xml, code: &str) -> io::Result<()> {
    w.create_element("reference")
        .with_attribute(("vocabulary", codes::OWN_VOCABULARY))
        .with_attribute(("code", clean(code)))
        .write_empty()?;
    Ok(())
}

/// `<tag><narrative xml:lang="en">text</narrative></tag>`.
fn texts(w: &mut Xml, tag: &str, text: &str) -> io::Result<()> {
    w.create_element(tag).write_inner_content(|w| narrative(w, text))?;
    Ok(())
}

fn narrative(w: &mut Xml, text: &str) -> io::Result<()> {
    w.create_element("narrative")
        .with_attribute(("xml:lang", LANG))
        .write_text_content(BytesText::new(&clean(text)))?;
    Ok(())
}

/// A decimal as IATI reads a number: plain, with a dot, no exponent and no trailing zeros (`68`, not
/// `68.0000`; `-0` as `0`).
pub fn figure(value: Decimal) -> String {
    value.normalize().to_string()
}

/// An instant in RFC 3339 UTC to the second, as `xsd:dateTime` takes it.
fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `text` without the characters XML 1.0 cannot hold at all (control characters other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF), which escaping cannot save: a stray one would make the whole
/// file unreadable.
fn clean(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}');
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Publisher;
    use super::*;
    use rust_decimal::dec;

    fn sample(title: &str, comment: &str) -> Activity {
        Activity {
            publisher: Publisher::default(),
            identifier: "XX-ILLUSTRATIVE-ITU-P1".into(),
            title: title.into(),
            description: "d".into(),
            status: "2",
            start: chrono::NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(),
            end: chrono::NaiveDate::from_ymd_opt(2031, 12, 31).unwrap(),
            generated_at: DateTime::parse_from_rfc3339("2029-02-03T04:05:06Z")
                .unwrap()
                .with_timezone(&Utc),
            last_updated: None,
            results: vec![ResultEntry {
                result_type: "2",
                code: "O1".into(),
                title: "Outcome".into(),
                description: String::new(),
                indicators: vec![IndicatorEntry {
                    code: "K1".into(),
                    title: "K".into(),
                    description: String::new(),
                    measure: "2",
                    ascending: Some(false),
                    baseline: Some((2027, dec!(12.5000))),
                    periods: vec![Period {
                        year: 2028,
                        target: Some(dec!(10.0000)),
                        actuals: vec![Actual {
                            value: dec!(9.2500),
                            dimensions: vec![("sex".into(), "female".into())],
                            comment: comment.into(),
                        }],
                    }],
                }],
            }],
        }
    }

    fn text(a: &Activity) -> String {
        String::from_utf8(write(a).unwrap()).unwrap()
    }

    #[test]
    fn text_is_escaped_and_characters_xml_cannot_hold_are_dropped() {
        let out = text(&sample("R&D <new> \"plan\"\u{1}", "a\u{0}b"));
        assert!(
            out.contains("<narrative xml:lang=\"en\">R&amp;D &lt;new&gt; &quot;plan&quot;</narrative>"),
            "{out}"
        );
        assert!(out.contains("<narrative xml:lang=\"en\">ab</narrative>"), "{out}");
    }

    #[test]
    fn figures_are_exact_decimals_without_trailing_zeros() {
        let out = text(&sample("t", ""));
        assert!(out.contains("<baseline year=\"2027\" value=\"12.5\"/>"), "{out}");
        assert!(out.contains("<target value=\"10\"/>"), "{out}");
        assert!(out.contains("<actual value=\"9.25\">"), "{out}");
        assert!(out.contains("<dimension name=\"sex\" value=\"female\"/>"), "{out}");
        assert!(out.contains("<period-start iso-date=\"2028-01-01\"/>"), "{out}");
        assert!(out.contains("generated-datetime=\"2029-02-03T04:05:06Z\""), "{out}");
        assert!(out.contains("<indicator measure=\"2\" ascending=\"0\">"), "{out}");
        assert_eq!(figure(dec!(-0.0000)), "0");
        assert_eq!(figure(dec!(12345678901234.5678)), "12345678901234.5678");
    }
}
