//! Peak memory of importing a JSON export, against the file's size: ten years of data as the
//! generator makes it, and the same grown to near the 256 MB cap with long notes (wins, feedback and
//! interactions written out at length). Each import runs in a process of its own, so the figure is
//! the import's own high-water mark (VmHWM), not the generator's. Issue 14's target: at most ~4×
//! the file. `cargo bench -p cairn-core --features scale --bench import_memory`; `./dev bench` runs it.

use std::path::Path;
use std::process::Command;

use cairn_core::{ImportMode, MAX_DOCUMENT_BYTES, Store};
use serde_json::Value;

/// The process's peak resident memory so far, in bytes (Linux).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok());
    kb.unwrap_or(0) * 1024
}

/// Child mode: import `file` into an empty folder and print the peak memory.
fn measure(file: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("cairn.db")).unwrap();
    let before = peak_rss();
    let summary = store.import_json_file(file, ImportMode::IntoEmpty).unwrap();
    println!("{} {} {}", before, peak_rss(), summary.rows);
}

/// Text of about `len` characters, different for each row (so nothing is shared or compressed).
fn note(seed: usize, len: usize) -> String {
    let words = ["latency", "review", "design", "rollout", "mentoring", "incident", "migration", "budget", "search"];
    let mut out = String::with_capacity(len + 16);
    let mut n = seed;
    while out.len() < len {
        n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        out.push_str(words[(n >> 33) % words.len()]);
        out.push(' ');
    }
    out.truncate(len);
    out.trim_end().to_owned()
}

fn run(file: &Path) -> (u64, u64, u64) {
    let out = Command::new(std::env::current_exe().unwrap()).arg("--measure").arg(file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let v: Vec<u64> = text.split_whitespace().map(|x| x.parse().unwrap()).collect();
    (v[0], v[1], v[2])
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--measure") {
        measure(Path::new(&args[at + 1]));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("source.db")).unwrap();
    store.load_years(10).unwrap();
    let json = store.export_json().unwrap();
    drop(store);
    let ten_years = dir.path().join("ten-years.json");
    std::fs::write(&ten_years, &json).unwrap();

    // Grown to near the cap: every win, piece of feedback and interaction with a long note.
    let mut doc: Value = serde_json::from_str(&json).unwrap();
    drop(json);
    let room = (MAX_DOCUMENT_BYTES as usize).saturating_sub(std::fs::metadata(&ten_years).unwrap().len() as usize);
    let long_rows: usize =
        ["win", "feedback", "interaction"].iter().map(|t| doc["tables"][t].as_array().map_or(0, Vec::len)).sum();
    let len = (room * 9 / 10 / long_rows.max(1)).min(3900);
    let mut seed = 0;
    for (table, column) in [("win", "what_happened"), ("feedback", "said"), ("interaction", "notes")] {
        for row in doc["tables"][table].as_array_mut().unwrap() {
            seed += 1;
            row[column] = Value::from(note(seed, len));
        }
    }
    let near_cap = dir.path().join("near-cap.json");
    std::fs::write(&near_cap, serde_json::to_string(&doc).unwrap()).unwrap();
    drop(doc);

    println!("{:<34} {:>9} {:>10} {:>9} {:>8}", "export", "file MB", "rows", "peak MB", "× file");
    for (name, file) in [("ten years (generator)", &ten_years), ("ten years, long notes (near cap)", &near_cap)] {
        let size = std::fs::metadata(file).unwrap().len();
        let (_, peak, rows) = run(file);
        println!(
            "{name:<34} {:>9.1} {rows:>10} {:>9.1} {:>8.2}",
            size as f64 / 1e6,
            peak as f64 / 1e6,
            peak as f64 / size as f64
        );
    }
}
