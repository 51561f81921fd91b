-- Reminders for every dated thing, not only check-ins and milestones: learning actions and the
-- person's own action items falling due, the weekly reflection, review-cycle dates (a week
-- before and on the day) and a self-assessment after 60 days without one. The table is rebuilt
-- for the wider list of kinds; the rows already there stay.
CREATE TABLE reminder_sent_new (
    kind     TEXT    NOT NULL CHECK (kind IN ('check_in', 'milestone', 'learning_action', 'action_item',
                                              'reflection', 'monthly_review', 'cycle_date_soon', 'cycle_date',
                                              'self_assessment')),
    item_id  INTEGER NOT NULL,
    due_date TEXT    NOT NULL,
    sent_at  TEXT    NOT NULL,
    PRIMARY KEY (kind, item_id, due_date)
) STRICT, WITHOUT ROWID;
INSERT INTO reminder_sent_new SELECT kind, item_id, due_date, sent_at FROM reminder_sent;
DROP TABLE reminder_sent;
ALTER TABLE reminder_sent_new RENAME TO reminder_sent;
