//! Desktop reminders: check-ins and milestones that have become due. Each is announced once per due
//! date (remembered in `reminder_sent`), so starting Cairn twice a day does not nag, and a check-in
//! logged or a milestone moved brings a fresh reminder when the new date comes.
//!
//! The core decides what to say; the shell only shows it (and marks it shown).

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::{Result, StorageResultExt};
use crate::store::Store;

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    CheckIn,
    Milestone,
}

impl ReminderKind {
    fn as_str(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check_in",
            ReminderKind::Milestone => "milestone",
        }
    }
}

/// One thing that became due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub kind: ReminderKind,
    pub item_id: i64,
    /// The person's name, or the milestone's title.
    pub subject: String,
    pub due: NaiveDate,
}

/// A notification's two lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

impl Notice {
    /// The body as the desktop's notification service takes it: that service reads a small markup
    /// (`<b>`, `&amp;`), so a milestone called "Q&A <draft>" must be escaped to show as typed (and a
    /// `&` alone makes some services drop the whole body).
    pub fn body_markup(&self) -> String {
        markup_escaped(&self.body)
    }
}

/// `text` with the notification markup's special characters escaped.
pub fn markup_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// At most this many names in a notification's body; the rest are counted.
const NAMED: usize = 3;

/// Says what became due in one notification: one line of what, one of who or which.
pub fn notice(reminders: &[Reminder]) -> Option<Notice> {
    if reminders.is_empty() {
        return None;
    }
    let people: Vec<&str> =
        reminders.iter().filter(|r| r.kind == ReminderKind::CheckIn).map(|r| r.subject.as_str()).collect();
    let milestones: Vec<&str> =
        reminders.iter().filter(|r| r.kind == ReminderKind::Milestone).map(|r| r.subject.as_str()).collect();
    let count = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let title = match (people.len(), milestones.len()) {
        (0, m) => format!("{} due", count(m, "milestone", "milestones")),
        (p, 0) => format!("{} due", count(p, "check-in", "check-ins")),
        (p, m) => format!("{} and {} due", count(p, "check-in", "check-ins"), count(m, "milestone", "milestones")),
    };
    let mut lines = Vec::new();
    if !people.is_empty() {
        lines.push(format!("Check in with {}.", named(&people)));
    }
    if !milestones.is_empty() {
        lines.push(format!("Due: {}.", named(&milestones)));
    }
    Some(Notice { title, body: lines.join("\n") })
}

fn named(items: &[&str]) -> String {
    let shown = items.iter().take(NAMED).copied().collect::<Vec<_>>().join(", ");
    match items.len().saturating_sub(NAMED) {
        0 => shown,
        rest => format!("{shown} and {rest} more"),
    }
}

impl Store {
    /// Check-ins and open milestones (of plans not archived) due today or earlier that have not
    /// been announced for their current due date, people first, then by date.
    pub fn due_reminders(&self) -> Result<Vec<Reminder>> {
        let today = self.clock.today();
        let mut due = Vec::new();
        for person in self.list_stakeholders()? {
            if let Some(next) = person.check_in.next_due
                && next <= today
                && !self.was_sent(ReminderKind::CheckIn, person.id, next)?
            {
                due.push(Reminder { kind: ReminderKind::CheckIn, item_id: person.id, subject: person.name, due: next });
            }
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT m.id, m.title, m.due_date FROM milestone m JOIN plan p ON p.id = m.plan_id
                 WHERE m.status IN ('planned', 'in_progress') AND m.due_date IS NOT NULL AND m.due_date <= ?1
                   AND p.status <> 'archived'
                   AND NOT EXISTS (SELECT 1 FROM reminder_sent r
                                   WHERE r.kind = 'milestone' AND r.item_id = m.id AND r.due_date = m.due_date)
                 ORDER BY m.due_date, m.id",
            )
            .or_storage("read the due milestones")?;
        let rows = stmt
            .query_map([today], |row| {
                Ok(Reminder {
                    kind: ReminderKind::Milestone,
                    item_id: row.get(0)?,
                    subject: row.get(1)?,
                    due: row.get(2)?,
                })
            })
            .or_storage("read the due milestones")?;
        for row in rows {
            due.push(row.or_storage("read the due milestones")?);
        }
        Ok(due)
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

    fn r(kind: ReminderKind, subject: &str) -> Reminder {
        Reminder { kind, item_id: 1, subject: subject.into(), due: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap() }
    }

    #[test]
    fn one_notice_names_the_first_few_and_counts_the_rest() {
        assert_eq!(notice(&[]), None);
        let one = notice(&[r(ReminderKind::CheckIn, "Priya")]).unwrap();
        assert_eq!((one.title.as_str(), one.body.as_str()), ("1 check-in due", "Check in with Priya."));
        let many = notice(&[
            r(ReminderKind::CheckIn, "Priya"),
            r(ReminderKind::CheckIn, "Marcus"),
            r(ReminderKind::CheckIn, "Ana"),
            r(ReminderKind::CheckIn, "Dev"),
            r(ReminderKind::CheckIn, "Lena"),
            r(ReminderKind::Milestone, "Ship the ranker"),
        ])
        .unwrap();
        assert_eq!(many.title, "5 check-ins and 1 milestone due");
        assert_eq!(many.body, "Check in with Priya, Marcus, Ana and 2 more.\nDue: Ship the ranker.");
    }

    #[test]
    fn a_notice_body_is_escaped_for_the_notification_service() {
        let n = Notice { title: "1 milestone due".into(), body: "Due: Q&A <draft> \"v2\".".into() };
        assert_eq!(n.body_markup(), "Due: Q&amp;A &lt;draft&gt; &quot;v2&quot;.");
        assert_eq!(markup_escaped("&amp;"), "&amp;amp;", "what looks escaped already is text too");
    }
}
