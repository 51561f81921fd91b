//! Cairn's own software-engineering ladder, shipped with the app (`builtin/ladder.md`, our own
//! words) and kept in the same tables as an imported framework, one framework per track. It is
//! there on first run, so readiness works before the person finds their company's ladder. The core
//! refuses to change or delete it; a copy is an ordinary framework the person may re-import.

use rusqlite::{OptionalExtension, params};

use crate::error::{Error, Result, StorageResultExt};
use crate::framework::FrameworkSummary;
use crate::framework_file::{ExpectationDraft, FrameworkDraft, TopicDraft};
use crate::plan::Track;
use crate::store::Store;

const LADDER: &str = include_str!("builtin/ladder.md");

/// The tracks the ladder has, as stored in `framework.builtin`.
pub const BUILTIN_TRACKS: [Track; 3] = [Track::Ic, Track::Manager, Track::Hybrid];

fn track_key(track: Track) -> &'static str {
    match track {
        Track::Ic => "ic",
        Track::Manager => "manager",
        Track::Hybrid => "hybrid",
    }
}

/// The name the built-in ladder of `track` has in the framework list.
pub fn builtin_name(track: Track) -> &'static str {
    match track {
        Track::Ic => "Cairn ladder: individual contributor",
        Track::Manager => "Cairn ladder: engineering manager",
        Track::Hybrid => "Cairn ladder: tech lead",
    }
}

/// The ladder of one track, read from the shipped text. A level line `### Name (track)` belongs
/// to that track only; without a tag it belongs to every track.
pub fn builtin_ladder(track: Track) -> FrameworkDraft {
    let mut draft = FrameworkDraft { name: builtin_name(track).to_owned(), levels: Vec::new(), topics: Vec::new() };
    // Which level the lines below belong to; None while reading another track's level.
    let mut level: Option<usize> = None;
    for line in LADDER.lines() {
        if let Some(topic) = line.strip_prefix("## ") {
            draft.topics.push(TopicDraft { name: topic.trim().to_owned(), expectations: Vec::new() });
            level = None;
        } else if let Some(heading) = line.strip_prefix("### ") {
            let (name, tag) = match heading.trim().strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
                Some((name, tag)) => (name, Some(tag)),
                None => (heading.trim(), None),
            };
            level = if tag.is_none_or(|t| t == track_key(track)) {
                Some(match draft.levels.iter().position(|l| l == name) {
                    Some(i) => i,
                    None => {
                        draft.levels.push(name.to_owned());
                        draft.levels.len() - 1
                    }
                })
            } else {
                None
            };
        } else if let (Some(text), Some(level)) = (line.strip_prefix("- "), level) {
            if let Some(topic) = draft.topics.last_mut() {
                topic.expectations.push(ExpectationDraft { level, text: text.trim().to_owned(), examples: Vec::new() });
            }
        } else if let (Some(example), Some(_)) = (line.trim_start().strip_prefix("e.g. "), level)
            && let Some(e) = draft.topics.last_mut().and_then(|t| t.expectations.last_mut())
        {
            e.examples.push(example.trim().to_owned());
        }
    }
    draft
}

/// A fingerprint of the shipped text (FNV-1a), so a store is brought up to a changed ladder once.
fn ladder_version() -> String {
    let hash = LADDER.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

impl Store {
    /// Puts the built-in ladder in the store, or brings it up to the shipped text (expectations
    /// kept by topic, level and text keep their evidence). Cheap when it is current: one query.
    pub(crate) fn ensure_builtin_frameworks(&self) -> Result<()> {
        self.sync_builtin_frameworks(false)
    }

    /// `ensure_builtin_frameworks`, or with `always` the sync even when the version says current:
    /// after an import, whose file may have changed the built-in rows' words.
    pub(crate) fn sync_builtin_frameworks(&self, always: bool) -> Result<()> {
        let version = ladder_version();
        let current: u32 = self
            .conn
            .query_row(
                "SELECT count(*) FROM framework WHERE builtin IS NOT NULL AND builtin_version = ?1",
                [&version],
                |r| r.get(0),
            )
            .or_storage("read the built-in ladder")?;
        if current as usize == BUILTIN_TRACKS.len() && !always {
            return Ok(());
        }
        let now = self.clock.now();
        self.atomically("install the built-in ladder", || {
            for track in BUILTIN_TRACKS {
                let draft = builtin_ladder(track);
                let fail = |e| Error::storage("install the built-in ladder", e);
                let id: Option<i64> = self
                    .conn
                    .query_row("SELECT id FROM framework WHERE builtin = ?1", [track_key(track)], |r| r.get(0))
                    .optional()
                    .map_err(fail)?;
                let id = match id {
                    Some(id) => id,
                    None => {
                        // A framework the person imported under this name keeps its rows under
                        // another name: the built-in one is Cairn's.
                        self.conn
                            .execute(
                                "UPDATE framework SET name = name || ' (imported)' WHERE name = ?1 AND builtin IS NULL",
                                [&draft.name],
                            )
                            .map_err(fail)?;
                        self.conn
                            .execute(
                                "INSERT INTO framework (name, source, created_at, updated_at, builtin) \
                                 VALUES (?1, 'Built into Cairn', ?2, ?2, ?3)",
                                params![draft.name, now, track_key(track)],
                            )
                            .map_err(fail)?;
                        self.conn.last_insert_rowid()
                    }
                };
                let level_ids = self.sync_levels(id, &draft.levels)?;
                self.sync_topics(id, &draft, &level_ids)?;
                self.conn
                    .execute(
                        "UPDATE framework SET builtin_version = ?2, updated_at = ?3 WHERE id = ?1",
                        params![id, version, now],
                    )
                    .map_err(fail)?;
            }
            Ok(())
        })
    }

    /// The id of the built-in ladder of `track`.
    pub fn builtin_framework_id(&self, track: Track) -> Result<i64> {
        self.conn
            .query_row("SELECT id FROM framework WHERE builtin = ?1", [track_key(track)], |r| r.get(0))
            .or_storage("read the built-in ladder")
    }

    /// Refuses a change to a built-in framework, in a sentence that says what to do instead.
    pub(crate) fn refuse_builtin(&self, framework_id: i64, doing: &str) -> Result<()> {
        let builtin: Option<String> = self
            .conn
            .query_row("SELECT builtin FROM framework WHERE id = ?1", [framework_id], |r| r.get(0))
            .optional()
            .or_storage("read the framework")?
            .flatten();
        match builtin {
            Some(_) => Err(Error::Conflict(format!(
                "Cairn's built-in ladder cannot be {doing}. Make a copy of it and change the copy."
            ))),
            None => Ok(()),
        }
    }

    /// Copies a framework (built-in or not) under a new name: levels, topics, expectations and
    /// examples; no plan uses the copy yet.
    pub fn copy_framework(&self, id: i64, name: &str) -> Result<FrameworkSummary> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > crate::framework_file::FRAMEWORK_NAME_MAX {
            return Err(Error::validation("name", "Give the copy a name of 1 to 120 characters."));
        }
        let taken: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM framework WHERE name = ?1)", [name], |r| r.get(0))
            .or_storage("copy the framework")?;
        if taken {
            return Err(Error::validation("name", "A framework of that name exists already; choose another name."));
        }
        let from = self.get_framework(id)?;
        let levels: Vec<String> = from.summary.levels.iter().map(|l| l.name.clone()).collect();
        let position = |level_id: i64| from.summary.levels.iter().position(|l| l.id == level_id).unwrap_or(0);
        let draft = FrameworkDraft {
            name: name.to_owned(),
            levels,
            topics: from
                .topics
                .iter()
                .map(|t| TopicDraft {
                    name: t.name.clone(),
                    expectations: t
                        .expectations
                        .iter()
                        .map(|e| ExpectationDraft {
                            level: position(e.level_id),
                            text: e.text.clone(),
                            examples: e.examples.clone(),
                        })
                        .collect(),
                })
                .collect(),
        };
        self.import_framework(&draft, &format!("Copy of {}", from.summary.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_track_has_four_levels_seven_topics_and_two_to_five_expectations_per_cell() {
        for track in BUILTIN_TRACKS {
            let draft = builtin_ladder(track);
            assert_eq!(draft.levels.len(), 4, "{track:?}");
            assert_eq!(&draft.levels[..3], ["Early-career engineer", "Mid-level engineer", "Senior engineer"]);
            assert_eq!(draft.topics.len(), 7);
            for topic in &draft.topics {
                for level in 0..draft.levels.len() {
                    let n = topic.expectations.iter().filter(|e| e.level == level).count();
                    assert!((2..=5).contains(&n), "{track:?} {} {}: {n}", topic.name, draft.levels[level]);
                }
            }
        }
        assert_eq!(builtin_ladder(Track::Ic).levels[3], "Staff engineer");
        assert_eq!(builtin_ladder(Track::Manager).levels[3], "Engineering manager");
        assert_eq!(builtin_ladder(Track::Hybrid).levels[3], "Tech lead");
    }

    #[test]
    fn examples_follow_their_expectation_and_tracks_differ_only_at_the_top() {
        let ic = builtin_ladder(Track::Ic);
        let em = builtin_ladder(Track::Manager);
        let depth = &ic.topics[0];
        assert_eq!(depth.name, "Technical depth");
        assert!(depth.expectations[0].examples[0].starts_with("Ships a small feature"));
        let shared = |d: &FrameworkDraft| -> Vec<String> {
            d.topics
                .iter()
                .flat_map(|t| t.expectations.iter().filter(|e| e.level < 3).map(|e| e.text.clone()))
                .collect()
        };
        assert_eq!(shared(&ic), shared(&em));
        assert!(em.topics[5].expectations.iter().any(|e| e.level == 3 && e.text.starts_with("Hires")));
    }
}
