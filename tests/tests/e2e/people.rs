//! The stakeholder map, end to end: add a person and move them to "manage closely" on the grid.

use crate::app::App;

#[tokio::test]
async fn a_new_person_moved_on_the_grid_lands_in_manage_closely() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for("nav a[href^='#/people/']").await.click().await.expect("open people");
    app.wait_for_text("table", "Marcus Feld").await;

    app.button("Add a person").await.click().await.unwrap();
    app.fill("person-name", "Omar Haddad").await;
    app.fill("person-role", "Head of data platform").await;
    app.button("Add person").await.click().await.unwrap();
    app.wait_for_text("table", "Omar Haddad").await;

    // New people start in the middle (3, 3); take them down to "monitor", then up to "manage closely".
    let omar = "button.token[data-person='Omar Haddad']";
    app.wait_for(omar).await.send_keys("\u{E015}\u{E012}").await.expect("arrow down and left");
    app.wait_for_prop(omar, "textContent", "influence 2, interest 2, monitor").await;
    app.wait_for(omar)
        .await
        .send_keys("\u{E013}\u{E013}\u{E013}\u{E014}\u{E014}\u{E014}")
        .await
        .expect("arrow up and right");
    app.wait_for_prop(omar, "textContent", "influence 5, interest 5, manage closely").await;
    let row = app.wait_for_text("table tbody", "Omar Haddad").await;
    assert!(row.contains("Manage closely"), "{row}");

    // Let the token's short move animation finish before the picture.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    app.screenshot("people").await;
    app.assert_accessible("people").await;
    app.quit().await;
}

/// The journey with the pointer: a plan from a template, a new person, pressed, dragged to
/// the top-right of the grid and let go there.
#[tokio::test]
async fn a_person_dragged_with_the_pointer_lands_in_manage_closely() {
    use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
    use std::time::Duration;

    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for("button.template").await.click().await.expect("start from the first template");
    app.wait_for("#dashboard-heading").await;
    app.wait_for("nav a[href^='#/people/']").await.click().await.expect("open people");
    app.button("Add your first person").await.click().await.unwrap();
    app.fill("person-name", "Nadia Ivanova").await;
    app.fill("person-role", "Principal engineer").await;
    app.button("Add person").await.click().await.unwrap();
    app.wait_for_text("table", "Nadia Ivanova").await;

    let token = app.wait_for("button.token[data-person='Nadia Ivanova']").await;
    let (x, y, w, h) = app.wait_for(".board").await.rectangle().await.expect("the grid's place");
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: token, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveTo { duration: Some(Duration::from_millis(250)), x: x + w * 0.7, y: y + h * 0.3 })
        .then(PointerAction::MoveTo { duration: Some(Duration::from_millis(250)), x: x + w * 0.92, y: y + h * 0.08 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(drag).await.expect("drag the person");

    let nadia = "button.token[data-person='Nadia Ivanova']";
    app.wait_for_prop(nadia, "textContent", "influence 5, interest 5, manage closely").await;
    let row = app.wait_for_text("table tbody", "Nadia Ivanova").await;
    assert!(row.contains("Manage closely"), "{row}");
    app.quit().await;
}

/// Everything in the data folder as the JSON export, without the moment it was made and the
/// reminders the running app may have announced meanwhile.
fn everything(data: &std::path::Path) -> serde_json::Value {
    let store = cairn_core::Store::open(data.join("cairn.db")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&store.export_json().unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("exportedAt");
    doc["tables"].as_object_mut().unwrap().remove("reminder_sent");
    doc
}

/// Removing a person takes their history with them, and Undo gives back the very same person: the
/// same rows in the file (their check-ins, and the feedback and one-on-ones that name them).
#[tokio::test]
async fn a_removed_person_comes_back_whole_with_undo() {
    let data = tempfile::tempdir().unwrap();
    cairn_core::Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let before = everything(data.path());
    let app = App::launch(data.path()).await;
    app.wait_for("nav a[href^='#/people/']").await.click().await.expect("open people");
    app.wait_for_text("table", "Priya Raman").await;
    app.client
        .find(fantoccini::Locator::XPath("//table//button[normalize-space(.)='Priya Raman']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for("#person-form-heading").await;
    app.wait_for("button[aria-label='Delete Priya Raman']").await.click().await.unwrap();
    let confirm = app.wait_for("[role='group'][aria-label='Confirm deleting Priya Raman']").await;
    app.screenshot("people-delete-confirm").await;
    app.assert_accessible("the person panel asking before it deletes").await;
    confirm
        .find(fantoccini::Locator::XPath(".//button[normalize-space(.)='Delete']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for_text("[role='status']", "Removed Priya Raman from your map.").await;
    let table = app.wait_for("table tbody").await.text().await.unwrap();
    assert!(!table.contains("Priya Raman"), "{table}");
    // The toast lasts seven seconds: Undo right away (a screenshot here can take most of that).
    app.button("Undo").await.click().await.unwrap();
    app.wait_for_text("table tbody", "Priya Raman").await;
    app.wait_for("button[aria-label='History with Priya Raman']").await.click().await.unwrap();
    app.wait_for_text("#history-heading", "Priya Raman").await;
    app.assert_accessible("a person's history after Undo").await;
    app.quit().await;
    assert_eq!(everything(data.path()), before, "Undo put back the same rows");
}
