//! Cairn's core: the growth-plan domain, its validation, and the SQLite store that keeps it.
//!
//! Architecture invariant: this crate knows neither Tauri nor any UI. It takes plain Rust values,
//! validates them at its boundary and returns plain values or an [`Error`] with a stable code.

// Library code never unwraps: user data must not be able to panic the app. Tests may.
#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod clock;
mod error;
mod learning;
mod migrations;
mod plan;
mod skill;
mod stakeholder;
mod store;
mod text;
mod text_enum;
mod window;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Result};
pub use learning::{ActionStatus, LearningAction, LearningActionInput, LearningBalance, LearningKind};
pub use migrations::SCHEMA_VERSION;
pub use plan::{Plan, PlanInput, PlanStatus, Track};
pub use skill::{PROFICIENCY_SCALE, ProficiencyLevel, Skill, SkillCategory, SkillInput, proficiency_label};
pub use stakeholder::{
    CheckIn, CheckInState, Interaction, InteractionInput, InteractionKind, Quadrant, Relationship, Stakeholder,
    StakeholderInput, Stance,
};
pub use store::Store;
pub use window::{MAX_WINDOW_MONTHS, MIN_WINDOW_MONTHS, PlanWindow};
