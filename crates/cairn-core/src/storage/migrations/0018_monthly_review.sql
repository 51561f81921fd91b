-- The monthly review: a guided pass over the plan (skill levels, milestones, people outside their
-- cadence, stretch assignments, the learning balance) that ends in a short summary and a
-- self-assessment snapshot. It can be left and resumed (`step`, `summary` as drafted). What the
-- plan looked like when it began (`baseline`, JSON) is kept so that, when it is finished, Cairn can
-- say what changed during it (`changes`, JSON list of sentences).
CREATE TABLE monthly_review (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    started_on     TEXT    NOT NULL,
    completed_on   TEXT,
    step           INTEGER NOT NULL DEFAULT 0 CHECK (step BETWEEN 0 AND 5),
    summary        TEXT    NOT NULL DEFAULT '',
    baseline       TEXT    NOT NULL,
    changes        TEXT    NOT NULL DEFAULT '[]',
    assessment_id  INTEGER REFERENCES assessment (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

-- At most one review in progress per plan.
CREATE UNIQUE INDEX monthly_review_open ON monthly_review (plan_id) WHERE completed_on IS NULL;
CREATE INDEX monthly_review_by_plan ON monthly_review (plan_id, completed_on);

CREATE TRIGGER monthly_review_search_insert AFTER INSERT ON monthly_review BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (15 * 1099511627776 + NEW.id, 'Monthly review ' || NEW.started_on, NEW.summary, 'monthly_review', NEW.id,
            NEW.plan_id);
END;
CREATE TRIGGER monthly_review_search_update AFTER UPDATE ON monthly_review BEGIN
    DELETE FROM search_index WHERE rowid = 15 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (15 * 1099511627776 + NEW.id, 'Monthly review ' || NEW.started_on, NEW.summary, 'monthly_review', NEW.id,
            NEW.plan_id);
END;
CREATE TRIGGER monthly_review_search_delete AFTER DELETE ON monthly_review BEGIN
    DELETE FROM search_index WHERE rowid = 15 * 1099511627776 + OLD.id;
END;
