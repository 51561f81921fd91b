//! The whole plan as Markdown, for people who keep their notes in plain text (Obsidian, a git
//! repository, a wiki). The same sections as the PDF, chosen the same way: private ones only when
//! asked for. User text is escaped, so a win titled `<img src=x onerror=…>` or `# heading` stays
//! text in any Markdown viewer instead of becoming HTML or structure.

use std::fmt::Write;

use cairn_core::{ActionStatus, MilestoneStatus, PlanDocument, proficiency_label};

use crate::{signals, words};

/// The plan document as Markdown, and a file name for it.
pub fn render(doc: &PlanDocument) -> (String, String) {
    let plan = &doc.plan;
    let mut md = String::new();

    let _ = writeln!(md, "# {}\n", inline(&plan.title));
    let _ = writeln!(md, "- **Levels:** {}", inline(&words::levels(plan)));
    let _ = writeln!(md, "- **Track:** {}", words::track(plan.track));
    let _ = writeln!(md, "- **Window:** {} ({})", words::window(plan), words::time_left(plan, doc.as_of));
    if !plan.goal.is_empty() {
        let _ = writeln!(md, "\n{}", block(&plan.goal));
    }

    if let Some(skills) = doc.skills.as_ref().filter(|s| !s.is_empty()) {
        let _ = writeln!(md, "\n## Skills\n");
        for line in skills {
            let s = &line.skill;
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
            // Empty unless the person chose their private notes (the core emptied them).
            if !s.notes.is_empty() {
                let _ = writeln!(md, "\n*My notes:* {}", block(&s.notes));
            }
            if !line.actions.is_empty() {
                md.push('\n');
            }
            for a in &line.actions {
                let tick = if a.status == ActionStatus::Done { "x" } else { " " };
                let due = a.due_date.map(|d| format!(" (by {})", words::day(d))).unwrap_or_default();
                let _ = writeln!(md, "- [{tick}] {}{due}", inline(&a.title));
            }
            md.push('\n');
        }
    }

    if let Some(people) = doc.people.as_ref().filter(|p| !p.lines.is_empty()) {
        let _ = writeln!(md, "\n## People\n");
        for p in &people.lines {
            let role = if p.role.is_empty() { String::new() } else { format!(", {}", inline(&p.role)) };
            let _ = write!(md, "- **{}**{role}", inline(&p.name));
            if let Some(d) = &p.details {
                let _ = write!(md, ": {}", words::stance(d.stance));
                if !d.cares_about.is_empty() {
                    let _ = write!(md, "; cares about {}", inline(&d.cares_about));
                }
            }
            md.push('\n');
        }
    }

    if let Some(stretches) = doc.stretch.as_ref().filter(|s| !s.is_empty()) {
        let _ = writeln!(md, "\n## Stretch assignments\n");
        for line in stretches {
            let s = &line.stretch;
            let (status, _) = words::stretch_status(s.status);
            let sponsor = line.sponsor.as_ref().map(|n| format!(", sponsor {}", inline(n)));
            let _ = writeln!(md, "- **{}** ({status}{})", inline(&s.title), sponsor.unwrap_or_default());
            if !s.outcome.is_empty() {
                let _ = writeln!(md, "  Outcome: {}", inline(&s.outcome));
            }
        }
    }

    if let Some(milestones) = doc.milestones.as_ref().filter(|m| !m.is_empty()) {
        let _ = writeln!(md, "\n## Milestones\n");
        for m in milestones {
            let tick = if m.status == MilestoneStatus::Done { "x" } else { " " };
            let (status, _) = words::milestone_status(m.status, m.overdue);
            let when = m.completed_date.or(m.due_date).map(|d| format!(", {}", words::day(d))).unwrap_or_default();
            let _ = writeln!(md, "- [{tick}] {} ({status}{when})", inline(&m.title));
            if !m.evidence.is_empty() {
                let _ = writeln!(md, "  Evidence: {}", inline(&m.evidence));
            }
        }
    }

    if let Some(wins) = doc.wins.as_ref().filter(|w| !w.is_empty()) {
        let _ = writeln!(md, "\n## {}\n", words::wins_title(doc.wins_period));
        for line in wins {
            let w = &line.win;
            let _ = writeln!(md, "### {} — {}\n", words::day(w.date), inline(&w.title));
            if !w.impact_summary.is_empty() {
                let _ = writeln!(md, "**Impact:** {}\n", inline(&w.impact_summary));
            }
            if !w.what_happened.is_empty() {
                let _ = writeln!(md, "{}\n", block(&w.what_happened));
            }
            if !line.skills.is_empty() {
                let names: Vec<String> = line.skills.iter().map(|n| inline(n)).collect();
                let _ = writeln!(md, "Skills: {}\n", names.join(", "));
            }
        }
    }

    if let Some(feedback) = doc.feedback.as_ref().filter(|f| !f.items.is_empty()) {
        let _ = writeln!(md, "\n## Feedback\n");
        for f in &feedback.items {
            let (kind, _) = words::feedback_kind(f.kind);
            let _ = writeln!(md, "- {}, {} ({kind}): {}", words::day(f.date), inline(&f.from), inline(&f.said));
        }
    }

    if let Some(r) = &doc.readiness {
        packet(&mut md, r, "Promotion readiness");
    }

    if let Some(m) = &doc.mentoring {
        let data = signals::mentoring(m);
        let _ = writeln!(md, "\n## Mentoring\n\n{}", data.summary);
        for x in &data.mentees {
            let _ = writeln!(md, "\n### {}\n\n{}\n", inline(&x.name), x.progress);
            for g in &x.goals {
                let when = if g.when.is_empty() { String::new() } else { format!(", {}", g.when) };
                let _ = writeln!(
                    md,
                    "- [{}] {} ({}{when})",
                    if g.status == "Met" { "x" } else { " " },
                    inline(&g.text),
                    g.status
                );
            }
        }
        if !data.sessions.is_empty() {
            let _ = writeln!(md, "\n### Sessions\n");
        }
        for s in &data.sessions {
            let topics = if s.topics.is_empty() { String::new() } else { format!(": {}", inline(&s.topics)) };
            let _ = writeln!(md, "- {}, {}{topics}", s.date, inline(&s.mentee));
            for (label, text) in [("They will try", &s.will_try), ("I learned", &s.learned), ("Notes", &s.notes)] {
                if !text.is_empty() {
                    let _ = writeln!(md, "  - {label}: {}", inline(text));
                }
            }
        }
    }

    if let Some(lines) = &doc.visibility {
        let data = signals::visibility(lines);
        let _ = writeln!(md, "\n## Visibility\n");
        if !data.summary.is_empty() {
            let _ = writeln!(md, "{}\n", data.summary);
        }
        for v in &data.items {
            let _ = writeln!(
                md,
                "- {}, {} ({}): **{}**{}",
                v.date,
                v.kind,
                v.audience,
                inline(&v.title),
                if v.skills.is_empty() { String::new() } else { format!(" — {}", inline(&v.skills)) }
            );
            if !v.link.is_empty() {
                let _ = writeln!(md, "  - Link: `{}`", v.link.replace('`', "'"));
            }
            if !v.outcome.is_empty() {
                let _ = writeln!(md, "  - What came of it: {}", inline(&v.outcome));
            }
        }
    }

    if let Some(a) = &doc.asked_and_given {
        let data = signals::asked_and_given(a);
        let _ = writeln!(md, "\n## Feedback I asked for and gave\n\n{}\n", data.summary);
        for r in &data.requests {
            let when = if r.when.is_empty() { String::new() } else { format!(", {}", r.when) };
            let _ = writeln!(md, "- Asked {} about {} ({}{when})", inline(&r.person), inline(&r.topic), r.status);
        }
        for g in &data.given {
            let _ = writeln!(
                md,
                "- Gave {} feedback to {} ({}, {}): {}",
                g.kind.to_lowercase(),
                inline(&g.to),
                g.context,
                g.date,
                inline(&g.about)
            );
            if !g.notes.is_empty() {
                let _ = writeln!(md, "  - Notes: {}", inline(&g.notes));
            }
        }
    }

    if let Some(dates) = doc.review_cycle.as_ref().filter(|d| !d.is_empty()) {
        let _ = writeln!(md, "\n## Review cycle\n");
        for d in dates {
            let _ = writeln!(md, "- {}: {} ({})", inline(&d.name), words::day(d.date), words::countdown(d.days_until));
        }
    }

    if let Some(reflections) = &doc.reflections {
        let _ = writeln!(md, "\n## My weekly reflections\n");
        for r in reflections {
            let feeling = words::feeling(r.confidence, r.energy);
            let _ = writeln!(md, "### {}\n", words::week(&r.week));
            if !feeling.is_empty() {
                let _ = writeln!(md, "{feeling}\n");
            }
            for (label, text) in [
                ("What moved", &r.moved),
                ("What I learned", &r.learned),
                ("What got in the way", &r.blocked),
                ("Next week's focus", &r.focus),
            ] {
                if !text.is_empty() {
                    let _ = writeln!(md, "**{label}:**  \n{}\n", block(text));
                }
            }
        }
    }

    if let Some(day) = doc.plan.closed_on.filter(|_| doc.retrospective) {
        let _ = writeln!(md, "\n## How the plan ended\n");
        let _ = writeln!(md, "**{}**, closed on {}.\n", words::outcome(doc.plan.outcome), words::day(day));
        let r = &doc.plan.retrospective;
        for (label, text) in [
            ("What worked", &r.worked),
            ("What did not", &r.did_not_work),
            ("What I would do differently", &r.differently),
        ] {
            if !text.is_empty() {
                let _ = writeln!(md, "**{label}:**  \n{}\n", block(text));
            }
        }
    }

    let _ = writeln!(md, "\n---\n*Exported from Cairn on {}.*", words::day(doc.as_of));
    (md, format!("{}.md", crate::file_name(&plan.title)))
}

/// One line of user text inside Markdown: every character Markdown could read as structure or
/// HTML is backslash-escaped, and line breaks become spaces.
/// The readiness packet: per topic, the target level's expectations with their evidence.
pub(crate) fn packet(md: &mut String, r: &cairn_core::Readiness, title: &str) {
    let _ = writeln!(md, "\n## {title}\n");
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
                let title = words::evidence_title(ev);
                let _ = writeln!(md, "  - {}: {}{when}{planned}", words::evidence_kind(ev.kind), inline(&title));
            }
        }
    }
}

pub(crate) fn inline(text: &str) -> String {
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
pub(crate) fn block(text: &str) -> String {
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
