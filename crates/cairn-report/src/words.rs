//! How documents say dates, windows, levels and statuses. Day-month-year with the month in words
//! ("24 Nov 2026") reads the same to a manager anywhere.

use cairn_core::{FeedbackKind, MilestoneStatus, Plan, StretchStatus, Track, proficiency_label};
use chrono::NaiveDate;

pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// "1 Jun – 30 Nov 2026" (the year once when both days share it).
pub(crate) fn period(from: NaiveDate, to: NaiveDate) -> String {
    use chrono::Datelike;
    if from.year() == to.year() {
        format!("{} – {}", from.format("%-d %b"), day(to))
    } else {
        format!("{} – {}", day(from), day(to))
    }
}

/// The wins section's title, with its period when the person limited it to one.
pub(crate) fn wins_title(period: Option<(NaiveDate, NaiveDate)>) -> String {
    match period {
        Some((from, to)) => format!("Wins, {}", self::period(from, to)),
        None => "Wins".into(),
    }
}

/// How a plan ended, in words.
pub(crate) fn outcome(outcome: Option<cairn_core::Outcome>) -> &'static str {
    match outcome {
        Some(cairn_core::Outcome::Promoted) => "Promoted",
        Some(cairn_core::Outcome::NotYet) => "Not yet",
        Some(cairn_core::Outcome::ChangedDirection) => "Changed direction",
        Some(cairn_core::Outcome::Paused) => "Paused",
        None => "Closed",
    }
}

/// "today", "tomorrow", "in 12 days", "3 days ago".
pub(crate) fn countdown(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

/// "Week 49 (30 Nov – 6 Dec 2026)".
pub(crate) fn week(w: &cairn_core::WeekSpan) -> String {
    format!("Week {} ({} – {})", w.number, w.monday.format("%-d %b"), day(w.sunday))
}

/// "Confidence 4/5 · energy 3/5", or "" when neither was set.
pub(crate) fn feeling(confidence: Option<u8>, energy: Option<u8>) -> String {
    let parts: Vec<String> = [("Confidence", confidence), ("energy", energy)]
        .into_iter()
        .filter_map(|(label, v)| v.map(|v| format!("{label} {v}/5")))
        .collect();
    let joined = parts.join(" · ");
    let mut chars = joined.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub(crate) fn maybe_day(date: Option<NaiveDate>) -> String {
    date.map(day).unwrap_or_default()
}

pub(crate) fn long_day(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

pub(crate) fn levels(plan: &Plan) -> String {
    match (plan.current_level.is_empty(), plan.target_level.is_empty()) {
        (false, false) => format!("{} → {}", plan.current_level, plan.target_level),
        (true, false) => format!("Towards {}", plan.target_level),
        (false, true) => plan.current_level.clone(),
        (true, true) => String::new(),
    }
}

pub(crate) fn track(track: Track) -> &'static str {
    match track {
        Track::Ic => "Individual contributor",
        Track::Manager => "Engineering manager",
        Track::Hybrid => "Tech lead (hybrid)",
    }
}

pub(crate) fn window(plan: &Plan) -> String {
    format!("{} – {}", day(plan.start_date), day(plan.end_date))
}

fn plural(n: i64, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Where `today` stands in the window: "181 days left", "starts in 12 days", "ended 3 days ago".
pub(crate) fn time_left(plan: &Plan, today: NaiveDate) -> String {
    if today < plan.start_date {
        format!("starts in {}", plural((plan.start_date - today).num_days(), "day"))
    } else if today > plan.end_date {
        format!("ended {} ago", plural((today - plan.end_date).num_days(), "day"))
    } else {
        match (plan.end_date - today).num_days() {
            0 => "last day".into(),
            n => format!("{} left", plural(n, "day")),
        }
    }
}

pub(crate) fn level_pair(current: u8, target: u8) -> String {
    format!("{} {} → {} {}", current, proficiency_label(current), target, proficiency_label(target))
}

pub(crate) fn stretch_status(status: StretchStatus) -> (&'static str, &'static str) {
    match status {
        StretchStatus::Proposed => ("Proposed", "muted"),
        StretchStatus::Agreed => ("Agreed", "muted"),
        StretchStatus::InProgress => ("In progress", "progress"),
        StretchStatus::Done => ("Done", "done"),
        StretchStatus::Dropped => ("Dropped", "muted"),
    }
}

pub(crate) fn milestone_status(status: MilestoneStatus, overdue: bool) -> (&'static str, &'static str) {
    if overdue {
        return ("Overdue", "danger");
    }
    match status {
        MilestoneStatus::Planned => ("Planned", "muted"),
        MilestoneStatus::InProgress => ("In progress", "progress"),
        MilestoneStatus::Done => ("Done", "done"),
        MilestoneStatus::Missed => ("Missed", "danger"),
        MilestoneStatus::Dropped => ("Dropped", "muted"),
    }
}

pub(crate) fn feedback_kind(kind: FeedbackKind) -> (&'static str, &'static str) {
    match kind {
        FeedbackKind::Praise => ("Praise", "done"),
        FeedbackKind::Constructive => ("Constructive", "warn"),
    }
}

/// What a piece of evidence is, in a document.
pub(crate) fn evidence_kind(kind: cairn_core::EvidenceKind) -> &'static str {
    match kind {
        cairn_core::EvidenceKind::Win => "Win",
        cairn_core::EvidenceKind::Feedback => "Feedback",
        cairn_core::EvidenceKind::Milestone => "Milestone",
        cairn_core::EvidenceKind::Stretch => "Stretch assignment",
        cairn_core::EvidenceKind::MentoringSession => "Mentoring session",
        cairn_core::EvidenceKind::Visibility => "Visibility",
        cairn_core::EvidenceKind::FeedbackRequest => "Feedback asked for",
        cairn_core::EvidenceKind::FeedbackGiven => "Feedback given",
    }
}

/// An evidence item's title, with the mentee (as the core chose to name them) for a session.
pub(crate) fn evidence_title(ev: &cairn_core::EvidenceItem) -> String {
    match &ev.mentee {
        Some(mentee) => format!("{} ({mentee})", ev.title),
        None => ev.title.clone(),
    }
}

/// A person's stance towards the person's growth, as the plan document says it.
pub(crate) fn stance(stance: cairn_core::Stance) -> &'static str {
    match stance {
        cairn_core::Stance::Champion => "Champion",
        cairn_core::Stance::Supporter => "Supporter",
        cairn_core::Stance::Neutral => "Neutral",
        cairn_core::Stance::Skeptic => "Skeptic",
        cairn_core::Stance::Blocker => "Blocker",
    }
}
