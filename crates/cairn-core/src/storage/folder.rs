//! The data folder: what it holds, which folder it is (found the same way by the app and the CLI),
//! who owns it while Cairn runs, and how Cairn writes files so that they are private from birth.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The data file inside the data folder.
pub const DATA_FILE: &str = "cairn.db";

/// The socket a running Cairn window listens on inside its data folder (one window per folder).
pub const INSTANCE_SOCKET: &str = "cairn.sock";

/// The file whose OS lock says who owns the data folder.
pub const LOCK_FILE: &str = "cairn.lock";

/// The app's identifier: its folders are named after it (as Tauri names them).
pub const APP_IDENTIFIER: &str = "app.cairn.planner";

/// The environment variable that fixes the data folder.
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// The file in the config folder that remembers a folder chosen in the app ("use another folder").
pub const CHOICE_FILE: &str = "data-folder";

/// Where a data folder came from, in the order they win.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderSource {
    /// `--data-dir` on the command line.
    Flag,
    /// `$CAIRN_DATA_DIR`.
    Environment,
    /// The folder chosen in the app, remembered in the config folder.
    Chosen,
    /// The platform's app data folder.
    Default,
}

/// What the data folder is decided from: the process's environment, as plain values so the rule
/// can be tested without touching the real one.
#[derive(Debug, Clone, Default)]
pub struct FolderInputs {
    pub flag: Option<PathBuf>,
    pub env: Option<PathBuf>,
    /// The config folder of the app (`~/.config/app.cairn.planner`).
    pub config_dir: Option<PathBuf>,
    /// The platform's data folder of the app (`~/.local/share/app.cairn.planner`).
    pub default_dir: Option<PathBuf>,
}

impl FolderInputs {
    /// The inputs of this process, with `flag` from its command line.
    pub fn from_process(flag: Option<PathBuf>) -> Self {
        Self {
            flag,
            env: std::env::var_os(DATA_DIR_ENV).map(PathBuf::from),
            config_dir: platform::config_dir().map(|d| d.join(APP_IDENTIFIER)),
            default_dir: platform::data_dir().map(|d| d.join(APP_IDENTIFIER)),
        }
    }
}

/// The data folder: `--data-dir`, else `$CAIRN_DATA_DIR`, else the folder chosen in the app, else the
/// platform default. Empty values count as unset; only an absolute remembered path is trusted.
/// `None` only when the platform has no home to put a default in.
pub fn resolve_data_folder(inputs: &FolderInputs) -> Option<(PathBuf, FolderSource)> {
    let set = |p: &Option<PathBuf>| p.clone().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = set(&inputs.flag) {
        return Some((dir, FolderSource::Flag));
    }
    if let Some(dir) = set(&inputs.env) {
        return Some((dir, FolderSource::Environment));
    }
    let chosen = inputs
        .config_dir
        .as_ref()
        .and_then(|c| std::fs::read_to_string(c.join(CHOICE_FILE)).ok())
        .map(|text| PathBuf::from(text.trim()))
        .filter(|p| p.is_absolute());
    if let Some(dir) = chosen {
        return Some((dir, FolderSource::Chosen));
    }
    inputs.default_dir.clone().map(|d| (d, FolderSource::Default))
}

/// Remembers `dir` as the folder the app opens next time (in `config_dir`, privately).
pub fn remember_data_folder(config_dir: &Path, dir: &Path) -> Result<()> {
    create_private_dir(config_dir)?;
    write_private(&config_dir.join(CHOICE_FILE), dir.to_string_lossy().as_bytes())
        .map_err(|e| io_error("remember the data folder", config_dir, &e))
}

/// The OS lock on a data folder, held by the app for as long as it runs (released when dropped, or
/// by the OS when the process ends, however it ends). The CLI takes it for the moment it replaces
/// the data (restore, import over existing data, demo), and refuses when the app has it: replacing
/// the file under an open connection would damage it.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Takes the lock on `data_dir` (creating the folder, privately, if needed). `Ok(None)` when
    /// another process holds it.
    pub fn try_acquire(data_dir: &Path) -> Result<Option<FolderLock>> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(|e| io_error("lock the data folder", &path, &e))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FolderLock { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(io_error("lock the data folder", &path, &e)),
        }
    }

    /// Takes the lock, or says in a sentence that Cairn has the folder open.
    pub fn acquire_to(data_dir: &Path, action: &str) -> Result<FolderLock> {
        Self::try_acquire(data_dir)?.ok_or_else(|| {
            Error::Conflict(format!(
                "Cairn is open on {}; quit it first, then {action}. Nothing was changed.",
                data_dir.display()
            ))
        })
    }
}

/// Makes every file and folder this process creates from now on private (umask 077): the app's and
/// the CLI's first act. Cairn's own files get their modes explicitly anyway; this also covers what
/// libraries create on its behalf (the window-state file, the webview's caches).
pub fn keep_new_files_private() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// Creates `dir` (and its parents) so that only its owner can enter it, whatever the umask. A
/// folder that exists already is left as it is.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| io_error("create the folder", dir, &e))
}

/// Writes `bytes` to `path` whole or not at all, readable by its owner only (0600) from the first
/// byte: a new file beside it, flushed to disk, renamed over `path`, and the folder flushed so the
/// rename survives a power cut. A failure leaves `path` as it was and no temporary file behind.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "cairn".into());
    let tmp = parent.join(format!(".{name}.{}.part", std::process::id()));
    let written = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        #[cfg(unix)]
        File::open(parent)?.sync_all()?;
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

fn io_error(action: &'static str, path: &Path, err: &std::io::Error) -> Error {
    Error::Storage { action, detail: format!("{}: {err}", path.display()) }
}

/// The platform's per-user folders, as Tauri resolves them (so the CLI and the app agree).
mod platform {
    use std::path::PathBuf;

    fn home() -> Option<PathBuf> {
        std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from)
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    fn xdg(var: &str, fallback: &str) -> Option<PathBuf> {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| home().map(|h| h.join(fallback)))
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn data_dir() -> Option<PathBuf> {
        xdg("XDG_DATA_HOME", ".local/share")
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn config_dir() -> Option<PathBuf> {
        xdg("XDG_CONFIG_HOME", ".config")
    }

    #[cfg(target_os = "macos")]
    pub fn data_dir() -> Option<PathBuf> {
        home().map(|h| h.join("Library/Application Support"))
    }

    #[cfg(target_os = "macos")]
    pub fn config_dir() -> Option<PathBuf> {
        data_dir()
    }

    #[cfg(windows)]
    pub fn data_dir() -> Option<PathBuf> {
        std::env::var_os("APPDATA").map(PathBuf::from)
    }

    #[cfg(windows)]
    pub fn config_dir() -> Option<PathBuf> {
        data_dir()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_environment_then_the_chosen_folder_then_the_default() {
        let config = tempfile::tempdir().unwrap();
        let chosen = tempfile::tempdir().unwrap();
        remember_data_folder(config.path(), chosen.path()).unwrap();
        let all = FolderInputs {
            flag: Some("/flag".into()),
            env: Some("/env".into()),
            config_dir: Some(config.path().to_owned()),
            default_dir: Some("/default".into()),
        };
        let pick = |i: &FolderInputs| resolve_data_folder(i).unwrap();
        assert_eq!(pick(&all), (PathBuf::from("/flag"), FolderSource::Flag));
        let no_flag = FolderInputs { flag: Some(PathBuf::new()), ..all.clone() };
        assert_eq!(pick(&no_flag), (PathBuf::from("/env"), FolderSource::Environment));
        let no_env = FolderInputs { env: Some(PathBuf::new()), ..no_flag.clone() };
        assert_eq!(pick(&no_env), (chosen.path().to_owned(), FolderSource::Chosen));
        let nothing_chosen = FolderInputs { config_dir: Some(chosen.path().to_owned()), ..no_env.clone() };
        assert_eq!(pick(&nothing_chosen), (PathBuf::from("/default"), FolderSource::Default));

        std::fs::write(config.path().join(CHOICE_FILE), "relative/path\n").unwrap();
        assert_eq!(pick(&no_env).1, FolderSource::Default, "only an absolute remembered path is trusted");
    }

    #[test]
    fn one_process_owns_a_folder_until_it_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        let first = FolderLock::try_acquire(&folder).unwrap().expect("a free folder");
        assert!(FolderLock::try_acquire(&folder).unwrap().is_none(), "a second owner is refused");
        let err = FolderLock::acquire_to(&folder, "restore").unwrap_err();
        assert!(err.to_string().contains("quit it first, then restore"), "{err}");
        drop(first);
        assert!(FolderLock::try_acquire(&folder).unwrap().is_some());
    }

    #[cfg(unix)]
    #[test]
    fn what_cairn_writes_is_private_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let folder = dir.path().join("a/b");
        create_private_dir(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700, "parents made on the way are private too");

        let file = folder.join("plan.pdf");
        std::fs::write(&file, b"old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&file, b"new").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"new");
        assert_eq!(mode(&file), 0o600, "a replaced file is private too");
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1, "no temporary file left");

        let nowhere = dir.path().join("missing/plan.pdf");
        assert!(write_private(&nowhere, b"x").is_err());
    }
}
