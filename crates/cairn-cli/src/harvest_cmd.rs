//! `cairn-cli harvest`: wins from a local repository's history, for a plan — the candidates in
//! the plan's window, numbered newest first, and `--accept N` / `--dismiss N` on one of them.

use std::io::Write;
use std::path::{Path, PathBuf};

use cairn_core::{GitCandidate, Store};

use crate::args::{Command, UsageError, plan_id, usage};

#[derive(Debug, PartialEq)]
pub struct HarvestArgs {
    pub plan: i64,
    pub repo: PathBuf,
    pub authors: Vec<String>,
    pub since: Option<String>,
    pub json: bool,
    pub accept: Option<usize>,
    pub dismiss: Option<usize>,
}

pub fn parse(rest: &[String]) -> Result<Command, UsageError> {
    let (mut plan, mut repo, mut authors, mut since, mut json, mut accept, mut dismiss) =
        (None, None, Vec::new(), None, false, None, None);
    let number = |flag: &str, v: String| {
        v.parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| usage(format!("{flag} takes a candidate's number from the list (1, 2, …), not {v:?}")))
    };
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| usage(format!("{name} needs a value")));
        match flag.as_str() {
            "--plan" => plan = Some(plan_id(&value("--plan")?)?),
            "--repo" => repo = Some(PathBuf::from(value("--repo")?)),
            "--author" => authors.push(value("--author")?),
            "--since" => since = Some(value("--since")?),
            "--json" => json = true,
            "--accept" => accept = Some(number("--accept", value("--accept")?)?),
            "--dismiss" => dismiss = Some(number("--dismiss", value("--dismiss")?)?),
            other => return Err(usage(format!("unknown option {other:?} for harvest"))),
        }
    }
    let plan = plan.ok_or_else(|| usage("harvest needs --plan ID (cairn-cli plans lists them)"))?;
    let repo = repo.ok_or_else(|| usage("harvest needs --repo PATH, the folder of a local git repository"))?;
    if accept.is_some() && dismiss.is_some() {
        return Err(usage("--accept or --dismiss, one at a time"));
    }
    Ok(Command::Harvest(HarvestArgs { plan, repo, authors, since, json, accept, dismiss }))
}

fn line(out: &mut impl Write, text: String) -> Result<(), String> {
    writeln!(out, "{text}").map_err(|e| e.to_string())
}

/// The repository's id: the one already added for this folder, or a new one.
fn repo_id(store: &Store, path: &Path) -> Result<i64, String> {
    let wanted = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let known = store.list_git_repos().map_err(|e| e.to_string())?;
    if let Some(r) = known.iter().find(|r| std::fs::canonicalize(&r.path).is_ok_and(|p| p == wanted)) {
        return Ok(r.id);
    }
    store.add_git_repo(&path.to_string_lossy()).map(|r| r.id).map_err(|e| e.to_string())
}

pub fn run(store: &Store, out: &mut impl Write, a: HarvestArgs) -> Result<(), String> {
    let say = |e: cairn_core::Error| e.to_string();
    let plan = store.get_plan(a.plan).map_err(say)?;
    if !a.authors.is_empty() {
        let mut emails = store.git_authors().map_err(say)?;
        emails.extend(a.authors.iter().cloned());
        store.set_git_authors(&emails).map_err(say)?;
    }
    let id = repo_id(store, &a.repo)?;
    let since = match &a.since {
        Some(d) => chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .map_err(|_| format!("--since takes a date like 2026-06-01, not {d:?}"))?,
        None => plan.start_date,
    };
    let report = store.scan_git_repo(id, since).map_err(say)?;
    for note in &report.notes {
        eprintln!("{note}");
    }
    let candidates: Vec<GitCandidate> =
        store.harvest(a.plan).map_err(say)?.candidates.into_iter().filter(|c| c.repo_id == id).collect();
    let pick = |n: usize| {
        candidates.get(n - 1).ok_or_else(|| format!("there is no candidate {n}: the list has {}", candidates.len()))
    };
    if let Some(n) = a.accept {
        let c = pick(n)?;
        let draft = store.candidate_win_draft(c.id).map_err(say)?;
        let win = store.accept_candidate(a.plan, c.id, &draft).map_err(say)?;
        return line(
            out,
            format!("Accepted “{}” as win {} on {}; edit it in Cairn's Wins.", win.title, win.id, win.date),
        );
    }
    if let Some(n) = a.dismiss {
        let c = pick(n)?;
        store.dismiss_candidate(c.id).map_err(say)?;
        return line(out, format!("Dismissed “{}”; it will not be proposed again.", c.title));
    }
    if a.json {
        return line(out, serde_json::to_string_pretty(&candidates).map_err(|e| e.to_string())?);
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
