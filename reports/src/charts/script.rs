//! Text in every script (report form [`crate::input::FORM_LANGUAGES`] and later): the bundled Noto
//! faces for Arabic and Chinese, which face draws each character, shaped widths (rustybuzz, as the PNG
//! renderer shapes), and where a label may break. Latin, Greek and Cyrillic text never comes here: it
//! is measured and painted with DejaVu Sans as in every earlier form, byte for byte.
//!
//! The faces are subsets of Debian's `fonts-noto-core` (Noto Sans Arabic) and `fonts-noto-cjk` (Noto
//! Sans CJK SC) made by `reports/fonts/subset.py`, under the SIL Open Font License (`reports/fonts/OFL.txt`).

use std::sync::OnceLock;

use rustybuzz::{Face, UnicodeBuffer};

/// Noto Sans Arabic, regular (a subset: the Arabic blocks, Latin-1, punctuation).
pub const ARABIC_REGULAR: &[u8] = include_bytes!("../../fonts/NotoSansArabic-Regular.ttf");
/// Noto Sans Arabic, bold.
pub const ARABIC_BOLD: &[u8] = include_bytes!("../../fonts/NotoSansArabic-Bold.ttf");
/// Noto Sans CJK SC, regular (a subset: the 3,755 characters of GB 2312 level 1, CJK punctuation,
/// full-width forms, Latin-1 and every character of the report's Chinese messages).
pub const CJK_REGULAR: &[u8] = include_bytes!("../../fonts/NotoSansSC-Regular.otf");
/// Noto Sans CJK SC, bold.
pub const CJK_BOLD: &[u8] = include_bytes!("../../fonts/NotoSansSC-Bold.otf");

/// Family names as the faces declare them (what SVG `font-family` and Typst ask for).
pub const ARABIC_FAMILY: &str = "Noto Sans Arabic";
/// See [`ARABIC_FAMILY`].
pub const CJK_FAMILY: &str = "Noto Sans CJK SC";

/// The `font-family` of a text holding Arabic: the Arabic face first (DejaVu Sans has Arabic letters
/// too, but no shaping as good), DejaVu Sans for what it lacks.
pub const ARABIC_STACK: &str = "'Noto Sans Arabic', 'DejaVu Sans', sans-serif";
/// The `font-family` of a text holding Chinese: DejaVu Sans for Latin letters and digits (as in every
/// other chart), the Chinese face for the rest.
pub const CJK_STACK: &str = "'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/// Right-to-left embedding and its end: around a text whose first strong character is right to left,
/// so that it reads as a right-to-left line (numbers and Latin words in their place) in an SVG whose
/// text is laid out left to right, by browsers and by resvg alike.
pub const RLE: char = '\u{202B}';
/// See [`RLE`].
pub const PDF: char = '\u{202C}';

/// The bundled faces in the order a renderer falls back through them: DejaVu Sans, Noto Sans CJK SC,
/// Noto Sans Arabic (the order `raster` loads them into resvg's font database).
pub fn faces_data() -> [(&'static [u8], bool); 6] {
    [
        (dejavu::sans::regular(), false),
        (dejavu::sans::bold(), true),
        (CJK_REGULAR, false),
        (CJK_BOLD, true),
        (ARABIC_REGULAR, false),
        (ARABIC_BOLD, true),
    ]
}

/// Which of the bundled families a character or text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    DejaVu = 0,
    Cjk = 1,
    Arabic = 2,
}

struct Faces {
    /// Regular and bold of each [`Family`], in its order.
    faces: Vec<(Face<'static>, Face<'static>)>,
}

static FACES: OnceLock<Option<Faces>> = OnceLock::new();

fn faces() -> Option<&'static Faces> {
    FACES
        .get_or_init(|| {
            let pair = |r: &'static [u8], b: &'static [u8]| Some((Face::from_slice(r, 0)?, Face::from_slice(b, 0)?));
            Some(Faces {
                faces: vec![
                    pair(dejavu::sans::regular(), dejavu::sans::bold())?,
                    pair(CJK_REGULAR, CJK_BOLD)?,
                    pair(ARABIC_REGULAR, ARABIC_BOLD)?,
                ],
            })
        })
        .as_ref()
}

impl Faces {
    fn face(&self, family: Family, bold: bool) -> &Face<'static> {
        let (regular, heavy) = &self.faces[family as usize];
        if bold { heavy } else { regular }
    }

    fn has(&self, family: Family, c: char) -> bool {
        self.face(family, false).glyph_index(c).is_some()
    }
}

/// Whether `c` is written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
pub fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether `c` is a Chinese, Japanese or Korean character or CJK punctuation (a label may break
/// before or after it without a space).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{303F}' | '\u{3040}'..='\u{30FF}' | '\u{3100}'..='\u{312F}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3134F}')
}

/// Whether `text` needs this module: a right-to-left character, or one DejaVu Sans has no glyph for.
pub fn needs_shaping(text: &str) -> bool {
    text.chars().any(|c| {
        is_rtl(c) || (!c.is_whitespace() && !c.is_control() && faces().is_some_and(|f| !f.has(Family::DejaVu, c)))
    })
}

/// Whether the first strongly directed character of `text` is right to left.
pub fn starts_rtl(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(is_rtl)
}

/// The `font-family` a text of a shaped chart asks for, when it is not the chart's own.
pub fn font_stack(text: &str) -> Option<&'static str> {
    if text.chars().any(is_rtl) {
        Some(ARABIC_STACK)
    } else if needs_shaping(text) {
        Some(CJK_STACK)
    } else {
        None
    }
}

/// The faces `text` is drawn with, first choice first (what [`font_stack`] asks for, then the
/// renderer's fallback order).
fn order(text: &str) -> [Family; 3] {
    if text.chars().any(is_rtl) {
        [Family::Arabic, Family::DejaVu, Family::Cjk]
    } else {
        [Family::DejaVu, Family::Cjk, Family::Arabic]
    }
}

/// The advance width of `text` at `size` pixels, shaped: each run of characters drawn by one face
/// shaped by rustybuzz (Arabic joined, kerning and marks applied). Bidirectional controls take no room.
pub fn shaped_width(text: &str, size: f64, bold: bool) -> f64 {
    let Some(faces) = faces() else {
        return text.chars().count() as f64 * size * 0.6;
    };
    let order = order(text);
    let pick = |c: char| order.iter().copied().find(|f| faces.has(*f, c)).unwrap_or(order[0]);
    let mut runs: Vec<(Family, String)> = Vec::new();
    for c in text
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        // Spaces and neutral punctuation stay in the run they are in, as a shaper keeps them.
        let family = match runs.last() {
            Some((f, _)) if c.is_whitespace() || (faces.has(*f, c) && !c.is_alphanumeric()) => *f,
            _ => pick(c),
        };
        match runs.last_mut() {
            Some((f, run)) if *f == family => run.push(c),
            _ => runs.push((family, c.to_string())),
        }
    }
    let mut width = 0.0;
    for (family, run) in runs {
        let face = faces.face(family, bold);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(&run);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units: i64 = shaped.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        width += units as f64 * size / f64::from(face.units_per_em());
    }
    width
}

/// The glyph ids `text` is shaped into by the face that draws it (for tests and checks).
pub fn shaped_glyphs(text: &str, bold: bool) -> Vec<u16> {
    let Some(faces) = faces() else { return Vec::new() };
    let face = faces.face(order(text)[0], bold);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    rustybuzz::shape(face, &[], buffer)
        .glyph_infos()
        .iter()
        .map(|g| u16::try_from(g.glyph_id).unwrap_or(0))
        .collect()
}

/// Whether one of the bundled faces has a glyph for `c`.
pub fn covered(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || faces().is_some_and(|f| {
            [Family::DejaVu, Family::Cjk, Family::Arabic]
                .iter()
                .any(|fam| f.has(*fam, c))
        })
}

/// Characters a line may not start with (closing punctuation of Chinese text).
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '】'
            | '”'
            | '’'
            | ','
            | '.'
            | ')'
            | '%'
            | '％'
    )
}

/// The breakable pieces of one space-free word: between two CJK characters, and between CJK and other
/// text, except before closing punctuation.
pub fn pieces(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for c in word.chars() {
        let breakable = prev.is_some_and(|p| (is_cjk(p) || is_cjk(c)) && !no_break_before(c));
        match out.last_mut() {
            Some(last) if !breakable => last.push(c),
            _ => out.push(c.to_string()),
        }
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_shaped_into_joined_forms_not_drawn_letter_by_letter() {
        let faces = faces().expect("the bundled faces parse");
        let word = "الاتحاد";
        let nominal: Vec<u16> = word
            .chars()
            .map(|c| faces.face(Family::Arabic, false).glyph_index(c).map_or(0, |g| g.0))
            .collect();
        let shaped = shaped_glyphs(word, false);
        assert!(shaped.iter().all(|g| *g != 0), "every letter has a glyph: {shaped:?}");
        assert_ne!(
            shaped, nominal,
            "joined (initial, medial, final) forms, not the isolated ones"
        );
        // Right to left: the shaper hands the glyphs out in visual order, the last letter first.
        let last_alone = shaped_glyphs("د", false)[0];
        assert_eq!(
            shaped[0], last_alone,
            "the final dal, isolated or final form, comes first"
        );
    }

    #[test]
    fn chinese_is_measured_with_its_own_face_not_as_missing_glyphs() {
        let wide = shaped_width("可持续发展", 13.0, false);
        // Each ideograph is a full em wide in Noto Sans CJK.
        assert!((wide - 5.0 * 13.0).abs() < 0.5, "{wide}");
        assert!(needs_shaping("可持续发展"));
        assert!(!needs_shaping("Sustainable development, 2029 — 96.1 %"));
        assert!(!needs_shaping("Устойчивое развитие"), "Cyrillic stays with DejaVu Sans");
    }

    #[test]
    fn a_chinese_word_breaks_between_characters_but_not_before_a_comma() {
        assert_eq!(pieces("目标，2029年"), vec!["目", "标，", "2029", "年"]);
        assert_eq!(pieces("ITU"), vec!["ITU"]);
    }

    #[test]
    fn a_text_that_starts_in_arabic_reads_right_to_left() {
        assert!(starts_rtl("الهدف 1"));
        assert!(!starts_rtl("2029 Goal 1: الهدف"), "the first letter is Latin");
        assert_eq!(font_stack("الهدف 1"), Some(ARABIC_STACK));
        assert_eq!(font_stack("目标 1"), Some(CJK_STACK));
        assert_eq!(font_stack("Goal 1"), None);
    }
}
