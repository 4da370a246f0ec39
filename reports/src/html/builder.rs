//! A small HTML writer: every piece of text goes through escaping; only this module and the
//! inline SVG add raw markup.

use crate::charts::{Chart, DataTable};
use crate::input::Named;
use crate::markup::{escape, push_escaped};
use crate::words::Words;

/// Columns from which a table may be wider than the page on screen.
pub const WIDE: usize = 7;

/// The first of the private-use characters that stand for typed text in a sentence ([`slot`]).
const SLOT: char = '\u{E000}';

/// The character standing for the `k`-th typed text of a sentence written by [`Html::el_typed`].
pub fn slot(k: usize) -> String {
    char::from_u32(SLOT as u32 + k as u32).map_or_else(String::new, String::from)
}

/// The argument a message takes for the `k`-th typed text `typed` of a sentence written by
/// [`Html::el_typed`]: the text itself in English (as the code writes it), its [`slot`] otherwise.
pub fn typed_arg(words: Words, k: usize, typed: &str) -> String {
    if words.is_english() { typed.to_owned() } else { slot(k) }
}

/// An HTML document under construction.
#[derive(Default)]
pub struct Html {
    out: String,
    /// What was written, as events, when recording for `report.pdf` ([`Html::record`]).
    events: Option<Vec<Event>>,
}

/// One step of a recorded page: the tags, text and charts as the page writer wrote them, so that
/// `report.pdf` typesets the very sections, paragraphs and tables of `report.html` without parsing it.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `<tag attrs>`; `attrs` as written (trusted markup).
    Open {
        /// Element name.
        tag: String,
        /// Attributes as written.
        attrs: String,
    },
    /// Text (unescaped).
    Text(String),
    /// `</tag>`.
    Close(String),
    /// A chart, by its slug (the page inlines its SVG).
    Chart(String),
}

impl Html {
    /// An empty document with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
            events: None,
        }
    }

    /// Records from now on what is written (tags, text, charts) as [`Event`]s; the markup written is the same.
    pub fn record(&mut self) {
        self.events = Some(Vec::new());
    }

    fn note(&mut self, event: impl FnOnce() -> Event) {
        if let Some(events) = &mut self.events {
            events.push(event());
        }
    }

    /// Appends trusted markup (tags written by this crate).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Appends escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.out, text);
        self.note(|| Event::Text(text.to_owned()));
        self
    }

    /// `<tag attrs>text</tag>`; `attrs` is trusted markup.
    pub fn el(&mut self, tag: &str, attrs: &str, text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// `<tag attrs>`.
    pub fn open(&mut self, tag: &str, attrs: &str) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        if !attrs.is_empty() {
            self.out.push(' ');
            self.out.push_str(attrs);
        }
        self.out.push('>');
        self.note(|| Event::Open {
            tag: tag.to_owned(),
            attrs: attrs.to_owned(),
        });
        self
    }

    /// `</tag>` and a line break.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push_str(">\n");
        self.note(|| Event::Close(tag.to_owned()));
        self
    }

    /// `</tag>` with no line break (after an inline element).
    pub fn end(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self.note(|| Event::Close(tag.to_owned()));
        self
    }

    /// A framework name as the report shows it (form 4 and later): in the report's language, or the
    /// English name standing in for a missing translation, marked `lang="en"` and followed by a visible
    /// "(in English)" in the report's language.
    pub fn name(&mut self, words: Words, named: &Named<'_>) -> &mut Self {
        if !named.fallback {
            return self.text(named.text);
        }
        let mark = format!("({})", words.t("translation-in-english", "in English"));
        self.open("span", "lang=\"en\" dir=\"ltr\"")
            .text(named.text)
            .end("span")
            .text(" ")
            .open("span", "class=\"in-english\"")
            .text(&mark)
            .end("span")
    }

    /// `prefix` then a framework name ([`Html::name`]); one piece of text when the name is not marked.
    pub fn prefixed_name(&mut self, prefix: &str, words: Words, named: &Named<'_>) -> &mut Self {
        if named.fallback {
            self.text(prefix).name(words, named)
        } else {
            self.text(&format!("{prefix}{}", named.text))
        }
    }

    /// `<tag attrs>text</tag>`, where `text`, a sentence in `words`' language, holds [`slot`]s standing for
    /// `typed`: text people typed, which stays as typed and, in a report in another language than English,
    /// is marked `lang="en" dir="ltr"`. In English the texts are put in place and written as [`Html::el`]
    /// writes them.
    pub fn el_typed(&mut self, tag: &str, attrs: &str, words: Words, text: &str, typed: &[&str]) -> &mut Self {
        let at = |c: char| (c as usize).checked_sub(SLOT as usize).filter(|k| *k < typed.len());
        if words.is_english() {
            let whole: String = text
                .chars()
                .map(|c| at(c).map_or_else(|| c.to_string(), |k| typed[k].to_owned()))
                .collect();
            return self.el(tag, attrs, &whole);
        }
        self.open(tag, attrs);
        let mut plain = String::new();
        for c in text.chars() {
            match at(c) {
                Some(k) => {
                    if !plain.is_empty() {
                        self.text(&std::mem::take(&mut plain));
                    }
                    self.open("span", "lang=\"en\" dir=\"ltr\"").text(typed[k]).end("span");
                }
                None => plain.push(c),
            }
        }
        if !plain.is_empty() {
            self.text(&plain);
        }
        self.close(tag)
    }

    /// A paragraph of escaped text.
    pub fn p(&mut self, text: &str) -> &mut Self {
        self.el("p", "", text)
    }

    /// A table of display text; `numeric` columns are right-aligned. A table of [`WIDE`] columns or more
    /// sits in a region that scrolls sideways on a narrow screen instead of running past the page (the
    /// region takes the keyboard focus, so that it can be scrolled without a mouse).
    pub fn table(&mut self, caption: &str, t: &DataTable) -> &mut Self {
        self.table_marked(caption, t, Words::default(), &[])
    }

    /// As [`Html::table`], in a section written in `words`' language: the cells of the columns `english`
    /// (text people typed, which stays as typed) are marked `lang="en" dir="ltr"` when that language is
    /// not English.
    pub fn table_marked(&mut self, caption: &str, t: &DataTable, words: Words, english: &[usize]) -> &mut Self {
        self.table_cells(caption, t, words, english, &[])
    }

    /// As [`Html::table_marked`], with the single cells `cells` (row, column) marked too: a framework
    /// name without a translation, a note kept as stored beside notes said in the language.
    pub fn table_cells(
        &mut self,
        caption: &str,
        t: &DataTable,
        words: Words,
        english: &[usize],
        cells: &[(usize, usize)],
    ) -> &mut Self {
        let wide = t.headers.len() >= WIDE;
        if wide {
            self.open_wide(caption);
        }
        self.open("table", "class=\"data\"");
        if !caption.is_empty() {
            self.el("caption", "", caption);
        }
        self.open("thead", "").open("tr", "");
        for (c, h) in t.headers.iter().enumerate() {
            let attrs = if num(t, c) {
                "scope=\"col\" class=\"num\""
            } else {
                "scope=\"col\""
            };
            self.el("th", attrs, h);
        }
        self.close("tr").close("thead").open("tbody", "");
        for (r, row) in t.rows.iter().enumerate() {
            self.open("tr", "");
            for (c, cell) in row.iter().enumerate() {
                let attrs = if num(t, c) {
                    "class=\"num\""
                } else if !words.is_english() && (english.contains(&c) || cells.contains(&(r, c))) && !cell.is_empty() {
                    "lang=\"en\" dir=\"ltr\""
                } else {
                    ""
                };
                self.el("td", attrs, cell);
            }
            self.close("tr");
        }
        self.close("tbody").close("table");
        if wide {
            self.close("div");
        }
        self
    }

    /// Opens the region a wide table sits in, named by its caption; close it with `close("div")`.
    pub fn open_wide(&mut self, caption: &str) -> &mut Self {
        let label = if caption.is_empty() { "Table" } else { caption };
        self.open(
            "div",
            &format!(
                "class=\"wide\" role=\"region\" tabindex=\"0\" aria-label=\"{}\"",
                escape(label)
            ),
        )
    }

    /// A chart with its number and title, inline SVG and data table, in a report written in `words`'
    /// language: in another language than English the caption and the chart carry that language.
    /// `caption_first` (every report built now): the caption comes first, as HTML allows a `figcaption`
    /// only as a figure's first or last child; runs frozen before had it between the chart and its
    /// table, and rebuild so.
    pub fn figure_in(&mut self, words: Words, number: usize, chart: &Chart, caption_first: bool) -> &mut Self {
        let lang = words.lang();
        let own = if words.is_english() {
            String::new()
        } else {
            format!(" lang=\"{}\" dir=\"{}\"", lang.code(), lang.dir())
        };
        self.open("figure", &format!("class=\"chart\" id=\"fig-{}\"{own}", chart.slug));
        if !caption_first {
            self.raw(&chart.svg_inline());
            self.note(|| Event::Chart(chart.slug.clone()));
        }
        let label = words.t_with(
            "report-figure",
            format!("Figure {number}."),
            &[("number", number.into())],
        );
        self.open("figcaption", "")
            .el("strong", "", &label)
            .text(" ")
            .text_marking(&chart.title, &chart.english_names)
            .close("figcaption");
        if caption_first {
            self.raw(&chart.svg_inline());
            self.note(|| Event::Chart(chart.slug.clone()));
        }
        let caption = words.t_with(
            "report-figure-data",
            format!("Data for figure {number}"),
            &[("number", number.into())],
        );
        // Each cell holding an English name standing in for the language (form 8 and later).
        let english: Vec<(usize, usize)> = chart
            .data
            .rows
            .iter()
            .enumerate()
            .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, cell)| (r, c, cell)))
            .filter(|(_, _, cell)| {
                chart
                    .english_names
                    .iter()
                    .any(|n| !n.is_empty() && cell.contains(n.as_str()))
            })
            .map(|(r, c, _)| (r, c))
            .collect();
        self.table_cells(&caption, &chart.data, words, &[], &english);
        self.close("figure")
    }

    /// `text`, escaped, each of the English `names` in it wrapped in `<span lang="en" dir="ltr">`
    /// (longest first); `text` alone when there are none.
    fn text_marking(&mut self, text: &str, names: &[String]) -> &mut Self {
        let mut names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let mut rest = text;
        let mut plain = String::new();
        'scan: while !rest.is_empty() {
            for n in &names {
                if let Some(after) = rest.strip_prefix(n.as_str()) {
                    if !plain.is_empty() {
                        self.text(&std::mem::take(&mut plain));
                    }
                    self.open("span", "lang=\"en\" dir=\"ltr\"").text(n).end("span");
                    rest = after;
                    continue 'scan;
                }
            }
            let mut chars = rest.chars();
            plain.extend(chars.next());
            rest = chars.as_str();
        }
        if !plain.is_empty() || text.is_empty() {
            self.text(&plain);
        }
        self
    }

    /// The finished document.
    pub fn finish(self) -> String {
        self.out
    }

    /// The finished document and the events recorded since [`Html::record`] (none if it was not called).
    pub fn finish_recorded(self) -> (String, Vec<Event>) {
        (self.out, self.events.unwrap_or_default())
    }
}

fn num(t: &DataTable, c: usize) -> bool {
    t.numeric.get(c).copied().unwrap_or(false)
}
