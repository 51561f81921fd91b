//! The demo's case for promotion: its records linked as evidence to the expectations of the
//! senior level on Cairn's built-in ladder, so Readiness and the self-review have something to
//! show from the first look.

use rusqlite::OptionalExtension;

use crate::error::{Result, StorageResultExt};
use crate::ladder::{EvidenceInput, EvidenceKind};
use crate::plan::Plan;
use crate::store::Store;

/// (topic, how the expectation starts, what it points at, the SQL finding that record's id).
const LINKS: &[(&str, &str, EvidenceKind, &str)] = &[
    (
        "Technical depth",
        "Finds and removes",
        EvidenceKind::Win,
        "SELECT id FROM win WHERE plan_id = ?1 AND title = 'Cut search p95 latency'",
    ),
    (
        "Business impact",
        "Measures the results",
        EvidenceKind::Win,
        "SELECT id FROM win WHERE plan_id = ?1 AND title = 'Cut search p95 latency'",
    ),
    (
        "Mentoring and leadership",
        "Mentors other engineers",
        EvidenceKind::Win,
        "SELECT id FROM win WHERE plan_id = ?1 AND title LIKE 'Onboarded Lena%'",
    ),
    (
        "Communication and influence",
        "Writes documents",
        EvidenceKind::Win,
        "SELECT id FROM win WHERE plan_id = ?1 AND title LIKE 'Design doc approved%'",
    ),
    (
        "Business impact",
        "Chooses and shapes work",
        EvidenceKind::Feedback,
        "SELECT id FROM feedback WHERE plan_id = ?1 AND said LIKE 'The latency work%'",
    ),
    (
        "Delivery and ownership",
        "Leads projects",
        EvidenceKind::Stretch,
        "SELECT id FROM stretch WHERE plan_id = ?1 ORDER BY id LIMIT 1",
    ),
    (
        "Communication and influence",
        "Presents their team",
        EvidenceKind::Visibility,
        "SELECT id FROM visibility WHERE plan_id = ?1 AND title LIKE 'Cutting search latency%'",
    ),
    (
        "Mentoring and leadership",
        "Mentors other engineers",
        EvidenceKind::MentoringSession,
        "SELECT id FROM mentoring_session WHERE plan_id = ?1 ORDER BY date LIMIT 1",
    ),
    (
        "Mentoring and leadership",
        "Gives feedback",
        EvidenceKind::FeedbackGiven,
        "SELECT id FROM feedback_given WHERE plan_id = ?1 ORDER BY id LIMIT 1",
    ),
    (
        "Collaboration",
        "Builds strong working",
        EvidenceKind::Milestone,
        "SELECT id FROM milestone WHERE plan_id = ?1 AND status = 'done' ORDER BY id LIMIT 1",
    ),
];

impl Store {
    pub(crate) fn seed_case(&self, plan: &Plan) -> Result<()> {
        let Some(readiness) = self.readiness(plan.id)? else { return Ok(()) };
        for (topic, starts, kind, find) in LINKS {
            let expectation = readiness
                .topics
                .iter()
                .filter(|t| t.name == *topic)
                .flat_map(|t| &t.expectations)
                .find(|e| e.text.starts_with(starts));
            let record: Option<i64> =
                self.conn.query_row(find, [plan.id], |r| r.get(0)).optional().or_storage("load the demo")?;
            if let (Some(e), Some(ref_id)) = (expectation, record) {
                self.link_evidence(plan.id, &EvidenceInput { expectation_id: e.id, kind: *kind, ref_id })?;
            }
        }
        Ok(())
    }
}
