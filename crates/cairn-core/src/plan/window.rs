//! The plan window: a growth plan runs from 6 to 12 calendar months. "Calendar months" means
//! 2026-01-15 → 2026-07-15 is exactly six months, and month ends clamp (Aug 31 + 6 months = Feb 28).

use crate::error::{Error, Result};
use chrono::{Months, NaiveDate};

/// The shortest window a plan may have, in calendar months.
pub const MIN_WINDOW_MONTHS: u32 = 6;
/// The longest window a plan may have, in calendar months.
pub const MAX_WINDOW_MONTHS: u32 = 12;

/// A validated plan window: `start < end`, and `end` within 6..=12 calendar months of `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanWindow {
    start: NaiveDate,
    end: NaiveDate,
}

impl PlanWindow {
    /// Checks the window rules and says precisely what is wrong and how to fix it.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self> {
        if end <= start {
            return Err(Error::validation("endDate", "The end date must be after the start date."));
        }
        let earliest = add_months(start, MIN_WINDOW_MONTHS);
        let latest = add_months(start, MAX_WINDOW_MONTHS);
        if end < earliest {
            return Err(Error::validation(
                "endDate",
                format!(
                    "The window is {}; a growth plan runs 6 to 12 months. Move the end date to {earliest} or later.",
                    describe_span(start, end)
                ),
            ));
        }
        if end > latest {
            return Err(Error::validation(
                "endDate",
                format!(
                    "The window is {}; a growth plan runs 6 to 12 months. Move the end date to {latest} or earlier.",
                    describe_span(start, end)
                ),
            ));
        }
        Ok(Self { start, end })
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    pub fn end(&self) -> NaiveDate {
        self.end
    }
}

/// Parses a `YYYY-MM-DD` date typed or picked by the person.
pub(crate) fn parse_date(field: &'static str, label: &str, value: &str) -> Result<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::validation(field, format!("Choose the {label}.")));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| Error::validation(field, format!("“{value}” is not a valid {label}; use the form YYYY-MM-DD.")))
}

/// `start` plus `months` calendar months, clamping to the month's last day. Saturates at the far
/// future rather than panicking on absurd years.
fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    start.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// "5 months and 29 days", "13 months", "1 month and 1 day": whole calendar months, then days.
fn describe_span(start: NaiveDate, end: NaiveDate) -> String {
    let mut months = 0u32;
    while months < 1200 && add_months(start, months + 1) <= end {
        months += 1;
    }
    let days = (end - add_months(start, months)).num_days();
    let m = plural(i64::from(months), "month");
    match (months, days) {
        (0, d) => plural(d, "day"),
        (_, 0) => m,
        (_, d) => format!("{m} and {}", plural(d, "day")),
    }
}

fn plural(n: i64, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn err(start: &str, end: &str) -> String {
        PlanWindow::new(d(start), d(end)).unwrap_err().to_string()
    }

    #[test]
    fn exactly_six_and_exactly_twelve_months_are_allowed() {
        assert!(PlanWindow::new(d("2026-01-15"), d("2026-07-15")).is_ok());
        assert!(PlanWindow::new(d("2026-01-15"), d("2027-01-15")).is_ok());
        assert!(PlanWindow::new(d("2026-03-01"), d("2026-12-01")).is_ok());
    }

    #[test]
    fn five_months_is_too_short_and_says_when_to_end() {
        assert_eq!(
            err("2026-01-15", "2026-06-15"),
            "The window is 5 months; a growth plan runs 6 to 12 months. Move the end date to 2026-07-15 or later."
        );
        assert_eq!(
            err("2026-01-15", "2026-07-14"),
            "The window is 5 months and 29 days; a growth plan runs 6 to 12 months. Move the end date to 2026-07-15 or later."
        );
    }

    #[test]
    fn thirteen_months_is_too_long_and_says_when_to_end() {
        assert_eq!(
            err("2026-01-15", "2027-02-15"),
            "The window is 13 months; a growth plan runs 6 to 12 months. Move the end date to 2027-01-15 or earlier."
        );
        assert_eq!(
            err("2026-01-15", "2027-01-16"),
            "The window is 12 months and 1 day; a growth plan runs 6 to 12 months. Move the end date to 2027-01-15 or earlier."
        );
    }

    #[test]
    fn end_before_or_on_start_is_its_own_error() {
        assert_eq!(err("2026-05-01", "2026-04-30"), "The end date must be after the start date.");
        assert_eq!(err("2026-05-01", "2026-05-01"), "The end date must be after the start date.");
        let e = PlanWindow::new(d("2026-05-01"), d("2026-04-30")).unwrap_err();
        assert_eq!(e.field(), Some("endDate"));
    }

    #[test]
    fn month_ends_clamp_like_a_calendar() {
        // Aug 31 + 6 months is Feb 28 (no Feb 31), so Feb 28 is a full six months.
        assert!(PlanWindow::new(d("2026-08-31"), d("2027-02-28")).is_ok());
        assert!(PlanWindow::new(d("2026-08-31"), d("2027-02-27")).is_err());
    }

    #[test]
    fn short_spans_are_described_in_days() {
        assert_eq!(describe_span(d("2026-01-01"), d("2026-01-02")), "1 day");
        assert_eq!(describe_span(d("2026-01-01"), d("2026-02-02")), "1 month and 1 day");
    }

    #[test]
    fn dates_must_be_iso_and_present() {
        assert_eq!(parse_date("startDate", "start date", "").unwrap_err().to_string(), "Choose the start date.");
        let e = parse_date("startDate", "start date", "2026-02-30").unwrap_err();
        assert_eq!(e.to_string(), "“2026-02-30” is not a valid start date; use the form YYYY-MM-DD.");
        assert_eq!(parse_date("startDate", "start date", " 2026-02-28 ").unwrap(), d("2026-02-28"));
    }

    #[test]
    fn absurd_years_do_not_panic() {
        assert!(PlanWindow::new(NaiveDate::MAX, NaiveDate::MAX).is_err());
        assert!(PlanWindow::new(NaiveDate::MIN, NaiveDate::MAX).is_err());
    }
}
