//! Property tests: whatever a person types, the store either keeps it exactly (after trimming) or
//! refuses it with a validation error; it never panics and never half-writes.

mod common;

use cairn_core::{ErrorCode, PlanInput, PlanStatus, Track};
use chrono::{Days, Months, NaiveDate};
use common::temp_store;
use proptest::prelude::*;

fn track() -> impl Strategy<Value = Track> {
    prop_oneof![Just(Track::Ic), Just(Track::Manager), Just(Track::Hybrid)]
}

fn status() -> impl Strategy<Value = PlanStatus> {
    prop_oneof![
        Just(PlanStatus::Draft),
        Just(PlanStatus::Active),
        Just(PlanStatus::Completed),
        Just(PlanStatus::Archived)
    ]
}

/// A valid plan: a start date in 2000..2060, an end 6..=12 months later.
fn valid_input() -> impl Strategy<Value = PlanInput> {
    (
        "[\\p{L}\\p{N}][\\p{L}\\p{N} .,'’→-]{0,150}",
        "[\\p{L}\\p{N} .,\n]{0,300}",
        0u64..(60 * 365),
        6u32..=12,
        0u64..28,
        "[A-Za-z][A-Za-z ]{0,30}",
        track(),
        status(),
    )
        .prop_map(|(title, goal, offset, months, slack, level, track, status)| {
            let start = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(offset);
            let mut end = start + Months::new(months);
            if months < 12 {
                end = end + Days::new(slack);
            }
            PlanInput {
                title,
                goal,
                start_date: start.to_string(),
                end_date: end.to_string(),
                current_level: level.clone(),
                target_level: format!("{level} II"),
                track,
                status,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn valid_plans_round_trip_through_the_store(input in valid_input()) {
        let t = temp_store();
        let created = t.store.create_plan(&input).unwrap();
        let read = t.store.get_plan(created.id).unwrap();
        prop_assert_eq!(&read, &created);
        prop_assert_eq!(read.title.as_str(), input.title.trim());
        prop_assert_eq!(read.goal.as_str(), input.goal.trim());
        prop_assert_eq!(read.start_date.to_string(), input.start_date);
        prop_assert_eq!(read.end_date.to_string(), input.end_date);
        prop_assert_eq!((read.track, read.status), (input.track, input.status));
    }

    #[test]
    fn arbitrary_text_is_kept_or_refused_but_never_panics(
        title in "\\PC{0,220}|[\\x00-\\x1f]{1,4}",
        start in "\\PC{0,12}",
        end in "[0-9-]{0,12}",
    ) {
        let t = temp_store();
        let input = PlanInput {
            title,
            goal: String::new(),
            start_date: start,
            end_date: end,
            current_level: "Mid".into(),
            target_level: "Senior".into(),
            track: Track::Ic,
            status: PlanStatus::Draft,
        };
        match t.store.create_plan(&input) {
            Ok(plan) => prop_assert_eq!(t.store.list_plans().unwrap(), vec![plan]),
            Err(e) => {
                prop_assert_eq!(e.code(), ErrorCode::Validation);
                prop_assert!(t.store.list_plans().unwrap().is_empty());
            }
        }
    }
}
