//! Starting points for a new plan: one per track, written from DOMAIN.md in Cairn's own words.
//! Applying a template creates the plan, its skills, example learning actions and milestones in
//! one transaction.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cycle::{CycleDateInput, CycleKind};
use crate::error::{Error, Result};
use crate::ladder::PlanLadderInput;
use crate::learning::{ActionStatus, LearningActionInput, LearningKind};
use crate::milestone::{MilestoneInput, MilestoneStatus};
use crate::plan::{Plan, PlanInput, PlanStatus, Track};
use crate::skill::{SkillCategory, SkillInput};
use crate::store::Store;
use crate::window::parse_date;

/// The templates Cairn offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TemplateId {
    /// Mid-level → Senior, individual contributor.
    SeniorIc,
    /// → Engineering manager.
    EngineeringManager,
    /// → Tech lead (hybrid).
    TechLead,
}

/// What the first-run screen shows of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInfo {
    pub id: TemplateId,
    pub title: String,
    pub summary: String,
    pub track: Track,
    pub skills: u32,
    pub milestones: u32,
}

struct SkillSeed {
    name: &'static str,
    category: SkillCategory,
    current: i64,
    target: i64,
    why: &'static str,
    actions: &'static [(&'static str, LearningKind)],
}

struct MilestoneSeed {
    title: &'static str,
    /// Due this many months after the start.
    month: u32,
    /// Index into the template's skills.
    skill: usize,
}

struct Template {
    id: TemplateId,
    title: &'static str,
    plan_title: &'static str,
    summary: &'static str,
    goal: &'static str,
    current_level: &'static str,
    target_level: &'static str,
    track: Track,
    /// The current and target levels on Cairn's built-in ladder of the track.
    ladder: (&'static str, &'static str),
    skills: &'static [SkillSeed],
    milestones: &'static [MilestoneSeed],
}

use LearningKind::{Courses, Experience, People};
use SkillCategory::*;

const SENIOR_IC: Template = Template {
    id: TemplateId::SeniorIc,
    title: "Mid-level → Senior (individual contributor)",
    plan_title: "Road to Senior",
    summary: "Go deep in one area, own outcomes end to end, and grow others while you do.",
    goal: "Own a meaningful piece of our system end to end and be recognised as a senior engineer.",
    current_level: "Mid-level",
    target_level: "Senior",
    track: Track::Ic,
    ladder: ("Mid-level engineer", "Senior engineer"),
    skills: &[
        SkillSeed {
            name: "Depth in my area",
            category: TechnicalDepth,
            current: 3,
            target: 4,
            why: "Seniors are the go-to person for a niche and find root causes, not symptoms.",
            actions: &[
                ("Lead the root-cause analysis of the next serious incident in my area", Experience),
                ("Pair with the area's expert on a hard bug every two weeks", People),
                ("Read the design docs and post-mortems of the last two years", Courses),
            ],
        },
        SkillSeed {
            name: "Owning outcomes end to end",
            category: DeliveryOwnership,
            current: 2,
            target: 4,
            why: "Seniors turn a vague goal into a plan, anticipate risks and see it through to results.",
            actions: &[
                ("Take a project from problem statement to launch and measure its result", Experience),
                ("Ask my manager to review my project plan before kick-off", People),
            ],
        },
        SkillSeed {
            name: "Explaining trade-offs",
            category: CommunicationInfluence,
            current: 2,
            target: 4,
            why: "Influence without authority starts with making a choice clear to people outside engineering.",
            actions: &[
                ("Write a design doc with the alternatives I rejected and why", Experience),
                ("Present a technical decision to the product and design leads", Experience),
                ("Get feedback on one doc from a staff engineer", People),
            ],
        },
        SkillSeed {
            name: "Mentoring",
            category: LeadershipMentoring,
            current: 2,
            target: 3,
            why: "A senior makes the people around them better: reviews, pairing, onboarding.",
            actions: &[
                ("Onboard the next new engineer on the team", Experience),
                ("Mentor a junior engineer every two weeks, with goals of their own (Mentoring screen)", Experience),
                ("Find a mentor one level above me and meet monthly", People),
            ],
        },
        SkillSeed {
            name: "Visibility of my work",
            category: Visibility,
            current: 1,
            target: 3,
            why: "Promotions are decided on evidence: keep a record of wins with their measured impact.",
            actions: &[
                ("Log every win with a number in Cairn within a week", Experience),
                ("Give a talk or demo beyond my team each quarter, logged under Visibility", Experience),
                ("Tell my manager about the goal and agree what senior means here", People),
            ],
        },
    ],
    milestones: &[
        MilestoneSeed { title: "Agree with my manager what “senior” means on this team", month: 0, skill: 4 },
        MilestoneSeed { title: "Publish one design doc with 2 or more alternatives weighed", month: 2, skill: 2 },
        MilestoneSeed { title: "Lead 1 incident review to its root cause", month: 3, skill: 0 },
        MilestoneSeed { title: "Ship my end-to-end project and report its measured result", month: 6, skill: 1 },
        MilestoneSeed { title: "Bring a promotion packet with 10 or more logged wins", month: 8, skill: 4 },
    ],
};

const ENGINEERING_MANAGER: Template = Template {
    id: TemplateId::EngineeringManager,
    title: "→ Engineering manager",
    plan_title: "Road to engineering manager",
    summary: "Move from doing the work to growing the people and the team that do it.",
    goal: "Lead a team well enough that its people grow and its results no longer depend on me coding.",
    current_level: "Senior engineer",
    target_level: "Engineering manager",
    track: Track::Manager,
    ladder: ("Senior engineer", "Engineering manager"),
    skills: &[
        SkillSeed {
            name: "One-on-ones and coaching",
            category: LeadershipMentoring,
            current: 2,
            target: 4,
            why: "A manager's main tool: regular, prepared conversations that help people grow.",
            actions: &[
                ("Run weekly one-on-ones with two engineers on the team", Experience),
                ("Shadow my manager's skip-level meetings", People),
                ("Read a book on coaching conversations", Courses),
            ],
        },
        SkillSeed {
            name: "Giving feedback",
            category: LeadershipMentoring,
            current: 2,
            target: 4,
            why: "Feedback given often and early beats a once-a-year surprise.",
            actions: &[
                ("Give one piece of specific feedback every week, and log it as feedback given", Experience),
                ("Ask two people on the team for feedback on how I give it", People),
                ("Ask my manager to review how I delivered a hard message", People),
            ],
        },
        SkillSeed {
            name: "Delegation and prioritising",
            category: DeliveryOwnership,
            current: 2,
            target: 4,
            why: "The team's throughput matters more than mine; say no to protect focus.",
            actions: &[("Hand a feature I would have built to someone who wants to grow into it", Experience)],
        },
        SkillSeed {
            name: "Connecting work to company goals",
            category: StrategyBusiness,
            current: 2,
            target: 3,
            why: "A manager explains why the team's work matters and negotiates its scope.",
            actions: &[
                ("Write the team's quarterly plan with the goals it serves", Experience),
                ("Meet the product lead monthly on priorities", People),
            ],
        },
    ],
    milestones: &[
        MilestoneSeed { title: "Agree a trial period of people responsibilities with my manager", month: 0, skill: 0 },
        MilestoneSeed { title: "Run 1:1s with 2 engineers for 3 months", month: 3, skill: 0 },
        MilestoneSeed { title: "Present the team's quarterly plan to leadership", month: 4, skill: 3 },
        MilestoneSeed { title: "Write 2 growth plans together with my reports", month: 6, skill: 1 },
    ],
};

const TECH_LEAD: Template = Template {
    id: TemplateId::TechLead,
    title: "→ Tech lead (hybrid)",
    plan_title: "Road to tech lead",
    summary: "Lead the technical direction of a team and help a few people grow, while still building.",
    goal: "Set the technical direction of my team's main project and bring two engineers along with it.",
    current_level: "Senior engineer",
    target_level: "Tech lead",
    track: Track::Hybrid,
    ladder: ("Senior engineer", "Tech lead"),
    skills: &[
        SkillSeed {
            name: "Technical direction",
            category: TechnicalDepth,
            current: 3,
            target: 4,
            why: "A tech lead breaks a large, ambiguous goal into a plan the team believes in.",
            actions: &[
                ("Write the architecture plan for the team's next large project", Experience),
                ("Review the plan with a staff engineer from another team", People),
            ],
        },
        SkillSeed {
            name: "Influence without authority",
            category: CommunicationInfluence,
            current: 2,
            target: 4,
            why: "Decisions cross team lines; agreement comes from trust and clear trade-offs.",
            actions: &[
                ("Drive one cross-team decision to an agreed outcome", Experience),
                ("Learn negotiation basics from a course or book", Courses),
            ],
        },
        SkillSeed {
            name: "Growing engineers",
            category: LeadershipMentoring,
            current: 2,
            target: 3,
            why: "The hybrid role multiplies the team: pairing, reviews, and delegating real ownership.",
            actions: &[
                ("Pair weekly with the two least experienced engineers", People),
                ("Mentor one engineer with goals of their own, session by session", Experience),
            ],
        },
        SkillSeed {
            name: "Managing risk",
            category: DeliveryOwnership,
            current: 2,
            target: 4,
            why: "Anticipating what can go wrong is what keeps a plan honest.",
            actions: &[("Keep a risk log for the project and review it every sprint", Experience)],
        },
    ],
    milestones: &[
        MilestoneSeed { title: "Publish the architecture plan and get sign-off from 3 teams", month: 2, skill: 0 },
        MilestoneSeed { title: "Run the first risk review with the team", month: 1, skill: 3 },
        MilestoneSeed { title: "Deliver the first milestone of the project on time", month: 5, skill: 3 },
        MilestoneSeed { title: "Hand ownership of 1 component to an engineer I paired with", month: 7, skill: 2 },
    ],
};

const ALL: [&Template; 3] = [&SENIOR_IC, &ENGINEERING_MANAGER, &TECH_LEAD];

fn template(id: TemplateId) -> &'static Template {
    match id {
        TemplateId::SeniorIc => &SENIOR_IC,
        TemplateId::EngineeringManager => &ENGINEERING_MANAGER,
        TemplateId::TechLead => &TECH_LEAD,
    }
}

/// The templates, for a first-run choice.
pub fn templates() -> Vec<TemplateInfo> {
    ALL.iter()
        .map(|t| TemplateInfo {
            id: t.id,
            title: t.title.into(),
            summary: t.summary.into(),
            track: t.track,
            skills: t.skills.len() as u32,
            milestones: t.milestones.len() as u32,
        })
        .collect()
}

fn months_after(start: NaiveDate, months: u32) -> NaiveDate {
    start.checked_add_months(Months::new(months)).unwrap_or(start)
}

/// Month 0 means "in the first two weeks"; month n, n calendar months after the start.
fn due_date(start: NaiveDate, month: u32) -> NaiveDate {
    if month == 0 { start.checked_add_days(Days::new(14)).unwrap_or(start) } else { months_after(start, month) }
}

/// The review cycle every template starts with, in weeks before the window's end.
const REVIEW_CYCLE: &[(CycleKind, u64)] =
    &[(CycleKind::SelfReview, 6), (CycleKind::ManagerReview, 4), (CycleKind::Calibration, 2), (CycleKind::Decision, 0)];

impl Store {
    /// Creates a nine-month plan from a template, starting on `start_date` (YYYY-MM-DD), with its
    /// skills, example learning actions and milestones, all or nothing.
    pub fn create_plan_from_template(&self, id: TemplateId, start_date: &str) -> Result<Plan> {
        let t = template(id);
        let start = parse_date("startDate", "start date", start_date)?;
        self.atomically("create the plan from the template", || {
            let plan = self.create_plan(&PlanInput {
                title: t.plan_title.into(),
                goal: t.goal.into(),
                start_date: start.to_string(),
                end_date: months_after(start, 9).to_string(),
                current_level: t.current_level.into(),
                target_level: t.target_level.into(),
                track: t.track,
                status: PlanStatus::Active,
            })?;
            let mut skill_ids = Vec::with_capacity(t.skills.len());
            for seed in t.skills {
                let skill = self.create_skill(
                    plan.id,
                    &SkillInput {
                        name: seed.name.into(),
                        category: seed.category,
                        current_level: seed.current,
                        target_level: seed.target,
                        why: seed.why.into(),
                        notes: String::new(),
                    },
                )?;
                for (title, kind) in seed.actions {
                    let input = LearningActionInput {
                        title: (*title).into(),
                        kind: *kind,
                        due_date: String::new(),
                        status: ActionStatus::Planned,
                    };
                    self.create_learning_action(skill.id, &input)?;
                }
                skill_ids.push(skill.id);
            }
            // A typical promotion calendar at the window's end, for the person to move to their
            // company's dates; the milestone about the promotion packet leads up to the self-review.
            let end = months_after(start, 9);
            let mut self_review = None;
            for (kind, weeks_before) in REVIEW_CYCLE {
                let day = end.checked_sub_days(chrono::Days::new(7 * weeks_before)).unwrap_or(end);
                let date = self.create_cycle_date(
                    plan.id,
                    &CycleDateInput { kind: *kind, name: String::new(), date: day.to_string() },
                )?;
                if *kind == CycleKind::SelfReview {
                    self_review = Some(date.id);
                }
            }
            for m in t.milestones {
                self.create_milestone(
                    plan.id,
                    &MilestoneInput {
                        title: m.title.into(),
                        due_date: due_date(start, m.month).to_string(),
                        status: MilestoneStatus::Planned,
                        completed_date: String::new(),
                        skill_id: skill_ids.get(m.skill).copied(),
                        stretch_id: None,
                        evidence: String::new(),
                        cycle_date_id: if m.title.contains("promotion") { self_review } else { None },
                    },
                )?;
            }
            // Readiness from the first day: the plan is held against Cairn's ladder of its track
            // (the person can switch to their company's framework on Readiness).
            let framework_id = self.builtin_framework_id(t.track)?;
            let levels = self.framework_levels(framework_id)?;
            let level = |name: &str| {
                levels
                    .iter()
                    .find(|l| l.name == name)
                    .map(|l| l.id)
                    .ok_or(Error::NotFound { what: "Framework level", id: 0 })
            };
            self.set_plan_ladder(
                plan.id,
                &PlanLadderInput {
                    framework_id,
                    current_level_id: level(t.ladder.0)?,
                    target_level_id: level(t.ladder.1)?,
                },
            )?;
            Ok(plan)
        })
    }
}
