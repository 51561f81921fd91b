//! Career frameworks kept in the store: importing one (or a changed version of one, after seeing
//! what changes), listing them, and reading one whole. A framework is shared by every plan; which
//! plan uses it, and at what levels, is `plan_ladder.rs`.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::framework_file::FrameworkDraft;
use crate::store::Store;

/// A framework in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// The file it was last imported from (its name only).
    pub source: String,
    pub levels: Vec<FrameworkLevel>,
    pub topic_count: u32,
    pub expectation_count: u32,
    /// How many plans are held against it.
    pub plan_count: u32,
    /// Cairn's own ladder: not editable, copyable.
    pub builtin: bool,
    pub updated_at: DateTime<Utc>,
}

/// One step of a framework's ladder; `position` 1 is the lowest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkLevel {
    #[ts(type = "number")]
    pub id: i64,
    pub position: u32,
    pub name: String,
}

/// A topic and its expectations, lowest level first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkTopic {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub expectations: Vec<Expectation>,
}

/// What one level expects in one topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Expectation {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub level_id: i64,
    pub text: String,
    pub examples: Vec<String>,
}

/// A whole framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Framework {
    pub summary: FrameworkSummary,
    pub topics: Vec<FrameworkTopic>,
}

/// One line of what an import changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpectationChange {
    pub topic: String,
    pub level: String,
    pub text: String,
    /// Evidence linked to a removed expectation, which goes with it.
    pub evidence_count: u32,
}

/// What importing a file would do, shown before it is applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkImportPreview {
    pub name: String,
    /// The framework of the same name it would change, if there is one.
    #[ts(type = "number | null")]
    pub replaces: Option<i64>,
    pub levels: Vec<String>,
    pub topic_count: u32,
    pub expectation_count: u32,
    pub levels_added: Vec<String>,
    pub levels_removed: Vec<String>,
    pub topics_added: Vec<String>,
    pub topics_removed: Vec<String>,
    pub expectations_added: Vec<ExpectationChange>,
    pub expectations_removed: Vec<ExpectationChange>,
    /// Expectations whose examples changed (their evidence stays).
    pub examples_changed: u32,
    /// Nothing would change: the same file was imported before.
    pub unchanged: bool,
}

const EXAMPLE_SEPARATOR: char = '\n';

impl Store {
    /// Every framework, by name.
    pub fn list_frameworks(&self) -> Result<Vec<FrameworkSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT f.id, f.name, f.source, f.updated_at, \
                    (SELECT count(*) FROM framework_topic t WHERE t.framework_id = f.id), \
                    (SELECT count(*) FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                        WHERE t.framework_id = f.id), \
                    (SELECT count(*) FROM plan_framework p WHERE p.framework_id = f.id), \
                    f.builtin IS NOT NULL \
                 FROM framework f ORDER BY f.builtin IS NULL, f.name COLLATE NOCASE, f.id",
            )
            .or_storage("read the frameworks")?;
        let rows = stmt
            .query_map([], |r| {
                Ok(FrameworkSummary {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    source: r.get(2)?,
                    updated_at: r.get(3)?,
                    topic_count: r.get(4)?,
                    expectation_count: r.get(5)?,
                    plan_count: r.get(6)?,
                    builtin: r.get(7)?,
                    levels: Vec::new(),
                })
            })
            .or_storage("read the frameworks")?;
        let mut list = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the frameworks")?;
        for f in &mut list {
            f.levels = self.framework_levels(f.id)?;
        }
        Ok(list)
    }

    /// One framework with its topics and expectations.
    pub fn get_framework(&self, id: i64) -> Result<Framework> {
        let summary = self
            .list_frameworks()?
            .into_iter()
            .find(|f| f.id == id)
            .ok_or(Error::NotFound { what: "Framework", id })?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT t.id, t.name, e.id, e.level_id, e.text, e.examples \
                 FROM framework_topic t LEFT JOIN expectation e ON e.topic_id = t.id \
                 LEFT JOIN framework_level l ON l.id = e.level_id \
                 WHERE t.framework_id = ?1 ORDER BY t.position, l.position, e.position",
            )
            .or_storage("read the framework")?;
        let mut rows = stmt.query([id]).or_storage("read the framework")?;
        let mut topics: Vec<FrameworkTopic> = Vec::new();
        while let Some(r) = rows.next().or_storage("read the framework")? {
            let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<(i64, String, Option<Expectation>)> {
                let expectation = match r.get::<_, Option<i64>>(2)? {
                    Some(eid) => Some(Expectation {
                        id: eid,
                        level_id: r.get(3)?,
                        text: r.get(4)?,
                        examples: split_examples(&r.get::<_, String>(5)?),
                    }),
                    None => None,
                };
                Ok((r.get(0)?, r.get(1)?, expectation))
            };
            let (topic_id, name, expectation) = read(r).or_storage("read the framework")?;
            if topics.last().is_none_or(|t| t.id != topic_id) {
                topics.push(FrameworkTopic { id: topic_id, name, expectations: Vec::new() });
            }
            if let (Some(e), Some(t)) = (expectation, topics.last_mut()) {
                t.expectations.push(e);
            }
        }
        Ok(Framework { summary, topics })
    }

    pub(crate) fn framework_levels(&self, framework_id: i64) -> Result<Vec<FrameworkLevel>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, position, name FROM framework_level WHERE framework_id = ?1 ORDER BY position")
            .or_storage("read the framework's levels")?;
        let rows = stmt
            .query_map([framework_id], |r| Ok(FrameworkLevel { id: r.get(0)?, position: r.get(1)?, name: r.get(2)? }))
            .or_storage("read the framework's levels")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the framework's levels")
    }

    /// Deletes a framework; plans held against it keep everything else (their link and the
    /// evidence links to its expectations go with it).
    pub fn delete_framework(&self, id: i64) -> Result<()> {
        self.refuse_builtin(id, "deleted")?;
        self.delete_row("framework", "Framework", "delete the framework", id)
    }

    /// What importing `draft` would add, remove and keep, without writing anything. A framework of
    /// the same name is the one it changes.
    pub fn preview_framework_import(&self, draft: &FrameworkDraft) -> Result<FrameworkImportPreview> {
        let mut preview = FrameworkImportPreview {
            name: draft.name.clone(),
            replaces: None,
            levels: draft.levels.clone(),
            topic_count: draft.topics.len() as u32,
            expectation_count: draft.expectation_count() as u32,
            levels_added: Vec::new(),
            levels_removed: Vec::new(),
            topics_added: Vec::new(),
            topics_removed: Vec::new(),
            expectations_added: Vec::new(),
            expectations_removed: Vec::new(),
            examples_changed: 0,
            unchanged: false,
        };
        let Some(existing) = self.framework_by_name(&draft.name)? else {
            preview.levels_added = draft.levels.clone();
            preview.topics_added = draft.topics.iter().map(|t| t.name.clone()).collect();
            return Ok(preview);
        };
        self.refuse_builtin(existing, "changed by an import")?;
        preview.replaces = Some(existing);
        let old = self.get_framework(existing)?;
        let old_level = |id: i64| old.summary.levels.iter().find(|l| l.id == id).map_or("", |l| l.name.as_str());
        preview.levels_added =
            draft.levels.iter().filter(|l| !old.summary.levels.iter().any(|o| o.name == **l)).cloned().collect();
        preview.levels_removed =
            old.summary.levels.iter().filter(|o| !draft.levels.contains(&o.name)).map(|o| o.name.clone()).collect();
        for topic in &draft.topics {
            let Some(was) = old.topics.iter().find(|t| same_name(&t.name, &topic.name)) else {
                preview.topics_added.push(topic.name.clone());
                for e in &topic.expectations {
                    preview.expectations_added.push(change(&topic.name, &draft.levels[e.level], &e.text, 0));
                }
                continue;
            };
            for e in &topic.expectations {
                let level = &draft.levels[e.level];
                match was.expectations.iter().find(|o| old_level(o.level_id) == level && o.text == e.text) {
                    Some(o) if o.examples != e.examples => preview.examples_changed += 1,
                    Some(_) => {}
                    None => preview.expectations_added.push(change(&topic.name, level, &e.text, 0)),
                }
            }
            for o in &was.expectations {
                let level = old_level(o.level_id);
                let kept = topic.expectations.iter().any(|e| draft.levels[e.level] == level && e.text == o.text);
                if !kept {
                    let evidence = self.evidence_count(o.id)?;
                    preview.expectations_removed.push(change(&topic.name, level, &o.text, evidence));
                }
            }
        }
        for was in &old.topics {
            if !draft.topics.iter().any(|t| same_name(&t.name, &was.name)) {
                preview.topics_removed.push(was.name.clone());
                for o in &was.expectations {
                    let evidence = self.evidence_count(o.id)?;
                    preview.expectations_removed.push(change(&was.name, old_level(o.level_id), &o.text, evidence));
                }
            }
        }
        let level_order_same =
            old.summary.levels.iter().map(|l| l.name.as_str()).eq(draft.levels.iter().map(String::as_str));
        let topic_order_same =
            old.topics.iter().map(|t| t.name.as_str()).eq(draft.topics.iter().map(|t| t.name.as_str()));
        preview.unchanged = level_order_same
            && topic_order_same
            && preview.expectations_added.is_empty()
            && preview.expectations_removed.is_empty()
            && preview.examples_changed == 0;
        Ok(preview)
    }

    /// Imports `draft` from the file called `source`: a new framework, or the changes to the one of
    /// the same name (expectations kept by topic, level and text keep their evidence). All or
    /// nothing. A level a plan stands at cannot be removed.
    pub fn import_framework(&self, draft: &FrameworkDraft, source: &str) -> Result<FrameworkSummary> {
        let now = self.clock.now();
        let source: String = source.rsplit(['/', '\\']).next().unwrap_or(source).chars().take(200).collect();
        let id = self.atomically("import the framework", || {
            let id = match self.framework_by_name(&draft.name)? {
                Some(id) => {
                    self.refuse_builtin(id, "changed by an import")?;
                    self.conn
                        .execute(
                            "UPDATE framework SET source = ?2, updated_at = ?3 WHERE id = ?1",
                            params![id, source, now],
                        )
                        .or_storage("import the framework")?;
                    id
                }
                None => {
                    self.conn
                        .execute(
                            "INSERT INTO framework (name, source, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                            params![draft.name, source, now],
                        )
                        .or_storage("import the framework")?;
                    self.conn.last_insert_rowid()
                }
            };
            let level_ids = self.sync_levels(id, &draft.levels)?;
            self.sync_topics(id, draft, &level_ids)?;
            Ok(id)
        })?;
        self.list_frameworks()?.into_iter().find(|f| f.id == id).ok_or(Error::NotFound { what: "Framework", id })
    }

    fn framework_by_name(&self, name: &str) -> Result<Option<i64>> {
        self.conn
            .query_row("SELECT id FROM framework WHERE name = ?1", [name], |r| r.get(0))
            .optional()
            .or_storage("read the frameworks")
    }

    fn evidence_count(&self, expectation_id: i64) -> Result<u32> {
        self.conn
            .query_row("SELECT count(*) FROM evidence WHERE expectation_id = ?1", [expectation_id], |r| r.get(0))
            .or_storage("count the evidence")
    }

    /// Levels by name: kept ones move to their new place, new ones are added, missing ones removed
    /// (refused while a plan stands at one). Returns the ids in the draft's order.
    pub(crate) fn sync_levels(&self, framework_id: i64, levels: &[String]) -> Result<Vec<i64>> {
        let old = self.framework_levels(framework_id)?;
        for gone in old.iter().filter(|o| !levels.contains(&o.name)) {
            let plan: Option<String> = self
                .conn
                .query_row(
                    "SELECT p.title FROM plan_framework pf JOIN plan p ON p.id = pf.plan_id \
                     WHERE pf.current_level_id = ?1 OR pf.target_level_id = ?1 LIMIT 1",
                    [gone.id],
                    |r| r.get(0),
                )
                .optional()
                .or_storage("import the framework")?;
            if let Some(plan) = plan {
                return Err(Error::Conflict(format!(
                    "The new file has no level “{}”, but the plan “{plan}” stands at it. Choose other levels \
                     for that plan first; nothing was imported.",
                    gone.name
                )));
            }
            self.conn
                .execute("DELETE FROM framework_level WHERE id = ?1", [gone.id])
                .or_storage("import the framework")?;
        }
        // Positions are unique: move the kept ones out of the way first.
        self.conn
            .execute("UPDATE framework_level SET position = -position WHERE framework_id = ?1", [framework_id])
            .or_storage("import the framework")?;
        let mut ids = Vec::with_capacity(levels.len());
        for (i, name) in levels.iter().enumerate() {
            let position = i as i64 + 1;
            match old.iter().find(|o| o.name == *name) {
                Some(o) => {
                    self.conn
                        .execute("UPDATE framework_level SET position = ?2 WHERE id = ?1", params![o.id, position])
                        .or_storage("import the framework")?;
                    ids.push(o.id);
                }
                None => {
                    self.conn
                        .execute(
                            "INSERT INTO framework_level (framework_id, position, name) VALUES (?1, ?2, ?3)",
                            params![framework_id, position, name],
                        )
                        .or_storage("import the framework")?;
                    ids.push(self.conn.last_insert_rowid());
                }
            }
        }
        Ok(ids)
    }

    /// Topics by name, expectations by (topic, level, text); kept rows keep their ids and so their
    /// evidence and ratings.
    pub(crate) fn sync_topics(&self, framework_id: i64, draft: &FrameworkDraft, level_ids: &[i64]) -> Result<()> {
        let fail = |e| Error::storage("import the framework", e);
        let old = self.get_framework(framework_id)?.topics;
        for gone in old.iter().filter(|o| !draft.topics.iter().any(|t| same_name(&t.name, &o.name))) {
            self.conn.execute("DELETE FROM framework_topic WHERE id = ?1", [gone.id]).map_err(fail)?;
        }
        self.conn
            .execute("UPDATE framework_topic SET position = -position WHERE framework_id = ?1", [framework_id])
            .map_err(fail)?;
        for (i, topic) in draft.topics.iter().enumerate() {
            let position = i as i64 + 1;
            let was = old.iter().find(|o| same_name(&o.name, &topic.name));
            let topic_id = match was {
                Some(o) => {
                    self.conn
                        .execute(
                            "UPDATE framework_topic SET position = ?2, name = ?3 WHERE id = ?1",
                            params![o.id, position, topic.name],
                        )
                        .map_err(fail)?;
                    o.id
                }
                None => {
                    self.conn
                        .execute(
                            "INSERT INTO framework_topic (framework_id, position, name) VALUES (?1, ?2, ?3)",
                            params![framework_id, position, topic.name],
                        )
                        .map_err(fail)?;
                    self.conn.last_insert_rowid()
                }
            };
            let old_expectations = was.map_or(&[][..], |o| o.expectations.as_slice());
            let mut kept = Vec::new();
            for (j, e) in topic.expectations.iter().enumerate() {
                let level_id = level_ids[e.level];
                let examples = e.examples.join(&EXAMPLE_SEPARATOR.to_string());
                match old_expectations
                    .iter()
                    .find(|o| o.level_id == level_id && o.text == e.text && !kept.contains(&o.id))
                {
                    Some(o) => {
                        self.conn
                            .execute(
                                "UPDATE expectation SET position = ?2, examples = ?3 WHERE id = ?1",
                                params![o.id, j as i64 + 1, examples],
                            )
                            .map_err(fail)?;
                        kept.push(o.id);
                    }
                    None => {
                        self.conn
                            .execute(
                                "INSERT INTO expectation (topic_id, level_id, position, text, examples) \
                                 VALUES (?1, ?2, ?3, ?4, ?5)",
                                params![topic_id, level_id, j as i64 + 1, e.text, examples],
                            )
                            .map_err(fail)?;
                    }
                }
            }
            for o in old_expectations.iter().filter(|o| !kept.contains(&o.id)) {
                self.conn.execute("DELETE FROM expectation WHERE id = ?1", [o.id]).map_err(fail)?;
            }
        }
        Ok(())
    }
}

fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn change(topic: &str, level: &str, text: &str, evidence_count: u32) -> ExpectationChange {
    ExpectationChange { topic: topic.to_owned(), level: level.to_owned(), text: text.to_owned(), evidence_count }
}

pub(crate) fn split_examples(stored: &str) -> Vec<String> {
    stored.split(EXAMPLE_SEPARATOR).filter(|x| !x.is_empty()).map(str::to_owned).collect()
}
