-- The weekly reflection: one entry per plan and ISO week ("2026-W49"), private by default. What
-- moved, what was learned, what got in the way, next week's one focus, and how it felt (1–5).
CREATE TABLE reflection (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    week       TEXT    NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
    moved      TEXT    NOT NULL DEFAULT '',
    learned    TEXT    NOT NULL DEFAULT '',
    blocked    TEXT    NOT NULL DEFAULT '',
    focus      TEXT    NOT NULL DEFAULT '',
    confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
    energy     INTEGER CHECK (energy BETWEEN 1 AND 5),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (plan_id, week)
) STRICT;

-- A line of a reflection can become a win, a piece of feedback, a milestone or a learning action;
-- the item remembers where it came from. Deleting the reflection keeps the item.
ALTER TABLE win ADD COLUMN reflection_id INTEGER REFERENCES reflection (id) ON DELETE SET NULL;
ALTER TABLE feedback ADD COLUMN reflection_id INTEGER REFERENCES reflection (id) ON DELETE SET NULL;
ALTER TABLE milestone ADD COLUMN reflection_id INTEGER REFERENCES reflection (id) ON DELETE SET NULL;
ALTER TABLE learning_action ADD COLUMN reflection_id INTEGER REFERENCES reflection (id) ON DELETE SET NULL;
CREATE INDEX win_by_reflection ON win (reflection_id) WHERE reflection_id IS NOT NULL;
CREATE INDEX feedback_by_reflection ON feedback (reflection_id) WHERE reflection_id IS NOT NULL;
CREATE INDEX milestone_by_reflection ON milestone (reflection_id) WHERE reflection_id IS NOT NULL;
CREATE INDEX learning_action_by_reflection ON learning_action (reflection_id) WHERE reflection_id IS NOT NULL;

-- Searchable like the rest of the plan (kind 13 in the index's rowid space, see 0007).
CREATE TRIGGER reflection_search_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (13 * 1099511627776 + NEW.id, 'Week ' || NEW.week,
            NEW.moved || ' ' || NEW.learned || ' ' || NEW.blocked || ' ' || NEW.focus, 'reflection', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER reflection_search_update AFTER UPDATE ON reflection BEGIN
    DELETE FROM search_index WHERE rowid = 13 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (13 * 1099511627776 + NEW.id, 'Week ' || NEW.week,
            NEW.moved || ' ' || NEW.learned || ' ' || NEW.blocked || ' ' || NEW.focus, 'reflection', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER reflection_search_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM search_index WHERE rowid = 13 * 1099511627776 + OLD.id;
END;
