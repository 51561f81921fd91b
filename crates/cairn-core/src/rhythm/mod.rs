//! The rhythm that brings the person back: the weekly reflection and the ISO weeks it is kept by,
//! the monthly review, the review cycle's dates, and the reminders that bring each dated thing
//! to mind.

pub(crate) mod cycle;
pub(crate) mod monthly_review;
pub(crate) mod reflection;
pub(crate) mod reflection_line;
pub(crate) mod reminder;
pub(crate) mod reminder_due;
pub(crate) mod week;
pub(crate) mod week_facts;
