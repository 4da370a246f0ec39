//! Typst markup from the page's recorded events ([`Event`]): sections become headings, paragraphs and
//! notes paragraphs, tables Typst tables whose header repeats on each page, figures the chart's SVG with
//! its caption. Every piece of text from the input enters the markup as a Typst string literal
//! ([`literal`]), never as markup, so no name, narrative or code can change the document's structure.

use crate::html::builder::Event;

/// `s` as a Typst string literal (`"…"` with `\`, `"` and control characters escaped).
pub fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a word is a code or a date that must not break across lines (`KPI-T1.1`, `2028-11-30`,
/// `SP-2028-2031`, `C29/xx-E`): it has a digit and a hyphen, dash or slash, where lines may break.
fn unbreakable(word: &str) -> bool {
    word.len() <= 40 && word.chars().any(|c| c.is_ascii_digit()) && word.contains(['-', '–', '/'])
}

/// Appends `text` as markup: plain runs as string literals, codes and dates in unbreakable boxes.
fn push_text(out: &mut String, text: &str) {
    let mut plain = String::new();
    let flush = |out: &mut String, plain: &mut String| {
        if !plain.is_empty() {
            out.push('#');
            out.push_str(&literal(plain));
            plain.clear();
        }
    };
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            plain.push(' ');
        }
        if unbreakable(word) {
            flush(out, &mut plain);
            out.push_str("#box(");
            out.push_str(&literal(word));
            out.push(')');
        } else {
            plain.push_str(word);
        }
    }
    flush(out, &mut plain);
}

/// The value of `class="…"` in trusted attributes.
fn class(attrs: &str) -> &str {
    attr(attrs, "class").unwrap_or("")
}

fn attr<'s>(attrs: &'s str, name: &str) -> Option<&'s str> {
    let key = format!("{name}=\"");
    let start = attrs.find(&key)? + key.len();
    let len = attrs[start..].find('"')?;
    Some(&attrs[start..start + len])
}

/// What closing an element does.
enum End {
    /// Appends this markup.
    Markup(&'static str),
    /// Ends a skipped element (nothing of it is typeset).
    Skip,
    /// Ends a table cell (header cell when `head`).
    Cell { head: bool, numeric: bool },
    /// Ends a table row.
    Row,
    /// Ends a table's caption.
    Caption,
    /// Ends a table: typesets it.
    Table,
    /// Ends a figure's caption.
    FigCaption,
    /// Ends a figure: typesets the chart with its caption.
    Figure,
}

#[derive(Default)]
struct TableState {
    caption: Option<String>,
    head: Vec<String>,
    numeric: Vec<bool>,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    /// Per column, the characters of its longest cell (a header counting at most 12).
    widest: Vec<usize>,
}

impl TableState {
    /// Notes that column `c` has a cell of `len` characters.
    fn measure(&mut self, c: usize, len: usize) {
        if self.widest.len() <= c {
            self.widest.resize(c + 1, 0);
        }
        self.widest[c] = self.widest[c].max(len);
    }
}

#[derive(Default)]
struct FigureState {
    caption: String,
    slug: Option<String>,
}

/// Converts events into Typst markup.
#[derive(Default)]
struct Writer {
    /// Output buffers: the document, then one per open cell or caption.
    bufs: Vec<String>,
    /// The characters of text written into each buffer.
    lens: Vec<usize>,
    stack: Vec<(String, End)>,
    skip: usize,
    table: Option<TableState>,
    figure: Option<FigureState>,
    /// Whether the open list is ordered, per open list.
    lists: Vec<bool>,
    /// Table body rows the document may still print (see [`ROWS`]).
    rows_left: usize,
}

/// The most table body rows `report.pdf` prints, over all its tables: the seed plan's report has about
/// 490, so a plan of ITU's size prints every row; a plan of thousands of indicators would make a PDF of
/// hundreds of pages (433 pages, 34 MB and 2.7 GB of memory to typeset at 10,000 indicators), which no one
/// reads on paper. The tables past the budget print their header and say how many rows are in
/// `report.html`, `report.xlsx` and the CSV files, which always carry every row.
pub const ROWS: usize = 1_500;

impl Writer {
    fn out(&mut self) -> &mut String {
        self.bufs.last_mut().expect("the document's buffer is never popped")
    }

    fn open(&mut self, tag: &str, attrs: &str) {
        let end = if self.skip > 0 {
            End::Skip
        } else {
            self.start(tag, attrs)
        };
        if matches!(end, End::Skip) {
            self.skip += 1;
        }
        self.stack.push((tag.to_owned(), end));
    }

    /// Starts an element that is typeset; what its close does.
    fn start(&mut self, tag: &str, attrs: &str) -> End {
        let class = class(attrs);
        match tag {
            // The PDF has a cover of its own and Typst's outline with page numbers.
            "nav" | "footer" | "header" | "title" => End::Skip,
            // A figure's data table: the chart and the workbook carry its figures.
            "table" if self.figure.is_some() => End::Skip,
            "h1" | "h2" => self.markup("\n#heading(level: 1)[", "]\n"),
            "h3" => self.markup("\n#heading(level: 2)[", "]\n"),
            "h4" | "h5" => self.markup("\n#heading(level: 3)[", "]\n"),
            "p" if class.contains("note") => {
                let kind = ["alert", "ok", "illustrative"]
                    .into_iter()
                    .find(|k| class.split(' ').any(|c| c == *k))
                    .unwrap_or("plain");
                self.out().push_str(&format!("\n#note(\"{kind}\")["));
                End::Markup("]\n")
            }
            "p" if class.contains("meta") => self.markup("\n#aside[", "]\n"),
            "p" => self.markup("\n#par[", "]\n"),
            "strong" | "b" | "dt" => self.markup("#strong[", "]"),
            "em" | "i" => self.markup("#emph[", "]"),
            "dd" => self.markup("\n#pad(left: 1.2em)[", "]\n"),
            "span" if class.starts_with("status ") => {
                let status = class.trim_start_matches("status ").trim_start_matches("s-");
                self.out().push_str(&format!("#swatch({})", literal(status)));
                End::Markup("")
            }
            "span" if class == "tag" => self.markup("#tag[", "]"),
            "ul" | "ol" => {
                self.lists.push(tag == "ol");
                End::Markup("\n")
            }
            "li" => {
                let item = if self.lists.last() == Some(&true) {
                    "\n+ #["
                } else {
                    "\n- #["
                };
                self.markup(item, "]\n")
            }
            "table" => {
                self.table = Some(TableState::default());
                End::Table
            }
            "caption" => {
                self.push_buf();
                End::Caption
            }
            "tr" => End::Row,
            "th" | "td" => {
                self.push_buf();
                End::Cell {
                    head: tag == "th",
                    numeric: class.split(' ').any(|c| c == "num"),
                }
            }
            "figure" => {
                self.figure = Some(FigureState::default());
                End::Figure
            }
            "figcaption" => {
                self.push_buf();
                End::FigCaption
            }
            _ => End::Markup(""),
        }
    }

    fn push_buf(&mut self) {
        self.bufs.push(String::new());
        self.lens.push(0);
    }

    fn pop_buf(&mut self) -> (String, usize) {
        (self.bufs.pop().unwrap_or_default(), self.lens.pop().unwrap_or_default())
    }

    fn markup(&mut self, open: &str, close: &'static str) -> End {
        self.out().push_str(open);
        End::Markup(close)
    }

    fn close(&mut self, tag: &str) {
        // Tolerant of an element left open inside: closes up to the nearest element of this name.
        if !self.stack.iter().any(|(t, _)| t == tag) {
            return;
        }
        while let Some((t, end)) = self.stack.pop() {
            self.end(end);
            if t == tag {
                break;
            }
        }
    }

    fn end(&mut self, end: End) {
        match end {
            End::Skip => self.skip -= 1,
            End::Markup(m) => self.out().push_str(m),
            End::Cell { head, numeric } => {
                let (cell, len) = self.pop_buf();
                if let Some(t) = &mut self.table {
                    if head {
                        t.head.push(cell);
                        t.numeric.push(numeric);
                        let c = t.head.len() - 1;
                        t.measure(c, len.min(12));
                    } else {
                        t.row.push(cell);
                        t.measure(t.row.len() - 1, len);
                    }
                }
            }
            End::Row => {
                if let Some(t) = &mut self.table
                    && !t.row.is_empty()
                {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            End::Caption => {
                let (caption, _) = self.pop_buf();
                if let Some(t) = &mut self.table {
                    t.caption = Some(caption);
                }
            }
            End::Table => {
                if let Some(mut t) = self.table.take() {
                    let shown = t.rows.len().min(self.rows_left);
                    let left_out = t.rows.len() - shown;
                    t.rows.truncate(shown);
                    self.rows_left -= shown;
                    let markup = table(t);
                    self.out().push_str(&markup);
                    if left_out > 0 {
                        let note = format!(
                            "{left_out} more {} of this table {} in report.html, report.xlsx and the CSV \
                             files: this document prints the first {ROWS} table rows of the report.",
                            if left_out == 1 { "row" } else { "rows" },
                            if left_out == 1 { "is" } else { "are" },
                        );
                        let note = literal(&note);
                        self.out().push_str(&format!("\n#aside({note})\n"));
                    }
                }
            }
            End::FigCaption => {
                let (caption, _) = self.pop_buf();
                if let Some(f) = &mut self.figure {
                    f.caption = caption;
                }
            }
            End::Figure => {
                if let Some(FigureState {
                    caption,
                    slug: Some(slug),
                }) = self.figure.take()
                {
                    let path = literal(&format!("charts/{slug}.svg"));
                    self.out().push_str(&format!("\n#chart({path})[{caption}]\n"));
                }
            }
        }
    }
}

/// A table's markup: its caption kept with the table, the header row repeated on every page, numeric
/// columns right-aligned, each column as wide as its longest cell asks for (between 4 and 36 characters'
/// worth, in proportion), so that names get room and short codes and figures do not wrap.
fn table(t: TableState) -> String {
    let columns = t.head.len().max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return String::new();
    }
    let mut out = String::with_capacity(64 + t.rows.len() * columns * 24);
    if let Some(caption) = &t.caption {
        out.push_str(&format!("\n#table-caption[{caption}]"));
    }
    out.push_str("\n#table(columns: (");
    for c in 0..columns {
        let weight = t.widest.get(c).copied().unwrap_or(0).clamp(4, 36);
        out.push_str(&format!("{weight}fr, "));
    }
    out.push_str("), align: (");
    for c in 0..columns {
        let right = t.numeric.get(c).copied().unwrap_or(false);
        out.push_str(if right { "right, " } else { "left, " });
    }
    out.push_str("),\n  table.header(");
    for c in 0..columns {
        out.push('[');
        out.push_str(t.head.get(c).map_or("", String::as_str));
        out.push_str("], ");
    }
    out.push_str("),\n");
    for row in &t.rows {
        out.push_str("  ");
        for c in 0..columns {
            out.push('[');
            out.push_str(row.get(c).map_or("", String::as_str));
            out.push_str("], ");
        }
        out.push('\n');
    }
    out.push_str(")\n");
    out
}

/// The body's markup from the page's recorded events, printing at most [`ROWS`] table rows.
pub fn body(events: &[Event]) -> String {
    body_within(events, ROWS)
}

/// The body's markup, printing at most `rows` table body rows over all tables.
fn body_within(events: &[Event], rows: usize) -> String {
    let mut w = Writer {
        bufs: vec![String::with_capacity(events.len() * 16)],
        lens: vec![0],
        rows_left: rows,
        ..Writer::default()
    };
    for event in events {
        match event {
            Event::Open { tag, attrs } => w.open(tag, attrs),
            Event::Close(tag) => {
                if matches!(tag.as_str(), "ul" | "ol") && w.skip == 0 {
                    w.lists.pop();
                }
                w.close(tag);
            }
            Event::Text(text) if w.skip == 0 => {
                push_text(w.out(), text);
                if let Some(len) = w.lens.last_mut() {
                    *len += text.chars().count();
                }
            }
            Event::Text(_) => {}
            Event::Chart(slug) => {
                if let Some(f) = &mut w.figure {
                    f.slug = Some(slug.clone());
                }
            }
        }
    }
    while let Some((_, end)) = w.stack.pop() {
        w.end(end);
    }
    w.bufs.swap_remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(tag: &str, attrs: &str) -> Event {
        Event::Open {
            tag: tag.into(),
            attrs: attrs.into(),
        }
    }

    #[test]
    fn text_enters_as_string_literals_never_as_markup() {
        let events = [
            open("p", ""),
            Event::Text("#set page(width: 1pt) ] [\"quote\\\" *bold* = heading".into()),
            Event::Close("p".into()),
        ];
        let out = body(&events);
        assert_eq!(
            out,
            "\n#par[#\"#set page(width: 1pt) ] [\\\"quote\\\\\\\" *bold* = heading\"]\n"
        );
    }

    #[test]
    fn codes_and_dates_sit_in_unbreakable_boxes() {
        let mut out = String::new();
        push_text(&mut out, "KPI-T1.1 due 2028-11-30 end-of-plan");
        assert_eq!(out, "#box(\"KPI-T1.1\")#\" due \"#box(\"2028-11-30\")#\" end-of-plan\"");
    }

    /// A one-column table of `rows` rows, `R1`, `R2` …
    fn rows_table(rows: usize) -> Vec<Event> {
        let mut events = vec![open("table", ""), open("thead", ""), open("tr", ""), open("th", "")];
        events.extend([
            Event::Text("Code".into()),
            Event::Close("th".into()),
            Event::Close("tr".into()),
            Event::Close("thead".into()),
            open("tbody", ""),
        ]);
        for r in 1..=rows {
            events.extend([
                open("tr", ""),
                open("td", ""),
                Event::Text(format!("R{r}")),
                Event::Close("td".into()),
                Event::Close("tr".into()),
            ]);
        }
        events.extend([Event::Close("tbody".into()), Event::Close("table".into())]);
        events
    }

    #[test]
    fn the_tables_past_the_row_budget_keep_their_header_and_say_where_every_row_is() {
        let mut events = rows_table(2);
        events.extend(rows_table(3));
        let markup = body_within(&events, 3);
        // The first table whole, the second's first row only.
        assert_eq!(markup.matches("[#\"R1\"]").count(), 2, "{markup}");
        assert_eq!(markup.matches("[#\"R2\"]").count(), 1, "{markup}");
        assert!(!markup.contains("[#\"R3\"]"), "{markup}");
        assert_eq!(markup.matches("table.header([#\"Code\"]").count(), 2, "{markup}");
        assert!(
            markup.contains("#aside(\"2 more rows of this table are in report.html, report.xlsx and the CSV files"),
            "{markup}"
        );
        // Within the budget nothing is left out and nothing is said.
        assert!(!body_within(&events, 5).contains("#aside"));
    }

    #[test]
    fn a_table_keeps_its_header_and_numeric_columns() {
        let events = [
            open("table", "class=\"data\""),
            open("caption", ""),
            Event::Text("Risks".into()),
            Event::Close("caption".into()),
            open("thead", ""),
            open("tr", ""),
            open("th", "scope=\"col\""),
            Event::Text("Code".into()),
            Event::Close("th".into()),
            open("th", "scope=\"col\" class=\"num\""),
            Event::Text("Score".into()),
            Event::Close("th".into()),
            Event::Close("tr".into()),
            Event::Close("thead".into()),
            open("tbody", ""),
            open("tr", ""),
            open("td", ""),
            Event::Text("R1".into()),
            Event::Close("td".into()),
            open("td", "class=\"num\""),
            Event::Text("12".into()),
            Event::Close("td".into()),
            Event::Close("tr".into()),
            Event::Close("tbody".into()),
            Event::Close("table".into()),
        ];
        assert_eq!(
            body(&events),
            "\n#table-caption[#\"Risks\"]\n#table(columns: (4fr, 5fr, ), align: (left, right, ),\n  table.header([#\"Code\"], \
             [#\"Score\"], ),\n  [#\"R1\"], [#\"12\"], \n)\n"
        );
    }
}
