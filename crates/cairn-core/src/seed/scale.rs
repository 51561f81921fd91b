//! Ten years of Cairn, generated: the data set the benchmarks measure against (BENCHMARKS.md).
//! Deterministic (a fixed seed and the store's clock), written through the same validated methods
//! the app uses, in one transaction. `cairn-cli demo --scale 10y` loads it.
//!
//! Per year: 5 plans of nine months, each with 10 skills, 100 milestones, 400 wins, 400 pieces of
//! feedback, 5 stretch assignments and 10 one-on-ones; over the ten years 300 people and 20,000
//! interactions with them.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::error::Result;
use crate::feedback::{FeedbackInput, FeedbackKind, FeedbackStatus};
use crate::milestone::{MilestoneInput, MilestoneStatus};
use crate::one_on_one::NewOneOnOne;
use crate::plan::{PlanInput, PlanStatus, Track};
use crate::skill::{SkillCategory, SkillInput};
use crate::stakeholder::{InteractionInput, InteractionKind, Relationship, StakeholderInput, Stance};
use crate::store::Store;
use crate::stretch::{StretchInput, StretchStatus};
use crate::win::WinInput;

/// How many rows of each kind a generated data set holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScaleCounts {
    pub plans: usize,
    pub skills: usize,
    pub milestones: usize,
    pub wins: usize,
    pub feedback: usize,
    pub stretches: usize,
    pub one_on_ones: usize,
    pub people: usize,
    pub interactions: usize,
}

const PLANS_PER_YEAR: u32 = 5;
const SKILLS_PER_PLAN: usize = 10;
const MILESTONES_PER_PLAN: usize = 100;
const WINS_PER_PLAN: usize = 400;
const FEEDBACK_PER_PLAN: usize = 400;
const STRETCH_PER_PLAN: usize = 5;
const MEETINGS_PER_PLAN: usize = 10;
const PEOPLE_PER_YEAR: usize = 30;
const INTERACTIONS_PER_YEAR: usize = 2_000;

const TOPICS: [&str; 10] = [
    "System design",
    "Incident response",
    "Code review",
    "Estimation",
    "Writing",
    "Mentoring",
    "Stakeholder updates",
    "Product sense",
    "Hiring",
    "Public speaking",
];

const WORDS: [&str; 122] = [
    "latency",
    "migration",
    "onboarding",
    "postmortem",
    "roadmap",
    "search",
    "billing",
    "alerts",
    "cache",
    "rollout",
    "pairing",
    "interviews",
    "dashboard",
    "on-call",
    "refactor",
    "schema",
    "index",
    "queue",
    "retries",
    "timeout",
    "backlog",
    "sprint",
    "review",
    "estimate",
    "budget",
    "vendor",
    "contract",
    "launch",
    "beta",
    "feedback",
    "survey",
    "metrics",
    "funnel",
    "signup",
    "checkout",
    "payments",
    "ledger",
    "invoice",
    "audit",
    "compliance",
    "privacy",
    "encryption",
    "tokens",
    "login",
    "session",
    "mobile",
    "android",
    "ios",
    "tablet",
    "browser",
    "accessibility",
    "contrast",
    "keyboard",
    "translation",
    "locale",
    "currency",
    "timezone",
    "calendar",
    "reminder",
    "export",
    "import",
    "backup",
    "restore",
    "sync",
    "offline",
    "conflict",
    "merge",
    "branch",
    "release",
    "hotfix",
    "rollback",
    "canary",
    "flag",
    "experiment",
    "cohort",
    "retention",
    "churn",
    "pricing",
    "discount",
    "coupon",
    "partner",
    "integration",
    "webhook",
    "api",
    "gateway",
    "proxy",
    "certificate",
    "dns",
    "cluster",
    "node",
    "pod",
    "memory",
    "cpu",
    "disk",
    "network",
    "throughput",
    "benchmark",
    "profiling",
    "tracing",
    "logging",
    "dashboards",
    "runbook",
    "escalation",
    "incident",
    "severity",
    "customer",
    "support",
    "ticket",
    "handover",
    "documentation",
    "diagram",
    "decision",
    "tradeoff",
    "proposal",
    "rfc",
    "mentor",
    "mentee",
    "presentation",
    "workshop",
    "demo",
    "offsite",
    "hiring",
];

/// A small deterministic generator (PCG-style LCG): the same seed gives the same data everywhere.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn word(&mut self) -> &'static str {
        WORDS[self.below(WORDS.len())]
    }

    fn sentence(&mut self, n: usize) -> String {
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }
}

impl Store {
    /// Adds `years` years of plans, people and records ending today, all or nothing.
    pub fn load_years(&self, years: u32) -> Result<ScaleCounts> {
        let mut dice = Dice(0x5EED_CA1E);
        let today = self.clock.today();
        let first = today.checked_sub_months(Months::new(12 * years)).unwrap_or(today);
        let mut counts = ScaleCounts::default();
        self.atomically("generate the data set", || {
            let people = self.scale_people(&mut dice, years as usize * PEOPLE_PER_YEAR, &mut counts)?;
            self.scale_interactions(
                &mut dice,
                &people,
                first,
                today,
                years as usize * INTERACTIONS_PER_YEAR,
                &mut counts,
            )?;
            let plans = years * PLANS_PER_YEAR;
            for p in 0..plans {
                // Plans start every 12/PLANS_PER_YEAR months, each nine months long; the last is active.
                let start = first.checked_add_months(Months::new(p * 12 / PLANS_PER_YEAR)).unwrap_or(first);
                let start = start.min(today.checked_sub_months(Months::new(3)).unwrap_or(today));
                let end = start.checked_add_months(Months::new(9)).unwrap_or(start);
                let status = if p + 1 == plans { PlanStatus::Active } else { PlanStatus::Completed };
                self.scale_plan(&mut dice, p as usize, start, end, status, &people, today, &mut counts)?;
            }
            Ok(())
        })?;
        Ok(counts)
    }

    fn scale_people(&self, dice: &mut Dice, n: usize, counts: &mut ScaleCounts) -> Result<Vec<i64>> {
        let relationships = Relationship::ALL;
        let stances = Stance::ALL;
        let mut ids = Vec::with_capacity(n);
        for i in 0..n {
            let person = self.create_stakeholder(&StakeholderInput {
                name: format!("Person {i:03} {}", dice.word()),
                role: format!("{} lead", dice.word()),
                relationship: relationships[dice.below(relationships.len())],
                influence: 1 + dice.below(5) as i64,
                interest: 1 + dice.below(5) as i64,
                stance: stances[dice.below(stances.len())],
                cares_about: dice.sentence(6),
                cadence_days: if i % 3 == 0 { Some(14 + dice.below(30) as i64) } else { None },
            })?;
            ids.push(person.id);
        }
        counts.people += n;
        Ok(ids)
    }

    fn scale_interactions(
        &self,
        dice: &mut Dice,
        people: &[i64],
        first: NaiveDate,
        today: NaiveDate,
        n: usize,
        counts: &mut ScaleCounts,
    ) -> Result<()> {
        let span = (today - first).num_days().max(1) as usize;
        let kinds = InteractionKind::ALL;
        for _ in 0..n {
            let date = first + Days::new(dice.below(span) as u64);
            self.log_interaction(
                people[dice.below(people.len())],
                &InteractionInput {
                    date: date.to_string(),
                    kind: kinds[dice.below(kinds.len())],
                    notes: dice.sentence(12),
                },
            )?;
        }
        counts.interactions += n;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn scale_plan(
        &self,
        dice: &mut Dice,
        p: usize,
        start: NaiveDate,
        end: NaiveDate,
        status: PlanStatus,
        people: &[i64],
        today: NaiveDate,
        counts: &mut ScaleCounts,
    ) -> Result<()> {
        let plan = self.create_plan(&PlanInput {
            title: format!("Plan {:02}: {} and {}", p + 1, dice.word(), dice.word()),
            goal: dice.sentence(20),
            start_date: start.to_string(),
            end_date: end.to_string(),
            current_level: format!("Level {}", 2 + p / 10),
            target_level: format!("Level {}", 3 + p / 10),
            track: Track::ALL[p % Track::ALL.len()],
            status,
        })?;
        counts.plans += 1;
        let days = (end - start).num_days().max(1) as usize;
        let day = |dice: &mut Dice| start + Days::new(dice.below(days) as u64);
        let past = |d: NaiveDate| d <= today;

        let mut skills = Vec::new();
        for (k, topic) in TOPICS.iter().enumerate().take(SKILLS_PER_PLAN) {
            let current = 1 + dice.below(4) as i64;
            let skill = self.create_skill(
                plan.id,
                &SkillInput {
                    name: (*topic).to_owned(),
                    category: SkillCategory::ALL[k % SkillCategory::ALL.len()],
                    current_level: current,
                    target_level: (current + 1).min(5),
                    why: dice.sentence(10),
                    notes: dice.sentence(8),
                },
            )?;
            skills.push(skill.id);
        }
        counts.skills += skills.len();

        let mut stretches = Vec::new();
        for _ in 0..STRETCH_PER_PLAN {
            let (a, b) = (day(dice), day(dice));
            let s = self.create_stretch(
                plan.id,
                &StretchInput {
                    title: format!("Lead the {} {}", dice.word(), dice.word()),
                    description: dice.sentence(15),
                    sponsor_id: Some(people[dice.below(people.len())]),
                    start_date: a.min(b).to_string(),
                    end_date: a.max(b).to_string(),
                    status: if past(a.max(b)) { StretchStatus::Done } else { StretchStatus::InProgress },
                    risks: dice.sentence(6),
                    outcome: dice.sentence(8),
                    skill_ids: vec![skills[dice.below(skills.len())]],
                },
            )?;
            stretches.push(s.id);
        }
        counts.stretches += stretches.len();

        for m in 0..MILESTONES_PER_PLAN {
            let due = day(dice);
            let done = past(due) && dice.below(5) > 0;
            self.create_milestone(
                plan.id,
                &MilestoneInput {
                    title: format!("Milestone {m}: {}", dice.sentence(4)),
                    due_date: due.to_string(),
                    status: if done { MilestoneStatus::Done } else { MilestoneStatus::Planned },
                    completed_date: if done { due.to_string() } else { String::new() },
                    skill_id: (m % 2 == 0).then(|| skills[dice.below(skills.len())]),
                    stretch_id: (m % 2 == 1 && m % 5 == 1).then(|| stretches[dice.below(stretches.len())]),
                    evidence: dice.sentence(6),
                    cycle_date_id: None,
                },
            )?;
        }
        counts.milestones += MILESTONES_PER_PLAN;

        for _ in 0..WINS_PER_PLAN {
            let baseline = 100.0 + dice.below(900) as f64;
            self.create_win(
                plan.id,
                &WinInput {
                    date: day(dice).min(today).to_string(),
                    title: format!("Shipped the {} {}", dice.word(), dice.word()),
                    situation: String::new(),
                    my_part: String::new(),
                    what_happened: dice.sentence(25),
                    metric: dice.word().to_owned(),
                    baseline: Some(baseline),
                    result: Some(baseline * 0.6),
                    unit: "ms".into(),
                    impact_note: dice.sentence(8),
                    witnesses: dice.sentence(3),
                    skill_ids: vec![skills[dice.below(skills.len())]],
                },
            )?;
        }
        counts.wins += WINS_PER_PLAN;

        for _ in 0..FEEDBACK_PER_PLAN {
            self.create_feedback(
                plan.id,
                &FeedbackInput {
                    date: day(dice).min(today).to_string(),
                    stakeholder_id: Some(people[dice.below(people.len())]),
                    from_name: String::new(),
                    kind: if dice.below(3) == 0 { FeedbackKind::Constructive } else { FeedbackKind::Praise },
                    said: dice.sentence(20),
                    response: dice.sentence(8),
                    status: FeedbackStatus::ALL[dice.below(FeedbackStatus::ALL.len())],
                    quotable: false,
                },
            )?;
        }
        counts.feedback += FEEDBACK_PER_PLAN;

        // One-on-ones with the same few people, so agendas carry items over between them.
        for m in 0..MEETINGS_PER_PLAN {
            let date = start + Days::new((m * days / MEETINGS_PER_PLAN) as u64);
            if !past(date) {
                break;
            }
            self.create_one_on_one(
                plan.id,
                &NewOneOnOne { stakeholder_id: people[p % 7], date: date.to_string(), time: String::new() },
            )?;
            counts.one_on_ones += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dice_are_the_same_everywhere() {
        let mut a = Dice(1);
        let mut b = Dice(1);
        let rolls: Vec<u64> = (0..5).map(|_| a.next()).collect();
        assert_eq!(rolls, (0..5).map(|_| b.next()).collect::<Vec<_>>());
        assert!(rolls.windows(2).all(|w| w[0] != w[1]));
    }
}
