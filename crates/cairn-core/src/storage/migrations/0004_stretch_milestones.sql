-- Stretch assignments (projects outside the comfort zone, exercising named skills, with a sponsor)
-- and milestones (dated, checkable steps linked to a skill or a stretch assignment).
CREATE TABLE stretch (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT    NOT NULL DEFAULT '',
    sponsor_id  INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    start_date  TEXT,
    end_date    TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('proposed', 'agreed', 'in_progress', 'done', 'dropped')),
    risks       TEXT    NOT NULL DEFAULT '',
    outcome     TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE INDEX stretch_by_plan ON stretch (plan_id);

CREATE TABLE stretch_skill (
    stretch_id INTEGER NOT NULL REFERENCES stretch (id) ON DELETE CASCADE,
    skill_id   INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (stretch_id, skill_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX stretch_skill_by_skill ON stretch_skill (skill_id);

CREATE TABLE milestone (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    title          TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    due_date       TEXT,
    status         TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'missed', 'dropped')),
    completed_date TEXT,
    skill_id       INTEGER REFERENCES skill (id) ON DELETE SET NULL,
    stretch_id     INTEGER REFERENCES stretch (id) ON DELETE SET NULL,
    evidence       TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (skill_id IS NULL OR stretch_id IS NULL)
) STRICT;

CREATE INDEX milestone_by_plan ON milestone (plan_id, due_date);
