//! The one-on-one brief's layout data: the core's `Brief` in the words and tones `typst/brief.typ`
//! prints. A section the core left out (`None`) is absent here too, so the template never sees it.

use cairn_core::{
    AgendaSource, Brief, BriefAction, Feedback, Milestone, Paper, Result, Rows, Skill, StretchLine, StretchStatus, Win,
};
use serde::Serialize;

use crate::Typeset;
use crate::{signals, words};

#[derive(Serialize)]
struct BriefData {
    title: String,
    paper: &'static str,
    footer: String,
    heading: String,
    subheading: String,
    plan: PlanHead,
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<Since>,
    #[serde(skip_serializing_if = "Option::is_none")]
    coming: Option<Coming>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stretch: Option<Vec<StretchRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skills: Option<Vec<SkillRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    agenda: Option<Agenda>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checkins: Option<Vec<CheckInRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    more_checkins: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    /// "" when the section is in but no reflection named a focus.
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<FocusData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cycle: Option<Vec<CycleRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signals: Option<Signals>,
}

#[derive(Serialize)]
struct Signals {
    visibility: Vec<signals::VisibilityRow>,
    more_visibility: usize,
    sessions: Vec<signals::SessionRow>,
    more_sessions: usize,
}

/// A date of the review cycle and how far it is.
#[derive(Serialize)]
pub(crate) struct CycleRow {
    name: String,
    date: String,
    when: String,
}

pub(crate) fn cycle_row(d: &cairn_core::CycleDate) -> CycleRow {
    CycleRow { name: d.name.clone(), date: words::day(d.date), when: words::countdown(d.days_until) }
}

#[derive(Serialize)]
struct FocusData {
    text: String,
    set_in: String,
}

#[derive(Serialize)]
struct PlanHead {
    title: String,
    goal: String,
    levels: String,
    window: String,
    time: String,
}

#[derive(Serialize)]
struct Since {
    title: String,
    milestones: Vec<Dated>,
    wins: Vec<WinRow>,
    feedback: Vec<FeedbackRow>,
    more_milestones: usize,
    more_wins: usize,
    more_feedback: usize,
}

#[derive(Serialize)]
struct Coming {
    overdue: Vec<Dated>,
    due: Vec<Dated>,
    more_overdue: usize,
    more_due: usize,
}

#[derive(Serialize)]
struct Dated {
    title: String,
    date: String,
}

#[derive(Serialize)]
pub(crate) struct WinRow {
    pub title: String,
    pub impact: String,
    pub date: String,
}

#[derive(Serialize)]
pub(crate) struct FeedbackRow {
    pub from: String,
    pub date: String,
    pub kind: &'static str,
    pub tone: &'static str,
    pub said: String,
    pub response: String,
}

#[derive(Serialize)]
struct StretchRow {
    title: String,
    status: &'static str,
    tone: &'static str,
    detail: String,
}

#[derive(Serialize)]
struct SkillRow {
    name: String,
    current: u8,
    target: u8,
    levels: String,
}

#[derive(Serialize)]
struct Agenda {
    items: Vec<AgendaRow>,
    actions: Vec<ActionRow>,
    more_items: usize,
    more_actions: usize,
}

#[derive(Serialize)]
struct AgendaRow {
    text: String,
    why: &'static str,
}

#[derive(Serialize)]
struct ActionRow {
    text: String,
    owner: String,
    due: String,
}

#[derive(Serialize)]
struct CheckInRow {
    name: String,
    role: String,
    when: String,
}

pub(crate) fn win_row(w: &Win) -> WinRow {
    WinRow { title: w.title.clone(), impact: w.impact_summary.clone(), date: words::day(w.date) }
}

pub(crate) fn feedback_row(f: &Feedback) -> FeedbackRow {
    let (kind, tone) = words::feedback_kind(f.kind);
    FeedbackRow {
        from: f.from.clone(),
        date: words::day(f.date),
        kind,
        tone,
        said: f.said.clone(),
        response: f.response.clone(),
    }
}

fn rows<T, R>(rows: &Rows<T>, row: impl Fn(&T) -> R) -> (Vec<R>, usize) {
    (rows.shown.iter().map(row).collect(), rows.more)
}

fn milestone_done(m: &Milestone) -> Dated {
    Dated { title: m.title.clone(), date: words::maybe_day(m.completed_date) }
}

fn milestone_due(m: &Milestone) -> Dated {
    Dated { title: m.title.clone(), date: words::maybe_day(m.due_date) }
}

fn stretch_row(line: &StretchLine) -> StretchRow {
    let s = &line.stretch;
    let (status, tone) = words::stretch_status(s.status);
    let mut detail = Vec::new();
    if let Some(name) = &line.sponsor {
        detail.push(format!("Sponsor: {name}"));
    }
    if s.start_date.is_some() || s.end_date.is_some() {
        detail.push(format!("{} – {}", words::maybe_day(s.start_date), words::maybe_day(s.end_date)));
    }
    if !line.skills.is_empty() {
        detail.push(line.skills.join(", "));
    }
    if s.status == StretchStatus::Done && !s.outcome.is_empty() {
        detail.push(format!("Outcome: {}", s.outcome));
    }
    StretchRow { title: s.title.clone(), status, tone, detail: detail.join(" · ") }
}

fn skill_row(k: &Skill) -> SkillRow {
    SkillRow {
        name: k.name.clone(),
        current: k.current_level,
        target: k.target_level,
        levels: words::level_pair(k.current_level, k.target_level),
    }
}

fn agenda_row(text: &str, source: AgendaSource) -> AgendaRow {
    let why = match source {
        AgendaSource::CarriedOver => "carried over",
        AgendaSource::Added => "my ask",
        _ => "",
    };
    AgendaRow { text: text.to_owned(), why }
}

fn action_row(a: &BriefAction) -> ActionRow {
    ActionRow { text: a.text.clone(), owner: a.owner.clone(), due: words::maybe_day(a.due_date) }
}

fn when(days_until_due: i64) -> String {
    let days = |n: i64| if n == 1 { "1 day".to_owned() } else { format!("{n} days") };
    match days_until_due {
        d if d < 0 => format!("overdue by {}", days(-d)),
        0 => "due today".into(),
        d => format!("due in {}", days(d)),
    }
}

/// The brief, ready to typeset, and the file name to suggest.
pub(crate) fn typeset(brief: &Brief, paper: Paper) -> Result<Typeset> {
    let heading = format!("With {}", brief.person_name);
    let since = brief.since_last.as_ref().map(|s| {
        let (milestones, more_milestones) = rows(&s.milestones, milestone_done);
        let (wins, more_wins) = rows(&s.wins, win_row);
        let (feedback, more_feedback) = rows(&s.feedback, feedback_row);
        Since {
            title: match brief.previous {
                Some(d) => format!("Since our last one-on-one, {}", words::day(d)),
                None => format!("Since the plan started, {}", words::day(brief.plan.start_date)),
            },
            milestones,
            wins,
            feedback,
            more_milestones,
            more_wins,
            more_feedback,
        }
    });
    let coming = brief.coming_up.as_ref().map(|c| {
        let (overdue, more_overdue) = rows(&c.overdue, milestone_due);
        let (due, more_due) = rows(&c.due, milestone_due);
        Coming { overdue, due, more_overdue, more_due }
    });
    let agenda = brief.agenda.as_ref().map(|a| {
        let (items, more_items) = rows(&a.items, |i| agenda_row(&i.text, i.source));
        let (actions, more_actions) = rows(&a.actions, action_row);
        Agenda { items, actions, more_items, more_actions }
    });
    let checkins = brief
        .check_ins
        .as_ref()
        .map(|c| rows(c, |p| CheckInRow { name: p.name.clone(), role: p.role.clone(), when: when(p.days_until_due) }));
    let data = BriefData {
        title: format!("{heading} — {}", words::day(brief.date)),
        paper: crate::paper_name(paper),
        footer: format!("{} · {heading}", brief.plan.title),
        subheading: {
            let when = match &brief.time {
                Some(t) => format!("{} at {t}", words::long_day(brief.date)),
                None => words::long_day(brief.date),
            };
            if brief.person_role.is_empty() { when } else { format!("{when} · {}", brief.person_role) }
        },
        heading,
        plan: PlanHead {
            title: brief.plan.title.clone(),
            goal: brief.plan.goal.clone(),
            levels: words::levels(&brief.plan),
            window: words::window(&brief.plan),
            time: words::time_left(&brief.plan, brief.date),
        },
        since,
        coming,
        stretch: brief.stretch.as_ref().map(|s| s.iter().map(stretch_row).collect()),
        skills: brief.skills.as_ref().map(|s| s.iter().map(skill_row).collect()),
        agenda,
        more_checkins: checkins.as_ref().map(|(_, more)| *more),
        checkins: checkins.map(|(rows, _)| rows),
        notes: brief.notes.clone(),
        cycle: brief.review_cycle.as_ref().map(|dates| dates.iter().map(cycle_row).collect()),
        signals: brief.signals.as_ref().map(|s| {
            let (visibility, more_visibility) = rows(&s.visibility, signals::visibility_row);
            let (sessions, more_sessions) = rows(&s.sessions, signals::session_row);
            Signals { visibility, more_visibility, sessions, more_sessions }
        }),
        focus: brief.focus.as_ref().map(|f| FocusData {
            text: f.as_ref().map(|f| f.text.clone()).unwrap_or_default(),
            set_in: f
                .as_ref()
                .map(|f| format!("Set in my reflection on {}", words::week(&f.set_in)))
                .unwrap_or_default(),
        }),
    };
    Typeset::new(
        include_str!("typst/brief.typ"),
        &data,
        brief.date,
        "make the one-on-one brief",
        format!("{}.pdf", crate::file_name(&brief.file_stem())),
    )
}
