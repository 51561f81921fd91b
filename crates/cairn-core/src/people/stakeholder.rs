//! The stakeholder map: the people whose support matters, placed on the power/interest grid, with a
//! check-in cadence. Stakeholders are shared across plans: the people stay when a new plan starts.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest name or role, in characters.
pub const STAKEHOLDER_NAME_MAX: usize = 120;
/// Longest "what they care about", in characters.
pub const CARES_ABOUT_MAX: usize = 1000;
/// Longest check-in cadence, in days.
pub const CADENCE_MAX_DAYS: i64 = 365;
/// A check-in is "due soon" when it falls due within this many days.
pub const DUE_SOON_DAYS: i64 = 7;

/// How the person relates to you.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Manager,
    SkipLevel,
    Peer,
    CrossFunctional,
    Mentor,
    Mentee,
    Sponsor,
    Leadership,
}

text_enum!(Relationship {
    Manager => "manager",
    SkipLevel => "skip_level",
    Peer => "peer",
    CrossFunctional => "cross_functional",
    Mentor => "mentor",
    Mentee => "mentee",
    Sponsor => "sponsor",
    Leadership => "leadership",
});

/// Where the person stands on your growth. Private: it never goes into a shared brief by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Champion,
    Supporter,
    Neutral,
    Skeptic,
    Blocker,
}

text_enum!(Stance { Champion => "champion", Supporter => "supporter", Neutral => "neutral", Skeptic => "skeptic", Blocker => "blocker" });

/// The four quadrants of the power/interest grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High influence, high interest.
    ManageClosely,
    /// High influence, low interest.
    KeepSatisfied,
    /// Low influence, high interest.
    KeepInformed,
    /// Low influence, low interest.
    Monitor,
}

impl Quadrant {
    /// The quadrant of a 1–5 influence and interest. "High" is the upper half including the middle
    /// (3, 4, 5): a person of middling influence is worth keeping satisfied rather than merely watched.
    pub fn of(influence: u8, interest: u8) -> Self {
        match (influence >= 3, interest >= 3) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }
}

/// What kind of contact an interaction was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    OneOnOne,
    CheckIn,
    Meeting,
    Message,
    Other,
}

text_enum!(InteractionKind {
    OneOnOne => "one_on_one",
    CheckIn => "check_in",
    Meeting => "meeting",
    Message => "message",
    Other => "other",
});

/// Whether a check-in with a stakeholder is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CheckInState {
    /// No cadence set: Cadence-free people are never "due".
    NotTracked,
    /// Next check-in more than a week away.
    Ok,
    /// Due within the next seven days, or today.
    DueSoon,
    /// The due date has passed.
    Overdue,
}

impl CheckInState {
    /// Due within the week or overdue: what the dashboard, the reminders and the brief bring up.
    pub fn is_due(self) -> bool {
        matches!(self, CheckInState::Overdue | CheckInState::DueSoon)
    }
}

/// Check-in status derived from the cadence and the last logged interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub state: CheckInState,
    pub last_interaction: Option<NaiveDate>,
    /// `cadence` days after the last interaction; today when there has been none yet.
    pub next_due: Option<NaiveDate>,
    /// Days from today to `next_due` (negative when overdue).
    #[ts(type = "number | null")]
    pub days_until_due: Option<i64>,
}

impl CheckIn {
    /// The check-in status on `today` for a cadence and the date of the last interaction.
    pub fn derive(cadence_days: Option<u16>, last_interaction: Option<NaiveDate>, today: NaiveDate) -> Self {
        let Some(cadence) = cadence_days else {
            return CheckIn { state: CheckInState::NotTracked, last_interaction, next_due: None, days_until_due: None };
        };
        // Never met: the first check-in is due now.
        let next_due = match last_interaction {
            Some(last) => last.checked_add_days(chrono::Days::new(u64::from(cadence))).unwrap_or(NaiveDate::MAX),
            None => today,
        };
        let days = (next_due - today).num_days();
        let state = if days < 0 {
            CheckInState::Overdue
        } else if days <= DUE_SOON_DAYS {
            CheckInState::DueSoon
        } else {
            CheckInState::Ok
        };
        CheckIn { state, last_interaction, next_due: Some(next_due), days_until_due: Some(days) }
    }
}

/// A stored stakeholder with the figures derived from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stakeholder {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub role: String,
    pub relationship: Relationship,
    pub influence: u8,
    pub interest: u8,
    pub stance: Stance,
    pub cares_about: String,
    pub cadence_days: Option<u16>,
    pub quadrant: Quadrant,
    pub check_in: CheckIn,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a stakeholder. `cadenceDays` null means "no regular check-in".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StakeholderInput {
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub relationship: Relationship,
    #[ts(type = "number")]
    pub influence: i64,
    #[ts(type = "number")]
    pub interest: i64,
    pub stance: Stance,
    #[serde(default)]
    pub cares_about: String,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub cadence_days: Option<i64>,
}

/// A logged contact with a stakeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Interaction {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub stakeholder_id: i64,
    pub date: NaiveDate,
    pub kind: InteractionKind,
    pub notes: String,
    pub created_at: DateTime<Utc>,
}

/// What a person fills in when logging an interaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InteractionInput {
    pub date: String,
    pub kind: InteractionKind,
    #[serde(default)]
    pub notes: String,
}

struct ValidStakeholder {
    name: String,
    role: String,
    relationship: Relationship,
    influence: u8,
    interest: u8,
    stance: Stance,
    cares_about: String,
    cadence_days: Option<u16>,
}

fn one_to_five(field: &'static str, label: &str, value: i64) -> Result<u8> {
    match u8::try_from(value) {
        Ok(v @ 1..=5) => Ok(v),
        _ => Err(Error::validation(field, format!("{label} must be from 1 to 5; {value} is outside the scale."))),
    }
}

impl StakeholderInput {
    fn validate(&self) -> Result<ValidStakeholder> {
        let name = required_line("name", "The name", &self.name, STAKEHOLDER_NAME_MAX)?;
        let role = optional_text("role", "The role", &self.role, STAKEHOLDER_NAME_MAX)?;
        if role.contains('\n') {
            return Err(Error::validation("role", "The role must be a single line."));
        }
        let influence = one_to_five("influence", "Influence", self.influence)?;
        let interest = one_to_five("interest", "Interest", self.interest)?;
        let cadence_days = match self.cadence_days {
            None => None,
            Some(days @ 1..=CADENCE_MAX_DAYS) => u16::try_from(days).ok(),
            Some(days) => {
                return Err(Error::validation(
                    "cadenceDays",
                    format!("A check-in cadence runs from 1 to {CADENCE_MAX_DAYS} days; {days} is outside that."),
                ));
            }
        };
        Ok(ValidStakeholder {
            name,
            role,
            relationship: self.relationship,
            influence,
            interest,
            stance: self.stance,
            cares_about: optional_text("caresAbout", "What they care about", &self.cares_about, CARES_ABOUT_MAX)?,
            cadence_days,
        })
    }
}

/// Longest interaction notes, in characters.
pub const INTERACTION_NOTES_MAX: usize = 4000;

impl InteractionInput {
    fn validate(&self, today: NaiveDate) -> Result<(NaiveDate, String)> {
        let date = crate::window::parse_date("date", "date", &self.date)?;
        if date > today {
            return Err(Error::validation(
                "date",
                format!("{date} is in the future; log an interaction once it has happened."),
            ));
        }
        Ok((date, optional_text("notes", "The notes", &self.notes, INTERACTION_NOTES_MAX)?))
    }
}

// The last contact is the latest interaction or mentoring session (a session is contact, and one
// planned ahead means the next is arranged).
const COLUMNS: &str = "s.id, s.name, s.role, s.relationship, s.influence, s.interest, s.stance, s.cares_about, \
                       s.cadence_days, s.created_at, s.updated_at, \
                       nullif(max(coalesce((SELECT max(i.date) FROM interaction i WHERE i.stakeholder_id = s.id), ''), \
                           coalesce((SELECT max(m.date) FROM mentoring_session m WHERE m.stakeholder_id = s.id), '')), '')";

impl Store {
    fn stakeholder_from_row(&self, row: &Row<'_>) -> rusqlite::Result<Stakeholder> {
        let influence: u8 = row.get(4)?;
        let interest: u8 = row.get(5)?;
        let cadence_days: Option<u16> = row.get(8)?;
        let last: Option<NaiveDate> = row.get(11)?;
        Ok(Stakeholder {
            id: row.get(0)?,
            name: row.get(1)?,
            role: row.get(2)?,
            relationship: row.get(3)?,
            influence,
            interest,
            stance: row.get(6)?,
            cares_about: row.get(7)?,
            cadence_days,
            quadrant: Quadrant::of(influence, interest),
            check_in: CheckIn::derive(cadence_days, last, self.clock.today()),
            created_at: row.get(9)?,
            updated_at: row.get(10)?,
        })
    }

    /// Adds a person to the stakeholder map.
    pub fn create_stakeholder(&self, input: &StakeholderInput) -> Result<Stakeholder> {
        let s = input.validate()?;
        self.conn
            .execute(
                "INSERT INTO stakeholder (name, role, relationship, influence, interest, stance, cares_about, \
                 cadence_days, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    s.name,
                    s.role,
                    s.relationship,
                    s.influence,
                    s.interest,
                    s.stance,
                    s.cares_about,
                    s.cadence_days,
                    self.clock.now()
                ],
            )
            .or_storage("save the stakeholder")?;
        self.get_stakeholder(self.conn.last_insert_rowid())
    }

    /// Everyone on the map, by name.
    pub fn list_stakeholders(&self) -> Result<Vec<Stakeholder>> {
        let sql = format!("SELECT {COLUMNS} FROM stakeholder s ORDER BY s.name COLLATE NOCASE, s.id");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the stakeholders")?;
        let rows = stmt.query_map([], |row| self.stakeholder_from_row(row)).or_storage("read the stakeholders")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the stakeholders")
    }

    /// The people on the map that `filter` (SQL on `s`, with `params`) keeps, by name: a screen
    /// that needs a few people need not derive every check-in on the map.
    pub(crate) fn stakeholders_where(&self, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Stakeholder>> {
        let sql = format!("SELECT {COLUMNS} FROM stakeholder s WHERE {filter} ORDER BY s.name COLLATE NOCASE, s.id");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the stakeholders")?;
        let rows = stmt.query_map(params, |row| self.stakeholder_from_row(row)).or_storage("read the stakeholders")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the stakeholders")
    }

    /// One stakeholder by id.
    pub fn get_stakeholder(&self, id: i64) -> Result<Stakeholder> {
        let sql = format!("SELECT {COLUMNS} FROM stakeholder s WHERE s.id = ?1");
        self.conn
            .query_row(&sql, [id], |row| self.stakeholder_from_row(row))
            .optional()
            .or_storage("read the stakeholder")?
            .ok_or(Error::NotFound { what: "Stakeholder", id })
    }

    /// Replaces a stakeholder's fields (a drag on the grid is an update of influence and interest).
    pub fn update_stakeholder(&self, id: i64, input: &StakeholderInput) -> Result<Stakeholder> {
        let s = input.validate()?;
        let changed = self
            .conn
            .execute(
                "UPDATE stakeholder SET name = ?1, role = ?2, relationship = ?3, influence = ?4, interest = ?5, \
                 stance = ?6, cares_about = ?7, cadence_days = ?8, updated_at = ?9 WHERE id = ?10",
                params![
                    s.name,
                    s.role,
                    s.relationship,
                    s.influence,
                    s.interest,
                    s.stance,
                    s.cares_about,
                    s.cadence_days,
                    self.clock.now(),
                    id
                ],
            )
            .or_storage("save the stakeholder")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Stakeholder", id });
        }
        self.get_stakeholder(id)
    }

    /// Removes a person from the map, with their interaction log.
    pub fn delete_stakeholder(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("stakeholder", "Stakeholder", "delete the stakeholder", id)
    }

    /// Logs a contact with a stakeholder; the next check-in is due `cadence` days after the latest one.
    pub fn log_interaction(&self, stakeholder_id: i64, input: &InteractionInput) -> Result<Interaction> {
        let (date, notes) = input.validate(self.clock.today())?;
        self.get_stakeholder(stakeholder_id)?;
        let now = self.clock.now();
        self.conn
            .execute(
                "INSERT INTO interaction (stakeholder_id, date, kind, notes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![stakeholder_id, date, input.kind, notes, now],
            )
            .or_storage("log the interaction")?;
        Ok(Interaction {
            id: self.conn.last_insert_rowid(),
            stakeholder_id,
            date,
            kind: input.kind,
            notes,
            created_at: now,
        })
    }

    /// A stakeholder's interactions, newest first.
    pub fn list_interactions(&self, stakeholder_id: i64) -> Result<Vec<Interaction>> {
        self.get_stakeholder(stakeholder_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, stakeholder_id, date, kind, notes, created_at FROM interaction \
                 WHERE stakeholder_id = ?1 ORDER BY date DESC, id DESC",
            )
            .or_storage("read the interactions")?;
        let rows = stmt
            .query_map([stakeholder_id], |r| {
                Ok(Interaction {
                    id: r.get(0)?,
                    stakeholder_id: r.get(1)?,
                    date: r.get(2)?,
                    kind: r.get(3)?,
                    notes: r.get(4)?,
                    created_at: r.get(5)?,
                })
            })
            .or_storage("read the interactions")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the interactions")
    }

    /// Deletes one logged interaction (a mistaken entry).
    pub fn delete_interaction(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("interaction", "Interaction", "delete the interaction", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn quadrants_split_the_grid_at_the_middle() {
        assert_eq!(Quadrant::of(5, 5), Quadrant::ManageClosely);
        assert_eq!(Quadrant::of(3, 3), Quadrant::ManageClosely);
        assert_eq!(Quadrant::of(4, 2), Quadrant::KeepSatisfied);
        assert_eq!(Quadrant::of(2, 4), Quadrant::KeepInformed);
        assert_eq!(Quadrant::of(1, 2), Quadrant::Monitor);
    }

    #[test]
    fn overdue_when_cadence_passed_since_last_interaction() {
        let c = CheckIn::derive(Some(14), Some(d("2026-11-01")), d("2026-11-21"));
        assert_eq!(c.state, CheckInState::Overdue);
        assert_eq!(c.next_due, Some(d("2026-11-15")));
        assert_eq!(c.days_until_due, Some(-6));
    }

    #[test]
    fn due_soon_within_a_week_including_today() {
        assert_eq!(CheckIn::derive(Some(14), Some(d("2026-11-07")), d("2026-11-21")).state, CheckInState::DueSoon);
        assert_eq!(CheckIn::derive(Some(14), Some(d("2026-11-14")), d("2026-11-21")).state, CheckInState::DueSoon);
        let ok = CheckIn::derive(Some(30), Some(d("2026-11-20")), d("2026-11-21"));
        assert_eq!((ok.state, ok.days_until_due), (CheckInState::Ok, Some(29)));
    }

    #[test]
    fn never_met_with_a_cadence_is_due_today_and_no_cadence_is_never_due() {
        let first = CheckIn::derive(Some(30), None, d("2026-11-21"));
        assert_eq!((first.state, first.next_due), (CheckInState::DueSoon, Some(d("2026-11-21"))));
        let untracked = CheckIn::derive(None, Some(d("2020-01-01")), d("2026-11-21"));
        assert_eq!((untracked.state, untracked.next_due), (CheckInState::NotTracked, None));
    }

    #[test]
    fn cadence_and_scales_are_bounded() {
        let mut input = StakeholderInput {
            name: "Priya".into(),
            role: "Engineering manager".into(),
            relationship: Relationship::Manager,
            influence: 5,
            interest: 4,
            stance: Stance::Supporter,
            cares_about: String::new(),
            cadence_days: Some(0),
        };
        assert_eq!(input.validate().err().and_then(|e| e.field()), Some("cadenceDays"));
        input.cadence_days = Some(366);
        assert_eq!(input.validate().err().and_then(|e| e.field()), Some("cadenceDays"));
        input.cadence_days = Some(14);
        input.influence = 6;
        assert_eq!(input.validate().err().and_then(|e| e.field()), Some("influence"));
        input.influence = 5;
        assert!(input.validate().is_ok());
    }
}
