//! Fixtures shared by the store tests: a temp data dir, a pinned clock, a valid plan input.
// Each test file uses a different subset of these.
#![allow(dead_code)]

use std::sync::Arc;

use cairn_core::{
    FixedClock, MilestoneInput, MilestoneStatus, PlanInput, PlanStatus, SkillCategory, SkillInput, Store, Track,
    WinInput,
};
use chrono::{TimeZone, Utc};
use tempfile::TempDir;

pub struct TempStore {
    pub store: Store,
    pub dir: TempDir,
}

pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()))
}

pub fn temp_store() -> TempStore {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with_clock(dir.path().join("cairn.db"), clock()).unwrap();
    TempStore { store, dir }
}

pub fn input(title: &str, start: &str, end: &str) -> PlanInput {
    PlanInput {
        title: title.into(),
        goal: "Lead the payments re-architecture and be promoted.".into(),
        start_date: start.into(),
        end_date: end.into(),
        current_level: "Mid-level".into(),
        target_level: "Senior".into(),
        track: Track::Ic,
        status: PlanStatus::Active,
    }
}

/// A milestone with a title, a due date ("" for none) and a status, linked to nothing.
pub fn milestone_input(title: &str, due: &str, status: MilestoneStatus) -> MilestoneInput {
    MilestoneInput {
        title: title.into(),
        due_date: due.into(),
        status,
        completed_date: String::new(),
        skill_id: None,
        stretch_id: None,
        cycle_date_id: None,
        evidence: String::new(),
    }
}

/// A win with a title on a date, without figures or skills.
pub fn win_input(title: &str, date: &str) -> WinInput {
    WinInput {
        date: date.into(),
        title: title.into(),
        situation: String::new(),
        my_part: String::new(),
        what_happened: String::new(),
        metric: String::new(),
        baseline: None,
        result: None,
        unit: String::new(),
        impact_note: String::new(),
        witnesses: String::new(),
        skill_ids: vec![],
    }
}

/// A technical-depth skill at `current`, aiming for `target`.
pub fn skill_input(name: &str, current: i64, target: i64) -> SkillInput {
    SkillInput {
        name: name.into(),
        category: SkillCategory::TechnicalDepth,
        current_level: current,
        target_level: target,
        why: String::new(),
        notes: String::new(),
    }
}
