-- Undo of a delete: the rows a delete removed (the item and everything its foreign keys cascaded
-- to), and the references it set to NULL, kept exactly as they were so Undo puts the same rows back
-- with the same ids. Nothing reads this table but Undo and the purge; exports, search, reminders and
-- documents never see it. Entries are purged when they can no longer be undone (undo.rs).
CREATE TABLE trash (
    id         INTEGER PRIMARY KEY,
    what       TEXT    NOT NULL,
    deleted_at TEXT    NOT NULL,
    rows       TEXT    NOT NULL
) STRICT;
