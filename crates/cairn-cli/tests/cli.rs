//! cairn-cli as a script would run it: exit codes, one line on stderr, files written.

use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cairn-cli"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("CAIRN_DATA_DIR")
        .output()
        .expect("run cairn-cli")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn demo_then_plans_then_a_brief_and_the_whole_plan() {
    let data = tempfile::tempdir().unwrap();
    let out = cli(data.path(), &["plans"]);
    assert!(out.status.success() && stdout(&out).contains("No plans yet"), "{}", stderr(&out));

    let out = cli(data.path(), &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Road to Senior"));

    let out = cli(data.path(), &["plans", "--json"]);
    assert!(out.status.success());
    let plans: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("plans --json is JSON");
    let id = plans[0]["id"].as_i64().unwrap().to_string();
    assert_eq!(plans[0]["title"], "Road to Senior");

    let brief = data.path().join("brief.pdf");
    let out = cli(
        data.path(),
        &[
            "export",
            "pdf",
            "--plan",
            &id,
            "--out",
            brief.to_str().unwrap(),
            "--brief",
            "--date",
            "2026-11-24",
            "--with",
            "priya raman",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&brief).unwrap().starts_with(b"%PDF-"));

    let plan = data.path().join("plan.pdf");
    let out = cli(data.path(), &["export", "pdf", "--plan", &id, "--out", plan.to_str().unwrap(), "--paper", "letter"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&plan).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn usage_mistakes_exit_2_and_failures_exit_1_with_one_line() {
    let data = tempfile::tempdir().unwrap();
    let out = cli(data.path(), &["export", "pdf", "--out", "x.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--plan ID"), "{}", stderr(&out));

    let out =
        cli(data.path(), &["export", "pdf", "--plan", "99", "--out", data.path().join("x.pdf").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("99 was not found"), "{}", stderr(&out));
    assert!(!data.path().join("x.pdf").exists(), "nothing is written on failure");

    // A file that is not a Cairn database is refused, untouched, with one line.
    std::fs::write(data.path().join("cairn.db"), b"not a database at all").unwrap();
    let out = cli(data.path(), &["plans"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert_eq!(std::fs::read(data.path().join("cairn.db")).unwrap(), b"not a database at all");
}
