//! Cairn as a person runs it, measured on the release binary (`./dev bench` builds it and runs
//! this under Xvfb; BENCHMARKS.md keeps the figures):
//! - startup: from `main` to the first plan data painted (the UI says when, see
//!   src-tauri/src/startup.rs), with ten years of data, next to a blank window of the same binary;
//! - memory: proportional set size (PSS) of the app and its WebKit processes after 5 s idle on the
//!   dashboard, next to the blank window;
//! - command round trip: `invoke` from the page through WebDriver, p50/p95 of 200 calls each;
//! - the release binary's size.

#[path = "../tests/e2e/app.rs"]
#[allow(dead_code)]
mod app;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cairn_core::{PlanStatus, Store};
use serde_json::{Value, json};

const STARTS: usize = 7;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn percentile(v: &mut [f64], p: usize) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() * p).div_ceil(100)).saturating_sub(1)]
}

/// One start of the binary; returns the process while it runs and the probe file.
fn start(bin: &Path, data: &Path, cache: &Path, blank: bool, stay: bool) -> (std::process::Child, PathBuf) {
    static STARTS_SO_FAR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = STARTS_SO_FAR.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let probe = cache.join(format!("probe-{n}"));
    let _ = std::fs::remove_file(&probe);
    let mut cmd = Command::new(bin);
    cmd.env("CAIRN_DATA_DIR", data)
        .env("XDG_CONFIG_HOME", cache.join("config"))
        .env("XDG_CACHE_HOME", cache.join("cache"))
        .env("CAIRN_STARTUP_PROBE", &probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if blank {
        cmd.env("CAIRN_BLANK_WINDOW", "1");
    }
    if stay {
        cmd.env("CAIRN_STARTUP_PROBE_STAY", "1");
    }
    (cmd.spawn().expect("start the app"), probe)
}

/// The probe line of the start: ms from `main` to the first data painted, then `name=ms` marks
/// on the same clock (src-tauri/src/startup.rs).
struct Probe {
    ms: f64,
    marks: Vec<(String, f64)>,
}

fn wait_for_probe(probe: &Path) -> Probe {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let line = std::fs::read_to_string(probe).ok().and_then(|t| t.lines().last().map(str::to_owned));
        if let Some(line) = line {
            let mut words = line.split_whitespace();
            if let Some(ms) = words.next().and_then(|w| w.parse().ok()) {
                let marks = words
                    .filter_map(|w| w.split_once('=').and_then(|(n, v)| Some((n.to_owned(), v.parse().ok()?))))
                    .collect();
                return Probe { ms, marks };
            }
        }
        assert!(Instant::now() < deadline, "the app never said its data was painted");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Milliseconds to first paint: the first start on a fresh cache, then the median of warm ones,
/// and the median of each startup mark over the warm starts.
fn startup(bin: &Path, data: &Path, blank: bool) -> (f64, f64, Vec<(String, f64)>) {
    let cache = tempfile::tempdir().unwrap();
    let mut probes = Vec::new();
    for _ in 0..=STARTS {
        let (mut child, probe) = start(bin, data, cache.path(), blank, false);
        probes.push(wait_for_probe(&probe));
        let _ = child.wait();
    }
    let cold = probes.remove(0).ms;
    let names: Vec<String> = probes[0].marks.iter().map(|(n, _)| n.clone()).collect();
    let marks = names
        .into_iter()
        .map(|name| {
            let at = probes.iter().filter_map(|p| p.marks.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)).collect();
            (name, median(at))
        })
        .collect();
    (cold, median(probes.iter().map(|p| p.ms).collect()), marks)
}

/// The process and every process below it.
fn tree(root: u32) -> Vec<u32> {
    let mut all = vec![root];
    let mut i = 0;
    while i < all.len() {
        let parent = all[i];
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            if ppid == Some(parent) && !all.contains(&pid) {
                all.push(pid);
            }
        }
        i += 1;
    }
    all
}

fn pss_kb(pid: u32) -> u64 {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:").and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()))
        .unwrap_or(0)
}

/// PSS in MB of the whole process tree 5 s after the first paint, and how many processes.
fn memory(bin: &Path, data: &Path, blank: bool) -> (f64, usize) {
    let cache = tempfile::tempdir().unwrap();
    let (mut child, probe) = start(bin, data, cache.path(), blank, true);
    wait_for_probe(&probe);
    std::thread::sleep(Duration::from_secs(5));
    let pids = tree(child.id());
    let kb: u64 = pids.iter().map(|p| pss_kb(*p)).sum();
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let _ = child.wait();
    (kb as f64 / 1024.0, pids.len())
}

async fn round_trips(data: &Path, plan_id: i64) -> Vec<(String, f64, f64)> {
    let app = app::App::launch(data).await;
    app.wait_for("#dashboard-heading").await;
    let calls: Vec<(&str, Value)> = vec![
        ("app_info", json!({})),
        ("dashboard", json!({ "planId": plan_id })),
        ("get_plan", json!({ "id": plan_id })),
        ("list_milestones", json!({ "planId": plan_id })),
        ("list_skills", json!({ "planId": plan_id })),
        ("list_wins", json!({ "planId": plan_id })),
        ("list_feedback", json!({ "planId": plan_id })),
        // What the wins and feedback screens ask for: the first page of 50 with its counts.
        ("list_wins_page", json!({ "planId": plan_id, "skillId": null, "page": { "limit": 50 } })),
        ("list_feedback_page", json!({ "planId": plan_id, "status": null, "page": { "limit": 50 } })),
        ("list_stakeholders", json!({})),
        ("list_one_on_ones", json!({ "planId": plan_id })),
        ("search", json!({ "planId": plan_id, "query": "latency" })),
    ];
    let mut out = Vec::new();
    for (cmd, args) in calls {
        let times = app
            .client
            .execute_async(
                "const [cmd, args, n, done] = arguments;
                 const invoke = window.__TAURI_INTERNALS__.invoke;
                 (async () => {
                   const times = [];
                   for (let i = 0; i < 5; i++) await invoke(cmd, args);
                   for (let i = 0; i < n; i++) {
                     const t = performance.now();
                     await invoke(cmd, args);
                     times.push(performance.now() - t);
                   }
                   done(times);
                 })().catch((e) => done(String(e)));",
                vec![json!(cmd), args, json!(200)],
            )
            .await
            .expect("run the calls in the page");
        let mut times: Vec<f64> =
            times.as_array().unwrap_or_else(|| panic!("{cmd}: {times}")).iter().filter_map(Value::as_f64).collect();
        let p50 = percentile(&mut times, 50);
        let p95 = percentile(&mut times, 95);
        out.push((cmd.to_owned(), p50, p95));
    }
    app.quit().await;
    out
}

fn main() {
    let bin = app::app_binary();
    let data = tempfile::tempdir().unwrap();
    let counts = Store::open(data.path().join("cairn.db")).unwrap().load_years(10).unwrap();
    let plan_id = {
        let store = Store::open(data.path().join("cairn.db")).unwrap();
        store.list_plans().unwrap().into_iter().find(|p| p.status == PlanStatus::Active).unwrap().id
    };
    println!("binary: {} ({:.1} MB)", bin.display(), std::fs::metadata(&bin).unwrap().len() as f64 / 1e6);
    println!("data: {counts:?}");

    // The first start of the day makes a backup; make it now so it does not land in one start only.
    let first_cache = tempfile::tempdir().unwrap();
    let (mut first, probe) = start(&bin, data.path(), first_cache.path(), false, false);
    wait_for_probe(&probe);
    let _ = first.wait();

    println!();
    println!("{:<40} {:>10} {:>10}", "startup to first paint (ms)", "first", "median");
    let (b_cold, b_warm, b_marks) = startup(&bin, data.path(), true);
    println!("{:<40} {:>10.0} {:>10.0}", "blank window (baseline)", b_cold, b_warm);
    let (c_cold, c_warm, c_marks) = startup(&bin, data.path(), false);
    println!("{:<40} {:>10.0} {:>10.0}", "Cairn, dashboard of 10 years", c_cold, c_warm);
    println!("{:<40} {:>10.2} {:>10.2}   (target ≤ 1.3)", "ratio", c_cold / b_cold, c_warm / b_warm);
    println!();
    println!("where the time goes (ms from main, median of the warm starts)");
    for (who, marks) in [("blank", &b_marks), ("Cairn", &c_marks)] {
        let line: Vec<String> = marks.iter().map(|(n, v)| format!("{n} {v:.0}")).collect();
        println!("  {who:<6} {}", line.join(" · "));
    }

    println!();
    let (b_mem, b_procs) = memory(&bin, data.path(), true);
    let (c_mem, c_procs) = memory(&bin, data.path(), false);
    println!("{:<40} {:>10}", "memory after 5 s idle (PSS, MB)", "");
    println!("{:<40} {:>10.1}   ({b_procs} processes)", "blank window (baseline)", b_mem);
    println!("{:<40} {:>10.1}   ({c_procs} processes)", "Cairn, dashboard of 10 years", c_mem);
    println!("{:<40} {:>10.2}   (target ≤ 1.3)", "ratio", c_mem / b_mem);

    println!();
    println!("{:<40} {:>10} {:>10}", "command round trip from the page (ms)", "p50", "p95");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for (cmd, p50, p95) in runtime.block_on(round_trips(data.path(), plan_id)) {
        println!("{cmd:<40} {p50:>10.2} {p95:>10.2}");
    }
    println!("target: p95 ≤ 5 ms");
}
