//! Skills (competencies) in a plan: where the person stands on a 1–5 proficiency scale, where they
//! aim to be by the end of the window, and why it matters.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest skill name, in characters.
pub const SKILL_NAME_MAX: usize = 120;
/// Longest "why it matters", in characters.
pub const SKILL_WHY_MAX: usize = 1000;
/// Longest notes, in characters.
pub const SKILL_NOTES_MAX: usize = 4000;

/// The areas a senior engineer grows in (DOMAIN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SkillCategory {
    TechnicalDepth,
    DeliveryOwnership,
    CommunicationInfluence,
    LeadershipMentoring,
    StrategyBusiness,
    Visibility,
}

text_enum!(SkillCategory {
    TechnicalDepth => "technical_depth",
    DeliveryOwnership => "delivery_ownership",
    CommunicationInfluence => "communication_influence",
    LeadershipMentoring => "leadership_mentoring",
    StrategyBusiness => "strategy_business",
    Visibility => "visibility",
});

/// One step of the proficiency scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ProficiencyLevel {
    pub level: u8,
    pub label: &'static str,
    pub description: &'static str,
}

/// The one proficiency scale every skill uses, lowest first.
pub const PROFICIENCY_SCALE: [ProficiencyLevel; 5] = [
    ProficiencyLevel {
        level: 1,
        label: "Aware",
        description: "Knows what it is and why it matters; needs guidance to do it.",
    },
    ProficiencyLevel { level: 2, label: "Learning", description: "Does it with help and feedback." },
    ProficiencyLevel {
        level: 3,
        label: "Practitioner",
        description: "Does it well on their own, in familiar situations.",
    },
    ProficiencyLevel {
        level: 4,
        label: "Advanced",
        description: "Handles the hard cases and helps others get better at it.",
    },
    ProficiencyLevel { level: 5, label: "Expert", description: "The go-to person; sets direction for others." },
];

/// The short label of a level ("Practitioner"), or "" outside the scale.
pub fn proficiency_label(level: u8) -> &'static str {
    PROFICIENCY_SCALE.iter().find(|p| p.level == level).map_or("", |p| p.label)
}

/// A stored skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub name: String,
    pub category: SkillCategory,
    /// The level when the skill was added: the gap closed is measured from here.
    pub baseline_level: u8,
    pub current_level: u8,
    pub target_level: u8,
    pub why: String,
    pub notes: String,
    #[ts(type = "number")]
    pub position: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Skill {
    /// Levels still to climb (0 when the target is reached).
    pub fn gap(&self) -> u8 {
        self.target_level.saturating_sub(self.current_level)
    }
}

/// What a person fills in for a skill. Levels arrive as plain numbers and are checked here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillInput {
    pub name: String,
    pub category: SkillCategory,
    #[ts(type = "number")]
    pub current_level: i64,
    #[ts(type = "number")]
    pub target_level: i64,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub notes: String,
}

struct ValidSkill {
    name: String,
    category: SkillCategory,
    current_level: u8,
    target_level: u8,
    why: String,
    notes: String,
}

fn level(field: &'static str, which: &str, value: i64) -> Result<u8> {
    match u8::try_from(value) {
        Ok(level @ 1..=5) => Ok(level),
        _ => Err(Error::validation(
            field,
            format!("The {which} level must be from 1 (Aware) to 5 (Expert); {value} is outside the scale."),
        )),
    }
}

impl SkillInput {
    fn validate(&self) -> Result<ValidSkill> {
        let name = required_line("name", "The skill name", &self.name, SKILL_NAME_MAX)?;
        let current_level = level("currentLevel", "current", self.current_level)?;
        let target_level = level("targetLevel", "target", self.target_level)?;
        if target_level < current_level {
            return Err(Error::validation(
                "targetLevel",
                format!(
                    "The target level ({target_level}, {}) is below the current level ({current_level}, {}); \
                     aim at least as high as where you are.",
                    proficiency_label(target_level),
                    proficiency_label(current_level)
                ),
            ));
        }
        Ok(ValidSkill {
            name,
            category: self.category,
            current_level,
            target_level,
            why: optional_text("why", "Why it matters", &self.why, SKILL_WHY_MAX)?,
            notes: optional_text("notes", "The notes", &self.notes, SKILL_NOTES_MAX)?,
        })
    }
}

const COLUMNS: &str = "id, plan_id, name, category, baseline_level, current_level, target_level, why, notes, \
                       position, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Skill> {
    Ok(Skill {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        name: row.get(2)?,
        category: row.get(3)?,
        baseline_level: row.get(4)?,
        current_level: row.get(5)?,
        target_level: row.get(6)?,
        why: row.get(7)?,
        notes: row.get(8)?,
        position: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}

impl Store {
    /// Adds a skill at the end of the plan's list; its baseline is its current level.
    pub fn create_skill(&self, plan_id: i64, input: &SkillInput) -> Result<Skill> {
        let skill = input.validate()?;
        self.require_plan(plan_id)?;
        let now = self.clock.now();
        self.conn
            .execute(
                "INSERT INTO skill (plan_id, name, category, baseline_level, current_level, target_level, why, \
                 notes, position, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, \
                         (SELECT coalesce(max(position), 0) + 1 FROM skill WHERE plan_id = ?1), ?8, ?8)",
                params![
                    plan_id,
                    skill.name,
                    skill.category,
                    skill.current_level,
                    skill.target_level,
                    skill.why,
                    skill.notes,
                    now
                ],
            )
            .or_storage("save the skill")?;
        self.get_skill(self.conn.last_insert_rowid())
    }

    /// The plan's skills in the person's order.
    pub fn list_skills(&self, plan_id: i64) -> Result<Vec<Skill>> {
        self.require_plan(plan_id)?;
        let sql = format!("SELECT {COLUMNS} FROM skill WHERE plan_id = ?1 ORDER BY position, id");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the skills")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the skills")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the skills")
    }

    /// One skill by id.
    pub fn get_skill(&self, id: i64) -> Result<Skill> {
        let sql = format!("SELECT {COLUMNS} FROM skill WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the skill")?
            .ok_or(Error::NotFound { what: "Skill", id })
    }

    /// Replaces a skill's fields. If the current level drops below the baseline, the baseline follows
    /// it, so "gap closed" never reports progress that was not made.
    pub fn update_skill(&self, id: i64, input: &SkillInput) -> Result<Skill> {
        let skill = input.validate()?;
        let changed = self
            .conn
            .execute(
                "UPDATE skill SET name = ?1, category = ?2, current_level = ?3, target_level = ?4, why = ?5, \
                 notes = ?6, baseline_level = min(baseline_level, ?3), updated_at = ?7 WHERE id = ?8",
                params![
                    skill.name,
                    skill.category,
                    skill.current_level,
                    skill.target_level,
                    skill.why,
                    skill.notes,
                    self.clock.now(),
                    id
                ],
            )
            .or_storage("save the skill")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Skill", id });
        }
        self.get_skill(id)
    }

    /// Deletes a skill and, with it, its learning actions.
    pub fn delete_skill(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("skill", "Skill", "delete the skill", id)
    }

    /// Checks that every linked skill belongs to `plan_id`.
    pub(crate) fn check_plan_skills(&self, plan_id: i64, skill_ids: &[i64]) -> Result<()> {
        for &skill_id in skill_ids {
            if !self.get_skill(skill_id).is_ok_and(|s| s.plan_id == plan_id) {
                return Err(Error::validation(
                    "skillIds",
                    format!("Skill {skill_id} is not a skill of this plan; pick the skills from the plan's list."),
                ));
            }
        }
        Ok(())
    }

    /// Replaces the rows of a link table (`win_skill`, `stretch_skill`) for one owner; call it inside
    /// `atomically` with the owner's own write.
    pub(crate) fn replace_skill_links(
        &self,
        table: &'static str,
        owner_column: &'static str,
        owner_id: i64,
        skill_ids: &[i64],
    ) -> Result<()> {
        self.conn
            .execute(&format!("DELETE FROM {table} WHERE {owner_column} = ?1"), [owner_id])
            .or_storage("save the linked skills")?;
        let mut insert = self
            .conn
            .prepare_cached(&format!("INSERT INTO {table} ({owner_column}, skill_id) VALUES (?1, ?2)"))
            .or_storage("save the linked skills")?;
        for skill_id in skill_ids {
            insert.execute([owner_id, *skill_id]).or_storage("save the linked skills")?;
        }
        Ok(())
    }

    /// The skill ids linked to one owner in a link table, ascending.
    pub(crate) fn linked_skill_ids(
        &self,
        table: &'static str,
        owner_column: &'static str,
        owner_id: i64,
    ) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT skill_id FROM {table} WHERE {owner_column} = ?1 ORDER BY skill_id"))
            .or_storage("read the linked skills")?;
        let rows = stmt.query_map([owner_id], |r| r.get(0)).or_storage("read the linked skills")?;
        rows.collect::<rusqlite::Result<Vec<i64>>>().or_storage("read the linked skills")
    }

    /// The skill links of every row of `owner_table` in a plan, by owner id: one query for a whole
    /// list instead of one per row (400 wins took 4.8 ms the one-by-one way; see BENCHMARKS.md).
    pub(crate) fn linked_skill_ids_in_plan(
        &self,
        table: &'static str,
        owner_column: &'static str,
        owner_table: &'static str,
        plan_id: i64,
    ) -> Result<std::collections::HashMap<i64, Vec<i64>>> {
        let sql = format!(
            "SELECT l.{owner_column}, l.skill_id FROM {table} l JOIN {owner_table} o ON o.id = l.{owner_column} \
             WHERE o.plan_id = ?1 ORDER BY l.{owner_column}, l.skill_id"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the linked skills")?;
        let mut rows = stmt.query([plan_id]).or_storage("read the linked skills")?;
        let mut links: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
        while let Some(row) = rows.next().or_storage("read the linked skills")? {
            let owner: i64 = row.get(0).or_storage("read the linked skills")?;
            let skill: i64 = row.get(1).or_storage("read the linked skills")?;
            links.entry(owner).or_default().push(skill);
        }
        Ok(links)
    }

    /// The skill links of the given owners (a page of a list), by owner id, in one query.
    pub(crate) fn linked_skill_ids_of(
        &self,
        table: &'static str,
        owner_column: &'static str,
        owners: impl Iterator<Item = i64>,
    ) -> Result<std::collections::HashMap<i64, Vec<i64>>> {
        let owners: Vec<i64> = owners.collect();
        let mut links: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
        if owners.is_empty() {
            return Ok(links);
        }
        let marks = vec!["?"; owners.len()].join(",");
        let sql = format!(
            "SELECT {owner_column}, skill_id FROM {table} WHERE {owner_column} IN ({marks}) \
             ORDER BY {owner_column}, skill_id"
        );
        let mut stmt = self.conn.prepare(&sql).or_storage("read the linked skills")?;
        let mut rows = stmt.query(rusqlite::params_from_iter(owners.iter())).or_storage("read the linked skills")?;
        while let Some(row) = rows.next().or_storage("read the linked skills")? {
            let owner: i64 = row.get(0).or_storage("read the linked skills")?;
            let skill: i64 = row.get(1).or_storage("read the linked skills")?;
            links.entry(owner).or_default().push(skill);
        }
        Ok(links)
    }

    /// `not_found` unless the plan exists: a clearer answer than a foreign-key failure.
    pub(crate) fn require_plan(&self, plan_id: i64) -> Result<()> {
        self.get_plan(plan_id).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(current: i64, target: i64) -> SkillInput {
        SkillInput {
            name: "System design".into(),
            category: SkillCategory::TechnicalDepth,
            current_level: current,
            target_level: target,
            why: String::new(),
            notes: String::new(),
        }
    }

    #[test]
    fn levels_outside_one_to_five_are_rejected_on_their_field() {
        let e = input(0, 3).validate().err().unwrap();
        assert_eq!(e.field(), Some("currentLevel"));
        assert_eq!(e.to_string(), "The current level must be from 1 (Aware) to 5 (Expert); 0 is outside the scale.");
        assert_eq!(input(3, 6).validate().err().unwrap().field(), Some("targetLevel"));
        assert_eq!(input(3, 300).validate().err().unwrap().field(), Some("targetLevel"));
    }

    #[test]
    fn a_target_below_the_current_level_is_rejected_with_both_labels() {
        let e = input(4, 2).validate().err().unwrap();
        assert_eq!(e.field(), Some("targetLevel"));
        assert!(e.to_string().contains("(2, Learning) is below the current level (4, Advanced)"), "{e}");
        assert!(input(3, 3).validate().is_ok());
    }

    #[test]
    fn the_scale_has_five_labelled_steps() {
        let labels: Vec<_> = (1..=5).map(proficiency_label).collect();
        assert_eq!(labels, ["Aware", "Learning", "Practitioner", "Advanced", "Expert"]);
        assert_eq!(proficiency_label(9), "");
    }
}
