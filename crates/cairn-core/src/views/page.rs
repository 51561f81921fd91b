//! Pages of a long list. Ten years of a brag log is hundreds of wins; a screen shows the newest
//! page and reads more when asked, so opening it costs the same at week one and at year ten.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// The most rows one page may ask for.
pub const PAGE_MAX: u32 = 500;

/// Which part of a list to read: `limit` rows after skipping `offset`, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageRequest {
    #[serde(default)]
    pub offset: u32,
    pub limit: u32,
    /// Make the page long enough to hold this row (a link to an item further down the list); a row
    /// that is not in the list changes nothing.
    #[ts(type = "number | null")]
    #[serde(default)]
    pub through: Option<i64>,
}

impl PageRequest {
    /// The first `limit` rows.
    pub fn first(limit: u32) -> Self {
        PageRequest { offset: 0, limit, through: None }
    }

    /// The limit, once checked: a page holds 1 to [`PAGE_MAX`] rows.
    pub(crate) fn checked_limit(&self) -> Result<u32> {
        if self.limit == 0 || self.limit > PAGE_MAX {
            return Err(Error::validation(
                "limit",
                format!("A page holds 1 to {PAGE_MAX} rows; {} was asked for.", self.limit),
            ));
        }
        Ok(self.limit)
    }

    /// The limit stretched so that the row at `position` (0-based, in the whole list) is on the
    /// page, when `through` asked for it.
    pub(crate) fn limit_through(&self, position: Option<u32>) -> Result<u32> {
        let limit = self.checked_limit()?;
        Ok(match position {
            Some(p) if p >= self.offset => limit.max(p - self.offset + 1),
            _ => limit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_holds_one_to_the_maximum_rows() {
        assert_eq!(PageRequest::first(0).checked_limit().err().and_then(|e| e.field()), Some("limit"));
        assert_eq!(
            PageRequest::first(PAGE_MAX + 1).checked_limit().err().map(|e| e.to_string()).as_deref(),
            Some("A page holds 1 to 500 rows; 501 was asked for.")
        );
        assert_eq!(PageRequest::first(50).checked_limit().unwrap(), 50);
    }

    #[test]
    fn through_stretches_the_page_to_reach_its_row() {
        let p = PageRequest { offset: 0, limit: 50, through: Some(7) };
        assert_eq!(p.limit_through(None).unwrap(), 50);
        assert_eq!(p.limit_through(Some(10)).unwrap(), 50);
        assert_eq!(p.limit_through(Some(120)).unwrap(), 121);
        let later = PageRequest { offset: 50, limit: 50, through: Some(7) };
        assert_eq!(later.limit_through(Some(10)).unwrap(), 50, "a row before the page changes nothing");
        assert_eq!(later.limit_through(Some(149)).unwrap(), 100);
    }
}
