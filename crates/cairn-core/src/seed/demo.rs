//! A realistic demo: three months into a "Road to Senior" plan, with people, a stretch assignment,
//! milestones done and overdue, wins with numbers, feedback and one-on-ones, mentoring and
//! visibility (`demo_signals.rs`). Dates are relative to
//! the store clock's today, so the demo always looks current. For screenshots and trials.

use chrono::{Days, Months, NaiveDate};

use super::demo_signals::SignalPeople;
use crate::error::{Result, StorageResultExt};
use crate::feedback::{FeedbackInput, FeedbackKind, FeedbackStatus};
use crate::milestone::{MilestoneInput, MilestoneStatus};
use crate::one_on_one::{ActionItemInput, ActionItemStatus, AgendaItemInput, NewOneOnOne};
use crate::plan::Plan;
use crate::reflection::ReflectionInput;
use crate::stakeholder::{InteractionInput, InteractionKind, Relationship, StakeholderInput, Stance};
use crate::store::Store;
use crate::stretch::{StretchInput, StretchStatus};
use crate::template::TemplateId;
use crate::week::IsoWeek;
use crate::win::WinInput;

fn ago(today: NaiveDate, days: u64) -> String {
    today.checked_sub_days(Days::new(days)).unwrap_or(today).to_string()
}

fn ahead(today: NaiveDate, days: u64) -> String {
    today.checked_add_days(Days::new(days)).unwrap_or(today).to_string()
}

struct Person {
    name: &'static str,
    role: &'static str,
    relationship: Relationship,
    influence: i64,
    interest: i64,
    stance: Stance,
    cares_about: &'static str,
    cadence: Option<i64>,
    last_met_days_ago: Option<u64>,
}

const PEOPLE: &[Person] = &[
    Person {
        name: "Priya Raman",
        role: "Engineering manager",
        relationship: Relationship::Manager,
        influence: 5,
        interest: 5,
        stance: Stance::Champion,
        cares_about: "Predictable delivery; growing seniors on the team",
        cadence: Some(14),
        last_met_days_ago: Some(14),
    },
    Person {
        name: "Marcus Feld",
        role: "Director of engineering",
        relationship: Relationship::SkipLevel,
        influence: 5,
        interest: 2,
        stance: Stance::Neutral,
        cares_about: "Platform reliability and cloud cost",
        cadence: Some(45),
        last_met_days_ago: Some(60),
    },
    Person {
        name: "Ana Sousa",
        role: "Product manager, search",
        relationship: Relationship::CrossFunctional,
        influence: 3,
        interest: 4,
        stance: Stance::Supporter,
        cares_about: "Search conversion; shipping the relevance work this quarter",
        cadence: Some(21),
        last_met_days_ago: Some(5),
    },
    Person {
        name: "Dev Patel",
        role: "Staff engineer",
        relationship: Relationship::Mentor,
        influence: 4,
        interest: 3,
        stance: Stance::Champion,
        cares_about: "Good design docs; fewer one-way doors",
        cadence: Some(30),
        last_met_days_ago: Some(20),
    },
    Person {
        name: "Lena Park",
        role: "Junior engineer",
        relationship: Relationship::Mentee,
        influence: 1,
        interest: 4,
        stance: Stance::Supporter,
        cares_about: "Learning the search codebase",
        cadence: Some(7),
        last_met_days_ago: Some(3),
    },
    Person {
        name: "Lee Tanaka",
        role: "Engineer, indexing",
        relationship: Relationship::Mentee,
        influence: 1,
        interest: 3,
        stance: Stance::Supporter,
        cares_about: "Getting through on-call without panic",
        cadence: Some(14),
        last_met_days_ago: None,
    },
    Person {
        name: "Ines Okafor",
        role: "VP engineering",
        relationship: Relationship::Sponsor,
        influence: 5,
        interest: 3,
        stance: Stance::Supporter,
        cares_about: "Engineers who take ownership beyond their team",
        cadence: None,
        last_met_days_ago: None,
    },
];

impl Store {
    /// Adds the demo plan and its people to this data file, all or nothing.
    pub fn load_demo(&self) -> Result<Plan> {
        let today = self.clock.today();
        let start = today.checked_sub_months(Months::new(3)).unwrap_or(today);
        self.atomically("load the demo", || {
            let plan = self.create_plan_from_template(TemplateId::SeniorIc, &start.to_string())?;
            // Three months in, two skills have moved up a level since the plan began.
            for raised in self.list_skills(plan.id)?.into_iter().filter(|s| s.position == 2 || s.position == 5) {
                self.update_skill(
                    raised.id,
                    &crate::skill::SkillInput {
                        name: raised.name.clone(),
                        category: raised.category,
                        current_level: i64::from(raised.current_level) + 1,
                        target_level: i64::from(raised.target_level),
                        why: raised.why.clone(),
                        notes: raised.notes.clone(),
                    },
                )?;
            }
            let skills = self.list_skills(plan.id)?;
            let skill = |i: usize| skills.get(i).map(|s| s.id);

            let mut people = Vec::new();
            for p in PEOPLE {
                let s = self.create_stakeholder(&StakeholderInput {
                    name: p.name.into(),
                    role: p.role.into(),
                    relationship: p.relationship,
                    influence: p.influence,
                    interest: p.interest,
                    stance: p.stance,
                    cares_about: p.cares_about.into(),
                    cadence_days: p.cadence,
                })?;
                if let Some(days) = p.last_met_days_ago {
                    self.log_interaction(
                        s.id,
                        &InteractionInput {
                            date: ago(today, days),
                            kind: InteractionKind::CheckIn,
                            notes: String::new(),
                        },
                    )?;
                }
                people.push(s.id);
            }
            let (priya, ana, dev, ines) = (people[0], people[2], people[3], people[6]);
            let signal_people = SignalPeople {
                manager: priya,
                skip_level: people[1],
                product: ana,
                mentor: dev,
                mentees: [people[4], people[5]],
            };

            let stretch = self.create_stretch(
                plan.id,
                &StretchInput {
                    title: "Lead the search relevance rework".into(),
                    description: "Replace the keyword ranking with a learned ranker, from design doc to rollout."
                        .into(),
                    sponsor_id: Some(ines),
                    start_date: ago(today, 60),
                    end_date: ahead(today, 90),
                    status: StretchStatus::InProgress,
                    risks: "The ranking team's roadmap; no offline evaluation set yet.".into(),
                    outcome: String::new(),
                    skill_ids: [skill(1), skill(2)].into_iter().flatten().collect(),
                },
            )?;

            // Bring the template's milestones to life: the first two are done, the third is overdue.
            let milestones = self.list_milestones(plan.id)?;
            for (i, m) in milestones.iter().enumerate() {
                let (status, completed, due) = match i {
                    0 => (MilestoneStatus::Done, ago(today, 80), ago(today, 76)),
                    1 => (MilestoneStatus::Done, ago(today, 20), ago(today, 30)),
                    2 => (MilestoneStatus::InProgress, String::new(), ago(today, 6)),
                    _ => (m.status, String::new(), m.due_date.map(|d| d.to_string()).unwrap_or_default()),
                };
                let evidence =
                    if i == 1 { "Design doc reviewed by Dev and two other teams.".into() } else { String::new() };
                self.update_milestone(
                    m.id,
                    &MilestoneInput {
                        title: m.title.clone(),
                        due_date: due,
                        status,
                        completed_date: completed,
                        skill_id: m.skill_id,
                        stretch_id: None,
                        evidence,
                        cycle_date_id: None,
                    },
                )?;
            }
            self.create_milestone(
                plan.id,
                &MilestoneInput {
                    title: "Ship the new ranker to 10% of search traffic".into(),
                    due_date: ahead(today, 12),
                    status: MilestoneStatus::Planned,
                    completed_date: String::new(),
                    skill_id: None,
                    stretch_id: Some(stretch.id),
                    evidence: String::new(),
                    cycle_date_id: None,
                },
            )?;

            // Situation and my part, as the self-review tells a win.
            let stories = [
                (
                    "Search timed out for large customers at peak, and support escalations were rising.",
                    "I profiled the query path, proposed caching the ranking features, and led the rollout.",
                ),
                (
                    "Lena joined mid-quarter with no one free to onboard her.",
                    "I wrote her a two-week plan, paired daily, and reviewed every change she made.",
                ),
                ("", ""),
            ];
            let wins = [
                (
                    "Cut search p95 latency",
                    40,
                    "p95 search latency",
                    420.0,
                    252.0,
                    "ms",
                    vec![skill(0)],
                    "Priya, Ana, the search team",
                ),
                (
                    "Onboarded Lena in two weeks",
                    25,
                    "Days to first merged change",
                    21.0,
                    6.0,
                    "days",
                    vec![skill(3)],
                    "Priya",
                ),
                ("Design doc approved across 3 teams", 18, "", 0.0, 0.0, "", vec![skill(2)], "Dev, Marcus"),
            ];
            for ((title, days, metric, from, to, unit, skill_ids, witnesses), (situation, my_part)) in
                wins.into_iter().zip(stories)
            {
                let figures = !metric.is_empty();
                self.create_win(
                    plan.id,
                    &WinInput {
                        date: ago(today, days),
                        title: title.into(),
                        situation: situation.into(),
                        my_part: my_part.into(),
                        what_happened: String::new(),
                        metric: metric.into(),
                        baseline: figures.then_some(from),
                        result: figures.then_some(to),
                        unit: unit.into(),
                        impact_note: String::new(),
                        witnesses: witnesses.into(),
                        skill_ids: skill_ids.into_iter().flatten().collect(),
                    },
                )?;
            }

            self.create_feedback(
                plan.id,
                &FeedbackInput {
                    date: ago(today, 10),
                    stakeholder_id: Some(dev),
                    from_name: String::new(),
                    kind: FeedbackKind::Constructive,
                    said: "Your docs explain the chosen design well but skip the options you rejected.".into(),
                    response: "Add a 'considered and rejected' section to every design doc.".into(),
                    status: FeedbackStatus::Open,
                    quotable: false,
                },
            )?;
            self.create_feedback(
                plan.id,
                &FeedbackInput {
                    date: ago(today, 30),
                    stakeholder_id: Some(ana),
                    from_name: String::new(),
                    kind: FeedbackKind::Praise,
                    said: "The latency work made the search demo to sales go smoothly.".into(),
                    response: String::new(),
                    status: FeedbackStatus::Resolved,
                    quotable: true,
                },
            )?;

            self.seed_signals(&plan, today, &signal_people)?;
            self.seed_case(&plan)?;

            // Last time, everything on the agenda was talked through but one ask.
            let last = self.create_one_on_one(
                plan.id,
                &NewOneOnOne { stakeholder_id: priya, date: ago(today, 14), time: String::new() },
            )?;
            for item in &last.agenda {
                self.update_agenda_item(item.id, &AgendaItemInput { text: item.text.clone(), done: true })?;
            }
            self.add_agenda_item(
                last.id,
                &AgendaItemInput { text: "Ask what the promotion committee looks for at senior".into(), done: false },
            )?;
            self.add_action_item(
                last.id,
                &ActionItemInput {
                    text: "Share the relevance rollout plan with Marcus".into(),
                    owner: "me".into(),
                    status: ActionItemStatus::Open,
                    due_date: ago(today, 7),
                },
            )?;
            self.create_one_on_one(
                plan.id,
                &NewOneOnOne { stakeholder_id: priya, date: ahead(today, 2), time: "10:30".into() },
            )?;
            self.seed_reflections(&plan, today)?;
            self.seed_review(&plan, today)?;
            Ok(plan)
        })
    }

    /// One monthly review, finished five weeks ago: so the next is due, and the list has one.
    fn seed_review(&self, plan: &Plan, today: NaiveDate) -> Result<()> {
        let review = self.start_monthly_review(plan.id)?;
        let done = self.finish_monthly_review(
            review.id,
            "The design doc landed and the relevance work is under way. Mentoring slipped: book time with Lee.",
        )?;
        // Dated as if done then, with what changed in that month (the two skills the demo raised).
        let then = ago(today, 35);
        let mut said: Vec<String> = self
            .list_skills(plan.id)?
            .into_iter()
            .filter(|s| s.position == 2 || s.position == 5)
            .map(|s| format!("{}: level {} → {}", s.name, s.current_level.saturating_sub(1), s.current_level))
            .collect();
        said.push("Checked in with Marcus Feld".into());
        let changes = serde_json::Value::from(said).to_string();
        self.conn
            .execute(
                "UPDATE monthly_review SET started_on = ?1, completed_on = ?1, changes = ?2 WHERE id = ?3",
                rusqlite::params![then, changes, done.id],
            )
            .or_storage("load the demo")?;
        if let Some(snapshot) = done.assessment_id {
            self.conn
                .execute("UPDATE assessment SET date = ?1 WHERE id = ?2", rusqlite::params![then, snapshot])
                .or_storage("load the demo")?;
        }
        Ok(())
    }

    /// Most of the plan's weeks reflected on (two missed, as in life), this week not yet.
    fn seed_reflections(&self, plan: &Plan, today: NaiveDate) -> Result<()> {
        const WEEKS: &[(u64, &str, &str, &str, &str, u8, u8)] = &[
            (
                13,
                "Agreed the plan with Priya",
                "Senior here means owning outcomes",
                "",
                "Pick the stretch project",
                3,
                4,
            ),
            (
                12,
                "Offered to lead search relevance",
                "",
                "Unsure I can say no to side work",
                "Scope the relevance work",
                2,
                3,
            ),
            (
                11,
                "Scoped the relevance work with Dev",
                "Scoping in public saves rework",
                "",
                "Map who cares about search",
                3,
                4,
            ),
            (
                10,
                "Met Ana and Marcus about search",
                "Marcus cares about cost first",
                "On-call week",
                "Write the ranking design doc",
                3,
                2,
            ),
            (8, "Design doc draft out for review", "", "Waiting on data-science input", "Get Marcus's review", 3, 3),
            (
                7,
                "Design doc approved across 3 teams",
                "Lead with the rejected options",
                "",
                "Start the shadow launch",
                4,
                4,
            ),
            (6, "Shadow launch at 10%", "", "Flaky ranking tests", "Fix the flaky tests first", 3, 3),
            (5, "Flaky tests fixed; rollout to 50%", "Profiling before guessing", "", "Cut p95 latency", 4, 3),
            (3, "Cut p95 search latency to 250 ms", "", "Too many meetings", "Prepare the demo for sales", 4, 4),
            (2, "Ran the search demo for sales", "Ana wants a weekly metrics note", "", "Start the metrics note", 4, 3),
            (
                1,
                "First weekly metrics note sent",
                "Short notes get read",
                "Interviews ate two days",
                "Mentor Lee on the indexer",
                4,
                3,
            ),
        ];
        for (weeks_ago, moved, learned, blocked, focus, confidence, energy) in WEEKS {
            let day = today.checked_sub_days(Days::new(7 * weeks_ago)).unwrap_or(today);
            if day < plan.start_date {
                continue;
            }
            self.save_reflection(
                plan.id,
                &IsoWeek::of(day).to_string(),
                &ReflectionInput {
                    moved: (*moved).into(),
                    learned: (*learned).into(),
                    blocked: (*blocked).into(),
                    focus: (*focus).into(),
                    confidence: Some(*confidence),
                    energy: Some(*energy),
                },
            )?;
        }
        Ok(())
    }
}
