//! A chart as a display list of simple shapes in logical pixels, painted to SVG and PNG alike,
//! so both files show exactly the same chart.

/// Body font size (labels, legend).
pub const LABEL: f64 = 13.0;
/// Small font size (ticks, notes).
pub const SMALL: f64 = 11.5;

/// An opaque colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#RRGGBB`.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// This colour mixed with white: `amount` 0 keeps it, 1 gives white.
    pub fn lighten(self, amount: f64) -> Rgb {
        let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * amount).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// The palette: Okabe-Ito (colour-blind safe) plus neutral greys.
pub mod palette {
    use super::Rgb;
    /// Black.
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    /// Okabe-Ito orange.
    pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
    /// Okabe-Ito sky blue.
    pub const SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
    /// Okabe-Ito bluish green.
    pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
    /// Okabe-Ito blue.
    pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
    /// Okabe-Ito vermillion.
    pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
    /// Okabe-Ito reddish purple.
    pub const PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);
    /// Text.
    pub const TEXT: Rgb = Rgb(0x1A, 0x1A, 0x1A);
    /// Secondary text.
    pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
    /// Axis lines.
    pub const AXIS: Rgb = Rgb(0x77, 0x77, 0x77);
    /// Grid lines.
    pub const GRID: Rgb = Rgb(0xDD, 0xDD, 0xDD);
    /// Panels and bands.
    pub const PANEL: Rgb = Rgb(0xF2, 0xF2, 0xF2);
    /// No data.
    pub const NO_DATA: Rgb = Rgb(0xBB, 0xBB, 0xBB);
    /// White.
    pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
}

/// Horizontal anchor of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at x.
    Start,
    /// Text is centred on x.
    Middle,
    /// Text ends at x.
    End,
}

/// Font size, weight, colour and anchor of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// CSS font size in logical pixels.
    pub size: f64,
    /// Bold face.
    pub bold: bool,
    /// Colour.
    pub color: Rgb,
    /// Horizontal anchor.
    pub anchor: Anchor,
}

impl TextStyle {
    /// Regular text of `size`, anchored at its start.
    pub fn new(size: f64) -> Self {
        Self {
            size,
            bold: false,
            color: palette::TEXT,
            anchor: Anchor::Start,
        }
    }

    /// The same, bold.
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    /// The same, in `color`.
    pub fn color(mut self, color: Rgb) -> Self {
        self.color = color;
        self
    }

    /// The same, anchored at `anchor`.
    pub fn anchor(mut self, anchor: Anchor) -> Self {
        self.anchor = anchor;
        self
    }
}

/// A line style.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Rgb,
    /// Width in logical pixels.
    pub width: f64,
    /// Dash length (gap equal), or `None` for a solid line.
    pub dash: Option<f64>,
}

impl Stroke {
    /// A solid line.
    pub fn solid(color: Rgb, width: f64) -> Self {
        Self {
            color,
            width,
            dash: None,
        }
    }

    /// A dashed line.
    pub fn dashed(color: Rgb, width: f64, dash: f64) -> Self {
        Self {
            color,
            width,
            dash: Some(dash),
        }
    }
}

/// One drawable element.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Opens a named group (`<g class=…>` in SVG; nothing in PNG).
    Begin(&'static str),
    /// Closes the innermost group.
    End,
    /// An axis-aligned rectangle.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// Fill, or none.
        fill: Option<Rgb>,
        /// Outline, or none.
        stroke: Option<Stroke>,
    },
    /// An open polyline.
    Line {
        /// Vertices in order.
        points: Vec<(f64, f64)>,
        /// Line style.
        stroke: Stroke,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
        /// Fill, or none.
        fill: Option<Rgb>,
        /// Outline, or none.
        stroke: Option<Stroke>,
    },
    /// A closed polygon.
    Polygon {
        /// Vertices in order.
        points: Vec<(f64, f64)>,
        /// Fill, or none.
        fill: Option<Rgb>,
        /// Outline, or none.
        stroke: Option<Stroke>,
    },
    /// A single line of text.
    Text {
        /// Anchor x.
        x: f64,
        /// Baseline y.
        y: f64,
        /// The text (escaped when written to SVG).
        text: String,
        /// Size, weight, colour and anchor.
        style: TextStyle,
    },
}

impl Shape {
    /// The fill and the outline a shape is painted with (a line has no fill; groups and text neither).
    pub fn paint(&self) -> (Option<Rgb>, Option<Stroke>) {
        match self {
            Shape::Rect { fill, stroke, .. }
            | Shape::Circle { fill, stroke, .. }
            | Shape::Polygon { fill, stroke, .. } => (*fill, *stroke),
            Shape::Line { stroke, .. } => (None, Some(*stroke)),
            Shape::Begin(_) | Shape::End | Shape::Text { .. } => (None, None),
        }
    }
}

/// A chart ready to paint.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in logical pixels.
    pub width: f64,
    /// Height in logical pixels.
    pub height: f64,
    /// Shapes, painted in order.
    pub shapes: Vec<Shape>,
    /// Whether its text in Arabic or Chinese is written for shaping (report form
    /// [`crate::input::FORM_LANGUAGES`] and later): each such text names its face and reading order in
    /// the SVG, and the PNG is the SVG rendered by resvg ([`super::raster`]).
    pub shaped: bool,
    /// The framework's English names standing in for the report's language where they have no
    /// translation (report form [`crate::input::FORM_REASONS`] and later, another language than English):
    /// a text holding one, or a line of one wrapped, is marked `lang="en"` in the SVG. Empty otherwise.
    pub english: Vec<String>,
}

impl Scene {
    /// An empty scene of the given size.
    pub fn new(width: f64, height: f64) -> Self {
        Self {
            width,
            height,
            shapes: Vec::new(),
            shaped: super::font::shaping(),
            english: Vec::new(),
        }
    }

    /// Whether a text of the scene needs shaping (Arabic, Chinese), so its PNG is drawn by resvg.
    pub fn needs_shaping(&self) -> bool {
        self.shaped
            && self.shapes.iter().any(|s| match s {
                Shape::Text { text, .. } => super::script::needs_shaping(text),
                _ => false,
            })
    }

    /// Opens a named group.
    pub fn begin(&mut self, class: &'static str) {
        self.shapes.push(Shape::Begin(class));
    }

    /// Closes the innermost group.
    pub fn end(&mut self) {
        self.shapes.push(Shape::End);
    }

    /// A filled rectangle.
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Rgb) {
        self.shapes.push(Shape::Rect {
            x,
            y,
            w,
            h,
            fill: Some(fill),
            stroke: None,
        });
    }

    /// A rectangle outline.
    pub fn frame(&mut self, x: f64, y: f64, w: f64, h: f64, stroke: Stroke) {
        self.shapes.push(Shape::Rect {
            x,
            y,
            w,
            h,
            fill: None,
            stroke: Some(stroke),
        });
    }

    /// A straight line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Stroke) {
        self.shapes.push(Shape::Line {
            points: vec![from, to],
            stroke,
        });
    }

    /// A text.
    pub fn text(&mut self, x: f64, y: f64, text: impl Into<String>, style: TextStyle) {
        self.shapes.push(Shape::Text {
            x,
            y,
            text: text.into(),
            style,
        });
    }

    /// Diagonal hatching over a rectangle (`cross` adds the other diagonal).
    pub fn hatch(&mut self, (x0, y0, w, h): (f64, f64, f64, f64), color: Rgb, cross: bool) {
        const GAP: f64 = 6.0;
        let (x1, y1) = (x0 + w, y0 + h);
        let stroke = Stroke::solid(color, 1.2);
        // "/" lines: x + y = k.
        let mut k = x0 + y0 + GAP / 2.0;
        while k < x1 + y1 {
            let lo = x0.max(k - y1);
            let hi = x1.min(k - y0);
            if hi - lo > 0.5 {
                self.line((lo, k - lo), (hi, k - hi), stroke);
            }
            k += GAP;
        }
        if cross {
            // "\" lines: y − x = k.
            let mut k = y0 - x1 + GAP / 2.0;
            while k < y1 - x0 {
                let lo = x0.max(y0 - k);
                let hi = x1.min(y1 - k);
                if hi - lo > 0.5 {
                    self.line((lo, lo + k), (hi, hi + k), stroke);
                }
                k += GAP;
            }
        }
    }
}
