//! The Typst world of `report.pdf`: one main source, the charts as virtual files, the bundled DejaVu
//! faces as the only fonts, and the run's date as "today". Nothing is read from disk, from the
//! network or from the system's fonts, so the same input gives the same PDF on every machine.

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::error::RenderError;

/// The bundled faces and their book, parsed once per process.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: OnceLock<Fonts> = OnceLock::new();
static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();

fn fonts() -> &'static Fonts {
    FONTS.get_or_init(|| {
        let faces: [&'static [u8]; 8] = [
            dejavu::sans::regular(),
            dejavu::sans::bold(),
            dejavu::sans::oblique(),
            dejavu::sans::bold_oblique(),
            dejavu::sans_condensed::regular(),
            dejavu::sans_condensed::bold(),
            dejavu::sans_mono::regular(),
            dejavu::sans_mono::bold(),
        ];
        let fonts: Vec<Font> = faces
            .into_iter()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// A file id at `path` in the project's root.
pub(super) fn file_id(path: &str) -> Result<FileId, RenderError> {
    let vpath = VirtualPath::new(path).map_err(|e| RenderError::Pdf(format!("path {path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// The world one PDF is compiled in.
pub(super) struct ReportWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

impl ReportWorld {
    /// A world whose main file is `markup`, with `files` (path, bytes) beside it and `today` as the date.
    pub(super) fn new(markup: String, files: Vec<(String, Vec<u8>)>, today: Datetime) -> Result<Self, RenderError> {
        let main = Source::new(file_id("main.typ")?, markup);
        let files = files
            .into_iter()
            .map(|(path, bytes)| Ok((file_id(&path)?, Bytes::new(bytes))))
            .collect::<Result<_, RenderError>>()?;
        Ok(Self { main, files, today })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.get().vpath().get_with_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.get().vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
