//! Compresses the embedded fonts (8.7 MB of TrueType, about half that deflated): the release
//! binary's size is a target (BENCHMARKS.md), and the fonts are read once per process anyway.

use std::path::Path;

const FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "NanumSquareR.ttf",
    "NanumSquareB.ttf",
    "DroidSansFallbackFull.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut list = String::from("&[\n");
    for name in FONTS {
        let source = Path::new("fonts").join(name);
        println!("cargo::rerun-if-changed={}", source.display());
        let bytes = std::fs::read(&source).unwrap_or_else(|e| panic!("read {}: {e}", source.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 9);
        let target = Path::new(&out).join(format!("{name}.deflate"));
        std::fs::write(&target, packed).unwrap_or_else(|e| panic!("write {}: {e}", target.display()));
        list.push_str(&format!(
            "    ({name:?}, {}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.deflate\"))),\n",
            bytes.len()
        ));
    }
    list.push(']');
    std::fs::write(Path::new(&out).join("fonts.rs"), list).expect("write the font list");
}
