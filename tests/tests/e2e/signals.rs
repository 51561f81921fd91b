//! The senior signals, end to end as a person would: a mentee given a goal, a session run from
//! its generated agenda and linked as evidence for a leadership expectation, found in the exported
//! promotion packet; a talk to the company logged, seen in the visibility view and the one-on-one
//! brief; feedback requested about a skill, its answer logged from the request and counted.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use cairn_core::{PlanLadderInput, Store, parse_framework_file};

use crate::app::App;

const LADDER: &str = "topic,level,expectation,example\n\
    Leadership,Mid-level,Helps teammates when asked,\n\
    Leadership,Senior,Mentors at least one engineer with goals of their own,\n\
    Communication,Senior,Presents beyond the team,\n";

/// The demo, held against a small ladder, in `data` (a folder under a throwaway HOME).
fn demo_with_ladder(data: &Path) {
    let store = Store::open(data.join("cairn.db")).unwrap();
    let plan = store.load_demo().unwrap();
    let draft = parse_framework_file("ladder.csv", LADDER.as_bytes(), None).unwrap();
    let framework = store.get_framework(store.import_framework(&draft, "ladder.csv").unwrap().id).unwrap();
    let levels = &framework.summary.levels;
    store
        .set_plan_ladder(
            plan.id,
            &PlanLadderInput {
                framework_id: framework.summary.id,
                current_level_id: levels[0].id,
                target_level_id: levels[1].id,
            },
        )
        .unwrap();
}

/// Saves through the real save dialog (Enter on the suggested name) and reads the PDF's text.
async fn saved_pdf_text(app: &App, home: &Path, name: &str) -> String {
    app.button("Save PDF…").await.click().await.expect("save");
    tokio::task::spawn_blocking(crate::export::accept_save_dialog).await.unwrap();
    app.wait_for_text("body", &format!("Saved ~/{name}")).await;
    let file = home.join(name);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !file.exists() {
        assert!(Instant::now() < deadline, "{} was not written", file.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let out = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn launch_demo(ladder: bool) -> (App, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    if ladder {
        demo_with_ladder(&data);
    } else {
        Store::open(data.join("cairn.db")).unwrap().load_demo().unwrap();
    }
    let home_str = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    (app, home)
}

#[tokio::test]
async fn a_mentoring_session_run_from_its_agenda_is_evidence_in_the_exported_packet() {
    let (app, home) = launch_demo(true).await;
    app.wait_for_prop("[data-testid='mentoring-glance']", "textContent", "Goals met 1 of 4").await;
    app.wait_for("nav a[href^='#/mentoring/']").await.click().await.expect("open mentoring");

    // A goal for Lee, then a session: its agenda starts from Lee's open goals.
    app.wait_for("#mentee-6").await;
    app.fill("mentee-6-goal", "Run the indexer's on-call handover alone").await;
    app.click_xpath("//article[@id='mentee-6']//button[normalize-space(.)='Add goal']").await;
    app.wait_for_text("#mentee-6", "Run the indexer's on-call handover alone").await;
    app.click_labelled("Start a session with Lee Tanaka").await;
    app.wait_for_text("#session-heading", "Session with Lee Tanaka").await;
    let agenda = app.wait_for_text("aside", "Goal: Run the indexer's on-call handover alone").await;
    assert!(
        agenda.contains("How did it go: Turn the shift notes into a runbook page"),
        "last time's follow-up: {agenda}"
    );
    app.click_xpath("//aside//label[contains(., 'Goal: Run the indexer')]/input").await;
    app.fill("session-topics", "Handover checklist and escalation paths").await;
    app.fill("session-willTry", "Lead Thursday's handover").await;
    app.fill("session-notes", "Confident about alerts now; unsure about escalation.").await;
    app.screenshot("mentoring-session").await;
    app.assert_accessible("mentoring session").await;
    app.button("Save session").await.click().await.expect("save the session");
    app.wait_for_text("body", "Saved the session with Lee Tanaka.").await;
    app.wait_for_text("#mentee-6", "Handover checklist and escalation paths").await;
    app.screenshot("mentoring").await;
    app.assert_accessible("mentoring").await;

    // Readiness: the session is evidence for the mentoring expectation.
    app.wait_for("nav a[href^='#/readiness/']").await.click().await.expect("open readiness");
    app.wait_for_text("#summary-heading", "0 of 2").await;
    app.click_labelled("Link evidence for: Mentors at least one engineer with goals of their own").await;
    app.click_xpath("//ul[@aria-label='Things you can link']//button[starts-with(@aria-label, 'Link mentoring session ') and contains(@aria-label, 'Handover checklist')]",
    )
    .await;
    app.wait_for_text("#summary-heading", "1 of 2").await;
    app.button("Done").await.click().await.expect("close the picker");
    app.wait_for_text("main", "Mentoring session: Handover checklist and escalation paths (Lee Tanaka)").await;

    // The packet names the mentee by initials and keeps the notes out.
    app.button("Export packet…").await.click().await.expect("open the packet export");
    // Save is enabled once the panel has said what each section holds.
    app.wait_for_text("aside", "Promotion readiness").await;
    let text = saved_pdf_text(&app, home.path(), "Road to Senior.pdf").await;
    assert!(text.contains("Mentoring session: Handover checklist and escalation paths (L. T.)"), "{text}");
    assert!(!text.contains("Lee Tanaka"), "the mentee is named by initials:\n{text}");
    assert!(!text.contains("unsure about escalation"), "session notes are private:\n{text}");
    app.quit().await;
}

#[tokio::test]
async fn a_talk_to_the_company_is_seen_in_the_visibility_view_and_the_brief() {
    let (app, home) = launch_demo(false).await;
    app.wait_for("nav a[href^='#/visibility/']").await.click().await.expect("open visibility");
    app.wait_for_text("[data-testid='visibility-summary']", "3 records, 2 beyond your team").await;
    app.button("Log visibility").await.click().await.expect("log");
    app.fill("visibility-title", "How we test the ranker (company tech talk)").await;
    app.wait_for("#visibility-audience").await.select_by_label("The company").await.unwrap();
    app.fill("visibility-audienceSize", "120").await;
    app.fill("visibility-link", "https://wiki.example.com/talks/ranker-tests").await;
    app.button("Log this").await.click().await.expect("save the talk");
    app.wait_for_text("body", "Logged “How we test the ranker (company tech talk)”.").await;
    app.wait_for_text("[data-testid='visibility-summary']", "4 records, 3 beyond your team").await;
    app.wait_for_prop("table.visually-hidden", "textContent", "Month").await;
    let card = app.wait_for_text("ul[aria-label='Visibility records'] li:first-child", "How we test the ranker").await;
    assert!(card.contains("The company, about 120 people"), "{card}");
    app.wait_for("input[aria-label='Link to How we test the ranker (company tech talk)']").await;
    app.screenshot("visibility").await;
    app.assert_accessible("visibility").await;

    // The brief for the next one-on-one with Priya lists it under what happened since last time.
    app.wait_for("nav a[href^='#/meetings/']").await.click().await.expect("open one-on-ones");
    app.click_xpath("//nav[@aria-label='One-on-ones']//li[1]/button").await;
    app.button("Export brief…").await.click().await.expect("open the brief export");
    app.wait_for_text("aside", "Visibility and mentoring since the last one-on-one").await;
    let date = (chrono::Local::now().date_naive() + chrono::Days::new(2)).to_string();
    let text = saved_pdf_text(&app, home.path(), &format!("One-on-one Priya Raman {date}.pdf")).await;
    assert!(text.contains("VISIBILITY AND MENTORING"), "{text}");
    assert!(text.contains("How we test the ranker (company tech talk)"), "{text}");
    assert!(text.contains("Company · about 120 people"), "{text}");
    app.quit().await;
}

#[tokio::test]
async fn feedback_requested_about_a_skill_is_answered_from_the_request_and_counted() {
    let (app, _home) = launch_demo(false).await;
    app.wait_for("nav a[href^='#/feedback/']").await.click().await.expect("open feedback");
    app.click_xpath("//button[@role='tab'][contains(., 'Asked for')]").await;
    app.wait_for_text("[data-testid='request-counts']", "1 to ask · 1 waiting · 1 answered · 1 declined").await;
    app.button("Ask for feedback").await.click().await.expect("ask");
    app.wait_for("#request-stakeholderId").await.select_by_label("Dev Patel").await.unwrap();
    app.wait_for("#request-skillId").await.select_by_label("Mentoring").await.unwrap();
    app.wait_for("#request-status").await.select_by_label("Asked").await.unwrap();
    app.button("Save request").await.click().await.expect("save the request");
    app.wait_for_text("[data-testid='request-counts']", "1 to ask · 2 waiting · 1 answered").await;
    app.screenshot("feedback-requests").await;
    app.assert_accessible("feedback requests").await;

    app.click_labelled("Log the answer from Dev Patel about Mentoring").await;
    app.fill("feedback-said", "Your onboarding of Lena was the best I have seen here; write it down for others.").await;
    app.wait_for("#feedback-kind").await.select_by_label("Praise").await.unwrap();
    // The card has a "Log the answer" button too: this is the panel's.
    app.click_xpath("//aside//button[@type='submit'][normalize-space(.)='Log the answer']").await;
    app.wait_for_text("[data-testid='request-counts']", "1 to ask · 1 waiting · 2 answered").await;
    app.click_xpath("//button[@role='tab'][contains(., 'Received')]").await;
    app.wait_for_text("ul[aria-label='Feedback']", "Answers your request about Mentoring").await;
    app.quit().await;

    // Kept as one answered request linked to its feedback.
    let store = Store::open(_home.path().join("data/cairn.db")).unwrap();
    let plan = store.list_plans().unwrap()[0].id;
    let requests = store.list_feedback_requests(plan).unwrap();
    let answered = requests.items.iter().find(|r| r.topic == "Mentoring").unwrap();
    assert_eq!(answered.status, cairn_core::RequestStatus::Answered);
    assert!(store.get_feedback(answered.feedback_id.unwrap()).unwrap().said.starts_with("Your onboarding of Lena"));
}
