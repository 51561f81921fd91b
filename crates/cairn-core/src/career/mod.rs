//! The career framework: reading a company's ladder from a file, keeping it, a plan's levels and
//! evidence on it, readiness, and self-assessments.

pub(crate) mod assessment;
pub(crate) mod builtin;
pub(crate) mod framework;
pub(crate) mod framework_file;
pub(crate) mod framework_markdown;
pub(crate) mod ladder;
pub(crate) mod readiness;
pub(crate) mod self_review;
pub(crate) mod self_review_draft;
