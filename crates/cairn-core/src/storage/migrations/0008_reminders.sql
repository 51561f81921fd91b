-- Desktop reminders already shown: one row per item and due date, so a reminder is shown once when
-- something becomes due, not at every start, and again only if its due date moves.
CREATE TABLE reminder_sent (
    kind     TEXT    NOT NULL CHECK (kind IN ('check_in', 'milestone')),
    item_id  INTEGER NOT NULL,
    due_date TEXT    NOT NULL,
    sent_at  TEXT    NOT NULL,
    PRIMARY KEY (kind, item_id, due_date)
) STRICT, WITHOUT ROWID;
