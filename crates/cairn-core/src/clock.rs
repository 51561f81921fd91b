//! One source of time for the whole core, so tests can pin "now" and "today".

use chrono::{DateTime, Local, NaiveDate, Utc};

/// Where the core reads the current instant and the person's calendar date from.
pub trait Clock: Send + Sync {
    /// The current instant, used for created/updated stamps.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date on the person's own calendar (local time zone), used for due dates and windows.
    fn today(&self) -> NaiveDate;
    /// The wall-clock time on the person's calendar (local time zone): when a reminder set for a
    /// time of day (the weekly reflection's) is due.
    fn local_now(&self) -> chrono::NaiveDateTime;
}

/// The machine's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }

    fn local_now(&self) -> chrono::NaiveDateTime {
        Local::now().naive_local()
    }
}

/// A clock that always says the same thing: for tests and reproducible demo data.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock {
    now: DateTime<Utc>,
}

impl FixedClock {
    /// A clock stopped at `now`; `today()` is `now`'s UTC date.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self { now }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.now
    }

    fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// `now` as UTC wall-clock time, so that it agrees with `today`.
    fn local_now(&self) -> chrono::NaiveDateTime {
        self.now.naive_utc()
    }
}
