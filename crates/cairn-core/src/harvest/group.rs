//! Turning commits into candidate wins: merged work grouped by its merge commit, else by the
//! change number in the message (a squash-merged pull request's "(#123)", Gerrit's Change-Id,
//! Phabricator's Differential Revision), else by day and subject. Pure: commits in, groups out.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate};

use crate::harvest::git::{CommitSize, LogCommit};

/// One group of the person's commits, proposed as one win.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// What makes it one piece of work: `merge:<sha>`, `change:<number>` or `day:<date>:<subject>`.
    pub key: String,
    pub title: String,
    pub day: NaiveDate,
    /// The person's commits in it, newest first.
    pub shas: Vec<String>,
    pub files: u64,
    pub added: u64,
    pub deleted: u64,
}

fn day_of(time: i64) -> NaiveDate {
    DateTime::from_timestamp(time, 0).map_or(NaiveDate::MIN, |t| t.date_naive())
}

/// The change number a message names, if any.
pub fn change_number(subject: &str, body: &str) -> Option<String> {
    // "Fix the cache (#123)" at the end of the subject: a squash-merged pull request.
    if let Some(rest) = subject.trim_end().strip_suffix(')')
        && let Some(i) = rest.rfind("(#")
        && !rest[i + 2..].is_empty()
        && rest[i + 2..].bytes().all(|b| b.is_ascii_digit())
    {
        return Some(format!("#{}", &rest[i + 2..]));
    }
    for line in body.lines().map(str::trim) {
        if let Some(id) = line.strip_prefix("Change-Id:") {
            let id = id.trim();
            if id.len() > 1 && id.starts_with('I') && id[1..].bytes().all(|b| b.is_ascii_hexdigit()) {
                return Some(id.to_owned());
            }
        }
        if let Some(url) = line.strip_prefix("Differential Revision:")
            && let Some(d) = url.trim().rsplit('/').next().filter(|d| d.len() > 1 && d.starts_with('D'))
            && d[1..].bytes().all(|b| b.is_ascii_digit())
        {
            return Some(d.to_owned());
        }
    }
    None
}

/// A subject without what a squash or a fix-up adds to it: "(#123)", "fixup! ", "WIP: ".
fn plain_subject(subject: &str) -> String {
    let mut s = subject.trim();
    loop {
        let before = s;
        for prefix in ["fixup! ", "squash! ", "amend! ", "WIP: ", "WIP ", "wip: "] {
            s = s.strip_prefix(prefix).unwrap_or(s).trim_start();
        }
        if s == before {
            break;
        }
    }
    if let Some(rest) = s.strip_suffix(')')
        && let Some(i) = rest.rfind(" (#")
        && rest[i + 3..].bytes().all(|b| b.is_ascii_digit())
    {
        return rest[..i].trim().to_owned();
    }
    s.to_owned()
}

/// A merge's title: the pull or merge request's title where the message carries one (the first
/// line of its body), else its subject unless that is only "Merge branch …", then the work's
/// oldest subject.
fn merge_title(merge: &LogCommit, oldest: Option<&LogCommit>) -> String {
    let generic = merge.subject.starts_with("Merge ");
    if !generic {
        return plain_subject(&merge.subject);
    }
    // The body's first line, unless it is a trailer ("Signed-off-by: …").
    if (merge.subject.starts_with("Merge pull request") || merge.subject.starts_with("Merge branch"))
        && let Some(line) =
            merge.body.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with("See merge request"))
        && !line.split_once(':').is_some_and(|(k, _)| k.contains('-') && !k.contains(' '))
    {
        return line.to_owned();
    }
    oldest.map_or_else(|| merge.subject.clone(), |c| plain_subject(&c.subject))
}

/// Groups the person's commits among `commits` (newest first, as `git log` gives them; any
/// author). `head` is the tip whose first-parent line is the main line.
pub fn group(commits: &[LogCommit], sizes: &HashMap<String, CommitSize>, emails: &[String], head: &str) -> Vec<Group> {
    let by_sha: HashMap<&str, &LogCommit> = commits.iter().map(|c| (c.sha.as_str(), c)).collect();
    let mine = |c: &LogCommit| emails.iter().any(|e| e.eq_ignore_ascii_case(&c.email));
    // The main line: first parents from the tip, within what was read.
    let mut mainline: Vec<&LogCommit> = Vec::new();
    let mut at = by_sha.get(head).copied();
    while let Some(c) = at {
        mainline.push(c);
        at = c.parents.first().and_then(|p| by_sha.get(p.as_str()).copied());
    }
    let on_mainline: HashSet<&str> = mainline.iter().map(|c| c.sha.as_str()).collect();
    // Each commit a merge brought in belongs to the oldest merge that reached it.
    let mut merged_by: HashMap<&str, &str> = HashMap::new();
    for m in mainline.iter().rev().filter(|c| c.parents.len() > 1) {
        let mut stack: Vec<&str> = m.parents[1..].iter().map(String::as_str).collect();
        while let Some(sha) = stack.pop() {
            if on_mainline.contains(sha) || merged_by.contains_key(sha) {
                continue;
            }
            let Some(c) = by_sha.get(sha) else { continue };
            merged_by.insert(sha, m.sha.as_str());
            stack.extend(c.parents.iter().map(String::as_str));
        }
    }
    // Groups in the order their first commit appears (newest first).
    let mut order: Vec<String> = Vec::new();
    let mut members: HashMap<String, (Vec<&LogCommit>, Option<&LogCommit>)> = HashMap::new();
    for c in commits.iter().filter(|c| c.parents.len() <= 1 && mine(c)) {
        let (key, merge) = match merged_by.get(c.sha.as_str()) {
            Some(m) => (format!("merge:{m}"), by_sha.get(m).copied()),
            None => match change_number(&c.subject, &c.body) {
                Some(n) => (format!("change:{n}"), None),
                None => (format!("day:{}:{}", day_of(c.time), plain_subject(&c.subject).to_lowercase()), None),
            },
        };
        let entry = members.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            (Vec::new(), merge)
        });
        entry.0.push(c);
    }
    order
        .into_iter()
        .filter_map(|key| {
            let (list, merge) = members.remove(&key)?;
            let newest = list.first()?;
            let title = match merge {
                Some(m) => merge_title(m, list.last().copied()),
                None => plain_subject(&newest.subject),
            };
            let day = day_of(merge.map_or(newest.time, |m| m.time));
            let mut paths: HashSet<&str> = HashSet::new();
            let (mut added, mut deleted) = (0, 0);
            for c in &list {
                if let Some(s) = sizes.get(&c.sha) {
                    paths.extend(s.paths.iter().map(String::as_str));
                    added += s.added;
                    deleted += s.deleted;
                }
            }
            let title: String = title.chars().take(crate::win::WIN_TITLE_MAX).collect();
            Some(Group {
                key: key.chars().take(300).collect(),
                title: if title.trim().is_empty() { "Untitled change".into() } else { title },
                day,
                shas: list.iter().map(|c| c.sha.clone()).collect(),
                files: paths.len() as u64,
                added,
                deleted,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(sha: char, parents: &[char], email: &str, time: i64, subject: &str, body: &str) -> LogCommit {
        LogCommit {
            sha: sha.to_string().repeat(40),
            parents: parents.iter().map(|p| p.to_string().repeat(40)).collect(),
            email: email.into(),
            time,
            subject: subject.into(),
            body: body.into(),
        }
    }

    #[test]
    fn change_numbers_from_squashes_gerrit_and_phabricator() {
        assert_eq!(change_number("Speed up search (#482)", ""), Some("#482".into()));
        assert_eq!(change_number("Speed up search", "Text\n\nChange-Id: I8a3f00b1"), Some("I8a3f00b1".into()));
        assert_eq!(change_number("x", "Differential Revision: https://p.example/D1234"), Some("D1234".into()));
        assert_eq!(change_number("Fix (see #12) later", ""), None);
        assert_eq!(change_number("Bump (#)", ""), None);
    }

    #[test]
    fn a_merge_gathers_its_branch_and_others_work_stays_out() {
        let day = 1_764_547_200;
        // main: a ─ m (merge of b ← c) ─ d (squash "(#9)") ; e by someone else on main.
        let commits = vec![
            commit('e', &['d'], "other@x.org", day + 500, "Not mine", ""),
            commit('d', &['m'], "Me@X.org", day + 400, "Cache the index (#9)", ""),
            commit('m', &['a', 'c'], "other@x.org", day + 300, "Merge pull request #8 from me/search", "Faster search"),
            commit('c', &['b'], "me@x.org", day + 200, "Tune the ranking", ""),
            commit('b', &['a'], "me@x.org", day + 100, "fixup! Start the search", ""),
            commit('a', &[], "me@x.org", day, "Start", ""),
        ];
        let mut sizes = HashMap::new();
        sizes.insert("c".repeat(40), CommitSize { paths: vec!["s.rs".into(), "t.rs".into()], added: 10, deleted: 2 });
        sizes.insert("b".repeat(40), CommitSize { paths: vec!["s.rs".into()], added: 5, deleted: 0 });
        let groups = group(&commits, &sizes, &["me@x.org".into()], &"e".repeat(40));
        let keys: Vec<&str> = groups.iter().map(|g| g.key.split(':').next().unwrap()).collect();
        assert_eq!(keys, ["change", "merge", "day"]);
        assert_eq!(groups[0].title, "Cache the index");
        assert_eq!(groups[1].title, "Faster search");
        assert_eq!(groups[1].shas.len(), 2);
        assert_eq!((groups[1].files, groups[1].added, groups[1].deleted), (2, 15, 2));
        assert_eq!(groups[2].title, "Start");
    }

    #[test]
    fn same_day_same_subject_is_one_piece_of_work() {
        let t = 1_764_547_200;
        let commits = vec![
            commit('c', &['b'], "me@x.org", t + 60, "WIP: Add export", ""),
            commit('b', &['a'], "me@x.org", t + 30, "Add export", ""),
            commit('a', &[], "me@x.org", t - 86_400, "Add export", ""),
        ];
        let groups = group(&commits, &HashMap::new(), &["me@x.org".into()], &"c".repeat(40));
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].shas.len(), 2);
    }
}
