//! The documents' content, decided in the core: which records each section holds on the day the
//! document is for, what a left-out or private section leaves behind (nothing), and how long lists
//! are cut. The report crate only lays these models out.

mod common;

use cairn_core::{
    BRIEF_ROWS, BriefRequest, BriefSection, InteractionInput, InteractionKind, MilestoneInput, MilestoneStatus,
    PlanSection, Relationship, SkillCategory, SkillInput, Stakeholder, StakeholderInput, Stance, Store, WinInput,
};
use chrono::NaiveDate;
use common::{input, temp_store};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(store: &Store, name: &str, cadence: Option<i64>, last_met: Option<&str>) -> Stakeholder {
    let p = store
        .create_stakeholder(&StakeholderInput {
            name: name.into(),
            role: "Staff engineer".into(),
            relationship: Relationship::Peer,
            influence: 4,
            interest: 4,
            stance: Stance::Champion,
            cares_about: "On-call load".into(),
            cadence_days: cadence,
        })
        .unwrap();
    if let Some(date) = last_met {
        store
            .log_interaction(
                p.id,
                &InteractionInput { date: date.into(), kind: InteractionKind::CheckIn, notes: String::new() },
            )
            .unwrap();
    }
    p
}

fn milestone(store: &Store, plan: i64, title: &str, due: &str, status: MilestoneStatus) {
    // Done milestones were finished before the clock's day (a completion date is never ahead).
    let completed = if status == MilestoneStatus::Done { "2026-11-10" } else { "" };
    store
        .create_milestone(
            plan,
            &MilestoneInput {
                title: title.into(),
                due_date: due.into(),
                status,
                completed_date: completed.into(),
                skill_id: None,
                stretch_id: None,
                evidence: String::new(),
                cycle_date_id: None,
            },
        )
        .unwrap();
}

fn win(store: &Store, plan: i64, title: &str, date: &str) {
    store
        .create_win(
            plan,
            &WinInput {
                date: date.into(),
                title: title.into(),
                situation: String::new(),
                my_part: String::new(),
                what_happened: String::new(),
                metric: String::new(),
                baseline: None,
                result: None,
                unit: String::new(),
                impact_note: String::new(),
                witnesses: String::new(),
                skill_ids: Vec::new(),
            },
        )
        .unwrap();
}

fn request(plan: i64, person: i64, date: &str) -> BriefRequest {
    BriefRequest { plan_id: plan, date: date.into(), stakeholder_id: person }
}

#[test]
fn check_ins_in_a_brief_are_judged_on_the_day_of_the_meeting_not_the_day_it_is_printed() {
    let t = temp_store(); // the clock says 2026-11-21
    let plan = t.store.create_plan(&input("Plan", "2026-09-01", "2027-06-01")).unwrap().id;
    let manager = person(&t.store, "Priya", None, None);
    // Every three weeks, last met 14 Nov: due on 5 Dec, two weeks after the clock's day.
    let ana = person(&t.store, "Ana", Some(21), Some("2026-11-14"));
    assert!(!t.store.get_stakeholder(ana.id).unwrap().check_in.state.is_due(), "not due in the week of the clock");

    let due = |date: &str| {
        t.store
            .brief(&request(plan, manager.id, date))
            .unwrap()
            .check_ins
            .unwrap()
            .shown
            .into_iter()
            .collect::<Vec<_>>()
    };
    // A meeting on 10 Dec: Ana's check-in is five days overdue by then.
    let later = due("2026-12-10");
    assert_eq!(later.len(), 1, "{later:?}");
    assert_eq!((later[0].name.as_str(), later[0].days_until_due), ("Ana", -5));
    // A meeting on 15 Nov: twenty days to go, not due.
    assert!(due("2026-11-15").is_empty());
}

#[test]
fn coming_up_is_what_is_open_overdue_or_due_within_the_agendas_look_ahead() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-09-01", "2027-06-01")).unwrap().id;
    let manager = person(&t.store, "Priya", None, None);
    milestone(&t.store, plan, "Late", "2026-11-30", MilestoneStatus::InProgress);
    milestone(&t.store, plan, "On the horizon", "2026-12-29", MilestoneStatus::Planned);
    milestone(&t.store, plan, "Past the horizon", "2026-12-30", MilestoneStatus::Planned);
    milestone(&t.store, plan, "Finished", "2026-12-05", MilestoneStatus::Done);
    milestone(&t.store, plan, "Given up", "2026-12-05", MilestoneStatus::Dropped);

    // The meeting is on 1 Dec; the look-ahead is 28 days (to 29 Dec).
    let coming = t.store.brief(&request(plan, manager.id, "2026-12-01")).unwrap().coming_up.unwrap();
    let titles =
        |rows: &cairn_core::Rows<cairn_core::Milestone>| rows.shown.iter().map(|m| m.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&coming.overdue), ["Late"]);
    assert_eq!(titles(&coming.due), ["On the horizon"]);
}

#[test]
fn a_left_out_or_private_section_is_not_in_the_brief_and_long_lists_are_cut_after_counting() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-09-01", "2027-06-01")).unwrap().id;
    let manager = person(&t.store, "Priya", None, None);
    for n in 0..15 {
        win(&t.store, plan, &format!("Win {n}"), &format!("2026-10-{:02}", n + 1));
    }
    let full = t.store.brief(&request(plan, manager.id, "2026-11-23")).unwrap();
    let since = full.preview().into_iter().find(|p| p.section == BriefSection::SinceLast).unwrap();
    assert!(since.summary.contains("15 wins"), "{}", since.summary);
    let notes = full.preview().into_iter().find(|p| p.section == BriefSection::Notes).unwrap();
    assert!(notes.private);

    let kept = full.keep(&BriefSection::defaults());
    let wins = &kept.since_last.as_ref().unwrap().wins;
    assert_eq!((wins.shown.len(), wins.more), (BRIEF_ROWS, 15 - BRIEF_ROWS));
    assert!(kept.notes.is_none(), "private notes are out unless chosen");

    let only_skills = t.store.brief(&request(plan, manager.id, "2026-11-23")).unwrap().keep(&[BriefSection::Skills]);
    assert!(only_skills.since_last.is_none() && only_skills.agenda.is_none() && only_skills.check_ins.is_none());
    assert!(only_skills.skills.is_some());
}

#[test]
fn the_plan_documents_private_parts_are_emptied_unless_chosen() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-09-01", "2027-06-01")).unwrap().id;
    person(&t.store, "Ana", None, None);
    t.store
        .create_skill(
            plan,
            &SkillInput {
                name: "System design".into(),
                category: SkillCategory::TechnicalDepth,
                current_level: 2,
                target_level: 4,
                why: "Senior owns designs".into(),
                notes: "I freeze in design reviews".into(),
            },
        )
        .unwrap();
    let doc = || t.store.plan_document(plan, day("2026-11-21")).unwrap();

    let public = doc().keep(&PlanSection::defaults());
    assert_eq!(public.skills.as_ref().unwrap()[0].skill.notes, "");
    let people = public.people.as_ref().unwrap();
    assert!(people.grid && !people.details && people.lines.iter().all(|p| p.details.is_none()));

    let mut chosen = PlanSection::defaults();
    chosen.extend([PlanSection::SkillNotes, PlanSection::PeopleDetails]);
    let private = doc().keep(&chosen);
    assert_eq!(private.skills.as_ref().unwrap()[0].skill.notes, "I freeze in design reviews");
    let ana = &private.people.as_ref().unwrap().lines[0];
    assert_eq!(ana.details.as_ref().map(|d| d.stance), Some(Stance::Champion));

    let none = doc().keep(&[]);
    assert!(none.skills.is_none() && none.people.is_none() && none.wins.is_none() && none.readiness.is_none());
}
