//! Paints a [`Scene`] as SVG text: text stays text, with a title and description for
//! assistive technology.

use std::fmt::Write as _;

use super::scene::{Anchor, Rgb, Scene, Shape, Stroke, TextStyle};
use super::script;
use crate::markup::push_escaped;

/// Font stack: the bundled font first, so viewers that have it match the PNG.
const FONT_FAMILY: &str = "'DejaVu Sans', Verdana, Arial, sans-serif";

/// Whether the SVG is a file of its own or sits inside the HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SvgMode {
    /// A standalone `.svg` file (carries the SVG namespace).
    File,
    /// Inline in HTML (no namespace attribute, scales to the page width).
    Inline,
}

/// The SVG markup of `scene`, labelled by `title` and described by `desc`.
pub fn to_svg(scene: &Scene, id: &str, title: &str, desc: &str, mode: SvgMode) -> String {
    let mut out = String::with_capacity(256 + scene.shapes.len() * 96);
    let (w, h) = (num(scene.width), num(scene.height));
    out.push_str("<svg");
    if mode == SvgMode::File {
        out.push_str(" xmlns=\"http://www.w3.org/2000/svg\"");
    } else {
        out.push_str(" class=\"chart\"");
    }
    let _ = write!(
        out,
        " width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{FONT_FAMILY}\">\n<title id=\"{id}-title\">"
    );
    push_escaped(&mut out, title);
    let _ = write!(out, "</title>\n<desc id=\"{id}-desc\">");
    push_escaped(&mut out, desc);
    out.push_str("</desc>\n");
    for shape in &scene.shapes {
        match shape {
            Shape::Text { text, .. } if holds_english_name(&scene.english, text) => {
                let mut element = String::new();
                text_element(&mut element, scene, shape);
                out.push_str(&element.replacen("<text ", "<text lang=\"en\" ", 1));
            }
            _ => text_element(&mut out, scene, shape),
        }
    }
    out.push_str("</svg>\n");
    out
}

/// Writes one shape, a text in Arabic or Chinese with its faces and reading order.
fn text_element(out: &mut String, scene: &Scene, shape: &Shape) {
    match shape {
        Shape::Text { x, y, text, style } if scene.shaped && script::needs_shaping(text) => {
            script_text_svg(out, (*x, *y), text, style);
        }
        _ => shape_svg(out, shape),
    }
}

/// Whether `text` holds one of the English `names` standing in for the report's language, or is a line
/// of one wrapped (a part of it with at least three letters).
fn holds_english_name(names: &[String], text: &str) -> bool {
    let line = text.trim();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    names
        .iter()
        .any(|n| line.contains(n.as_str()) || (letters >= 3 && n.contains(line)))
}

/// Writes one shape: a group's open or close, a text, or an element with its geometry and paint.
fn shape_svg(out: &mut String, shape: &Shape) {
    match shape {
        Shape::Begin(class) => {
            let _ = writeln!(out, "<g class=\"{class}\">");
        }
        Shape::End => out.push_str("</g>\n"),
        Shape::Text { x, y, text, style } => text_svg(out, (*x, *y), text, style),
        _ => {
            geometry_svg(out, shape);
            let (fill, stroke) = shape.paint();
            paint_attrs(out, fill, stroke);
            out.push_str("/>\n");
        }
    }
}

/// Writes the tag and the position attributes of a rectangle, line, polyline, circle or polygon.
fn geometry_svg(out: &mut String, shape: &Shape) {
    match shape {
        Shape::Rect { x, y, w, h, .. } => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                num(*x),
                num(*y),
                num(*w),
                num(*h)
            );
        }
        Shape::Line { points, .. } if points.len() == 2 => {
            let ((x1, y1), (x2, y2)) = (points[0], points[1]);
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"",
                num(x1),
                num(y1),
                num(x2),
                num(y2)
            );
        }
        Shape::Line { points, .. } => {
            out.push_str("<polyline");
            points_attr(out, points);
        }
        Shape::Circle { cx, cy, r, .. } => {
            let _ = write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"", num(*cx), num(*cy), num(*r));
        }
        Shape::Polygon { points, .. } => {
            out.push_str("<polygon");
            points_attr(out, points);
        }
        Shape::Begin(_) | Shape::End | Shape::Text { .. } => {}
    }
}

/// Writes a text in Arabic or Chinese: as [`text_svg`], with the faces that draw it and, when it starts
/// right to left, inside a right-to-left embedding (so its numbers and Latin words keep their place).
fn script_text_svg(out: &mut String, (x, y): (f64, f64), text: &str, style: &TextStyle) {
    let mut element = String::new();
    text_svg(&mut element, (x, y), "", style);
    if let Some(stack) = script::font_stack(text) {
        element = element.replacen("<text ", &format!("<text font-family=\"{stack}\" "), 1);
    }
    let (open, close) = element.split_at(element.find("</text>").unwrap_or(element.len()));
    out.push_str(open);
    if script::starts_rtl(text) {
        out.push(script::RLE);
        push_escaped(out, text);
        out.push(script::PDF);
    } else {
        push_escaped(out, text);
    }
    out.push_str(close);
}

/// Writes a text element: position, size, weight, anchor and colour, the text escaped.
fn text_svg(out: &mut String, (x, y): (f64, f64), text: &str, style: &TextStyle) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"",
        num(x),
        num(y),
        num(style.size)
    );
    if style.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    match style.anchor {
        Anchor::Start => {}
        Anchor::Middle => out.push_str(" text-anchor=\"middle\""),
        Anchor::End => out.push_str(" text-anchor=\"end\""),
    }
    let _ = write!(out, " fill=\"{}\">", style.color.hex());
    push_escaped(out, text);
    out.push_str("</text>\n");
}

fn points_attr(out: &mut String, points: &[(f64, f64)]) {
    out.push_str(" points=\"");
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", num(*x), num(*y));
    }
    out.push('"');
}

fn paint_attrs(out: &mut String, fill: Option<Rgb>, stroke: Option<Stroke>) {
    match fill {
        Some(c) => {
            let _ = write!(out, " fill=\"{}\"", c.hex());
        }
        None => out.push_str(" fill=\"none\""),
    }
    if let Some(s) = stroke {
        let _ = write!(out, " stroke=\"{}\" stroke-width=\"{}\"", s.color.hex(), num(s.width));
        if let Some(d) = s.dash {
            let _ = write!(out, " stroke-dasharray=\"{}\"", num(d));
        }
    }
}

/// A coordinate with at most one decimal, no `-0`, no trailing `.0`: stable across platforms.
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::holds_english_name;

    #[test]
    fn a_text_holding_an_english_name_or_a_wrapped_line_of_one_is_english() {
        let names = ["Sustainable digital transformation".to_owned()];
        assert!(holds_english_name(&names, "G2 Sustainable digital transformation"));
        assert!(
            holds_english_name(&names, "Sustainable digital"),
            "a line of it wrapped"
        );
        assert!(!holds_english_name(&names, "G1 Connectivité universelle"));
        assert!(!holds_english_name(&names, "2028"), "no letters");
        assert!(!holds_english_name(&[], "Sustainable digital transformation"));
    }
}
