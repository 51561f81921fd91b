//! Wins (with impact and skill links) and feedback (from a stakeholder or a free name) in the store.
//! The common clock is pinned at 2026-11-21.

mod common;

use cairn_core::{
    ErrorCode, FeedbackCounts, FeedbackInput, FeedbackKind, FeedbackStatus, PAGE_MAX, PageRequest, Relationship,
    SkillCategory, SkillInput, StakeholderInput, Stance, WinInput,
};
use common::{input, temp_store};

fn win(title: &str, date: &str, skill_ids: Vec<i64>) -> WinInput {
    WinInput {
        date: date.into(),
        title: title.into(),
        situation: String::new(),
        my_part: String::new(),
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
        quotable: false,
    }
}

fn performance() -> SkillInput {
    SkillInput {
        name: "Performance".into(),
        category: SkillCategory::TechnicalDepth,
        current_level: 2,
        target_level: 4,
        why: String::new(),
        notes: String::new(),
    }
}

#[test]
fn a_win_keeps_its_impact_and_skills_newest_first() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let skill_id = t.store.create_skill(plan.id, &performance()).unwrap().id;
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

/// 120 wins over 120 days (two on some days, so ties break by id), every third evidence for a skill.
fn long_brag_log(t: &common::TempStore) -> (i64, i64, Vec<i64>) {
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let skill_id = t.store.create_skill(plan.id, &performance()).unwrap().id;
    let day0 = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let ids = (0..120)
        .map(|i| {
            let date = (day0 + chrono::Days::new(i / 2)).to_string();
            let skills = if i % 3 == 0 { vec![skill_id] } else { vec![] };
            t.store.create_win(plan.id, &win(&format!("Win {i}"), &date, skills)).unwrap().id
        })
        .collect();
    (plan.id, skill_id, ids)
}

#[test]
fn wins_come_a_page_at_a_time_in_the_order_of_the_whole_list() {
    let t = temp_store();
    let (plan_id, skill_id, _) = long_brag_log(&t);
    let all: Vec<i64> = t.store.list_wins(plan_id).unwrap().iter().map(|w| w.id).collect();

    let first = t.store.list_wins_page(plan_id, None, &PageRequest::first(50)).unwrap();
    assert_eq!((first.wins.len(), first.matching, first.total), (50, 120, 120));
    let second = t.store.list_wins_page(plan_id, None, &PageRequest { offset: 50, limit: 50, through: None }).unwrap();
    let third = t.store.list_wins_page(plan_id, None, &PageRequest { offset: 100, limit: 50, through: None }).unwrap();
    assert_eq!(third.wins.len(), 20);
    let paged: Vec<i64> = [first.wins, second.wins, third.wins].concat().iter().map(|w| w.id).collect();
    assert_eq!(paged, all, "pages put together are the whole list, newest first, ties by id");

    let evidence = t.store.list_wins_page(plan_id, Some(skill_id), &PageRequest::first(10)).unwrap();
    assert_eq!((evidence.wins.len(), evidence.matching, evidence.total), (10, 40, 120));
    assert!(evidence.wins.iter().all(|w| w.skill_ids == vec![skill_id]), "skill links come with the page");
    let beyond = t.store.list_wins_page(plan_id, None, &PageRequest { offset: 500, limit: 50, through: None }).unwrap();
    assert_eq!((beyond.wins.len(), beyond.total), (0, 120));
}

#[test]
fn a_link_to_an_old_win_stretches_the_first_page_to_reach_it() {
    let t = temp_store();
    let (plan_id, skill_id, ids) = long_brag_log(&t);
    let oldest = ids[0];
    let through = |skill: Option<i64>, id: i64| {
        t.store.list_wins_page(plan_id, skill, &PageRequest { offset: 0, limit: 50, through: Some(id) }).unwrap()
    };
    let page = through(None, oldest);
    assert_eq!(page.wins.len(), 120);
    assert_eq!(page.wins.last().map(|w| w.id), Some(oldest));
    // Already on the first page, filtered out, another plan's or deleted: the page is as asked.
    assert_eq!(through(None, ids[119]).wins.len(), 50);
    let filtered_out = PageRequest { offset: 0, limit: 10, through: Some(ids[1]) };
    assert_eq!(t.store.list_wins_page(plan_id, Some(skill_id), &filtered_out).unwrap().wins.len(), 10);
    assert_eq!(through(Some(skill_id), oldest).wins.last().map(|w| w.id), Some(oldest));
    let other = t.store.create_plan(&input("Other", "2026-06-01", "2027-03-01")).unwrap();
    let foreign = t.store.create_win(other.id, &win("Elsewhere", "2026-06-02", vec![])).unwrap();
    assert_eq!(through(None, foreign.id).wins.len(), 50);
    assert_eq!(through(None, 999_999).wins.len(), 50);
}

#[test]
fn a_page_out_of_bounds_or_of_a_missing_plan_is_refused() {
    let t = temp_store();
    let (plan_id, _, _) = long_brag_log(&t);
    let err = t.store.list_wins_page(plan_id, None, &PageRequest::first(0)).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("limit")));
    let err = t.store.list_feedback_page(plan_id, None, &PageRequest::first(PAGE_MAX + 1)).unwrap_err();
    assert_eq!(err.field(), Some("limit"));
    assert_eq!(t.store.list_wins_page(424_242, None, &PageRequest::first(5)).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(
        t.store.list_feedback_page(424_242, None, &PageRequest::first(5)).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn feedback_comes_a_page_at_a_time_with_the_count_of_each_status() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let day0 = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let mut ids = Vec::new();
    for i in 0..30u64 {
        let mut f = feedback(None, &format!("Reviewer {i}"));
        f.date = (day0 + chrono::Days::new(i)).to_string();
        f.status = [FeedbackStatus::Open, FeedbackStatus::Acting, FeedbackStatus::Resolved][(i % 3) as usize];
        ids.push(t.store.create_feedback(plan.id, &f).unwrap().id);
    }
    let page = t.store.list_feedback_page(plan.id, None, &PageRequest::first(12)).unwrap();
    assert_eq!(page.items.len(), 12);
    assert_eq!(page.items[0].from, "Reviewer 29", "newest first");
    assert_eq!(page.matching, 30);
    assert_eq!(
        page.counts,
        FeedbackCounts { all: 30, open: 10, acting: 10, resolved: 10 },
        "the counts are of the whole plan, not the page"
    );
    let open = t.store.list_feedback_page(plan.id, Some(FeedbackStatus::Open), &PageRequest::first(4)).unwrap();
    assert_eq!((open.items.len(), open.matching), (4, 10));
    assert!(open.items.iter().all(|f| f.status == FeedbackStatus::Open));
    let rest = t.store.list_feedback_page(
        plan.id,
        Some(FeedbackStatus::Open),
        &PageRequest { offset: 4, limit: 50, through: None },
    );
    assert_eq!(rest.unwrap().items.len(), 6);

    // A link to the oldest open feedback reaches it; to a resolved one under the open filter, changes nothing.
    let reach = PageRequest { offset: 0, limit: 4, through: Some(ids[0]) };
    let reached = t.store.list_feedback_page(plan.id, Some(FeedbackStatus::Open), &reach).unwrap();
    assert_eq!(reached.items.last().map(|f| f.id), Some(ids[0]));
    assert_eq!(reached.items.len(), 10);
    let filtered_out = PageRequest { offset: 0, limit: 4, through: Some(ids[2]) };
    assert_eq!(t.store.list_feedback_page(plan.id, Some(FeedbackStatus::Open), &filtered_out).unwrap().items.len(), 4);
}
