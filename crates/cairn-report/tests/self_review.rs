//! The self-review and the period-limited plan document as a person receives them, read back
//! with pdftotext: the person's text, what it was drawn from, what has no evidence, the packet
//! counting only the period, and mentees by initials.

mod common;

use cairn_core::{PlanSection, SectionKey};
use chrono::NaiveDate;
use common::{keep, store, text_of, today};

#[test]
fn the_self_review_prints_the_persons_text_its_sources_its_gaps_and_the_periods_packet() {
    let (store, _dir) = store();
    let plan = store.load_demo().unwrap();
    let review = store.self_review(plan.id).unwrap();
    let mentoring = review.sections.iter().find(|s| s.name == "Mentoring and leadership").unwrap();
    assert!(mentoring.draft.contains("Onboarded Lena in two weeks"), "{}", mentoring.draft);
    let SectionKey::Topic(_) = mentoring.key else { panic!("the demo uses the built-in ladder") };
    let mine = "I grew two engineers this half.\n\nLena shipped her first feature in week two; I planned her onboarding \
                and paired with her daily.";
    store.save_review_section(plan.id, mentoring.key, mine).unwrap();

    let doc = store.self_review_document(plan.id, "", "").unwrap();
    let (pdf, name) = cairn_report::render_self_review(&doc, cairn_core::Paper::A4).unwrap();
    keep("self-review.pdf", &pdf);
    assert!(name.starts_with("Self-review Road to Senior"), "{name}");
    let text = text_of(&pdf);
    for expected in [
        "SELF-REVIEW",
        "Against Cairn ladder: individual contributor, Senior engineer",
        "MENTORING AND LEADERSHIP",
        "I grew two engineers this half.",
        "paired with her daily.",
        "Drawn from",
        "Win: Onboarded Lena in two weeks",
        "Mentoring session: Mentoring L. P.",
        "No evidence in this period for",
        "Situation: Search timed out for large customers at peak",
        "My part: I profiled the query path",
        "“The latency work made the search demo to sales go smoothly.” — Ana",
        "READINESS PACKET",
        "Ready for Senior engineer (Cairn ladder: individual contributor)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert!(!text.contains("Lena Park"), "mentees by initials");
    assert!(!text.contains("Your docs explain the chosen design"), "feedback not marked quotable stays out");

    // A period before the records: nothing drawn, every expectation without evidence, packet at 0.
    let early =
        store.self_review_document(plan.id, &plan.start_date.to_string(), &plan.start_date.to_string()).unwrap();
    assert_eq!(early.packet.as_ref().unwrap().met, 0);
    let (md, md_name) = cairn_report::render_self_review_markdown(&early);
    assert!(md_name.ends_with(".md"));
    assert!(md.contains("## Mentoring and leadership"));
    assert!(md.contains("I grew two engineers this half."), "the person's text stays whatever the period");
    assert!(md.contains("No evidence yet in this period for:"));
    assert!(md.contains("## Readiness packet"));
    assert!(!md.contains("Drawn from"));
    assert!(store.self_review_document(plan.id, "2026-10-01", "2026-09-01").is_err());
}

#[test]
fn the_plan_documents_wins_can_be_limited_to_a_period() {
    let (store, _dir) = store();
    let plan = store.load_demo().unwrap();
    let wins = store.list_wins(plan.id).unwrap();
    let newest = wins.iter().map(|w| w.date).max().unwrap();
    let doc = store.plan_document(plan.id, today()).unwrap().keep(&[PlanSection::Wins]).wins_within(newest, newest);
    let (pdf, _) = cairn_report::render_plan(&doc, cairn_core::Paper::A4).unwrap();
    let text = text_of(&pdf);
    let heading = format!("WINS, {}", cairn_core_day(newest)).to_uppercase();
    assert!(text.contains(&heading), "missing {heading:?} in {text}");
    let shown: Vec<_> = wins.iter().filter(|w| text.contains(&w.title)).collect();
    assert_eq!(shown.len(), 1, "{text}");
    let (md, _) = cairn_report::render_plan_markdown(&doc);
    assert!(md.contains("## Wins, "));
}

fn cairn_core_day(d: NaiveDate) -> String {
    format!("{} – {}", d.format("%-d %b"), d.format("%-d %b %Y"))
}
