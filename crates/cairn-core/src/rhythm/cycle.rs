//! The review cycle: the company's promotion calendar on a plan (self-review due, peer feedback due,
//! manager review, calibration, decision), each a named day. Cairn counts down to them on the
//! dashboard and in the brief, puts them in the calendar file, and reminds a week before and on
//! the day. A milestone can be tied to one ("draft the self-review" → "self-review due").

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::required_line;
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest name of a date, in characters.
pub const CYCLE_NAME_MAX: usize = 120;
/// How far from the plan's window a cycle date may lie: the decision often comes after the plan
/// ends, the calendar may be set before it starts; a year either side catches a mistyped year.
const CYCLE_SLACK_MONTHS: u32 = 12;

/// What a date of the cycle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CycleKind {
    SelfReview,
    PeerFeedback,
    ManagerReview,
    Calibration,
    Decision,
    Other,
}

text_enum!(CycleKind {
    SelfReview => "self_review",
    PeerFeedback => "peer_feedback",
    ManagerReview => "manager_review",
    Calibration => "calibration",
    Decision => "decision",
    Other => "other",
});

impl CycleKind {
    /// The name a date of this kind gets when the person gives none.
    pub fn default_name(self) -> &'static str {
        match self {
            CycleKind::SelfReview => "Self-review due",
            CycleKind::PeerFeedback => "Peer feedback due",
            CycleKind::ManagerReview => "Manager review",
            CycleKind::Calibration => "Calibration",
            CycleKind::Decision => "Promotion decision",
            CycleKind::Other => "Review date",
        }
    }
}

/// A stored date of the cycle, with its countdown as of the store's today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CycleDate {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub kind: CycleKind,
    pub name: String,
    pub date: NaiveDate,
    /// Days from today: 0 today, negative once past.
    #[ts(type = "number")]
    pub days_until: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a date of the cycle. An empty name takes the kind's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CycleDateInput {
    pub kind: CycleKind,
    #[serde(default)]
    pub name: String,
    pub date: String,
}

const COLUMNS: &str = "id, plan_id, kind, name, date, created_at, updated_at";

fn from_row(today: NaiveDate) -> impl Fn(&Row<'_>) -> rusqlite::Result<CycleDate> {
    move |row| {
        let date: NaiveDate = row.get(4)?;
        Ok(CycleDate {
            id: row.get(0)?,
            plan_id: row.get(1)?,
            kind: row.get(2)?,
            name: row.get(3)?,
            date,
            days_until: (date - today).num_days(),
            created_at: row.get(5)?,
            updated_at: row.get(6)?,
        })
    }
}

impl Store {
    fn valid_cycle_date(&self, plan_id: i64, input: &CycleDateInput) -> Result<(String, NaiveDate)> {
        let plan = self.get_plan(plan_id)?;
        let name = if input.name.trim().is_empty() {
            input.kind.default_name().to_owned()
        } else {
            required_line("name", "The name", &input.name, CYCLE_NAME_MAX)?
        };
        let date = parse_date("date", "date", &input.date)?;
        let earliest = plan.start_date.checked_sub_months(Months::new(CYCLE_SLACK_MONTHS)).unwrap_or(plan.start_date);
        let latest = plan.end_date.checked_add_months(Months::new(CYCLE_SLACK_MONTHS)).unwrap_or(plan.end_date);
        if date < earliest || date > latest {
            return Err(Error::validation(
                "date",
                format!(
                    "{date} is more than a year from the plan's window ({} to {}); check the year.",
                    plan.start_date, plan.end_date
                ),
            ));
        }
        Ok((name, date))
    }

    /// Adds a date to the plan's review cycle.
    pub fn create_cycle_date(&self, plan_id: i64, input: &CycleDateInput) -> Result<CycleDate> {
        let (name, date) = self.valid_cycle_date(plan_id, input)?;
        let id: i64 = self
            .conn
            .query_row(
                "INSERT INTO cycle_date (plan_id, kind, name, date, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id",
                params![plan_id, input.kind, name, date, self.clock.now()],
                |r| r.get(0),
            )
            .or_storage("save the review date")?;
        self.get_cycle_date(id)
    }

    /// Replaces a date of the cycle.
    pub fn update_cycle_date(&self, id: i64, input: &CycleDateInput) -> Result<CycleDate> {
        let current = self.get_cycle_date(id)?;
        let (name, date) = self.valid_cycle_date(current.plan_id, input)?;
        self.conn
            .execute(
                "UPDATE cycle_date SET kind = ?1, name = ?2, date = ?3, updated_at = ?4 WHERE id = ?5",
                params![input.kind, name, date, self.clock.now(), id],
            )
            .or_storage("save the review date")?;
        self.get_cycle_date(id)
    }

    /// One date of a cycle by id.
    pub fn get_cycle_date(&self, id: i64) -> Result<CycleDate> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM cycle_date WHERE id = ?1"), [id], from_row(self.clock.today()))
            .optional()
            .or_storage("read the review date")?
            .ok_or(Error::NotFound { what: "Review date", id })
    }

    /// The plan's review cycle, in date order.
    pub fn list_cycle_dates(&self, plan_id: i64) -> Result<Vec<CycleDate>> {
        self.require_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM cycle_date WHERE plan_id = ?1 ORDER BY date, id"))
            .or_storage("read the review cycle")?;
        let rows = stmt.query_map([plan_id], from_row(self.clock.today())).or_storage("read the review cycle")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the review cycle")
    }

    /// The plan's cycle dates on or after `day`, soonest first, counted down from `day`.
    pub(crate) fn cycle_dates_from(&self, plan_id: i64, day: NaiveDate) -> Result<Vec<CycleDate>> {
        let mut dates: Vec<CycleDate> = self.list_cycle_dates(plan_id)?.into_iter().filter(|d| d.date >= day).collect();
        for d in &mut dates {
            d.days_until = (d.date - day).num_days();
        }
        Ok(dates)
    }

    /// Removes a date of the cycle; milestones tied to it stay, untied.
    pub fn delete_cycle_date(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("cycle_date", "Review date", "delete the review date", id)
    }
}
