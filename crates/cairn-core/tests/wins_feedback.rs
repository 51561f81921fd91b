//! Wins (with impact and skill links) and feedback (from a stakeholder or a free name) in the store.
//! The common clock is pinned at 2026-11-21.

mod common;

use cairn_core::{
    ErrorCode, FeedbackInput, FeedbackKind, FeedbackStatus, Relationship, SkillCategory, SkillInput, StakeholderInput,
    Stance, WinInput,
};
use common::{input, temp_store};

fn win(title: &str, date: &str, skill_ids: Vec<i64>) -> WinInput {
    WinInput {
        date: date.into(),
        title: title.into(),
        what_happened: "Profiled the search path and removed two N+1 queries.".into(),
        metric: "p95 latency".into(),
        baseline: Some(420.0),
        result: Some(252.0),
        unit: "ms".into(),
        impact_note: "Checkout conversion held during the peak.".into(),
        witnesses: "Priya, the search team".into(),
        skill_ids,
    }
}

fn feedback(stakeholder_id: Option<i64>, from_name: &str) -> FeedbackInput {
    FeedbackInput {
        date: "2026-11-10".into(),
        stakeholder_id,
        from_name: from_name.into(),
        kind: FeedbackKind::Constructive,
        said: "Your design docs skip the alternatives you rejected.".into(),
        response: "Add a 'considered and rejected' section to every doc.".into(),
        status: FeedbackStatus::Open,
    }
}

#[test]
fn a_win_keeps_its_impact_and_skills_newest_first() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let skill = SkillInput {
        name: "Performance".into(),
        category: SkillCategory::TechnicalDepth,
        current_level: 2,
        target_level: 4,
        why: String::new(),
        notes: String::new(),
    };
    let skill_id = t.store.create_skill(plan.id, &skill).unwrap().id;
    t.store.create_win(plan.id, &win("Older win", "2026-09-01", vec![])).unwrap();
    let w = t.store.create_win(plan.id, &win("Faster search", "2026-11-02", vec![skill_id])).unwrap();
    assert_eq!(w.impact_summary, "p95 latency: 420 → 252 ms (−40%)");
    assert_eq!(w.skill_ids, vec![skill_id]);

    let titles: Vec<_> = t.store.list_wins(plan.id).unwrap().into_iter().map(|w| w.title).collect();
    assert_eq!(titles, ["Faster search", "Older win"]);

    let mut edit = win("Faster search", "2026-11-02", vec![]);
    edit.baseline = None;
    let edited = t.store.update_win(w.id, &edit).unwrap();
    assert_eq!((edited.impact_summary.as_str(), edited.skill_ids.len()), ("", 0));
    t.store.delete_win(w.id).unwrap();
    assert_eq!(t.store.get_win(w.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_win_in_the_future_or_with_a_foreign_skill_writes_nothing() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let err = t.store.create_win(plan.id, &win("Tomorrow", "2026-11-22", vec![])).unwrap_err();
    assert_eq!(err.field(), Some("date"));
    let err = t.store.create_win(plan.id, &win("Foreign", "2026-11-02", vec![12345])).unwrap_err();
    assert_eq!(err.field(), Some("skillIds"));
    assert!(t.store.list_wins(plan.id).unwrap().is_empty());
}

#[test]
fn feedback_names_the_stakeholder_or_the_free_name() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let priya = t
        .store
        .create_stakeholder(&StakeholderInput {
            name: "Priya".into(),
            role: "Engineering manager".into(),
            relationship: Relationship::Manager,
            influence: 5,
            interest: 5,
            stance: Stance::Supporter,
            cares_about: String::new(),
            cadence_days: Some(14),
        })
        .unwrap();
    let linked = t.store.create_feedback(plan.id, &feedback(Some(priya.id), "")).unwrap();
    assert_eq!(linked.from, "Priya");
    let free = t.store.create_feedback(plan.id, &feedback(None, "A reviewer at the guild")).unwrap();
    assert_eq!(free.from, "A reviewer at the guild");

    let err = t.store.create_feedback(plan.id, &feedback(None, "  ")).unwrap_err();
    assert_eq!(err.field(), Some("fromName"));
    let mut empty = feedback(None, "Sam");
    empty.said = " ".into();
    assert_eq!(t.store.create_feedback(plan.id, &empty).unwrap_err().field(), Some("said"));

    let mut resolved = feedback(Some(priya.id), "");
    resolved.status = FeedbackStatus::Resolved;
    assert_eq!(t.store.update_feedback(linked.id, &resolved).unwrap().status, FeedbackStatus::Resolved);
    assert_eq!(t.store.list_feedback(plan.id).unwrap().len(), 2);

    // The giver leaves the map: the feedback stays, with the name it was given under.
    t.store.delete_stakeholder(priya.id).unwrap();
    let orphan = t.store.get_feedback(linked.id).unwrap();
    assert_eq!((orphan.stakeholder_id, orphan.from.as_str()), (None, "Priya"));
    t.store.delete_feedback(free.id).unwrap();
    assert_eq!(t.store.delete_feedback(free.id).unwrap_err().code(), ErrorCode::NotFound);
}
