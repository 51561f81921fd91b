//! The calendar file as a calendar program reads it: parsed back with an iCalendar library (not
//! our writer), its events, their stable UIDs across two exports, the escaping of awkward names,
//! and nothing private in it.

use std::collections::BTreeMap;
use std::sync::Arc;

use cairn_core::{
    CycleDateInput, CycleKind, DayOfWeek, FixedClock, MilestoneInput, MilestoneStatus, NewOneOnOne, OneOnOneInput,
    PlanInput, PlanStatus, ReflectionSlot, Relationship, StakeholderInput, Stance, Store, Track,
};
use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};

/// Names a calendar file has to escape: commas, semicolons, backslashes, quotes, non-Latin
/// script, and one long enough to fold.
const AWKWARD: &[&str] = &[
    "Ship v2, then v3; then rest",
    r"Fix C:\builds\nightly",
    "Present \"Search 2.0\" to the org",
    "検索の改善を発表する",
    "A milestone whose title is long enough that its SUMMARY line must be folded — twice, if the writer is right",
];

fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()));
    (Store::open_with_clock(dir.path().join("cairn.db"), clock).unwrap(), dir)
}

fn milestone(title: &str, due: &str) -> MilestoneInput {
    MilestoneInput {
        title: title.into(),
        due_date: due.into(),
        status: MilestoneStatus::Planned,
        completed_date: String::new(),
        skill_id: None,
        stretch_id: None,
        cycle_date_id: None,
        evidence: String::new(),
    }
}

/// Summary → (UID, start) of every event in the file.
fn events(ics: &str) -> BTreeMap<String, (String, DatePerhapsTime)> {
    let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("not a calendar: {e}\n{ics}"));
    calendar
        .events()
        .map(|e| {
            let summary = e.get_summary().expect("every event has a summary").to_owned();
            (summary, (e.get_uid().expect("every event has a UID").to_owned(), e.get_start().expect("a start")))
        })
        .collect()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_plan_reads_back_as_events_with_awkward_names_intact_and_nothing_private() {
    let (s, _dir) = store();
    let plan = s
        .create_plan(&PlanInput {
            title: "Road to Senior, part 2; the sequel".into(),
            goal: String::new(),
            start_date: "2026-09-01".into(),
            end_date: "2027-05-31".into(),
            current_level: "Mid".into(),
            target_level: "Senior".into(),
            track: Track::Ic,
            status: PlanStatus::Active,
        })
        .unwrap();
    for (i, title) in AWKWARD.iter().enumerate() {
        s.create_milestone(plan.id, &milestone(title, &format!("2027-01-{:02}", i + 10))).unwrap();
    }
    s.create_cycle_date(
        plan.id,
        &CycleDateInput { kind: CycleKind::Calibration, name: String::new(), date: "2027-04-20".into() },
    )
    .unwrap();
    let dana = s
        .create_stakeholder(&StakeholderInput {
            name: "Dana O'Neil, PhD".into(),
            role: "Manager".into(),
            relationship: Relationship::Manager,
            influence: 5,
            interest: 5,
            stance: Stance::Skeptic,
            cares_about: "SECRET-CARES: wants fewer incidents".into(),
            cadence_days: Some(14),
        })
        .unwrap();
    let meeting = s
        .create_one_on_one(
            plan.id,
            &NewOneOnOne { stakeholder_id: dana.id, date: "2026-11-24".into(), time: "10:30".into() },
        )
        .unwrap();
    s.update_one_on_one(
        meeting.id,
        &OneOnOneInput {
            date: "2026-11-24".into(),
            time: "10:30".into(),
            notes: "SECRET-NOTES: thinking of leaving".into(),
        },
    )
    .unwrap();
    s.set_reflection_slot(&ReflectionSlot { day: DayOfWeek::Thursday, time: "16:45".into() }).unwrap();

    let (ics, name) = cairn_report::render_calendar(&s.calendar(plan.id).unwrap());
    assert_eq!(name, "Road to Senior, part 2; the sequel calendar.ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
        assert!(!line.contains('\n'), "bare LF inside a line");
    }
    assert!(!ics.contains("SECRET"), "private notes never leave Cairn:\n{ics}");
    assert!(!ics.contains("Skeptic") && !ics.contains("skeptic"), "nor a person's stance");

    let found = events(&ics);
    for (i, title) in AWKWARD.iter().enumerate() {
        let (_, start) = &found[&format!("Milestone: {title}")];
        assert_eq!(start, &DatePerhapsTime::Date(day(&format!("2027-01-{:02}", i + 10))), "{title}");
    }
    assert_eq!(found["Calibration"].1, DatePerhapsTime::Date(day("2027-04-20")));
    let (_, at) = &found["One-on-one with Dana O'Neil, PhD"];
    let ten_thirty = day("2026-11-24").and_hms_opt(10, 30, 0).unwrap();
    assert_eq!(at, &DatePerhapsTime::DateTime(CalendarDateTime::Floating(ten_thirty)));
    // Never met, so the first check-in is due now.
    assert_eq!(found["Check in with Dana O'Neil, PhD"].1, DatePerhapsTime::Date(day("2026-11-21")));

    // The weekly reflection repeats on the chosen day and time until the plan ends.
    let calendar: Calendar = ics.parse().unwrap();
    let weekly = calendar
        .events()
        .find(|e| e.get_summary().is_some_and(|t| t.starts_with("Weekly reflection")))
        .expect("the weekly reflection");
    let first_thursday = day("2026-09-03").and_hms_opt(16, 45, 0).unwrap();
    assert_eq!(weekly.get_start(), Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(first_thursday))));
    assert_eq!(weekly.property_value("RRULE"), Some("FREQ=WEEKLY;UNTIL=20270531T235959"));
    assert_eq!(found.len(), AWKWARD.len() + 4);
}

#[test]
fn a_newer_export_keeps_every_uid_so_a_calendar_updates_instead_of_duplicating() {
    let (s, _dir) = store();
    s.load_demo().unwrap();
    let plan = s.list_plans().unwrap()[0].id;
    let before = events(&cairn_report::render_calendar(&s.calendar(plan).unwrap()).0);

    // The person moves a milestone and adds one.
    let moved = s.list_milestones(plan).unwrap().into_iter().find(|m| m.due_date.is_some()).unwrap();
    let mut input = milestone(&moved.title, "2027-02-01");
    input.status = moved.status;
    input.completed_date = moved.completed_date.map(|d| d.to_string()).unwrap_or_default();
    input.skill_id = moved.skill_id;
    input.stretch_id = moved.stretch_id;
    input.cycle_date_id = moved.cycle_date_id;
    s.update_milestone(moved.id, &input).unwrap();
    s.create_milestone(plan, &milestone("Run the team retro", "2027-01-15")).unwrap();
    let after = events(&cairn_report::render_calendar(&s.calendar(plan).unwrap()).0);

    let uids = |e: &BTreeMap<String, (String, DatePerhapsTime)>| e.values().map(|(u, _)| u.clone()).collect::<Vec<_>>();
    let mut all = uids(&after);
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), count, "UIDs are unique within a file");
    for (summary, (uid, _)) in &before {
        assert_eq!(&after[summary].0, uid, "{summary} keeps its UID");
    }
    let key = before.keys().find(|k| k.contains(&moved.title)).unwrap();
    assert_eq!(after[key].1, DatePerhapsTime::Date(day("2027-02-01")), "same event, new date");
    assert_eq!(after.len(), before.len() + 1);

    // The same data in another data file (an export imported elsewhere) gives the same UIDs.
    let (copy, _dir2) = store();
    copy.import_json(&s.export_json().unwrap(), cairn_core::ImportMode::IntoEmpty).unwrap();
    assert_eq!(uids(&events(&cairn_report::render_calendar(&copy.calendar(plan).unwrap()).0)), uids(&after));
}
