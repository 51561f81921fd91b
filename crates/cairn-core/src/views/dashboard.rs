//! The dashboard: "what needs me this week" for one plan, in one read.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use rusqlite::OptionalExtension;

use crate::error::{Result, StorageResultExt};
use crate::learning::LearningBalance;
use crate::milestone::{Milestone, MilestoneStatus};
use crate::skill::Skill;
use crate::stakeholder::Stakeholder;
use crate::store::Store;
use crate::win::Win;
use crate::{CycleDate, FeedbackRequest, Focus, IsoWeek, MentoringGlance};

/// How many recent wins the dashboard shows.
pub const RECENT_WINS: usize = 3;
/// "This week": due within this many days.
pub const WEEK_DAYS: i64 = 7;

/// Where today falls in the plan window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WindowPhase {
    Upcoming,
    Running,
    Ended,
}

/// The next one-on-one on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpcomingOneOnOne {
    #[ts(type = "number")]
    pub id: i64,
    pub date: NaiveDate,
    pub with_name: String,
}

/// Everything the dashboard shows for a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardSummary {
    #[ts(type = "number")]
    pub plan_id: i64,
    pub today: NaiveDate,
    pub phase: WindowPhase,
    /// Days until the end (running), until the start (upcoming), or since the end (ended).
    #[ts(type = "number")]
    pub days: i64,
    #[ts(type = "number")]
    pub window_days: i64,
    /// Milestones done / all milestones that are not dropped.
    pub milestones_done: u32,
    pub milestones_total: u32,
    /// Share of the skill gap closed since the skills were added, 0..=100; null without a gap.
    pub skill_gap_closed_percent: Option<u32>,
    pub overdue_milestones: Vec<Milestone>,
    /// Open milestones due today or in the next seven days.
    pub due_this_week: Vec<Milestone>,
    /// Stakeholders whose check-in is overdue or due within a week, most overdue first.
    pub check_ins_due: Vec<Stakeholder>,
    pub wins_this_quarter: u32,
    pub recent_wins: Vec<Win>,
    pub balance: LearningBalance,
    pub next_one_on_one: Option<UpcomingOneOnOne>,
    /// The focus set by the latest weekly reflection.
    pub focus: Option<Focus>,
    /// The week today is in (`2026-W49`) and whether its reflection is written. Only asked for
    /// while the plan runs.
    pub this_week: String,
    pub reflection_due: bool,
    /// The review cycle's dates from today on, soonest first, with their countdowns.
    pub review_cycle: Vec<CycleDate>,
    /// When the next monthly review is due (a month after the last, or after the start).
    pub review_due_on: NaiveDate,
    /// The review is due (and the plan runs), or one is in progress to resume.
    pub review_due: bool,
    pub review_in_progress: bool,
    /// Mentees, sessions this quarter, goals met.
    pub mentoring: MentoringGlance,
    /// Feedback requests not answered yet whose date has come.
    pub requests_due: Vec<FeedbackRequest>,
}

/// Share of the gap between baseline and target that has been climbed, over all skills with a gap.
pub fn gap_closed_percent(skills: &[Skill]) -> Option<u32> {
    let (climbed, total) = skills.iter().fold((0u32, 0u32), |(climbed, total), s| {
        let gap = u32::from(s.target_level.saturating_sub(s.baseline_level));
        let done = u32::from(s.current_level.saturating_sub(s.baseline_level)).min(gap);
        (climbed + done, total + gap)
    });
    (total > 0).then(|| (climbed * 100 + total / 2) / total)
}

pub(crate) fn quarter_start(day: NaiveDate) -> NaiveDate {
    let month = (day.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

impl Store {
    /// The dashboard of a plan, as of the store clock's today.
    pub fn dashboard(&self, plan_id: i64) -> Result<DashboardSummary> {
        let plan = self.get_plan(plan_id)?;
        let today = self.clock.today();
        let (phase, days) = if today < plan.start_date {
            (WindowPhase::Upcoming, (plan.start_date - today).num_days())
        } else if today > plan.end_date {
            (WindowPhase::Ended, (today - plan.end_date).num_days())
        } else {
            (WindowPhase::Running, (plan.end_date - today).num_days())
        };

        let (review_due_on, review_in_progress) = self.review_due(&plan)?;
        let milestones = self.list_milestones(plan_id)?;
        let counted = milestones.iter().filter(|m| m.status != MilestoneStatus::Dropped);
        let milestones_total = counted.clone().count() as u32;
        let milestones_done = counted.filter(|m| m.status == MilestoneStatus::Done).count() as u32;
        let overdue_milestones: Vec<_> = milestones.iter().filter(|m| m.overdue).cloned().collect();
        let due_this_week = milestones
            .iter()
            .filter(|m| {
                m.status.is_open() && m.due_date.is_some_and(|d| d >= today && (d - today).num_days() <= WEEK_DAYS)
            })
            .cloned()
            .collect();

        let mut check_ins_due: Vec<_> =
            self.list_stakeholders()?.into_iter().filter(|s| s.check_in.state.is_due()).collect();
        check_ins_due.sort_by_key(|s| s.check_in.days_until_due);

        // Counted and limited in SQL: a plan of 400 wins need not be read to show five.
        let wins_this_quarter = self.count_wins_between(plan_id, quarter_start(today), today)?;
        let recent_wins = self.recent_wins(plan_id, RECENT_WINS)?;

        // One row, chosen in SQL: every meeting with its agenda was read to pick the next one.
        let next_one_on_one = self
            .conn
            .prepare_cached(
                "SELECT o.id, o.date, coalesce(s.name, o.with_name) FROM one_on_one o \
                 LEFT JOIN stakeholder s ON s.id = o.stakeholder_id \
                 WHERE o.plan_id = ?1 AND o.date >= ?2 ORDER BY o.date, o.id LIMIT 1",
            )
            .and_then(|mut stmt| {
                stmt.query_row(rusqlite::params![plan_id, today], |r| {
                    Ok(UpcomingOneOnOne { id: r.get(0)?, date: r.get(1)?, with_name: r.get(2)? })
                })
                .optional()
            })
            .or_storage("read the next one-on-one")?;

        Ok(DashboardSummary {
            plan_id,
            today,
            phase,
            days,
            window_days: (plan.end_date - plan.start_date).num_days(),
            milestones_done,
            milestones_total,
            skill_gap_closed_percent: gap_closed_percent(&self.list_skills(plan_id)?),
            overdue_milestones,
            due_this_week,
            check_ins_due,
            wins_this_quarter,
            recent_wins,
            balance: self.learning_balance(plan_id)?,
            next_one_on_one,
            focus: self.current_focus(plan_id)?,
            this_week: IsoWeek::of(today).to_string(),
            reflection_due: phase == WindowPhase::Running && !self.has_reflection(plan_id, IsoWeek::of(today))?,
            review_cycle: self.cycle_dates_from(plan_id, today)?,
            review_due_on,
            review_due: review_due_on <= today && phase == WindowPhase::Running,
            review_in_progress,
            mentoring: self.mentoring_glance(plan_id, quarter_start(today))?,
            requests_due: self.list_feedback_requests(plan_id)?.items.into_iter().filter(|r| r.due).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skill::SkillCategory;
    use chrono::{DateTime, Utc};

    fn skill(baseline: u8, current: u8, target: u8) -> Skill {
        let t = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        Skill {
            id: 1,
            plan_id: 1,
            name: "s".into(),
            category: SkillCategory::Visibility,
            baseline_level: baseline,
            current_level: current,
            target_level: target,
            why: String::new(),
            notes: String::new(),
            position: 1,
            created_at: t,
            updated_at: t,
        }
    }

    #[test]
    fn gap_closed_is_measured_from_each_skills_baseline() {
        assert_eq!(gap_closed_percent(&[]), None);
        assert_eq!(gap_closed_percent(&[skill(3, 3, 3)]), None, "no gap, nothing to close");
        assert_eq!(gap_closed_percent(&[skill(1, 2, 5), skill(2, 4, 4)]), Some(50));
        assert_eq!(gap_closed_percent(&[skill(2, 2, 4)]), Some(0));
        assert_eq!(gap_closed_percent(&[skill(1, 3, 4)]), Some(67));
    }

    #[test]
    fn quarters_start_in_january_april_july_and_october() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(quarter_start(d("2026-11-21")), d("2026-10-01"));
        assert_eq!(quarter_start(d("2026-03-31")), d("2026-01-01"));
        assert_eq!(quarter_start(d("2026-04-01")), d("2026-04-01"));
    }
}
