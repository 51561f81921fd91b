//! Crash safety: a writer process is killed with SIGKILL at random moments, round after round.
//! After each kill the file must open, pass SQLite's integrity check, hold every write the writer
//! was told had succeeded, and hold multi-row writes whole or not at all.
//!
//! The writer is this same test binary, started again with `CAIRN_CRASH_WRITER` set: it runs only
//! `writer_process` and prints `ack N` after each write returns.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cairn_core::{Store, TemplateId};
use common::{clock, input};
use rusqlite::Connection;

const WRITER_ENV: &str = "CAIRN_CRASH_WRITER";
const ROUNDS: u64 = 25;

/// In the writer process: write until killed. Every tenth write is a whole plan from a template
/// (dozens of rows in one transaction); the others are single plans.
#[test]
fn writer_process() {
    let Some(path) = std::env::var_os(WRITER_ENV) else { return };
    let store = Store::open_with_clock(path, clock()).unwrap();
    let start: u64 = std::env::var("CAIRN_CRASH_FROM").unwrap().parse().unwrap();
    for n in start.. {
        if n % 10 == 0 {
            store.create_plan_from_template(TemplateId::SeniorIc, "2026-01-05").unwrap();
        } else {
            store.create_plan(&input(&format!("write {n}"), "2026-01-01", "2026-09-01")).unwrap();
        }
        println!("ack {n}");
    }
}

/// A small deterministic generator, so a failing round can be replayed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    *seed >> 33
}

#[test]
fn acknowledged_writes_survive_sigkill_at_any_moment() {
    if std::env::var_os(WRITER_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    let (template_title, template_skills) = {
        let probe_dir = tempfile::tempdir().unwrap();
        let probe = Store::open_with_clock(probe_dir.path().join("cairn.db"), clock()).unwrap();
        let plan = probe.create_plan_from_template(TemplateId::SeniorIc, "2026-01-05").unwrap();
        (plan.title.clone(), probe.list_skills(plan.id).unwrap().len())
    };
    let mut acked: Vec<u64> = Vec::new();
    let mut seed = 0x00C0_FFEE;
    let mut next_write = 1;

    for round in 0..ROUNDS {
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "writer_process", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, &path)
            .env("CAIRN_CRASH_FROM", next_write.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let stdout = writer.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("ack ").and_then(|n| n.parse::<u64>().ok()) {
                    let _ = tx.send(n);
                }
            }
        });
        // Wait for the first acknowledgement (the process is up and writing), then a random while.
        let first = rx.recv_timeout(Duration::from_secs(30)).expect("the writer acknowledges a write");
        std::thread::sleep(Duration::from_millis(next(&mut seed) % 120));
        writer.kill().unwrap(); // SIGKILL
        writer.wait().unwrap();
        reader.join().unwrap();
        acked.push(first);
        acked.extend(rx.try_iter());
        next_write = acked.iter().max().unwrap() + 1_000; // numbers never repeat across rounds

        let conn = Connection::open(&path).unwrap();
        let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(verdict, "ok", "round {round}: the file is damaged");
        drop(conn);

        let store = Store::open_with_clock(&path, clock()).unwrap();
        let plans = store.list_plans().unwrap();
        let titles: std::collections::HashSet<&str> = plans.iter().map(|p| p.title.as_str()).collect();
        for n in acked.iter().filter(|n| *n % 10 != 0) {
            assert!(titles.contains(format!("write {n}").as_str()), "round {round}: acknowledged write {n} is lost");
        }
        // Plans from the template: at least one per acknowledged one, each whole.
        let from_template: Vec<_> = plans.iter().filter(|p| p.title == template_title).collect();
        let acked_templates = acked.iter().filter(|n| *n % 10 == 0).count();
        assert!(from_template.len() >= acked_templates, "round {round}: an acknowledged template plan is lost");
        for plan in from_template {
            assert_eq!(
                store.list_skills(plan.id).unwrap().len(),
                template_skills,
                "round {round}: a plan is half there"
            );
        }
    }
    assert!(acked.len() as u64 > ROUNDS, "the writer wrote more than once per round: {}", acked.len());
    eprintln!("{} acknowledged writes over {ROUNDS} kills, none lost", acked.len());
}
