-- The people whose support matters, shared across plans (your manager stays your manager when you
-- start a new plan), and the log of interactions with them that drives check-in reminders.
CREATE TABLE stakeholder (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    role         TEXT    NOT NULL DEFAULT '',
    relationship TEXT    NOT NULL CHECK (relationship IN ('manager', 'skip_level', 'peer', 'cross_functional',
                     'mentor', 'mentee', 'sponsor', 'leadership')),
    influence    INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
    interest     INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
    stance       TEXT    NOT NULL CHECK (stance IN ('champion', 'supporter', 'neutral', 'skeptic', 'blocker')),
    cares_about  TEXT    NOT NULL DEFAULT '',
    cadence_days INTEGER CHECK (cadence_days BETWEEN 1 AND 365),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE interaction (
    id             INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    date           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('one_on_one', 'check_in', 'meeting', 'message', 'other')),
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX interaction_by_stakeholder ON interaction (stakeholder_id, date);
