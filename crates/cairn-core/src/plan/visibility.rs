//! Visibility: talks, design documents and RFCs, posts, demos, presentations and workshops, with
//! the audience they reached. Presenting beyond one's own team is a step to senior; the spread by
//! audience over the plan's window shows whether it is happening.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

pub const VISIBILITY_TITLE_MAX: usize = 200;
pub const VISIBILITY_LINK_MAX: usize = 2000;
pub const VISIBILITY_OUTCOME_MAX: usize = 2000;
/// Largest audience size Cairn keeps (a conference keynote fits).
pub const AUDIENCE_SIZE_MAX: u32 = 1_000_000;

/// What kind of visible work it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VisibilityKind {
    Talk,
    DesignDoc,
    Post,
    Demo,
    Presentation,
    Workshop,
}

text_enum!(VisibilityKind {
    Talk => "talk",
    DesignDoc => "design_doc",
    Post => "post",
    Demo => "demo",
    Presentation => "presentation",
    Workshop => "workshop",
});

/// How far it reached, from the person's own team outwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Team,
    Org,
    Company,
    External,
}

text_enum!(Audience { Team => "team", Org => "org", Company => "company", External => "external" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Visibility {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub kind: VisibilityKind,
    pub title: String,
    pub date: NaiveDate,
    pub audience: Audience,
    /// About how many people it reached.
    pub audience_size: Option<u32>,
    /// Where it lives, kept as text: shown and copyable, never fetched or opened by Cairn.
    pub link: String,
    /// What came of it.
    pub outcome: String,
    #[ts(type = "number[]")]
    pub skill_ids: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisibilityInput {
    pub kind: VisibilityKind,
    pub title: String,
    pub date: String,
    pub audience: Audience,
    #[serde(default)]
    pub audience_size: Option<u32>,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub outcome: String,
    #[ts(type = "number[]")]
    #[serde(default)]
    pub skill_ids: Vec<i64>,
}

/// Records per audience in one month of the window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AudienceCounts {
    pub team: u32,
    pub org: u32,
    pub company: u32,
    pub external: u32,
}

impl AudienceCounts {
    fn add(&mut self, audience: Audience) {
        match audience {
            Audience::Team => self.team += 1,
            Audience::Org => self.org += 1,
            Audience::Company => self.company += 1,
            Audience::External => self.external += 1,
        }
    }

    /// Records that reached beyond the person's own team.
    pub fn beyond_team(&self) -> u32 {
        self.org + self.company + self.external
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SpreadMonth {
    /// `2026-11`.
    pub month: String,
    pub counts: AudienceCounts,
}

/// The spread by audience over the plan's window, month by month, for the visibility chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisibilitySpread {
    pub months: Vec<SpreadMonth>,
    pub total: AudienceCounts,
}

/// Counts the records of each month from `start` to `end` (records outside the window are left out).
pub fn visibility_spread(records: &[Visibility], start: NaiveDate, end: NaiveDate) -> VisibilitySpread {
    let mut months = Vec::new();
    let mut first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    while first <= end {
        let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
        let mut counts = AudienceCounts::default();
        for r in records.iter().filter(|r| r.date >= first.max(start) && r.date < next && r.date <= end) {
            counts.add(r.audience);
        }
        months.push(SpreadMonth { month: first.format("%Y-%m").to_string(), counts });
        first = next;
    }
    let mut total = AudienceCounts::default();
    for m in &months {
        total.team += m.counts.team;
        total.org += m.counts.org;
        total.company += m.counts.company;
        total.external += m.counts.external;
    }
    VisibilitySpread { months, total }
}

struct ValidVisibility {
    title: String,
    date: NaiveDate,
    link: String,
    outcome: String,
    skill_ids: Vec<i64>,
}

impl VisibilityInput {
    fn validate(&self) -> Result<ValidVisibility> {
        let link = optional_text("link", "The link", &self.link, VISIBILITY_LINK_MAX)?;
        // An address or a path (which may have spaces), on one line.
        if link.contains('\n') {
            return Err(Error::validation("link", "A link is one line: an address or a path."));
        }
        if let Some(size) = self.audience_size
            && !(1..=AUDIENCE_SIZE_MAX).contains(&size)
        {
            return Err(Error::validation(
                "audienceSize",
                format!(
                    "The audience size is a number of people from 1 to {AUDIENCE_SIZE_MAX}; leave it empty if unsure."
                ),
            ));
        }
        let mut skill_ids = self.skill_ids.clone();
        skill_ids.sort_unstable();
        skill_ids.dedup();
        Ok(ValidVisibility {
            title: required_line("title", "The title", &self.title, VISIBILITY_TITLE_MAX)?,
            date: parse_date("date", "date", &self.date)?,
            link,
            outcome: optional_text("outcome", "What came of it", &self.outcome, VISIBILITY_OUTCOME_MAX)?,
            skill_ids,
        })
    }
}

const COLUMNS: &str = "id, plan_id, kind, title, date, audience, audience_size, link, outcome, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Visibility> {
    Ok(Visibility {
        id: r.get(0)?,
        plan_id: r.get(1)?,
        kind: r.get(2)?,
        title: r.get(3)?,
        date: r.get(4)?,
        audience: r.get(5)?,
        audience_size: r.get(6)?,
        link: r.get(7)?,
        outcome: r.get(8)?,
        skill_ids: Vec::new(),
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

impl Store {
    pub fn create_visibility(&self, plan_id: i64, input: &VisibilityInput) -> Result<Visibility> {
        let v = input.validate()?;
        self.require_plan(plan_id)?;
        self.check_plan_skills(plan_id, &v.skill_ids)?;
        let id = self.atomically("save the record", || {
            self.conn
                .execute(
                    "INSERT INTO visibility (plan_id, kind, title, date, audience, audience_size, link, outcome, \
                     created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                    params![
                        plan_id,
                        input.kind,
                        v.title,
                        v.date,
                        input.audience,
                        input.audience_size,
                        v.link,
                        v.outcome,
                        self.clock.now()
                    ],
                )
                .or_storage("save the record")?;
            let id = self.conn.last_insert_rowid();
            self.replace_skill_links("visibility_skill", "visibility_id", id, &v.skill_ids)?;
            Ok(id)
        })?;
        self.get_visibility(id)
    }

    pub fn update_visibility(&self, id: i64, input: &VisibilityInput) -> Result<Visibility> {
        let v = input.validate()?;
        let current = self.get_visibility(id)?;
        self.check_plan_skills(current.plan_id, &v.skill_ids)?;
        self.atomically("save the record", || {
            self.conn
                .execute(
                    "UPDATE visibility SET kind = ?1, title = ?2, date = ?3, audience = ?4, audience_size = ?5, \
                     link = ?6, outcome = ?7, updated_at = ?8 WHERE id = ?9",
                    params![
                        input.kind,
                        v.title,
                        v.date,
                        input.audience,
                        input.audience_size,
                        v.link,
                        v.outcome,
                        self.clock.now(),
                        id
                    ],
                )
                .or_storage("save the record")?;
            self.replace_skill_links("visibility_skill", "visibility_id", id, &v.skill_ids)
        })?;
        self.get_visibility(id)
    }

    pub fn get_visibility(&self, id: i64) -> Result<Visibility> {
        let mut record = self
            .conn
            .query_row(&format!("SELECT {COLUMNS} FROM visibility WHERE id = ?1"), [id], from_row)
            .optional()
            .or_storage("read the record")?
            .ok_or(Error::NotFound { what: "Visibility record", id })?;
        record.skill_ids = self.linked_skill_ids("visibility_skill", "visibility_id", id)?;
        Ok(record)
    }

    /// The plan's visibility records, newest first.
    pub fn list_visibility(&self, plan_id: i64) -> Result<Vec<Visibility>> {
        self.require_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM visibility WHERE plan_id = ?1 ORDER BY date DESC, id DESC"))
            .or_storage("read the records")?;
        let mut records = stmt
            .query_map([plan_id], from_row)
            .or_storage("read the records")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .or_storage("read the records")?;
        let mut links = self.linked_skill_ids_in_plan("visibility_skill", "visibility_id", "visibility", plan_id)?;
        for r in &mut records {
            r.skill_ids = links.remove(&r.id).unwrap_or_default();
        }
        Ok(records)
    }

    /// The spread of the plan's records by audience over its window.
    pub fn plan_visibility_spread(&self, plan_id: i64) -> Result<VisibilitySpread> {
        let plan = self.get_plan(plan_id)?;
        Ok(visibility_spread(&self.list_visibility(plan_id)?, plan.start_date, plan.end_date))
    }

    pub fn delete_visibility(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("visibility", "Visibility record", "delete the record", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(date: &str, audience: Audience) -> Visibility {
        Visibility {
            id: 1,
            plan_id: 1,
            kind: VisibilityKind::Talk,
            title: "t".into(),
            date: date.parse().unwrap(),
            audience,
            audience_size: None,
            link: String::new(),
            outcome: String::new(),
            skill_ids: Vec::new(),
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
        }
    }

    #[test]
    fn spread_counts_each_month_of_the_window_and_leaves_out_what_falls_outside() {
        let records = [
            record("2026-09-14", Audience::Team),
            record("2026-09-30", Audience::Company),
            record("2026-11-02", Audience::External),
            record("2026-08-31", Audience::Org),
            record("2027-03-16", Audience::Org),
        ];
        let spread = visibility_spread(&records, "2026-09-14".parse().unwrap(), "2027-03-15".parse().unwrap());
        let months: Vec<_> = spread.months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(months, ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]);
        assert_eq!(spread.months[0].counts, AudienceCounts { team: 1, company: 1, ..Default::default() });
        assert_eq!(spread.months[2].counts.external, 1);
        assert_eq!(spread.total, AudienceCounts { team: 1, org: 0, company: 1, external: 1 });
        assert_eq!(spread.total.beyond_team(), 2);
    }
}
