//! Optional dates as people type them: empty means "no date".

use chrono::NaiveDate;

use crate::error::Result;
use crate::window::parse_date;

/// `None` for an empty field, else the time of day as stored (`09:30`); `9:30` and `09:30:00` are
/// read too. Anything else is a validation error on `field`.
pub(crate) fn optional_time(field: &'static str, value: &str) -> Result<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    chrono::NaiveTime::parse_from_str(value, "%H:%M")
        .or_else(|_| chrono::NaiveTime::parse_from_str(value, "%H:%M:%S"))
        .map(|t| Some(t.format("%H:%M").to_string()))
        .map_err(|_| {
            crate::error::Error::validation(field, format!("“{value}” is not a time of day; write it as 14:30."))
        })
}

/// `None` for an empty field, else the parsed date (or a validation error on `field`).
pub(crate) fn optional_date(field: &'static str, label: &str, value: &str) -> Result<Option<NaiveDate>> {
    if value.trim().is_empty() { Ok(None) } else { parse_date(field, label, value).map(Some) }
}
