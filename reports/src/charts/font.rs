//! The bundled font (DejaVu Sans from the `dejavu` crate), loaded once: text measurement for
//! layout and glyph rasterisation for PNG. No system font is ever looked up.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};

use crate::error::RenderError;

/// Regular and bold faces of the bundled font.
pub struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

/// The bundled fonts, parsed on first use.
pub fn fonts() -> Result<&'static Fonts, RenderError> {
    FONTS
        .get_or_init(|| {
            let regular = FontRef::try_from_slice(dejavu::sans::regular()).map_err(|e| format!("DejaVu Sans: {e}"))?;
            let bold = FontRef::try_from_slice(dejavu::sans::bold()).map_err(|e| format!("DejaVu Sans Bold: {e}"))?;
            Ok(Fonts { regular, bold })
        })
        .as_ref()
        .map_err(|e| RenderError::Font(e.clone()))
}

impl Fonts {
    /// The face for a weight.
    pub fn face(&self, bold: bool) -> &FontRef<'static> {
        if bold { &self.bold } else { &self.regular }
    }

    /// The ab_glyph scale matching a CSS `font-size` of `size` pixels (em size, not line height).
    pub fn scale(&self, bold: bool, size: f64) -> PxScale {
        let face = self.face(bold);
        let em = face.units_per_em().unwrap_or(2048.0);
        PxScale::from((size as f32) * face.height_unscaled() / em)
    }

    /// Advance width of `text` at `size` pixels, kerning included.
    pub fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        let face = self.face(bold);
        let scaled = face.as_scaled(self.scale(bold, size));
        let mut width = 0.0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                width += scaled.kern(p, id);
            }
            width += scaled.h_advance(id);
            prev = Some(id);
        }
        f64::from(width)
    }
}

/// Advance width of `text`; 0.6 em per character if the font failed to load.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    match fonts() {
        Ok(f) => f.width(text, size, bold),
        Err(_) => text.chars().count() as f64 * size * 0.6,
    }
}

/// `text`, shortened with an ellipsis so that it fits in `max_width`.
pub fn fit(text: &str, size: f64, bold: bool, max_width: f64) -> String {
    if text_width(text, size, bold) <= max_width {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if text_width(&candidate, size, bold) <= max_width {
            return candidate;
        }
    }
    "…".to_owned()
}

/// Splits `text` into lines no wider than `max_width`, at spaces.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size, bold) > max_width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` wrapped at spaces on at most `max_lines` lines no wider than `max_width`; the last line, and a
/// word wider than the width on its own, shortened with an ellipsis when it still does not fit.
pub fn wrap_at_most(text: &str, size: f64, bold: bool, max_width: f64, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, size, bold, max_width);
    if lines.len() > max_lines.max(1) {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(rest);
    }
    lines
        .into_iter()
        .map(|line| fit(&line, size, bold, max_width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_wraps_on_at_most_its_lines_and_only_the_last_is_cut() {
        let text = "Inclusive and secure telecommunications/ICTs for sustainable development";
        let width = text_width("Inclusive and secure", 13.0, false) + 1.0;
        let lines = wrap_at_most(text, 13.0, false, width, 3);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(lines[0], "Inclusive and secure");
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 13.0, false) <= width), "{lines:?}");
        let whole = wrap_at_most(text, 13.0, false, width * 2.0, 3);
        assert_eq!(whole.join(" "), text, "room enough: nothing cut");
    }
}
