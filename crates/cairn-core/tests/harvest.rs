//! Wins from git history, against repositories made here with the `git` program and a known
//! history: a merged branch, a squash with a pull-request number, a Gerrit change uploaded twice,
//! a day's work in two commits, other people's commits; and a shallow clone, a bare repository, a
//! damaged one, a folder that vanished, emails with no commits.

mod common;

use std::path::Path;
use std::process::Command;

use cairn_core::{CandidateState, ErrorCode, TemplateId};
use chrono::NaiveDate;
use common::temp_store;

const ME: &str = "ana@example.com";

fn git(dir: &Path, args: &[&str], when: &str, email: &str) {
    let stamp = format!("{when}T10:00:00+00:00");
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"])
        .args(args)
        .env("GIT_AUTHOR_NAME", "Someone")
        .env("GIT_AUTHOR_EMAIL", email)
        .env("GIT_COMMITTER_NAME", "Someone")
        .env("GIT_COMMITTER_EMAIL", email)
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("the git program runs (the tests need it, as Cairn does)");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn commit(dir: &Path, file: &str, lines: usize, when: &str, email: &str, message: &str) {
    std::fs::write(dir.join(file), "line\n".repeat(lines) + when).unwrap();
    git(dir, &["add", file], when, email);
    git(dir, &["commit", "-q", "-m", message], when, email);
}

/// The shop repository: what each candidate should be is written beside its commits.
fn shop(root: &Path) -> std::path::PathBuf {
    let dir = root.join("shop");
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "-q"], "2026-05-01", "lee@example.com");
    commit(&dir, "README", 3, "2026-05-01", "lee@example.com", "Start the shop");
    // 1. A branch of mine merged by a pull request: one candidate titled by the request.
    git(&dir, &["checkout", "-q", "-b", "checkout"], "2026-09-01", ME);
    commit(&dir, "checkout.rs", 40, "2026-09-01", ME, "Split the checkout");
    commit(&dir, "price.rs", 10, "2026-09-02", ME, "Tune the prices");
    git(&dir, &["checkout", "-q", "main"], "2026-09-03", "lee@example.com");
    git(
        &dir,
        &[
            "merge",
            "-q",
            "--no-ff",
            "checkout",
            "-m",
            "Merge pull request #12 from ana/checkout",
            "-m",
            "Faster checkout",
        ],
        "2026-09-03",
        "lee@example.com",
    );
    // 2. A squash-merged pull request.
    commit(&dir, "cache.rs", 25, "2026-09-10", ME, "Cache the prices (#13)");
    // 3. A day's work in two commits.
    commit(&dir, "export.rs", 12, "2026-09-15", ME, "Add the export");
    commit(&dir, "export.rs", 14, "2026-09-15", ME, "fixup! Add the export");
    // Someone else's work is never proposed.
    commit(&dir, "other.rs", 5, "2026-09-16", "lee@example.com", "Lee's change");
    // 4. A Gerrit change uploaded twice.
    commit(&dir, "search.rs", 8, "2026-09-20", ME, "Rank by freshness\n\nChange-Id: I0123abcd");
    commit(&dir, "search.rs", 9, "2026-09-21", ME, "Rank by freshness\n\nChange-Id: I0123abcd");
    dir
}

#[test]
fn merged_work_becomes_candidates_that_are_accepted_dismissed_and_never_proposed_twice() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-06-01").unwrap();
    let dir = shop(t.dir.path());
    let repo = t.store.add_git_repo(dir.join("checkout.rs").parent().unwrap().to_str().unwrap()).unwrap();
    assert_eq!(repo.name, "shop");
    assert!(!repo.shallow);
    assert_eq!(t.store.add_git_repo(dir.to_str().unwrap()).unwrap_err().field(), Some("path"), "added twice");
    let err = t.store.add_git_repo(dir.join(".git").to_str().unwrap()).unwrap_err();
    assert!(err.to_string().contains("is in the list already"), "the .git folder stands for its working copy: {err}");
    // No emails yet: said, nothing read.
    assert_eq!(
        t.store.scan_git_repo(repo.id, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()).unwrap_err().field(),
        Some("authors")
    );
    t.store.set_git_authors(&[" ANA@example.com ".into()]).unwrap();
    let since = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let report = t.store.scan_git_repo(repo.id, since).unwrap();
    assert_eq!(report.proposed, 4, "{report:?}");
    assert!(report.notes.is_empty());
    assert!(report.commits_read >= 9);

    let harvest = t.store.harvest(plan.id).unwrap();
    let titles: Vec<&str> = harvest.candidates.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Rank by freshness", "Add the export", "Cache the prices", "Faster checkout"]);
    let merge = &harvest.candidates[3];
    assert_eq!((merge.commits, merge.files, merge.repo.as_str()), (2, 2, "shop"));
    assert_eq!(merge.day.to_string(), "2026-09-03");
    assert_eq!(merge.added, 52, "40 + 10 lines, and the date line of each file");
    assert_eq!(harvest.candidates[1].commits, 2);
    assert_eq!(harvest.candidates[0].commits, 2);

    // Accept: a win the person edited, linked to a skill, in one step.
    let skill = t.store.list_skills(plan.id).unwrap()[0].id;
    let mut draft = t.store.candidate_win_draft(merge.id).unwrap();
    assert_eq!(draft.date, "2026-09-03");
    assert!(draft.what_happened.contains("2 commits, 2 files"), "{}", draft.what_happened);
    draft.my_part = "I split the checkout so it could be cached.".into();
    draft.skill_ids = vec![skill];
    let win = t.store.accept_candidate(plan.id, merge.id, &draft).unwrap();
    assert_eq!(win.title, "Faster checkout");
    assert_eq!(win.skill_ids, vec![skill]);
    assert_eq!(t.store.accept_candidate(plan.id, merge.id, &draft).unwrap_err().code(), ErrorCode::Conflict);
    // A refused win stores nothing: the candidate stays open.
    let cache = harvest.candidates[2].id;
    let bad = cairn_core::WinInput { title: String::new(), ..t.store.candidate_win_draft(cache).unwrap() };
    assert_eq!(t.store.accept_candidate(plan.id, cache, &bad).unwrap_err().field(), Some("title"));
    assert_eq!(t.store.dismiss_candidate(harvest.candidates[1].id).unwrap().state, CandidateState::Dismissed);

    let harvest = t.store.harvest(plan.id).unwrap();
    assert_eq!(harvest.candidates.len(), 2);
    assert_eq!(harvest.decided, 2);

    // Nothing new: nothing read, nothing proposed.
    let again = t.store.scan_git_repo(repo.id, since).unwrap();
    assert_eq!((again.commits_read, again.proposed), (0, 0));
    // New work: only it is read.
    commit(&dir, "late.rs", 3, "2026-10-02", ME, "Late fix");
    let late = t.store.scan_git_repo(repo.id, since).unwrap();
    assert_eq!((late.commits_read, late.proposed), (1, 1));
    // Other emails: open candidates are made anew, decided ones stay decided.
    t.store.set_git_authors(&[ME.into(), "ana@home.example".into()]).unwrap();
    t.store.scan_git_repo(repo.id, since).unwrap();
    let harvest = t.store.harvest(plan.id).unwrap();
    let titles: Vec<&str> = harvest.candidates.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Late fix", "Rank by freshness", "Cache the prices"]);
    assert_eq!(harvest.decided, 2);
    assert_eq!(t.store.set_git_authors(&["not an email".into()]).unwrap_err().field(), Some("authors"));
}

#[test]
fn bad_folders_get_a_sentence_and_store_nothing() {
    let t = temp_store();
    let root = t.dir.path();
    let plain = root.join("plain");
    std::fs::create_dir_all(&plain).unwrap();
    let err = t.store.add_git_repo(plain.to_str().unwrap()).unwrap_err();
    assert!(err.to_string().contains("is not a git repository"), "{err}");

    let bare = root.join("bare.git");
    std::fs::create_dir_all(&bare).unwrap();
    git(&bare, &["init", "-q", "--bare"], "2026-09-01", ME);
    let err = t.store.add_git_repo(bare.to_str().unwrap()).unwrap_err();
    assert!(err.to_string().contains("bare repository"), "{err}");
    assert!(t.store.list_git_repos().unwrap().is_empty());

    t.store.set_git_authors(&[ME.into()]).unwrap();
    let since = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    // Emails with no commits there: said, and nothing stored (the next scan reads it all again).
    let other = root.join("other");
    std::fs::create_dir_all(&other).unwrap();
    git(&other, &["init", "-q"], "2026-09-01", "lee@example.com");
    commit(&other, "a", 1, "2026-09-01", "lee@example.com", "Lee only");
    let repo = t.store.add_git_repo(other.to_str().unwrap()).unwrap();
    let report = t.store.scan_git_repo(repo.id, since).unwrap();
    assert!(
        report.notes[0].starts_with("No commits by ana@example.com in other since 2026-06-01"),
        "{:?}",
        report.notes
    );
    assert_eq!(report.repo.last_seen, None);

    // A shallow clone: what it holds is read, and the person is told.
    let dir = shop(root);
    let shallow = root.join("shallow");
    let url = format!("file://{}", dir.display());
    git(root, &["clone", "-q", "--depth", "3", &url, shallow.to_str().unwrap()], "2026-09-01", ME);
    let repo = t.store.add_git_repo(shallow.to_str().unwrap()).unwrap();
    assert!(repo.shallow);
    let report = t.store.scan_git_repo(repo.id, since).unwrap();
    assert!(report.notes[0].contains("shallow clone"), "{:?}", report.notes);
    assert_eq!(report.proposed, 1, "the last three commits: Lee's and the twice-uploaded change");

    // A damaged repository: the scan fails with a sentence, and nothing is stored.
    let damaged = root.join("damaged");
    std::fs::create_dir_all(&damaged).unwrap();
    git(&damaged, &["init", "-q"], "2026-09-01", ME);
    for (i, day) in ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"].iter().enumerate() {
        commit(&damaged, "f", i + 1, day, ME, &format!("Step {i}"));
    }
    let repo = t.store.add_git_repo(damaged.to_str().unwrap()).unwrap();
    remove_an_object(&damaged);
    let err = t.store.scan_git_repo(repo.id, since).unwrap_err();
    assert!(err.to_string().contains("could not be read"), "{err}");
    let repos = t.store.list_git_repos().unwrap();
    assert_eq!(repos.iter().find(|r| r.id == repo.id).unwrap().last_seen, None);

    // A folder that vanished since it was added.
    std::fs::remove_dir_all(&other).unwrap();
    let gone = repos.iter().find(|r| r.name == "other").unwrap();
    let err = t.store.scan_git_repo(gone.id, since).unwrap_err();
    assert!(err.to_string().contains("is not there any more"), "{err}");
}

/// Deletes the loose object of the commit two before the tip, as a failing disk might.
fn remove_an_object(repo: &Path) {
    let out = Command::new("git").arg("-C").arg(repo).args(["rev-parse", "HEAD~2"]).output().unwrap();
    let sha = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let path = repo.join(".git/objects").join(&sha[..2]).join(&sha[2..]);
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("the loose object {}: {e}", path.display()));
}
