//! Mentoring, visibility, feedback requests and feedback given through the store: their rules,
//! their agenda and reminder hooks, evidence, privacy in documents, and a closed plan's refusal.

mod common;

use cairn_core::{
    Audience, CheckInState, CloseInput, ErrorCode, EvidenceInput, EvidenceKind, FeedbackGivenInput, FeedbackInput,
    FeedbackKind, FeedbackRequestInput, FeedbackStatus, GivenContext, GoalStatus, MenteeGoalInput,
    MentoringSessionInput, MentoringSource, NewMentoringSession, NewOneOnOne, Outcome, PlanLadderInput, PlanSection,
    Relationship, ReminderKind, RequestAbout, RequestStatus, Retrospective, StakeholderInput, Stance, Store,
    VisibilityInput, VisibilityKind, parse_framework_file,
};
use common::{input, skill_input, temp_store};

fn person(store: &Store, name: &str, relationship: Relationship, cadence: Option<i64>) -> i64 {
    store
        .create_stakeholder(&StakeholderInput {
            name: name.into(),
            role: String::new(),
            relationship,
            influence: 2,
            interest: 3,
            stance: Stance::Supporter,
            cares_about: String::new(),
            cadence_days: cadence,
        })
        .unwrap()
        .id
}

fn goal(text: &str, status: GoalStatus) -> MenteeGoalInput {
    MenteeGoalInput { text: text.into(), target_date: String::new(), status }
}

fn session(date: &str, will_try: &str) -> MentoringSessionInput {
    MentoringSessionInput {
        date: date.into(),
        topics: "On-call; design reviews".into(),
        notes: "Worried about being slower than peers.".into(),
        will_try: will_try.into(),
        learned: String::new(),
    }
}

fn request(stakeholder: i64, about: RequestAbout, status: RequestStatus) -> FeedbackRequestInput {
    FeedbackRequestInput {
        stakeholder_id: Some(stakeholder),
        person_name: String::new(),
        about,
        skill_id: None,
        expectation_id: None,
        stretch_id: None,
        question: String::new(),
        due_date: String::new(),
        status,
    }
}

fn answer(stakeholder: i64) -> FeedbackInput {
    FeedbackInput {
        date: "2026-11-20".into(),
        stakeholder_id: Some(stakeholder),
        from_name: String::new(),
        kind: FeedbackKind::Constructive,
        said: "Name the options you rejected.".into(),
        response: String::new(),
        status: FeedbackStatus::Open,
        quotable: false,
    }
}

fn talk(title: &str, date: &str, audience: Audience) -> VisibilityInput {
    VisibilityInput {
        kind: VisibilityKind::Talk,
        title: title.into(),
        date: date.into(),
        audience,
        audience_size: Some(200),
        link: "https://wiki.example.com/talks/latency".into(),
        outcome: String::new(),
        skill_ids: Vec::new(),
    }
}

#[test]
fn a_session_agenda_comes_from_the_mentees_goals_and_last_sessions_follow_ups() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-09-01", "2027-05-31")).unwrap();
    let sam = person(s, "Sam Okafor", Relationship::Mentee, Some(14));
    // The mentor's own plan never reaches the mentee's agenda.
    s.create_milestone(
        plan.id,
        &common::milestone_input("My own milestone", "2026-11-25", cairn_core::MilestoneStatus::Planned),
    )
    .unwrap();

    let err = s.create_mentee_goal(plan.id, sam, &goal("  ", GoalStatus::Open)).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("text")));
    let lead = s.create_mentee_goal(plan.id, sam, &goal("Lead a design review", GoalStatus::Open)).unwrap();
    s.create_mentee_goal(plan.id, sam, &goal("Ship alone", GoalStatus::Dropped)).unwrap();

    let first = s
        .create_mentoring_session(plan.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-11-01".into() })
        .unwrap();
    assert_eq!(first.agenda.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["Goal: Lead a design review"]);
    s.update_mentoring_session(first.id, &session("2026-11-01", "Shadow an on-call shift\nWrite the runbook page"))
        .unwrap();
    s.add_mentoring_item(first.id, "Talk about the team's review norms").unwrap();

    let second = s
        .create_mentoring_session(plan.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-11-15".into() })
        .unwrap();
    let agenda: Vec<_> = second.agenda.iter().map(|i| (i.source, i.text.as_str(), i.goal_id)).collect();
    assert_eq!(
        agenda,
        [
            (MentoringSource::Goal, "Goal: Lead a design review", Some(lead.id)),
            (MentoringSource::FollowUp, "How did it go: Shadow an on-call shift", None),
            (MentoringSource::FollowUp, "How did it go: Write the runbook page", None),
            (MentoringSource::FollowUp, "Talk about the team's review norms", None),
        ]
    );

    // A session is contact: the check-in rule of the map says when the next one is due.
    let mentee = &s.list_mentees(plan.id).unwrap()[0];
    assert_eq!(mentee.check_in.last_interaction.map(|d| d.to_string()).as_deref(), Some("2026-11-15"));
    assert_eq!(mentee.check_in.next_due.map(|d| d.to_string()).as_deref(), Some("2026-11-29"), "14 days on");
    assert_eq!(mentee.check_in.state, CheckInState::Ok);
    assert_eq!((mentee.goals_open, mentee.goals_met, mentee.sessions.len()), (1, 0, 2));

    let met = s.update_mentee_goal(lead.id, &goal("Lead a design review", GoalStatus::Met)).unwrap();
    assert_eq!(met.met_on.map(|d| d.to_string()).as_deref(), Some("2026-11-21"));
    let d = s.dashboard(plan.id).unwrap();
    assert_eq!(
        (d.mentoring.mentees, d.mentoring.sessions_this_quarter, d.mentoring.goals_met, d.mentoring.goals_total),
        (1, 2, 1, 1)
    );

    // Delete and undo put the same session back, agenda and all.
    let deleted = s.delete_mentoring_session(second.id).unwrap();
    s.undo_delete(deleted.undo_id).unwrap();
    assert_eq!(s.get_mentoring_session(second.id).unwrap().agenda.len(), 4);
}

#[test]
fn visibility_is_checked_and_spread_over_the_window() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-09-01", "2027-05-31")).unwrap();
    let other = s.create_plan(&input("Other", "2026-09-01", "2027-05-31")).unwrap();
    let foreign = s.create_skill(other.id, &skill_input("Elsewhere", 2, 3)).unwrap();

    let bad = |v: VisibilityInput| {
        let e = s.create_visibility(plan.id, &v).unwrap_err();
        (e.code(), e.field().map(str::to_owned))
    };
    assert_eq!(
        bad(VisibilityInput { audience_size: Some(0), ..talk("t", "2026-11-02", Audience::Team) }).1.as_deref(),
        Some("audienceSize")
    );
    assert_eq!(
        bad(VisibilityInput { link: "two\nlines".into(), ..talk("t", "2026-11-02", Audience::Team) }).1.as_deref(),
        Some("link")
    );
    assert_eq!(
        bad(VisibilityInput { skill_ids: vec![foreign.id], ..talk("t", "2026-11-02", Audience::Team) }).1.as_deref(),
        Some("skillIds")
    );
    assert_eq!(bad(talk("", "2026-11-02", Audience::Team)).1.as_deref(), Some("title"));

    s.create_visibility(plan.id, &talk("All-hands talk", "2026-11-02", Audience::Company)).unwrap();
    s.create_visibility(plan.id, &talk("Team demo", "2026-11-20", Audience::Team)).unwrap();
    s.create_visibility(plan.id, &talk("Conference", "2027-02-10", Audience::External)).unwrap();
    let spread = s.plan_visibility_spread(plan.id).unwrap();
    assert_eq!(spread.months.len(), 9);
    let nov = spread.months.iter().find(|m| m.month == "2026-11").unwrap();
    assert_eq!((nov.counts.team, nov.counts.company), (1, 1));
    assert_eq!(spread.total.beyond_team(), 2);
    assert_eq!(s.search(plan.id, "conference").unwrap()[0].kind, "visibility");
}

#[test]
fn an_answer_logged_from_its_request_is_feedback_linked_in_one_step_and_counts() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to L4", "2026-09-01", "2027-05-31")).unwrap();
    let priya = person(s, "Priya Raman", Relationship::Manager, Some(14));
    let skill = s.create_skill(plan.id, &skill_input("Explaining trade-offs", 2, 4)).unwrap();

    let err =
        s.create_feedback_request(plan.id, &request(priya, RequestAbout::Skill, RequestStatus::ToAsk)).unwrap_err();
    assert_eq!(err.field(), Some("skillId"), "a skill request names the skill");
    let err = s
        .create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                skill_id: Some(skill.id),
                ..request(priya, RequestAbout::Skill, RequestStatus::Answered)
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("status"), "answered is reached by logging the answer");

    let asked = s
        .create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                skill_id: Some(skill.id),
                due_date: "2026-11-20".into(),
                ..request(priya, RequestAbout::Skill, RequestStatus::Asked)
            },
        )
        .unwrap();
    assert_eq!(
        (asked.topic.as_str(), asked.asked_on.map(|d| d.to_string())),
        ("Explaining trade-offs", Some("2026-11-21".into()))
    );
    assert!(asked.due, "its date has come");
    assert!(
        s.due_reminders().unwrap().iter().any(|r| r.kind == ReminderKind::FeedbackRequest && r.item_id == asked.id)
    );

    // The next one-on-one with Priya brings it up.
    let meeting = s
        .create_one_on_one(
            plan.id,
            &NewOneOnOne { stakeholder_id: priya, date: "2026-11-24".into(), time: String::new() },
        )
        .unwrap();
    assert!(
        meeting.agenda.iter().any(|i| i.text == "Feedback I asked for on Explaining trade-offs (asked 2026-11-21)"),
        "{:?}",
        meeting.agenda
    );

    // A bad answer stores nothing: the request stays open.
    let err = s.answer_feedback_request(asked.id, &FeedbackInput { said: String::new(), ..answer(priya) }).unwrap_err();
    assert_eq!(err.field(), Some("said"));
    assert_eq!(s.list_feedback(plan.id).unwrap().len(), 0);
    assert_eq!(s.get_feedback_request(asked.id).unwrap().status, RequestStatus::Asked);

    let done = s.answer_feedback_request(asked.id, &answer(priya)).unwrap();
    assert_eq!(done.request.status, RequestStatus::Answered);
    assert_eq!(done.request.feedback_id, Some(done.feedback.id));
    assert_eq!(done.feedback.answers.as_deref(), Some("Explaining trade-offs"));
    assert_eq!(s.list_feedback_requests(plan.id).unwrap().counts.answered, 1);
    assert!(s.answer_feedback_request(asked.id, &answer(priya)).is_err(), "one answer per request");
    assert!(!s.due_reminders().unwrap().iter().any(|r| r.kind == ReminderKind::FeedbackRequest));
}

#[test]
fn the_new_records_are_evidence_for_readiness() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to L4", "2026-09-01", "2027-05-31")).unwrap();
    let csv = "topic,level,expectation,example\nLeadership,L3,Helps teammates,\nLeadership,L4,Mentors at least one engineer,\n\
               Leadership,L4,Presents beyond the team,\nLeadership,L4,Seeks feedback regularly,\nLeadership,L4,Gives actionable feedback,\n";
    let draft = parse_framework_file("ladder.csv", csv.as_bytes(), None).unwrap();
    let fw = s.get_framework(s.import_framework(&draft, "ladder.csv").unwrap().id).unwrap();
    let (l3, l4) = (fw.summary.levels[0].id, fw.summary.levels[1].id);
    s.set_plan_ladder(
        plan.id,
        &PlanLadderInput { framework_id: fw.summary.id, current_level_id: l3, target_level_id: l4 },
    )
    .unwrap();
    let e = |i: usize| fw.topics[0].expectations[i].id;

    let sam = person(s, "Sam Okafor", Relationship::Mentee, None);
    let held = s
        .create_mentoring_session(plan.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-11-10".into() })
        .unwrap();
    let planned = s
        .create_mentoring_session(plan.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-12-10".into() })
        .unwrap();
    let shown = s.create_visibility(plan.id, &talk("All-hands talk", "2026-11-02", Audience::Company)).unwrap();
    let asked = s
        .create_feedback_request(
            plan.id,
            &FeedbackRequestInput {
                expectation_id: Some(e(3)),
                ..request(sam, RequestAbout::Expectation, RequestStatus::Asked)
            },
        )
        .unwrap();
    let given = s
        .create_feedback_given(
            plan.id,
            &FeedbackGivenInput {
                date: "2026-11-12".into(),
                stakeholder_id: Some(sam),
                person_name: String::new(),
                context: GivenContext::CodeReview,
                kind: FeedbackKind::Praise,
                about: "Clear tests".into(),
                notes: "Private thoughts".into(),
            },
        )
        .unwrap();
    let link = |expectation_id, kind, ref_id| {
        s.link_evidence(plan.id, &EvidenceInput { expectation_id, kind, ref_id }).unwrap()
    };
    let item = link(e(1), EvidenceKind::MentoringSession, held.id);
    assert_eq!((item.counts, item.mentee.as_deref()), (true, Some("Sam Okafor")));
    assert!(!link(e(1), EvidenceKind::MentoringSession, planned.id).counts, "a session ahead counts once held");
    assert!(link(e(2), EvidenceKind::Visibility, shown.id).counts);
    assert!(link(e(4), EvidenceKind::FeedbackGiven, given.id).counts);
    let r = s.readiness(plan.id).unwrap().unwrap();
    assert_eq!((r.met, r.total), (3, 4), "the request is not answered yet");

    // Answering a request about an expectation makes it evidence there, at once.
    s.answer_feedback_request(asked.id, &answer(sam)).unwrap();
    let r = s.readiness(plan.id).unwrap().unwrap();
    assert_eq!((r.met, r.total), (4, 4));

    // A session of another plan cannot be linked.
    let other = s.create_plan(&input("Other", "2026-09-01", "2027-05-31")).unwrap();
    let theirs = s
        .create_mentoring_session(other.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-11-10".into() })
        .unwrap();
    let err = s
        .link_evidence(
            plan.id,
            &EvidenceInput { expectation_id: e(1), kind: EvidenceKind::MentoringSession, ref_id: theirs.id },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("refId"));

    // In the packet, the mentee is named by initials unless the person ticks names; notes are private.
    let doc = s.plan_document(plan.id, s.clock().today()).unwrap();
    let hidden = doc.clone().keep(&PlanSection::defaults());
    let mentees: Vec<_> = hidden
        .readiness
        .iter()
        .flat_map(|r| &r.topics)
        .flat_map(|t| &t.expectations)
        .flat_map(|e| &e.evidence)
        .filter_map(|e| e.mentee.clone())
        .collect();
    assert!(!mentees.is_empty() && mentees.iter().all(|m| m == "S. O."), "{mentees:?}");
    assert!(hidden.mentoring.as_ref().unwrap().sessions.iter().all(|s| s.mentee == "S. O." && s.notes.is_empty()));
    let asked = hidden.asked_and_given.as_ref().unwrap();
    assert!(asked.given.iter().all(|g| g.notes.is_empty() && g.to == "S. O."), "feedback to a mentee: initials too");
    assert!(asked.requests.iter().all(|r| r.person == "S. O."));
    let given_evidence = hidden
        .readiness
        .iter()
        .flat_map(|r| &r.topics)
        .flat_map(|t| &t.expectations)
        .flat_map(|e| &e.evidence)
        .find(|e| e.kind == EvidenceKind::FeedbackGiven)
        .unwrap();
    assert_eq!((given_evidence.title.as_str(), given_evidence.mentee.as_deref()), ("Clear tests", Some("S. O.")));
    let mut chosen = PlanSection::defaults();
    chosen.extend([PlanSection::MenteeNames, PlanSection::SignalNotes]);
    let open = doc.keep(&chosen);
    assert_eq!(open.asked_and_given.unwrap().given[0].notes, "Private thoughts");
    assert!(open.mentoring.unwrap().sessions.iter().all(|s| s.mentee == "Sam Okafor"));
}

#[test]
fn a_closed_plans_signals_are_read_only_and_a_future_given_is_refused() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-01-01", "2026-10-31")).unwrap();
    let sam = person(s, "Sam Okafor", Relationship::Mentee, None);
    let g = s.create_mentee_goal(plan.id, sam, &goal("Lead a design review", GoalStatus::Open)).unwrap();
    let v = s.create_visibility(plan.id, &talk("All-hands talk", "2026-06-02", Audience::Company)).unwrap();
    let future = FeedbackGivenInput {
        date: "2026-12-01".into(),
        stakeholder_id: None,
        person_name: "Dana".into(),
        context: GivenContext::PeerReview,
        kind: FeedbackKind::Praise,
        about: "Her launch".into(),
        notes: String::new(),
    };
    assert_eq!(s.create_feedback_given(plan.id, &future).unwrap_err().field(), Some("date"));
    s.close_plan(
        plan.id,
        &CloseInput {
            outcome: Outcome::Promoted,
            retrospective: Retrospective {
                worked: String::new(),
                did_not_work: String::new(),
                differently: String::new(),
            },
        },
    )
    .unwrap();
    let refused = |r: cairn_core::Result<()>| assert_eq!(r.unwrap_err().code(), ErrorCode::Conflict);
    refused(s.create_mentee_goal(plan.id, sam, &goal("New", GoalStatus::Open)).map(|_| ()));
    refused(s.update_mentee_goal(g.id, &goal("Changed", GoalStatus::Met)).map(|_| ()));
    refused(
        s.create_mentoring_session(plan.id, &NewMentoringSession { stakeholder_id: sam, date: "2026-06-01".into() })
            .map(|_| ()),
    );
    refused(s.update_visibility(v.id, &talk("Changed", "2026-06-02", Audience::Team)).map(|_| ()));
    refused(s.delete_visibility(v.id).map(|_| ()));
    refused(s.create_feedback_given(plan.id, &FeedbackGivenInput { date: "2026-06-01".into(), ..future }).map(|_| ()));
    // The map stays the person's own: removing a mentee still works and takes their goals along.
    s.delete_stakeholder(sam).unwrap();
    assert!(s.list_mentees(plan.id).unwrap().is_empty());
}
