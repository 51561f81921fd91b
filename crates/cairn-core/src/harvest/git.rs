//! Reading a repository's history with the `git` program (chosen over libgit2 and gitoxide by
//! measurement: ARCHITECTURE.md, BENCHMARKS.md). Only `rev-parse` and `log` are run, with
//! arguments Cairn builds (a path is never parsed as an option), no pager, no prompts, no
//! signature checks, no external diff or text conversion, and no lazy fetch of a partial clone's
//! missing objects: nothing reaches the network and nothing of the person's code is read beyond
//! the counts of changed lines.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::{Error, Result};

/// One commit as the history walk sees it (any author).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogCommit {
    pub sha: String,
    pub parents: Vec<String>,
    pub email: String,
    /// Author time, seconds since the epoch.
    pub time: i64,
    pub subject: String,
    pub body: String,
}

/// The size of one of the person's commits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitSize {
    pub paths: Vec<String>,
    pub added: u64,
    pub deleted: u64,
}

/// What `rev-parse` says of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoFacts {
    pub top: String,
    pub shallow: bool,
    /// The commit checked out, or None in a repository without commits.
    pub head: Option<String>,
}

fn git(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir);
    for c in [
        "core.fsmonitor=false",
        "core.quotePath=false",
        "core.pager=cat",
        "log.showSignature=false",
        "protocol.allow=never",
        "diff.external=",
        "color.ui=false",
    ] {
        cmd.args(["-c", c]);
    }
    // What the environment may say about another repository, or a prompt, is not ours to follow.
    for var in
        ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES"]
    {
        cmd.env_remove(var);
    }
    cmd.env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_PAGER", "cat")
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    cmd
}

fn no_git(err: std::io::Error) -> Error {
    if err.kind() == std::io::ErrorKind::NotFound {
        Error::validation(
            "path",
            "Cairn reads history with the git program, which is not installed here. Install git (on Debian or Ubuntu: \
             sudo apt install git) and try again.",
        )
    } else {
        Error::validation("path", format!("The git program could not be started: {err}."))
    }
}

fn first_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .map(|l| l.trim_start_matches("fatal: ").trim_start_matches("error: ").trim())
        .find(|l| !l.is_empty())
        .unwrap_or("no reason given")
        .to_owned()
}

/// Checks `dir` is the working copy of a repository: its top folder, whether it is shallow, and
/// its HEAD. Bare repositories, other folders and missing folders get a sentence each.
pub fn inspect(dir: &Path) -> Result<RepoFacts> {
    let shown = dir.display();
    if !dir.exists() {
        return Err(Error::validation(
            "path",
            format!("The folder {shown} is not there any more (moved or deleted?). Add it again from where it is now."),
        ));
    }
    if !dir.is_dir() {
        return Err(Error::validation(
            "path",
            format!("{shown} is a file, not a folder. Choose the repository's folder."),
        ));
    }
    let out = git(dir)
        .args(["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--show-toplevel"])
        .output()
        .map_err(no_git)?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let bare = lines.next() == Some("true");
    if bare {
        return Err(Error::validation(
            "path",
            format!(
                "{shown} is a bare repository (history without a working copy). Add the folder you work in, the one \
                 you cloned it into."
            ),
        ));
    }
    if !out.status.success() {
        let why = first_line(&out.stderr);
        if why.contains("dubious ownership") {
            return Err(Error::validation(
                "path",
                format!("{shown} belongs to another user, so git will not read it for you ({why})."),
            ));
        }
        return Err(Error::validation(
            "path",
            format!("{shown} is not a git repository: no history was found in it or in a folder above it."),
        ));
    }
    let shallow = lines.next() == Some("true");
    let top = lines.next().unwrap_or_default().to_owned();
    let head = git(dir).args(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).output().map_err(no_git)?;
    let head = head.status.success().then(|| String::from_utf8_lossy(&head.stdout).trim().to_owned());
    Ok(RepoFacts { top, shallow, head })
}

/// Whether `sha` is still a commit of the repository (a rewritten history may have lost it).
pub fn has_commit(dir: &Path, sha: &str) -> Result<bool> {
    let out = git(dir).args(["cat-file", "-e", &format!("{sha}^{{commit}}")]).output().map_err(no_git)?;
    Ok(out.status.success())
}

fn unreadable(dir: &Path, why: &str) -> Error {
    Error::validation(
        "path",
        format!(
            "The history of {} could not be read: {why}. The repository may be damaged (git fsck says more); nothing \
             was stored.",
            dir.display()
        ),
    )
}

/// Runs `git log` with `args` and hands back its standard output (read to the end while it runs).
fn run_log(dir: &Path, args: &[String]) -> Result<std::thread::JoinHandle<Result<Vec<u8>>>> {
    let mut child = git(dir)
        .args(["log", "--no-color", "--no-mailmap", "--no-ext-diff", "--no-textconv", "--no-renames"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(no_git)?;
    let dir = dir.to_path_buf();
    Ok(std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut err = Vec::new();
        child.stdout.take().map(|mut s| s.read_to_end(&mut out));
        child.stderr.take().map(|mut s| s.read_to_end(&mut err));
        let status = child.wait().map_err(|e| unreadable(&dir, &e.to_string()))?;
        if status.success() { Ok(out) } else { Err(unreadable(&dir, &first_line(&err))) }
    }))
}

fn joined(handle: std::thread::JoinHandle<Result<Vec<u8>>>) -> Result<Vec<u8>> {
    handle.join().unwrap_or_else(|_| Err(Error::validation("path", "Reading the history stopped unexpectedly.")))
}

/// Every commit read, and the sizes of the person's by commit id.
pub type History = (Vec<LogCommit>, Vec<(String, CommitSize)>);

/// Reads the commits of `range` (for example `HEAD` or `^<last seen> HEAD`) since `since`: every
/// commit's parents, author and message, and the size of those by `emails` — two walks at once.
pub fn read_history(dir: &Path, range: &[String], since: Option<&str>, emails: &[String]) -> Result<History> {
    let mut common: Vec<String> = Vec::new();
    if let Some(since) = since {
        common.push(format!("--since={since}T00:00:00"));
    }
    let mut graph = common.clone();
    graph.push("--format=%H%x1f%P%x1f%ae%x1f%at%x1f%s%x1f%b%x1e".into());
    graph.push("--end-of-options".into());
    graph.extend(range.iter().cloned());
    let mut sizes = common;
    sizes.extend(["--no-merges".into(), "--numstat".into(), "--fixed-strings".into(), "--regexp-ignore-case".into()]);
    sizes.extend(emails.iter().map(|e| format!("--author=<{e}>")));
    sizes.push("--format=%x1e%H".into());
    sizes.push("--end-of-options".into());
    sizes.extend(range.iter().cloned());
    let graph = run_log(dir, &graph)?;
    let sizes = run_log(dir, &sizes)?;
    let graph = joined(graph)?;
    let sizes = joined(sizes)?;
    Ok((parse_graph(&graph), parse_sizes(&sizes)))
}

/// Parses `%H␟%P␟%ae␟%at␟%s␟%b␞` records.
pub fn parse_graph(out: &[u8]) -> Vec<LogCommit> {
    let text = String::from_utf8_lossy(out);
    text.split('\x1e')
        .filter_map(|record| {
            let mut f = record.trim_start_matches('\n').splitn(6, '\x1f');
            let sha = f.next()?.trim().to_owned();
            if sha.len() < 40 {
                return None;
            }
            Some(LogCommit {
                sha,
                parents: f.next()?.split_whitespace().map(str::to_owned).collect(),
                email: f.next()?.to_owned(),
                time: f.next()?.parse().ok()?,
                subject: f.next()?.to_owned(),
                body: f.next().unwrap_or_default().trim().to_owned(),
            })
        })
        .collect()
}

/// Parses `␞%H` records each followed by numstat lines (`added<TAB>deleted<TAB>path`; `-` for a
/// binary file's lines).
pub fn parse_sizes(out: &[u8]) -> Vec<(String, CommitSize)> {
    let text = String::from_utf8_lossy(out);
    text.split('\x1e')
        .filter_map(|record| {
            let mut lines = record.lines();
            let sha = lines.next()?.trim().to_owned();
            if sha.len() < 40 {
                return None;
            }
            let mut size = CommitSize::default();
            for line in lines {
                let mut f = line.splitn(3, '\t');
                let (Some(a), Some(d), Some(path)) = (f.next(), f.next(), f.next()) else { continue };
                size.added += a.parse::<u64>().unwrap_or(0);
                size.deleted += d.parse::<u64>().unwrap_or(0);
                size.paths.push(path.to_owned());
            }
            Some((sha, size))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_records_keep_multi_line_bodies_and_merges() {
        let sha = "a".repeat(40);
        let (p1, p2) = ("b".repeat(40), "c".repeat(40));
        let out = format!(
            "{sha}\x1f{p1} {p2}\x1fme@x.org\x1f1764547200\x1fMerge pull request #7\x1fFaster search\n\nmore\x1e\n"
        );
        let commits = parse_graph(out.as_bytes());
        assert_eq!(commits.len(), 1);
        assert_eq!(commits[0].parents, [p1, p2]);
        assert_eq!(commits[0].body, "Faster search\n\nmore");
        assert_eq!(commits[0].time, 1_764_547_200);
    }

    #[test]
    fn sizes_count_binary_files_without_lines() {
        let sha = "d".repeat(40);
        let out = format!("\x1e{sha}\n\n3\t1\tsrc/a.rs\n-\t-\tlogo.png\n10\t0\tsrc/b c.rs\n");
        let sizes = parse_sizes(out.as_bytes());
        assert_eq!(
            sizes[0].1,
            CommitSize {
                paths: vec!["src/a.rs".into(), "logo.png".into(), "src/b c.rs".into()],
                added: 13,
                deleted: 1
            }
        );
    }
}
