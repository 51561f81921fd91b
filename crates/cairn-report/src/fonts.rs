//! The fonts embedded in the binary, with their licences next to them in `fonts/`: Noto Sans (Latin,
//! Greek, Cyrillic), Noto Sans Arabic and Hebrew (right-to-left names), NanumSquare for Korean, Droid Sans
//! Fallback for Chinese and Japanese, and DejaVu Sans for the symbols the others lack (→ ◆). Typst subsets what a document uses into the PDF.

pub(crate) const FONT_FILES: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", include_bytes!("../fonts/NotoSans-Regular.ttf")),
    ("NotoSans-Bold.ttf", include_bytes!("../fonts/NotoSans-Bold.ttf")),
    ("NotoSans-Italic.ttf", include_bytes!("../fonts/NotoSans-Italic.ttf")),
    ("NotoSansArabic-Regular.ttf", include_bytes!("../fonts/NotoSansArabic-Regular.ttf")),
    ("NotoSansArabic-Bold.ttf", include_bytes!("../fonts/NotoSansArabic-Bold.ttf")),
    ("NotoSansHebrew-Regular.ttf", include_bytes!("../fonts/NotoSansHebrew-Regular.ttf")),
    ("NotoSansHebrew-Bold.ttf", include_bytes!("../fonts/NotoSansHebrew-Bold.ttf")),
    ("NanumSquareR.ttf", include_bytes!("../fonts/NanumSquareR.ttf")),
    ("NanumSquareB.ttf", include_bytes!("../fonts/NanumSquareB.ttf")),
    ("DroidSansFallbackFull.ttf", include_bytes!("../fonts/DroidSansFallbackFull.ttf")),
    ("DejaVuSans.ttf", include_bytes!("../fonts/DejaVuSans.ttf")),
    ("DejaVuSans-Bold.ttf", include_bytes!("../fonts/DejaVuSans-Bold.ttf")),
];
