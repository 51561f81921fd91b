-- The company's promotion calendar attached to a plan: named dates (self-review due, peer feedback
-- due, manager review, calibration, decision, or another), each with its day. Most people learn
-- these dates too late; here they count down on the dashboard and in the brief.
CREATE TABLE cycle_date (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('self_review', 'peer_feedback', 'manager_review', 'calibration',
                                                'decision', 'other')),
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    date       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE INDEX cycle_date_by_plan ON cycle_date (plan_id, date);

-- A milestone can be tied to one of those dates ("draft the self-review" → self-review due).
ALTER TABLE milestone ADD COLUMN cycle_date_id INTEGER REFERENCES cycle_date (id) ON DELETE SET NULL;
CREATE INDEX milestone_by_cycle_date ON milestone (cycle_date_id) WHERE cycle_date_id IS NOT NULL;

-- Searchable with the plan (kind 14 in the index's rowid space, see 0007).
CREATE TRIGGER cycle_date_search_insert AFTER INSERT ON cycle_date BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (14 * 1099511627776 + NEW.id, NEW.name, NEW.date, 'cycle_date', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER cycle_date_search_update AFTER UPDATE ON cycle_date BEGIN
    DELETE FROM search_index WHERE rowid = 14 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (14 * 1099511627776 + NEW.id, NEW.name, NEW.date, 'cycle_date', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER cycle_date_search_delete AFTER DELETE ON cycle_date BEGIN
    DELETE FROM search_index WHERE rowid = 14 * 1099511627776 + OLD.id;
END;
