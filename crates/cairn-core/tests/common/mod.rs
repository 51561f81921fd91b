//! Fixtures shared by the store tests: a temp data dir, a pinned clock, a valid plan input.
// Each test file uses a different subset of these.
#![allow(dead_code)]

use std::sync::Arc;

use cairn_core::{FixedClock, PlanInput, PlanStatus, Store, Track};
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
