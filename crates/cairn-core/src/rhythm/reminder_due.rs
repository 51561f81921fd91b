//! What has become due and not been announced for its current due date, kind by kind, for the
//! kinds the person has on. Plans that are archived or closed bring no reminders.

use chrono::{Days, NaiveDate};
use rusqlite::params;

use crate::error::{Result, StorageResultExt};
use crate::plan::{Plan, PlanStatus};
use crate::reminder::{Reminder, ReminderKind};
use crate::store::Store;
use crate::week::IsoWeek;

/// A self-assessment is asked for when none was taken for this many days.
pub const SELF_ASSESSMENT_DAYS: u64 = 60;
/// A review-cycle date is announced this many days before, and on the day.
pub const CYCLE_NOTICE_DAYS: u64 = 7;
/// A reminder about a day (a review date today) still counts this many days after, for a person
/// who did not open Cairn that day; later it would be news of the past.
const GRACE_DAYS: u64 = 2;

/// An action item is the person's own when its owner says so.
fn is_mine(owner: &str) -> bool {
    matches!(owner.trim().to_lowercase().as_str(), "" | "me" | "myself" | "i")
}

impl Store {
    /// Everything due today or earlier that has not been announced for its current due date,
    /// grouped by kind in the order the notice lists them.
    pub fn due_reminders(&self) -> Result<Vec<Reminder>> {
        let on = self.reminder_settings()?;
        let today = self.clock.today();
        let mut due = Vec::new();
        if on.check_ins {
            for person in self.list_stakeholders()? {
                if let Some(next) = person.check_in.next_due
                    && next <= today
                {
                    due.push(Reminder {
                        kind: ReminderKind::CheckIn,
                        item_id: person.id,
                        subject: person.name,
                        due: next,
                    });
                }
            }
        }
        if on.milestones {
            self.due_rows(
                &mut due,
                ReminderKind::Milestone,
                "SELECT m.id, m.title, m.due_date FROM milestone m JOIN plan p ON p.id = m.plan_id \
                 WHERE m.status IN ('planned', 'in_progress') AND m.due_date <= ?1 AND p.status <> 'archived' AND p.closed_on IS NULL \
                 ORDER BY m.due_date, m.id",
            )?;
        }
        if on.learning_actions {
            self.due_rows(
                &mut due,
                ReminderKind::LearningAction,
                "SELECT a.id, a.title, a.due_date FROM learning_action a JOIN skill s ON s.id = a.skill_id \
                 JOIN plan p ON p.id = s.plan_id \
                 WHERE a.status IN ('planned', 'in_progress') AND a.due_date <= ?1 AND p.status <> 'archived' AND p.closed_on IS NULL \
                 ORDER BY a.due_date, a.id",
            )?;
        }
        if on.action_items {
            self.due_rows_with_owner(&mut due, today)?;
        }
        if on.feedback_requests {
            self.due_rows(
                &mut due,
                ReminderKind::FeedbackRequest,
                "SELECT r.id, coalesce(s.name, r.person_name) || ' about ' || r.topic, r.due_date FROM feedback_request r \
                 JOIN plan p ON p.id = r.plan_id LEFT JOIN stakeholder s ON s.id = r.stakeholder_id \
                 WHERE r.status IN ('to_ask', 'asked') AND r.due_date <= ?1 AND p.status <> 'archived' AND p.closed_on IS NULL \
                 ORDER BY r.due_date, r.id",
            )?;
        }
        if on.review_cycle {
            self.due_cycle_dates(&mut due, today)?;
        }
        // Plans under way today: not archived, not closed, today inside the window.
        let running: Vec<Plan> = self
            .list_plans()?
            .into_iter()
            .filter(|p| {
                p.status != PlanStatus::Archived
                    && p.closed_on.is_none()
                    && (p.start_date..=p.end_date).contains(&today)
            })
            .collect();
        if on.weekly_reflection {
            let week = IsoWeek::of(today);
            let slot = self.reflection_slot()?.first_on_or_after(week.monday());
            let slot_day = slot.date();
            if self.clock.local_now() >= slot {
                for plan in &running {
                    if !self.has_reflection(plan.id, week)? {
                        due.push(Reminder {
                            kind: ReminderKind::Reflection,
                            item_id: plan.id,
                            subject: plan.title.clone(),
                            due: slot_day,
                        });
                    }
                }
            }
        }
        if on.monthly_review {
            for plan in &running {
                let (due_on, _) = self.review_due(plan)?;
                if due_on <= today {
                    due.push(Reminder {
                        kind: ReminderKind::MonthlyReview,
                        item_id: plan.id,
                        subject: plan.title.clone(),
                        due: due_on,
                    });
                }
            }
        }
        if on.self_assessment {
            for plan in &running {
                let since: Option<NaiveDate> = self
                    .conn
                    .query_row("SELECT max(date) FROM assessment WHERE plan_id = ?1", [plan.id], |r| r.get(0))
                    .or_storage("read the self-assessments")?;
                let from = since.unwrap_or(plan.start_date);
                let at = from.checked_add_days(Days::new(SELF_ASSESSMENT_DAYS)).unwrap_or(NaiveDate::MAX);
                if at <= today {
                    due.push(Reminder {
                        kind: ReminderKind::SelfAssessment,
                        item_id: plan.id,
                        subject: plan.title.clone(),
                        due: at,
                    });
                }
            }
        }
        let mut fresh = Vec::with_capacity(due.len());
        for r in due {
            if !self.was_sent(r.kind, r.item_id, r.due)? {
                fresh.push(r);
            }
        }
        Ok(fresh)
    }

    /// Rows of (id, subject, due date) due by today, as reminders of `kind`.
    fn due_rows(&self, due: &mut Vec<Reminder>, kind: ReminderKind, sql: &str) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(sql).or_storage("read what is due")?;
        let rows = stmt
            .query_map([self.clock.today()], |row| {
                Ok(Reminder { kind, item_id: row.get(0)?, subject: row.get(1)?, due: row.get(2)? })
            })
            .or_storage("read what is due")?;
        for row in rows {
            due.push(row.or_storage("read what is due")?);
        }
        Ok(())
    }

    /// Open action items the person owns, due by today, of plans not archived; an item carried
    /// over to a later meeting is announced once, as the later copy.
    fn due_rows_with_owner(&self, due: &mut Vec<Reminder>, today: NaiveDate) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.text, a.due_date, a.owner FROM action_item a JOIN one_on_one o ON o.id = a.one_on_one_id \
                 JOIN plan p ON p.id = o.plan_id \
                 WHERE a.status = 'open' AND a.due_date <= ?1 AND p.status <> 'archived' AND p.closed_on IS NULL \
                   AND NOT EXISTS (SELECT 1 FROM action_item c WHERE c.carried_from = a.id) \
                 ORDER BY a.due_date, a.id",
            )
            .or_storage("read the action items")?;
        let rows = stmt
            .query_map([today], |row| {
                let owner: String = row.get(3)?;
                Ok((
                    owner,
                    Reminder {
                        kind: ReminderKind::ActionItem,
                        item_id: row.get(0)?,
                        subject: row.get(1)?,
                        due: row.get(2)?,
                    },
                ))
            })
            .or_storage("read the action items")?;
        for row in rows {
            let (owner, reminder) = row.or_storage("read the action items")?;
            if is_mine(&owner) {
                due.push(reminder);
            }
        }
        Ok(())
    }

    /// Review-cycle dates a week away (announced from a week before) and today (announced on the
    /// day and, for a person who did not open Cairn that day, two days after).
    fn due_cycle_dates(&self, due: &mut Vec<Reminder>, today: NaiveDate) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.name, c.date FROM cycle_date c JOIN plan p ON p.id = c.plan_id \
                 WHERE p.status <> 'archived' AND p.closed_on IS NULL AND c.date >= ?1 AND c.date <= ?2 ORDER BY c.date, c.id",
            )
            .or_storage("read the review cycle")?;
        let from = today.checked_sub_days(Days::new(GRACE_DAYS)).unwrap_or(today);
        let to = today.checked_add_days(Days::new(CYCLE_NOTICE_DAYS)).unwrap_or(today);
        let rows = stmt
            .query_map(params![from, to], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, NaiveDate>(2)?))
            })
            .or_storage("read the review cycle")?;
        for row in rows {
            let (id, name, date) = row.or_storage("read the review cycle")?;
            if date <= today {
                due.push(Reminder { kind: ReminderKind::CycleDate, item_id: id, subject: name, due: date });
            } else {
                let week_before = date.checked_sub_days(Days::new(CYCLE_NOTICE_DAYS)).unwrap_or(date);
                let subject = format!("{name} on {} {}", date.format("%A"), date.format("%-d %B"));
                due.push(Reminder { kind: ReminderKind::CycleDateSoon, item_id: id, subject, due: week_before });
            }
        }
        Ok(())
    }

    /// Remembers that these reminders were shown, all or none.
    pub fn mark_reminded(&self, reminders: &[Reminder]) -> Result<()> {
        let now = self.clock.now();
        self.atomically("remember the reminders", || {
            for r in reminders {
                self.conn
                    .execute(
                        "INSERT OR IGNORE INTO reminder_sent (kind, item_id, due_date, sent_at) VALUES (?1, ?2, ?3, ?4)",
                        params![r.kind.as_str(), r.item_id, r.due, now],
                    )
                    .or_storage("remember the reminders")?;
            }
            Ok(())
        })
    }

    fn was_sent(&self, kind: ReminderKind, item_id: i64, due: NaiveDate) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM reminder_sent WHERE kind = ?1 AND item_id = ?2 AND due_date = ?3)",
                params![kind.as_str(), item_id, due],
                |row| row.get(0),
            )
            .or_storage("read the reminders")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_item_is_mine_when_its_owner_says_so() {
        for owner in ["me", " Me ", "", "I", "myself"] {
            assert!(is_mine(owner), "{owner:?}");
        }
        for owner in ["Priya", "mentor", "the team"] {
            assert!(!is_mine(owner), "{owner:?}");
        }
    }
}
