//! Read models the screens open with: the dashboard, search, and a page of a long list.

pub(crate) mod dashboard;
pub(crate) mod page;
pub(crate) mod search;
