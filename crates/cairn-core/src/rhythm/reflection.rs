//! The weekly reflection: a two-minute entry per plan and ISO week. What moved, what I learned, what
//! got in the way, next week's one focus, and confidence and energy on 1–5. Private by default:
//! documents leave it out unless the person ticks it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::plan::Plan;
use crate::store::Store;
use crate::text::optional_text;
use crate::undo::Deleted;

use super::week::{IsoWeek, WeekSpan};

/// Longest answer to each question, in characters.
pub const REFLECTION_TEXT_MAX: usize = 2000;
/// Longest focus, in characters: one thing, one line.
pub const REFLECTION_FOCUS_MAX: usize = 200;

/// What a line of a reflection became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MadeKind {
    Win,
    Feedback,
    Milestone,
    LearningAction,
}

/// An item made from a line of the reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MadeItem {
    pub kind: MadeKind,
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
}

/// A stored reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reflection {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub week: WeekSpan,
    pub moved: String,
    pub learned: String,
    pub blocked: String,
    /// Next week's one focus.
    pub focus: String,
    pub confidence: Option<u8>,
    pub energy: Option<u8>,
    /// What its lines became, oldest first.
    pub made: Vec<MadeItem>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person writes for a week.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionInput {
    #[serde(default)]
    pub moved: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub blocked: String,
    #[serde(default)]
    pub focus: String,
    #[serde(default)]
    pub confidence: Option<u8>,
    #[serde(default)]
    pub energy: Option<u8>,
}

/// One week of the plan in the history: written or missed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryWeek {
    pub week: WeekSpan,
    /// None: no reflection that week.
    pub reflection: Option<Reflection>,
}

/// The plan's weeks so far, newest first, for the history and the trend chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionHistory {
    /// The week today is in.
    pub current_week: String,
    pub weeks: Vec<HistoryWeek>,
    pub written: u32,
    pub missed: u32,
}

/// The focus the person set last: shown on the dashboard and, when ticked, in the brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Focus {
    pub text: String,
    /// The week whose reflection set it (it is the focus of the week after).
    pub set_in: WeekSpan,
}

fn checked_scale(field: &'static str, label: &str, value: Option<u8>) -> Result<Option<u8>> {
    match value {
        Some(v) if !(1..=5).contains(&v) => Err(Error::validation(field, format!("{label} is 1 to 5, or not set."))),
        v => Ok(v),
    }
}

impl ReflectionInput {
    fn validate(&self) -> Result<ReflectionInput> {
        let text = |field, label, value: &str| optional_text(field, label, value, REFLECTION_TEXT_MAX);
        let focus = optional_text("focus", "Next week's focus", &self.focus, REFLECTION_FOCUS_MAX)?;
        if focus.contains('\n') {
            return Err(Error::validation("focus", "One focus, on one line."));
        }
        let valid = ReflectionInput {
            moved: text("moved", "What moved", &self.moved)?,
            learned: text("learned", "What I learned", &self.learned)?,
            blocked: text("blocked", "What got in the way", &self.blocked)?,
            focus,
            confidence: checked_scale("confidence", "Confidence", self.confidence)?,
            energy: checked_scale("energy", "Energy", self.energy)?,
        };
        if valid == ReflectionInput::default() {
            return Err(Error::validation("moved", "Write a line, or say how the week felt, before saving."));
        }
        Ok(valid)
    }
}

const COLUMNS: &str = "id, plan_id, week, moved, learned, blocked, focus, confidence, energy, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Reflection> {
    let week: String = row.get(2)?;
    let week = IsoWeek::parse("week", &week)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.to_string().into()))?;
    Ok(Reflection {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        week: week.into(),
        moved: row.get(3)?,
        learned: row.get(4)?,
        blocked: row.get(5)?,
        focus: row.get(6)?,
        confidence: row.get(7)?,
        energy: row.get(8)?,
        made: Vec::new(),
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
    })
}

/// The weeks a plan's reflections can be written for: its window's weeks, up to the current one.
pub(crate) fn writable_weeks(plan: &Plan, today: NaiveDate) -> (IsoWeek, IsoWeek) {
    let last = IsoWeek::of(plan.end_date).min(IsoWeek::of(today));
    (IsoWeek::of(plan.start_date), last)
}

impl Store {
    /// Checks that `week` is one the plan's reflections can be written for.
    pub(crate) fn reflection_week_of(&self, plan: &Plan, week: &str) -> Result<IsoWeek> {
        let week = IsoWeek::parse("week", week)?;
        let (first, last) = writable_weeks(plan, self.clock.today());
        if week > IsoWeek::of(self.clock.today()) {
            return Err(Error::validation("week", format!("{week} has not begun; reflect on it when it comes.")));
        }
        if week < first || week > last {
            return Err(Error::validation(
                "week",
                format!("{week} is outside the plan's window ({} to {}).", plan.start_date, plan.end_date),
            ));
        }
        Ok(week)
    }

    /// Writes the plan's reflection for `week` (creating it, or replacing what was written).
    pub fn save_reflection(&self, plan_id: i64, week: &str, input: &ReflectionInput) -> Result<Reflection> {
        let plan = self.get_plan(plan_id)?;
        let week = self.reflection_week_of(&plan, week)?;
        let v = input.validate()?;
        let now = self.clock.now();
        let id: i64 = self
            .conn
            .query_row(
                "INSERT INTO reflection (plan_id, week, moved, learned, blocked, focus, confidence, energy, \
                 created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) \
                 ON CONFLICT (plan_id, week) DO UPDATE SET moved = excluded.moved, learned = excluded.learned, \
                 blocked = excluded.blocked, focus = excluded.focus, confidence = excluded.confidence, \
                 energy = excluded.energy, updated_at = excluded.updated_at RETURNING id",
                params![plan_id, week.to_string(), v.moved, v.learned, v.blocked, v.focus, v.confidence, v.energy, now],
                |r| r.get(0),
            )
            .or_storage("save the reflection")?;
        self.get_reflection(id)
    }

    /// One reflection by id, with what its lines became.
    pub fn get_reflection(&self, id: i64) -> Result<Reflection> {
        let mut r = self
            .conn
            .query_row(&format!("SELECT {COLUMNS} FROM reflection WHERE id = ?1"), [id], from_row)
            .optional()
            .or_storage("read the reflection")?
            .ok_or(Error::NotFound { what: "Reflection", id })?;
        r.made = self.made_from(id)?;
        Ok(r)
    }

    /// The plan's reflection for `week`, if written.
    pub(crate) fn reflection_for(&self, plan_id: i64, week: IsoWeek) -> Result<Option<Reflection>> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM reflection WHERE plan_id = ?1 AND week = ?2",
                params![plan_id, week.to_string()],
                |r| r.get(0),
            )
            .optional()
            .or_storage("read the reflection")?;
        id.map(|id| self.get_reflection(id)).transpose()
    }

    /// Whether the plan's reflection for `week` is written (one small read, for the dashboard and
    /// the reminders).
    pub(crate) fn has_reflection(&self, plan_id: i64, week: IsoWeek) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM reflection WHERE plan_id = ?1 AND week = ?2)",
                params![plan_id, week.to_string()],
                |r| r.get(0),
            )
            .or_storage("read the reflection")
    }

    /// Items made from the reflection's lines, in the order they were made.
    fn made_from(&self, reflection_id: i64) -> Result<Vec<MadeItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT 'win', id, title, created_at FROM win WHERE reflection_id = ?1 \
                 UNION ALL SELECT 'feedback', id, substr(said, 1, 200), created_at FROM feedback WHERE reflection_id = ?1 \
                 UNION ALL SELECT 'milestone', id, title, created_at FROM milestone WHERE reflection_id = ?1 \
                 UNION ALL SELECT 'learning_action', id, title, created_at FROM learning_action \
                     WHERE reflection_id = ?1 \
                 ORDER BY 4, 2",
            )
            .or_storage("read what the reflection became")?;
        let rows = stmt
            .query_map([reflection_id], |r| {
                let kind = match r.get_ref(0)?.as_str()? {
                    "win" => MadeKind::Win,
                    "feedback" => MadeKind::Feedback,
                    "milestone" => MadeKind::Milestone,
                    _ => MadeKind::LearningAction,
                };
                Ok(MadeItem { kind, id: r.get(1)?, title: r.get(2)? })
            })
            .or_storage("read what the reflection became")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read what the reflection became")
    }

    /// The plan's weeks from its start to the current week (or its end), newest first, with the
    /// reflection of each week that has one. Missed weeks are there, empty, so they can be seen.
    pub fn reflection_history(&self, plan_id: i64) -> Result<ReflectionHistory> {
        let plan = self.get_plan(plan_id)?;
        let today = self.clock.today();
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM reflection WHERE plan_id = ?1 ORDER BY week"))
            .or_storage("read the reflections")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the reflections")?;
        let mut written: std::collections::BTreeMap<String, Reflection> = rows
            .map(|r| r.map(|r| (r.week.week.clone(), r)))
            .collect::<rusqlite::Result<_>>()
            .or_storage("read the reflections")?;
        for r in written.values_mut() {
            r.made = self.made_from(r.id)?;
        }
        let (first, last) = writable_weeks(&plan, today);
        let count = written.len() as u32;
        let mut weeks: Vec<HistoryWeek> = IsoWeek::range(first, last)
            .map(|w| HistoryWeek { week: w.into(), reflection: written.remove(&w.to_string()) })
            .collect();
        weeks.reverse();
        let missed = weeks.iter().filter(|w| w.reflection.is_none()).count() as u32;
        Ok(ReflectionHistory { current_week: IsoWeek::of(today).to_string(), weeks, written: count, missed })
    }

    /// The focus set by the plan's latest reflection up to this week, if it named one.
    pub fn current_focus(&self, plan_id: i64) -> Result<Option<Focus>> {
        self.focus_as_of(plan_id, self.clock.today())
    }

    /// The focus set by the plan's latest reflection up to the week of `day`, if it named one.
    pub(crate) fn focus_as_of(&self, plan_id: i64, day: NaiveDate) -> Result<Option<Focus>> {
        let this_week = IsoWeek::of(day).to_string();
        let found: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT focus, week FROM reflection WHERE plan_id = ?1 AND week <= ?2 \
                 ORDER BY week DESC LIMIT 1",
                params![plan_id, this_week],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .or_storage("read the focus")?;
        let Some((text, week)) = found.filter(|(text, _)| !text.is_empty()) else { return Ok(None) };
        Ok(Some(Focus { text, set_in: IsoWeek::parse("week", &week)?.into() }))
    }

    /// Deletes a reflection; what its lines became stays, no longer linked.
    pub fn delete_reflection(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("reflection", "Reflection", "delete the reflection", id)
    }
}
