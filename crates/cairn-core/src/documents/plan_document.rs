//! The whole plan as a document (PDF and Markdown): the skills with their learning actions, the
//! timeline, the stakeholder grid, stretch assignments, milestones, wins, feedback and the
//! promotion packet (readiness against the plan's framework), mentoring, visibility, and feedback
//! asked for and given. Each person's stance and what they care about, the skills' own notes, and
//! the notes of mentoring sessions and feedback given are private: out unless chosen. Mentees are
//! named by initials unless the person ticks their names.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::signals::{AskedAndGiven, MentoringPart, VisibilityLine};
use super::{Preview, StretchLine, count};
use crate::{
    CycleDate, Feedback, FeedbackKind, FeedbackStatus, LearningAction, Milestone, MilestoneStatus, Plan, Quadrant,
    Readiness, Reflection, Result, Skill, Stance, Store, Stretch, StretchStatus, Win,
};

/// A part of the plan document the person can leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlanSection {
    Skills,
    Timeline,
    /// The power/interest grid with names.
    People,
    Stretch,
    Milestones,
    Wins,
    Feedback,
    /// The promotion packet: each target-level expectation of the plan's framework with its evidence.
    Readiness,
    /// Each person's stance (champion … blocker) and what they care about: private.
    PeopleDetails,
    /// The skills' own notes: private.
    SkillNotes,
    /// The weekly reflections, newest first: private.
    Reflections,
    /// The review cycle's dates.
    ReviewCycle,
    /// How a closed plan ended and its retrospective: private.
    Retrospective,
    /// Mentees with their goals, and the sessions held.
    Mentoring,
    /// Talks, design documents, posts, demos, presentations and workshops.
    Visibility,
    /// Feedback asked for (with where each request stands) and feedback given.
    AskedAndGiven,
    /// The notes of mentoring sessions and of feedback given: private.
    SignalNotes,
    /// Mentees by their full names rather than initials: private.
    MenteeNames,
}

impl PlanSection {
    pub const ALL: [PlanSection; 18] = [
        PlanSection::ReviewCycle,
        PlanSection::Skills,
        PlanSection::Timeline,
        PlanSection::People,
        PlanSection::Stretch,
        PlanSection::Milestones,
        PlanSection::Wins,
        PlanSection::Feedback,
        PlanSection::Readiness,
        PlanSection::Mentoring,
        PlanSection::Visibility,
        PlanSection::AskedAndGiven,
        PlanSection::PeopleDetails,
        PlanSection::SkillNotes,
        PlanSection::Reflections,
        PlanSection::Retrospective,
        PlanSection::SignalNotes,
        PlanSection::MenteeNames,
    ];

    pub fn private(self) -> bool {
        matches!(
            self,
            PlanSection::PeopleDetails
                | PlanSection::SkillNotes
                | PlanSection::Reflections
                | PlanSection::Retrospective
                | PlanSection::SignalNotes
                | PlanSection::MenteeNames
        )
    }

    pub fn defaults() -> Vec<PlanSection> {
        Self::ALL.into_iter().filter(|s| !s.private()).collect()
    }

    pub fn label(self) -> &'static str {
        match self {
            PlanSection::Skills => "Skills",
            PlanSection::Timeline => "Timeline",
            PlanSection::People => "Stakeholder grid (names and quadrants)",
            PlanSection::Stretch => "Stretch assignments",
            PlanSection::Milestones => "Milestones",
            PlanSection::Wins => "Wins",
            PlanSection::Feedback => "Feedback",
            PlanSection::Readiness => "Promotion readiness (each target-level expectation with its evidence)",
            PlanSection::PeopleDetails => "Each person's stance and what they care about",
            PlanSection::SkillNotes => "My private notes on skills",
            PlanSection::Reflections => "My weekly reflections",
            PlanSection::ReviewCycle => "Review cycle",
            PlanSection::Retrospective => "How the plan ended, and my retrospective",
            PlanSection::Mentoring => "Mentoring (mentees by initials)",
            PlanSection::Visibility => "Visibility: talks, documents, posts, demos",
            PlanSection::AskedAndGiven => "Feedback I asked for and gave",
            PlanSection::SignalNotes => "My notes on mentoring sessions and feedback given",
            PlanSection::MenteeNames => "Mentees' full names instead of initials",
        }
    }
}

/// The plan document's content as of a day. A section is `None` when it was left out.
#[derive(Debug, Clone)]
pub struct PlanDocument {
    pub plan: Plan,
    pub as_of: NaiveDate,
    /// Each skill's `notes` are emptied unless the private notes were chosen.
    pub skills: Option<Vec<SkillLine>>,
    pub timeline: Option<Timeline>,
    /// Everyone on the map; `Some` when the grid or the private details were chosen.
    pub people: Option<People>,
    /// Assignments not dropped.
    pub stretch: Option<Vec<StretchLine>>,
    pub milestones: Option<Vec<Milestone>>,
    pub wins: Option<Vec<WinLine>>,
    /// The wins are limited to this period (`wins_within`).
    pub wins_period: Option<(NaiveDate, NaiveDate)>,
    pub feedback: Option<FeedbackPart>,
    /// `None` also when the plan is held against no framework.
    pub readiness: Option<Readiness>,
    /// The written weeks, newest first (private).
    pub reflections: Option<Vec<Reflection>>,
    /// Every date of the review cycle, counted down from `as_of`.
    pub review_cycle: Option<Vec<CycleDate>>,
    /// Show how the plan ended (outcome, closing day, retrospective: in `plan`); only a closed
    /// plan has one.
    pub retrospective: bool,
    pub mentoring: Option<MentoringPart>,
    pub visibility: Option<Vec<VisibilityLine>>,
    pub asked_and_given: Option<AskedAndGiven>,
}

#[derive(Debug, Clone)]
pub struct SkillLine {
    pub skill: Skill,
    pub actions: Vec<LearningAction>,
}

/// What the timeline strip shows inside the plan's window.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// Milestones not dropped with a due date inside the window.
    pub milestones: Vec<Milestone>,
    /// Assignments not dropped.
    pub stretches: Vec<Stretch>,
    /// The day the document is made, when it falls inside the window.
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct People {
    pub lines: Vec<PersonLine>,
    /// The grid (names in quadrants) was chosen.
    pub grid: bool,
    /// The private details were chosen: each line carries them.
    pub details: bool,
}

#[derive(Debug, Clone)]
pub struct PersonLine {
    pub name: String,
    pub role: String,
    pub quadrant: Quadrant,
    /// Private: `Some` only when chosen.
    pub details: Option<PersonDetails>,
}

#[derive(Debug, Clone)]
pub struct PersonDetails {
    pub stance: Stance,
    pub cares_about: String,
}

#[derive(Debug, Clone)]
pub struct WinLine {
    pub win: Win,
    /// The names of the skills it shows.
    pub skills: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct FeedbackPart {
    pub items: Vec<Feedback>,
    pub praise: usize,
    pub constructive: usize,
    /// Not resolved yet.
    pub open: usize,
}

impl Store {
    /// Everything the plan document could hold as of `today`, every section in (private ones
    /// too); `keep` cuts it to what the person chose.
    pub fn plan_document(&self, plan_id: i64, today: NaiveDate) -> Result<PlanDocument> {
        let plan = self.get_plan(plan_id)?;
        let skills = self.list_skills(plan.id)?;
        let skill_name: HashMap<i64, &str> = skills.iter().map(|s| (s.id, s.name.as_str())).collect();
        let people = self.list_stakeholders()?;
        let person_name: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let names = |ids: &[i64]| -> Vec<String> {
            ids.iter().filter_map(|id| skill_name.get(id)).map(|n| (*n).to_owned()).collect()
        };
        let milestones = self.list_milestones(plan.id)?;
        let stretches: Vec<Stretch> =
            self.list_stretches(plan.id)?.into_iter().filter(|s| s.status != StretchStatus::Dropped).collect();
        let mut actions: HashMap<i64, Vec<LearningAction>> = HashMap::new();
        for a in self.list_learning_actions(plan.id)? {
            actions.entry(a.skill_id).or_default().push(a);
        }
        let feedback = self.list_feedback(plan.id)?;
        let praise = feedback.iter().filter(|f| f.kind == FeedbackKind::Praise).count();
        let window = plan.start_date..=plan.end_date;

        Ok(PlanDocument {
            as_of: today,
            skills: Some(
                skills
                    .iter()
                    .map(|s| SkillLine { skill: s.clone(), actions: actions.remove(&s.id).unwrap_or_default() })
                    .collect(),
            ),
            timeline: Some(Timeline {
                milestones: milestones
                    .iter()
                    .filter(|m| m.status != MilestoneStatus::Dropped && m.due_date.is_some_and(|d| window.contains(&d)))
                    .cloned()
                    .collect(),
                stretches: stretches.clone(),
                today: window.contains(&today).then_some(today),
            }),
            people: Some(People {
                lines: people
                    .iter()
                    .map(|p| PersonLine {
                        name: p.name.clone(),
                        role: p.role.clone(),
                        quadrant: p.quadrant,
                        details: Some(PersonDetails { stance: p.stance, cares_about: p.cares_about.clone() }),
                    })
                    .collect(),
                grid: true,
                details: true,
            }),
            stretch: Some(
                stretches
                    .into_iter()
                    .map(|s| StretchLine {
                        sponsor: s.sponsor_id.and_then(|id| person_name.get(&id)).map(|n| (*n).to_owned()),
                        skills: names(&s.skill_ids),
                        stretch: s,
                    })
                    .collect(),
            ),
            milestones: Some(milestones),
            wins_period: None,
            wins: Some(
                self.list_wins(plan.id)?.into_iter().map(|w| WinLine { skills: names(&w.skill_ids), win: w }).collect(),
            ),
            feedback: Some(FeedbackPart {
                praise,
                constructive: feedback.len() - praise,
                open: feedback.iter().filter(|f| f.status != FeedbackStatus::Resolved).count(),
                items: feedback,
            }),
            readiness: self.readiness(plan.id)?,
            retrospective: plan.closed_on.is_some(),
            review_cycle: Some({
                let mut dates = self.list_cycle_dates(plan.id)?;
                for d in &mut dates {
                    d.days_until = (d.date - today).num_days();
                }
                dates
            }),
            reflections: Some(
                self.reflection_history(plan.id)?.weeks.into_iter().filter_map(|w| w.reflection).collect(),
            ),
            mentoring: Some(self.mentoring_part(plan.id, today)?),
            visibility: Some(self.visibility_lines(plan.id)?),
            asked_and_given: Some(self.asked_and_given(plan.id)?),
            plan,
        })
    }
}

impl PlanDocument {
    /// Keeps only the wins dated `from..=to` (at ten years a plan has hundreds), and says so.
    pub fn wins_within(mut self, from: NaiveDate, to: NaiveDate) -> Self {
        if let Some(wins) = &mut self.wins {
            wins.retain(|w| w.win.date >= from && w.win.date <= to);
        }
        self.wins_period = Some((from, to));
        self
    }

    /// What each section would hold (counted before anything is cut).
    pub fn preview(&self) -> Vec<Preview<PlanSection>> {
        let len = |n: Option<usize>| n.unwrap_or(0);
        PlanSection::ALL
            .into_iter()
            .map(|section| {
                let summary = match section {
                    PlanSection::Skills => count(len(self.skills.as_ref().map(Vec::len)), "skill", "skills"),
                    PlanSection::Timeline => "Milestones and assignments across the window".into(),
                    PlanSection::People | PlanSection::PeopleDetails => {
                        count(len(self.people.as_ref().map(|p| p.lines.len())), "person", "people")
                    }
                    PlanSection::Stretch => {
                        count(len(self.stretch.as_ref().map(Vec::len)), "assignment", "assignments")
                    }
                    PlanSection::Milestones => {
                        count(len(self.milestones.as_ref().map(Vec::len)), "milestone", "milestones")
                    }
                    PlanSection::Wins => count(len(self.wins.as_ref().map(Vec::len)), "win", "wins"),
                    PlanSection::Feedback => count(
                        len(self.feedback.as_ref().map(|f| f.items.len())),
                        "piece of feedback",
                        "pieces of feedback",
                    ),
                    PlanSection::Readiness => match &self.readiness {
                        Some(r) => count(r.total as usize, "expectation", "expectations"),
                        None => "This plan uses no framework".into(),
                    },
                    PlanSection::ReviewCycle => count(len(self.review_cycle.as_ref().map(Vec::len)), "date", "dates"),
                    PlanSection::Retrospective => match self.plan.closed_on {
                        Some(day) => format!("Closed on {day}"),
                        None => "The plan is not closed".into(),
                    },
                    PlanSection::Reflections => {
                        count(len(self.reflections.as_ref().map(Vec::len)), "week written", "weeks written")
                    }
                    PlanSection::Mentoring => match &self.mentoring {
                        Some(m) => format!(
                            "{}, {}",
                            count(m.mentees.len(), "mentee", "mentees"),
                            count(m.sessions.len(), "session", "sessions")
                        ),
                        None => String::new(),
                    },
                    PlanSection::Visibility => count(len(self.visibility.as_ref().map(Vec::len)), "record", "records"),
                    PlanSection::AskedAndGiven => match &self.asked_and_given {
                        Some(a) => format!(
                            "{}, {} given",
                            count(a.requests.len(), "request", "requests"),
                            count(a.given.len(), "piece of feedback", "pieces of feedback")
                        ),
                        None => String::new(),
                    },
                    PlanSection::SignalNotes => count(
                        self.mentoring.iter().flat_map(|m| &m.sessions).filter(|s| !s.notes.is_empty()).count()
                            + self
                                .asked_and_given
                                .iter()
                                .flat_map(|a| &a.given)
                                .filter(|g| !g.notes.is_empty())
                                .count(),
                        "note",
                        "notes",
                    ),
                    PlanSection::MenteeNames => "Otherwise each mentee is named by initials".into(),
                    PlanSection::SkillNotes => count(
                        self.skills.iter().flatten().filter(|k| !k.skill.notes.is_empty()).count(),
                        "skill with notes",
                        "skills with notes",
                    ),
                };
                Preview { section, label: section.label().into(), private: section.private(), summary }
            })
            .collect()
    }

    /// The document with only the chosen sections; private details are removed where they sit.
    pub fn keep(mut self, sections: &[PlanSection]) -> PlanDocument {
        let on = |s: PlanSection| sections.contains(&s);
        self.skills = self.skills.filter(|_| on(PlanSection::Skills));
        if !on(PlanSection::SkillNotes) {
            for line in self.skills.iter_mut().flatten() {
                line.skill.notes.clear();
            }
        }
        self.timeline = self.timeline.filter(|_| on(PlanSection::Timeline));
        self.people = self.people.filter(|_| on(PlanSection::People) || on(PlanSection::PeopleDetails)).map(|mut p| {
            p.grid = on(PlanSection::People);
            p.details = on(PlanSection::PeopleDetails);
            if !p.details {
                for person in &mut p.lines {
                    person.details = None;
                }
            }
            p
        });
        self.stretch = self.stretch.filter(|_| on(PlanSection::Stretch));
        self.milestones = self.milestones.filter(|_| on(PlanSection::Milestones));
        self.wins = self.wins.filter(|_| on(PlanSection::Wins));
        self.feedback = self.feedback.filter(|_| on(PlanSection::Feedback));
        self.readiness = self.readiness.filter(|_| on(PlanSection::Readiness));
        self.reflections = self.reflections.filter(|_| on(PlanSection::Reflections));
        self.review_cycle = self.review_cycle.filter(|_| on(PlanSection::ReviewCycle));
        self.retrospective = self.retrospective && on(PlanSection::Retrospective);
        self.mentoring = self.mentoring.filter(|_| on(PlanSection::Mentoring));
        self.visibility = self.visibility.filter(|_| on(PlanSection::Visibility));
        self.asked_and_given = self.asked_and_given.filter(|_| on(PlanSection::AskedAndGiven));
        if !on(PlanSection::SignalNotes) {
            for s in self.mentoring.iter_mut().flat_map(|m| &mut m.sessions) {
                s.notes.clear();
            }
            for g in self.asked_and_given.iter_mut().flat_map(|a| &mut a.given) {
                g.notes.clear();
            }
        }
        if !on(PlanSection::MenteeNames) {
            if let Some(m) = &mut self.mentoring {
                m.hide_names();
            }
            if let Some(a) = &mut self.asked_and_given {
                a.hide_names();
            }
            for ev in self
                .readiness
                .iter_mut()
                .flat_map(|r| &mut r.topics)
                .flat_map(|t| &mut t.expectations)
                .flat_map(|e| &mut e.evidence)
            {
                if let Some(name) = &mut ev.mentee {
                    *name = super::signals::initials(name);
                }
            }
        }
        self
    }
}
