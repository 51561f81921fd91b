//! The demo's senior signals: two mentees with goals and sessions, three visibility records from
//! the team to the company, feedback requests in every state (one answered, one on the next
//! one-on-one's agenda), and feedback given in reviews.

use chrono::{Days, NaiveDate};

use crate::error::Result;
use crate::feedback::{FeedbackInput, FeedbackKind, FeedbackStatus};
use crate::feedback_given::{FeedbackGivenInput, GivenContext};
use crate::feedback_request::{FeedbackRequestInput, RequestAbout, RequestStatus};
use crate::mentee::{GoalStatus, MenteeGoalInput};
use crate::mentoring::{MentoringSessionInput, NewMentoringSession};
use crate::plan::Plan;
use crate::store::Store;
use crate::visibility::{Audience, VisibilityInput, VisibilityKind};

fn ago(today: NaiveDate, days: u64) -> String {
    today.checked_sub_days(Days::new(days)).unwrap_or(today).to_string()
}

fn ahead(today: NaiveDate, days: u64) -> String {
    today.checked_add_days(Days::new(days)).unwrap_or(today).to_string()
}

/// The people the signals refer to, by their ids on the map.
pub(crate) struct SignalPeople {
    pub manager: i64,
    pub skip_level: i64,
    pub product: i64,
    pub mentor: i64,
    pub mentees: [i64; 2],
}

/// A session as the demo holds it: days ago, topics, what they will try, what I learned, notes.
type Session = (u64, &'static str, &'static str, &'static str, &'static str);

impl Store {
    pub(crate) fn seed_signals(&self, plan: &Plan, today: NaiveDate, who: &SignalPeople) -> Result<()> {
        let skills = self.list_skills(plan.id)?;
        let skill = |i: usize| skills.get(i).map(|s| s.id);
        let goal = |text: &str, days: Option<u64>, status| MenteeGoalInput {
            text: text.into(),
            target_date: days.map(|d| ahead(today, d)).unwrap_or_default(),
            status,
        };
        let [lena, lee] = who.mentees;
        let met = self.create_mentee_goal(
            plan.id,
            lena,
            &goal("Ship a change to the ranking service on her own", None, GoalStatus::Open),
        )?;
        self.create_mentee_goal(
            plan.id,
            lena,
            &goal("Lead a design review for a small change", Some(45), GoalStatus::Open),
        )?;
        self.create_mentee_goal(
            plan.id,
            lee,
            &goal("Be comfortable on call for the indexer", Some(30), GoalStatus::Open),
        )?;
        self.create_mentee_goal(plan.id, lee, &goal("Write a first design doc", None, GoalStatus::Open))?;

        let sessions: [(i64, &[Session]); 2] = [
            (
                lena,
                &[
                    (
                        40,
                        "Finding her way round the ranking service",
                        "Pick one small ranking bug and fix it end to end",
                        "Our onboarding doc skips how to run the evaluation set",
                        "Nervous about asking questions in the team channel.",
                    ),
                    (
                        19,
                        "Her first ranking change; reviews",
                        "Ask for a review from someone outside the team",
                        "Pairing for 30 minutes beat a long written answer",
                        "",
                    ),
                    (
                        3,
                        "Design reviews: how to run one",
                        "Draft the agenda for the boost-weights review",
                        "Explaining trade-offs out loud sharpened my own doc",
                        "Ready for more ownership; raise with Priya.",
                    ),
                ],
            ),
            (
                lee,
                &[
                    (
                        25,
                        "On-call worries; the indexer's alerts",
                        "Shadow the next indexer on-call shift",
                        "Our runbook assumes knowledge nobody writes down",
                        "",
                    ),
                    (
                        10,
                        "The shadow shift; writing things down",
                        "Turn the shift notes into a runbook page",
                        "",
                        "Worried about being slower than peers.",
                    ),
                ],
            ),
        ];
        for (mentee, held) in sessions {
            for (days, topics, will_try, learned, notes) in held {
                let s = self.create_mentoring_session(
                    plan.id,
                    &NewMentoringSession { stakeholder_id: mentee, date: ago(today, *days) },
                )?;
                for item in &s.agenda {
                    self.set_mentoring_item_done(item.id, true)?;
                }
                self.update_mentoring_session(
                    s.id,
                    &MentoringSessionInput {
                        date: ago(today, *days),
                        topics: (*topics).into(),
                        notes: (*notes).into(),
                        will_try: (*will_try).into(),
                        learned: (*learned).into(),
                    },
                )?;
            }
        }
        // Lena met her first goal between the second and third sessions.
        self.update_mentee_goal(met.id, &goal(&met.text, None, GoalStatus::Met))?;
        self.conn
            .execute("UPDATE mentee_goal SET met_on = ?1 WHERE id = ?2", rusqlite::params![ago(today, 12), met.id])
            .map_err(|e| crate::Error::storage("load the demo", e))?;

        let records = [
            (
                VisibilityKind::DesignDoc,
                "RFC: a learned ranker for search",
                45,
                Audience::Org,
                Some(30),
                "https://wiki.example.com/rfc/learned-ranker",
                "Approved by three teams; the platform team reuses its evaluation plan.",
                vec![skill(2)],
            ),
            (
                VisibilityKind::Talk,
                "Cutting search latency by 40% (engineering all-hands)",
                12,
                Audience::Company,
                Some(200),
                "",
                "Two teams asked for the profiling guide.",
                vec![skill(0), skill(1)],
            ),
            (
                VisibilityKind::Demo,
                "The ranker's offline evaluation, for the team",
                5,
                Audience::Team,
                Some(12),
                "",
                "",
                vec![skill(1)],
            ),
        ];
        for (kind, title, days, audience, size, link, outcome, skill_ids) in records {
            self.create_visibility(
                plan.id,
                &VisibilityInput {
                    kind,
                    title: title.into(),
                    date: ago(today, days),
                    audience,
                    audience_size: size,
                    link: link.into(),
                    outcome: outcome.into(),
                    skill_ids: skill_ids.into_iter().flatten().collect(),
                },
            )?;
        }

        let request = |stakeholder: i64, about, status, due: String| FeedbackRequestInput {
            stakeholder_id: Some(stakeholder),
            person_name: String::new(),
            about,
            skill_id: None,
            expectation_id: None,
            stretch_id: None,
            question: String::new(),
            due_date: due,
            status,
        };
        // To ask at the next one-on-one with the manager.
        self.create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                skill_id: skill(2),
                ..request(who.manager, RequestAbout::Skill, RequestStatus::ToAsk, ahead(today, 5))
            },
        )?;
        // Asked, and its date has come: a reminder.
        let stretch = self.list_stretches(plan.id)?.first().map(|s| s.id);
        let waiting = self.create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                stretch_id: stretch,
                ..request(who.mentor, RequestAbout::Stretch, RequestStatus::Asked, ago(today, 1))
            },
        )?;
        let answered = self.create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                question: "How did the latency talk land with people outside engineering?".into(),
                ..request(who.product, RequestAbout::Question, RequestStatus::Asked, ago(today, 6))
            },
        )?;
        self.answer_feedback_request(
            answered.id,
            &FeedbackInput {
                date: ago(today, 8),
                stakeholder_id: Some(who.product),
                from_name: String::new(),
                kind: FeedbackKind::Praise,
                said: "Sales understood it for the first time; keep the before-and-after chart.".into(),
                response: String::new(),
                status: FeedbackStatus::Resolved,
                quotable: true,
            },
        )?;
        let declined = self.create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                skill_id: skill(1),
                ..request(who.skip_level, RequestAbout::Skill, RequestStatus::Asked, String::new())
            },
        )?;
        self.update_feedback_request(
            declined.id,
            &FeedbackRequestInput {
                skill_id: skill(1),
                ..request(who.skip_level, RequestAbout::Skill, RequestStatus::Declined, String::new())
            },
        )?;
        // Asked on the days they were asked, not the day the demo was loaded.
        for (id, days) in [(waiting.id, 9), (answered.id, 12), (declined.id, 20)] {
            self.conn
                .execute(
                    "UPDATE feedback_request SET asked_on = ?1 WHERE id = ?2",
                    rusqlite::params![ago(today, days), id],
                )
                .map_err(|e| crate::Error::storage("load the demo", e))?;
        }

        let given = [
            (
                Some(lena),
                "",
                16,
                GivenContext::CodeReview,
                FeedbackKind::Praise,
                "Her first ranking change: clear tests",
                "",
            ),
            (
                None,
                "Sam (platform team)",
                9,
                GivenContext::DesignReview,
                FeedbackKind::Constructive,
                "Caching proposal: state the failure modes",
                "Said it in the review and followed up one to one; he took it well.",
            ),
        ];
        for (stakeholder_id, name, days, context, kind, about, notes) in given {
            self.create_feedback_given(
                plan.id,
                &FeedbackGivenInput {
                    date: ago(today, days),
                    stakeholder_id,
                    person_name: name.into(),
                    context,
                    kind,
                    about: about.into(),
                    notes: notes.into(),
                },
            )?;
        }
        Ok(())
    }
}
