//! Skills, end to end: change a level in place on the card, see it kept, and add a learning action.

use fantoccini::Locator;

use crate::app::App;

const DEPTH: &str = "//article[.//h3[normalize-space(.)='Depth in my area']]";

#[tokio::test]
async fn a_level_changed_on_the_card_is_kept_and_a_new_action_joins_the_balance() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    app.wait_for("nav a[href^='#/skills/']").await.click().await.expect("open the skills");
    app.wait_for_text("#skills-heading", "Skills").await;
    app.wait_for(".radar svg polygon.current").await;
    app.screenshot("skills").await;
    app.assert_accessible("skills").await;

    // Click the fifth step of "Now": the person is an expert already, so the aim rises with it.
    let step = format!(
        "{DEPTH}//fieldset[legend[normalize-space(.)='Current level of Depth in my area']]//label[.//input[@value='5']]"
    );
    app.client.find(Locator::XPath(&step)).await.expect("the fifth step").click().await.expect("click it");
    app.wait_for_text("#skills-heading + *, main", "At target").await;

    // Away and back: what shows now comes from the database.
    app.wait_for("nav a[href^='#/dashboard/']").await.click().await.expect("open the dashboard");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for("nav a[href^='#/skills/']").await.click().await.expect("back to the skills");
    let card = app.client.wait().for_element(Locator::XPath(DEPTH)).await.expect("the card again");
    let text = card.text().await.unwrap();
    assert!(text.contains("At target") && text.contains("5 · Expert"), "{text}");

    // A course for the same skill, added from the card, is listed and counted in the balance.
    let before = app.wait_for(".balance-panel figcaption").await.text().await.unwrap();
    let input = card.find(Locator::Css("input[id$='-new-action']")).await.unwrap();
    input.send_keys("Watch the indexing talk from last year's conference").await.unwrap();
    card.find(Locator::Css("select[id$='-new-kind']")).await.unwrap().select_by_label("Courses").await.unwrap();
    card.find(Locator::XPath(".//button[normalize-space(.)='Add']")).await.unwrap().click().await.unwrap();
    app.wait_for_text("ul[aria-label='Learning actions for Depth in my area']", "Watch the indexing talk").await;
    let deadline = std::time::Instant::now() + crate::app::PATIENCE;
    loop {
        let after = app.wait_for(".balance-panel figcaption").await.text().await.unwrap();
        if after != before {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the balance never changed from {before:?}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.quit().await;
}
