//! The brag log: wins with their measured impact ("cut p95 latency from 420 to 250 ms"), the skills
//! they evidence and who saw them. The record that counters imposter feelings and feeds reviews.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::page::PageRequest;
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest title, in characters.
pub const WIN_TITLE_MAX: usize = 200;
/// Longest "what happened", in characters.
pub const WIN_TEXT_MAX: usize = 4000;
/// Longest metric name, in characters.
pub const WIN_METRIC_MAX: usize = 120;
/// Longest unit, in characters.
pub const WIN_UNIT_MAX: usize = 20;
/// Longest impact note or "who saw it", in characters.
pub const WIN_NOTE_MAX: usize = 1000;

/// A stored win.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Win {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub date: NaiveDate,
    pub title: String,
    /// The situation it started from (for the self-review's situation → my part → result).
    pub situation: String,
    /// What the person did themselves, as against the team.
    pub my_part: String,
    pub what_happened: String,
    pub metric: String,
    pub baseline: Option<f64>,
    pub result: Option<f64>,
    pub unit: String,
    pub impact_note: String,
    /// Who saw it (names, free text).
    pub witnesses: String,
    #[ts(type = "number[]")]
    pub skill_ids: Vec<i64>,
    /// "p95 latency: 420 → 250 ms (−40%)", or "" without a metric and both figures.
    pub impact_summary: String,
    /// The week of the reflection this was made from (`2026-W49`), if it was.
    pub from_week: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a win.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WinInput {
    pub date: String,
    pub title: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub my_part: String,
    #[serde(default)]
    pub what_happened: String,
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub baseline: Option<f64>,
    #[serde(default)]
    pub result: Option<f64>,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub impact_note: String,
    #[serde(default)]
    pub witnesses: String,
    #[ts(type = "number[]")]
    #[serde(default)]
    pub skill_ids: Vec<i64>,
}

/// A page of the plan's wins, newest first, with the counts the screen shows beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WinPage {
    pub wins: Vec<Win>,
    /// How many wins the filter keeps, on this page and the others.
    pub matching: u32,
    /// How many wins the plan has.
    pub total: u32,
}

/// "p95 latency: 420 → 250 ms (−40%)". The change is left out when the baseline is zero.
pub fn impact_summary(metric: &str, baseline: Option<f64>, result: Option<f64>, unit: &str) -> String {
    let (Some(from), Some(to)) = (baseline, result) else { return String::new() };
    if metric.is_empty() {
        return String::new();
    }
    let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
    let change = if from == 0.0 {
        String::new()
    } else {
        let pct = (to - from) / from.abs() * 100.0;
        let sign = if pct < 0.0 { "−" } else { "+" };
        format!(" ({sign}{}%)", format_number(pct.abs()))
    };
    format!("{metric}: {} → {}{unit}{change}", format_number(from), format_number(to))
}

/// Up to one decimal, without a trailing ".0".
fn format_number(n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") }
}

struct ValidWin {
    date: NaiveDate,
    title: String,
    situation: String,
    my_part: String,
    what_happened: String,
    metric: String,
    unit: String,
    impact_note: String,
    witnesses: String,
    skill_ids: Vec<i64>,
}

fn finite(field: &'static str, label: &str, value: Option<f64>) -> Result<()> {
    match value {
        Some(v) if !v.is_finite() => Err(Error::validation(field, format!("{label} must be a number."))),
        _ => Ok(()),
    }
}

impl WinInput {
    fn validate(&self, today: NaiveDate) -> Result<ValidWin> {
        let date = parse_date("date", "date", &self.date)?;
        if date > today {
            return Err(Error::validation("date", "A win is logged once it has happened; the date is in the future."));
        }
        let title = required_line("title", "The title", &self.title, WIN_TITLE_MAX)?;
        let metric = optional_text("metric", "The metric", &self.metric, WIN_METRIC_MAX)?;
        finite("baseline", "The baseline", self.baseline)?;
        finite("result", "The result", self.result)?;
        if (self.baseline.is_some() || self.result.is_some()) && metric.is_empty() {
            return Err(Error::validation("metric", "Name the metric the figures measure, e.g. “p95 latency”."));
        }
        let mut skill_ids = self.skill_ids.clone();
        skill_ids.sort_unstable();
        skill_ids.dedup();
        Ok(ValidWin {
            date,
            title,
            situation: optional_text("situation", "The situation", &self.situation, WIN_TEXT_MAX)?,
            my_part: optional_text("myPart", "My part", &self.my_part, WIN_TEXT_MAX)?,
            what_happened: optional_text("whatHappened", "What happened", &self.what_happened, WIN_TEXT_MAX)?,
            metric,
            unit: optional_text("unit", "The unit", &self.unit, WIN_UNIT_MAX)?,
            impact_note: optional_text("impactNote", "The impact note", &self.impact_note, WIN_NOTE_MAX)?,
            witnesses: optional_text("witnesses", "Who saw it", &self.witnesses, WIN_NOTE_MAX)?,
            skill_ids,
        })
    }
}

const COLUMNS: &str = "id, plan_id, date, title, what_happened, metric, baseline, result, unit, impact_note, \
                       witnesses, created_at, updated_at, (SELECT week FROM reflection WHERE id = reflection_id), \
                       situation, my_part";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Win> {
    let metric: String = row.get(5)?;
    let baseline: Option<f64> = row.get(6)?;
    let result: Option<f64> = row.get(7)?;
    let unit: String = row.get(8)?;
    Ok(Win {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        date: row.get(2)?,
        title: row.get(3)?,
        situation: row.get(14)?,
        my_part: row.get(15)?,
        what_happened: row.get(4)?,
        impact_summary: impact_summary(&metric, baseline, result, &unit),
        metric,
        baseline,
        result,
        unit,
        impact_note: row.get(9)?,
        witnesses: row.get(10)?,
        skill_ids: Vec::new(),
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        from_week: row.get(13)?,
    })
}

impl Store {
    /// Logs a win and its skill links in one transaction.
    pub fn create_win(&self, plan_id: i64, input: &WinInput) -> Result<Win> {
        let v = input.validate(self.clock.today())?;
        self.require_plan(plan_id)?;
        self.check_plan_skills(plan_id, &v.skill_ids)?;
        let id = self.atomically("save the win", || {
            self.conn.execute(
            "INSERT INTO win (plan_id, date, title, what_happened, metric, baseline, result, unit, impact_note, \
             witnesses, created_at, updated_at, situation, my_part) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
            params![
                plan_id,
                v.date,
                v.title,
                v.what_happened,
                v.metric,
                input.baseline,
                input.result,
                v.unit,
                v.impact_note,
                v.witnesses,
                self.clock.now(),
                v.situation,
                v.my_part
            ],
        )
        .or_storage("save the win")?;
            let id = self.conn.last_insert_rowid();
            self.replace_skill_links("win_skill", "win_id", id, &v.skill_ids)?;
            Ok(id)
        })?;
        self.get_win(id)
    }

    /// Replaces a win's fields and skill links in one transaction.
    pub fn update_win(&self, id: i64, input: &WinInput) -> Result<Win> {
        let v = input.validate(self.clock.today())?;
        let current = self.get_win(id)?;
        self.check_plan_skills(current.plan_id, &v.skill_ids)?;
        self.atomically("save the win", || {
            self.conn.execute(
            "UPDATE win SET date = ?1, title = ?2, what_happened = ?3, metric = ?4, baseline = ?5, result = ?6, \
             unit = ?7, impact_note = ?8, witnesses = ?9, updated_at = ?10, situation = ?12, my_part = ?13 \
             WHERE id = ?11",
            params![
                v.date,
                v.title,
                v.what_happened,
                v.metric,
                input.baseline,
                input.result,
                v.unit,
                v.impact_note,
                v.witnesses,
                self.clock.now(),
                id,
                v.situation,
                v.my_part
            ],
        )
        .or_storage("save the win")?;
            self.replace_skill_links("win_skill", "win_id", id, &v.skill_ids)?;
            Ok(())
        })?;
        self.get_win(id)
    }

    /// One win by id.
    pub fn get_win(&self, id: i64) -> Result<Win> {
        let sql = format!("SELECT {COLUMNS} FROM win WHERE id = ?1");
        let mut win = self
            .conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the win")?
            .ok_or(Error::NotFound { what: "Win", id })?;
        win.skill_ids = self.linked_skill_ids("win_skill", "win_id", id)?;
        Ok(win)
    }

    /// The plan's wins, newest first.
    pub fn list_wins(&self, plan_id: i64) -> Result<Vec<Win>> {
        self.require_plan(plan_id)?;
        let sql = format!("SELECT {COLUMNS} FROM win WHERE plan_id = ?1 ORDER BY date DESC, id DESC");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the wins")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the wins")?;
        let mut wins = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the wins")?;
        let mut links = self.linked_skill_ids_in_plan("win_skill", "win_id", "win", plan_id)?;
        for win in &mut wins {
            win.skill_ids = links.remove(&win.id).unwrap_or_default();
        }
        Ok(wins)
    }

    /// A page of the plan's wins, newest first; with `skill_id`, only the wins that are evidence for
    /// that skill. Only the page's rows and their skill links are read.
    pub fn list_wins_page(&self, plan_id: i64, skill_id: Option<i64>, page: &PageRequest) -> Result<WinPage> {
        page.checked_limit()?;
        self.require_plan(plan_id)?;
        // The filter, shared by the count, the position of `through` and the page itself.
        const FILTER: &str =
            "plan_id = ?1 AND (?2 IS NULL OR id IN (SELECT win_id FROM win_skill WHERE skill_id = ?2))";
        let count = |extra: &str, p: &[&dyn rusqlite::ToSql]| -> Result<u32> {
            self.conn
                .prepare_cached(&format!("SELECT count(*) FROM win WHERE {FILTER}{extra}"))
                .and_then(|mut stmt| stmt.query_row(p, |r| r.get(0)))
                .or_storage("count the wins")
        };
        let matching = count("", &[&plan_id, &skill_id])?;
        let total = if skill_id.is_none() { matching } else { count("", &[&plan_id, &None::<i64>])? };
        let position = match page.through {
            Some(id) => match self.get_win(id) {
                // Its place in the list: how many of the kept wins come before it.
                Ok(w) if w.plan_id == plan_id && skill_id.is_none_or(|s| w.skill_ids.contains(&s)) => {
                    Some(count(" AND (date > ?3 OR (date = ?3 AND id > ?4))", &[&plan_id, &skill_id, &w.date, &id])?)
                }
                Ok(_) | Err(Error::NotFound { .. }) => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        let limit = page.limit_through(position)?;
        let sql = format!("SELECT {COLUMNS} FROM win WHERE {FILTER} ORDER BY date DESC, id DESC LIMIT ?3 OFFSET ?4");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the wins")?;
        let rows =
            stmt.query_map(params![plan_id, skill_id, limit, page.offset], from_row).or_storage("read the wins")?;
        let mut wins = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the wins")?;
        let mut links = self.linked_skill_ids_of("win_skill", "win_id", wins.iter().map(|w| w.id))?;
        for win in &mut wins {
            win.skill_ids = links.remove(&win.id).unwrap_or_default();
        }
        Ok(WinPage { wins, matching, total })
    }

    /// The plan's `n` newest wins (the dashboard's "recent wins"), without reading the others.
    pub(crate) fn recent_wins(&self, plan_id: i64, n: usize) -> Result<Vec<Win>> {
        let sql = format!("SELECT {COLUMNS} FROM win WHERE plan_id = ?1 ORDER BY date DESC, id DESC LIMIT ?2");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the wins")?;
        let rows = stmt.query_map(params![plan_id, n as i64], from_row).or_storage("read the wins")?;
        let mut wins = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the wins")?;
        let mut links = self.linked_skill_ids_of("win_skill", "win_id", wins.iter().map(|w| w.id))?;
        for win in &mut wins {
            win.skill_ids = links.remove(&win.id).unwrap_or_default();
        }
        Ok(wins)
    }

    /// The plan's wins dated between `from` and `to`, both included, newest first, for the agenda:
    /// only what happened since the last meeting is read, not years of wins. Their skill links are
    /// not read (`skill_ids` is empty): the agenda does not show them.
    pub(crate) fn wins_between_unlinked(&self, plan_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<Win>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM win WHERE plan_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date DESC, id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the wins")?;
        let rows = stmt.query_map(params![plan_id, from, to], from_row).or_storage("read the wins")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the wins")
    }

    /// How many of the plan's wins fall between `from` and `to`, both included.
    pub(crate) fn count_wins_between(&self, plan_id: i64, from: NaiveDate, to: NaiveDate) -> Result<u32> {
        self.conn
            .query_row(
                "SELECT count(*) FROM win WHERE plan_id = ?1 AND date >= ?2 AND date <= ?3",
                params![plan_id, from, to],
                |r| r.get(0),
            )
            .or_storage("count the wins")
    }

    /// Deletes a win.
    pub fn delete_win(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("win", "Win", "delete the win", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impact_reads_as_a_sentence_with_the_change() {
        assert_eq!(impact_summary("p95 latency", Some(420.0), Some(252.0), "ms"), "p95 latency: 420 → 252 ms (−40%)");
        assert_eq!(
            impact_summary("Weekly signups", Some(1200.0), Some(1500.0), ""),
            "Weekly signups: 1200 → 1500 (+25%)"
        );
        assert_eq!(impact_summary("Flaky tests", Some(0.0), Some(3.0), ""), "Flaky tests: 0 → 3");
        assert_eq!(impact_summary("Build time", Some(9.5), Some(3.25), "min"), "Build time: 9.5 → 3.3 min (−65.8%)");
        assert_eq!(impact_summary("", Some(1.0), Some(2.0), ""), "");
        assert_eq!(impact_summary("Cost", None, Some(2.0), "€"), "");
    }

    #[test]
    fn figures_need_a_metric_and_the_date_must_have_passed() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let mut input = WinInput {
            date: "2026-11-20".into(),
            title: "Cut the build time".into(),
            situation: String::new(),
            my_part: String::new(),
            what_happened: String::new(),
            metric: String::new(),
            baseline: Some(9.0),
            result: Some(3.0),
            unit: "min".into(),
            impact_note: String::new(),
            witnesses: String::new(),
            skill_ids: vec![],
        };
        assert_eq!(input.validate(today).err().and_then(|e| e.field()), Some("metric"));
        input.metric = "CI build time".into();
        assert!(input.validate(today).is_ok());
        input.date = "2026-11-22".into();
        assert_eq!(input.validate(today).err().and_then(|e| e.field()), Some("date"));
    }
}
