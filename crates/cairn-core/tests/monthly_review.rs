//! The monthly review: due a month after the last (or after the start), resumable, and finished
//! with what changed and a self-assessment snapshot, in one go.

mod common;

use cairn_core::{ErrorCode, ImportMode, MilestoneStatus, StakeholderInput, Stance};
use common::{input, milestone_input, skill_input, temp_store};

fn skill(name: &str, current: i64) -> cairn_core::SkillInput {
    skill_input(name, current, 4)
}

fn milestone(title: &str, due: &str) -> cairn_core::MilestoneInput {
    milestone_input(title, due, MilestoneStatus::Planned)
}

#[test]
fn a_review_is_resumed_then_finished_with_its_changes_and_a_snapshot() {
    let t = temp_store(); // today: 2026-11-21
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let design = s.create_skill(plan.id, &skill("System design", 2)).unwrap();
    let late = s.create_milestone(plan.id, &milestone("Ship the RFC", "2026-11-10")).unwrap();
    s.create_milestone(plan.id, &milestone("Soon", "2026-12-05")).unwrap();
    s.create_milestone(plan.id, &milestone("Far", "2027-04-01")).unwrap();
    s.create_stakeholder(&StakeholderInput {
        name: "Dana".into(),
        role: String::new(),
        relationship: cairn_core::Relationship::Peer,
        influence: 3,
        interest: 3,
        stance: Stance::Neutral,
        cares_about: String::new(),
        cadence_days: Some(14),
    })
    .unwrap();

    let status = s.review_status(plan.id).unwrap();
    assert_eq!((status.due_on.to_string(), status.due), ("2026-10-01".to_owned(), true), "a month after the start");
    assert!(s.dashboard(plan.id).unwrap().review_due);

    let items = s.review_items(plan.id).unwrap();
    let titles: Vec<&str> = items.milestones.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["Ship the RFC", "Soon"], "overdue and due within a month, not the far one");
    assert_eq!(items.people.len(), 1, "never met: the check-in is overdue");

    let review = s.start_monthly_review(plan.id).unwrap();
    s.save_monthly_review_progress(review.id, 3, "Half a thought").unwrap();
    // Leaving and coming back resumes the same review where it was.
    let resumed = s.start_monthly_review(plan.id).unwrap();
    assert_eq!((resumed.id, resumed.step, resumed.summary.as_str()), (review.id, 3, "Half a thought"));
    let err = s.save_monthly_review_progress(review.id, 6, "").unwrap_err();
    assert_eq!(err.field(), Some("step"));

    // The person changes things in place during the review.
    s.update_skill(design.id, &skill("System design", 3)).unwrap();
    let mut moved = milestone("Ship the RFC", "2026-12-15");
    moved.status = MilestoneStatus::InProgress;
    s.update_milestone(late.id, &moved).unwrap();

    let err = s.finish_monthly_review(review.id, "  ").unwrap_err();
    assert_eq!(err.field(), Some("summary"));
    let done = s.finish_monthly_review(review.id, "Design moved up; the RFC slipped a month.").unwrap();
    assert_eq!(done.completed_on.map(|d| d.to_string()).as_deref(), Some("2026-11-21"));
    assert_eq!(
        done.changes,
        [
            "System design: level 2 → 3",
            "“Ship the RFC”: planned → in progress",
            "“Ship the RFC”: due 2026-11-10 → 2026-12-15"
        ]
    );
    let snapshot = s.list_assessments(plan.id).unwrap().into_iter().find(|a| Some(a.id) == done.assessment_id).unwrap();
    assert_eq!(snapshot.ratings.len(), 1);
    assert_eq!((snapshot.ratings[0].skill_id, snapshot.ratings[0].rating), (Some(design.id), 3));

    // Finished: not changed again, and the next one is due a month on.
    assert_eq!(s.finish_monthly_review(review.id, "again").unwrap_err().code(), ErrorCode::Conflict);
    let status = s.review_status(plan.id).unwrap();
    assert_eq!((status.due_on.to_string(), status.due, status.finished.len()), ("2026-12-21".to_owned(), false, 1));
    assert!(status.in_progress.is_none());
    assert!(s.search(plan.id, "slipped").unwrap().iter().any(|h| h.kind == "monthly_review"));

    // In the export and back.
    let copy = temp_store();
    copy.store.import_json(&s.export_json().unwrap(), ImportMode::IntoEmpty).unwrap();
    assert_eq!(copy.store.review_status(plan.id).unwrap(), status);
}

#[test]
fn only_one_review_is_in_progress_and_a_set_aside_one_comes_back_with_undo() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let first = s.start_monthly_review(plan.id).unwrap();
    assert_eq!(s.start_monthly_review(plan.id).unwrap().id, first.id);
    let deleted = s.delete_monthly_review(first.id).unwrap();
    assert!(s.review_status(plan.id).unwrap().in_progress.is_none());
    s.undo_delete(deleted.undo_id).unwrap();
    assert_eq!(s.review_status(plan.id).unwrap().in_progress.map(|r| r.id), Some(first.id));
    // Without skills there is nothing to snapshot; the review still finishes.
    let done = s.finish_monthly_review(first.id, "A quiet month.").unwrap();
    assert_eq!(done.assessment_id, None);
}
