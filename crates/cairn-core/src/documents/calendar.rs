//! The plan's dates as calendar events, for an iCalendar file (`cairn-report` writes the file):
//! milestones and review-cycle dates as all-day events, one-on-ones at their time (or as a day),
//! check-ins as they fall due, and the weekly reflection repeating until the plan ends.
//!
//! A calendar file leaves Cairn for a calendar program and often a calendar service, so events
//! carry titles and nothing else: no notes, no agenda, no stance, no reflection text. Each event's
//! UID is made from the plan (its id and creation instant, which an export and import keep) and the
//! item, so importing a newer file updates the events instead of adding copies.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::{MilestoneStatus, Plan, Result, Store};

/// How long a one-on-one with a set time lasts in the calendar.
pub const MEETING_MINUTES: u32 = 30;
/// How long the weekly reflection is blocked for: two minutes to write, a little to think.
pub const REFLECTION_MINUTES: u32 = 15;

/// When an event happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventTime {
    /// The whole day.
    AllDay(NaiveDate),
    /// From a local time (no time zone: the calendar's own), for some minutes.
    At { start: NaiveDateTime, minutes: u32 },
}

/// One event of the calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable across exports of the same data.
    pub uid: String,
    pub summary: String,
    /// One line of context (which plan, what it leads up to); never the person's notes.
    pub description: String,
    pub category: &'static str,
    pub time: EventTime,
    /// Repeats every week on the same weekday until this day, inclusive.
    pub weekly_until: Option<NaiveDate>,
}

/// The plan's calendar.
#[derive(Debug, Clone)]
pub struct CalendarDocument {
    pub plan: Plan,
    /// When the file is made (each event's DTSTAMP).
    pub made_at: DateTime<Utc>,
    pub events: Vec<CalendarEvent>,
}

impl CalendarDocument {
    /// "Road to Senior calendar": the file name to suggest, without extension.
    pub fn file_stem(&self) -> String {
        format!("{} calendar", self.plan.title)
    }
}

impl Store {
    /// Every dated thing of the plan as calendar events, as of the store's today.
    pub fn calendar(&self, plan_id: i64) -> Result<CalendarDocument> {
        let plan = self.get_plan(plan_id)?;
        let today = self.clock.today();
        let key = format!("plan{}-{}", plan.id, plan.created_at.format("%Y%m%dT%H%M%SZ"));
        let uid = |kind: &str, id: i64| format!("{kind}-{id}.{key}@cairn.local");
        let context = format!("Growth plan: {}", plan.title);
        let mut events = Vec::new();

        let cycle = self.list_cycle_dates(plan.id)?;
        for d in &cycle {
            events.push(CalendarEvent {
                uid: uid("cycle", d.id),
                summary: d.name.clone(),
                description: format!("Review cycle. {context}"),
                category: "Review cycle",
                time: EventTime::AllDay(d.date),
                weekly_until: None,
            });
        }
        for m in self.list_milestones(plan.id)? {
            let Some(due) = m.due_date.filter(|_| m.status != MilestoneStatus::Dropped) else { continue };
            let done = if m.status == MilestoneStatus::Done { " (done)" } else { "" };
            let leads_to = m
                .cycle_date_id
                .and_then(|id| cycle.iter().find(|d| d.id == id))
                .map(|d| format!(" Leads up to: {} ({}).", d.name, d.date))
                .unwrap_or_default();
            events.push(CalendarEvent {
                uid: uid("milestone", m.id),
                summary: format!("Milestone: {}{done}", m.title),
                description: format!("{context}.{leads_to}"),
                category: "Milestone",
                time: EventTime::AllDay(due),
                weekly_until: None,
            });
        }
        for o in self.list_one_on_ones(plan.id)? {
            let time = match o.time.as_deref().and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok()) {
                Some(t) => EventTime::At { start: o.date.and_time(t), minutes: MEETING_MINUTES },
                None => EventTime::AllDay(o.date),
            };
            events.push(CalendarEvent {
                uid: uid("one-on-one", o.id),
                summary: format!("One-on-one with {}", o.with_name),
                description: format!("{context}. The agenda and the brief are in Cairn."),
                category: "One-on-one",
                time,
                weekly_until: None,
            });
        }
        // Check-ins as they fall due now; one that is overdue is due today. The UID is the
        // person's, so a later export moves the event to the next due day.
        for p in self.list_stakeholders()? {
            // Only people with a cadence have a next check-in.
            let Some(due) = p.check_in.next_due else { continue };
            events.push(CalendarEvent {
                uid: uid("check-in", p.id),
                summary: format!("Check in with {}", p.name),
                description: format!("Every {} days. {context}", p.cadence_days.unwrap_or_default()),
                category: "Check-in",
                time: EventTime::AllDay(due.max(today)),
                weekly_until: None,
            });
        }
        // The weekly reflection, from its first slot in the window to the window's end.
        let first = self.reflection_slot()?.first_on_or_after(plan.start_date);
        if first.date() <= plan.end_date {
            events.push(CalendarEvent {
                uid: uid("weekly-reflection", plan.id),
                summary: format!("Weekly reflection: {}", plan.title),
                description: "Two minutes: what moved, what I learned, what got in the way, next week's one focus."
                    .into(),
                category: "Weekly reflection",
                time: EventTime::At { start: first, minutes: REFLECTION_MINUTES },
                weekly_until: Some(plan.end_date),
            });
        }
        Ok(CalendarDocument { plan, made_at: self.clock.now(), events })
    }
}
