//! A windowless Cairn for command tests: Tauri's mock runtime with the app's real configuration
//! (so the app manifest and capabilities are exercised), on a temp data folder.
#![allow(dead_code)]

use cairn_app::{AppState, configure, context, with_plugins};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

pub struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

pub fn harness_in(dir: tempfile::TempDir) -> Harness {
    // The plugins the app really registers, so the ACL is probed against them.
    let app = configure(with_plugins(mock_builder()))
        .manage(AppState::open(dir.path()))
        .build(context())
        .expect("the app builds with the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a mock window");
    Harness { _app: app, window, _dir: dir }
}

pub fn harness() -> Harness {
    harness_in(tempfile::tempdir().unwrap())
}

impl Harness {
    /// The app's state, for what a native dialog would have answered.
    pub fn state(&self) -> tauri::State<'_, AppState> {
        use tauri::Manager;
        self.window.state::<AppState>()
    }

    /// Invokes `cmd` as the UI would; `Err` carries the serialized error.
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.invoke_from("tauri://localhost", cmd, args)
    }

    /// Invokes `cmd` as a page loaded from `origin` would.
    pub fn invoke_from(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the app's origin is tauri://localhost; another origin is refused by the ACL.
            url: origin.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        tauri::test::get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }
}

/// A valid plan input (a nine-month window in 2026).
pub fn plan_input(title: &str, start: &str, end: &str) -> Value {
    json!({
        "title": title,
        "goal": "Own the search relevance work end to end.",
        "startDate": start,
        "endDate": end,
        "currentLevel": "Mid-level",
        "targetLevel": "Senior",
        "track": "ic",
        "status": "active"
    })
}

/// Creates a plan and returns its id.
pub fn new_plan(h: &Harness) -> i64 {
    h.invoke("create_plan", json!({ "input": plan_input("Plan", "2026-01-05", "2026-10-05") })).unwrap()["id"]
        .as_i64()
        .unwrap()
}
