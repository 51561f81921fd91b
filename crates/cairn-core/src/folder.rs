//! What a data folder holds, named once for the app, the CLI and the tests.

use std::path::Path;

/// The data file inside the data folder.
pub const DATA_FILE: &str = "cairn.db";

/// The socket a running Cairn window listens on inside its data folder (one window per folder).
pub const INSTANCE_SOCKET: &str = "cairn.sock";

/// True while a Cairn window has `data_dir` open: its socket accepts a connection. Replacing the
/// data file under a running window (restore, import) would leave it showing and writing the old
/// one, so the CLI refuses then.
pub fn window_open_on(data_dir: &Path) -> bool {
    #[cfg(unix)]
    {
        std::os::unix::net::UnixStream::connect(data_dir.join(INSTANCE_SOCKET)).is_ok()
    }
    #[cfg(not(unix))]
    {
        let _ = data_dir;
        false
    }
}
