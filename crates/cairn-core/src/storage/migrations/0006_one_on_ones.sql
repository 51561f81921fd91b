-- One-on-ones: a meeting on a date with one person, its agenda (generated from the plan, with the
-- unfinished items of the previous meeting with that person carried over), notes and action items.
-- `with_name` keeps the person's name if they are later removed from the stakeholder map.
CREATE TABLE one_on_one (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    with_name      TEXT    NOT NULL,
    date           TEXT    NOT NULL,
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX one_on_one_by_person ON one_on_one (plan_id, stakeholder_id, date);

CREATE TABLE agenda_item (
    id            INTEGER PRIMARY KEY,
    one_on_one_id INTEGER NOT NULL REFERENCES one_on_one (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    source        TEXT    NOT NULL CHECK (source IN ('carried_over', 'milestone_done', 'milestone_due',
                      'milestone_overdue', 'win', 'feedback', 'check_in', 'added')),
    text          TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    carried_from  INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX agenda_item_by_meeting ON agenda_item (one_on_one_id, position);

CREATE TABLE action_item (
    id            INTEGER PRIMARY KEY,
    one_on_one_id INTEGER NOT NULL REFERENCES one_on_one (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    owner         TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    due_date      TEXT,
    carried_from  INTEGER REFERENCES action_item (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX action_item_by_meeting ON action_item (one_on_one_id);
