use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};
fn main() {
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font").unwrap();
    let (w, h) = (1600u32, 400u32);
        {
        let root = BitMapBackend::new("/tmp/scratch.png", (w, h)).into_drawing_area();
        root.fill(&WHITE).unwrap();
        for (i, s) in [24.0, 28.0, 32.0, 40.0].iter().enumerate() {
            let st = ("sans-serif", *s).into_font().color(&BLACK);
            root.draw_text("Status by goal — Indicators rated 12,345.6 CHF thousands (illustrative) Wij", &st, (20, 20 + i as i32 * 80)).unwrap();
        }
    }
}
