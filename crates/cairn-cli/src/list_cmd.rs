//! `cairn-cli list mentoring|visibility|requests|given`: a plan's senior signals, as lines or JSON.

use std::io::Write;

use cairn_core::Store;

use crate::command::ListWhat;
use crate::failure::{Failure, Outcome};

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> Outcome {
    writeln!(out, "{}", serde_json::to_string_pretty(value)?).map_err(Failure::from)
}

fn line(out: &mut impl Write, text: String) -> Outcome {
    writeln!(out, "{text}").map_err(Failure::from)
}

pub fn list(store: &Store, out: &mut impl Write, what: ListWhat, plan: i64, as_json: bool) -> Outcome {
    match what {
        ListWhat::Mentoring => {
            let mentees = store.list_mentees(plan)?;
            if as_json {
                return json(out, &mentees);
            }
            if mentees.is_empty() {
                return line(out, "No mentees yet. Mark someone on the map as a mentee to start.".into());
            }
            for m in mentees {
                line(
                    out,
                    format!(
                        "{}: {} of {} goals met, {} sessions",
                        m.person.name,
                        m.goals_met,
                        m.goals.len(),
                        m.sessions.len()
                    ),
                )?;
                for g in &m.goals {
                    line(out, format!("  goal  [{}] {}", g.status.as_str(), g.text))?;
                }
                for s in &m.sessions {
                    line(out, format!("  {:>4}  {}  {}", s.id, s.date, s.topics.lines().next().unwrap_or("")))?;
                }
            }
        }
        ListWhat::Visibility => {
            let records = store.list_visibility(plan)?;
            if as_json {
                return json(out, &records);
            }
            if records.is_empty() {
                return line(out, "No visibility records yet.".into());
            }
            for r in records {
                line(
                    out,
                    format!("{:>4}  {}  {:<12} {:<8}  {}", r.id, r.date, r.kind.as_str(), r.audience.as_str(), r.title),
                )?;
            }
        }
        ListWhat::Requests => {
            let requests = store.list_feedback_requests(plan)?;
            if as_json {
                return json(out, &requests);
            }
            if requests.items.is_empty() {
                return line(out, "No feedback requests yet.".into());
            }
            for r in requests.items {
                let by = r.due_date.map(|d| format!(" by {d}")).unwrap_or_default();
                line(out, format!("{:>4}  {:<8}  {} about {}{by}", r.id, r.status.as_str(), r.person, r.topic))?;
            }
        }
        ListWhat::Given => {
            let given = store.list_feedback_given(plan)?;
            if as_json {
                return json(out, &given);
            }
            if given.is_empty() {
                return line(out, "No feedback given logged yet.".into());
            }
            for g in given {
                line(
                    out,
                    format!(
                        "{:>4}  {}  {} ({}, {}): {}",
                        g.id,
                        g.date,
                        g.to,
                        g.context.as_str(),
                        g.kind.as_str(),
                        g.about
                    ),
                )?;
            }
        }
    }
    Ok(())
}
