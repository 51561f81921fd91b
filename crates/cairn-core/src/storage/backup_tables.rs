//! The tables of Cairn's JSON export and the columns each one carries, per format version: the
//! declared shape of `docs/backup-format.md`, kept apart from the code that writes and reads it
//! (`backup_format.rs`). A later schema may change its tables; this list is what the format says.

use crate::{
    agenda, assessment, cycle, feedback, framework_file, learning, milestone, monthly_review, one_on_one, plan,
    reflection, skill, stakeholder, stretch, win,
};

/// How a column's values are checked.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// A row id: a whole number ≥ 1.
    Id,
    /// An id of another row, or null.
    Ref,
    Int,
    OptInt,
    OptReal,
    /// One line of text, 1..=max characters.
    Line(usize),
    /// One line of text, or null.
    OptLine(usize),
    /// Text that may span lines, 0..=max characters.
    Text(usize),
    Date,
    OptDate,
    /// A time of day (`14:30`), or null.
    OptTime,
    /// An instant as Cairn stores it (`2026-11-21 09:30:00+00:00`).
    Stamp,
}

pub(crate) struct Table {
    pub name: &'static str,
    /// Primary-key columns, for a stable row order.
    pub order_by: &'static str,
    pub columns: &'static [(&'static str, Kind)],
}

use Kind::*;

/// Columns a later format version added to a table that an older version already had, with the
/// version that added them. A document of an older version has none of them; they import as null.
const ADDED_COLUMNS: &[(&str, &str, i64)] = &[
    ("win", "reflection_id", 3),
    ("feedback", "reflection_id", 3),
    ("milestone", "reflection_id", 3),
    ("learning_action", "reflection_id", 3),
    ("milestone", "cycle_date_id", 3),
    ("one_on_one", "time", 3),
    ("plan", "closed_on", 3),
    ("plan", "outcome", 3),
    ("plan", "worked", 3),
    ("plan", "did_not_work", 3),
    ("plan", "differently", 3),
    ("plan", "continued_from", 3),
];

/// The format version that brought `table.column` (1 for the columns every version has).
pub(crate) fn column_since(table: &str, column: &str) -> i64 {
    ADDED_COLUMNS.iter().find(|(t, c, _)| *t == table && *c == column).map_or(1, |(_, _, v)| *v)
}

/// Format version 3: every table, parents before children. Version 1 had no framework tables,
/// version 2 no reflections (and none of the `ADDED_COLUMNS`); a document of either simply has
/// none of those.
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "plan",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("title", Line(plan::TITLE_MAX)),
            ("goal", Text(plan::GOAL_MAX)),
            ("start_date", Date),
            ("end_date", Date),
            ("current_level", Line(plan::LEVEL_MAX)),
            ("target_level", Line(plan::LEVEL_MAX)),
            ("track", Line(20)),
            ("status", Line(20)),
            ("revision", Int),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("closed_on", OptDate),
            ("outcome", OptLine(20)),
            ("worked", Text(plan::closing::RETRO_TEXT_MAX)),
            ("did_not_work", Text(plan::closing::RETRO_TEXT_MAX)),
            ("differently", Text(plan::closing::RETRO_TEXT_MAX)),
            ("continued_from", Ref),
        ],
    },
    Table {
        name: "reflection",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("week", Line(8)),
            ("moved", Text(reflection::REFLECTION_TEXT_MAX)),
            ("learned", Text(reflection::REFLECTION_TEXT_MAX)),
            ("blocked", Text(reflection::REFLECTION_TEXT_MAX)),
            ("focus", Text(reflection::REFLECTION_FOCUS_MAX)),
            ("confidence", OptInt),
            ("energy", OptInt),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "cycle_date",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("kind", Line(20)),
            ("name", Line(cycle::CYCLE_NAME_MAX)),
            ("date", Date),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "skill",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("name", Line(skill::SKILL_NAME_MAX)),
            ("category", Line(40)),
            ("baseline_level", Int),
            ("current_level", Int),
            ("target_level", Int),
            ("why", Text(skill::SKILL_WHY_MAX)),
            ("notes", Text(skill::SKILL_NOTES_MAX)),
            ("position", Int),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "learning_action",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("skill_id", Id),
            ("title", Line(learning::ACTION_TITLE_MAX)),
            ("kind", Line(20)),
            ("due_date", OptDate),
            ("status", Line(20)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("reflection_id", Ref),
        ],
    },
    Table {
        name: "stakeholder",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("name", Line(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("role", Text(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("relationship", Line(20)),
            ("influence", Int),
            ("interest", Int),
            ("stance", Line(20)),
            ("cares_about", Text(stakeholder::CARES_ABOUT_MAX)),
            ("cadence_days", OptInt),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "interaction",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("stakeholder_id", Id),
            ("date", Date),
            ("kind", Line(20)),
            ("notes", Text(stakeholder::INTERACTION_NOTES_MAX)),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "stretch",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("title", Line(stretch::STRETCH_TITLE_MAX)),
            ("description", Text(stretch::STRETCH_TEXT_MAX)),
            ("sponsor_id", Ref),
            ("start_date", OptDate),
            ("end_date", OptDate),
            ("status", Line(20)),
            ("risks", Text(stretch::STRETCH_RISKS_MAX)),
            ("outcome", Text(stretch::STRETCH_TEXT_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table { name: "stretch_skill", order_by: "stretch_id, skill_id", columns: &[("stretch_id", Id), ("skill_id", Id)] },
    Table {
        name: "milestone",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("title", Line(milestone::MILESTONE_TITLE_MAX)),
            ("due_date", OptDate),
            ("status", Line(20)),
            ("completed_date", OptDate),
            ("skill_id", Ref),
            ("stretch_id", Ref),
            ("evidence", Text(milestone::MILESTONE_EVIDENCE_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("reflection_id", Ref),
            ("cycle_date_id", Ref),
        ],
    },
    Table {
        name: "win",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("title", Line(win::WIN_TITLE_MAX)),
            ("what_happened", Text(win::WIN_TEXT_MAX)),
            ("metric", Text(win::WIN_METRIC_MAX)),
            ("baseline", OptReal),
            ("result", OptReal),
            ("unit", Text(win::WIN_UNIT_MAX)),
            ("impact_note", Text(win::WIN_NOTE_MAX)),
            ("witnesses", Text(win::WIN_NOTE_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("reflection_id", Ref),
        ],
    },
    Table { name: "win_skill", order_by: "win_id, skill_id", columns: &[("win_id", Id), ("skill_id", Id)] },
    Table {
        name: "feedback",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("stakeholder_id", Ref),
            ("from_name", Text(feedback::FEEDBACK_FROM_MAX)),
            ("kind", Line(20)),
            ("said", Text(feedback::FEEDBACK_SAID_MAX)),
            ("response", Text(feedback::FEEDBACK_RESPONSE_MAX)),
            ("status", Line(20)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("reflection_id", Ref),
        ],
    },
    Table {
        name: "one_on_one",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("stakeholder_id", Ref),
            ("with_name", Line(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("date", Date),
            ("notes", Text(one_on_one::ONE_ON_ONE_NOTES_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
            ("time", OptTime),
        ],
    },
    Table {
        name: "agenda_item",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("one_on_one_id", Id),
            ("position", Int),
            ("source", Line(40)),
            ("text", Line(agenda::AGENDA_TEXT_MAX)),
            ("done", Int),
            ("carried_from", Ref),
        ],
    },
    Table {
        name: "action_item",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("one_on_one_id", Id),
            ("text", Line(agenda::AGENDA_TEXT_MAX)),
            ("owner", Text(one_on_one::ACTION_OWNER_MAX)),
            ("status", Line(20)),
            ("due_date", OptDate),
            ("carried_from", Ref),
        ],
    },
    Table {
        name: "reminder_sent",
        order_by: "kind, item_id, due_date",
        columns: &[("kind", Line(20)), ("item_id", Id), ("due_date", Date), ("sent_at", Stamp)],
    },
    Table { name: "setting", order_by: "key", columns: &[("key", Line(40)), ("value", Line(200))] },
    Table {
        name: "framework",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
            ("source", Text(200)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "framework_level",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("framework_id", Id),
            ("position", Int),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
        ],
    },
    Table {
        name: "framework_topic",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("framework_id", Id),
            ("position", Int),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
        ],
    },
    Table {
        name: "expectation",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("topic_id", Id),
            ("level_id", Id),
            ("position", Int),
            ("text", Line(framework_file::EXPECTATION_TEXT_MAX)),
            ("examples", Text(framework_file::EXAMPLES_MAX * (framework_file::EXPECTATION_TEXT_MAX + 1))),
        ],
    },
    Table {
        name: "plan_framework",
        order_by: "plan_id",
        columns: &[("plan_id", Id), ("framework_id", Id), ("current_level_id", Id), ("target_level_id", Id)],
    },
    Table {
        name: "evidence",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("expectation_id", Id),
            ("plan_id", Id),
            ("win_id", Ref),
            ("feedback_id", Ref),
            ("milestone_id", Ref),
            ("stretch_id", Ref),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "assessment",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("note", Text(assessment::ASSESSMENT_NOTE_MAX)),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "assessment_rating",
        order_by: "assessment_id, topic_id, skill_id",
        columns: &[("assessment_id", Id), ("topic_id", Ref), ("skill_id", Ref), ("rating", Int)],
    },
    Table {
        name: "monthly_review",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("started_on", Date),
            ("completed_on", OptDate),
            ("step", Int),
            ("summary", Text(monthly_review::REVIEW_SUMMARY_MAX)),
            // The plan as the review found it, and what changed: JSON that Cairn wrote.
            ("baseline", Text(1 << 24)),
            ("changes", Text(1 << 20)),
            ("assessment_id", Ref),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
];
