//! Paints a [`Scene`] as PNG: shapes through the plotters bitmap backend, text rasterised from
//! the bundled font with ab_glyph (exact glyph positions), encoded with fast deflate.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ab_glyph::{Font, ScaleFont, point};
use plotters::backend::{BitMapBackend, DrawingBackend, RGBPixel};
use plotters::style::{RGBAColor, ShapeStyle};

use super::font::fonts;
use super::scene::{Anchor, Rgb, Scene, Shape, Stroke, TextStyle};
use crate::error::RenderError;

/// PNG pixels per logical pixel: 1600 px across for an 800-wide chart, sharp on A4 paper.
pub const PNG_SCALE: f64 = 2.0;

/// The PNG bytes of `scene`.
pub fn to_png(scene: &Scene) -> Result<Vec<u8>, RenderError> {
    let w = (scene.width * PNG_SCALE).round() as u32;
    let h = (scene.height * PNG_SCALE).round() as u32;
    // One raster buffer per thread, painted white again for each chart: a fresh 5 MB buffer per
    // chart cost a page fault per 4 KB page, a large part of the time of a report with 100 charts.
    CANVAS.with(|canvas| {
        let mut buf = canvas.borrow_mut();
        // Resized (it grows only for a chart larger than any before it on this thread), then painted
        // white with one memset: a `resize` from empty writes byte by byte in a debug build, where it
        // was the largest part of rendering a report for the tests.
        buf.resize(w as usize * h as usize * 3, 255u8);
        buf.fill(255);
        paint(&mut buf, (w, h), scene)?;
        encode(&buf, w, h)
    })
}

thread_local! {
    static CANVAS: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Paints every shape of `scene` into `buf` (RGB, `w` × `h`).
fn paint(buf: &mut [u8], (w, h): (u32, u32), scene: &Scene) -> Result<(), RenderError> {
    let mut rest = scene.shapes.as_slice();
    while !rest.is_empty() {
        // Text is blended straight into the buffer; runs of other shapes go through plotters.
        let run = rest
            .iter()
            .position(|s| matches!(s, Shape::Text { .. }))
            .unwrap_or(rest.len());
        if run > 0 {
            let mut backend = BitMapBackend::<RGBPixel>::with_buffer_and_format(buf, (w, h))
                .map_err(|e| RenderError::Chart(format!("bitmap buffer: {e}")))?;
            let mut painter = Painter { backend: &mut backend };
            for shape in &rest[..run] {
                painter.shape(shape)?;
            }
        }
        if let Some(Shape::Text { x, y, text, style }) = rest.get(run) {
            draw_text(buf, (w, h), (*x, *y), text, *style)?;
        }
        rest = rest.get(run + 1..).unwrap_or_default();
    }
    Ok(())
}

/// PNG bytes of an RGB buffer `w` × `h` (fast deflate).
pub(crate) fn encode(buf: &[u8], w: u32, h: u32) -> Result<Vec<u8>, RenderError> {
    let mut out = Vec::with_capacity(buf.len() / 16);
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder
            .write_header()
            .map_err(|e| RenderError::Chart(format!("png header: {e}")))?;
        writer
            .write_image_data(buf)
            .map_err(|e| RenderError::Chart(format!("png data: {e}")))?;
        writer
            .finish()
            .map_err(|e| RenderError::Chart(format!("png finish: {e}")))?;
    }
    Ok(out)
}

/// Glyph coverage by (bold, pixel size, glyph, quarter-pixel offset); same bytes with or without it.
type GlyphKey = (bool, u64, u16, u8);

/// Pixels of a glyph relative to its origin: (dx, dy, coverage in 1/256ths).
type Coverage = Rc<Vec<(i32, i32, u16)>>;

thread_local! {
    static GLYPHS: RefCell<HashMap<GlyphKey, Coverage>> = RefCell::new(HashMap::new());
}

/// Coverage of one positioned glyph, relative to its origin on the baseline.
fn raster(face: &ab_glyph::FontRef<'static>, glyph: ab_glyph::Glyph) -> Vec<(i32, i32, u16)> {
    let mut out = Vec::new();
    if let Some(outline) = face.outline_glyph(glyph) {
        let b = outline.px_bounds();
        let (bx, by) = (b.min.x as i32, b.min.y as i32);
        outline.draw(|gx, gy, v| {
            // Coverage in 1/256ths, so blending is integer arithmetic.
            let a = (v.clamp(0.0, 1.0) * 256.0).round() as u16;
            if a > 0 {
                out.push((bx + gx as i32, by + gy as i32, a));
            }
        });
    }
    out
}

struct Painter<'a, 'b> {
    backend: &'a mut BitMapBackend<'b, RGBPixel>,
}

fn px(v: f64) -> i32 {
    (v * PNG_SCALE).round() as i32
}

fn pt((x, y): (f64, f64)) -> (i32, i32) {
    (px(x), px(y))
}

fn style(c: Rgb, width: f64, filled: bool) -> ShapeStyle {
    ShapeStyle {
        color: RGBAColor(c.0, c.1, c.2, 1.0),
        filled,
        stroke_width: ((width * PNG_SCALE).round() as u32).max(1),
    }
}

fn err<E: std::fmt::Debug>(e: E) -> RenderError {
    RenderError::Chart(format!("bitmap drawing: {e:?}"))
}

impl Painter<'_, '_> {
    /// Paints one shape; groups and text (drawn apart) paint nothing here.
    fn shape(&mut self, shape: &Shape) -> Result<(), RenderError> {
        let (fill, stroke) = shape.paint();
        match shape {
            Shape::Begin(_) | Shape::End | Shape::Text { .. } => Ok(()),
            Shape::Rect { x, y, w, h, .. } => self.rect((*x, *y, *w, *h), fill, stroke),
            Shape::Line { points, stroke } => self.polyline(points, *stroke),
            Shape::Circle { cx, cy, r, .. } => self.circle((*cx, *cy), *r, fill, stroke),
            Shape::Polygon { points, .. } => self.polygon(points, fill, stroke),
        }
    }

    /// A rectangle: its fill, then its outline as four bands at least one pixel wide.
    fn rect(
        &mut self,
        (x, y, w, h): (f64, f64, f64, f64),
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    ) -> Result<(), RenderError> {
        let (x0, y0, x1, y1) = (px(x), px(y), px(x + w), px(y + h));
        if let Some(c) = fill {
            self.fill_rect((x0, y0), (x1, y1), c)?;
        }
        if let Some(s) = stroke {
            let t = ((s.width * PNG_SCALE).round() as i32).max(1);
            self.fill_rect((x0, y0), (x1, y0 + t), s.color)?;
            self.fill_rect((x0, y1 - t), (x1, y1), s.color)?;
            self.fill_rect((x0, y0), (x0 + t, y1), s.color)?;
            self.fill_rect((x1 - t, y0), (x1, y1), s.color)?;
        }
        Ok(())
    }

    /// A circle: filled, then outlined.
    fn circle(
        &mut self,
        (cx, cy): (f64, f64),
        r: f64,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    ) -> Result<(), RenderError> {
        let center = pt((cx, cy));
        let radius = (r * PNG_SCALE).round().max(1.0) as u32;
        if let Some(c) = fill {
            self.backend
                .draw_circle(center, radius, &style(c, 1.0, true), true)
                .map_err(err)?;
        }
        if let Some(s) = stroke {
            self.backend
                .draw_circle(center, radius, &style(s.color, s.width, false), false)
                .map_err(err)?;
        }
        Ok(())
    }

    /// A polygon: filled, then outlined as a closed polyline.
    fn polygon(&mut self, points: &[(f64, f64)], fill: Option<Rgb>, stroke: Option<Stroke>) -> Result<(), RenderError> {
        if let Some(c) = fill {
            let vert: Vec<_> = points.iter().copied().map(pt).collect();
            self.backend.fill_polygon(vert, &style(c, 1.0, true)).map_err(err)?;
        }
        if let Some(s) = stroke {
            let mut closed = points.to_vec();
            if let Some(first) = points.first() {
                closed.push(*first);
            }
            self.polyline(&closed, s)?;
        }
        Ok(())
    }

    fn fill_rect(&mut self, a: (i32, i32), b: (i32, i32), c: Rgb) -> Result<(), RenderError> {
        if b.0 <= a.0 || b.1 <= a.1 {
            return Ok(());
        }
        // The bitmap backend fills [a, b) for opaque colours: edges stay exact.
        self.backend.draw_rect(a, b, &style(c, 1.0, true), true).map_err(err)
    }

    fn polyline(&mut self, points: &[(f64, f64)], stroke: Stroke) -> Result<(), RenderError> {
        let st = style(stroke.color, stroke.width, false);
        let Some(dash) = stroke.dash else {
            let path: Vec<_> = points.iter().copied().map(pt).collect();
            return self.backend.draw_path(path, &st).map_err(err);
        };
        // Split into dashes of equal dash and gap, carrying the phase across vertices.
        let mut on = true;
        let mut left = dash;
        for pair in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let len = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
            let mut t = 0.0;
            while t < len {
                let step = left.min(len - t);
                if on {
                    let a = (x0 + (x1 - x0) * t / len, y0 + (y1 - y0) * t / len);
                    let t2 = t + step;
                    let b = (x0 + (x1 - x0) * t2 / len, y0 + (y1 - y0) * t2 / len);
                    self.backend.draw_path([pt(a), pt(b)], &st).map_err(err)?;
                }
                t += step;
                left -= step;
                if left <= 1e-9 {
                    on = !on;
                    left = dash;
                }
            }
        }
        Ok(())
    }
}

/// Blends one line of text into an RGB buffer of `size` pixels; (`x`, `y`) is the anchor on the baseline.
fn draw_text(
    buf: &mut [u8],
    size: (u32, u32),
    (x, y): (f64, f64),
    text: &str,
    style: TextStyle,
) -> Result<(), RenderError> {
    let fonts = fonts()?;
    let face = fonts.face(style.bold);
    let scale = fonts.scale(style.bold, style.size * PNG_SCALE);
    let scaled = face.as_scaled(scale);
    let width = fonts.width(text, style.size, style.bold) * PNG_SCALE;
    let mut cursor = match style.anchor {
        Anchor::Start => x * PNG_SCALE,
        Anchor::Middle => x * PNG_SCALE - width / 2.0,
        Anchor::End => x * PNG_SCALE - width,
    } as f32;
    let baseline = (y * PNG_SCALE).round() as i32;
    let size_key = (style.size * PNG_SCALE).to_bits();
    let (w, h) = (i64::from(size.0), i64::from(size.1));
    let rgb = [style.color.0, style.color.1, style.color.2];
    let mut prev = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            cursor += scaled.kern(p, id);
        }
        // Glyphs sit on a quarter-pixel grid, so their coverage can be cached.
        let whole = cursor.floor();
        let quarter = ((cursor - whole) * 4.0).round() as u8;
        let (x0, quarter) = if quarter == 4 {
            (whole as i32 + 1, 0)
        } else {
            (whole as i32, quarter)
        };
        let key = (style.bold, size_key, id.0, quarter);
        let coverage = GLYPHS.with_borrow_mut(|cache| {
            Rc::clone(cache.entry(key).or_insert_with(|| {
                let at = point(f32::from(quarter) / 4.0, 0.0);
                Rc::new(raster(face, id.with_scale_and_position(scale, at)))
            }))
        });
        for &(dx, dy, v) in coverage.iter() {
            let (px, py) = (i64::from(x0 + dx), i64::from(baseline + dy));
            if px < 0 || py < 0 || px >= w || py >= h {
                continue;
            }
            let i = usize::try_from((py * w + px) * 3).unwrap_or(usize::MAX);
            if let Some(pixel) = buf.get_mut(i..i + 3) {
                for (dst, src) in pixel.iter_mut().zip(rgb) {
                    let mixed = (u32::from(*dst) * u32::from(256 - v) + u32::from(src) * u32::from(v) + 128) >> 8;
                    *dst = u8::try_from(mixed).unwrap_or(u8::MAX);
                }
            }
        }
        cursor += scaled.h_advance(id);
        prev = Some(id);
    }
    Ok(())
}
