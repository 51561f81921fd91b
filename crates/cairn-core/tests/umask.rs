//! `keep_new_files_private` changes the whole process, so it is tested in a process of its own:
//! after it, whatever creates a file or folder (here the standard library, as a plugin would)
//! makes it private, even from a umask of 022.

#[cfg(unix)]
#[test]
fn after_the_first_act_new_files_and_folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    std::fs::write(dir.path().join("before"), b"x").unwrap();
    let before = mode(&dir.path().join("before"));

    cairn_core::keep_new_files_private();
    std::fs::write(dir.path().join("state.json"), b"{}").unwrap();
    std::fs::create_dir(dir.path().join("cache")).unwrap();
    assert_eq!(mode(&dir.path().join("state.json")), 0o600, "before it: {before:o}");
    assert_eq!(mode(&dir.path().join("cache")), 0o700);
}
