//! The Typst world of `report.pdf`: one main source, the charts as virtual files, the bundled DejaVu
//! faces as the only fonts (and, from the report's form [`crate::input::FORM_LANGUAGES`], the bundled
//! Noto Sans Arabic and Noto Sans CJK SC, which Typst shapes), and the run's date as "today". Nothing is read from disk, from the
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
static ALL_SCRIPTS: OnceLock<Fonts> = OnceLock::new();
static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();

/// The faces of a report of the form [`crate::input::FORM_LANGUAGES`] and later: DejaVu, then the Noto
/// faces for Arabic and Chinese. Earlier forms keep DejaVu alone, so that a name in another script
/// falls back as it did and their PDFs keep their bytes.
fn fonts_for(multilingual: bool) -> &'static Fonts {
    if !multilingual {
        return fonts();
    }
    ALL_SCRIPTS.get_or_init(|| {
        use crate::charts::script::{ARABIC_BOLD, ARABIC_REGULAR, CJK_BOLD, CJK_REGULAR};
        let mut fonts = fonts().fonts.clone();
        for data in [CJK_REGULAR, CJK_BOLD, ARABIC_REGULAR, ARABIC_BOLD] {
            fonts.extend(Font::iter(Bytes::new(data)));
        }
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

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
    fonts: &'static Fonts,
}

impl ReportWorld {
    /// A world whose main file is `markup`, with `files` (path, bytes) beside it and `today` as the date;
    /// its fonts those of a `multilingual` report (form 3 and later) or of an earlier one.
    pub(super) fn new(
        markup: String,
        files: Vec<(String, Vec<u8>)>,
        today: Datetime,
        multilingual: bool,
    ) -> Result<Self, RenderError> {
        let main = Source::new(file_id("main.typ")?, markup);
        let files = files
            .into_iter()
            .map(|(path, bytes)| Ok((file_id(&path)?, Bytes::new(bytes))))
            .collect::<Result<_, RenderError>>()?;
        Ok(Self {
            main,
            files,
            today,
            fonts: fonts_for(multilingual),
        })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
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
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
