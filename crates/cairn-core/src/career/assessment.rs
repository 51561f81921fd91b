//! Self-assessment snapshots: on a date, the person rates each framework topic (on the framework's
//! levels) or skill (on the 1–5 proficiency scale). Kept as history, so the trend can be charted.

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::skill::PROFICIENCY_SCALE;
use crate::store::Store;
use crate::text::optional_text;
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest note of a snapshot, in characters.
pub const ASSESSMENT_NOTE_MAX: usize = 2000;

/// One rating: of a topic of the plan's framework or of a skill of the plan, never both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    #[ts(type = "number | null")]
    #[serde(default)]
    pub topic_id: Option<i64>,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub skill_id: Option<i64>,
    /// A level position of the framework (1 = lowest) for a topic; 1–5 for a skill.
    pub rating: u32,
}

/// What a person records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentInput {
    pub date: String,
    #[serde(default)]
    pub note: String,
    pub ratings: Vec<Rating>,
}

/// A stored snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub date: NaiveDate,
    pub note: String,
    pub ratings: Vec<Rating>,
}

impl Store {
    /// Records the snapshot of `input.date`, replacing one already recorded that day (all of its
    /// ratings at once, or nothing).
    pub fn record_assessment(&self, plan_id: i64, input: &AssessmentInput) -> Result<Assessment> {
        self.require_plan(plan_id)?;
        let date = parse_date("date", "The date", &input.date)?;
        if date > self.clock.today() {
            return Err(Error::validation("date", "A self-assessment is of today or an earlier day."));
        }
        let note = optional_text("note", "The note", &input.note, ASSESSMENT_NOTE_MAX)?;
        if input.ratings.is_empty() {
            return Err(Error::validation("ratings", "Rate at least one topic or skill."));
        }
        let ladder = self.plan_ladder(plan_id)?;
        let levels = match &ladder {
            Some(l) => self.framework_levels(l.framework_id)?.len() as u32,
            None => 0,
        };
        let mut seen = std::collections::HashSet::new();
        for r in &input.ratings {
            match (r.topic_id, r.skill_id) {
                (Some(topic), None) => {
                    let Some(ladder) = &ladder else {
                        return Err(Error::validation("ratings", "This plan uses no framework: rate its skills."));
                    };
                    let ok: bool = self
                        .conn
                        .query_row(
                            "SELECT EXISTS (SELECT 1 FROM framework_topic WHERE id = ?1 AND framework_id = ?2)",
                            params![topic, ladder.framework_id],
                            |row| row.get(0),
                        )
                        .or_storage("record the self-assessment")?;
                    if !ok {
                        return Err(Error::validation("ratings", "Rate the topics of this plan's framework."));
                    }
                    if r.rating == 0 || r.rating > levels {
                        return Err(Error::validation(
                            "ratings",
                            format!("A topic is rated on the framework's levels, 1 to {levels}."),
                        ));
                    }
                }
                (None, Some(skill)) => {
                    if self.get_skill(skill).map(|s| s.plan_id).ok() != Some(plan_id) {
                        return Err(Error::validation("ratings", "Rate the skills of this plan."));
                    }
                    if r.rating == 0 || r.rating as usize > PROFICIENCY_SCALE.len() {
                        return Err(Error::validation("ratings", "A skill is rated from 1 to 5."));
                    }
                }
                _ => return Err(Error::validation("ratings", "Each rating is of one topic or one skill.")),
            }
            if !seen.insert((r.topic_id, r.skill_id)) {
                return Err(Error::validation("ratings", "Each topic or skill is rated once per day."));
            }
        }
        let id = self.atomically("record the self-assessment", || {
            let fail = |e| Error::storage("record the self-assessment", e);
            self.conn.execute("DELETE FROM assessment WHERE plan_id = ?1 AND date = ?2", params![plan_id, date]).map_err(fail)?;
            self.conn
                .execute(
                    "INSERT INTO assessment (plan_id, date, note, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![plan_id, date, note, self.clock.now()],
                )
                .map_err(fail)?;
            let id = self.conn.last_insert_rowid();
            for r in &input.ratings {
                self.conn
                    .execute(
                        "INSERT INTO assessment_rating (assessment_id, topic_id, skill_id, rating) VALUES (?1, ?2, ?3, ?4)",
                        params![id, r.topic_id, r.skill_id, r.rating],
                    )
                    .map_err(fail)?;
            }
            Ok(id)
        })?;
        self.list_assessments(plan_id)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(Error::NotFound { what: "Self-assessment", id })
    }

    /// The plan's snapshots, oldest first (the order a chart reads them); in each, topics in the
    /// framework's order, then skills in the plan's.
    pub fn list_assessments(&self, plan_id: i64) -> Result<Vec<Assessment>> {
        self.require_plan(plan_id)?;
        let fail = |e| Error::storage("read the self-assessments", e);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.date, a.note, r.topic_id, r.skill_id, r.rating FROM assessment a \
                 LEFT JOIN assessment_rating r ON r.assessment_id = a.id \
                 LEFT JOIN framework_topic t ON t.id = r.topic_id LEFT JOIN skill s ON s.id = r.skill_id \
                 WHERE a.plan_id = ?1 ORDER BY a.date, a.id, r.topic_id IS NULL, t.position, s.position",
            )
            .map_err(fail)?;
        let mut rows = stmt.query([plan_id]).map_err(fail)?;
        let mut list: Vec<Assessment> = Vec::new();
        while let Some(r) = rows.next().map_err(fail)? {
            let id: i64 = r.get(0).map_err(fail)?;
            if list.last().is_none_or(|a| a.id != id) {
                list.push(Assessment {
                    id,
                    plan_id,
                    date: r.get(1).map_err(fail)?,
                    note: r.get(2).map_err(fail)?,
                    ratings: Vec::new(),
                });
            }
            let rating: Option<u32> = r.get(5).map_err(fail)?;
            if let (Some(rating), Some(a)) = (rating, list.last_mut()) {
                a.ratings.push(Rating { topic_id: r.get(3).map_err(fail)?, skill_id: r.get(4).map_err(fail)?, rating });
            }
        }
        Ok(list)
    }

    /// Deletes a snapshot.
    pub fn delete_assessment(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("assessment", "Self-assessment", "delete the self-assessment", id)
    }
}
