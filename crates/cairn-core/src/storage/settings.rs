//! Preferences kept with the data: they travel with the file (and its backups) to another machine:
//! the paper documents are laid out for, and when the weekly reflection is due.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Result, StorageResultExt};
use crate::store::Store;
use crate::text_enum::text_enum;

/// The paper a document is laid out for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    UsLetter,
}

text_enum!(Paper { A4 => "a4", UsLetter => "us_letter" });

const PAPER: &str = "paper";
const REFLECTION_DAY: &str = "reflection_day";
const REFLECTION_TIME: &str = "reflection_time";

/// Which kinds of reminder the person wants; every kind is on until turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettings {
    pub check_ins: bool,
    pub milestones: bool,
    pub learning_actions: bool,
    /// One-on-one action items the person owns.
    pub action_items: bool,
    pub weekly_reflection: bool,
    pub monthly_review: bool,
    /// Review-cycle dates, a week before and on the day.
    pub review_cycle: bool,
    /// A self-assessment when none was taken for 60 days.
    pub self_assessment: bool,
    /// Feedback requests whose date has come.
    pub feedback_requests: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            check_ins: true,
            milestones: true,
            learning_actions: true,
            action_items: true,
            weekly_reflection: true,
            monthly_review: true,
            review_cycle: true,
            self_assessment: true,
            feedback_requests: true,
        }
    }
}

impl ReminderSettings {
    /// Each switch with the setting key that keeps it.
    fn keys(&mut self) -> [(&'static str, &mut bool); 9] {
        [
            ("remind_check_ins", &mut self.check_ins),
            ("remind_milestones", &mut self.milestones),
            ("remind_learning_actions", &mut self.learning_actions),
            ("remind_action_items", &mut self.action_items),
            ("remind_weekly_reflection", &mut self.weekly_reflection),
            ("remind_monthly_review", &mut self.monthly_review),
            ("remind_review_cycle", &mut self.review_cycle),
            ("remind_self_assessment", &mut self.self_assessment),
            ("remind_feedback_requests", &mut self.feedback_requests),
        ]
    }
}

/// A day of the week, as the settings keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayOfWeek {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

text_enum!(DayOfWeek {
    Monday => "monday",
    Tuesday => "tuesday",
    Wednesday => "wednesday",
    Thursday => "thursday",
    Friday => "friday",
    Saturday => "saturday",
    Sunday => "sunday",
});

impl DayOfWeek {
    pub fn weekday(self) -> chrono::Weekday {
        use chrono::Weekday::*;
        match self {
            DayOfWeek::Monday => Mon,
            DayOfWeek::Tuesday => Tue,
            DayOfWeek::Wednesday => Wed,
            DayOfWeek::Thursday => Thu,
            DayOfWeek::Friday => Fri,
            DayOfWeek::Saturday => Sat,
            DayOfWeek::Sunday => Sun,
        }
    }
}

/// When the weekly reflection is due: a day and a time of day. Friday afternoon unless chosen,
/// when the week can still be remembered and the next one planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionSlot {
    pub day: DayOfWeek,
    /// `15:00`.
    pub time: String,
}

impl ReflectionSlot {
    /// The first day on or after `day` that falls on the slot's weekday, at the slot's time.
    pub(crate) fn first_on_or_after(&self, day: chrono::NaiveDate) -> chrono::NaiveDateTime {
        use chrono::Datelike;
        let ahead = (7 + self.day.weekday().num_days_from_monday() - day.weekday().num_days_from_monday()) % 7;
        let on = day.checked_add_days(chrono::Days::new(u64::from(ahead))).unwrap_or(day);
        // `reflection_slot` only hands out a time it has checked.
        on.and_time(chrono::NaiveTime::parse_from_str(&self.time, "%H:%M").unwrap_or_default())
    }
}

impl Default for ReflectionSlot {
    fn default() -> Self {
        ReflectionSlot { day: DayOfWeek::Friday, time: "15:00".into() }
    }
}

impl Store {
    /// The paper for documents: A4 until the person chooses otherwise.
    pub fn paper(&self) -> Result<Paper> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [PAPER], |r| r.get(0))
            .optional()
            .or_storage("read the settings")?;
        // A value this version does not know (written by a newer Cairn) falls back to the default.
        Ok(stored.as_deref().and_then(Paper::parse).unwrap_or_default())
    }

    pub fn set_paper(&self, paper: Paper) -> Result<()> {
        self.set_setting(PAPER, paper.as_str())
    }

    /// When the weekly reflection is due (Friday 15:00 until chosen).
    pub fn reflection_slot(&self) -> Result<ReflectionSlot> {
        let default = ReflectionSlot::default();
        let day = self.setting(REFLECTION_DAY)?.as_deref().and_then(DayOfWeek::parse).unwrap_or(default.day);
        let time = self
            .setting(REFLECTION_TIME)?
            .and_then(|t| crate::dates::optional_time("time", &t).ok().flatten())
            .unwrap_or(default.time);
        Ok(ReflectionSlot { day, time })
    }

    /// Sets when the weekly reflection is due; the time is checked like any typed time.
    pub fn set_reflection_slot(&self, slot: &ReflectionSlot) -> Result<ReflectionSlot> {
        let time = crate::dates::optional_time("time", &slot.time)?
            .ok_or_else(|| crate::error::Error::validation("time", "Choose a time of day, such as 15:00."))?;
        self.atomically("save the settings", || {
            self.set_setting(REFLECTION_DAY, slot.day.as_str())?;
            self.set_setting(REFLECTION_TIME, &time)
        })?;
        self.reflection_slot()
    }

    /// Which reminders are on (all, until the person turns some off).
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let mut settings = ReminderSettings::default();
        for (key, on) in settings.keys() {
            if let Some(value) = self.setting(key)? {
                *on = value != "off";
            }
        }
        Ok(settings)
    }

    /// Turns kinds of reminder on or off, all in one write.
    pub fn set_reminder_settings(&self, settings: &ReminderSettings) -> Result<ReminderSettings> {
        let mut settings = *settings;
        self.atomically("save the settings", || {
            for (key, on) in settings.keys() {
                self.set_setting(key, if *on { "on" } else { "off" })?;
            }
            Ok(())
        })?;
        self.reminder_settings()
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .or_storage("read the settings")
    }

    pub(crate) fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .or_storage("save the settings")
    }
}
