//! cairn-cli for the case: wins harvested from a repository made here with the git program, and
//! the self-review written out as a PDF and as Markdown for a period.

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

fn ok(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn git(dir: &Path, args: &[&str], email: &str) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"])
        .args(args)
        .env("GIT_AUTHOR_NAME", "Someone")
        .env("GIT_AUTHOR_EMAIL", email)
        .env("GIT_COMMITTER_NAME", "Someone")
        .env("GIT_COMMITTER_EMAIL", email)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("the git program runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn demo_plan(data: &Path) -> String {
    ok(&cli(data, &["demo"]));
    let plans: serde_json::Value = serde_json::from_str(&ok(&cli(data, &["plans", "--json"]))).unwrap();
    plans[0]["id"].as_i64().unwrap().to_string()
}

#[test]
fn harvest_lists_candidates_in_the_window_and_accepts_one_as_a_win() {
    let data = tempfile::tempdir().unwrap();
    let plan = demo_plan(data.path());
    let repo = data.path().join("api");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"], "me@example.com");
    for (file, days, message) in [("a.rs", 12, "Add rate limits (#41)"), ("b.rs", 5, "Speed up the search index (#42)")]
    {
        std::fs::write(repo.join(file), "fn main() {}\n").unwrap();
        git(&repo, &["add", file], "me@example.com");
        git(&repo, &["commit", "-q", "-m", message, &format!("--date={days}.days.ago")], "me@example.com");
    }
    let repo_arg = repo.to_str().unwrap();

    let listed = ok(&cli(data.path(), &["harvest", "--plan", &plan, "--repo", repo_arg, "--author", "ME@example.com"]));
    let lines: Vec<&str> = listed.lines().collect();
    assert!(lines[0].contains("  1  ") && lines[0].contains("Speed up the search index"), "{listed}");
    assert!(lines[1].contains("Add rate limits") && lines[1].contains("(1 commits, 1 files, +1 −0)"), "{listed}");

    let json: serde_json::Value =
        serde_json::from_str(&ok(&cli(data.path(), &["harvest", "--plan", &plan, "--repo", repo_arg, "--json"])))
            .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2, "the email was remembered");

    let accepted = ok(&cli(data.path(), &["harvest", "--plan", &plan, "--repo", repo_arg, "--accept", "2"]));
    assert!(accepted.starts_with("Accepted “Add rate limits” as win"), "{accepted}");
    let after = ok(&cli(data.path(), &["harvest", "--plan", &plan, "--repo", repo_arg]));
    assert!(!after.contains("Add rate limits") && after.contains("Speed up the search index"), "{after}");

    let out = cli(data.path(), &["harvest", "--plan", &plan, "--repo", repo_arg, "--accept", "7"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no candidate 7"));
    let out = cli(data.path(), &["harvest", "--plan", &plan, "--repo", data.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a git repository"));
    let out = cli(data.path(), &["harvest", "--plan", &plan]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_self_review_goes_out_as_pdf_and_markdown_for_a_period() {
    let data = tempfile::tempdir().unwrap();
    let plan = demo_plan(data.path());
    let pdf = data.path().join("review.pdf");
    ok(&cli(data.path(), &["export", "pdf", "--plan", &plan, "--self-review", "--out", pdf.to_str().unwrap()]));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let md = data.path().join("review.md");
    ok(&cli(
        data.path(),
        &[
            "export",
            "markdown",
            "--plan",
            &plan,
            "--self-review",
            "--from",
            "2000-01-01",
            "--to",
            "2000-01-31",
            "--out",
            md.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Self-review: Road to Senior"));
    assert!(text.contains("1 Jan – 31 Jan 2000"));
    assert!(text.contains("No evidence yet in this period for:"));
    assert!(!text.contains("Drawn from"), "nothing of the demo is from 2000");

    let out = cli(data.path(), &["export", "pdf", "--plan", &plan, "--self-review", "--brief", "--out", "x.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let out =
        cli(data.path(), &["export", "pdf", "--plan", &plan, "--self-review", "--from", "June", "--out", "x.pdf"]);
    assert_eq!(out.status.code(), Some(1));

    // The plan's wins limited to a period.
    let plan_md = data.path().join("plan.md");
    ok(&cli(
        data.path(),
        &[
            "export",
            "markdown",
            "--plan",
            &plan,
            "--from",
            "2000-01-01",
            "--to",
            "2000-01-02",
            "--out",
            plan_md.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&plan_md).unwrap();
    assert!(!text.contains("## Wins"), "no win of the demo is from 2000: {text}");
    let all_md = data.path().join("all.md");
    ok(&cli(data.path(), &["export", "markdown", "--plan", &plan, "--out", all_md.to_str().unwrap()]));
    assert!(std::fs::read_to_string(&all_md).unwrap().contains("\n## Wins\n"));
}
