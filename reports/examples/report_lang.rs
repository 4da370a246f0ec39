//! Writes the sample report in a language to a folder: `cargo run -p stratrack-reports --example
//! report_lang -- zh out/zh` (for looking at the charts and pages without a database).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "en".to_owned());
    let out = args.next().unwrap_or_else(|| format!("out/{lang}"));
    let mut input = stratrack_reports::fixtures::stated();
    input.language = stratrack_reports::input::Lang::parse(&lang).ok_or("one of ar, en, es, fr, ru, zh")?;
    stratrack_reports::render(&input)?.write_to(std::path::Path::new(&out))?;
    Ok(())
}
