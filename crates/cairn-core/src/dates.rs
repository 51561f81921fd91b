//! Optional dates as people type them: empty means "no date".

use chrono::NaiveDate;

use crate::error::Result;
use crate::window::parse_date;

/// `None` for an empty field, else the parsed date (or a validation error on `field`).
pub(crate) fn optional_date(field: &'static str, label: &str, value: &str) -> Result<Option<NaiveDate>> {
    if value.trim().is_empty() { Ok(None) } else { parse_date(field, label, value).map(Some) }
}
