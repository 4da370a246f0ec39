//! The bundled font (DejaVu Sans from the `dejavu` crate), loaded once: text measurement for
//! layout and glyph rasterisation for PNG. No system font is ever looked up. Arabic and Chinese text
//! of a report of form [`crate::input::FORM_LANGUAGES`] and later is measured, shaped, by
//! [`super::script`] instead, while charts are built under [`with_shaping`].

use std::cell::Cell;
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

thread_local! {
    /// Whether the charts being built on this thread are of a report of form
    /// [`crate::input::FORM_LANGUAGES`] or later. A scoped flag rather than a parameter: every layout
    /// function measures text, and runs frozen before must measure it exactly as they did.
    static SHAPING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `build` with Arabic and Chinese text measured shaped (and wrapped between Chinese characters)
/// when `on`, as it was before otherwise; scenes made inside are marked [`super::scene::Scene::shaped`].
pub fn with_shaping<T>(on: bool, build: impl FnOnce() -> T) -> T {
    let before = SHAPING.replace(on);
    let out = build();
    SHAPING.set(before);
    out
}

/// Whether charts built now are shaped (see [`with_shaping`]).
pub fn shaping() -> bool {
    SHAPING.get()
}

/// Advance width of `text`; 0.6 em per character if the font failed to load.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    if shaping() && super::script::needs_shaping(text) {
        return super::script::shaped_width(text, size, bold);
    }
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

/// Splits `text` into lines no wider than `max_width`, at spaces (and, in shaped charts, between
/// Chinese characters, which have no spaces between words).
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let cjk = shaping() && text.chars().any(super::script::is_cjk);
    for word in text.split_whitespace() {
        let pieces = if cjk {
            super::script::pieces(word)
        } else {
            vec![word.to_owned()]
        };
        for (k, piece) in pieces.iter().enumerate() {
            let glue = if k == 0 { " " } else { "" };
            let candidate = if line.is_empty() {
                piece.clone()
            } else {
                format!("{line}{glue}{piece}")
            };
            if !line.is_empty() && text_width(&candidate, size, bold) > max_width {
                lines.push(std::mem::replace(&mut line, piece.clone()));
            } else {
                line = candidate;
            }
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
        // Chinese lines were broken without a space: they join without one.
        let glue = if shaping() && text.chars().any(super::script::is_cjk) {
            ""
        } else {
            " "
        };
        let rest = lines.split_off(max_lines.max(1) - 1).join(glue);
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
