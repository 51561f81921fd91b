//! One Cairn per data folder. Two windows on one SQLite file would each show a stale picture of the
//! other's edits, so a second start hands over to the first (which comes to the front) and exits.
//!
//! The handle is a Unix socket in the data folder: local IPC, not a network connection, reachable
//! only by this user (the socket is 0600). Keying it to the folder, not to the app, means a second
//! profile (`CAIRN_DATA_DIR`) and the test suite's throwaway folders run side by side with the
//! person's own Cairn. The first Cairn answers "ok" when it has come forward; a socket left by a
//! crash, or held by a Cairn that is already quitting, gets no answer and is replaced.

/// The socket's file name inside the data folder (named in the core, which the CLI asks too).
pub use cairn_core::INSTANCE_SOCKET as SOCKET_FILE;

/// The socket file of the first Cairn, removed when it quits, but only while it is still its own:
/// a later Cairn may have replaced it during a slow shutdown.
pub struct Socket {
    pub path: std::path::PathBuf,
    pub id: Option<u64>,
}

impl Socket {
    pub fn release(&self) {
        if !self.path.as_os_str().is_empty() && file_id(&self.path) == self.id {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(unix)]
fn file_id(path: &std::path::Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.ino())
}

#[cfg(not(unix))]
fn file_id(_path: &std::path::Path) -> Option<u64> {
    None
}

/// What a start found.
pub enum Claim {
    /// This is the only Cairn on the folder; it listens for later starts.
    First(Listener),
    /// Another Cairn has the folder and was asked to come to the front.
    Running,
}

#[cfg(unix)]
pub use unix::{Listener, claim};

#[cfg(unix)]
mod unix {
    use std::io::{self, BufRead, BufReader, Write};
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::{Path, PathBuf};
    use std::time::Duration;

    use super::{Claim, SOCKET_FILE};

    const SHOW: &str = "show";
    const OK: &str = "ok";
    /// How long a later start waits for the first Cairn to say it came forward.
    const ANSWER_WITHIN: Duration = Duration::from_secs(3);

    /// The first Cairn's end of the socket.
    pub struct Listener {
        listener: UnixListener,
        path: PathBuf,
    }

    /// Claims `data_dir` for this process, or asks the Cairn that has it to show its window.
    pub fn claim(data_dir: &Path) -> io::Result<Claim> {
        let path = data_dir.join(SOCKET_FILE);
        match bind(&path) {
            Ok(listener) => Ok(Claim::First(listener)),
            Err(err) if err.kind() == io::ErrorKind::AddrInUse => {
                if asked_to_show(&path) {
                    return Ok(Claim::Running);
                }
                // Nobody answers: a Cairn that crashed, or one on its way out, left the socket.
                std::fs::remove_file(&path)?;
                bind(&path).map(Claim::First)
            }
            Err(err) => Err(err),
        }
    }

    fn asked_to_show(path: &Path) -> bool {
        let Ok(mut other) = UnixStream::connect(path) else { return false };
        if other.set_read_timeout(Some(ANSWER_WITHIN)).is_err()
            || other.write_all(format!("{SHOW}\n").as_bytes()).is_err()
        {
            return false;
        }
        let mut answer = String::new();
        BufReader::new(other).read_line(&mut answer).is_ok() && answer.trim() == OK
    }

    fn bind(path: &Path) -> io::Result<Listener> {
        let listener = UnixListener::bind(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        Ok(Listener { listener, path: path.to_owned() })
    }

    impl Listener {
        /// Calls `on_show` on a background thread each time a later start asks for the window, and
        /// answers "ok" when it returns true (false: this Cairn is quitting and the later one should
        /// take over). Returns the socket, for `release` when the app quits.
        pub fn serve(self, on_show: impl Fn() -> bool + Send + 'static) -> super::Socket {
            let socket = super::Socket { path: self.path.clone(), id: super::file_id(&self.path) };
            std::thread::spawn(move || {
                for stream in self.listener.incoming().flatten() {
                    let mut line = String::new();
                    let mut reader = BufReader::new(stream);
                    if reader.read_line(&mut line).is_ok() && line.trim() == SHOW && on_show() {
                        let _ = reader.get_mut().write_all(format!("{OK}\n").as_bytes());
                    }
                }
            });
            socket
        }
    }
}

/// Elsewhere there is no socket of this kind; every start runs (documented in ARCHITECTURE.md).
#[cfg(not(unix))]
pub struct Listener;

#[cfg(not(unix))]
impl Listener {
    pub fn serve(self, _on_show: impl Fn() -> bool + Send + 'static) -> Socket {
        Socket { path: std::path::PathBuf::new(), id: None }
    }
}

#[cfg(not(unix))]
pub fn claim(_data_dir: &std::path::Path) -> std::io::Result<Claim> {
    Ok(Claim::First(Listener))
}

#[cfg(all(test, unix))]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_second_start_on_the_same_folder_asks_the_first_to_show_its_window() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(first) = claim(dir.path()).unwrap() else { panic!("the first start owns the folder") };
        let (shown, seen) = mpsc::channel();
        first.serve(move || shown.send(()).is_ok());

        assert!(matches!(claim(dir.path()).unwrap(), Claim::Running));
        seen.recv_timeout(Duration::from_secs(5)).expect("the first Cairn was asked to show itself");

        // Another folder is another Cairn.
        let other = tempfile::tempdir().unwrap();
        assert!(matches!(claim(other.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_cairn_on_its_way_out_does_not_hold_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(first) = claim(dir.path()).unwrap() else { panic!() };
        let first = first.serve(|| false);
        let Claim::First(second) = claim(dir.path()).unwrap() else { panic!("the quitting Cairn should not answer") };
        let _second = second.serve(|| true);
        // The first one quits last: it must not remove the second one's socket.
        first.release();
        assert!(dir.path().join(SOCKET_FILE).exists());
        assert!(matches!(claim(dir.path()).unwrap(), Claim::Running));
    }

    #[test]
    fn a_socket_left_by_a_crash_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        // A bound-then-leaked listener: the file stays, nobody accepts.
        let stale = std::os::unix::net::UnixListener::bind(dir.path().join(SOCKET_FILE)).unwrap();
        drop(stale);
        assert!(dir.path().join(SOCKET_FILE).exists());
        assert!(matches!(claim(dir.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn only_this_user_can_reach_the_socket() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(_listener) = claim(dir.path()).unwrap() else { panic!() };
        let mode = std::fs::metadata(dir.path().join(SOCKET_FILE)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
