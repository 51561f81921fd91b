//! The monthly review: a guided pass over the plan, one step at a time (skill levels, milestones,
//! people outside their cadence, stretch assignments, the learning balance, a short summary), that
//! can be left and resumed. The person changes things in place with the screens' own commands;
//! the review keeps what the plan looked like when it began, so finishing it can say what changed,
//! and takes a self-assessment snapshot of the skills, all in one transaction.
//!
//! Due a month after the last finished review, or a month after the plan starts.

use std::collections::HashMap;

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::assessment::{AssessmentInput, Rating};
use crate::error::{Error, Result, StorageResultExt};
use crate::learning::LearningBalance;
use crate::milestone::{Milestone, MilestoneStatus};
use crate::skill::Skill;
use crate::stakeholder::{CheckInState, Stakeholder};
use crate::store::Store;
use crate::stretch::{Stretch, StretchStatus};
use crate::text::optional_text;
use crate::undo::Deleted;

/// The steps, in order: skills, milestones, people, stretch, balance, summary.
pub const REVIEW_STEPS: u8 = 6;
/// Longest summary, in characters.
pub const REVIEW_SUMMARY_MAX: usize = 4000;

/// A monthly review, in progress or finished.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthlyReview {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub started_on: NaiveDate,
    /// None while in progress.
    pub completed_on: Option<NaiveDate>,
    /// The step to resume at, 0 (skills) to 5 (summary).
    pub step: u8,
    pub summary: String,
    /// What changed during the review, in words (empty until finished).
    pub changes: Vec<String>,
    /// The self-assessment snapshot it took.
    #[ts(type = "number | null")]
    pub assessment_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Where the plan's reviews stand, for the dashboard and the review screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewStatus {
    /// When the next review is due: a month after the last one, or after the plan starts.
    pub due_on: NaiveDate,
    /// Due today or earlier.
    pub due: bool,
    /// The review begun and not finished, to resume.
    pub in_progress: Option<MonthlyReview>,
    /// Finished reviews, newest first.
    pub finished: Vec<MonthlyReview>,
}

/// What the review's steps go through, chosen by the core's rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItems {
    pub skills: Vec<Skill>,
    /// Open milestones overdue or due within the coming month, and those marked missed.
    pub milestones: Vec<Milestone>,
    /// People on the map outside their cadence: overdue, or tracked and never met.
    pub people: Vec<Stakeholder>,
    /// Stretch assignments not done or dropped.
    pub stretches: Vec<Stretch>,
    pub balance: LearningBalance,
}

/// The plan as the review found it: what finishing compares against.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Baseline {
    skills: Vec<(i64, String, u8)>,
    milestones: Vec<(i64, String, String, Option<NaiveDate>)>,
    stretches: Vec<(i64, String, String)>,
    check_ins: Vec<(i64, String, Option<NaiveDate>)>,
    balance: (u32, u32, u32),
}

const COLUMNS: &str =
    "id, plan_id, started_on, completed_on, step, summary, changes, assessment_id, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<MonthlyReview> {
    let changes: String = row.get(6)?;
    Ok(MonthlyReview {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        started_on: row.get(2)?,
        completed_on: row.get(3)?,
        step: row.get(4)?,
        summary: row.get(5)?,
        // A list this version cannot read shows as no changes rather than failing the screen.
        changes: serde_json::from_str(&changes).unwrap_or_default(),
        assessment_id: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

/// The sentences that say how `now` differs from `then`.
fn changes(then: &Baseline, now: &Baseline) -> Vec<String> {
    let mut out = Vec::new();
    let before_skills: HashMap<i64, &(i64, String, u8)> = then.skills.iter().map(|s| (s.0, s)).collect();
    for (id, name, level) in &now.skills {
        match before_skills.get(id) {
            Some((_, _, was)) if was != level => out.push(format!("{name}: level {was} → {level}")),
            None => out.push(format!("Added the skill {name} at level {level}")),
            _ => {}
        }
    }
    let before: HashMap<i64, &(i64, String, String, Option<NaiveDate>)> =
        then.milestones.iter().map(|m| (m.0, m)).collect();
    for (id, title, status, due) in &now.milestones {
        let Some((_, _, was_status, was_due)) = before.get(id) else {
            out.push(format!("Added the milestone “{title}”"));
            continue;
        };
        if was_status != status {
            out.push(format!("“{title}”: {} → {}", was_status.replace('_', " "), status.replace('_', " ")));
        }
        if was_due != due {
            let say = |d: &Option<NaiveDate>| d.map_or("no date".to_owned(), |d| d.to_string());
            out.push(format!("“{title}”: due {} → {}", say(was_due), say(due)));
        }
    }
    let before: HashMap<i64, &(i64, String, String)> = then.stretches.iter().map(|s| (s.0, s)).collect();
    for (id, title, status) in &now.stretches {
        if let Some((_, _, was)) = before.get(id)
            && was != status
        {
            out.push(format!("“{title}”: {} → {}", was.replace('_', " "), status.replace('_', " ")));
        }
    }
    let before: HashMap<i64, &(i64, String, Option<NaiveDate>)> = then.check_ins.iter().map(|p| (p.0, p)).collect();
    for (id, name, last) in &now.check_ins {
        if let Some((_, _, was)) = before.get(id)
            && was != last
        {
            out.push(format!("Checked in with {name}"));
        }
    }
    if then.balance != now.balance {
        let (e, p, c) = now.balance;
        out.push(format!("Learning actions now {e} experience, {p} people, {c} courses"));
    }
    out
}

impl Store {
    fn baseline(&self, plan_id: i64) -> Result<Baseline> {
        let balance = self.learning_balance(plan_id)?;
        Ok(Baseline {
            skills: self.list_skills(plan_id)?.into_iter().map(|s| (s.id, s.name, s.current_level)).collect(),
            milestones: self
                .list_milestones(plan_id)?
                .into_iter()
                .map(|m| (m.id, m.title, m.status.as_str().to_owned(), m.due_date))
                .collect(),
            stretches: self
                .list_stretches(plan_id)?
                .into_iter()
                .map(|s| (s.id, s.title, s.status.as_str().to_owned()))
                .collect(),
            check_ins: self
                .list_stakeholders()?
                .into_iter()
                .filter(|p| p.cadence_days.is_some())
                .map(|p| (p.id, p.name, p.check_in.last_interaction))
                .collect(),
            balance: (balance.experience, balance.people, balance.courses),
        })
    }

    /// What each step of the review goes through, as of today.
    pub fn review_items(&self, plan_id: i64) -> Result<ReviewItems> {
        let horizon = self.clock.today().checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX);
        Ok(ReviewItems {
            skills: self.list_skills(plan_id)?,
            milestones: self
                .list_milestones(plan_id)?
                .into_iter()
                .filter(|m| {
                    m.status == MilestoneStatus::Missed
                        || m.overdue
                        || (m.status.is_open() && m.due_date.is_some_and(|d| d <= horizon))
                })
                .collect(),
            people: self
                .list_stakeholders()?
                .into_iter()
                // Outside the cadence: overdue, or tracked and never met.
                .filter(|p| {
                    p.check_in.state == CheckInState::Overdue
                        || (p.cadence_days.is_some() && p.check_in.last_interaction.is_none())
                })
                .collect(),
            stretches: self
                .list_stretches(plan_id)?
                .into_iter()
                .filter(|s| !matches!(s.status, StretchStatus::Done | StretchStatus::Dropped))
                .collect(),
            balance: self.learning_balance(plan_id)?,
        })
    }

    /// Starts the plan's monthly review, or returns the one already in progress (to resume).
    pub fn start_monthly_review(&self, plan_id: i64) -> Result<MonthlyReview> {
        self.require_plan(plan_id)?;
        if let Some(open) = self.open_review(plan_id)? {
            return Ok(open);
        }
        let baseline = serde_json::to_string(&self.baseline(plan_id)?)
            .map_err(|e| Error::Storage { action: "start the review", detail: e.to_string() })?;
        let id: i64 = self
            .conn
            .query_row(
                "INSERT INTO monthly_review (plan_id, started_on, baseline, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?4) RETURNING id",
                params![plan_id, self.clock.today(), baseline, self.clock.now()],
                |r| r.get(0),
            )
            .or_storage("start the review")?;
        self.get_monthly_review(id)
    }

    fn open_review(&self, plan_id: i64) -> Result<Option<MonthlyReview>> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM monthly_review WHERE plan_id = ?1 AND completed_on IS NULL"),
                [plan_id],
                from_row,
            )
            .optional()
            .or_storage("read the review")
    }

    pub fn get_monthly_review(&self, id: i64) -> Result<MonthlyReview> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM monthly_review WHERE id = ?1"), [id], from_row)
            .optional()
            .or_storage("read the review")?
            .ok_or(Error::NotFound { what: "Monthly review", id })
    }

    fn open_review_by_id(&self, id: i64) -> Result<MonthlyReview> {
        let review = self.get_monthly_review(id)?;
        if review.completed_on.is_some() {
            return Err(Error::Conflict("This review is finished; start the next one when it is due.".into()));
        }
        Ok(review)
    }

    /// Keeps where the person is in the review and the summary as drafted, to resume later.
    pub fn save_monthly_review_progress(&self, id: i64, step: u8, summary: &str) -> Result<MonthlyReview> {
        self.open_review_by_id(id)?;
        if step >= REVIEW_STEPS {
            return Err(Error::validation("step", format!("A review has {REVIEW_STEPS} steps.")));
        }
        let summary = optional_text("summary", "The summary", summary, REVIEW_SUMMARY_MAX)?;
        self.conn
            .execute(
                "UPDATE monthly_review SET step = ?1, summary = ?2, updated_at = ?3 WHERE id = ?4",
                params![step, summary, self.clock.now(), id],
            )
            .or_storage("save the review")?;
        self.get_monthly_review(id)
    }

    /// Finishes a review with its summary: says what changed since it began and takes a
    /// self-assessment snapshot of the skills' levels (keeping any topic ratings already recorded
    /// today), in one transaction.
    pub fn finish_monthly_review(&self, id: i64, summary: &str) -> Result<MonthlyReview> {
        let review = self.open_review_by_id(id)?;
        let summary = optional_text("summary", "The summary", summary, REVIEW_SUMMARY_MAX)?;
        if summary.is_empty() {
            return Err(Error::validation("summary", "Sum the month up in a sentence or two before finishing."));
        }
        let baseline: String = self
            .conn
            .query_row("SELECT baseline FROM monthly_review WHERE id = ?1", [id], |r| r.get(0))
            .or_storage("read the review")?;
        let then: Baseline = serde_json::from_str(&baseline).unwrap_or_default();
        let now = self.baseline(review.plan_id)?;
        let changed = serde_json::to_string(&changes(&then, &now))
            .map_err(|e| Error::Storage { action: "finish the review", detail: e.to_string() })?;
        let today = self.clock.today();
        self.atomically("finish the review", || {
            let assessment_id = if now.skills.is_empty() {
                None
            } else {
                let mut ratings: Vec<Rating> = self
                    .list_assessments(review.plan_id)?
                    .into_iter()
                    .filter(|a| a.date == today)
                    .flat_map(|a| a.ratings)
                    .filter(|r| r.topic_id.is_some())
                    .collect();
                ratings.extend(now.skills.iter().map(|(id, _, level)| Rating {
                    topic_id: None,
                    skill_id: Some(*id),
                    rating: u32::from(*level),
                }));
                let input = AssessmentInput { date: today.to_string(), note: "Monthly review".into(), ratings };
                Some(self.record_assessment(review.plan_id, &input)?.id)
            };
            self.conn
                .execute(
                    "UPDATE monthly_review SET completed_on = ?1, step = ?2, summary = ?3, changes = ?4, \
                     assessment_id = ?5, updated_at = ?6 WHERE id = ?7",
                    params![today, REVIEW_STEPS - 1, summary, changed, assessment_id, self.clock.now(), id],
                )
                .or_storage("finish the review")?;
            Ok(())
        })?;
        self.get_monthly_review(id)
    }

    /// When the plan's next review is due, the one in progress, and the finished ones.
    pub fn review_status(&self, plan_id: i64) -> Result<ReviewStatus> {
        let plan = self.get_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM monthly_review WHERE plan_id = ?1 AND completed_on IS NOT NULL \
                 ORDER BY completed_on DESC, id DESC"
            ))
            .or_storage("read the reviews")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the reviews")?;
        let finished = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the reviews")?;
        let (due_on, _) = self.review_due(&plan)?;
        Ok(ReviewStatus {
            due_on,
            due: due_on <= self.clock.today(),
            in_progress: self.open_review(plan_id)?,
            finished,
        })
    }

    /// When the plan's next review is due, and whether one is in progress, from two small reads
    /// (the dashboard and the reminders need no list of reviews).
    pub(crate) fn review_due(&self, plan: &crate::plan::Plan) -> Result<(NaiveDate, bool)> {
        let (last, open): (Option<NaiveDate>, bool) = self
            .conn
            .query_row(
                "SELECT (SELECT max(completed_on) FROM monthly_review WHERE plan_id = ?1), \
                        EXISTS (SELECT 1 FROM monthly_review WHERE plan_id = ?1 AND completed_on IS NULL)",
                [plan.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .or_storage("read the reviews")?;
        let since = last.unwrap_or(plan.start_date);
        Ok((since.checked_add_months(Months::new(1)).unwrap_or(since), open))
    }

    /// Deletes a review (one in progress is abandoned); the snapshot it took stays.
    pub fn delete_monthly_review(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("monthly_review", "Monthly review", "delete the review", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changes_say_what_moved_in_words() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let then = Baseline {
            skills: vec![(1, "System design".into(), 2), (2, "Mentoring".into(), 3)],
            milestones: vec![(5, "Ship the RFC".into(), "planned".into(), d("2026-11-10"))],
            stretches: vec![(7, "Lead search".into(), "agreed".into())],
            check_ins: vec![(9, "Dana".into(), d("2026-10-01"))],
            balance: (6, 3, 1),
        };
        let now = Baseline {
            skills: vec![(1, "System design".into(), 3), (2, "Mentoring".into(), 3), (3, "Writing".into(), 2)],
            milestones: vec![
                (5, "Ship the RFC".into(), "in_progress".into(), d("2026-12-15")),
                (6, "Demo".into(), "planned".into(), None),
            ],
            stretches: vec![(7, "Lead search".into(), "in_progress".into())],
            check_ins: vec![(9, "Dana".into(), d("2026-11-20"))],
            balance: (6, 3, 1),
        };
        assert_eq!(
            changes(&then, &now),
            [
                "System design: level 2 → 3",
                "Added the skill Writing at level 2",
                "“Ship the RFC”: planned → in progress",
                "“Ship the RFC”: due 2026-11-10 → 2026-12-15",
                "Added the milestone “Demo”",
                "“Lead search”: agreed → in progress",
                "Checked in with Dana",
            ]
        );
        assert!(changes(&then, &then).is_empty());
    }
}
