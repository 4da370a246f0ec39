//! The PNG of a chart with Arabic or Chinese text (report form [`crate::input::FORM_LANGUAGES`] and
//! later): its SVG file rendered by resvg, whose text layout shapes with rustybuzz and orders
//! right-to-left runs by the Unicode bidirectional algorithm, with the bundled faces only (no system
//! font is looked up). Charts whose text is all Latin, Greek or Cyrillic keep the painter of
//! [`super::png`], so their bytes do not change.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::png::{PNG_SCALE, encode};
use super::script::faces_data;
use crate::error::RenderError;

/// The font database: the bundled faces, in the fallback order [`faces_data`] gives.
fn database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    Arc::clone(DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for (data, _) in faces_data() {
            db.load_font_data(data.to_vec());
        }
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    }))
}

/// The face that draws `c` when the text's own face has no glyph for it: the first of the bundled faces,
/// in their order, of the same weight as that face (a bold Chinese title stays bold), else of any
/// weight. resvg's own choice takes the first face of any weight, and logs each fallback.
fn fallback(c: char, used: &[fontdb::ID], db: &mut Arc<fontdb::Database>) -> Option<fontdb::ID> {
    let weight = used.first().and_then(|id| db.face(*id)).map(|f| f.weight);
    let candidates = || {
        db.faces()
            .filter(|f| !used.contains(&f.id) && has_char(db, f.id, c))
            .map(|f| (f.id, f.weight))
    };
    candidates()
        .find(|(_, w)| Some(*w) == weight)
        .or_else(|| candidates().next())
        .map(|(id, _)| id)
}

fn has_char(db: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        rustybuzz::ttf_parser::Face::parse(data, index)
            .ok()
            .and_then(|face| face.glyph_index(c))
    })
    .flatten()
    .is_some()
}

/// The PNG bytes of the chart whose SVG file is `svg`, `PNG_SCALE` pixels per logical pixel on white.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, RenderError> {
    let options = usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: database(),
        font_resolver: usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: Box::new(fallback),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| RenderError::Chart(format!("chart SVG: {e}")))?;
    let size = tree.size();
    let w = (f64::from(size.width()) * PNG_SCALE).round() as u32;
    let h = (f64::from(size.height()) * PNG_SCALE).round() as u32;
    let mut pixmap = Pixmap::new(w, h).ok_or_else(|| RenderError::Chart(format!("empty chart of {w}×{h} pixels")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let scale = PNG_SCALE as f32;
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    // Opaque on white: the premultiplied RGBA is plain RGB once the alpha byte is dropped.
    encode(&rgb_of(pixmap.take()), w, h)
}

/// The RGB bytes of opaque RGBA pixels, compacted in place: the alpha byte of each pixel dropped. A plain
/// copy per pixel into the same buffer (a `flat_map` of three-byte arrays was a fifth of a debug report
/// test's time, and a fresh buffer of the image's size is a page fault per 4 KiB).
fn rgb_of(mut rgba: Vec<u8>) -> Vec<u8> {
    let pixels = rgba.len() / 4;
    for k in 0..pixels {
        rgba.copy_within(4 * k..4 * k + 3, 3 * k);
    }
    rgba.truncate(3 * pixels);
    rgba
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pixel_keeps_its_colour_and_loses_its_alpha() {
        assert_eq!(
            rgb_of(vec![1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255]),
            [1, 2, 3, 4, 5, 6, 7, 8, 9]
        );
        assert_eq!(rgb_of(Vec::new()), Vec::<u8>::new());
    }

    /// The decoded RGB pixels of a PNG, with its width.
    pub(crate) fn pixels(png_bytes: &[u8]) -> (Vec<u8>, usize) {
        let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).expect("one frame");
        buf.truncate(info.buffer_size());
        (buf, info.width as usize)
    }

    fn one_text(text: &str, family: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"60\" viewBox=\"0 0 300 60\" \
             font-family=\"'DejaVu Sans'\"><text x=\"20\" y=\"40\" font-size=\"28\" font-family=\"{family}\">{text}</text></svg>"
        )
    }

    /// Columns and rows holding ink (darker than light grey).
    fn ink(png_bytes: &[u8]) -> Vec<(usize, usize)> {
        let (buf, w) = pixels(png_bytes);
        buf.chunks_exact(3)
            .enumerate()
            .filter(|(_, p)| p.iter().map(|v| u32::from(*v)).sum::<u32>() < 3 * 160)
            .map(|(i, _)| (i % w, i / w))
            .collect()
    }

    #[test]
    fn arabic_letters_are_joined_in_the_png() {
        let joined = svg_to_png(&one_text("سلام", super::super::script::ARABIC_STACK)).unwrap();
        // A zero-width non-joiner between the letters forces their isolated forms: the same letters,
        // drawn as a renderer without shaping would draw them.
        let apart = svg_to_png(&one_text(
            "س\u{200C}ل\u{200C}ا\u{200C}م",
            super::super::script::ARABIC_STACK,
        ))
        .unwrap();
        assert!(!ink(&joined).is_empty(), "the text is drawn");
        assert_ne!(ink(&joined), ink(&apart), "joined forms differ from isolated ones");
    }

    #[test]
    fn an_arabic_text_runs_right_to_left_in_the_png() {
        // Alif (tall, first in reading order) then a run of beh (low): right to left, the alif is on the right.
        let png_bytes = svg_to_png(&one_text("ا ببببب", super::super::script::ARABIC_STACK)).unwrap();
        let ink = ink(&png_bytes);
        let left = ink.iter().map(|p| p.0).min().unwrap();
        let right = ink.iter().map(|p| p.0).max().unwrap();
        let top = ink.iter().map(|p| p.1).min().unwrap();
        let tallest: Vec<usize> = ink.iter().filter(|p| p.1 <= top + 2).map(|p| p.0).collect();
        let mid = (left + right) / 2;
        assert!(
            tallest.iter().all(|x| *x > mid),
            "the alif's top is right of the middle: {tallest:?}, middle {mid}"
        );
    }

    #[test]
    fn chinese_characters_are_drawn_from_the_bundled_face() {
        let png_bytes = svg_to_png(&one_text("可持续发展", super::super::script::CJK_STACK)).unwrap();
        let ink = ink(&png_bytes);
        let left = ink.iter().map(|p| p.0).min().unwrap();
        let right = ink.iter().map(|p| p.0).max().unwrap();
        // Five ideographs of one em (28 px, twice over in the PNG), not five empty boxes or nothing.
        let span = (right - left) as f64 / PNG_SCALE;
        assert!((120.0..=142.0).contains(&span), "{span}");
        assert!(
            ink.len() > 2000,
            "strokes, not outlines of missing-glyph boxes: {}",
            ink.len()
        );
    }

    #[test]
    fn the_same_svg_gives_the_same_png_bytes() {
        let svg = one_text("الهدف 1 目标", super::super::script::ARABIC_STACK);
        assert_eq!(svg_to_png(&svg).unwrap(), svg_to_png(&svg).unwrap());
    }
}
