//! The senior signals in documents: mentoring (per mentee and per session), visibility records,
//! and feedback asked for and given. Decided here, as every document rule: mentees appear by
//! their initials unless the person ticks their names, session notes and the notes on feedback
//! given are private.

use chrono::NaiveDate;

use crate::{FeedbackGiven, FeedbackRequest, GoalStatus, MenteeGoal, RequestCounts, Result, Store, Visibility};

/// "Sam Okafor" → "S. O.": how a mentee is named in a document unless the person ticks names.
pub fn initials(name: &str) -> String {
    let letters: Vec<String> = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    if letters.is_empty() { "A mentee".into() } else { letters.join(" ") }
}

/// A mentoring session as a document shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLine {
    pub date: NaiveDate,
    pub mentee: String,
    pub topics: String,
    pub will_try: String,
    pub learned: String,
    /// Private: emptied unless the person chose their notes.
    pub notes: String,
}

/// A mentee with how far they have come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenteeLine {
    pub name: String,
    pub goals: Vec<MenteeGoal>,
    pub goals_met: usize,
    pub sessions: usize,
    pub last_session: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentoringPart {
    pub mentees: Vec<MenteeLine>,
    /// Newest first.
    pub sessions: Vec<SessionLine>,
}

/// A visibility record with the names of the skills it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibilityLine {
    pub record: Visibility,
    pub skills: Vec<String>,
}

/// Feedback the person asked for and feedback they gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskedAndGiven {
    pub requests: Vec<FeedbackRequest>,
    pub counts: RequestCounts,
    /// Newest first; each one's notes are emptied unless the person chose their notes.
    pub given: Vec<FeedbackGiven>,
    /// The people mentored in the plan: named by initials here too, unless the person ticks names.
    pub mentee_ids: Vec<i64>,
}

impl AskedAndGiven {
    pub(crate) fn hide_names(&mut self) {
        let mentee = |id: Option<i64>| id.is_some_and(|id| self.mentee_ids.contains(&id));
        for r in self.requests.iter_mut().filter(|r| mentee(r.stakeholder_id)) {
            r.person = initials(&r.person);
        }
        for g in self.given.iter_mut().filter(|g| mentee(g.stakeholder_id)) {
            g.to = initials(&g.to);
        }
    }
}

impl MentoringPart {
    /// Every mentee's name as initials.
    pub(crate) fn hide_names(&mut self) {
        for m in &mut self.mentees {
            m.name = initials(&m.name);
        }
        for s in &mut self.sessions {
            s.mentee = initials(&s.mentee);
        }
    }
}

impl Store {
    /// The plan's mentoring as of `today` (sessions planned after it are left out), names in full.
    pub(crate) fn mentoring_part(&self, plan_id: i64, today: NaiveDate) -> Result<MentoringPart> {
        let mentees = self.list_mentees(plan_id)?;
        let mut sessions: Vec<SessionLine> = self
            .list_mentoring_sessions(plan_id)?
            .into_iter()
            .filter(|s| s.date <= today)
            .map(|s| SessionLine {
                date: s.date,
                mentee: s.mentee,
                topics: s.topics,
                will_try: s.will_try,
                learned: s.learned,
                notes: s.notes,
            })
            .collect();
        sessions.reverse();
        Ok(MentoringPart {
            mentees: mentees
                .into_iter()
                .filter(|m| !m.goals.is_empty() || !m.sessions.is_empty())
                .map(|m| {
                    let held: Vec<NaiveDate> = m.sessions.iter().map(|s| s.date).filter(|d| *d <= today).collect();
                    MenteeLine {
                        goals_met: m.goals.iter().filter(|g| g.status == GoalStatus::Met).count(),
                        sessions: held.len(),
                        last_session: held.into_iter().max(),
                        name: m.person.name,
                        goals: m.goals,
                    }
                })
                .collect(),
            sessions,
        })
    }

    /// The plan's visibility records, newest first, with their skills' names.
    pub(crate) fn visibility_lines(&self, plan_id: i64) -> Result<Vec<VisibilityLine>> {
        let skills = self.list_skills(plan_id)?;
        Ok(self
            .list_visibility(plan_id)?
            .into_iter()
            .map(|record| VisibilityLine {
                skills: record
                    .skill_ids
                    .iter()
                    .filter_map(|id| skills.iter().find(|s| s.id == *id).map(|s| s.name.clone()))
                    .collect(),
                record,
            })
            .collect())
    }

    pub(crate) fn asked_and_given(&self, plan_id: i64) -> Result<AskedAndGiven> {
        let requests = self.list_feedback_requests(plan_id)?;
        Ok(AskedAndGiven {
            requests: requests.items,
            counts: requests.counts,
            given: self.list_feedback_given(plan_id)?,
            mentee_ids: self.list_mentees(plan_id)?.into_iter().map(|m| m.person.id).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        assert_eq!(initials("Sam Okafor"), "S. O.");
        assert_eq!(initials("  jo  "), "J.");
        assert_eq!(initials("Élodie de la Cruz"), "É. D. L. C.");
        assert_eq!(initials("(Kim) Lee"), "K. L.");
        assert_eq!(initials(""), "A mentee");
    }
}
