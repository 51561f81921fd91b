//! The documents as a person receives them: the text pdftotext finds, the pages pdfinfo counts,
//! and the bytes (the same data gives the same file).

use cairn_core::{
    BriefRequest, BriefSection, MilestoneInput, MilestoneStatus, OneOnOneInput, Paper, PlanInput, PlanSection,
    PlanStatus, Relationship, SkillCategory, SkillInput, StakeholderInput, Stance, Store, Track,
};
use chrono::NaiveDate;

mod common;

use common::{keep, pages, poppler, store, text_of, today};

/// The brief as the app makes it: the core's content cut to `sections`, laid out by this crate.
fn render_brief(
    store: &Store,
    request: &BriefRequest,
    sections: &[BriefSection],
    paper: Paper,
) -> cairn_core::Result<(Vec<u8>, String)> {
    cairn_report::render_brief(&store.brief(request)?.keep(sections), paper)
}

/// The plan document as the app makes it.
fn render_plan(
    store: &Store,
    plan_id: i64,
    today: NaiveDate,
    sections: &[PlanSection],
    paper: Paper,
) -> cairn_core::Result<(Vec<u8>, String)> {
    cairn_report::render_plan(&store.plan_document(plan_id, today)?.keep(sections), paper)
}

fn demo_brief(store: &Store) -> (i64, BriefRequest) {
    let plan = store.load_demo().unwrap();
    let priya = store.list_stakeholders().unwrap().into_iter().find(|p| p.name == "Priya Raman").unwrap();
    (plan.id, BriefRequest { plan_id: plan.id, date: "2026-11-23".into(), stakeholder_id: priya.id })
}

#[test]
fn the_brief_says_what_happened_what_is_next_and_what_to_ask() {
    let (store, _dir) = store();
    let (_, request) = demo_brief(&store);
    let (pdf, name) = render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap();
    keep("brief-demo.pdf", &pdf);
    assert_eq!(name, "One-on-one Priya Raman 2026-11-23.pdf");
    let text = text_of(&pdf);
    for expected in [
        "With Priya Raman",
        "Monday 23 November 2026 at 10:30",
        "REVIEW CYCLE",
        "Self-review due",
        "Road to Senior",
        "Mid-level → Senior",
        "SINCE OUR LAST ONE-ON-ONE, 7 NOV 2026",
        "Lead 1 incident review to its root cause",
        "Ship the new ranker to 10% of search traffic",
        "Lead the search relevance rework",
        "Ask what the promotion committee looks for at senior",
        "Share the relevance rollout plan with Marcus",
        // What the person asked Priya for, and what they showed and did since the last meeting:
        // mentees by their initials unless the person ticks names.
        "Ask for feedback on Explaining trade-offs",
        "VISIBILITY AND MENTORING",
        "Cutting search latency by 40% (engineering all-hands)",
        "Company · about 200 people",
        "L. P.",
        "Design reviews: how to run one",
    ] {
        assert!(text.contains(expected), "the brief should say {expected:?}:\n{text}");
    }
    let n = pages(&pdf);
    assert!(n <= 2, "a brief is one or two pages");
    assert!(text.contains(&format!("1 of {n}")), "pages are numbered");
    assert!(!text.contains("Ready for more ownership"), "a session's notes stay private");
}

#[test]
fn a_private_note_reaches_the_brief_only_when_chosen() {
    let (store, _dir) = store();
    let (plan_id, request) = demo_brief(&store);
    // The demo's next meeting with Priya is that day; the notes are the person's own.
    let meeting =
        store.list_one_on_ones(plan_id).unwrap().into_iter().find(|m| m.date.to_string() == request.date).unwrap();
    store
        .update_one_on_one(
            meeting.id,
            &OneOnOneInput {
                date: request.date.clone(),
                time: String::new(),
                notes: "Thinking of leaving in spring".into(),
            },
        )
        .unwrap();
    let default = text_of(&render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap().0);
    assert!(!default.contains("leaving in spring"), "private notes must stay out by default:\n{default}");
    let mut chosen = BriefSection::defaults();
    chosen.push(BriefSection::Notes);
    let with_notes = text_of(&render_brief(&store, &request, &chosen, Paper::A4).unwrap().0);
    assert!(with_notes.contains("Thinking of leaving in spring"), "{with_notes}");
    // The stance of a person is never in the brief.
    assert!(!with_notes.to_lowercase().contains("champion"), "{with_notes}");
}

#[test]
fn the_focus_and_the_reflections_are_private_and_a_closed_plan_says_how_it_ended() {
    let (store, _dir) = store();
    let (plan_id, request) = demo_brief(&store);
    let default = text_of(&render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap().0);
    assert!(!default.contains("MY FOCUS THIS WEEK"), "{default}");
    let mut chosen = BriefSection::defaults();
    chosen.push(BriefSection::Focus);
    let with_focus = text_of(&render_brief(&store, &request, &chosen, Paper::A4).unwrap().0);
    assert!(
        with_focus.contains("MY FOCUS THIS WEEK") && with_focus.contains("Mentor Lee on the indexer"),
        "{with_focus}"
    );

    store
        .close_plan(
            plan_id,
            &cairn_core::CloseInput {
                outcome: cairn_core::Outcome::Promoted,
                retrospective: cairn_core::Retrospective {
                    worked: "Weekly wins, written down".into(),
                    did_not_work: String::new(),
                    differently: "Ask for a sponsor in month one".into(),
                },
            },
        )
        .unwrap();
    let plain = text_of(&render_plan(&store, plan_id, today(), &PlanSection::defaults(), Paper::A4).unwrap().0);
    assert!(
        !plain.contains("HOW THE PLAN ENDED") && !plain.contains("Weekly wins, written down"),
        "private by default"
    );
    assert!(!plain.contains("Kicked off the relevance work"), "reflections are private by default");
    let mut all = PlanSection::defaults();
    all.extend([PlanSection::Retrospective, PlanSection::Reflections]);
    let (pdf, _) = render_plan(&store, plan_id, today(), &all, Paper::A4).unwrap();
    keep("plan-closed-with-retrospective.pdf", &pdf);
    let text = text_of(&pdf);
    for expected in [
        "HOW THE PLAN ENDED",
        "Promoted · closed on 21 Nov 2026",
        "Ask for a sponsor in month one",
        "MY WEEKLY REFLECTIONS",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    let doc = store.plan_document(plan_id, today()).unwrap().keep(&all);
    let (md, _) = cairn_report::render_plan_markdown(&doc);
    assert!(md.contains("## How the plan ended") && md.contains("**Promoted**, closed on 21 Nov 2026."), "{md}");
}

#[test]
fn mentoring_visibility_and_feedback_asked_and_given_print_with_mentees_by_initials() {
    let (store, _dir) = store();
    let (plan_id, _) = demo_brief(&store);
    let only = [PlanSection::Mentoring, PlanSection::Visibility, PlanSection::AskedAndGiven];
    let (pdf, _) = render_plan(&store, plan_id, today(), &only, Paper::A4).unwrap();
    keep("plan-signals.pdf", &pdf);
    let text = text_of(&pdf);
    for expected in [
        "MENTORING",
        "2 mentees, 5 sessions held, 1 of 4 goals met.",
        "L. P.",
        "Ship a change to the ranking service on her own",
        "VISIBILITY",
        "Cutting search latency by 40% (engineering all-hands)",
        "https://wiki.example.com/rfc/learned-ranker",
        "FEEDBACK I ASKED FOR AND GAVE",
        "Sam (platform team)",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    for private in ["Lena Park", "Lee Tanaka", "Nervous about asking questions", "followed up one to one"] {
        assert!(!text.contains(private), "{private:?} is private unless ticked:\n{text}");
    }
    let doc = store.plan_document(plan_id, today()).unwrap();
    let (md, _) = cairn_report::render_plan_markdown(&doc.clone().keep(&only));
    assert!(md.contains("## Mentoring") && md.contains("### L. P.") && md.contains("## Visibility"), "{md}");
    assert!(md.contains("- Link: `https://wiki.example.com/rfc/learned-ranker`"), "a link is text, not a link:\n{md}");
    assert!(!md.contains("Lena Park") && !md.contains("Nervous about"), "{md}");
    let mut chosen = only.to_vec();
    chosen.extend([PlanSection::MenteeNames, PlanSection::SignalNotes]);
    let (md, _) = cairn_report::render_plan_markdown(&doc.keep(&chosen));
    assert!(md.contains("### Lena Park") && md.contains("Notes: Nervous about asking questions"), "{md}");
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let (store, _dir) = store();
    let (plan_id, request) = demo_brief(&store);
    let a = render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap().0;
    let b = render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap().0;
    assert!(a == b, "two renders of the same brief differ");
    let p1 = render_plan(&store, plan_id, today(), &PlanSection::defaults(), Paper::UsLetter).unwrap().0;
    let p2 = render_plan(&store, plan_id, today(), &PlanSection::defaults(), Paper::UsLetter).unwrap().0;
    assert!(p1 == p2, "two renders of the same plan differ");
}

fn plan_input(title: &str) -> PlanInput {
    PlanInput {
        title: title.into(),
        goal: "Be the person the team asks about search.".into(),
        start_date: "2026-08-22".into(),
        end_date: "2027-05-22".into(),
        current_level: "Mid-level".into(),
        target_level: "Senior".into(),
        track: Track::Ic,
        status: PlanStatus::Active,
    }
}

#[test]
fn typst_markup_in_user_text_prints_literally() {
    let (store, _dir) = store();
    let plan = store.create_plan(&plan_input("#panic(\"x\") *bold* ] $x$")).unwrap();
    store
        .create_skill(
            plan.id,
            &SkillInput {
                name: "#set page(width: 1cm) _under_".into(),
                category: SkillCategory::TechnicalDepth,
                current_level: 2,
                target_level: 4,
                why: "<label> @ref `code` \\ #{1+1}".into(),
                notes: String::new(),
            },
        )
        .unwrap();
    let (pdf, _) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::A4).unwrap();
    keep("plan-injection.pdf", &pdf);
    let text = text_of(&pdf);
    for literal in ["#panic(\"x\") *bold* ] $x$", "#set page(width: 1cm) _under_", "<label> @ref `code` \\ #{1+1}"] {
        assert!(text.contains(literal), "{literal:?} should print as typed:\n{text}");
    }
}

#[test]
fn names_in_any_script_render() {
    let (store, _dir) = store();
    let plan = store.create_plan(&plan_input("Путь к сеньору · Ελληνικά · Ł")).unwrap();
    for (name, role) in [
        ("王小明", "工程经理"),
        ("佐藤花子", "エンジニア"),
        ("김민준", "팀장"),
        ("مريم الحسن", "مديرة"),
        ("דוד כהן", "מנהל"),
    ] {
        store
            .create_stakeholder(&StakeholderInput {
                name: name.into(),
                role: role.into(),
                relationship: Relationship::Peer,
                influence: 4,
                interest: 4,
                stance: Stance::Supporter,
                cares_about: String::new(),
                cadence_days: None,
            })
            .unwrap();
    }
    let (pdf, _) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::A4).unwrap();
    keep("plan-scripts.pdf", &pdf);
    let text = text_of(&pdf);
    for name in ["Путь к сеньору", "Ελληνικά", "王小明", "佐藤花子", "김민준"] {
        assert!(text.contains(name), "{name} is missing:\n{text}");
    }
    // Right-to-left names: pdftotext may give them in visual order; either way every letter is there.
    for name in ["مريم", "الحسن", "דוד", "כהן"] {
        let reversed: String = name.chars().rev().collect();
        assert!(text.contains(name) || text.contains(&reversed), "{name} is missing:\n{text}");
    }
    let fonts = poppler("pdffonts", &pdf, &[]);
    assert!(!fonts.contains(" no  "), "every font is embedded:\n{fonts}");
}

#[test]
fn two_hundred_milestones_paginate_with_page_numbers() {
    let (store, _dir) = store();
    let plan = store.create_plan(&plan_input("A long plan")).unwrap();
    for i in 1..=200 {
        store
            .create_milestone(
                plan.id,
                &MilestoneInput {
                    title: format!("Milestone number {i:03} with a title long enough to wrap on a narrow column"),
                    due_date: format!("2027-0{}-{:02}", 1 + i % 5, 1 + i % 28),
                    status: MilestoneStatus::Planned,
                    completed_date: String::new(),
                    skill_id: None,
                    stretch_id: None,
                    evidence: String::new(),
                    cycle_date_id: None,
                },
            )
            .unwrap();
    }
    let (pdf, _) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::A4).unwrap();
    keep("plan-200-milestones.pdf", &pdf);
    let n = pages(&pdf);
    assert!(n >= 4, "200 milestones take several pages, got {n}");
    let text = text_of(&pdf);
    assert!(text.contains("Milestone number 001") && text.contains("Milestone number 200"), "all rows are there");
    assert!(text.contains(&format!("{n} of {n}")), "the last page says it is the last");
}

#[test]
fn an_empty_plan_still_gives_a_sensible_document_on_us_letter() {
    let (store, _dir) = store();
    let plan = store.create_plan(&plan_input("Just started")).unwrap();
    let (pdf, name) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::UsLetter).unwrap();
    keep("plan-empty.pdf", &pdf);
    assert_eq!(name, "Just started.pdf");
    let text = text_of(&pdf);
    assert!(text.contains("No skills in the plan yet") && text.contains("No milestones yet"), "{text}");
    let info = poppler("pdfinfo", &pdf, &[]);
    assert!(info.contains("612 x 792"), "US Letter pages:\n{info}");
}

#[test]
fn the_full_plan_keeps_stances_out_unless_chosen() {
    let (store, _dir) = store();
    let plan = store.load_demo().unwrap();
    let (pdf, _) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::A4).unwrap();
    keep("plan-demo.pdf", &pdf);
    let text = text_of(&pdf);
    for expected in
        ["Road to Senior", "Depth in my area", "Cut search p95 latency", "Priya Raman", "MANAGE CLOSELY", "1 of"]
    {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(
        !text.contains("Champion") && !text.contains("Predictable delivery"),
        "stances and cares stay out:\n{text}"
    );
    let mut all = PlanSection::defaults();
    all.push(PlanSection::PeopleDetails);
    let detailed = text_of(&render_plan(&store, plan.id, today(), &all, Paper::A4).unwrap().0);
    assert!(detailed.contains("Predictable delivery"), "{detailed}");
}

#[test]
fn a_year_of_records_still_makes_a_brief_that_fits_a_minute() {
    let (store, _dir) = store();
    store.load_years(1).unwrap();
    let active = store.list_plans().unwrap().into_iter().find(|p| p.status == cairn_core::PlanStatus::Active).unwrap();
    let person = store.list_one_on_ones(active.id).unwrap()[0].stakeholder_id.unwrap();
    let request = BriefRequest { plan_id: active.id, date: "2026-11-23".into(), stakeholder_id: person };
    let (pdf, _) = render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap();
    keep("brief-one-year.pdf", &pdf);
    let text = text_of(&pdf);
    // Long lists show their first ten rows and say how many more there are.
    assert!(text.contains("more pieces of feedback in Cairn."), "{text}");
    assert!(text.contains("more agenda items in Cairn."), "{text}");
    assert!(pages(&pdf) <= 6, "a brief of {} pages is not a brief", pages(&pdf));
}

#[test]
fn the_promotion_packet_lists_each_target_level_expectation_with_its_evidence() {
    let (store, _dir) = store();
    let plan = store.load_demo().unwrap();
    let csv = "topic,level,expectation,example\n\
        Delivery,L3,Ships well-defined features on time,\n\
        Delivery,L4,Leads a project of several people end to end,\n\
        Mentoring,L4,Mentors at least one engineer,\n\
        Mentoring,L4,\"#panic(\"\"x\"\") <b>runs</b> the guild\",\n";
    let draft = cairn_core::parse_framework_file("Acme ladder.csv", csv.as_bytes(), None).unwrap();
    let framework = store.import_framework(&draft, "Acme ladder.csv").unwrap();
    let (l3, l4) = (framework.levels[0].id, framework.levels[1].id);

    // Without a framework the section says so and the document has no such section.
    store.clear_plan_ladder(plan.id).unwrap();
    let preview = store.plan_document(plan.id, today()).unwrap().preview();
    let section = preview.iter().find(|p| p.section == PlanSection::Readiness).unwrap();
    assert_eq!(section.summary, "This plan uses no framework");
    let (pdf, _) = render_plan(&store, plan.id, today(), &PlanSection::defaults(), Paper::A4).unwrap();
    assert!(!text_of(&pdf).contains("PROMOTION READINESS"));

    store
        .set_plan_ladder(
            plan.id,
            &cairn_core::PlanLadderInput { framework_id: framework.id, current_level_id: l3, target_level_id: l4 },
        )
        .unwrap();
    let win = store.list_wins(plan.id).unwrap()[0].clone();
    let expectations = &store.get_framework(framework.id).unwrap().topics[0].expectations;
    let lead = expectations.iter().find(|e| e.text.starts_with("Leads")).unwrap().id;
    store
        .link_evidence(
            plan.id,
            &cairn_core::EvidenceInput { expectation_id: lead, kind: cairn_core::EvidenceKind::Win, ref_id: win.id },
        )
        .unwrap();
    let mentoring = store.readiness(plan.id).unwrap().unwrap().topics[1].expectations[0].id;
    store.milestone_for_gap(plan.id, mentoring).unwrap();

    let (pdf, _) = render_plan(&store, plan.id, today(), &[PlanSection::Readiness], Paper::A4).unwrap();
    keep("promotion-packet.pdf", &pdf);
    let text = text_of(&pdf);
    for expected in [
        "PROMOTION READINESS",
        "Ready for L4 (Acme ladder): 1 of 3 expectations have evidence (33%).",
        "From L3 to L4.",
        "Delivery 1 of 1",
        "Leads a project of several people end to end",
        &format!("Win: {}", win.title),
        "Mentoring 0 of 2",
        "Milestone: Show: Mentors at least one engineer (planned, counts when done)",
        "#panic(\"x\") <b>runs</b> the guild",
        "No evidence linked yet.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert!(!text.contains("Ships well-defined features"), "only the target level's expectations");

    let (md, _) = cairn_report::render_plan_markdown(
        &store.plan_document(plan.id, today()).unwrap().keep(&[PlanSection::Readiness]),
    );
    assert!(md.contains("- [x] Leads a project of several people end to end"), "{md}");
    assert!(md.contains("\\#panic(\"x\") \\<b\\>runs\\</b\\> the guild"), "{md}");
}
