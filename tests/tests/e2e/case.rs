//! The case, end to end as a person makes it: a repository of their own is added through the real
//! GTK folder dialog (typed into with xdotool), its merged work is proposed, one piece is accepted
//! as a win linked to a skill and found on Wins; then a topic of the self-review is written in
//! their own words and the review is saved as a PDF through the save dialog and read back.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::app::App;
use crate::export::accept_dialog_titled;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "user.name=Ana Lima"])
        .args(["-c", "user.email=ana@example.com"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("the git program runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A repository with a branch of the person's merged by a pull request, recent enough to be in the
/// demo plan's window.
fn repository(at: &Path) {
    std::fs::create_dir_all(at).unwrap();
    git(at, &["init", "-q"]);
    std::fs::write(at.join("README.md"), "# shop\n").unwrap();
    git(at, &["add", "README.md"]);
    git(at, &["commit", "-q", "-m", "Start", "--date=40.days.ago", "--author=Lee Chen <lee@example.com>"]);
    git(at, &["checkout", "-q", "-b", "export"]);
    for (file, days) in [("export.rs", "12"), ("markdown.rs", "11")] {
        std::fs::write(at.join(file), "pub fn export() {}\n").unwrap();
        git(at, &["add", file]);
        git(at, &["commit", "-q", "-m", &format!("Add {file}"), &format!("--date={days}.days.ago")]);
    }
    git(at, &["checkout", "-q", "main"]);
    git(
        at,
        &[
            "merge",
            "-q",
            "--no-ff",
            "export",
            "-m",
            "Merge pull request #7 from ana/export",
            "-m",
            "Export the plan as Markdown",
        ],
    );
}

fn dialog_open(title: &str) -> bool {
    Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", title])
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
}

/// Chooses `folder` in the folder dialog as a person would: its path typed into the location
/// field, Enter (GTK goes into the folder), then the Select button (Alt+S).
fn pick_folder(title: &str, folder: &str) {
    let found = Command::new("timeout")
        .args(["30", "xdotool", "search", "--sync", "--onlyvisible", "--name", title, "windowfocus", "--sync", "%1"])
        .status()
        .expect("xdotool is installed (./dev test installs it)");
    assert!(found.success(), "the folder dialog never appeared");
    std::thread::sleep(Duration::from_millis(600));
    for args in [vec!["key", "ctrl+l"], vec!["type", "--delay", "15", folder], vec!["key", "Return"]] {
        assert!(Command::new("xdotool").args(&args).status().unwrap().success(), "xdotool {args:?}");
        std::thread::sleep(Duration::from_millis(400));
    }
    std::thread::sleep(Duration::from_millis(400));
    if dialog_open(title) {
        assert!(Command::new("xdotool").args(["key", "alt+s"]).status().unwrap().success());
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while dialog_open(title) {
        assert!(Instant::now() < deadline, "the folder dialog did not take {folder}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[tokio::test]
async fn a_win_found_in_git_joins_the_record_and_the_self_review_goes_out_in_the_persons_words() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let repo = home.path().join("work").join("shop");
    repository(&repo);
    let home_str = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    // Wins from git: the emails, then the repository through the folder dialog.
    app.wait_for("nav a[href^='#/harvest/']").await.click().await.expect("open wins from git");
    app.wait_for_text("main", "Nothing to propose yet").await;
    app.assert_accessible("wins from git, empty").await;
    app.fill("harvest-emails", "ana@example.com").await;
    app.button("Save emails").await.click().await.expect("save the emails");
    app.wait_for_text("body", "Saved the emails.").await;
    app.button("Add repository…").await.click().await.expect("add a repository");
    let folder = repo.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || pick_folder("Add a git repository", &folder)).await.unwrap();
    let candidates = app.wait_for_text("main", "Export the plan as Markdown").await;
    assert!(candidates.contains("2 commits · 2 files"), "{candidates}");
    assert!(!candidates.contains("Start"), "someone else's commit is not proposed: {candidates}");
    app.screenshot("harvest").await;
    app.assert_accessible("wins from git").await;

    // Accept: the win is edited first, linked to a skill.
    app.click_labelled("Accept Export the plan as Markdown").await;
    app.wait_for_text("aside", "Accept as a win").await;
    app.fill("win-my-part", "I designed the exporter and wrote both halves.").await;
    app.click_xpath("//aside//label[normalize-space(.)='Depth in my area']/input").await;
    app.screenshot("harvest-accept").await;
    app.button("Accept as a win").await.click().await.expect("accept");
    app.wait_for_text("body", "Logged “Export the plan as Markdown” as a win.").await;
    app.wait_for_text("main", "Nothing waiting: 1 decided.").await;

    // On Wins, with its skill.
    app.wait_for("nav a[href^='#/wins/']").await.click().await.expect("open wins");
    let card_xpath = "//article[.//h3[contains(., 'Export the plan as Markdown')]]";
    let card = app.client.wait().for_element(Locator::XPath(card_xpath)).await.expect("the accepted win on Wins");
    let text = card.text().await.unwrap();
    assert!(text.contains("Depth in my area"), "{text}");

    // The self-review: a topic in the person's own words, then the PDF.
    app.wait_for("nav a[href^='#/selfreview/']").await.click().await.expect("open the self-review");
    app.wait_for_text("main", "Against Cairn ladder: individual contributor, Senior engineer").await;
    let mine = "I own search end to end: I cut p95 latency by 40% and taught the team to profile.";
    let box_id = "//textarea[@id=//label[normalize-space(.)='Your text for Technical depth']/@for]";
    let area = app.client.find(Locator::XPath(box_id)).await.expect("the technical depth box");
    area.clear().await.unwrap();
    area.send_keys(mine).await.unwrap();
    app.click_xpath("//h1[@id='selfreview-heading']").await;
    app.wait_for_text("main", "Your text.").await;
    app.screenshot("self-review").await;
    app.assert_accessible("self-review").await;
    app.button("Save PDF…").await.click().await.expect("save the self-review");
    tokio::task::spawn_blocking(|| accept_dialog_titled("Save the PDF")).await.unwrap();
    app.wait_for_text("body", "Saved ~/Self-review Road to Senior").await;

    let deadline = Instant::now() + Duration::from_secs(10);
    let file = loop {
        let found = std::fs::read_dir(home.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("Self-review")));
        if let Some(f) = found {
            break f;
        }
        assert!(Instant::now() < deadline, "the self-review PDF was not written");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let text = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(mine), "{text}");
    assert!(text.contains("READINESS PACKET"), "{text}");
    app.quit().await;
}
