//! The one error type of the crate.

/// Why a report could not be rendered or written.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The bundled font could not be parsed.
    #[error("font: {0}")]
    Font(String),
    /// A chart could not be drawn or encoded.
    #[error("chart: {0}")]
    Chart(String),
    /// A CSV table could not be written.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// The workbook could not be written.
    #[error("xlsx: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The manifest could not be serialised.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// The zip archive could not be written.
    #[error("zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// `report.pdf` could not be typeset.
    #[error("pdf: {0}")]
    Pdf(String),
    /// A file could not be written.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}
