//! A line of a reflection becomes a win, a piece of feedback, a milestone or a learning action in
//! one step. The new item is made by the same code as from its own screen (same rules), and
//! remembers the reflection it came from; both show the link.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::feedback::{FeedbackInput, FeedbackKind, FeedbackStatus};
use crate::learning::{ActionStatus, LearningActionInput, LearningKind};
use crate::milestone::{MilestoneInput, MilestoneStatus};
use crate::store::Store;
use crate::text::required_line;
use crate::win::{WIN_TEXT_MAX, WIN_TITLE_MAX, WinInput};

use super::reflection::{MadeItem, MadeKind, REFLECTION_TEXT_MAX};

/// What a line should become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LineTarget {
    Win,
    /// Feedback received, praise.
    Praise,
    /// Feedback received, constructive.
    Constructive,
    Milestone,
    /// A learning action under `skillId`.
    LearningAction,
}

/// A line of a reflection and what it should become.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionLine {
    #[ts(type = "number")]
    pub reflection_id: i64,
    pub text: String,
    pub target: LineTarget,
    /// The skill a learning action belongs to.
    #[ts(type = "number | null")]
    #[serde(default)]
    pub skill_id: Option<i64>,
    /// Who gave the feedback: someone on the map…
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stakeholder_id: Option<i64>,
    /// …or a name.
    #[serde(default)]
    pub from_name: String,
}

/// A title cut at a word to `max` characters, with "…" when cut.
fn title_of(line: &str, max: usize) -> String {
    if line.chars().count() <= max {
        return line.to_owned();
    }
    let cut: String = line.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').filter(|i| *i > max / 2).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end())
}

impl Store {
    /// Makes an item from a line of a reflection, linked to it, in one transaction.
    pub fn make_from_reflection_line(&self, line: &ReflectionLine) -> Result<MadeItem> {
        let text =
            required_line("text", "The line", line.text.trim_start_matches(['-', '*', '•', ' ']), REFLECTION_TEXT_MAX)?;
        let reflection = self.get_reflection(line.reflection_id)?;
        let plan_id = reflection.plan_id;
        // Dated inside the week it was written about, never after today.
        let date: NaiveDate = reflection.week.sunday.min(self.clock.today());
        let title = title_of(&text, WIN_TITLE_MAX);
        self.atomically("make the item", || {
            let (kind, id, title, table) = match line.target {
                LineTarget::Win => {
                    let what_happened = if title == text { String::new() } else { title_of(&text, WIN_TEXT_MAX) };
                    let input = WinInput {
                        date: date.to_string(),
                        title,
                        situation: String::new(),
                        my_part: String::new(),
                        what_happened,
                        metric: String::new(),
                        baseline: None,
                        result: None,
                        unit: String::new(),
                        impact_note: String::new(),
                        witnesses: String::new(),
                        skill_ids: Vec::new(),
                    };
                    let win = self.create_win(plan_id, &input)?;
                    (MadeKind::Win, win.id, win.title, "win")
                }
                LineTarget::Praise | LineTarget::Constructive => {
                    let kind = if line.target == LineTarget::Praise {
                        FeedbackKind::Praise
                    } else {
                        FeedbackKind::Constructive
                    };
                    let input = FeedbackInput {
                        date: date.to_string(),
                        stakeholder_id: line.stakeholder_id,
                        from_name: line.from_name.clone(),
                        kind,
                        said: text.clone(),
                        response: String::new(),
                        status: FeedbackStatus::Open,
                        quotable: false,
                    };
                    let f = self.create_feedback(plan_id, &input)?;
                    (MadeKind::Feedback, f.id, title_of(&f.said, 200), "feedback")
                }
                LineTarget::Milestone => {
                    let input = MilestoneInput {
                        title,
                        due_date: String::new(),
                        status: MilestoneStatus::Planned,
                        completed_date: String::new(),
                        skill_id: None,
                        stretch_id: None,
                        evidence: String::new(),
                        cycle_date_id: None,
                    };
                    let m = self.create_milestone(plan_id, &input)?;
                    (MadeKind::Milestone, m.id, m.title, "milestone")
                }
                LineTarget::LearningAction => {
                    let skill_id = line
                        .skill_id
                        .ok_or_else(|| Error::validation("skillId", "Choose the skill this learning action is for."))?;
                    self.check_plan_skills(plan_id, &[skill_id])?;
                    let input = LearningActionInput {
                        title,
                        kind: LearningKind::Experience,
                        due_date: String::new(),
                        status: ActionStatus::Planned,
                    };
                    let a = self.create_learning_action(skill_id, &input)?;
                    (MadeKind::LearningAction, a.id, a.title, "learning_action")
                }
            };
            self.conn
                .execute(&format!("UPDATE {table} SET reflection_id = ?1 WHERE id = ?2"), [line.reflection_id, id])
                .or_storage("link the item to the reflection")?;
            Ok(MadeItem { kind, id, title })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_make_titles_cut_at_a_word() {
        assert_eq!(title_of("Short line", 200), "Short line");
        let long = format!("{} tail", "word ".repeat(50));
        let t = title_of(&long, 40);
        assert!(t.chars().count() <= 40, "{t}");
        assert!(t.ends_with("word…"), "{t}");
    }
}
