//! `cairn-cli harvest`: wins from a local repository's history, for a plan — the candidates in
//! the plan's window, numbered newest first, and `--accept N` / `--dismiss N` on one of them.

use std::io::Write;
use std::path::Path;

use cairn_core::{GitCandidate, Store};

use crate::command::HarvestArgs;
use crate::failure::{Failure, Outcome};

fn line(out: &mut impl Write, text: String) -> Outcome {
    writeln!(out, "{text}").map_err(Failure::from)
}

/// The repository's id: the one already added for this folder, or a new one.
fn repo_id(store: &Store, path: &Path) -> Result<i64, Failure> {
    let wanted = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let known = store.list_git_repos()?;
    if let Some(r) = known.iter().find(|r| std::fs::canonicalize(&r.path).is_ok_and(|p| p == wanted)) {
        return Ok(r.id);
    }
    Ok(store.add_git_repo(&path.to_string_lossy())?.id)
}

pub fn run(store: &Store, out: &mut impl Write, a: HarvestArgs) -> Outcome {
    let plan = store.get_plan(a.plan)?;
    if !a.authors.is_empty() {
        let mut emails = store.git_authors()?;
        emails.extend(a.authors.iter().cloned());
        store.set_git_authors(&emails)?;
    }
    let id = repo_id(store, &a.repo)?;
    let since = match &a.since {
        Some(d) => chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .map_err(|_| Failure::new("validation", format!("--since takes a date like 2026-06-01, not {d:?}")))?,
        None => plan.start_date,
    };
    let report = store.scan_git_repo(id, since)?;
    for note in &report.notes {
        eprintln!("{note}");
    }
    let candidates: Vec<GitCandidate> =
        store.harvest(a.plan)?.candidates.into_iter().filter(|c| c.repo_id == id).collect();
    let pick = |n: usize| {
        candidates.get(n - 1).ok_or_else(|| {
            Failure::new("not_found", format!("there is no candidate {n}: the list has {}", candidates.len()))
        })
    };
    if let Some(n) = a.accept {
        let c = pick(n)?;
        let draft = store.candidate_win_draft(c.id)?;
        let win = store.accept_candidate(a.plan, c.id, &draft)?;
        return line(
            out,
            format!("Accepted “{}” as win {} on {}; edit it in Cairn's Wins.", win.title, win.id, win.date),
        );
    }
    if let Some(n) = a.dismiss {
        let c = pick(n)?;
        store.dismiss_candidate(c.id)?;
        return line(out, format!("Dismissed “{}”; it will not be proposed again.", c.title));
    }
    if a.json {
        return line(out, serde_json::to_string_pretty(&candidates)?);
    }
    if candidates.is_empty() {
        return line(out, format!("No new candidates in {} for {}.", report.repo.name, plan.title));
    }
    for (i, c) in candidates.iter().enumerate() {
        line(
            out,
            format!(
                "{:>3}  {}  {}  ({} commits, {} files, +{} −{})",
                i + 1,
                c.day,
                c.title,
                c.commits,
                c.files,
                c.added,
                c.deleted
            ),
        )?;
    }
    line(out, "Accept one with --accept N, or dismiss it with --dismiss N.".into())
}
