//! Drives the real Cairn binary: starts tauri-driver (which starts WebKitWebDriver, which starts the
//! app) on free ports with a given data folder, and hands out a WebDriver client.

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// How long to wait for the app to show something before failing the test.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The longest one app launch may live. WebDriver calls have no timeout of their own, so an app or
/// WebKitWebDriver that stops answering would hang the suite until CI gives up; past this limit a
/// watchdog kills the driver's process group, the pending call fails and the test names itself.
const LIFETIME: Duration = Duration::from_secs(240);

/// How long closing the session may take before the app is killed instead.
const CLOSE_WITHIN: Duration = Duration::from_secs(15);

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
    /// Dropping this tells the watchdog the launch ended in time.
    _watchdog: mpsc::Sender<()>,
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
        Self::launch_as(data_dir, env, false).await
    }

    /// Launches Cairn on a data folder it cannot write to: the folder is bind-mounted read-only in
    /// a mount namespace of the driver's own, which the app inherits (root bypasses permission
    /// bits, not a read-only mount).
    pub async fn launch_read_only(data_dir: &Path) -> App {
        Self::launch_as(data_dir, &[], true).await
    }

    async fn launch_as(data_dir: &Path, env: &[(&str, &str)], read_only: bool) -> App {
        let mut last = String::new();
        for _ in 0..3 {
            match Self::try_launch(data_dir, env, read_only).await {
                Ok(app) => {
                    app.wait_for("nav[aria-label='Main']").await;
                    return app;
                }
                Err(err) => {
                    eprintln!("note: no WebDriver session on this try ({err}); trying with a fresh driver");
                    last = err;
                }
            }
        }
        panic!("no WebDriver session with the app after three tries: {last}");
    }

    async fn try_launch(data_dir: &Path, env: &[(&str, &str)], read_only: bool) -> Result<App, String> {
        let port = free_port();
        let native_port = free_port();
        let ports = ["--port".to_owned(), port.to_string(), "--native-port".to_owned(), native_port.to_string()];
        let mut command = if read_only {
            let mut c = Command::new("unshare");
            c.args(["-m", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec tauri-driver \"$@\""]);
            c.arg(data_dir).args(&ports);
            c
        } else {
            let mut c = Command::new("tauri-driver");
            c.args(&ports);
            c
        };
        let driver = command
            .env("CAIRN_DATA_DIR", data_dir)
            // The window's size and place are kept in the config folder: one per test, not the person's.
            .env("XDG_CONFIG_HOME", data_dir.join("config"))
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            // Its own process group, so WebKitWebDriver and the app can be stopped with it.
            .process_group(0)
            .spawn()
            .expect("tauri-driver is installed (./dev test installs it)");
        let watchdog = watch(driver.id(), LIFETIME);

        // tauri-driver listens before the WebKitWebDriver it proxies to does; a session asked for
        // in between is dropped ("did not respond"), so wait for both.
        let deadline = Instant::now() + PATIENCE;
        for listening_port in [port, native_port] {
            while TcpStream::connect((Ipv4Addr::LOCALHOST, listening_port)).is_err() {
                if Instant::now() > deadline {
                    stop_driver(driver);
                    return Err(format!("the WebDriver servers did not listen on ports {port} and {native_port}"));
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }

        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": app_binary() }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut builder = ClientBuilder::new(connector);
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{port}");
        let session = builder.connect(&url);
        match tokio::time::timeout(2 * PATIENCE, session).await {
            Ok(Ok(client)) => {
                Ok(App { client, driver: Some(driver), data_dir: data_dir.to_owned(), _watchdog: watchdog })
            }
            Ok(Err(err)) => {
                stop_driver(driver);
                Err(err.to_string())
            }
            Err(_) => {
                stop_driver(driver);
                Err(format!("no session within {:?}", 2 * PATIENCE))
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

    /// Waits for the element at `xpath` and clicks it.
    pub async fn click_xpath(&self, xpath: &str) {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("{xpath} never appeared: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not click {xpath}: {e}"));
    }

    /// Clicks the button whose accessible name (`aria-label`) is `label`.
    pub async fn click_labelled(&self, label: &str) {
        self.click_xpath(&format!("//button[@aria-label=\"{label}\"]")).await;
    }

    /// Waits until the text of `css` contains `needle`, and returns that text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut seen = String::new();
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = el.text().await
            {
                if text.contains(needle) {
                    return text;
                }
                seen = text;
            }
            let shown: String = seen.chars().take(800).collect();
            assert!(Instant::now() < deadline, "{css} never showed {needle:?}; it showed: {shown}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the DOM property `prop` of `css` (e.g. textContent, which includes text only a
    /// screen reader reads) contains `needle`.
    pub async fn wait_for_prop(&self, css: &str, prop: &str, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            // Runs of whitespace count as one space: how markup is laid out in the source (one
            // element a line) is not what a person reads.
            if let Ok(el) = self.client.find(Locator::Css(css)).await
                && let Ok(Some(value)) = el.prop(prop).await
                && value.split_whitespace().collect::<Vec<_>>().join(" ").contains(needle)
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

    /// Ends the session (the app quits on its own, saving what it saves on close), then stops
    /// tauri-driver's whole process group so that nothing of this launch is left running.
    pub async fn quit(mut self) {
        if tokio::time::timeout(CLOSE_WITHIN, self.client.clone().close()).await.is_err() {
            eprintln!("note: closing the WebDriver session took over {CLOSE_WITHIN:?}; stopping the app instead");
        }
        // Cairn removes its instance socket as it exits: give it the time to do so by itself.
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
        if let Some(driver) = self.driver.take() {
            stop_driver(driver);
        }
    }
}

/// A failed assertion unwinds through here: stop the driver's group so no app or WebKitWebDriver
/// outlives the test. An app left running would hold its data folder's instance socket, and the
/// next launch on that folder would hand over to it and never give WebDriver a window.
impl Drop for App {
    fn drop(&mut self) {
        if let Some(driver) = self.driver.take() {
            stop_driver(driver);
        }
    }
}

/// SIGTERM first (tauri-driver then ends WebKitWebDriver and the app), then SIGKILL to the whole
/// group, so nothing that hung outlives the test.
fn stop_driver(mut driver: Child) {
    signal_group(driver.id(), "TERM");
    let deadline = Instant::now() + Duration::from_secs(10);
    while driver.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    signal_group(driver.id(), "KILL");
    let _ = driver.wait();
}

/// Sends `signal` to the process group led by `pid` (tauri-driver, WebKitWebDriver, the app).
fn signal_group(pid: u32, signal: &str) {
    let _ = Command::new("kill").args([&format!("-{signal}"), "--", &format!("-{pid}")]).stderr(Stdio::null()).status();
}

/// Kills the group led by `pid` unless the returned sender is dropped within `limit`.
fn watch(pid: u32, limit: Duration) -> mpsc::Sender<()> {
    let (tx, rx) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(limit) {
            eprintln!("e2e watchdog: the app was still running after {limit:?}; killing it so the test fails");
            signal_group(pid, "KILL");
        }
    });
    tx
}
