//! Drives the real Cairn binary: starts tauri-driver (which starts WebKitWebDriver, which starts the
//! app) on free ports with a given data folder, and hands out a WebDriver client.

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// How long to wait for the app to show something before failing the test.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The app binary built by `cargo build -p cairn-app`, next to this test's own target dir.
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("CAIRN_APP_BIN") {
        return PathBuf::from(path);
    }
    // target/<profile>/deps/e2e-<hash> → target/<profile>/cairn
    let exe = std::env::current_exe().expect("the test knows where it runs from");
    let profile_dir = exe.parent().and_then(Path::parent).expect("test binary lives in target/<profile>/deps");
    let app = profile_dir.join("cairn");
    assert!(app.exists(), "{} is missing: run `cargo build -p cairn-app` first", app.display());
    app
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).and_then(|l| l.local_addr()).expect("a free local port").port()
}

/// Where screenshots go so a person can look at them (not committed).
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../artifacts/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// A running Cairn window on a data folder, driven through WebDriver.
pub struct App {
    pub client: Client,
    driver: Option<Child>,
    data_dir: PathBuf,
}

impl App {
    /// Launches Cairn with `CAIRN_DATA_DIR=data_dir` and waits until its page has loaded.
    pub async fn launch(data_dir: &Path) -> App {
        Self::launch_with(data_dir, &[]).await
    }

    /// Launches Cairn with extra environment (e.g. `GTK_THEME=Adwaita:dark` for the dark look).
    /// A first WebDriver session on a cold machine is sometimes dropped while WebKit starts; one
    /// more try with a fresh driver tells that apart from an app that does not start.
    pub async fn launch_with(data_dir: &Path, env: &[(&str, &str)]) -> App {
        let mut last = String::new();
        for _ in 0..3 {
            match Self::try_launch(data_dir, env).await {
                Ok(app) => {
                    app.wait_for("nav[aria-label='Main']").await;
                    return app;
                }
                Err(err) => last = err,
            }
        }
        panic!("no WebDriver session with the app after three tries: {last}");
    }

    async fn try_launch(data_dir: &Path, env: &[(&str, &str)]) -> Result<App, String> {
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("CAIRN_DATA_DIR", data_dir)
            // The window's size and place are kept in the config folder: one per test, not the person's.
            .env("XDG_CONFIG_HOME", data_dir.join("config"))
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed (./dev test installs it)");

        let deadline = Instant::now() + PATIENCE;
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if Instant::now() > deadline {
                stop_driver(driver);
                return Err(format!("tauri-driver did not listen on port {port}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": app_binary() }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(caps).connect(&format!("http://127.0.0.1:{port}")).await {
            Ok(client) => Ok(App { client, driver: Some(driver), data_dir: data_dir.to_owned() }),
            Err(err) => {
                stop_driver(driver);
                Err(err.to_string())
            }
        }
    }

    /// Waits for an element matching `css` to exist.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    /// Waits for a button whose visible text is exactly `label`.
    pub async fn button(&self, label: &str) -> Element {
        let xpath = format!("//button[normalize-space(.)='{label}']");
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no button labelled {label:?}: {e}"))
    }

    /// Waits until the text of `css` contains `needle`, and returns that text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = el.text().await
                && text.contains(needle)
            {
                return text;
            }
            assert!(Instant::now() < deadline, "{css} never showed {needle:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the DOM property `prop` of `css` (e.g. textContent, which includes text only a
    /// screen reader reads) contains `needle`.
    pub async fn wait_for_prop(&self, css: &str, prop: &str, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await
                && let Ok(Some(value)) = el.prop(prop).await
                && value.contains(needle)
            {
                return;
            }
            assert!(Instant::now() < deadline, "{css}'s {prop} never contained {needle:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types into the field labelled by `id`, replacing what was there, as a person would.
    pub async fn fill(&self, id: &str, text: &str) {
        let field = self.wait_for(&format!("#{id}")).await;
        field.click().await.expect("focus the field");
        field.clear().await.expect("clear the field");
        field.send_keys(text).await.expect("type into the field");
    }

    /// Runs axe-core inside the real window and fails on any serious or critical violation,
    /// naming the rule, its help text and the first elements it found.
    pub async fn assert_accessible(&self, what: &str) {
        let axe_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&axe_path)
            .unwrap_or_else(|e| panic!("{} is missing ({e}): run npm ci in ui/", axe_path.display()));
        self.client.execute(&axe, vec![]).await.expect("inject axe-core");
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
                   .catch(e => done([{ id: 'axe-error', help: String(e) }]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations = found.as_array().cloned().unwrap_or_default();
        assert!(
            violations.is_empty(),
            "{what}: accessibility violations: {}",
            serde_json::to_string_pretty(&found).unwrap_or_default()
        );
    }

    /// Saves a PNG of the window for a person to look at, without the passing toasts in front.
    pub async fn screenshot(&self, name: &str) {
        let _ = self
            .client
            .execute("document.querySelectorAll(\"button[aria-label='Dismiss']\").forEach(b => b.click())", vec![])
            .await;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Ends the session (the app quits) and stops tauri-driver gently, so WebKitWebDriver frees its port.
    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        if let Some(driver) = self.driver.take() {
            stop_driver(driver);
        }
        // Cairn removes its instance socket as it exits: wait for that, so a relaunch on the same
        // data folder meets no Cairn on its way out.
        let socket = self.data_dir.join("cairn.sock");
        let deadline = Instant::now() + Duration::from_secs(10);
        let listening = |p: &Path| std::os::unix::net::UnixStream::connect(p).is_ok();
        let started = Instant::now();
        while socket.exists() && listening(&socket) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if started.elapsed() > Duration::from_secs(1) {
            eprintln!("note: Cairn took {:?} to quit after the session closed", started.elapsed());
        }
    }
}

/// A failed assertion unwinds through here: stop the driver so no app or WebKitWebDriver outlives
/// the test and holds its ports.
impl Drop for App {
    fn drop(&mut self) {
        if let Some(driver) = self.driver.take() {
            stop_driver(driver);
        }
    }
}

/// SIGTERM first (tauri-driver then ends WebKitWebDriver and the app), SIGKILL if it lingers.
fn stop_driver(mut driver: Child) {
    let _ = Command::new("kill").args(["-TERM", &driver.id().to_string()]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while driver.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = driver.kill();
    let _ = driver.wait();
}
