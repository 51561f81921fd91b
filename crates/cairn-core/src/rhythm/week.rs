//! ISO weeks, the unit of the weekly reflection: Monday to Sunday, numbered 1–52 or 53, with the
//! year the week's Thursday falls in. So 2026-12-31 (a Thursday) is in 2026-W53 and 2027-01-03 is
//! too, while 2024-12-30 (a Monday) is in 2025-W01. Written as `2026-W49`, which sorts as it reads.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// One ISO week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    year: i32,
    week: u32,
}

impl IsoWeek {
    /// The week `day` falls in.
    pub fn of(day: NaiveDate) -> Self {
        let w = day.iso_week();
        IsoWeek { year: w.year(), week: w.week() }
    }

    /// Reads `2026-W49` (also `2026-w49`); any other text, or a week the year does not have
    /// (2026-W54, 2027-W53), is a validation error on `field`.
    pub fn parse(field: &'static str, text: &str) -> Result<Self> {
        let bad = || Error::validation(field, format!("“{text}” is not a week; write it as 2026-W49."));
        let (year, week) = text.trim().split_once(['W', 'w']).ok_or_else(bad)?;
        let year = year.strip_suffix('-').ok_or_else(bad)?;
        if year.len() != 4 || week.len() != 2 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let week: u32 = week.parse().map_err(|_| bad())?;
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(bad)?;
        Ok(IsoWeek { year, week })
    }

    /// Its Monday.
    pub fn monday(self) -> NaiveDate {
        // Every IsoWeek is made by `of` or checked by `parse`, so the Monday exists.
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon).unwrap_or(NaiveDate::MIN)
    }

    /// Its Sunday.
    pub fn sunday(self) -> NaiveDate {
        self.monday() + Days::new(6)
    }

    /// Whether `day` is in this week.
    pub fn contains(self, day: NaiveDate) -> bool {
        IsoWeek::of(day) == self
    }

    /// The week after.
    pub fn next(self) -> Self {
        IsoWeek::of(self.monday() + Days::new(7))
    }

    /// The week before.
    pub fn previous(self) -> Self {
        IsoWeek::of(self.monday() - Days::new(7))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn number(self) -> u32 {
        self.week
    }

    /// The weeks from `first` to `last`, both included (empty when `last` comes first).
    pub fn range(first: IsoWeek, last: IsoWeek) -> impl Iterator<Item = IsoWeek> {
        std::iter::successors(Some(first), |w| Some(w.next())).take_while(move |w| *w <= last)
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-W{:02}", self.year, self.week)
    }
}

/// A week as the screens show it: its key and the days it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekSpan {
    /// `2026-W49`.
    pub week: String,
    pub number: u32,
    pub monday: NaiveDate,
    pub sunday: NaiveDate,
}

impl From<IsoWeek> for WeekSpan {
    fn from(w: IsoWeek) -> Self {
        WeekSpan { week: w.to_string(), number: w.week, monday: w.monday(), sunday: w.sunday() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weeks_across_year_ends_belong_to_the_year_of_their_thursday() {
        // 2026 has 53 weeks: its last week runs Mon 28 Dec 2026 – Sun 3 Jan 2027.
        assert_eq!(IsoWeek::of(day(2026, 12, 31)).to_string(), "2026-W53");
        assert_eq!(IsoWeek::of(day(2027, 1, 3)).to_string(), "2026-W53");
        assert_eq!(IsoWeek::of(day(2027, 1, 4)).to_string(), "2027-W01");
        // A Monday in December can open week 1 of the next year.
        assert_eq!(IsoWeek::of(day(2024, 12, 30)).to_string(), "2025-W01");
        assert_eq!(IsoWeek::of(day(2021, 1, 3)).to_string(), "2020-W53");
        let w53 = IsoWeek::parse("week", "2026-W53").unwrap();
        assert_eq!((w53.monday(), w53.sunday()), (day(2026, 12, 28), day(2027, 1, 3)));
        assert_eq!(w53.next().to_string(), "2027-W01");
        assert_eq!(w53.next().previous(), w53);
        assert!(w53.contains(day(2027, 1, 2)));
    }

    #[test]
    fn parsing_refuses_weeks_a_year_does_not_have() {
        assert_eq!(IsoWeek::parse("w", "2026-w49").unwrap().to_string(), "2026-W49");
        for bad in ["2027-W53", "2026-W54", "2026-W00", "2026-W5", "26-W05", "2026W05", "", "W05-2026"] {
            let err = IsoWeek::parse("week", bad).unwrap_err();
            assert_eq!(err.field(), Some("week"), "{bad}");
        }
    }

    #[test]
    fn a_range_counts_every_week_once_across_the_new_year() {
        let weeks: Vec<String> = IsoWeek::range(IsoWeek::of(day(2026, 12, 14)), IsoWeek::of(day(2027, 1, 12)))
            .map(|w| w.to_string())
            .collect();
        assert_eq!(weeks, ["2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
        assert_eq!(IsoWeek::range(IsoWeek::of(day(2027, 1, 12)), IsoWeek::of(day(2026, 12, 14))).count(), 0);
    }
}
