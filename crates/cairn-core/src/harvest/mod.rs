//! Wins found in the person's own git history: the local repositories they add and the emails
//! they commit with (kept across plans), candidate wins proposed from the history within a plan's
//! window, and the person's answer to each — accepted as a win they edit, or dismissed — kept by
//! commit id so nothing is proposed twice. A re-scan reads only the commits after the last one
//! seen. The history is read by `git.rs`, grouped by `group.rs`.

pub mod git;
pub mod group;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text_enum::text_enum;
use crate::win::{Win, WinInput};

/// Longest repository path kept, in characters.
pub const REPO_PATH_MAX: usize = 4096;

/// A repository the person added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GitRepo {
    #[ts(type = "number")]
    pub id: i64,
    pub path: String,
    pub name: String,
    pub added_at: DateTime<Utc>,
    pub scanned_at: Option<DateTime<Utc>>,
    /// The newest commit read; the next scan starts after it.
    pub last_seen: Option<String>,
    /// A shallow clone: only the history it holds was read.
    pub shallow: bool,
}

/// What the person did with a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CandidateState {
    Open,
    Accepted,
    Dismissed,
}

text_enum!(CandidateState { Open => "open", Accepted => "accepted", Dismissed => "dismissed" });

/// A piece of merged work proposed as a win.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GitCandidate {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub repo_id: i64,
    pub repo: String,
    pub title: String,
    pub day: NaiveDate,
    pub commits: u32,
    pub files: u32,
    pub added: u32,
    pub deleted: u32,
    pub state: CandidateState,
    #[ts(type = "number | null")]
    pub win_id: Option<i64>,
}

/// The harvest screen of a plan: repositories, emails, and the open candidates in its window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Harvest {
    pub repos: Vec<GitRepo>,
    pub authors: Vec<String>,
    pub candidates: Vec<GitCandidate>,
    /// Candidates of the window already accepted or dismissed.
    pub decided: u32,
}

/// What a scan read and found, with a sentence for anything the person should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanReport {
    pub repo: GitRepo,
    pub commits_read: u32,
    pub proposed: u32,
    pub notes: Vec<String>,
}

const REPO_COLUMNS: &str = "id, path, name, added_at, scanned_at, last_seen, shallow";

fn repo_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<GitRepo> {
    Ok(GitRepo {
        id: r.get(0)?,
        path: r.get(1)?,
        name: r.get(2)?,
        added_at: r.get(3)?,
        scanned_at: r.get(4)?,
        last_seen: r.get(5)?,
        shallow: r.get(6)?,
    })
}

const CANDIDATE_COLUMNS: &str =
    "c.id, c.repo_id, r.name, c.title, c.day, c.commits, c.files, c.added, c.deleted, c.state, c.win_id";

fn candidate_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<GitCandidate> {
    Ok(GitCandidate {
        id: r.get(0)?,
        repo_id: r.get(1)?,
        repo: r.get(2)?,
        title: r.get(3)?,
        day: r.get(4)?,
        commits: r.get(5)?,
        files: r.get(6)?,
        added: r.get(7)?,
        deleted: r.get(8)?,
        state: r.get(9)?,
        win_id: r.get(10)?,
    })
}

fn check_email(email: &str) -> Result<String> {
    let e = email.trim();
    let ok = e.len() >= 3
        && e.len() <= 254
        && e.split_once('@').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && !e.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ','));
    if ok { Ok(e.to_owned()) } else { Err(Error::validation("authors", format!("“{e}” is not an email address."))) }
}

impl Store {
    /// The repositories, by name.
    pub fn list_git_repos(&self) -> Result<Vec<GitRepo>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {REPO_COLUMNS} FROM git_repo ORDER BY name COLLATE NOCASE, id"))
            .or_storage("read the repositories")?;
        let rows = stmt.query_map([], repo_row).or_storage("read the repositories")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the repositories")
    }

    fn get_git_repo(&self, id: i64) -> Result<GitRepo> {
        self.conn
            .query_row(&format!("SELECT {REPO_COLUMNS} FROM git_repo WHERE id = ?1"), [id], repo_row)
            .optional()
            .or_storage("read the repository")?
            .ok_or(Error::NotFound { what: "Repository", id })
    }

    /// Adds the working copy at `path` (or the repository a folder of it belongs to).
    pub fn add_git_repo(&self, path: &str) -> Result<GitRepo> {
        let path = path.trim();
        if path.is_empty() || path.chars().count() > REPO_PATH_MAX || path.chars().any(char::is_control) {
            return Err(Error::validation("path", "Choose the folder of a git repository."));
        }
        // The `.git` folder itself (easily chosen in a folder dialog) stands for its working copy.
        let path = match Path::new(path).file_name() {
            Some(name) if name == ".git" => Path::new(path).parent().map_or(path, |p| p.to_str().unwrap_or(path)),
            _ => path,
        };
        let facts = git::inspect(Path::new(path))?;
        let top = if facts.top.is_empty() { path.to_owned() } else { facts.top };
        let name: String = Path::new(&top)
            .file_name()
            .map_or_else(|| top.clone(), |n| n.to_string_lossy().into_owned())
            .chars()
            .take(200)
            .collect();
        let exists: Option<String> = self
            .conn
            .query_row("SELECT name FROM git_repo WHERE path = ?1", [&top], |r| r.get(0))
            .optional()
            .or_storage("add the repository")?;
        if let Some(name) = exists {
            return Err(Error::validation("path", format!("{name} ({top}) is in the list already.")));
        }
        self.conn
            .execute(
                "INSERT INTO git_repo (path, name, added_at, shallow) VALUES (?1, ?2, ?3, ?4)",
                params![top, name, self.clock.now(), facts.shallow],
            )
            .or_storage("add the repository")?;
        self.get_git_repo(self.conn.last_insert_rowid())
    }

    /// Forgets a repository, with its candidates and what was decided about them.
    pub fn remove_git_repo(&self, id: i64) -> Result<()> {
        self.delete_row("git_repo", "Repository", "remove the repository", id)
    }

    /// The emails the person commits with.
    pub fn git_authors(&self) -> Result<Vec<String>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT email FROM git_author ORDER BY email").or_storage("read the emails")?;
        let rows = stmt.query_map([], |r| r.get(0)).or_storage("read the emails")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the emails")
    }

    /// Replaces the emails. When they change, the next scan of each repository reads its window
    /// again (open candidates are made anew; accepted and dismissed ones stay decided).
    pub fn set_git_authors(&self, emails: &[String]) -> Result<Vec<String>> {
        let mut clean: Vec<String> = Vec::new();
        for e in emails.iter().filter(|e| !e.trim().is_empty()) {
            let e = check_email(e)?;
            if !clean.iter().any(|c| c.eq_ignore_ascii_case(&e)) {
                clean.push(e);
            }
        }
        if clean.len() > 20 {
            return Err(Error::validation("authors", "Up to 20 email addresses."));
        }
        let before = self.git_authors()?;
        let same =
            before.len() == clean.len() && clean.iter().all(|e| before.iter().any(|b| b.eq_ignore_ascii_case(e)));
        if same {
            return Ok(before);
        }
        self.atomically("save the emails", || {
            let fail = |e| Error::storage("save the emails", e);
            self.conn.execute("DELETE FROM git_author", []).map_err(fail)?;
            for e in &clean {
                self.conn.execute("INSERT INTO git_author (email) VALUES (?1)", [e]).map_err(fail)?;
            }
            self.conn.execute("DELETE FROM git_candidate WHERE state = 'open'", []).map_err(fail)?;
            self.conn.execute("UPDATE git_repo SET last_seen = NULL", []).map_err(fail)?;
            Ok(())
        })?;
        self.git_authors()
    }

    /// Reads the repository's history since the last commit seen (the first time: since `since`)
    /// and proposes the person's new work. Nothing is stored when the history cannot be read, or
    /// when it holds no commit of theirs.
    pub fn scan_git_repo(&self, repo_id: i64, since: NaiveDate) -> Result<ScanReport> {
        let repo = self.get_git_repo(repo_id)?;
        let emails = self.git_authors()?;
        if emails.is_empty() {
            return Err(Error::validation("authors", "Add the email addresses you commit with first."));
        }
        let dir = Path::new(&repo.path);
        let facts = git::inspect(dir)?;
        let mut notes = Vec::new();
        if facts.shallow {
            notes.push(format!(
                "{} is a shallow clone: only the history it holds was read. Run git fetch --unshallow in it for the rest.",
                repo.name
            ));
        }
        let Some(head) = facts.head else {
            notes.push(format!("{} has no commits yet.", repo.name));
            return Ok(ScanReport { repo, commits_read: 0, proposed: 0, notes });
        };
        if repo.last_seen.as_deref() == Some(head.as_str()) {
            return Ok(ScanReport { repo, commits_read: 0, proposed: 0, notes });
        }
        let from_last = match &repo.last_seen {
            Some(last) if git::has_commit(dir, last)? => Some(last.clone()),
            _ => None,
        };
        let (range, since_arg) = match &from_last {
            Some(last) => (vec![format!("^{last}"), head.clone()], None),
            None => (vec![head.clone()], Some(since.to_string())),
        };
        let (commits, sizes) = git::read_history(dir, &range, since_arg.as_deref(), &emails)?;
        let sizes: HashMap<String, git::CommitSize> = sizes.into_iter().collect();
        let known = self.known_commits(repo_id)?;
        let groups: Vec<group::Group> = group::group(&commits, &sizes, &emails, &head)
            .into_iter()
            .map(|mut g| {
                g.shas.retain(|s| !known.contains(s));
                g
            })
            .filter(|g| !g.shas.is_empty())
            .collect();
        let commits_read = commits.len() as u32;
        if groups.is_empty() && from_last.is_none() {
            notes.push(format!(
                "No commits by {} in {} since {since}. Check the emails: git log --format=%ae shows the ones used there.",
                emails.join(", "),
                repo.name
            ));
            return Ok(ScanReport { repo, commits_read, proposed: 0, notes });
        }
        let proposed = self.atomically("store what the scan found", || {
            let mut proposed = 0;
            for g in &groups {
                if self.propose(repo_id, g)? {
                    proposed += 1;
                }
            }
            self.conn
                .execute(
                    "UPDATE git_repo SET last_seen = ?2, scanned_at = ?3, shallow = ?4 WHERE id = ?1",
                    params![repo_id, head, self.clock.now(), facts.shallow],
                )
                .or_storage("store what the scan found")?;
            Ok(proposed)
        })?;
        Ok(ScanReport { repo: self.get_git_repo(repo_id)?, commits_read, proposed, notes })
    }

    fn known_commits(&self, repo_id: i64) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT k.sha FROM git_commit k JOIN git_candidate c ON c.id = k.candidate_id WHERE c.repo_id = ?1",
            )
            .or_storage("read the commits seen")?;
        let rows = stmt.query_map([repo_id], |r| r.get(0)).or_storage("read the commits seen")?;
        rows.collect::<rusqlite::Result<_>>().or_storage("read the commits seen")
    }

    /// Adds a group as a candidate, or its new commits to the open candidate of the same key.
    /// Returns whether a new candidate was proposed.
    fn propose(&self, repo_id: i64, g: &group::Group) -> Result<bool> {
        let fail = |e| Error::storage("store what the scan found", e);
        let existing: Option<(i64, CandidateState)> = self
            .conn
            .query_row(
                "SELECT id, state FROM git_candidate WHERE repo_id = ?1 AND key = ?2",
                params![repo_id, g.key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(fail)?;
        let (id, new) = match existing {
            Some((_, CandidateState::Accepted | CandidateState::Dismissed)) => return Ok(false),
            Some((id, CandidateState::Open)) => {
                self.conn
                    .execute(
                        "UPDATE git_candidate SET commits = commits + ?2, files = files + ?3, added = added + ?4, \
                         deleted = deleted + ?5, day = max(day, ?6) WHERE id = ?1",
                        params![id, g.shas.len() as i64, g.files as i64, g.added as i64, g.deleted as i64, g.day],
                    )
                    .map_err(fail)?;
                (id, false)
            }
            None => {
                self.conn
                    .execute(
                        "INSERT INTO git_candidate (repo_id, key, title, day, commits, files, added, deleted, state) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'open')",
                        params![
                            repo_id,
                            g.key,
                            g.title,
                            g.day,
                            g.shas.len() as i64,
                            g.files as i64,
                            g.added as i64,
                            g.deleted as i64
                        ],
                    )
                    .map_err(fail)?;
                (self.conn.last_insert_rowid(), true)
            }
        };
        let mut stmt = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO git_commit (candidate_id, sha) VALUES (?1, ?2)")
            .map_err(fail)?;
        for sha in &g.shas {
            stmt.execute(params![id, sha]).map_err(fail)?;
        }
        Ok(new)
    }

    /// The harvest of a plan: the repositories, the emails, and the open candidates dated in the
    /// plan's window, newest first.
    pub fn harvest(&self, plan_id: i64) -> Result<Harvest> {
        let plan = self.get_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {CANDIDATE_COLUMNS} FROM git_candidate c JOIN git_repo r ON r.id = c.repo_id \
                 WHERE c.day BETWEEN ?1 AND ?2 ORDER BY c.day DESC, c.id DESC"
            ))
            .or_storage("read the candidates")?;
        let rows =
            stmt.query_map(params![plan.start_date, plan.end_date], candidate_row).or_storage("read the candidates")?;
        let all = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the candidates")?;
        let decided = all.iter().filter(|c| c.state != CandidateState::Open).count() as u32;
        Ok(Harvest {
            repos: self.list_git_repos()?,
            authors: self.git_authors()?,
            candidates: all.into_iter().filter(|c| c.state == CandidateState::Open).collect(),
            decided,
        })
    }

    fn get_candidate(&self, id: i64) -> Result<GitCandidate> {
        self.conn
            .query_row(
                &format!("SELECT {CANDIDATE_COLUMNS} FROM git_candidate c JOIN git_repo r ON r.id = c.repo_id WHERE c.id = ?1"),
                [id],
                candidate_row,
            )
            .optional()
            .or_storage("read the candidate")?
            .ok_or(Error::NotFound { what: "Candidate", id })
    }

    fn open_candidate(&self, id: i64) -> Result<GitCandidate> {
        let c = self.get_candidate(id)?;
        match c.state {
            CandidateState::Open => Ok(c),
            CandidateState::Accepted => Err(Error::Conflict(format!("“{}” was accepted as a win already.", c.title))),
            CandidateState::Dismissed => Err(Error::Conflict(format!("“{}” was dismissed already.", c.title))),
        }
    }

    /// The win a candidate would become, for the person to edit before accepting it.
    pub fn candidate_win_draft(&self, id: i64) -> Result<WinInput> {
        let c = self.get_candidate(id)?;
        let lines =
            if c.added + c.deleted > 0 { format!(", +{} −{} lines", c.added, c.deleted) } else { String::new() };
        let commits = if c.commits == 1 { "1 commit".to_owned() } else { format!("{} commits", c.commits) };
        let files = if c.files == 1 { "1 file".to_owned() } else { format!("{} files", c.files) };
        Ok(WinInput {
            date: c.day.to_string(),
            title: c.title,
            situation: String::new(),
            my_part: String::new(),
            what_happened: format!("Merged in {}: {commits}, {files}{lines}.", c.repo),
            metric: String::new(),
            baseline: None,
            result: None,
            unit: String::new(),
            impact_note: String::new(),
            witnesses: String::new(),
            skill_ids: Vec::new(),
        })
    }

    /// Accepts a candidate as the win `input` (the person's edit of the draft) in one transaction:
    /// the win is logged, and the candidate's commits are never proposed again.
    pub fn accept_candidate(&self, plan_id: i64, id: i64, input: &WinInput) -> Result<Win> {
        self.open_candidate(id)?;
        self.atomically("accept the candidate", || {
            let win = self.create_win(plan_id, input)?;
            self.conn
                .execute("UPDATE git_candidate SET state = 'accepted', win_id = ?2 WHERE id = ?1", params![id, win.id])
                .or_storage("accept the candidate")?;
            Ok(win)
        })
    }

    /// Dismisses a candidate: it is not proposed again.
    pub fn dismiss_candidate(&self, id: i64) -> Result<GitCandidate> {
        self.open_candidate(id)?;
        self.conn
            .execute("UPDATE git_candidate SET state = 'dismissed' WHERE id = ?1", [id])
            .or_storage("dismiss the candidate")?;
        self.get_candidate(id)
    }
}
