-- The brag log (wins with measured impact, the skills they evidence, who saw them) and feedback
-- received (from a stakeholder or anyone else, and what the person does about it).
CREATE TABLE win (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    date          TEXT    NOT NULL,
    title         TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    what_happened TEXT    NOT NULL DEFAULT '',
    metric        TEXT    NOT NULL DEFAULT '',
    baseline      REAL,
    result        REAL,
    unit          TEXT    NOT NULL DEFAULT '',
    impact_note   TEXT    NOT NULL DEFAULT '',
    witnesses     TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX win_by_plan ON win (plan_id, date);

CREATE TABLE win_skill (
    win_id   INTEGER NOT NULL REFERENCES win (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (win_id, skill_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX win_skill_by_skill ON win_skill (skill_id);

CREATE TABLE feedback (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    date           TEXT    NOT NULL,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    from_name      TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL CHECK (kind IN ('praise', 'constructive')),
    said           TEXT    NOT NULL CHECK (length(said) BETWEEN 1 AND 4000),
    response       TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL CHECK (status IN ('open', 'acting', 'resolved')),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX feedback_by_plan ON feedback (plan_id, date);
