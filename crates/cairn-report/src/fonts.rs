//! The fonts embedded in the binary, with their licences next to them in `fonts/`: Noto Sans (Latin,
//! Greek, Cyrillic), Noto Sans Arabic and Hebrew (right-to-left names), NanumSquare for Korean, Droid Sans
//! Fallback for Chinese and Japanese, and DejaVu Sans for the symbols the others lack (→ ◆). Typst subsets what a document uses into the PDF.
//!
//! They are stored deflated (`build.rs`): half the size in the binary, unpacked once per process
//! when the first document is made.

/// (file name, unpacked size, deflated bytes).
const PACKED: &[(&str, usize, &[u8])] = include!(concat!(env!("OUT_DIR"), "/fonts.rs"));

/// Every font file, unpacked. A file that does not unpack (it cannot happen with the bytes the
/// build wrote) is left out rather than taking the app down: the documents fall back to the others.
pub(crate) fn font_files() -> Vec<(&'static str, Vec<u8>)> {
    PACKED
        .iter()
        .filter_map(|(name, size, packed)| {
            miniz_oxide::inflate::decompress_to_vec_with_limit(packed, *size).ok().map(|bytes| (*name, bytes))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_font_unpacks_to_its_size() {
        let files = super::font_files();
        assert_eq!(files.len(), super::PACKED.len());
        for ((name, size, _), (_, bytes)) in super::PACKED.iter().zip(&files) {
            assert_eq!(bytes.len(), *size, "{name}");
        }
    }
}
