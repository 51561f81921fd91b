//! The whole plan as Markdown, for people who keep their notes in plain text (Obsidian, a git
//! repository, a wiki). The same sections as the PDF, chosen the same way: private ones only when
//! asked for. User text is escaped, so a win titled `<img src=x onerror=…>` or `# heading` stays
//! text in any Markdown viewer instead of becoming HTML or structure.

use std::collections::HashMap;
use std::fmt::Write;

use cairn_core::{ActionStatus, MilestoneStatus, Result, Store, StretchStatus, proficiency_label};
use chrono::NaiveDate;

use crate::plan_doc::PlanSection;
use crate::words;

/// The plan `plan_id` as a Markdown document with `sections`, as of `today`, and a file name for it.
pub fn render(store: &Store, plan_id: i64, sections: &[PlanSection], today: NaiveDate) -> Result<(String, String)> {
    let plan = store.get_plan(plan_id)?;
    let has = |s: PlanSection| sections.contains(&s);
    let skills = store.list_skills(plan.id)?;
    let skill_name: HashMap<i64, &str> = skills.iter().map(|s| (s.id, s.name.as_str())).collect();
    let people = store.list_stakeholders()?;
    let person_name: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let mut md = String::new();

    let _ = writeln!(md, "# {}\n", inline(&plan.title));
    let _ = writeln!(md, "- **Levels:** {}", inline(&words::levels(&plan)));
    let _ = writeln!(md, "- **Track:** {}", words::track(plan.track));
    let _ = writeln!(md, "- **Window:** {} ({})", words::window(&plan), words::time_left(&plan, today));
    if !plan.goal.is_empty() {
        let _ = writeln!(md, "\n{}", block(&plan.goal));
    }

    if has(PlanSection::Skills) && !skills.is_empty() {
        let actions = store.list_learning_actions(plan.id)?;
        let _ = writeln!(md, "\n## Skills\n");
        for s in &skills {
            let _ = writeln!(
                md,
                "### {}\n\n{} {} → {} {}",
                inline(&s.name),
                s.current_level,
                proficiency_label(s.current_level),
                s.target_level,
                proficiency_label(s.target_level)
            );
            if !s.why.is_empty() {
                let _ = writeln!(md, "\n{}", block(&s.why));
            }
            if has(PlanSection::SkillNotes) && !s.notes.is_empty() {
                let _ = writeln!(md, "\n*My notes:* {}", block(&s.notes));
            }
            let mine: Vec<_> = actions.iter().filter(|a| a.skill_id == s.id).collect();
            if !mine.is_empty() {
                md.push('\n');
            }
            for a in mine {
                let tick = if a.status == ActionStatus::Done { "x" } else { " " };
                let due = a.due_date.map(|d| format!(" (by {})", words::day(d))).unwrap_or_default();
                let _ = writeln!(md, "- [{tick}] {}{due}", inline(&a.title));
            }
            md.push('\n');
        }
    }

    if has(PlanSection::People) && !people.is_empty() {
        let _ = writeln!(md, "\n## People\n");
        for p in &people {
            let role = if p.role.is_empty() { String::new() } else { format!(", {}", inline(&p.role)) };
            let _ = write!(md, "- **{}**{role}", inline(&p.name));
            if has(PlanSection::PeopleDetails) {
                let _ = write!(md, ": {:?}", p.stance);
                if !p.cares_about.is_empty() {
                    let _ = write!(md, "; cares about {}", inline(&p.cares_about));
                }
            }
            md.push('\n');
        }
    }

    if has(PlanSection::Stretch) {
        let stretches = store.list_stretches(plan.id)?;
        if !stretches.is_empty() {
            let _ = writeln!(md, "\n## Stretch assignments\n");
        }
        for s in stretches.iter().filter(|s| s.status != StretchStatus::Dropped) {
            let (status, _) = words::stretch_status(s.status);
            let sponsor = s.sponsor_id.and_then(|id| person_name.get(&id)).map(|n| format!(", sponsor {}", inline(n)));
            let _ = writeln!(md, "- **{}** ({status}{})", inline(&s.title), sponsor.unwrap_or_default());
            if !s.outcome.is_empty() {
                let _ = writeln!(md, "  Outcome: {}", inline(&s.outcome));
            }
        }
    }

    if has(PlanSection::Milestones) {
        let milestones = store.list_milestones(plan.id)?;
        if !milestones.is_empty() {
            let _ = writeln!(md, "\n## Milestones\n");
        }
        for m in &milestones {
            let tick = if m.status == MilestoneStatus::Done { "x" } else { " " };
            let (status, _) = words::milestone_status(m.status, m.overdue);
            let when = m.completed_date.or(m.due_date).map(|d| format!(", {}", words::day(d))).unwrap_or_default();
            let _ = writeln!(md, "- [{tick}] {} ({status}{when})", inline(&m.title));
            if !m.evidence.is_empty() {
                let _ = writeln!(md, "  Evidence: {}", inline(&m.evidence));
            }
        }
    }

    if has(PlanSection::Wins) {
        let wins = store.list_wins(plan.id)?;
        if !wins.is_empty() {
            let _ = writeln!(md, "\n## Wins\n");
        }
        for w in &wins {
            let _ = writeln!(md, "### {} — {}\n", words::day(w.date), inline(&w.title));
            if !w.impact_summary.is_empty() {
                let _ = writeln!(md, "**Impact:** {}\n", inline(&w.impact_summary));
            }
            if !w.what_happened.is_empty() {
                let _ = writeln!(md, "{}\n", block(&w.what_happened));
            }
            let linked: Vec<String> =
                w.skill_ids.iter().filter_map(|id| skill_name.get(id)).map(|n| inline(n)).collect();
            if !linked.is_empty() {
                let _ = writeln!(md, "Skills: {}\n", linked.join(", "));
            }
        }
    }

    if has(PlanSection::Feedback) {
        let feedback = store.list_feedback(plan.id)?;
        if !feedback.is_empty() {
            let _ = writeln!(md, "\n## Feedback\n");
        }
        for f in &feedback {
            let (kind, _) = words::feedback_kind(f.kind);
            let _ = writeln!(md, "- {}, {} ({kind}): {}", words::day(f.date), inline(&f.from), inline(&f.said));
        }
    }

    if has(PlanSection::Readiness)
        && let Some(r) = store.readiness(plan.id)?
    {
        let _ = writeln!(md, "\n## Promotion readiness\n");
        let _ = writeln!(
            md,
            "Ready for {} ({}): {} of {} expectations have evidence ({}%).",
            inline(&r.ladder.target_level.name),
            inline(&r.ladder.framework_name),
            r.met,
            r.total,
            r.percent
        );
        for t in &r.topics {
            let _ = writeln!(md, "\n### {} ({} of {})\n", inline(&t.name), t.met, t.total);
            for e in &t.expectations {
                let _ = writeln!(md, "- [{}] {}", if e.met { "x" } else { " " }, inline(&e.text));
                for ev in &e.evidence {
                    let planned = if ev.counts { "" } else { " (planned, counts when done)" };
                    let when = ev.date.map(|d| format!(", {}", words::day(d))).unwrap_or_default();
                    let _ = writeln!(md, "  - {}: {}{when}{planned}", words::evidence_kind(ev.kind), inline(&ev.title));
                }
            }
        }
    }

    let _ = writeln!(md, "\n---\n*Exported from Cairn on {}.*", words::day(today));
    Ok((md, format!("{}.md", crate::file_name(&plan.title))))
}

/// One line of user text inside Markdown: every character Markdown could read as structure or
/// HTML is backslash-escaped, and line breaks become spaces.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~' | '&' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    // A line that starts like a list item or a numbered item would become one.
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some((n, _)) =
        out.split_once(['.', ')']).filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    {
        let at = n.len();
        out.insert(at, '\\');
    }
    out
}

/// Several lines of user text: each line escaped, line breaks kept as Markdown line breaks.
fn block(text: &str) -> String {
    text.lines().map(inline).collect::<Vec<_>>().join("  \n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_stays_text() {
        assert_eq!(inline("<img src=x onerror=alert(1)>"), "\\<img src=x onerror=alert(1)\\>");
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("[link](javascript:alert(1))"), "\\[link\\](javascript:alert(1))");
        assert_eq!(inline("a\nb"), "a b");
        assert_eq!(inline("p95 → 250 ms, 日本語"), "p95 → 250 ms, 日本語");
        assert_eq!(block("one\n- two"), "one  \n\\- two");
    }
}
