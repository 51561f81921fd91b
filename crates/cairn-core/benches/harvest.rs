//! Wins from git at scale: a repository of 100,000 commits (a tenth of them the person's, a merged
//! branch every ten commits) generated with `git fast-import`, then the first scan of a plan's
//! window, a re-scan with nothing new, and a re-scan after one new commit. Targets (issue 18): the
//! first scan ≤ 3 s in release, a re-scan with nothing new ≤ 200 ms.
//! `cargo bench -p cairn-core --bench harvest`; `./dev bench` runs it with the rest.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cairn_core::{FixedClock, PlanInput, PlanStatus, Store, Track};
use chrono::{Days, TimeZone, Utc};

const COMMITS: usize = 100_000;
const ME: &str = "me@example.com";

/// The fast-import stream: small files in 20 folders, 1–3 changed per commit.
fn history(start: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(COMMITS * 300);
    let mut seed = 7u64;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let mut mark = 0usize;
    let mut head = 0usize;
    let mut t = start;
    let mut i = 0usize;
    while i < COMMITS {
        let who =
            if next(10) == 0 { format!("Me <{ME}>") } else { format!("Other{} <o{}@example.com>", next(20), next(20)) };
        let files: Vec<String> = (0..=next(3)).map(|_| format!("src/m{}/f{}.rs", next(20), next(10))).collect();
        if i % 10 == 9 && head > 0 {
            let base = head;
            let mut tip = head;
            for k in 0..3 {
                t += 60;
                i += 1;
                tip = commit(&mut out, &who, t, &format!("work on feature {i} part {k}"), &[tip], &files, &mut mark);
            }
            t += 60;
            i += 1;
            let msg = format!("Merge pull request #{i} from x/f{i}\n\nFeature {i}");
            head = commit(&mut out, "Other0 <o0@example.com>", t, &msg, &[base, tip], &[], &mut mark);
        } else {
            t += 250;
            i += 1;
            let parents: Vec<usize> = if head > 0 { vec![head] } else { vec![] };
            head = commit(&mut out, &who, t, &format!("change {i} (#{})", 100_000 + i), &parents, &files, &mut mark);
        }
    }
    let _ = write!(out, "reset refs/heads/main\nfrom :{head}\n\n");
    out
}

/// One commit (and its blobs) in the stream; returns its mark.
fn commit(
    out: &mut Vec<u8>,
    who: &str,
    t: i64,
    msg: &str,
    parents: &[usize],
    files: &[String],
    mark: &mut usize,
) -> usize {
    let mut blobs = Vec::new();
    for _ in files {
        *mark += 1;
        let data = format!("line {}\n", *mark);
        let _ = write!(out, "blob\nmark :{mark}\ndata {}\n{data}\n", data.len());
        blobs.push(*mark);
    }
    *mark += 1;
    let _ = write!(
        out,
        "commit refs/heads/main\nmark :{mark}\nauthor {who} {t} +0000\ncommitter {who} {t} +0000\ndata {}\n{msg}\n",
        msg.len()
    );
    if let Some(first) = parents.first() {
        let _ = writeln!(out, "from :{first}");
    }
    for p in parents.iter().skip(1) {
        let _ = writeln!(out, "merge :{p}");
    }
    for (f, b) in files.iter().zip(blobs) {
        let _ = writeln!(out, "M 100644 :{b} {f}");
    }
    out.push(b'\n');
    *mark
}

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git").arg("-C").arg(dir).args(args).env("GIT_CONFIG_GLOBAL", "/dev/null").status();
    assert!(ok.is_ok_and(|s| s.success()), "git {args:?}");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let repo = root.path().join("big");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["-c", "init.defaultBranch=main", "init", "-q"]);
    let now = Utc::now();
    let start = now.timestamp() - (COMMITS as i64) * 250;
    let made = Instant::now();
    let mut fast_import = Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["fast-import", "--quiet"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    fast_import.stdin.take().unwrap().write_all(&history(start)).unwrap();
    assert!(fast_import.wait().unwrap().success());
    git(&repo, &["checkout", "-q", "main"]);
    println!("harvest bench: {COMMITS} commits generated in {:.1} s", made.elapsed().as_secs_f64());

    let open = || {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::new(Utc.timestamp_opt(now.timestamp(), 0).unwrap()));
        let store = Store::open_with_clock(dir.path().join("cairn.db"), clock).unwrap();
        let today = now.date_naive();
        let first = today.checked_sub_days(Days::new(360)).unwrap();
        let plan = store
            .create_plan(&PlanInput {
                title: "Bench".into(),
                goal: String::new(),
                start_date: first.to_string(),
                end_date: first.checked_add_months(chrono::Months::new(12)).unwrap().to_string(),
                current_level: "Mid-level".into(),
                target_level: "Senior".into(),
                track: Track::Ic,
                status: PlanStatus::Active,
            })
            .unwrap();
        store.set_git_authors(&[ME.into()]).unwrap();
        let repo_id = store.add_git_repo(repo.to_str().unwrap()).unwrap().id;
        (dir, store, plan, repo_id)
    };

    let mut firsts = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let (dir, store, plan, repo_id) = open();
        let t = Instant::now();
        let report = store.scan_git_repo(repo_id, plan.start_date).unwrap();
        firsts.push(t.elapsed());
        assert!(report.proposed > 1000, "{report:?}");
        last = Some((dir, store, plan, repo_id, report));
    }
    firsts.sort();
    let (_dir, store, plan, repo_id, report) = last.unwrap();
    let candidates = store.harvest(plan.id).unwrap().candidates.len();
    println!(
        "first scan: {} commits read, {} candidates; median {:.0} ms (runs {:.0} / {:.0} / {:.0} ms)  target ≤ 3000 ms {}",
        report.commits_read,
        candidates,
        ms(firsts[1]),
        ms(firsts[0]),
        ms(firsts[1]),
        ms(firsts[2]),
        if firsts[1] <= Duration::from_secs(3) { "✔" } else { "✘" }
    );

    let mut again: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let r = store.scan_git_repo(repo_id, plan.start_date).unwrap();
            assert_eq!(r.commits_read, 0);
            t.elapsed()
        })
        .collect();
    again.sort();
    println!(
        "re-scan, nothing new: p50 {:.1} ms, p95 {:.1} ms  target ≤ 200 ms {}",
        ms(again[10]),
        ms(again[18]),
        if again[18] <= Duration::from_millis(200) { "✔" } else { "✘" }
    );

    std::fs::write(repo.join("late.rs"), "fn late() {}\n").unwrap();
    git(&repo, &["add", "late.rs"]);
    git(&repo, &["-c", "user.name=Me", "-c", &format!("user.email={ME}"), "commit", "-q", "-m", "Late fix"]);
    let t = Instant::now();
    let r = store.scan_git_repo(repo_id, plan.start_date).unwrap();
    println!("re-scan, one new commit: {:.1} ms ({} read, {} proposed)", ms(t.elapsed()), r.commits_read, r.proposed);
}
