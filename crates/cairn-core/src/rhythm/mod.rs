//! The rhythm that brings the person back: the weekly reflection and the ISO weeks it is kept by,
//! and the review cycle's dates.

pub(crate) mod cycle;
pub(crate) mod reflection;
pub(crate) mod reflection_line;
pub(crate) mod week;
pub(crate) mod week_facts;
