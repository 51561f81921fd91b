//! One Cairn per data folder. Two windows on one SQLite file would each show a stale picture of the
//! other's edits, and a restore in one would replace the file under the other's connection.
//!
//! Who owns the folder is decided by an OS file lock (`cairn_core::FolderLock`), held from start
//! to exit and released by the OS however the process ends; `cairn-cli` takes the same lock before
//! it replaces data. The Unix socket beside it is only the doorbell: a second start that finds the
//! folder owned asks the owner, through it, to bring its window to the front, then leaves. If the
//! socket cannot be made (a path too long for `bind`, say), the lock still keeps a second window
//! out; the later start just cannot ring.
//!
//! The socket is local IPC, not a network connection, and reachable only by this user (0600). The
//! owner reads at most a short line from each caller, with a timeout, so a caller that says
//! nothing, or a megabyte, cannot stall it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use cairn_core::FolderLock;

/// The socket's file name inside the data folder (named in the core, which the tests ask too).
pub use cairn_core::INSTANCE_SOCKET as SOCKET_FILE;

/// How long a later start waits for the folder's owner to answer or to let go (a Cairn on its way
/// out, or cairn-cli restoring a backup) before it gives up.
pub const WAIT_FOR_OWNER: Duration = Duration::from_secs(10);

/// What the first Cairn keeps while it runs: the folder's lock and its socket file, removed when
/// it quits, but only while it is still its own.
pub struct Socket {
    pub path: PathBuf,
    pub id: Option<u64>,
    _lock: FolderLock,
}

impl Socket {
    pub fn release(&self) {
        if self.id.is_some() && file_id(&self.path) == self.id {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(unix)]
fn file_id(path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.ino())
}

#[cfg(not(unix))]
fn file_id(_path: &Path) -> Option<u64> {
    None
}

/// What a start found.
pub enum Claim {
    /// This is the only Cairn on the folder; it listens for later starts.
    First(Listener),
    /// Another Cairn has the folder and was asked to come to the front.
    Running,
    /// Another process held the folder and did not answer or let go in time.
    Busy,
}

/// The first Cairn's hold on the folder, before it starts answering.
pub struct Listener {
    lock: FolderLock,
    path: PathBuf,
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
}

/// Claims `data_dir` for this process, or asks the Cairn that has it to show its window.
pub fn claim(data_dir: &Path) -> std::io::Result<Claim> {
    claim_within(data_dir, WAIT_FOR_OWNER)
}

/// [`claim`], waiting at most `wait` for an owner that neither answers nor lets go.
pub fn claim_within(data_dir: &Path, wait: Duration) -> std::io::Result<Claim> {
    let path = data_dir.join(SOCKET_FILE);
    let started = std::time::Instant::now();
    loop {
        match FolderLock::try_acquire(data_dir) {
            Ok(Some(lock)) => return Ok(Claim::First(listen(lock, path))),
            Ok(None) => {
                if unix::asked_to_show(&path) {
                    return Ok(Claim::Running);
                }
                if started.elapsed() >= wait {
                    return Ok(Claim::Busy);
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(err) => return Err(std::io::Error::other(err.to_string())),
        }
    }
}

/// Opens the doorbell. The lock is ours, so a socket file already there was left by a Cairn that
/// ended without removing it.
fn listen(lock: FolderLock, path: PathBuf) -> Listener {
    #[cfg(unix)]
    {
        let _ = std::fs::remove_file(&path);
        let listener = match unix::bind(&path) {
            Ok(l) => Some(l),
            Err(err) => {
                crate::log::warn(&format!(
                    "no instance socket at {} ({err}); the folder lock still holds",
                    path.display()
                ));
                None
            }
        };
        Listener { lock, path, listener }
    }
    #[cfg(not(unix))]
    Listener { lock, path }
}

impl Listener {
    /// Calls `on_show` on a background thread each time a later start asks for the window, and
    /// answers "ok" when it returns true (false: this Cairn is quitting and the later one should
    /// wait for it to let go). Returns what the app keeps until it quits.
    pub fn serve(self, on_show: impl Fn() -> bool + Send + 'static) -> Socket {
        #[cfg(unix)]
        let id = match self.listener {
            Some(listener) => {
                let id = file_id(&self.path);
                std::thread::spawn(move || unix::answer(&listener, on_show));
                id
            }
            None => None,
        };
        #[cfg(not(unix))]
        let id = {
            let _ = on_show;
            None
        };
        Socket { path: self.path, id, _lock: self.lock }
    }
}

#[cfg(unix)]
mod unix {
    use std::io::{self, BufRead, BufReader, Read, Write};
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::Path;
    use std::time::Duration;

    const SHOW: &str = "show";
    const OK: &str = "ok";
    /// How long a later start waits for the first Cairn to say it came forward.
    const ANSWER_WITHIN: Duration = Duration::from_secs(3);
    /// How long the first Cairn waits for a caller's line, and how long that line may be.
    const READ_WITHIN: Duration = Duration::from_millis(500);
    const LINE_MAX: u64 = 64;

    pub fn asked_to_show(path: &Path) -> bool {
        let Ok(mut other) = UnixStream::connect(path) else { return false };
        if other.set_read_timeout(Some(ANSWER_WITHIN)).is_err()
            || other.set_write_timeout(Some(ANSWER_WITHIN)).is_err()
            || other.write_all(format!("{SHOW}\n").as_bytes()).is_err()
        {
            return false;
        }
        let mut answer = String::new();
        BufReader::new(other.take(LINE_MAX)).read_line(&mut answer).is_ok() && answer.trim() == OK
    }

    pub fn bind(path: &Path) -> io::Result<UnixListener> {
        let listener = UnixListener::bind(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        Ok(listener)
    }

    /// One caller at a time, each bounded in time and length.
    pub fn answer(listener: &UnixListener, on_show: impl Fn() -> bool) {
        for stream in listener.incoming().flatten() {
            if stream.set_read_timeout(Some(READ_WITHIN)).is_err()
                || stream.set_write_timeout(Some(READ_WITHIN)).is_err()
            {
                continue;
            }
            let mut line = String::new();
            let mut reader = BufReader::new((&stream).take(LINE_MAX));
            if reader.read_line(&mut line).is_ok() && line.trim() == SHOW && on_show() {
                let _ = (&stream).write_all(format!("{OK}\n").as_bytes());
            }
        }
    }
}

#[cfg(not(unix))]
mod unix {
    pub fn asked_to_show(_path: &std::path::Path) -> bool {
        false
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::Write;
    use std::os::unix::net::UnixStream;
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    use super::*;

    const SHORT: Duration = Duration::from_millis(600);

    #[test]
    fn a_second_start_on_the_same_folder_asks_the_first_to_show_its_window() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(first) = claim(dir.path()).unwrap() else { panic!("the first start owns the folder") };
        let (shown, seen) = mpsc::channel();
        let _first = first.serve(move || shown.send(()).is_ok());

        assert!(matches!(claim(dir.path()).unwrap(), Claim::Running));
        seen.recv_timeout(Duration::from_secs(5)).expect("the first Cairn was asked to show itself");

        // Another folder is another Cairn.
        let other = tempfile::tempdir().unwrap();
        assert!(matches!(claim(other.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_cairn_on_its_way_out_is_waited_for_not_joined() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(first) = claim(dir.path()).unwrap() else { panic!() };
        let first = first.serve(|| false);
        // It still holds the folder: a later start neither gets it nor is answered.
        assert!(matches!(claim_within(dir.path(), SHORT).unwrap(), Claim::Busy));
        // Once it is gone (the OS drops its lock), the later start takes over.
        let leaving = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            first.release();
            drop(first);
        });
        let Claim::First(second) = claim(dir.path()).unwrap() else { panic!("the folder was let go") };
        leaving.join().unwrap();
        let _second = second.serve(|| true);
        assert!(matches!(claim(dir.path()).unwrap(), Claim::Running));
    }

    #[test]
    fn a_socket_left_by_a_crash_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        // A bound-then-leaked listener: the file stays, nobody accepts, nobody holds the lock.
        let stale = std::os::unix::net::UnixListener::bind(dir.path().join(SOCKET_FILE)).unwrap();
        drop(stale);
        assert!(dir.path().join(SOCKET_FILE).exists());
        assert!(matches!(claim(dir.path()).unwrap(), Claim::First(_)));
    }

    #[test]
    fn callers_that_say_nothing_or_too_much_do_not_stall_the_first_cairn() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(first) = claim(dir.path()).unwrap() else { panic!() };
        let (shown, seen) = mpsc::channel();
        let _first = first.serve(move || shown.send(()).is_ok());
        let socket = dir.path().join(SOCKET_FILE);

        let _silent = UnixStream::connect(&socket).unwrap();
        let flood = {
            let socket = socket.clone();
            std::thread::spawn(move || {
                let mut s = UnixStream::connect(socket).unwrap();
                s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
                let _ = s.write_all(&vec![b'x'; 1 << 20]); // cut off after the first bytes
            })
        };
        let started = Instant::now();
        assert!(matches!(claim(dir.path()).unwrap(), Claim::Running), "the later start was answered");
        assert!(started.elapsed() < Duration::from_secs(3), "answered after {:?}", started.elapsed());
        seen.recv_timeout(Duration::from_secs(1)).unwrap();
        flood.join().unwrap();
        assert!(seen.try_recv().is_err(), "neither the silent nor the flooding caller showed the window");
    }

    #[test]
    fn without_a_socket_the_lock_still_keeps_a_second_window_out() {
        let dir = tempfile::tempdir().unwrap();
        // Unix socket paths are limited to ~108 bytes: this folder cannot have one.
        let deep = dir.path().join("d".repeat(60)).join("e".repeat(60));
        let Claim::First(first) = claim(&deep).unwrap() else { panic!() };
        let first = first.serve(|| true);
        assert!(!deep.join(SOCKET_FILE).exists(), "bind really failed here");
        assert!(matches!(claim_within(&deep, SHORT).unwrap(), Claim::Busy), "not a second owner");
        drop(first);
        assert!(matches!(claim_within(&deep, SHORT).unwrap(), Claim::First(_)));
    }

    #[test]
    fn only_this_user_can_reach_the_socket() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(listener) = claim(dir.path()).unwrap() else { panic!() };
        let _socket = listener.serve(|| true);
        let mode = std::fs::metadata(dir.path().join(SOCKET_FILE)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
