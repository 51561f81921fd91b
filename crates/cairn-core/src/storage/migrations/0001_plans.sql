-- Growth plans: a 6–12 month window from a current level to a target level.
-- Dates are ISO 'YYYY-MM-DD' (the person's calendar); stamps are RFC 3339 UTC.
CREATE TABLE plan (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    goal          TEXT    NOT NULL DEFAULT '',
    start_date    TEXT    NOT NULL,
    end_date      TEXT    NOT NULL CHECK (end_date > start_date),
    current_level TEXT    NOT NULL,
    target_level  TEXT    NOT NULL,
    track         TEXT    NOT NULL CHECK (track IN ('ic', 'manager', 'hybrid')),
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'archived')),
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX plan_by_status ON plan (status, start_date);
