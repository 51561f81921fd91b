//! What happened in a week, from the plan's own records: the "this week" block that opens a
//! reflection, so the person edits instead of recalls. Only the week's days are read.

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Result, StorageResultExt};
use crate::store::Store;

use super::reflection::{Reflection, ReflectionInput};
use super::week::{IsoWeek, WeekSpan};

/// What kind of fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A milestone marked done that week.
    MilestoneDone,
    /// An open milestone due that week.
    MilestoneDue,
    Win,
    /// Feedback received that week.
    Feedback,
    /// A one-on-one of the plan held that week.
    OneOnOne,
    /// A check-in or other contact logged with someone on the map.
    CheckIn,
}

/// One fact of the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekFact {
    pub kind: FactKind,
    /// The id of the item in its own table (milestone, win, feedback, one_on_one, interaction).
    #[ts(type = "number")]
    pub id: i64,
    pub date: NaiveDate,
    /// "Ship the RFC", "Dana Whitfield", …
    pub text: String,
}

/// A week opened for reflecting: its facts, the entry if written, else a pre-filled draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionWeek {
    pub week: WeekSpan,
    /// The week today is in.
    pub is_current: bool,
    pub facts: Vec<WeekFact>,
    pub reflection: Option<Reflection>,
    /// What the form starts with: the entry as written, or lines made from the facts.
    pub draft: ReflectionInput,
}

/// Longest quote of feedback in a pre-filled line, in characters.
const QUOTE_MAX: usize = 100;

fn quoted(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    if line.chars().count() <= QUOTE_MAX && !text.trim().contains('\n') {
        return line.to_owned();
    }
    let cut: String = line.chars().take(QUOTE_MAX).collect();
    format!("{}…", cut.trim_end())
}

/// The draft a new entry starts with: what got done goes under "what moved", feedback under "what I
/// learned". Due milestones are left to the person: they are facts, not progress.
pub fn prefill(facts: &[WeekFact]) -> ReflectionInput {
    let lines =
        |pick: &dyn Fn(&WeekFact) -> Option<String>| facts.iter().filter_map(pick).collect::<Vec<_>>().join("\n");
    ReflectionInput {
        moved: lines(&|f| match f.kind {
            FactKind::MilestoneDone => Some(format!("Done: {}", f.text)),
            FactKind::Win => Some(format!("Win: {}", f.text)),
            FactKind::OneOnOne => Some(format!("One-on-one with {}", f.text)),
            FactKind::CheckIn => Some(format!("Check-in with {}", f.text)),
            _ => None,
        }),
        learned: lines(&|f| (f.kind == FactKind::Feedback).then(|| format!("Feedback: {}", f.text))),
        ..ReflectionInput::default()
    }
}

impl Store {
    /// The facts of `week` for the plan, in date order; nothing after today.
    pub(crate) fn week_facts(&self, plan_id: i64, week: IsoWeek) -> Result<Vec<WeekFact>> {
        let (from, to) = (week.monday(), week.sunday().min(self.clock.today()));
        let mut facts = Vec::new();
        let mut read = |sql: &str, kind: &dyn Fn(&str) -> FactKind, upto: NaiveDate| -> Result<()> {
            let mut stmt = self.conn.prepare_cached(sql).or_storage("read the week")?;
            let rows = stmt
                .query_map(params![plan_id, from, upto], |r| {
                    Ok(WeekFact {
                        kind: kind(r.get_ref(0)?.as_str()?),
                        id: r.get(1)?,
                        date: r.get(2)?,
                        text: r.get(3)?,
                    })
                })
                .or_storage("read the week")?;
            for row in rows {
                facts.push(row.or_storage("read the week")?);
            }
            Ok(())
        };
        read(
            "SELECT status, id, coalesce(completed_date, due_date), title FROM milestone WHERE plan_id = ?1 \
             AND ((status = 'done' AND completed_date BETWEEN ?2 AND ?3) \
               OR (status IN ('planned', 'in_progress') AND due_date BETWEEN ?2 AND ?3))",
            &|status| if status == "done" { FactKind::MilestoneDone } else { FactKind::MilestoneDue },
            // Due dates look ahead to the week's end: "due Friday" matters on Tuesday.
            week.sunday(),
        )?;
        let mut read_done = |sql: &str, kind: FactKind| read(sql, &|_| kind, to);
        read_done("SELECT 'w', id, date, title FROM win WHERE plan_id = ?1 AND date BETWEEN ?2 AND ?3", FactKind::Win)?;
        read_done(
            "SELECT 'f', f.id, f.date, coalesce(s.name, f.from_name) || ': ' || f.said FROM feedback f \
             LEFT JOIN stakeholder s ON s.id = f.stakeholder_id WHERE f.plan_id = ?1 AND f.date BETWEEN ?2 AND ?3",
            FactKind::Feedback,
        )?;
        read_done(
            "SELECT 'o', id, date, with_name FROM one_on_one WHERE plan_id = ?1 AND date BETWEEN ?2 AND ?3",
            FactKind::OneOnOne,
        )?;
        // People belong to no plan; what was logged with them that week is part of every plan's week.
        read_done(
            "SELECT 'c', i.id, i.date, s.name FROM interaction i JOIN stakeholder s ON s.id = i.stakeholder_id \
             WHERE ?1 = ?1 AND i.date BETWEEN ?2 AND ?3",
            FactKind::CheckIn,
        )?;
        for f in facts.iter_mut().filter(|f| f.kind == FactKind::Feedback) {
            f.text = quoted(&f.text);
        }
        facts.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        Ok(facts)
    }

    /// Opens `week` of the plan for reflecting: the week's facts, and the entry as written or a
    /// draft pre-filled from the facts.
    pub fn reflection_week(&self, plan_id: i64, week: &str) -> Result<ReflectionWeek> {
        let plan = self.get_plan(plan_id)?;
        let week = self.reflection_week_of(&plan, week)?;
        let facts = self.week_facts(plan_id, week)?;
        let reflection = self.reflection_for(plan_id, week)?;
        let draft = match &reflection {
            Some(r) => ReflectionInput {
                moved: r.moved.clone(),
                learned: r.learned.clone(),
                blocked: r.blocked.clone(),
                focus: r.focus.clone(),
                confidence: r.confidence,
                energy: r.energy,
            },
            None => prefill(&facts),
        };
        Ok(ReflectionWeek {
            week: week.into(),
            is_current: week == IsoWeek::of(self.clock.today()),
            facts,
            reflection,
            draft,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(kind: FactKind, text: &str) -> WeekFact {
        WeekFact { kind, id: 1, date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), text: text.into() }
    }

    #[test]
    fn the_draft_lists_progress_under_moved_and_feedback_under_learned() {
        let draft = prefill(&[
            fact(FactKind::MilestoneDue, "Write the RFC"),
            fact(FactKind::MilestoneDone, "Run the design review"),
            fact(FactKind::Win, "Cut p95 by 40%"),
            fact(FactKind::Feedback, "Dana: clear write-up"),
            fact(FactKind::OneOnOne, "Dana"),
            fact(FactKind::CheckIn, "Sam"),
        ]);
        assert_eq!(
            draft.moved,
            "Done: Run the design review\nWin: Cut p95 by 40%\nOne-on-one with Dana\nCheck-in with Sam"
        );
        assert_eq!(draft.learned, "Feedback: Dana: clear write-up");
        assert!(draft.blocked.is_empty() && draft.focus.is_empty() && draft.confidence.is_none());
    }

    #[test]
    fn long_or_multi_line_feedback_is_quoted_short() {
        assert_eq!(quoted("short"), "short");
        assert_eq!(quoted("first line\nsecond"), "first line…");
        assert_eq!(quoted(&"x".repeat(150)).chars().count(), QUOTE_MAX + 1);
    }
}
