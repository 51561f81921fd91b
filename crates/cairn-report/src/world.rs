//! Our own Typst `World`: the template and its data as in-memory files, the fonts embedded in the
//! binary, and a fixed "today". Nothing is read from the disk or the network, so the same data
//! gives the same PDF, byte for byte, on any machine.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::fonts::font_files;

const COMMON: &str = include_str!("typst/common.typ");

/// The standard library and the fonts are the same for every document: built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = font_files().into_iter().flat_map(|(_, bytes)| Font::iter(Bytes::new(bytes))).collect();
    let book = FontBook::from_fonts(&fonts);
    (LazyHash::new(book), fonts)
});

fn file_id(path: &str) -> FileId {
    // Our own paths are fixed and valid; a failure here is a bug in this file, caught by every test.
    let path = VirtualPath::new(path).unwrap_or_else(|_| panic!("{path} is a valid virtual path"));
    RootedPath::new(VirtualRoot::Project, path).intern()
}

/// One document to typeset: its template (`main.typ`) and its data (`/data.json`).
pub(crate) struct DocumentWorld {
    main: Source,
    common: Source,
    data: Bytes,
    today: chrono::NaiveDate,
}

impl DocumentWorld {
    pub(crate) fn new(template: &str, data: Bytes, today: chrono::NaiveDate) -> Self {
        Self {
            main: Source::new(file_id("/main.typ"), template.to_owned()),
            common: Source::new(file_id("/common.typ"), COMMON.to_owned()),
            data,
            today,
        }
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id("/data.json") {
            Ok(self.data.clone())
        } else {
            self.source(id).map(|s| Bytes::from_string(s.text().to_owned()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        use chrono::Datelike;
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}
