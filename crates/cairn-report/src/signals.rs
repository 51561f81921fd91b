//! The senior signals' layout data, shared by the plan document, the brief and the Markdown:
//! mentoring, visibility, feedback asked for and given, in the words and tones the templates print.
//! What is private or named by initials was decided by the core; this only says it.

use cairn_core::{
    AskedAndGiven, Audience, GivenContext, GoalStatus, MentoringPart, RequestStatus, SessionLine, VisibilityKind,
    VisibilityLine,
};
use serde::Serialize;

use crate::words;

#[derive(Serialize)]
pub(crate) struct VisibilityRow {
    pub title: String,
    pub kind: &'static str,
    pub date: String,
    /// "Company · about 200 people".
    pub audience: String,
    pub link: String,
    pub outcome: String,
    pub skills: String,
}

#[derive(Serialize)]
pub(crate) struct VisibilityData {
    pub summary: String,
    pub items: Vec<VisibilityRow>,
}

#[derive(Serialize)]
pub(crate) struct SessionRow {
    pub date: String,
    pub mentee: String,
    pub topics: String,
    pub will_try: String,
    pub learned: String,
    pub notes: String,
}

#[derive(Serialize)]
pub(crate) struct GoalRow {
    pub text: String,
    pub status: &'static str,
    pub tone: &'static str,
    pub when: String,
}

#[derive(Serialize)]
pub(crate) struct MenteeRow {
    pub name: String,
    pub progress: String,
    pub goals: Vec<GoalRow>,
}

#[derive(Serialize)]
pub(crate) struct MentoringData {
    pub summary: String,
    pub mentees: Vec<MenteeRow>,
    pub sessions: Vec<SessionRow>,
}

#[derive(Serialize)]
pub(crate) struct RequestRow {
    pub person: String,
    pub topic: String,
    pub status: &'static str,
    pub tone: &'static str,
    pub when: String,
}

#[derive(Serialize)]
pub(crate) struct GivenRow {
    pub to: String,
    pub date: String,
    pub context: &'static str,
    pub kind: &'static str,
    pub tone: &'static str,
    pub about: String,
    pub notes: String,
}

#[derive(Serialize)]
pub(crate) struct AskedGivenData {
    pub summary: String,
    pub requests: Vec<RequestRow>,
    pub given: Vec<GivenRow>,
}

pub(crate) fn visibility_kind(kind: VisibilityKind) -> &'static str {
    match kind {
        VisibilityKind::Talk => "Talk",
        VisibilityKind::DesignDoc => "Design doc / RFC",
        VisibilityKind::Post => "Post",
        VisibilityKind::Demo => "Demo",
        VisibilityKind::Presentation => "Presentation",
        VisibilityKind::Workshop => "Workshop",
    }
}

pub(crate) fn audience(audience: Audience) -> &'static str {
    match audience {
        Audience::Team => "Team",
        Audience::Org => "Organisation",
        Audience::Company => "Company",
        Audience::External => "External",
    }
}

fn context(context: GivenContext) -> &'static str {
    match context {
        GivenContext::CodeReview => "Code review",
        GivenContext::DesignReview => "Design review",
        GivenContext::PeerReview => "Peer review",
        GivenContext::Other => "Other",
    }
}

pub(crate) fn request_status(status: RequestStatus) -> (&'static str, &'static str) {
    match status {
        RequestStatus::ToAsk => ("To ask", "muted"),
        RequestStatus::Asked => ("Asked", "accent"),
        RequestStatus::Answered => ("Answered", "done"),
        RequestStatus::Declined => ("Declined", "muted"),
    }
}

fn goal_status(status: GoalStatus) -> (&'static str, &'static str) {
    match status {
        GoalStatus::Open => ("Open", "accent"),
        GoalStatus::Met => ("Met", "done"),
        GoalStatus::Dropped => ("Dropped", "muted"),
    }
}

pub(crate) fn visibility_row(v: &VisibilityLine) -> VisibilityRow {
    let r = &v.record;
    let size = r.audience_size.map(|n| format!(" · about {n} people")).unwrap_or_default();
    VisibilityRow {
        title: r.title.clone(),
        kind: visibility_kind(r.kind),
        date: words::day(r.date),
        audience: format!("{}{size}", audience(r.audience)),
        link: r.link.clone(),
        outcome: r.outcome.clone(),
        skills: v.skills.join(", "),
    }
}

pub(crate) fn visibility(lines: &[VisibilityLine]) -> VisibilityData {
    let beyond = lines.iter().filter(|v| v.record.audience != Audience::Team).count();
    let by = |a: Audience| lines.iter().filter(|v| v.record.audience == a).count();
    let summary = if lines.is_empty() {
        String::new()
    } else {
        format!(
            "{} in all: {} team, {} organisation, {} company, {} external; {beyond} beyond the team.",
            lines.len(),
            by(Audience::Team),
            by(Audience::Org),
            by(Audience::Company),
            by(Audience::External)
        )
    };
    VisibilityData { summary, items: lines.iter().map(visibility_row).collect() }
}

pub(crate) fn session_row(s: &SessionLine) -> SessionRow {
    SessionRow {
        date: words::day(s.date),
        mentee: s.mentee.clone(),
        topics: s.topics.clone(),
        will_try: s.will_try.clone(),
        learned: s.learned.clone(),
        notes: s.notes.clone(),
    }
}

pub(crate) fn mentoring(m: &MentoringPart) -> MentoringData {
    let met: usize = m.mentees.iter().map(|x| x.goals_met).sum();
    let goals: usize =
        m.mentees.iter().map(|x| x.goals.iter().filter(|g| g.status != GoalStatus::Dropped).count()).sum();
    MentoringData {
        summary: format!(
            "{} mentee{}, {} session{} held, {met} of {goals} goals met.",
            m.mentees.len(),
            if m.mentees.len() == 1 { "" } else { "s" },
            m.sessions.len(),
            if m.sessions.len() == 1 { "" } else { "s" },
        ),
        mentees: m
            .mentees
            .iter()
            .map(|x| MenteeRow {
                name: x.name.clone(),
                progress: format!(
                    "{} of {} goals met · {} session{}{}",
                    x.goals_met,
                    x.goals.iter().filter(|g| g.status != GoalStatus::Dropped).count(),
                    x.sessions,
                    if x.sessions == 1 { "" } else { "s" },
                    x.last_session.map(|d| format!(", the last on {}", words::day(d))).unwrap_or_default()
                ),
                goals: x
                    .goals
                    .iter()
                    .map(|g| {
                        let (status, tone) = goal_status(g.status);
                        GoalRow {
                            text: g.text.clone(),
                            status,
                            tone,
                            when: match (g.met_on, g.target_date) {
                                (Some(d), _) => format!("met {}", words::day(d)),
                                (None, Some(d)) => format!("by {}", words::day(d)),
                                (None, None) => String::new(),
                            },
                        }
                    })
                    .collect(),
            })
            .collect(),
        sessions: m.sessions.iter().map(session_row).collect(),
    }
}

pub(crate) fn asked_and_given(a: &AskedAndGiven) -> AskedGivenData {
    let c = a.counts;
    AskedGivenData {
        summary: format!(
            "Asked for feedback {} time{}: {} answered, {} waiting, {} to ask, {} declined. Gave feedback {} time{}.",
            a.requests.len(),
            if a.requests.len() == 1 { "" } else { "s" },
            c.answered,
            c.asked,
            c.to_ask,
            c.declined,
            a.given.len(),
            if a.given.len() == 1 { "" } else { "s" },
        ),
        requests: a
            .requests
            .iter()
            .map(|r| {
                let (status, tone) = request_status(r.status);
                RequestRow {
                    person: r.person.clone(),
                    topic: r.topic.clone(),
                    status,
                    tone,
                    when: match (r.status, r.asked_on, r.due_date) {
                        (RequestStatus::ToAsk, _, Some(d)) => format!("by {}", words::day(d)),
                        (_, Some(d), _) => format!("asked {}", words::day(d)),
                        _ => String::new(),
                    },
                }
            })
            .collect(),
        given: a
            .given
            .iter()
            .map(|g| {
                let (kind, tone) = words::feedback_kind(g.kind);
                GivenRow {
                    to: g.to.clone(),
                    date: words::day(g.date),
                    context: context(g.context),
                    kind,
                    tone,
                    about: g.about.clone(),
                    notes: g.notes.clone(),
                }
            })
            .collect(),
    }
}
