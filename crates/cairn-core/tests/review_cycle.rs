//! The review cycle: named dates on a plan, counted down on the dashboard and in the brief, with
//! milestones tied to them.

mod common;

use cairn_core::{
    BriefRequest, BriefSection, CycleDateInput, CycleKind, ErrorCode, ImportMode, MilestoneInput, MilestoneStatus,
    PlanSection, Relationship, StakeholderInput, Stance,
};
use common::{input, milestone_input, temp_store};

fn milestone(title: &str, cycle_date_id: Option<i64>) -> MilestoneInput {
    MilestoneInput { cycle_date_id, ..milestone_input(title, "2026-12-01", MilestoneStatus::Planned) }
}

fn date(kind: CycleKind, name: &str, day: &str) -> CycleDateInput {
    CycleDateInput { kind, name: name.into(), date: day.into() }
}

#[test]
fn dates_count_down_from_today_and_past_ones_leave_the_dashboard() {
    let t = temp_store(); // today: 2026-11-21
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let review = s.create_cycle_date(plan.id, &date(CycleKind::SelfReview, "", "2026-12-03")).unwrap();
    assert_eq!((review.name.as_str(), review.days_until), ("Self-review due", 12));
    s.create_cycle_date(plan.id, &date(CycleKind::Decision, "Promotion committee", "2027-02-15")).unwrap();
    s.create_cycle_date(plan.id, &date(CycleKind::Other, "Mid-year check", "2026-10-01")).unwrap();

    let all: Vec<String> = s.list_cycle_dates(plan.id).unwrap().into_iter().map(|d| d.name).collect();
    assert_eq!(all, ["Mid-year check", "Self-review due", "Promotion committee"]);
    let ahead: Vec<(String, i64)> =
        s.dashboard(plan.id).unwrap().review_cycle.into_iter().map(|d| (d.name, d.days_until)).collect();
    assert_eq!(ahead, [("Self-review due".to_owned(), 12), ("Promotion committee".to_owned(), 86)]);

    // Renamed and moved: the countdown follows.
    let moved =
        s.update_cycle_date(review.id, &date(CycleKind::SelfReview, "Self-review (draft)", "2026-11-21")).unwrap();
    assert_eq!((moved.name.as_str(), moved.days_until), ("Self-review (draft)", 0));
}

#[test]
fn a_mistyped_year_or_a_bad_name_is_refused_on_its_field() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let err = s.create_cycle_date(plan.id, &date(CycleKind::Calibration, "", "2062-01-10")).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("date")));
    assert!(err.to_string().contains("check the year"), "{err}");
    let err = s.create_cycle_date(plan.id, &date(CycleKind::Calibration, "", "10/01/2027")).unwrap_err();
    assert_eq!(err.field(), Some("date"));
    let err = s.create_cycle_date(plan.id, &date(CycleKind::Other, "two\nlines", "2027-01-10")).unwrap_err();
    assert_eq!(err.field(), Some("name"));
    assert_eq!(
        s.create_cycle_date(999, &date(CycleKind::Other, "", "2027-01-10")).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_milestone_ties_to_a_date_of_its_own_plan_and_is_untied_when_the_date_goes() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let other = s.create_plan(&input("Other", "2026-09-01", "2027-06-30")).unwrap();
    let review = s.create_cycle_date(plan.id, &date(CycleKind::SelfReview, "", "2026-12-03")).unwrap();
    let elsewhere = s.create_cycle_date(other.id, &date(CycleKind::SelfReview, "", "2026-12-03")).unwrap();

    let m = s.create_milestone(plan.id, &milestone("Draft the self-review", Some(review.id))).unwrap();
    assert_eq!(m.cycle_date_id, Some(review.id));
    let err = s.create_milestone(plan.id, &milestone("Wrong plan", Some(elsewhere.id))).unwrap_err();
    assert_eq!(err.field(), Some("cycleDateId"));

    let deleted = s.delete_cycle_date(review.id).unwrap();
    assert_eq!(s.get_milestone(m.id).unwrap().cycle_date_id, None);
    s.undo_delete(deleted.undo_id).unwrap();
    assert_eq!(s.get_milestone(m.id).unwrap().cycle_date_id, Some(review.id), "Undo ties it again");

    // Searchable, and in the export and back.
    assert!(s.search(plan.id, "self-review").unwrap().iter().any(|h| h.kind == "cycle_date"));
    let exported = s.export_json().unwrap();
    let copy = temp_store();
    copy.store.import_json(&exported, ImportMode::IntoEmpty).unwrap();
    assert_eq!(copy.store.list_cycle_dates(plan.id).unwrap(), s.list_cycle_dates(plan.id).unwrap());
    assert_eq!(copy.store.get_milestone(m.id).unwrap().cycle_date_id, Some(review.id));
}

#[test]
fn the_brief_counts_down_from_the_meeting_and_the_plan_document_lists_every_date() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let priya = s
        .create_stakeholder(&StakeholderInput {
            name: "Priya".into(),
            role: "Manager".into(),
            relationship: Relationship::Manager,
            influence: 5,
            interest: 5,
            stance: Stance::Champion,
            cares_about: String::new(),
            cadence_days: Some(14),
        })
        .unwrap();
    s.create_cycle_date(plan.id, &date(CycleKind::SelfReview, "", "2026-12-03")).unwrap();
    s.create_cycle_date(plan.id, &date(CycleKind::Decision, "", "2027-02-15")).unwrap();
    let request = BriefRequest { plan_id: plan.id, date: "2026-12-10".into(), stakeholder_id: priya.id };
    let brief = s.brief(&request).unwrap().keep(&BriefSection::defaults());
    let dates: Vec<(String, i64)> = brief.review_cycle.unwrap().into_iter().map(|d| (d.name, d.days_until)).collect();
    assert_eq!(dates, [("Promotion decision".to_owned(), 67)], "judged on the day of the meeting");

    let doc = s.plan_document(plan.id, s.clock().today()).unwrap().keep(&PlanSection::defaults());
    assert_eq!(doc.review_cycle.unwrap().len(), 2);
}
