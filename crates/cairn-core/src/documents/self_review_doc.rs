//! The self-review as a document: the person's text per topic (or skill) for the period, what
//! each was drawn from, the expectations still without evidence, and the readiness packet with
//! only the period's evidence. Mentees are named by initials throughout, as in every document
//! Cairn hands out.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::plan::Plan;
use crate::readiness::Readiness;
use crate::self_review::ReviewSection;
use crate::store::Store;
use crate::window::parse_date;

#[derive(Debug, Clone)]
pub struct SelfReviewDocument {
    pub plan: Plan,
    pub as_of: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "Cairn ladder: individual contributor, Senior engineer", or None (sections are skills).
    pub framework: Option<String>,
    pub sections: Vec<ReviewSection>,
    pub words: u32,
    /// Readiness at the target level, counting only the period's evidence.
    pub packet: Option<Readiness>,
}

impl Readiness {
    /// The same readiness counting only evidence dated `from..=to`.
    pub fn within(mut self, from: NaiveDate, to: NaiveDate) -> Readiness {
        for topic in &mut self.topics {
            for e in &mut topic.expectations {
                e.evidence.retain(|ev| ev.date.is_some_and(|d| d >= from && d <= to));
                e.met = e.evidence.iter().any(|ev| ev.counts);
            }
            topic.met = topic.expectations.iter().filter(|e| e.met).count() as u32;
        }
        self.met = self.topics.iter().map(|t| t.met).sum();
        self.percent = crate::readiness::percent(self.met, self.total);
        self
    }
}

impl Store {
    /// A period for a document: `from` and `to` as typed, an empty one meaning the plan window's
    /// own start or end.
    pub fn document_period(&self, plan_id: i64, from: &str, to: &str) -> Result<(NaiveDate, NaiveDate)> {
        let plan = self.get_plan(plan_id)?;
        let from = if from.trim().is_empty() { plan.start_date } else { parse_date("from", "first day", from)? };
        let to = if to.trim().is_empty() { plan.end_date } else { parse_date("to", "last day", to)? };
        if to < from {
            return Err(Error::validation("to", "The period ends before it starts."));
        }
        Ok((from, to))
    }

    /// The self-review document for the plan's period, or for `from`..`to` when given (either
    /// may be empty: the period's own end stays).
    pub fn self_review_document(&self, plan_id: i64, from: &str, to: &str) -> Result<SelfReviewDocument> {
        let plan = self.get_plan(plan_id)?;
        let review = self.self_review(plan_id)?;
        let from = if from.trim().is_empty() { review.from } else { parse_date("from", "first day", from)? };
        let to = if to.trim().is_empty() { review.to } else { parse_date("to", "last day", to)? };
        if to < from {
            return Err(Error::validation("to", "The period ends before it starts."));
        }
        let review =
            if (from, to) == (review.from, review.to) { review } else { self.self_review_between(plan_id, from, to)? };
        let packet = self.readiness(plan_id)?.map(|r| {
            let mut r = r.within(from, to);
            for ev in r.topics.iter_mut().flat_map(|t| &mut t.expectations).flat_map(|e| &mut e.evidence) {
                if let Some(name) = &mut ev.mentee {
                    *name = super::signals::initials(name);
                }
            }
            r
        });
        Ok(SelfReviewDocument {
            as_of: self.clock.today(),
            from,
            to,
            framework: review.framework,
            words: review.words,
            sections: review.sections,
            packet,
            plan,
        })
    }
}
