//! Desktop reminders for every dated thing: check-ins, milestones, learning actions, the person's
//! own action items, feedback requests, the weekly reflection, the monthly review, review-cycle dates (a week before
//! and on the day) and a self-assessment after 60 days without one. Each is announced once per due
//! date (remembered in `reminder_sent`), so starting Cairn twice a day does not nag, and an item
//! moved brings a fresh reminder when its new date comes. Each kind can be turned off in Settings.
//!
//! The core decides what is due (`reminder_due.rs`) and what to say (here); the shell only shows
//! it, and marks it sent only once shown.

use chrono::NaiveDate;

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    CheckIn,
    Milestone,
    LearningAction,
    /// A one-on-one action item the person owns.
    ActionItem,
    /// The weekly reflection of a plan (`item_id` is the plan).
    Reflection,
    /// The monthly review of a plan (`item_id` is the plan).
    MonthlyReview,
    /// A review-cycle date a week away.
    CycleDateSoon,
    /// A review-cycle date that is today.
    CycleDate,
    /// No self-assessment for 60 days (`item_id` is the plan).
    SelfAssessment,
    /// A request for feedback whose date has come, not answered yet.
    FeedbackRequest,
}

impl ReminderKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check_in",
            ReminderKind::Milestone => "milestone",
            ReminderKind::LearningAction => "learning_action",
            ReminderKind::ActionItem => "action_item",
            ReminderKind::Reflection => "reflection",
            ReminderKind::MonthlyReview => "monthly_review",
            ReminderKind::CycleDateSoon => "cycle_date_soon",
            ReminderKind::CycleDate => "cycle_date",
            ReminderKind::SelfAssessment => "self_assessment",
            ReminderKind::FeedbackRequest => "feedback_request",
        }
    }

    /// The notice's line for these subjects, and its title when it is the only kind.
    fn say(self, subjects: &str, n: usize) -> (String, String) {
        let count = |one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
        match self {
            ReminderKind::CheckIn => {
                (format!("Check in with {subjects}."), format!("{} due", count("check-in", "check-ins")))
            }
            ReminderKind::Milestone => {
                (format!("Due: {subjects}."), format!("{} due", count("milestone", "milestones")))
            }
            ReminderKind::LearningAction => {
                (format!("Learning due: {subjects}."), format!("{} due", count("learning action", "learning actions")))
            }
            ReminderKind::ActionItem => {
                (format!("Your action items: {subjects}."), format!("{} due", count("action item", "action items")))
            }
            ReminderKind::Reflection => {
                (format!("Two minutes on your week: {subjects}."), "Time for your weekly reflection".to_owned())
            }
            ReminderKind::MonthlyReview => {
                (format!("A pass over your plan: {subjects}."), "Time for your monthly review".to_owned())
            }
            ReminderKind::CycleDateSoon => (format!("In a week: {subjects}."), "Review cycle next week".to_owned()),
            ReminderKind::CycleDate => (format!("Today: {subjects}."), "Review cycle today".to_owned()),
            ReminderKind::SelfAssessment => {
                (format!("No self-assessment for 60 days: {subjects}."), "Time to rate yourself again".to_owned())
            }
            ReminderKind::FeedbackRequest => (
                format!("Ask for feedback: {subjects}."),
                format!("{} due", count("feedback request", "feedback requests")),
            ),
        }
    }
}

/// The order a notice lists kinds in: people first, then what is due, then the rhythm.
const ORDER: [ReminderKind; 10] = [
    ReminderKind::CheckIn,
    ReminderKind::FeedbackRequest,
    ReminderKind::Milestone,
    ReminderKind::LearningAction,
    ReminderKind::ActionItem,
    ReminderKind::CycleDate,
    ReminderKind::CycleDateSoon,
    ReminderKind::Reflection,
    ReminderKind::MonthlyReview,
    ReminderKind::SelfAssessment,
];

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

/// Says what became due in one notification: one line per kind, naming the first few.
pub fn notice(reminders: &[Reminder]) -> Option<Notice> {
    let groups: Vec<(ReminderKind, Vec<&str>)> = ORDER
        .iter()
        .map(|k| (*k, reminders.iter().filter(|r| r.kind == *k).map(|r| r.subject.as_str()).collect::<Vec<_>>()))
        .filter(|(_, subjects)| !subjects.is_empty())
        .collect();
    let said: Vec<(String, String)> = groups.iter().map(|(k, s)| k.say(&named(s), s.len())).collect();
    let title = match (groups.as_slice(), said.as_slice()) {
        ([], _) => return None,
        (_, [(_, title)]) => title.clone(),
        ([(ReminderKind::CheckIn, _), (ReminderKind::Milestone, _)], [(_, people), (_, milestones)]) => {
            format!("{} and {}", people.trim_end_matches(" due"), milestones)
        }
        _ => format!("{} reminders", reminders.len()),
    };
    Some(Notice { title, body: said.into_iter().map(|(line, _)| line).collect::<Vec<_>>().join("\n") })
}

fn named(items: &[&str]) -> String {
    let shown = items.iter().take(NAMED).copied().collect::<Vec<_>>().join(", ");
    match items.len().saturating_sub(NAMED) {
        0 => shown,
        rest => format!("{shown} and {rest} more"),
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
